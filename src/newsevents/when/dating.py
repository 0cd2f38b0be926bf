"""When: the date of an event.

The date mention of the event's own clause, normalised with the clause's tense (frame.facts
.clause_date); without one, a date linked from elsewhere in the article: the date of the
sentence naming the person a pronoun subject refers to (participants), or the date of the last
dated event told before for "... and subsequently fled" (data/code_rules.yaml,
sequence_adverbs); else the publication date, with precision ``publication``.

Whether a date hung lower in the parse is the clause's is read in when/dateowner.py; an act told
"overnight" in when/nights.py; how many days a time clause's act is from the act it hangs on in when/offsets.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON, table
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate, LinkedDate
from newsevents.records import DateInfo, Event, Frame, Mention, Precision
from newsevents.when.offsets import ORDER, amount, number


def follows(frame: Frame, doc: Doc, sequence_adverbs: Collection[str]) -> bool:
    """'... and subsequently fled', 'later attacked': told as following the event before it."""
    trigger = trigger_span(doc, frame)
    tok = trigger.root if trigger is not None else None
    return tok is not None and any(c.dep_ == "advmod" and c.lemma_.lower() in sequence_adverbs for c in children(tok))


def backdrop(tok: Token, addition_adverbs: Collection[str]) -> str | None:
    """Why an act without a date of its own belongs to the occasion told just before it: one more
    act of it ("Uganda also closed its border"), or an act told in the past perfect, before the
    story's news ("the gunmen had demanded the release of ..."); None otherwise. A verb coordinated
    with such an act shares it ("also closed the borders and froze the assets", "had massed and
    marched"; not "had spoken and urged", a past of its own)."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"} and first.head.i != first.i:
        first = first.head
    also = next((c for c in children(first) if c.dep_ == "advmod" and c.lower_ in addition_adverbs), None)
    if also is not None:
        return f"'{also.text}': one more act of the event told just before"
    if tok.tag_ not in {"VBN", "VBG"}:
        return None
    if not any(c.dep_ == "aux" for c in children(tok)):
        tok = first  # a participle sharing the auxiliary of the verb it is coordinated with
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children(tok)):
        return "the past perfect: an act before the story's news"
    return None


def undated(date: ClauseDate) -> bool:
    return date.info is None or date.info.precision == "publication"


def sequence_date(
    frame: Frame,
    told_before: Sequence[Event],
    shift: int = 0,
    just_before: bool = False,
    earlier: bool = False,
    told: tuple[int, DateInfo, str] | None = None,
) -> LinkedDate | None:
    """The date of the last dated event told before this one (``told_before``: the events told so
    far, each told-again event merged with its retellings), ``shift`` days later ("a day later",
    "the following day"; a shift needs a day). ``just_before``: only the event told just before,
    when it has a day of its own ("also", the past perfect). ``earlier``: only events of the
    sentences before. ``told``: the day told last in a sentence before (when/narrative.told_days),
    which counts instead when no event told in its sentence or after it lends a date ("Barrow was sworn
    in on Thursday. ... Hours later, the council adopted a resolution": Thursday)."""
    for ev in reversed(told_before):
        if told is not None and not just_before and ev.sentence_index < told[0]:
            break  # the day told after the events so far, in a sentence with no event of a date
        if earlier and ev.sentence_index >= frame.sentence_index:
            continue  # "the next day" said of the sentence's first verb: from the sentences before
        if frame.modality == "asserted" and ev.modality in {"future", "hypothetical"}:
            continue  # "will take control by November 20 ... Within hours, crowds broke in": not from a plan
        if just_before and ev.sentence_index <= frame.sentence_index and ev.date_precision != "day":
            return None
        if ev.date_from_news:
            if just_before and ev.sentence_index <= frame.sentence_index:
                return None  # the event just before has no day of its own ("also" after it: no day)
            continue  # a background act counted back from the story's news anchors no later act
        if ev.date_precision in {"day", "month", "year"} and ev.sentence_index <= frame.sentence_index:
            if shift and ev.date_precision != "day":
                return None
            via = f"the event told before ('{ev.event_text}')"
            return _linked(ev.date or "", ev.date_precision, shift, "date of the event told before", ev.date_text, via)
    if told is None or just_before:
        return None
    _, day, words = told
    return _linked(day.value, "day", shift, "the day told before", words, f"the day told before ('{words}')")


def _linked(value: str, precision: Precision, shift: int, reason: str, words: str | None, via: str) -> LinkedDate:
    """A date lent by what was told before (:func:`sequence_date`), ``shift`` days after ``value``."""
    if shift:
        value = (dt.date.fromisoformat(value) + dt.timedelta(days=shift)).isoformat()
    by = f", {shift:+d} day(s)" if shift else ""
    return LinkedDate(DateInfo(value, precision, None, reason), words, f"{via}{by}")


