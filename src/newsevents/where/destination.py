"""Where a verb of going, sending or visiting goes ("flew to Belfast", "sent a team to Nairobi",
"will visit Moscow", "during a visit to New Delhi"), and the place mentions of a frame's sentence that
name a point: helpers of where/location.py."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.frame.prepositions import PLACE_PART_NOUNS
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import to_infinitive, trigger_span
from newsevents.parse.tree import span_at
from newsevents.records import Frame, Mention

# prepositions of a direction: "flew to X", "fired rockets into X"
TOWARDS = frozenset({"to", "into", "towards", "toward", "onto"})
DESTINATION_VERBS = LEXICON["destination_verbs"]
VISITING_VERBS = LEXICON["visiting_verbs"]
JOURNEY_NOUNS = LEXICON["journey_nouns"]  # "a visit to X", "a trip to X"
JOURNEY_VERBS = LEXICON["journey_verbs"]  # "made / paid a visit to X"
GOING_PARTICLES = LEXICON["going_particles"]  # "sent them back to X": "to X" hangs on "back"

_NOT_POINTS = frozenset({"demonym", "border", "embedded"})
# a venue a destination names, and the prepositions of the town it lies in: "to an army base outside X"
_VENUES = LEXICON["facility_nouns"] | LEXICON["site_nouns"]
_VENUE_PREPS = frozenset({"in", "at", "near", "outside"})  # mentions that name no point of their own


def sentence_places(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Iterator[tuple[Mention, Span]]:
    """The place mentions of the frame's sentence that name a point, with their spans in the parse."""
    for m in places:
        if m.sentence_index != frame.sentence_index or m.place is None or m.label in _NOT_POINTS:
            continue
        span = span_at(doc, m.start_char, m.end_char)
        if span is not None:
            yield m, own_words(span)


# the arcs from a word of a place's name up to the token the name stands for in its phrase
_NAME_DEPS = frozenset({"compound", "appos", "flat", "conj"})
_PLACE_NOUNS = LEXICON["place_nouns"]  # "the city of X", "the border village of X"


