"""When: dates that name a thing, not the day an act happened ("the 2015 nuclear deal", "the winner
of Sunday's election", "gave him until noon on Monday to quit"): passed over by the when stage
(:func:`modifier_date`); and the day a measure takes effect, named after it (:func:`effective_date`,
moved here from when/dating.py in dates42)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import compound_head
from newsevents.parse.tree import children, span_at
from newsevents.progress import ClauseDate
from newsevents.records import DateInfo, first_day
from newsevents.resolve.date_words import WEEKDAYS
from newsevents.resolve.dates import Tense, normalize
from newsevents.when.dating import TIMES_OF_DAY

# "effective from March 10", "with effect from Monday", "effective as of July 1": the day a measure takes effect
_EFFECTIVE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in LEXICON["effective_marks"]), key=len, reverse=True)) + r")"
    r"(?:\s+(?:from|on|as\s+of|as\s+from|starting))?\s*$"
)


def modifier_date(doc: Doc, span: tuple[int, int], trigger: Token, planned: bool = False) -> bool:
    """A date that names a thing, not when the event happened: "the 2015 nuclear deal", "the first
    strike since a war in 1971" (a date inside a noun phrase apposed to the clause), "the first
    since 1974" (a "since" phrase of a noun or an adjective), the end of a span ("gave him until
    noon on Monday to quit"), a weekday's possessive or a weekday before a noun that does not situate
    the act ("recognised him as the winner of Sunday's election", not "clashed with police at Sunday's
    rally" nor "fired on worshippers during Friday prayers"), the time set
    for a thing ("called an election for Dec. 21"; not for a ``planned`` act, whose own time it may be)."""
    words = span_at(doc, span[0], span[1])
    if words is None:
        return False
    r = words.root
    if r.dep_ == "det" and len(words) > 1:
        r = words[1:].root  # "the Sept. 11 attacks": the date's own word, not the noun's article
    if r.dep_ == "poss" and r.head.pos_ in {"NOUN", "PROPN"} and r.head.i != trigger.i:
        return not _situating(r.head)
    if r.dep_ == "pobj" and r.head.lower_ == "for" and not planned and _set_for(r.head.head):
        return True  # "calling a snap election for Dec. 21": when the thing is set for, not the act
    if r.dep_ == "nmod" and (planned or not _before_its_noun(words, r.head)):
        # "declared war on Sunday and jets pounded ...": a coordination misread as a noun's modifier;
        # "would boycott the January 8 election": a planned act's own time may be the thing's
        return False
    if r.dep_ in {"nummod", "compound", "amod", "nmod"} and r.head.pos_ in {"NOUN", "PROPN"} and r.head.i != trigger.i:
        if r.lower_ in WEEKDAYS and _situating(r.head):
            return False  # "fired on worshippers during Friday prayers", "at Sunday Mass": that day
        if _fronted(words):
            return False  # "By Wednesday afternoon troops were pulling out": the clause's, misread as the subject's
        head = compound_head(r.head)
        # "during the Thursday morning rush hour", "on Friday night": a time of that day, not a thing named
        return head.lemma_.lower() not in TIMES_OF_DAY
    if _since_of_thing(r, trigger):
        return True  # "the first since 1974", "the worst fighting since 2011": a span a thing is measured over
    if _deadline(words.doc, words.start):
        return True  # "gave him until noon on Monday to quit": the end of a span, not the day of the act
    t = r
    while t.head.i != t.i and t.i != trigger.i:
        if t.i != r.i and t.dep_ in {"appos", "npadvmod"} and t.pos_ in {"NOUN", "PROPN"} and t.head.i == trigger.i:
            return not _duration(t)  # "gave them 72 hours on Tuesday to leave": the act's day, under a count
        t = t.head
    return False


def _fronted(date: Span) -> bool:
    """A date told after the preposition that opens its sentence ("By Wednesday afternoon troops were
    pulling out", "On Monday night rebels shelled ..."): the opening adverbial of the clause, whatever
    noun after it the parser hung it on."""
    if date.start == 0:
        return False
    prep = date.doc[date.start - 1]
    return prep.tag_ == "IN" and (prep.is_sent_start or prep.i == 0)


def _before_its_noun(date: Span, noun: Token) -> bool:
    """Whether a date stands inside the noun phrase it modifies: only modifiers of the noun between
    them ("the suspected June 14 bomber", "the Aug. 7 car bombings"), and no preposition before it
    ("on Dec. 31 militia supporters stormed ...": the act's date, misread as the subject's modifier)."""
    between = noun.doc[date.end : noun.i]
    start = date.start + 1 if date[0].dep_ == "det" else date.start  # "of the Aug. 7 bombings": "the" is the noun's
    if start > 0 and noun.doc[start - 1].tag_ == "IN":
        return False
    return noun.i >= date.end and all(w.dep_ in {"amod", "compound", "nmod", "nummod", "punct"} for w in between)


def _since_of_thing(date: Token, trigger: Token) -> bool:
    """A date inside a "since" phrase or clause of a noun, an adjective or a number, however deep ("the
    first since 1974", "their first meeting since the end of the war in 1962", "the first meeting between
    the two since their war ended in 1949"): the start of a span a thing
    is measured over, not the act's time."""
    t = date
    while t.head.i != t.i and t.i != trigger.i:
        # "the first meeting since their civil war ended in 1949": a "since" clause of the noun
        since = t if t.lower_ == "since" and t.dep_ == "prep" else None
        if since is None and t.dep_ == "advcl":
            since = next((c for c in children(t) if c.dep_ == "mark" and c.lower_ == "since"), None)
        if since is not None:
            if t.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
                return True
            # "met for their first talks since the war in 1962", the parser hanging "since" on the verb:
            # a first or a superlative between the verb and "since" measures the span (not one in the
            # subject: "tens of thousands, most of them Tutsis, have been slaughtered since April 6")
            between = t.doc[t.head.i + 1 : since.i] if t.head.i < since.i else t.doc[0:0]
            if any(w.lower_ == "first" or w.tag_ in {"JJS", "RBS"} for w in between):
                return True
        t = t.head
    return False


_DURATION_UNITS = LEXICON["duration_units"]


def _duration(noun: Token) -> bool:
    """A count of time units hung on the verb ("72 hours", "one week"): a span the act sets or lasts,
    not a thing the act names (lexicon ``duration_units``)."""
    return (
        noun.dep_ == "npadvmod"
        and noun.lemma_.lower() in _DURATION_UNITS
        and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in children(noun))
    )


# "at Sunday's rally", "during Friday's prayers": a thing the act happened at, so its day is the act's
_SITUATING = frozenset({"at", "in", "during", "on", "amid", "throughout"})


def _situating(noun: Token) -> bool:
    """Whether a noun is the object of a preposition that places an act at it ("at Sunday's rally"),
    also through "of" ("on the fringes of Sunday's rally")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _SITUATING


def _set_for(holder: Token) -> bool:
    """Whether a "for" phrase tells the time a thing is set for: under a noun ("an election for
    June 2") or a verb with an object ("called an election for Dec. 21"), not a verb alone ("a rally
    planned for Wednesday", which tells the rally's day)."""
    if holder.pos_ in {"NOUN", "PROPN"}:
        return True
    return holder.pos_ == "VERB" and any(c.dep_ == "dobj" for c in children(holder))


# "until noon on Monday", "till midnight Thursday", "until Friday": an end, not a day an act happened
_UNTIL = frozenset({"until", "till", "til", "untill"})
_BEFORE_DAY = TIMES_OF_DAY | {"on", "at", "the", "end", "of", "a.m.", "p.m.", "gmt", "local", "time"}


def _deadline(doc: Doc, start: int) -> bool:
    """The date starting at token ``start`` follows "until"/"till", with at most a time of day between
    ("until noon on Monday")."""
    i = start - 1
    while i >= 0 and i > start - 6 and (doc[i].lower_ in _BEFORE_DAY or doc[i].like_num):
        i -= 1
    return i >= 0 and doc[i].lower_ in _UNTIL


_NOUNS = frozenset({"NOUN", "PROPN"})
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})


def thing_date(doc: Doc, spans: Sequence[tuple[int, int]], trigger: Token) -> tuple[int, int] | None:
    """The date that names the thing a past act is told of, when the thing does the act or the act
    happens in it: "the Aug. 7 bombings of the embassies in Nairobi and Dar es Salaam, which killed
    220 people", "Thursday's attack on the parliament, in which gunmen killed five guards", "The Sept.
    11 attacks killed thousands" (the killing is the thing's own, on its day). The thing is the
    subject of the act, or the noun a relative clause tells of whose subject is the relative pronoun
    ("which killed") or that holds it ("in which gunmen killed"); the noun a relative clause hangs on
    may be a name inside the thing's phrase ("... in Dar es Salaam, which killed"), so the way goes up
    through the phrase. Not an act done to the thing ("the 2015 deal, which Trump abandoned"): a later
    act; None also for a verb not in the simple past."""
    if trigger.tag_ != "VBD":
        return None
    nouns = [c for c in children(trigger) if c.dep_ == "nsubj" and c.pos_ in _NOUNS]
    if trigger.dep_ == "relcl" and _told_by_relative(trigger):
        nouns.append(trigger.head)
    for noun in nouns:
        for _ in range(6):
            span = next((s for s in spans if _names_noun(doc, s, noun)), None)
            if span is not None:
                return span
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOUNS:
                noun = noun.head.head  # "the Aug. 7 bombings of U.S. embassies in Nairobi"
            elif noun.dep_ in {"conj", "appos", "compound"} and noun.head.pos_ in _NOUNS and noun.head.i != noun.i:
                noun = noun.head  # "... in Nairobi and Dar es Salaam, which killed"
            else:
                break
    return None


def _told_by_relative(clause: Token) -> bool:
    """A relative clause whose subject is the relative pronoun ("which killed 220 people") or that the
    relative pronoun holds in a phrase ("in which gunmen killed ...")."""
    for c in children(clause):
        if c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS:
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(g.lower_ == "which" for g in children(c)):
            return True
    return False


def _names_noun(doc: Doc, span: tuple[int, int], noun: Token) -> bool:
    """Whether a date mention modifies ``noun`` before it ("the Aug. 7 bombings", "Thursday's attack")."""
    words = span_at(doc, span[0], span[1])
    if words is None or words.end > noun.i:
        return False
    r = words.root
    if r.dep_ == "det" and len(words) > 1:
        r = words[1:].root
    if r.dep_ not in {"nmod", "nummod", "compound", "amod", "poss"} or compound_head(r.head).i != noun.i:
        return False
    return r.dep_ == "poss" or _before_its_noun(words, r.head)


_BALLOT_NOUNS = LEXICON["ballot_nouns"]
_BALLOT_VERBS = LEXICON["ballot_verbs"]
_ELECTORATE_NOUNS = LEXICON["electorate_nouns"]
_CLAUSE_ARCS = frozenset({"ccomp", "relcl", "parataxis", "advcl", "conj"})


def ballot_date(doc: Doc, spans: Sequence[tuple[int, int]], trigger: Token) -> tuple[int, int] | None:
    """The date of the ballot an electorate's vote is told in, however deep the parser hung it in the
    act's clause: "Quebec voters narrowly rejected a proposal to make the province a sovereign country
    in Monday's referendum", "Greek voters turned down the terms offered by the creditors in Sunday's
    referendum", "Chileans voted against extending his rule in Wednesday's plebiscite". A ballot is
    decided on its day, so the electorate's choice is that day's, whichever phrase of the clause the
    date hangs on. The act is one of voting (``ballot_verbs`` in data/lexicon.yaml) told of the
    electorate (``electorate_nouns`` or a people's name, "Chileans"; any subject for "vote"), the
    date names a ballot (``ballot_nouns``) the act is placed in ("in", "at"), and no clause of its own
    comes between ("leaders accused of fraud in Tuesday's election", "the opposition rejected the
    fraud committed in Sunday's election" are no vote of the electorate: not read). None otherwise."""
    if not _voting(trigger):
        return None
    for span in spans:
        words = span_at(doc, span[0], span[1])
        if words is None:
            continue
        r = words[1:].root if words.root.dep_ == "det" and len(words) > 1 else words.root
        noun = r.head
        if r.dep_ not in {"poss", "compound", "nmod"} or noun.i < words.end:
            continue  # "Sunday's referendum", "the Oct. 1 referendum": a date before the ballot it names
        if noun.lemma_.lower() not in _BALLOT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "at"}:
            continue
        t = noun.head
        while t.i != trigger.i and t.head.i != t.i and (t.dep_ not in _CLAUSE_ARCS or _infinitive_of_noun(t)):
            if t.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass", "mark"} or (c.dep_ in {"aux", "auxpass"} and c.lower_ != "to")
                for c in children(t)
            ):
                break  # a clause of its own (not a to-infinitive: "a proposal to make X sovereign in ...")
            t = t.head
        if t.i == trigger.i:
            return span
    return None