def event_date(own: ClauseDate, linked: LinkedDate | None) -> ClauseDate:
    """The event's date: its clause's own, else the linked one, else the publication date."""
    if linked is not None and undated(own):
        return ClauseDate(linked.info, linked.text, f"date '{linked.text}' linked through {linked.via}")
    return own


def day_of(date: ClauseDate) -> dt.date | None:
    """The day an event is dated to, when it is dated to a day (roles are read on that day)."""
    info = date.info
    return dt.date.fromisoformat(info.value) if info is not None and info.precision == "day" else None


# Subordinators whose clause happens at (about) the time of the clause it hangs on.
# "the same day", "a day later", "the following day", "the next day", "the day before"
_SEQUENCE_SHIFT = {"same": 0, "that": 0, "following": 1, "next": 1, "previous": -1}
# "the following day", "the same evening", "the same night": a part of a day counts as that day
_DAY_PARTS = frozenset({"day", "evening", "night", "morning", "afternoon"})
TIMES_OF_DAY = _DAY_PARTS | {"hour", "dawn", "dusk", "midnight", "midday", "noon", "daybreak", "nightfall"}


_SMALL_HOURS = frozenset(LEXICON["small_hours_marks"])
_NEW_DAY = frozenset(LEXICON["new_day_words"])


_LATE = frozenset(LEXICON["late_marks"]) | frozenset(LEXICON["evening_marks"])


def late_day(date_words: str | None) -> bool:
    """A day told as ending late ("late on Thursday", "on Thursday night": ``late_marks``, ``evening_marks``
    in data/lexicon.yaml): an act told after it in a bare "before" clause may be of the next day."""
    return bool(_LATE & set((date_words or "").lower().split()))


def small_hours(date_words: str | None, words: str, clause: Token) -> bool:
    """A time clause counted "hours after" from an act of the small hours, its date told with
    ``small_hours_marks`` first (data/lexicon.yaml): "police cleared the square early on Thursday, hours
    after the crowd set fire to the town hall" (the fire on Wednesday evening, the day before). Not a bare
    "after", nor a count of minutes or of whole days, nor a clause that tells a time of ``new_day_words``
    ("hours after the flag came down at a midnight ceremony": the start of the act's day)."""
    told = (date_words or "").lower().split()
    said = words.lower().split()
    if not told or told[0] not in _SMALL_HOURS or said[-1:] != ["after"] or not {"hour", "hours"} & set(said):
        return False
    return not any(t.lower_ in _NEW_DAY for t in clause.subtree)


def occurrence_subject(head: Token, occurrences: Collection[str]) -> Token | None:
    """The subject of a verb of occurrence (lexicon ``occurrence_verbs``) that names an act told before:
    "It came hours after X", "The disaster came a day after X", "Noboa's decree came ..." (a pronoun, or a
    noun told with a definite determiner or a possessive); None for another verb or subject ("A protest
    came ...")."""
    if head.lemma_.lower() not in occurrences:
        return None
    subject = next((c for c in children(head) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in {"it", "this"}:
        return subject
    told = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) for c in children(subject))
    return subject if told else None


# "hours after the vote", "moments before the speech", "shortly after the attack": an act told by its
# distance in hours from a thing the story has told (a definite noun)
_HOUR_UNITS = frozenset({"hour", "minute", "moment"})
_SOON = frozenset({"shortly", "soon", "just", "immediately"})


