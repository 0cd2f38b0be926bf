"""The fields of a backoff event that its frame's words cannot carry (backoff18).

The backoff codes sentences the rules could not; its event takes its actors and recipients from
the participants stage as the rules' events do. Two readings that are right for a dictionary
pattern (which names the roles it expects) are wrong for a type read from a sentence's words:

* **a place or a bystander is no recipient**: a party named under a preposition of place on the
  way from the verb ("sat down face to face in Madrid", "signed at a ceremony with the envoy")
  tells where, or before whom, the act was done, not to whom (lexicon ``place_phrase_prepositions``:
  in, at, near, inside, outside, around); so is a town or a region named under any preposition
  that can place a name (``place_prepositions``: also on, into, across, within; "landed on the
  beaches of X", a country after them may be the target: "poured into Haiti"). The recipient is
  dropped; a dyadic type then has none and is not coded (stage.py).
* **an event noun is no doer**: "Six-nation talks opened", "The offensive began": the subject
  names an act, not who did it (lexicon ``meeting_nouns``, ``begun_event_nouns``); the frame has
  no doer, and the backoff adds no event from it.
* **the place of the accord or the meeting it names**: "put their names to a peace accord in
  Lome", "took part in talks in Geneva": a place under a preposition of place in the phrase of the
  frame's object (or a noun under the verb's preposition), headed by a meeting or accord noun
  (``meeting_nouns``, ``accord_nouns``), is where the act was, when the where stage's chain found
  no place in the clause itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef, Frame, Mention

__all__ = ["event_noun_doer", "meeting_place", "placed"]


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    return span.root if span is not None and len(span) else None


def _preps_up(tok: Token, stop: int) -> list[str]:
    """The prepositions on the way from ``tok`` up the tree to the token ``stop`` (or the root)."""
    preps: list[str] = []
    while tok.i != stop and tok.head.i != tok.i:
        if tok.dep_ == "prep":
            preps.append(tok.lower_)
        tok = tok.head
    return preps


def _town(ref: ActorRef, places: list[Mention]) -> bool:
    """Whether ``ref`` stands on a place mention below a country (a town, a region)."""
    over = [m for m in places if m.start_char < ref.end_char and ref.start_char < m.end_char]
    return any(m.place is not None and m.place.level != "country" for m in over)


def placed(doc: Doc, trigger_i: int, ref: ActorRef, places: list[Mention]) -> bool:
    """Whether ``ref`` was read from a phrase under a preposition of place between it and the verb
    at ``trigger_i`` (a town or region under any preposition that places a name): where (or
    before whom) the act was done, not to whom."""
    tok = _token_at(doc, ref.start_char, ref.end_char)
    if tok is None:
        return False
    where = LEXICON["place_phrase_prepositions"] | (LEXICON["place_prepositions"] if _town(ref, places) else set())
    return any(p in where for p in _preps_up(tok, trigger_i))


def event_noun_doer(doc: Doc, frame: Frame) -> bool:
    """Whether the frame's subject is headed by a noun of an act ("talks", "the offensive"),
    which names what happened, not who did it."""
    nouns = LEXICON["meeting_nouns"] | LEXICON["begun_event_nouns"]
    for a, b in frame.actor_spans:
        tok = _token_at(doc, a, b)
        if tok is not None and tok.lemma_.lower() in nouns:
            return True
    return False


def meeting_place(doc: Doc, frame: Frame, places: list[Mention]) -> Mention | None:
    """The place named under a preposition of place in the phrase of a meeting or accord noun the
    frame's verb governs (its object, or the noun of one of its prepositions): "signed a deal in X"."""
    nouns = LEXICON["meeting_nouns"] | LEXICON["accord_nouns"]
    where = LEXICON["place_phrase_prepositions"]
    heads = [t for a, b in frame.object_spans if (t := _token_at(doc, a, b)) is not None]
    trigger = _token_at(doc, frame.trigger_start, frame.trigger_end)
    if trigger is not None:
        heads += [c for p in trigger.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    for head in heads:
        if head.lemma_.lower() not in nouns:
            continue
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in where:
                continue
            lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
            for m in places:
                if m.place is not None and lo <= m.start_char and m.end_char <= hi:
                    return m
    return None