def _voting(trigger: Token) -> bool:
    """A verb of voting told of the electorate (:func:`ballot_date`)."""
    lemma = trigger.lemma_.lower()
    particle = next((c.lower_ for c in children(trigger) if c.dep_ == "prt"), None)
    if lemma not in _BALLOT_VERBS and f"{lemma} {particle}" not in _BALLOT_VERBS:
        return False
    if lemma == "vote":
        return True
    subject = next((c for c in children(trigger) if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in _ELECTORATE_NOUNS or subject.ent_type_ == "NORP")


def _infinitive_of_noun(tok: Token) -> bool:
    """A to-infinitive with no subject of its own that the parser read as a relative clause of a noun
    ("rejected a treaty to reform the institutions in Tuesday's referendum"): no tense of its own."""
    return (
        tok.dep_ == "relcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))
    )


def effective_date(text: str, span: tuple[int, int], pub: dt.date | None) -> ClauseDate | None:
    """'Beijing announced duties on U.S. soybeans, effective from March 10': the day a measure
    takes effect (a date after ``effective_marks``, data/lexicon.yaml) is set when it is announced,
    mostly days ahead, and told after it too; a date without a year is read as the occurrence nearest
    the publication day, whatever the tense of the announcing clause (the past tense would put a day
    still to come a year back). None when the date is no such day."""
    if pub is None or not _EFFECTIVE.search(text[max(0, span[0] - 40) : span[0]].lower()):
        return None
    words = text[span[0] : span[1]]
    tenses: tuple[Tense, ...] = ("past", "future")
    readings = [info for tense in tenses if (info := normalize(words, pub, tense)) is not None]
    if not readings:
        return None

    def distance(info: DateInfo) -> int:
        day = first_day(info.value)
        return abs((day - pub).days) if day is not None else 0

    best = min(readings, key=distance)
    return ClauseDate(best, words, f"date '{words}' in the event's clause, the day a measure takes effect: the nearest")