def hours_from_told(tok: Token) -> tuple[str, str, int] | None:
    """(the words, the noun's lemma, days from its day) of a time phrase that puts the verb within
    hours of a thing told before, named by a definite noun ("walked out moments after the vote", "Hours
    before the vote, X warned", "surrounded the building shortly after the speech": 0), or a day from
    it ("The day after the attack, X suspended ...": +1; "expelled the envoy the day before the
    clashes": -1): the day of the act the noun names (:func:`names_act`), so shifted; a phrase at the
    end of a later conjunct covers the first ("rejected the measure and walked out moments after the
    vote"); None otherwise."""
    verbs = [tok, *(c for c in children(tok) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    # the preposition hangs on the verb or on the unit ("Hours before the vote, ...": "before" under "Hours")
    held = [(v, p) for v in verbs for u in (v, *(u for u in children(v) if u.dep_ == "npadvmod")) for p in children(u)]
    for verb, prep in held:
        if prep.dep_ != "prep" or prep.lower_ not in ORDER:
            continue
        noun = next((g for g in children(prep) if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if noun is None or not any(d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an"} for d in children(noun)):
            continue
        near = [u for u in (*children(prep), *children(verb), prep.head) if u.dep_ == "npadvmod" and u.i < prep.i]
        units = [u for u in near if u.lemma_.lower() in _HOUR_UNITS and prep.i - u.i == 1]
        soon = [a for a in children(prep) if a.dep_ == "advmod" and a.lower_ in _SOON]
        day = [  # "the day after the attack": a day from it
            u for u in near if u.lower_ == "day" and prep.i - u.i == 1 and _the(u)
        ]  # fmt: skip
        if units or soon or day:
            first = (units or soon or day)[0]
            words = " ".join(t.text for t in tok.doc[first.left_edge.i : noun.i + 1])
            return words, noun.lemma_.lower(), -ORDER[prep.lower_] if day and not units and not soon else 0
    return None


def _the(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ == "the" for d in children(noun))


_ACT_KINDS = table("act_kinds")  # the kind of act a word names (names_act)


def names_act(noun: str, verb: str) -> bool:
    """Whether an event noun names the act of a verb or noun lemma: the same word ("the vote",
    "voted"), one stem ("the signing", "signed"; "the invasion", "invaded"), or one kind of act in the
    lexicon table ``act_kinds`` ("the vote": "authorised"; "the ruling": "annulled"; dates44)."""
    if noun == verb:
        return True
    kind = _ACT_KINDS.get(noun)
    if kind is not None and _ACT_KINDS.get(verb) == kind:
        return True
    short = min(len(noun), len(verb))
    common = next((i for i, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b), short)
    return common >= 4 and common >= short - 2


def _clause_words(tok: Token) -> list[Token]:
    """The words of the verb's own clause below it, in no order: every descendant reached without
    passing another verb (a verb heads a clause of its own, finite or not). A time phrase of the
    clause may hang on any of them: "sent police and troops at his request the next day" ("day"
    under "request"), "climbed onto a tank outside the building that same day" ("day" under "tank"). Also
    through a noun the parser read as a participle of the noun before it, with no object of its own, in a
    phrase of a preposition ("onto a tank outside the parliament building the same day"), and a gerund
    told as the charge or the reason ("accused them of acting outside the law in an address two days
    later": "later" under "acting"; dates42), and a document's issuing ("in a communique released that day":
    :func:`_in_clause`, dates45)."""
    words: list[Token] = []
    stack = [c for c in children(tok) if _in_clause(c)]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in children(t) if _in_clause(c))
    return words


_DOCUMENTS = frozenset(LEXICON["document_nouns"])
_ISSUING = frozenset(LEXICON["document_author_participles"])


def _in_clause(tok: Token) -> bool:
    """Whether a word stays in the clause of the verb above it (:func:`_clause_words`). Also the past
    participle that tells a document's issuing, on a document the act was made in, with no subject or object
    of its own: "In a communique released that day, the insurgents declared war" ("day" under "released"; dates45)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _ISSUING:
        noun = tok.head
        own = any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"} for c in children(tok))
        return not own and noun.dep_ == "pobj" and noun.lower_ in _DOCUMENTS
    if tok.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in children(tok)):
        return False
    if tok.dep_ == "acl":  # a participle on the object of a preposition, not on the subject ("Bush, speaking ...")
        return tok.head.dep_ == "pobj"
    return tok.dep_ == "pcomp" and tok.head.lower_ in {"of", "for"}


def sequence_shift(tok: Token) -> tuple[int, str] | None:
    """(days after the event told before, the words) for "the same day", "the following day",
    "a day later", "two days later", "within hours"; None otherwise. The day phrase and "later" may
    hang anywhere in the verb's own clause (:func:`_clause_words`: the parser often hangs them on
    the object or on the noun of a phrase); "within hours" on the verb."""
    words = _clause_words(tok)
    # "the following day" as a noun phrase of time; "On the same day, ...": the day phrase after "on"
    for c in sorted(words, key=lambda t: t.i):
        if c.lemma_.lower() not in _DAY_PARTS:
            continue
        adj = next((a.lower_ for a in children(c) if a.dep_ in {"amod", "det"} and a.lower_ in _SEQUENCE_SHIFT), None)
        # "a demand that the junta rejected the following day": the day phrase read as the verb's object
        as_object = c.dep_ == "dobj" and c.lemma_.lower() == "day" and adj in {"following", "next", "previous", "same"}
        if not (c.dep_ == "npadvmod" or (c.dep_ == "pobj" and c.head.lower_ == "on") or as_object):
            continue
        # "the same evening", "that night": that day
        if adj is not None and (c.lemma_.lower() == "day" or adj in {"same", "that"}):
            return _SEQUENCE_SHIFT[adj], " ".join(t.text for t in c.subtree)
        # "who had been detained the day before", "the day after": a day before (after) the event told before
        edge = next((a.lower_ for a in children(c) if a.dep_ == "advmod" and a.lower_ in ORDER), None)
        if edge is not None and c.lemma_.lower() == "day" and not any(a.dep_ == "nummod" for a in children(c)):
            return -ORDER[edge], " ".join(t.text for t in c.subtree)
    for c in children(tok):
        # "Beijing retaliated within hours", "hit back within minutes": the day of the event told before
        if c.dep_ == "prep" and c.lower_ == "within":
            unit = next((g for g in children(c) if g.dep_ == "pobj" and g.lemma_.lower() in {"hour", "minute"}), None)
            days = amount(unit) if unit is not None else None
            if unit is not None and days is not None:
                return days, f"{c.text} {' '.join(t.text for t in unit.subtree)}"
    for c in sorted(words, key=lambda t: t.i):
        if c.dep_ == "advmod" and c.lower_ in {"later", "earlier"}:
            unit = next((u for u in children(c) if u.dep_ == "npadvmod"), None)
            if unit is None:
                unit = next((u for u in children(tok) if u.dep_ == "npadvmod"), None)
            days = amount(unit) if unit is not None else None
            if unit is not None and days is not None:
                return (days if c.lower_ == "later" else -days), f"{' '.join(t.text for t in unit.subtree)} {c.text}"
    return None


def span_before(noun: Token) -> tuple[int, str] | None:
    """(days, the words) for an event noun told as a span of days that ended when its clause's event
    came: "after two days of rioting", "following three nights of protests" (the span began that many
    days before its clause's date); None otherwise."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    unit = of.head
    if unit.dep_ != "pobj" or unit.head.lower_ not in {"after", "following"}:
        return None
    days = amount(unit) if unit.lemma_.lower() != "night" else _amount_of_nights(unit)
    if not days:
        return None
    return days, " ".join(t.text for t in unit.head.subtree if t.i <= noun.i)


def _amount_of_nights(unit: Token) -> int | None:
    """Nights in "two nights", as days."""
    count = next((c for c in children(unit) if c.dep_ == "nummod"), None)
    return number(count) if count is not None else None


def shifted(date: ClauseDate, days: int, why: str) -> ClauseDate | None:
    """``date`` moved by ``days`` when it is a day of its own (None otherwise)."""
    info = date.info
    if info is None or info.precision != "day":
        return None
    value = (dt.date.fromisoformat(info.value) + dt.timedelta(days=days)).isoformat()
    return ClauseDate(DateInfo(value, "day", None, why), date.text, why, date.from_news)


# "on May 14 of that year", "in March of the same year": the year is the one told before
_THAT_YEAR = re.compile(r"\s*,?\s*(of\s+(?:that|the\s+same)\s+year)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def that_year(text: str, span: tuple[int, int]) -> str | None:
    """The words "of that year" (or "of the same year") right after a date mention, else None."""
    m = _THAT_YEAR.match(text, span[1])
    return m[1] if m is not None else None


def year_told_before(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """The year written in the last date mention before ``start`` that writes one ("two coups in
    1987, the first of them on May 14 of that year": 1987)."""
    years = [y[-1] for m in mentions if m.end_char <= start and (y := _YEAR.findall(text[m.start_char : m.end_char]))]
    return years[-1] if years else None


def ongoing_report(tok: Token, speech_verbs: Collection[str]) -> bool:
    """ "said on Tuesday it was sending troops", "said on Thursday it had suspended deliveries",
    "announced that the army had removed the president", "said it would not accept the ruling": an
    undated act reported by a verb of saying is dated when it is said (the story tells it as news
    of that day)."""
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in speech_verbs


def role_day(date: ClauseDate, pub: dt.date | None) -> dt.date | None:
    """The day a person's roles are read on for an event: its own day; the publication day for an
    event dated by the publication or not at all; for a month or a year, the publication day when it
    falls in that month or year, else the month's middle or the year's (the latest role is never the
    guess: "Saakashvili" in a 2008 story is Georgia's president, not a later governor in Ukraine)."""
    info = date.info
    if info is None or info.precision == "unknown":
        return pub
    try:
        if info.precision in {"day", "publication"}:
            return dt.date.fromisoformat(info.value)
        year = int(info.value[:4])
        if info.precision == "month":
            month = int(info.value[5:7])
            return pub if pub is not None and (pub.year, pub.month) == (year, month) else dt.date(year, month, 15)
        return pub if pub is not None and pub.year == year else dt.date(year, 7, 1)
    except ValueError:
        return pub