def name_head(tok: Token) -> Token:
    """The token a place name stands for in its phrase: up its compounds, appositions and conjuncts."""
    while tok.dep_ in _NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def place_noun_head(tok: Token) -> Token:
    """:func:`name_head`, and the place noun the name is "of" ("the city of X", "the border village of X":
    the city, the village)."""
    tok = name_head(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PLACE_NOUNS:
        tok = tok.head.head
    return tok


def own_words(span: Span) -> Span:
    """A place's span without a determiner that belongs to a noun after it ("on the White House lawn":
    "the" is the lawn's), so that its root is the name's own head, not the article (places47)."""
    first = span[0]
    if len(span) > 1 and first.dep_ == "det" and not span.start <= first.head.i < span.end:
        return span[1:]
    return span


def destination(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """Where a verb of going, sending or visiting goes: the object of "to" / "into" / "towards" of
    the verb, its object or its adverb of direction ("flew to Belfast", "sent a team to Nairobi",
    "sent his negotiators back to Havana"), or what is visited
    ("will visit Moscow"); of a journey made ("made a surprise visit to Kyiv") or during which the
    act was ("agreed on Monday ... during a visit to New Delhi by ...")."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    # "made a surprise visit to Kyiv", "paid a visit to X"; "agreed ... during a visit to X by ..."
    journeys = {c.i for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in JOURNEY_NOUNS
                and verb.lemma_.lower() in JOURNEY_VERBS}  # fmt: skip
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "agreed to reopen it during ..."
    journeys |= {o.i for v in clause for c in v.children if c.dep_ == "prep" and c.lower_ in {"during", "on"}
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in JOURNEY_NOUNS}  # fmt: skip
    if verb.lemma_.lower() not in DESTINATION_VERBS and not journeys:
        return None
    heads = {verb.i} | journeys | {c.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
    heads |= {c.i for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ in GOING_PARTICLES}
    heads |= _carried(verb)
    found: list[tuple[int, Mention]] = []
    for m, span in sentence_places(doc, frame, places):
        tok = span.root
        while tok.dep_ in {"compound", "appos", "conj", "poss"} or _of_part(tok) or _venue_town(tok):
            tok = tok.head.head if tok.dep_ == "pobj" else tok.head  # fmt: skip
        if tok.dep_ == "pobj" and tok.head.lower_ in TOWARDS and tok.head.head.i in heads:
            found.append((tok.i, m))
        elif tok.dep_ == "dobj" and tok.head.i == verb.i and verb.lemma_.lower() in VISITING_VERBS:
            found.append((tok.i, m))
    return min(found, key=lambda x: x[0])[1] if found else None


def _carried(verb: Token) -> set[int]:
    """Words of the thing sent that the parser hangs its destination on (places45): the participle that describes
    it ("sent planes carrying tents to X", "sent aircraft loaded with food and water to X": the participle, and
    the nouns of its "with" phrase) and the to-infinitive that says what it was sent to carry ("sent a ship to
    ferry supplies to X"), for a verb of sending, whose thing goes where the verb sends it."""
    if verb.lemma_.lower() not in _SENDING:
        return set()
    out: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}):
            out.add(part.i)
            loads = [o for w in part.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children]
            out |= {t.i for o in loads if o.dep_ == "pobj" for t in (o, *o.conjuncts)}
    out |= {c.i for c in verb.children if c.dep_ in {"advcl", "xcomp"} and to_infinitive(c)
            and c.lemma_.lower() in _CARRYING}  # fmt: skip
    return out


# verbs that send a thing away (lexicon sending_verbs) and verbs of carrying (lexicon carrying_verbs: carry, ferry)
_SENDING = LEXICON["sending_verbs"]
_CARRYING = LEXICON["carrying_verbs"]


def _of_part(tok: Token) -> bool:
    """A place named as what a part of a place is of: "to the centre of X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_PART_NOUNS


def _venue_town(tok: Token) -> bool:
    """A town named as where a venue lies: "to an army base outside X", "to a stadium in X" (places52)."""
    venue = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in _VENUE_PREPS
        and venue.dep_ == "pobj"
        and venue.lemma_.lower() in _VENUES
    )


def purpose_destination(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """Where an act is done that someone went or was sent to do: the destination of the verb of
    going its to-infinitive hangs on ("sent his negotiators to Havana to meet the rebels")."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    if verb.dep_ not in {"advcl", "xcomp"} or not to_infinitive(verb):
        return None
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in DESTINATION_VERBS:
        return None
    moved = dataclasses.replace(frame, trigger_start=head.idx, trigger_end=head.idx + len(head.text))
    return destination(doc, moved, places)


# prepositions of where a purpose's head act was: "stepped across the line at X to meet", "gathered in X to demand"
_AT = frozenset({"at", "in"})


def purpose_setting(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """Where an act is done that is the purpose of another act of the actor, told in its own
    locative phrase ("stepped across the demarcation line at X on Friday to meet ...", "gathered
    in X to demand ..."): the place of "at" / "in" of the verb the trigger's to-infinitive adjunct
    hangs on (places46)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    if verb.dep_ != "advcl" or not to_infinitive(verb) or verb.head.i == verb.i:
        return None
    head = verb.head
    for m, span in sentence_places(doc, frame, places):
        tok = span.root
        while tok.dep_ in {"compound", "appos"} or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            tok = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ not in _AT:
            continue
        up = tok.head.head  # the phrase may nest in another of the verb ("across the line at X")
        while up.i != head.i and up.dep_ in {"pobj", "prep"} and up.head.i != up.i:
            up = up.head
        if up.i == head.i:
            return m
    return None


# Verbs of a journey of the actor itself (lexicon going_verbs, visiting_verbs, arriving_verbs): an act
# coordinated after one is done where it went; not sending, which leaves the sender at home.
TRAVEL_VERBS = LEXICON["going_verbs"] | VISITING_VERBS | LEXICON["arriving_verbs"]


def coordinated_after(doc: Doc, frame: Frame) -> Token | None:
    """The verb the frame's trigger is coordinated after when it has no subject of its own ("visited
    Harare and urged ...", "held talks in Paris and agreed ..."): the act shares that verb's setting."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb.head


def shared_destination(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """Where an act is done that is coordinated after the actor's own journey, with no subject of its
    own ("visited Harare on Monday and urged the president to ...", "flew to Niamey and met the coup
    leaders"): the destination of that verb of going or visiting."""
    head = coordinated_after(doc, frame)
    if head is None or head.lemma_.lower() not in TRAVEL_VERBS:
        return None
    moved = dataclasses.replace(frame, trigger_start=head.idx, trigger_end=head.idx + len(head.text))
    return destination(doc, moved, places)


def where_gone(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The destination of the event's own verb, else of the verb of going its to-infinitive hangs on,
    else of the actor's journey it is coordinated after, else the place of the act whose purpose it is
    (step 2 of the chain in where/location.py)."""
    return (
        destination(doc, frame, places)
        or purpose_destination(doc, frame, places)
        or shared_destination(doc, frame, places)
        or purpose_setting(doc, frame, places)
    )
