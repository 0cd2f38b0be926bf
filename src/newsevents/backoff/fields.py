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
* **the date of the clause it depends on** (backoff20): an act told in a time clause ("after their
  government threw open the border", "as police fired", settings ``time_clause_marks``) with no
  date of its own happened when the clause it depends on did, if that clause names its date
  ("poured through overnight after ..."): not on the publication day the when stage's chain gives
  a clause without a date.
* **the night before** (backoff20): a past act told "overnight" (settings ``night_before``), on
  its own verb or on the clause its time clause depends on ("streamed in overnight after the
  government threw open the border"), without a date of its own, happened the night before the
  story's day: the day before publication.
* **an act another party did** (backoff20, tried: off in settings): "answered a request for help from X", "bowed to
  protests by X", "welcomed X's appeal": where the type is told more by a noun of the verb's
  complement than by the verb itself, and that noun's phrase names its own doer (a name under
  ``from`` or ``by``, settings ``agent_prepositions``, or a name as its possessor), the subject did
  not do the act the noun tells (it answered it, bowed to it); the backoff adds no event from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, Frame, Mention

__all__ = [
    "act_of_another",
    "event_noun_doer",
    "governing_verb",
    "meeting_place",
    "night_before",
    "others_act",
    "placed",
]

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = span_at(doc, start, end) if 0 <= start < end else None
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


def _names_party(tok: Token) -> bool:
    return any(t.ent_type_ in PARTY_LABELS for t in tok.subtree)


def _own_doer(noun: Token, agent_preps: Collection[str]) -> bool:
    """Whether the phrase of ``noun`` names who did the act it tells: a name as its possessor, or
    under an agent preposition of the noun or of a noun below it ("a request for help from X")."""
    if any(c.dep_ == "poss" and c.ent_type_ in PARTY_LABELS for c in noun.children):
        return True
    return any(
        t.dep_ == "prep" and t.lower_ in agent_preps and t.head.pos_ in {"NOUN", "PROPN"} and _names_party(t)
        for t in noun.subtree
    )


def others_act(doc: Doc, frame: Frame, tells: Callable[[str], float], agent_preps: Collection[str]) -> bool:
    """Whether the type is told by a noun of the frame verb's complement (its object, the noun of
    one of its prepositions) more than by the verb (``tells(feature)``: how much a feature pushes the
    type), and that noun's phrase names its own doer: the subject answered, bowed to or welcomed
    another's act, it did not do it."""
    trigger = _token_at(doc, frame.trigger_start, frame.trigger_end)
    return trigger is not None and act_of_another(trigger, tells, agent_preps)


def act_of_another(verb: Token, tells: Callable[[str], float], agent_preps: Collection[str]) -> bool:
    """``others_act`` at the verb's token."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "obj", "attr", "oprd"}]
    heads += [c for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    own = tells(f"v:{verb.lemma_.lower()}")
    # the head, or the noun of its "of" ("weeks of protests", "a wave of strikes")
    nouns = heads + [g for h in heads for p in h.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(
        n.pos_ == "NOUN" and tells(f"w:{n.lemma_.lower()}") > max(own, 0.0) and _own_doer(n, agent_preps) for n in nouns
    )


def governing_verb(doc: Doc, verb_i: int, marks: Collection[str]) -> int | None:
    """The verb whose time clause (``after``, ``as``, ... in ``marks``) the verb at ``verb_i``
    heads: "poured through the Wall overnight after the government threw open the border"."""
    tok = doc[verb_i]
    if tok.dep_ != "advcl" or tok.head.i == tok.i:
        return None
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in tok.children):
        return None
    return tok.head.i


def night_before(doc: Doc, verb_i: int, words: Collection[str], marks: Collection[str]) -> bool:
    """Whether the verb at ``verb_i``, or the verb whose time clause it heads, is told with a word
    of the night before the story ("overnight")."""
    verbs = [verb_i]
    head = governing_verb(doc, verb_i, marks)
    if head is not None:
        verbs.append(head)
    return any(c.dep_ == "advmod" and c.lower_ in words for v in verbs for c in doc[v].children)
