"""The record of an event's clause the coder builds once per frame (participants/context.EventContext), and
the scene rule's order of checks (participants/scene.on_the_ground): the phrases acted on are read in the
knowledge base only where every cheaper check of the rule holds; the parse helpers the stages share (a clause's
own subject, its negation, a modal) (sentences written for these tests)."""

from __future__ import annotations

import spacy

from newsevents.code.event import Parties
from newsevents.parse.syntax import hedged, negated, subject_of
from newsevents.participants.context import EventContext
from newsevents.participants.scene import on_the_ground
from newsevents.progress import Discourse, Placed
from newsevents.records import ActorRef, EventLocation, Frame

TEXT = "Police beat the marchers in Zomba on Friday."
NLP = spacy.blank("en")


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}", reason=f"sector word '{words}' alone")


def _placed(country: str, own: bool = False, step: str = "sentence") -> Placed:
    loc = EventLocation("Zomba", "Zomba", 1, 0.0, 0.0, country, None, "P", "PPL", "city")
    return Placed(0, loc, "", own, step)  # type: ignore[arg-type]


class _Reader:
    """A reading of phrases that names one country for each and counts what it was asked."""

    def __init__(self, country: str) -> None:
        self.country = country
        self.asked: list[tuple[int, int]] = []

    def __call__(self, span: tuple[int, int]) -> list[ActorRef]:
        self.asked.append(span)
        words = TEXT[span[0] : span[1]]
        return [ActorRef(words, self.country, f"{self.country}CVL", self.country, "CVL", f"country:{self.country}")]


def _context(read: _Reader, where: Placed, root: str = "18") -> EventContext:
    frame = Frame(0, "beat", 7, 11, "beat", object_spans=((12, 25),))  # "the marchers"
    return EventContext(NLP(TEXT), frame, root, where, TEXT, read, Discourse(), (), set, None)


def _parties(actors: list[ActorRef]) -> Parties:
    return Parties(actors, [], [], "")


def test_the_own_place_is_the_clauses_not_a_fallback() -> None:
    read = _Reader("MWI")
    assert _context(read, _placed("MWI", own=True)).own_place == "MWI"
    assert _context(read, _placed("MWI", own=False)).own_place is None


def test_the_phrases_acted_on_are_not_read_where_a_cheaper_check_rules_the_scene_out() -> None:
    # the doers name a country of their own, the act is no act on the ground, the place is a fallback's
    named = ActorRef("Malawian police", "MWI", "MWICOP", "MWI", "COP", "country:MWI")
    for actors, root, where in (
        ([named], "18", _placed("MWI")),
        ([_role("Police", "COP")], "04", _placed("MWI")),
        ([_role("Police", "COP")], "18", _placed("MWI", step="dateline")),
    ):
        read = _Reader("MWI")
        on_the_ground(_context(read, where, root), _parties(actors))
        assert read.asked == []


def test_the_people_acted_on_of_the_place_still_keep_the_doers_countryless() -> None:
    read = _Reader("MWI")  # "the marchers" read as the place's own people
    got = on_the_ground(_context(read, _placed("MWI")), _parties([_role("Police", "COP")]))
    assert read.asked and [a.country for a in got.actors] == [None]
    read = _Reader("ZMB")  # the people acted on of another country: the doers are the place's
    got = on_the_ground(_context(read, _placed("MWI")), _parties([_role("Police", "COP")]))
    assert [a.country for a in got.actors] == ["MWI"]


# -- the parse helpers the derive and code stages share (parse/syntax.py) ------------------------------


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> list[spacy.tokens.Token]:
    return list(spacy.tokens.Doc(NLP.vocab, words=words, heads=heads, deps=deps, tags=tags))


def test_a_clauses_own_subject_negation_and_modal() -> None:
    # "Villagers said raiders would not return": the reported clause is hedged, its subject the raiders
    _, said, raiders, _, _, back = _parsed(
        ["Villagers", "said", "raiders", "would", "not", "return"],
        [1, 1, 5, 5, 5, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp"],
        ["NNS", "VBD", "NNS", "MD", "RB", "VB"],
    )
    assert subject_of(back) == raiders and subject_of(raiders) is None
    assert negated(back) and hedged(back) and not negated(said) and not hedged(said)
    # "Stalls were burned": a passive subject; "could" alone hedges without a negation
    stalls, _, burned = _parsed(
        ["Stalls", "were", "burned"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"], ["NNS", "VBD", "VBN"]
    )
    assert subject_of(burned) == stalls and not hedged(burned)
    _, could, strike = _parsed(["They", "could", "strike"], [2, 2, 2], ["nsubj", "aux", "ROOT"], ["PRP", "MD", "VB"])
    assert hedged(strike) and not negated(strike)
