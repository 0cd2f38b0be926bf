"""Wrong types and non-events by class (issue 11, sixth session): the actor's sector for forces moving
in, travel bans, announced purposes and meetings agreed, physical senses of political verbs. Every sentence
is written for these tests (cases and traps), none is taken from a gold or blind set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from coding import code_events
from newsevents.code.rules import CodeRules
from newsevents.errors import VerbFrameError
from newsevents.pipeline import Resources

pytestmark = pytest.mark.model

DAY = dt.date(2024, 6, 12)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [(e.event, e.event_text, e.modality) for e in code_events(pipeline, text, DAY)]


def _types(pipeline: Any, text: str) -> list[str | None]:
    return [e.event for e in code_events(pipeline, text, DAY)]


def test_the_classes_are_data() -> None:
    rules = CodeRules.default()
    assert rules.motion_codes["192"]["MIL"] == "154"
    assert "roll" in rules.motion_verbs
    assert rules.object_codes["1722"]["TRAVEL"] == "163"
    assert rules.object_codes["125"]["BUILDING"] == "-"
    assert "rubble" in rules.physical_nouns
    assert "wave" in rules.gesture_verbs and "cheer" in rules.celebration_verbs


def test_a_motion_code_must_exist(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text('motion_codes:\n  "192": {MIL: "999"}\n', encoding="utf-8")
    with pytest.raises(VerbFrameError, match=r"mine\.yaml: motion_codes\['192'\] names unknown CAMEO code '999'"):
        _ = Resources(frame_files=(str(bad),)).rules


# ---------------------------------------------------------------- armed forces moving in


@pytest.mark.parametrize(
    "text",
    [
        "Russian tanks rolled into the town of Kupiansk on Tuesday.",
        "Turkish troops entered the Kurdish-held town on Sunday.",
        "Indian troops moved into the disputed border area on Friday.",
        "Rebel fighters rolled into the capital on Saturday.",
    ],
)
def test_armed_forces_moving_in_are_deployed(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_troops_seizing_a_town_still_attack(pipeline: Any) -> None:
    assert _types(pipeline, "Iraqi troops seized the town of Khafji on Tuesday.") == ["ASSAULT"]


def test_a_move_told_with_fighting_stays_an_occupation(pipeline: Any) -> None:
    events = code_events(pipeline, "Syrian troops moved into the city at dawn, firing on protesters.", DAY)
    assert [e.event for e in events if e.event_text == "moved"] == ["ASSAULT"]


def test_warships_sailing_into_waters_stay_a_show_of_force(pipeline: Any) -> None:
    text = "Two Chinese warships sailed into the Philippine waters near Scarborough Shoal."
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_a_leader_arriving_still_visits(pipeline: Any) -> None:
    assert _types(pipeline, "The Kenyan president arrived in Addis Ababa on Monday for talks.") == ["CONSULT"]


# ---------------------------------------------------------------- travel bans


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed a travel ban on twelve Belarusian officials on Monday.",
        "The government of Nicaragua banned the opposition leaders from travelling abroad.",
        "Washington barred three Iranian generals from entering the United States.",
    ],
)
def test_a_travel_ban_is_a_sanction(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == ["SANCTION"]


def test_reporters_barred_from_a_city_are_restricted_not_sanctioned(pipeline: Any) -> None:
    text = "Police sealed off the town on Sunday and barred reporters from entering the area."
    assert "SANCTION" not in _types(pipeline, text)


def test_a_ban_on_a_party_stays_coercion(pipeline: Any) -> None:
    assert _types(pipeline, "The military government banned the main opposition party on Friday.") == ["COERCE"]


# ---------------------------------------------------------------- announced purposes


def test_a_promise_of_aid_stays_an_intent(pipeline: Any) -> None:
    assert _types(pipeline, "France promised to provide humanitarian aid to Haiti.") == ["AGREE"]


def test_a_meeting_that_is_the_purpose_of_an_announced_trip_is_announced(pipeline: Any) -> None:
    text = "The president said he would send his foreign minister to Kinshasa to meet the rebel leaders."
    assert [(t, w, m) for t, w, m in _coded(pipeline, text)] == [("CONSULT", "meet", "future")]


# ---------------------------------------------------------------- physical senses, gestures, stances


@pytest.mark.parametrize(
    "text",
    [
        "Rescue workers dug through rubble in central Lagos on Sunday searching for survivors of the explosion.",
        "The Iraqi prime minister walked out of the building without speaking to reporters.",
        "Crowds waving flags gathered in the square in Kyiv.",
        "Crowds outside the palace cheered and waved flags when the news spread.",
        "Protesters opposed to the president celebrated in the streets of Quito.",
    ],
)
def test_physical_senses_and_descriptions_are_no_events(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == []


def test_the_general_who_walked_out_of_the_embassy_surrendered(pipeline: Any) -> None:
    text = "The general walked out of the embassy and surrendered to American troops."
    assert [w for _, w, _ in _coded(pipeline, text)] == ["surrendered"]


def test_a_walkout_from_parliament_stays_an_event(pipeline: Any) -> None:
    assert _types(pipeline, "Opposition lawmakers walked out of parliament in protest on Tuesday.") == ["PROTEST"]


def test_waving_flags_as_the_act_itself_stays_a_protest(pipeline: Any) -> None:
    text = "Supporters of the opposition waved flags and chanted slogans outside parliament in Tbilisi."
    assert "PROTEST" in _types(pipeline, text)


def test_bombs_reducing_a_town_to_rubble_stay_an_attack(pipeline: Any) -> None:
    text = "Russian aircraft bombed the market in Idlib on Monday, reducing it to rubble."
    assert _types(pipeline, text)[:1] == ["ASSAULT"]
    assert _types(pipeline, "Israeli jets pounded the camp into rubble on Sunday.") == ["ASSAULT"]


def test_opposing_a_constitution_stays_a_rejection(pipeline: Any) -> None:
    assert _types(pipeline, "The opposition opposed the new constitution.") == ["REJECT"]


# ---------------------------------------------------------------- peacekeepers arriving


@pytest.mark.parametrize(
    "text",
    [
        "The first Ghanaian peacekeeping troops arrived in Monrovia on Tuesday.",
        "A battalion of Nepalese peacekeepers arrived in Juba on Friday.",
        "Japanese rescue teams arrived in Ankara on Tuesday to search for survivors.",
        "A team of Cuban medical experts arrived in Lima on Monday.",
    ],
)
def test_peacekeepers_and_rescuers_arriving_bring_aid(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == ["AID"]


def test_soldiers_arriving_stay_deployed(pipeline: Any) -> None:
    assert _types(pipeline, "Hundreds of Ethiopian soldiers arrived in Mogadishu on Monday.") == ["MOBILIZE"]


# ---------------------------------------------------------------- a meeting agreed


def test_a_meeting_agreed_is_the_meeting_to_come(pipeline: Any) -> None:
    coded = _coded(pipeline, "The two foreign ministers agreed to meet in Geneva on Friday.")
    assert [(t, m) for t, _, m in coded] == [("CONSULT", "future")]


@pytest.mark.parametrize(
    "text",
    ["Iran offered to hold talks with the European Union.", "The rebels promised to negotiate with the government."],
)
def test_an_offer_or_a_promise_to_talk_stays_an_intent(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == ["AGREE"]


def test_peacekeepers_landing_are_deployed(pipeline: Any) -> None:
    assert _types(pipeline, "Nigerian-led peacekeepers landed in Freetown on Monday.") == ["MOBILIZE"]


def test_a_move_told_with_a_clash_stays_an_attack(pipeline: Any) -> None:
    text = "Serbian army tanks moved into Kosovo on Friday and clashed with local police units."
    events = code_events(pipeline, text, DAY)
    assert [e.event for e in events if e.event_text == "moved"] == ["ASSAULT"]


def test_stones_thrown_are_no_physical_sense(pipeline: Any) -> None:
    assert _types(pipeline, "Palestinian youths threw stones at Israeli soldiers in Hebron on Friday.") == ["PROTEST"]


def test_agreeing_to_open_talks_stays_an_intent(pipeline: Any) -> None:
    assert _types(pipeline, "EU leaders agreed on Friday to open accession talks with Georgia.") == ["AGREE"]


# ---------------------------------------------------------------- a meeting as the setting of another act


def test_leaders_meeting_somewhere_set_the_scene_of_their_act(pipeline: Any) -> None:
    text = "Commonwealth leaders meeting in Harare suspended Fiji from the grouping on Sunday."
    assert _types(pipeline, text) == ["SANCTION"]


def test_leaders_who_met_still_consult(pipeline: Any) -> None:
    assert _types(pipeline, "Leaders of the two Koreas met in Panmunjom on Friday.") == ["CONSULT"]


def test_a_clash_told_after_a_setting_clause_still_makes_the_move_an_attack(pipeline: Any) -> None:
    text = (
        "Russian tanks moved into the province on Monday, a day after its parliament declared independence, "
        "and clashed with local militias."
    )
    events = code_events(pipeline, text, DAY)
    assert [e.event for e in events if e.event_text == "moved"] == ["ASSAULT"]


def test_a_participle_meeting_someone_stays_a_meeting(pipeline: Any) -> None:
    text = "President Lula, meeting African Union leaders in Brasilia, said Brazil would open new embassies."
    events = code_events(pipeline, text, DAY)
    assert [e.event for e in events if e.event_text == "meeting"] == ["CONSULT"]


def test_a_celebration_told_with_flags_waved_keeps_its_protest(pipeline: Any) -> None:
    text = "Thousands of opposition supporters celebrated in the streets of Caracas, waving flags."
    assert "PROTEST" in _types(pipeline, text)
