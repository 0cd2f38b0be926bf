"""Where: whether a place stands where an event was said or held ("met in Luanda", "signed ...
in the Caribbean city of Cartagena", "held talks at the presidential palace in X", "a Mombasa
court sentenced"), not only what it is about (step 1 of the chain in :mod:`newsevents.where.location`)."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.frame.locative import COURT_NOUNS, where_antecedent
from newsevents.frame.prepositions import PLACE_PART_NOUNS, joins
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import measured_by, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.records import Frame, Mention
from newsevents.where.destination import coordinated_after, name_head, place_noun_head, sentence_places
from newsevents.where.steps import TOWNS
from newsevents.where.venue import met_through
from newsevents.where.whose import party_object

__all__ = [
    "MEETING_ROOTS",
    "meeting_adjunct",
    "meeting_setting",
    "named_meeting",
    "said_there",
    "shared_meeting",
    "told_chamber",
    "where_told",
]

# Accords an act is told as made in, after these prepositions ("agreed ..., in a deal brokered ...").
_ACCORDS = LEXICON["accord_nouns"]
_ACCORD_PREPS = frozenset({"in", "under"})
# A country's own chambers and its nation (lexicon chamber_nouns), and the verbs of telling them.
CHAMBER_NOUNS = LEXICON["chamber_nouns"]
SPEECH_VERBS = LEXICON["speech_verbs"]
# Nouns of an occasion told in an adjunct ("for the first time", "for a second day"), which the parser
# hangs the act's own locative phrase on (lexicon time_adjunct_nouns; _occasion_of).
TIME_ADJUNCT_NOUNS = LEXICON["time_adjunct_nouns"]
# Addresses a statement is made in, and their prepositions (lexicon address_nouns; in_an_address).
_ADDRESS_NOUNS = LEXICON["address_nouns"]
_ADDRESS_PREPS = LEXICON["address_prepositions"]
# Prepositions whose object is where something happened; "from" (an origin) is not among them.
_PLACE_PREPS = LEXICON["locative_prepositions"] - {"from"}
MEETING_SPANS = LEXICON["meeting_span_units"]


def _phrase_holder(t: Token, stop: frozenset[int] = frozenset()) -> Token:
    """The word a place's phrase hangs from: up through names, "of" after place nouns and
    locative phrases nested in locative phrases ("at an emergency summit in X": the verb), never
    past a phrase of a token of ``stop`` (the trigger and the span it is told by: "during four hours
    of talks at an estate near X", where the talks themselves stand in a phrase)."""
    while t.head.i != t.i:
        if t.dep_ == "prep" and t.head.i in stop:
            break
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() not in PLACE_PART_NOUNS:
            break  # "the city of X" names the place; "the future of X" does not
        if t.dep_ == "prep" and t.lower_ not in _PLACE_PREPS | {"of"}:
            break
        if t.dep_ == "prep" and t.head.dep_ != "pobj":
            break  # the phrase's holder: a verb, or a noun that is not itself in a phrase
        if t.dep_ not in {"pobj", "prep", "appos", "compound", "amod", "det"}:
            break
        t = t.head
    return t


def _told_span(root: Token) -> Token | None:
    """The span a meeting noun is told by ("four hours of talks", "two days of talks": lexicon
    meeting_span_units), whose phrases are the meeting's own ("four hours of talks at an estate")."""
    span = measured_by(root)
    return span if span is not None and span.lemma_.lower() in MEETING_SPANS else None


def said_there(doc: Doc, frame: Frame, place: Mention, consult: bool = False) -> bool:
    """Whether a place stands in a locative phrase of the trigger itself ("met in Luanda", "signed
    ... in the Caribbean city of Cartagena", "told reporters in Nairobi", "meeting at a summit in
    X"), or of its subject ("the U.S. embassy in Baghdad urged", "voters in Crimea backed"), not in
    its complement ("urged them to stop fighting in X"). For a meeting (``consult``) also a phrase
    nested in its object ("will meet the leaders of the parties in Madrid")."""
    trigger = trigger_span(doc, frame)
    span = span_at(doc, place.start_char, place.end_char)
    if trigger is None or span is None:
        return False
    root = trigger.root
    if consult and _with_party(span.root, root):
        return True
    if where_told(doc, frame, place):
        return True  # "at a summit in Vienna, where the two states signed ...": the place the clause tells of
    if _court_seat(span.root, root):
        return True
    if in_an_address(span.root, root):
        return True  # "backed the bid in a speech to the parliament in X"
    told_by = _told_span(root)
    t = _phrase_holder(span.root, frozenset({root.i} | ({told_by.i} if told_by is not None else set())))
    if _occasion_of(t, root):
        return True  # "met for the first time in X", "met for a second day in X"
    if t.dep_ != "prep" or t.lower_ not in _PLACE_PREPS:
        return False
    holder = root if told_by is not None and t.head.i == told_by.i else t.head  # "four hours of talks at X"
    path = list(itertools.takewhile(lambda x: x.i != t.i, span.root.ancestors))
    nested = any(x.dep_ == "prep" for x in path)  # a phrase inside the phrase of t
    if holder.i == root.i:
        # "gave the junta in Niger a week": a phrase right after a party acted on is where the party
        # is (where/whose.py); not for a meeting, nor for those told ("told reporters in X")
        return consult or root.lemma_.lower() in SPEECH_VERBS or not _after_party(root, t)
    if nested:
        return False  # "at a summit in X" of the trigger itself, not "the attack on a market in X"
    if holder.head.i == root.i and holder.dep_ in {"dobj", "nsubjpass"}:
        # not what is joined ("would not join a war on Iraq": the war's place, not where it was said),
        # nor where a party acted on is ("gave the junta in Niger a week": where/whose.py)
        return not joins(root) and not (holder.dep_ == "dobj" and party_object(holder))
    chain = [holder, *holder.ancestors]
    for k, tok in enumerate(chain[:-1]):
        if chain[k + 1].i != root.i:
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.i < root.i:
            return all(x.dep_ in {"pobj", "prep"} or x.pos_ in {"NOUN", "PROPN"} for x in chain[:k])
        if consult and tok.dep_ == "dobj":
            return all(x.dep_ in {"pobj", "prep"} for x in chain[:k])
    return False


def in_an_address(tok: Token, root: Token) -> bool:
    """Whether a place stands in the phrase of an address the statement at ``root`` was made in ("backed
    India's bid for a seat on the council in a speech to the parliament in X", "challenged him to open the
    gate in a speech at the Brandenburg Gate"): the parser hangs "in a speech" on a noun of the object or on
    the complement, but a speech is where the one who spoke made the statement (lexicon address_nouns).
    Not an address told in what is said ("said he had made a speech in X")."""
    t = tok
    while t.dep_ in {"pobj", "prep", "compound", "appos", "amod", "det", "flat"} and t.head.i != t.i:
        t = t.head
        if t.dep_ == "pobj" and t.lemma_.lower() in _ADDRESS_NOUNS and t.head.lower_ in _ADDRESS_PREPS:
            break
    else:
        return False
    if not (t.dep_ == "pobj" and t.lemma_.lower() in _ADDRESS_NOUNS and t.head.lower_ in _ADDRESS_PREPS):
        return False
    for up in t.ancestors:
        if up.i == root.i:
            return True
        if up.dep_ in {"ccomp", "csubj", "relcl", "acl", "advcl", "parataxis"}:
            return False
    return False


def _occasion_of(t: Token, root: Token) -> bool:
    """Whether a place's phrase hangs on the occasion of the trigger's own adjunct ("met for the first time
    in X", "met for a second day in X": the parser hangs "in X" on "time", "day"; lexicon
    ``time_adjunct_nouns``): where the act was, as if hung on the verb (places48). ``t`` is what
    :func:`_phrase_holder` reached: the adjunct's preposition."""
    if t.dep_ != "prep" or t.head.i != root.i or t.lower_ in _PLACE_PREPS:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in TIME_ADJUNCT_NOUNS for o in children(t))


