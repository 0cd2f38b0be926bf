"""Actor countries, session 56 (sentences and references written for these tests): role words of no
country acting where their sentence sets the act (participants/scene.scene_doers), and another
country's force backing the doers on the ground (participants/backers.py)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.scene import scene_doers
from newsevents.progress import Placed
from newsevents.records import ActorRef, EventLocation


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}", reason=f"sector word '{words}' alone")


def _country(words: str, country: str, sector: str) -> ActorRef:
    return ActorRef(words, country, f"{country}{sector}", country, sector, f"country:{country}")


def _placed(place: str, country: str, own: bool = False, step: str = "sentence") -> Placed:
    loc = EventLocation(place, place, 1, 0.0, 0.0, country, None, "P", "PPL", "city")
    return Placed(0, loc, "", own, step)  # type: ignore[arg-type]


SENTENCE = "Shops were shut across Lilongwe on Tuesday as rioters burned tyres and police fired tear gas."


# -- the doers of the scene (participants/scene.scene_doers) -----------------------------------------


def test_role_words_take_the_country_the_sentence_sets_the_act_in() -> None:
    got = scene_doers([_role("police", "COP")], [], _placed("Lilongwe", "MWI"), "18", SENTENCE)
    assert got is not None and [r.country for r in got[0]] == ["MWI"]
    got = scene_doers([_role("rioters", "OPP")], [], _placed("Lilongwe", "MWI"), "14", SENTENCE)
    assert got is not None and [r.country for r in got[0]] == ["MWI"]


def test_not_the_country_of_the_people_acted_on() -> None:
    # trap: the soldiers freed are of the place; the rebels who hold them need not be
    text = "Rebels freed eight Kenyan soldiers on Sunday, a day after talks in Mombasa."
    soldiers = [_country("Kenyan soldiers", "KEN", "MIL")]
    assert scene_doers([_role("Rebels", "REB")], soldiers, _placed("Mombasa", "KEN"), "08", text) is None
    # nor when the coder took none of them for its recipients ("sent a lorry into a column of Kenyan guards")
    assert scene_doers([_role("Rebels", "REB")], [], _placed("Mombasa", "KEN"), "08", text, {"KEN"}) is None


def test_officials_statements_and_other_places_lend_nothing() -> None:
    # traps: leaders act where they meet; a statement is made anywhere; the own clause's place was
    # already read (code/parties.local_people); a story's place, a place the sentence does not name
    loc, police = _placed("Lilongwe", "MWI"), [_role("police", "COP")]
    assert scene_doers([_role("leaders", "GOV")], [], loc, "18", SENTENCE) is None
    assert scene_doers(police, [], loc, "11", SENTENCE) is None
    assert scene_doers(police, [], _placed("Lilongwe", "MWI", own=True), "18", SENTENCE) is None
    assert scene_doers(police, [], _placed("Lilongwe", "MWI", step="dateline"), "18", SENTENCE) is None
    assert scene_doers(police, [], _placed("Blantyre", "MWI"), "18", SENTENCE) is None
    # a governed territory's police may be the ruling state's
    assert scene_doers(police, [], _placed("Lilongwe", "PYF"), "18", SENTENCE) is None


def test_a_doer_named_by_its_own_country_keeps_the_others_as_they_are() -> None:
    # trap: "Zambian troops and helicopters": one side, not the place's
    doers = [_country("Zambian troops", "ZMB", "MIL"), _role("helicopters", "MIL")]
    assert scene_doers(doers, [], _placed("Lilongwe", "MWI"), "18", SENTENCE) is None


# -- a force backing the doers (participants/backers.py) ----------------------------------------------


def _actors(pipeline: Any, text: str, trigger: str) -> list[str | None]:
    evs = [e for e in code_on(pipeline, text, "2015-01-27") if e.event_text == trigger]
    assert evs, f"no event on {trigger!r} coded from {text!r}"
    return [a.country for a in evs[0].actor]


def test_another_countrys_force_backing_the_doers_is_a_doer(pipeline: Any) -> None:
    text = "Kurdish fighters backed by American aircraft recaptured the border town of Kobani on Monday."
    assert "USA" in _actors(pipeline, text, "recaptured")


def test_a_patron_state_or_a_force_of_no_country_is_no_doer(pipeline: Any) -> None:
    # traps: a state named alone backs from afar; tanks and a union's troops name no other country
    assert _actors(pipeline, "Rebels backed by Burundi seized the town of Uvira on Tuesday.", "seized") == ["COD"]
    text = "Somali soldiers backed by African Union troops and tanks captured the port of Kismayo on Friday."
    assert _actors(pipeline, text, "captured") == ["SOM"]
