"""Actor countries, session 60 (sentences written for these tests): "each side", "either party" name
both parties of a pair one at a time (code/pairs.pair_noun), read as "both sides" is, never as one
side lent the country of the dateline (a story filed from a mediator's or a neighbour's capital); and
role words "led by" a known party take their leader's country (participants/ledby.py)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.code.pairs import pair_noun, plural


def test_a_distributive_before_a_side_noun_names_the_pair() -> None:
    assert pair_noun("Each side") == "sides"
    assert pair_noun("either party") == "parties"
    assert pair_noun("each faction") == "factions"
    # the forms read before stay as they were
    assert pair_noun("both sides") == "sides"
    assert pair_noun("the two governments") == "governments"


def test_a_distributive_over_a_state_noun_or_a_longer_phrase_names_no_pair() -> None:
    # traps: "each country will send troops" counts more than two; "each of them", "each side's
    # envoy" are other phrases
    assert pair_noun("each country") is None
    assert pair_noun("each government") is None
    assert pair_noun("each of them") is None
    assert pair_noun("each side's envoy") is None
    assert pair_noun("the side") is None


def test_plural() -> None:
    assert [plural(w) for w in ("side", "party", "camp", "day")] == ["sides", "parties", "camps", "days"]


def _actors(pipeline: Any, text: str, trigger: str, dateline: str) -> set[str | None]:
    evs = [e for e in code_on(pipeline, text, "2019-03-05", dateline=dateline) if e.event_text == trigger]
    assert evs, f"no event on {trigger!r} coded from {text!r}"
    return {a.country for a in evs[0].actor}


def test_each_side_is_both_parties_not_the_datelines_country(pipeline: Any) -> None:
    text = (
        "Fighting between Ethiopia and Eritrea flared again on Sunday near the"
        " disputed border town.\n\nEach side accused the other of shelling civilian areas."
    )
    assert _actors(pipeline, text, "accused", "NAIROBI") == {"ETH", "ERI"}


def test_each_side_after_two_armies_of_the_sentence_before(pipeline: Any) -> None:
    text = (
        "Armenian and Azerbaijani troops traded artillery fire along their"
        " border overnight.\n\nEach side blamed the other for the escalation."
    )
    assert _actors(pipeline, text, "blamed", "MOSCOW") == {"ARM", "AZE"}


# -- doers known by their leader (participants/ledby.py) ----------------------------------------------


def test_gunmen_led_by_a_known_rebel_leader_take_his_side(pipeline: Any) -> None:
    text = "Gunmen led by Joseph Kony raided three villages near the border on Monday."
    evs = [e for e in code_on(pipeline, text, "2005-03-07") if e.event_text == "raided"]
    assert evs and [(a.country, a.sector) for a in evs[0].actor] == [("UGA", "REB")]
    assert "the side of their leader" in evs[0].actor[0].reason


def test_a_leader_overrides_the_country_a_dateline_lent(pipeline: Any) -> None:
    text = "Rebels led by Joseph Kony attacked a refugee camp on Monday, aid workers said."
    evs = [e for e in code_on(pipeline, text, "2005-03-07", dateline="JUBA") if e.event_text == "attacked"]
    assert evs and {a.country for a in evs[0].actor} == {"UGA"}


def test_an_actor_that_names_its_country_or_an_unknown_leader_is_left_alone(pipeline: Any) -> None:
    # traps: the doers' own country word wins over their commander's; a leader of no known country
    # lends nothing
    text = "Kenyan troops commanded by a Ugandan general seized the airport on Monday."
    evs = [e for e in code_on(pipeline, text, "2005-03-07") if e.event_text == "seized"]
    assert evs and {a.country for a in evs[0].actor} == {"KEN"}
    text = "Soldiers led by an unnamed captain seized the radio station on Monday."
    evs = [e for e in code_on(pipeline, text, "2005-03-07") if e.event_text == "seized"]
    assert evs and {a.country for a in evs[0].actor} == {None}


def test_only_forces_take_their_leaders_side() -> None:
    # traps: leaders of a bloc headed by one state's president are not all of that state; people of the
    # street led by a politician keep the readings they had
    from newsevents.participants.ledby import _unsaid
    from newsevents.records import ActorRef

    def role(words: str, sector: str) -> ActorRef:
        return ActorRef(words, None, sector, None, sector, f"sector:{sector}", reason=f"sector word '{words}' alone")

    assert _unsaid(role("gunmen", "UAF")) and _unsaid(role("soldiers", "MIL")) and _unsaid(role("rebels", "REB"))
    assert not _unsaid(role("leaders", "GOV"))
    assert not _unsaid(role("opposition supporters", "OPP"))