def where_told(doc: Doc, frame: Frame, place: Mention) -> bool:
    """Whether a place is the one a "where" clause of the trigger tells of ("flew to Vienna on
    Tuesday, where they signed ..."): where the act was, not whose people it was done to."""
    trigger = trigger_span(doc, frame)
    span = span_at(doc, place.start_char, place.end_char)
    if trigger is None or span is None:
        return False
    ante = where_antecedent(trigger.root)
    return ante is not None and ante.left_edge.i <= span.root.i <= ante.right_edge.i


def _after_party(root: Token, prep: Token) -> bool:
    """Whether a phrase of the verb stands right after its object, a party ("the junta in Niger")."""
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i and party_object(c) for c in root.children)


def _court_seat(tok: Token, root: Token) -> bool:
    """A place modifying a court or judge that is the trigger's subject ("a Mombasa court
    sentenced", "a Paris judge charged"): where the court sits."""
    while tok.dep_ in {"compound", "flat"} and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in {"compound", "nmod", "poss"}:
        return False
    court = tok.head
    return court.lemma_.lower() in COURT_NOUNS and court.dep_ in {"nsubj", "nsubjpass"} and court.head.i == root.i


# CAMEO roots of meeting and agreeing (consult; diplomatic cooperation, signing): the place of
# the parties met is where it happened.
MEETING_ROOTS = frozenset({"04", "05"})


def _with_party(tok: Token, root: Token) -> bool:
    """A place in a locative phrase of the meeting or signing itself, of what was signed or held,
    or of the party met or agreed with, also nested in another locative phrase ("signed an accord
    with the government in Arusha", "met with rebel leaders in Nairobi", "held talks at the
    presidential palace in X", "signed an accord in X on ...", "initialled a treaty at an air
    base in X"): where they met."""
    while tok.dep_ in {"compound", "appos", "conj"} and tok.head.i != tok.i:
        held = tok.head
        meeting = held.lemma_.lower() in _CONVENING and held.dep_ == "dobj" and held.head.i == root.i
        if tok.dep_ == "compound" and meeting:
            return True  # "wound up their Geneva summit": the meeting named by its place
        tok = held
    for depth in range(_MAX_NESTING):
        if tok.dep_ != "pobj":
            return False
        prep, holder = tok.head, tok.head.head
        measured = depth == 1 and prep.lower_ == "of" and holder.lemma_.lower() in _MEASURES
        if prep.lower_ == "of" and holder.lemma_.lower() not in PLACE_PART_NOUNS and not measured:
            # "the future of X" is what it is about; "two days of talks in X": the talks, when the place
            # hangs on them directly (not "three hours of talks at a base in X", whose place is the base's)
            return False
        if prep.lower_ not in _PLACE_PREPS | {"of"}:
            return False
        if holder.i == root.i or (holder.head.i == root.i and holder.dep_ == "dobj"):
            return True
        if holder.dep_ == "pobj" and holder.head.lower_ == "with":  # the party met or agreed with
            top = holder.head.head
            return top.i == root.i or (top.head.i == root.i and top.dep_ == "dobj")
        if holder.pos_ != "PROPN" and holder.lemma_.lower() not in _VENUE_NOUNS:
            return False  # "an accord on self-rule in X": what it is about, not a venue in X
        tok = holder
    return False


_MAX_NESTING = 4
# a meeting named by the place it was held at ("their Geneva summit"), and measures of a meeting ("two
# days of talks in X"): lexicon convening_nouns, measure_nouns
_CONVENING = LEXICON["convening_nouns"]
_CONVENING_VERBS = LEXICON["convening_verbs"]
_MEASURES = LEXICON["measure_nouns"]
# Nouns of venues a meeting's place may be nested in: "at the palace in X", "at an air base in X",
# "on the sidelines of a summit in X" (lexicon facility_nouns, site_nouns, meeting_nouns, place_part_nouns).
_VENUE_NOUNS = LEXICON["facility_nouns"] | LEXICON["site_nouns"] | LEXICON["meeting_nouns"] | PLACE_PART_NOUNS


def told_chamber(doc: Doc, frame: Frame) -> str | None:
    """The chamber or nation a statement was told to ("told parliament that Canada would not take
    part", "told a Senate committee that genocide had been committed", "told the nation"): the
    object, dative or "to"/"before" phrase of the speech verb that is the trigger or reports it, when
    it is one of lexicon chamber_nouns; the statement was made where that chamber sits, whatever
    places it is about. Its text, else None."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    speech = next((t for t in (trigger.root, *trigger.root.ancestors) if t.lemma_.lower() in SPEECH_VERBS), None)
    if speech is None:
        return None
    told = [c for c in speech.children if c.dep_ in {"dobj", "dative", "obj"}]
    for p in speech.children:
        if p.dep_ == "prep" and p.lower_ in {"to", "before"}:
            told.extend(o for o in p.children if o.dep_ == "pobj")
    return next((t.text for t in told if t.lemma_.lower() in CHAMBER_NOUNS), None)


# "after", "when", "as", "while": a clause told as the moment of its head's event
_TIME_MARKS = frozenset({"after", "when", "as", "while"})


def meeting_setting(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """'Talks between the two leaders in Geneva collapsed on Sunday after the president insisted that
    ...', 'The Geneva summit broke up when the premier demanded ...': a statement told in a time clause
    of a clause whose subject is a meeting (lexicon convening_nouns) was made at that meeting: the one
    place below a country the meeting's phrase names (a locative phrase of it, or a name before it; a
    country there is mostly a party met: "talks between Brazil and Argentina in Montevideo"). So is one
    told in a time clause of a clause whose object or adjunct is the meeting ("ended their summit in X
    after the premier insisted ...", "told him to be quiet at a summit in X after he called ..."), and one
    whose own time clause tells the meeting ("agreed on the loan after the premier dropped his veto at a
    summit in X") (places43)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    # its own time clauses, where the meeting is an object or an adjunct ("after talks in X ended": maybe not there)
    clauses = [(c, False) for c in verb.children if c.dep_ == "advcl" and _time_clause(c)]
    if verb.dep_ == "advcl" and verb.head.i != verb.i and _time_clause(verb):
        clauses.append((verb.head, True))  # the clause it is the time clause of
    found: dict[str, Mention] = {}
    for clause, subject in clauses:
        if not subject and clause.lemma_.lower() in _CONVENING_VERBS:
            # "agreed to halt the fighting after their army chiefs met in X", "voiced support for her when they
            # met in X": its own time clause's verb is the meeting, placed by its own phrase (places44)
            found.update((m.place.name, m) for m in _held_at(doc, frame, clause, places) if m.place is not None)
        for meeting in _meetings_of_clause(clause, subject):
            lo, hi = meeting.left_edge.i, meeting.right_edge.i
            found.update(
                (m.place.name, m)
                for m, span in sentence_places(doc, frame, places)
                if m.place and m.place.level != "country" and lo <= span.root.i <= hi  # not the parties met
            )
    return next(iter(found.values())) if len(found) == 1 else None


def _time_clause(verb: Token) -> bool:
    """Whether a verb heads a time clause ("after ...", "when ...", "as ...", "while ...")."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in verb.children)


def _meetings_of_clause(verb: Token, subject: bool) -> list[Token]:
    """The meeting nouns a clause's subject (where ``subject``), object or an adjunct of its verb is ("talks
    ... collapsed", "ended their summit", "told him ... at a summit")."""
    deps = {"nsubj", "nsubjpass", "dobj"} if subject else {"dobj"}
    out = [c for c in verb.children if c.dep_ in deps]
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _MEETING_PREPS for g in c.children
            if g.dep_ == "pobj"]  # fmt: skip
    return [t for t in out if t.lemma_.lower() in _CONVENING]


# Prepositions of an adjunct that sets an act at or after a meeting: "agreed after talks in X", "met at
# talks in X", "signed during a summit in X", "agreed in negotiations in X" (lexicon meeting_adjunct_prepositions).
_MEETING_PREPS = LEXICON["meeting_adjunct_prepositions"]
_PHASES = LEXICON["meeting_phase_nouns"]  # "at the close of talks in X" (place60)
_WALKOUT_VERBS = LEXICON["walkout_verbs"]  # "walked out of talks in X": at the talks (place58)
# How many noun phrases an adjunct may hang through before its verb ("met for the first time at talks in X").
_ADJUNCT_NESTING = 2


def meeting_adjunct(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """'Agreed on Tuesday to a ceasefire after talks in Geneva', 'met for the first time at talks in
    Vienna and agreed to ...', 'agreed to a truce after three days of negotiations in Nairobi', 'sat down
    with its neighbours at a peace conference that opened in Oslo': a verbal act told with an adjunct of
    the meeting it was made at or came out of (lexicon convening_nouns, meeting_adjunct_prepositions) was
    made where that meeting was held: the place of the meeting's own locative phrase (or of a clause on
    it), below a country (a country there is mostly a party met). A verb coordinated under the one the
    adjunct hangs from, with no subject of its own, shares it. The one such place, else None."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    chain = _shared_verbs(trigger.root) | _infinitives(trigger.root)
    chain |= _coordinated_with(trigger.root)
    found: dict[str, Mention] = {}
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or m.place.level == "country":
            continue
        meeting = _meeting_of(span.root, town=m.place.level in TOWNS)
        if (meeting is not None and _adjunct_verb(meeting) in chain) or _brokered_in(span.root) in chain:
            found[m.place.name] = m
    return next(iter(found.values())) if len(found) == 1 else None


def _infinitives(verb: Token) -> set[int]:
    """The to-infinitives the trigger governs ("pledged to work for X at a summit in Y": the parser hangs the
    act's adjunct on the last verb of the clause) (places47)."""
    out: set[int] = set()
    todo = [verb]
    while todo:
        for c in children(todo.pop()):
            if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and c.i not in out:
                out.add(c.i)
                todo.append(c)
    return out


def _shared_verbs(verb: Token) -> set[int]:
    """The trigger and the verbs it is coordinated under while it has no subject of its own."""
    out = {verb.i}
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        verb = verb.head
        out.add(verb.i)
    return out


def _meeting_of(tok: Token, town: bool = False) -> Token | None:
    """The meeting noun a place's locative phrase belongs to ("talks in X", "a conference that opened in
    X", "three days of negotiations in X": the measure; "the close of talks in X": the moment), also
    through a venue of the meeting ("talks at a villa in X") or, for a town (``town``), the party met
    there ("talks with envoys in X"; place60), else None."""
    tok = place_noun_head(tok)  # "a summit in the border village of X" (places47)
    if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return None
    holder = tok.head.head
    if holder.dep_ == "relcl" and holder.pos_ in {"VERB", "AUX"}:
        holder = holder.head  # "a conference that opened in X"
    if holder.lemma_.lower() not in _CONVENING:
        through = met_through(holder, town)
        if through is None:
            return None
        holder = through
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lemma_.lower() in _MEASURES:
        holder = holder.head.head  # "after three days of negotiations in X"
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lemma_.lower() in _PHASES:
        holder = holder.head.head  # "at the close of a round of talks in X": the moment of the meeting (place60)
    return holder


def _adjunct_verb(meeting: Token) -> int | None:
    """The verb a meeting noun's adjunct hangs from ("agreed after talks", "met for the first time at
    talks"), when the noun is the object of an adjunct preposition, or the meeting a verb of walking out
    left ("walked out of talks": lexicon walkout_verbs); else None."""
    if meeting.dep_ == "pobj" and meeting.head.lower_ == "of" and meeting.head.head.lower_ == "out":
        verb = meeting.head.head.head  # "walked out of talks in X": the walkout was at the talks (place58)
        return verb.i if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _WALKOUT_VERBS else None
    if meeting.dep_ != "pobj" or meeting.head.lower_ not in _MEETING_PREPS:
        return None
    tok = meeting.head.head
    for _ in range(_ADJUNCT_NESTING):
        if tok.pos_ in {"VERB", "AUX"} and _brokered(tok):
            tok = tok.head.head.head  # "agreed ..., in a deal brokered by X after talks in Y": the act the deal is
            while tok.dep_ == "xcomp" and tok.head.i != tok.i:
                tok = tok.head  # "agreed to reopen the border, in a deal ...": the agreeing
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.i
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        tok = tok.head.head
    return tok.i if tok.pos_ in {"VERB", "AUX"} else None


def _coordinated_with(verb: Token) -> set[int]:
    """The verbs coordinated after the trigger that share its subject ("gave the junta one month ..., and
    suspended its membership at a summit in X": the summit is where both were decided; place60)."""
    own = {"nsubj", "nsubjpass"}
    return {
        c.i
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not any(g.dep_ in own for g in c.children)
    }


def _brokered_in(tok: Token) -> int | None:
    """The verb an accord is the adjunct of, when the place stands in a locative phrase of the accord's
    participle ("agreed to restore relations, in a deal brokered by X in Y": the agreeing, made in Y) (places47)."""
    tok = name_head(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"} or not _brokered(verb):
        return None
    act = verb.head.head.head
    while act.dep_ == "xcomp" and act.head.i != act.i:
        act = act.head  # "agreed to restore relations, in a deal ...": the agreeing
    return act.i


def _brokered(verb: Token) -> bool:
    """Whether a verb is a participle on an accord that is the object of an adjunct of another verb
    ("agreed ..., in a deal brokered by X after talks in Y", "under a plan drawn up at talks in Y"): the
    accord is the act itself, so the meeting it came out of is where the act was made."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.lemma_.lower() in _ACCORDS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _ACCORD_PREPS
        and noun.head.head.pos_ in {"VERB", "AUX"}
    )


def shared_meeting(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """'Held talks in Paris on Monday and agreed to exchange prisoners', 'met in Geneva and signed
    ...': an act coordinated after a meeting of its own actors, with no subject of its own, was
    done at that meeting, where the meeting's own phrase places it (:func:`said_there` of the
    meeting verb: a verb of meeting, lexicon convening_verbs, or one whose object is a meeting,
    convening_nouns: "held talks"). The first such place, else None."""
    head = coordinated_after(doc, frame)
    party = head is None  # a clause of its own, whose subject must be a party of the meeting (places44)
    if head is None:
        head = _party_clause_after(doc, frame)
    if head is None:
        return None
    held = any(c.dep_ == "dobj" and c.lemma_.lower() in _CONVENING for c in head.children)
    if head.pos_ not in {"VERB", "AUX"} or not (held or head.lemma_.lower() in _CONVENING_VERBS):
        return None
    if party:
        return next(iter(_held_at(doc, frame, head, places)), None)
    moved = dataclasses.replace(frame, trigger_start=head.idx, trigger_end=head.idx + len(head.text))
    for m, _ in sentence_places(doc, frame, places):
        if m.place is not None and m.place.level != "country" and said_there(doc, moved, m, consult=True):
            return m
    return None


# Subjects that name a meeting's parties again without their names ("and the two agreed"; lexicon meeting_party_words)
_PARTY_WORDS = LEXICON["meeting_party_words"]


def _held_at(doc: Doc, frame: Frame, verb: Token, places: Sequence[Mention]) -> list[Mention]:
    """The towns a meeting's verb (``verb``: "met", "held talks") is placed in by its own phrases (:func:`said_there`
    of that verb as a meeting's): a town only, never a country or a division (places44)."""
    moved = dataclasses.replace(frame, trigger_start=verb.idx, trigger_end=verb.idx + len(verb.text))
    return [
        m
        for m, _ in sentence_places(doc, frame, places)
        if m.place is not None and m.place.level in TOWNS and said_there(doc, moved, m, consult=True)
    ]


def _party_clause_after(doc: Doc, frame: Frame) -> Token | None:
    """The verb the trigger's clause is coordinated after when the clause has a subject of its own that is a party
    of that verb's clause ("held talks with Scholz in Berlin, and Scholz praised ...", "met the king in X, and the
    two agreed ..."): the subject is a word of lexicon meeting_party_words, or its name (the head with its
    compounds) is named again in the clause it follows, outside the trigger's own clause; else None (places44)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if subj.lower_ in _PARTY_WORDS:
        return verb.head
    names = {c.text for c in subj.children if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"}
    if subj.pos_ != "PROPN":
        return None
    names.add(subj.text)
    lo, hi = verb.left_edge.i, verb.right_edge.i
    before = {t.text for t in verb.head.subtree if not lo <= t.i <= hi and t.pos_ == "PROPN"}
    return verb.head if names & before else None


def named_meeting(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """'The Geneva talks between the rebels and the government ended', 'A White House meeting between
    the two presidents collapsed', 'the Camp David summit': a meeting noun that is the trigger
    (lexicon convening_nouns), named by a place compounded before it, was held there. The place
    below a country so named, else None (a country there is mostly a party: "the U.S.-China talks";
    a region wider than a country is what it is about: "a Middle East summit")."""
    trigger = trigger_span(doc, frame)
    if trigger is None or trigger.root.lemma_.lower() not in _CONVENING:
        return None
    noun = trigger.root
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or m.place.level == "country" or not m.place.country_code:
            continue  # a party ("the Sudan talks"), or a region wider than a country ("a Middle East summit")
        tok = span.root
        while tok.dep_ in {"compound", "flat"} and tok.head.i != noun.i and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "compound" and tok.head.i == noun.i:
            return m
    return None
