"""The story's place in the where chain (an event told just before, the dateline, destinations of
going and visiting verbs, a verbal event's subject's place), gazetteer ranking guards, and the
recognition rules for names the tagger mislabels (listed with a place, one sense per article, a
street's town, US state abbreviations).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluate.scorer import evaluate_file
from newsevents.recognize.toponyms import Named, containing_place, is_site
from newsevents.records import Article, CodedArticle, Event, Place

DAY = dt.date(2024, 5, 2)
LYON = Place("Lyon", 2996944, 45.75, 4.85, "FRA", "84", "P", None, 500_000, "city")


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="s", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _why(e: Event) -> str:
    return " | ".join(e.reasons)


def _places(coded: CodedArticle) -> dict[str, Any]:
    return {m.text: m for m in coded.mentions if m.kind == "place"}


def test_a_street_takes_the_point_of_the_town_it_stands_in() -> None:
    text = "A car burned on Rue Garibaldi in Lyon. Later a bus burned on Cours Vitton."
    lyon = Named(text.index("Lyon"), text.index("Lyon") + 4, 0, LYON, "Lyon")
    a = text.index("Rue")
    found = containing_place(text, a, a + len("Rue Garibaldi"), 0, is_site("Rue Garibaldi"), [lyon])
    assert found is not None and found[0].place is LYON and "placed in" in found[1]
    b = text.index("Cours")
    # a street named later takes the town named last before it; a name that is no street does not
    assert is_site("Cours Vitton Avenue") and not is_site("Cours Vitton")
    found = containing_place(text, b, b + len("Cours Vitton"), 1, True, [lyon])
    assert found is not None and "named last" in found[1]
    assert containing_place(text, b, b + len("Cours Vitton"), 1, False, [lyon]) is None


@pytest.mark.model
def test_an_event_without_a_place_continues_the_one_told_before(pipeline: Any) -> None:
    text = (
        "Ugandan soldiers opened fire on protesters in Gulu on Monday. "
        "Ugandan police later arrested dozens of opposition supporters."
    )
    e = _event(_code(pipeline, text), "arrested")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Gulu", _why(e)
    assert "told just before" in _why(e)


@pytest.mark.model
def test_a_local_event_after_one_told_abroad_takes_the_dateline(pipeline: Any) -> None:
    text = (
        "Kenyan troops shelled militant positions in Kismayo on Monday. "
        "Kenyan police arrested dozens of opposition supporters on Tuesday."
    )
    e = _event(_code(pipeline, text, dateline="NAIROBI"), "arrested")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Nairobi", _why(e)


@pytest.mark.model
def test_what_is_visited_is_the_place(pipeline: Any) -> None:
    e = _event(_code(pipeline, "The Indian prime minister will visit Moscow next week."), "visit")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Moscow", _why(e)


@pytest.mark.model
def test_a_verbal_event_takes_its_subjects_place(pipeline: Any) -> None:
    e = _event(_code(pipeline, "The U.S. embassy in Nairobi urged American citizens to leave Somalia."), "urged")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Nairobi", _why(e)


@pytest.mark.model
def test_a_context_country_does_not_beat_a_far_larger_town(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    place, _, why = gz.resolve("Brussels", context_countries=["USA"])
    assert place is not None and place.country_code == "BEL", why
    place, _, why = gz.resolve("Paris", context_countries=["USA"])
    assert place is not None and place.country_code == "USA", why  # Paris, Texas is not dwarfed
    place, _, why = gz.resolve("Chornobyl", context_countries=["UKR"])
    assert place is not None and place.name == "Chornobyl", why  # its own name, not a bigger town's alternate


@pytest.mark.model
def test_names_listed_with_places_and_mislabelled_names(pipeline: Any) -> None:
    text = (
        "The chain closed its stores in Zilina, Nitra, Presov and Kosice. "
        "ALLENDALE, N.J. -- The Allendale Garden Club met on Hampton Avenue in Allendale. "
        "Hurricane damage was worst on St. Croix."
    )
    coded = _code(pipeline, text)
    places = _places(coded)
    assert {"Nitra", "Presov", "Kosice"} <= set(places)
    assert places["N.J."].place is not None and places["N.J."].place.name == "New Jersey"
    club = [m for m in coded.mentions if m.text == "Allendale" and m.label == "embedded"]
    assert club, places  # one sense per article; inside an organisation's name: never an event location
    assert places["Hampton Avenue"].place is not None and places["Hampton Avenue"].place.name == "Allendale"
    assert places["St. Croix"].place is not None and places["St. Croix"].place.name == "Saint Croix"


@pytest.mark.model
def test_eval_scores_the_output_events_location(tmp_path: Path, pipeline: Any) -> None:
    text = "Rebels attacked an army post in Goma on Sunday."
    rec = {
        "id": "loc1",
        "date": "2024-05-02",
        "text": text,
        "events": [
            {
                "id": "e1",
                "event": None,
                "trigger": "attacked",
                "trigger_span": [7, 15],
                "locations": [{"text": "Goma", "span": [text.index("Goma"), text.index("Goma") + 4]}],
            }
        ],
    }
    f = tmp_path / "loc.jsonl"
    f.write_text(json.dumps(rec) + "\n")
    s = evaluate_file(f, pipeline)
    assert (s.event_location.hit, s.event_location.total) == (1, 1)
    assert (s.event_location_output.hit, s.event_location_output.total) == (1, 1)
    rec["events"][0]["locations"][0] = {"text": "army post", "span": [text.index("army"), text.index("army") + 9]}
    f.write_text(json.dumps(rec) + "\n")
    s = evaluate_file(f, pipeline)
    assert s.event_location_output.hit == 0 and s.event_location_output.total == 1


@pytest.mark.model
def test_parts_of_a_listed_place_and_directional_names(pipeline: Any) -> None:
    text = "The races moved to Donington Park, Leicestershire. Prices rose in Northern Europe."
    places = _places(_code(pipeline, text))
    assert places["Leicestershire"].place is not None and places["Leicestershire"].place.level == "admin1"
    park = places["Donington Park"].place  # no point of its own: the county's
    assert park is not None and park.name == "Leicestershire"
    north = places["Northern Europe"].place
    assert north is not None and north.level == "region" and north.name == "northern Europe"


@pytest.mark.model
def test_a_division_without_population_beats_a_small_town(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    place, _, why = gz.resolve("Hampshire")
    assert place is not None and (place.country_code, place.level) == ("GBR", "admin1"), why
    place, _, why = gz.resolve("Herat")
    assert place is not None and place.level == "city", why  # a large city of the name still wins


@pytest.mark.model
def test_the_lead_sentence_takes_the_dateline_city_whoever_acts(pipeline: Any) -> None:
    # the first sentence after the dateline is written where the dateline says, even when its
    # parties come from elsewhere; a later sentence is not
    text = (
        "Chilean and Bolivian negotiators signed a water-sharing accord on Tuesday. "
        "Peruvian diplomats welcomed the accord."
    )
    coded = _code(pipeline, text, dateline="LIMA")
    e = _event(coded, "signed")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Lima", _why(e)
    assert "lead sentence" in _why(e)


@pytest.mark.model
def test_a_country_is_narrowed_to_the_dateline_city_in_it(pipeline: Any) -> None:
    text = "Riot police fired tear gas at students in Chile on Tuesday."
    e = _event(_code(pipeline, text, dateline="SANTIAGO"), "fired")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Santiago", _why(e)
    assert "narrowed to the dateline city" in _why(e)
    # a country other than the dateline's keeps its own point
    e = _event(_code(pipeline, text, dateline="LIMA"), "fired")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Chile", _why(e)


@pytest.mark.model
def test_a_dateline_naming_a_city_state_or_a_seat(pipeline: Any) -> None:
    from newsevents.where.stage import dateline_setting

    gz = pipeline.res.gazetteer
    s = dateline_setting(gz, "KUWAIT")
    assert s.dateline is not None and s.dateline.name == "Kuwait City" and s.country == "KWT"
    s = dateline_setting(gz, "UNITED NATIONS")
    assert s.dateline is not None and s.dateline.name == "New York City"
    s = dateline_setting(gz, "KENYA")  # a country whose capital has another name: no city
    assert s.dateline is None and s.country == "KEN"


@pytest.mark.model
def test_a_governments_statement_without_a_place_is_at_its_capital(pipeline: Any) -> None:
    text = (
        "Heavy fighting broke out near the border on Monday. "
        "Norway condemned the fighting on Tuesday. "
        "The U.N. Security Council demanded an immediate ceasefire."
    )
    coded = _code(pipeline, text, dateline="NAIROBI")
    e = _event(coded, "condemned")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Oslo", _why(e)
    e = _event(coded, "demanded")
    assert e.event_loc is not None and e.event_loc.resolved_place == "New York City", _why(e)
    # without a dateline there is no story's place to tell a foreign seat from: not the seat step,
    # but the state's own act with no place told, at its capital (was the country's centroid)
    e = _event(_code(pipeline, text), "condemned")
    assert "the seat of" not in _why(e) and "an act of the government" not in _why(e), _why(e)
    assert e.event_loc is not None and e.event_loc.resolved_place == "Oslo", _why(e)
    assert "a domestic event of the state itself" in _why(e)


@pytest.mark.model
def test_a_place_another_verb_went_to_or_wider_than_a_country_is_not_taken(pipeline: Any) -> None:
    text = "The Gambian president resigned on Friday and then flew into exile in Guinea."
    e = _event(_code(pipeline, text, dateline="BANJUL"), "resigned")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Banjul", _why(e)
    text = "Soldiers arrested the Gabonese president on Sunday and staged the first coup in Africa this year."
    e = _event(_code(pipeline, text, dateline="LIBREVILLE"), "arrested")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Libreville", _why(e)


@pytest.mark.model
def test_a_national_institution_is_in_its_countrys_capital(pipeline: Any) -> None:
    text = "Hundreds of farmers stormed Chile's Congress on Tuesday."
    coded = _code(pipeline, text)
    e = _event(coded, "stormed")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Santiago", _why(e)
    assert "national institution" in _why(e)
    m = _places(_code(pipeline, "The Kenyan parliament voted to expel the envoy."))
    assert m["parliament"].place is not None and m["parliament"].place.name == "Nairobi"


@pytest.mark.model
def test_a_place_in_an_adjunct_told_before_the_subject_is_where_a_statement_was_made(pipeline: Any) -> None:
    text = "In a joint statement issued in Ankara on Friday, the two ministers called on Syria to stop the shelling."
    e = _event(_code(pipeline, text, dateline="LONDON"), "called")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Ankara", _why(e)
    # a place after the verb is still what the statement is about
    text = "The two ministers called on Syria on Friday to stop the shelling in Aleppo."
    e = _event(_code(pipeline, text), "called")
    assert e.event_loc is None or e.event_loc.resolved_place != "Aleppo", _why(e)


@pytest.mark.model
def test_an_act_someone_was_sent_to_do_is_at_the_destination(pipeline: Any) -> None:
    text = "The Peruvian president sent his foreign minister to Quito on Monday to meet Ecuadorean leaders."
    e = _event(_code(pipeline, text, dateline="LIMA"), "meet")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Quito", _why(e)


@pytest.mark.model
def test_an_agreement_with_a_party_in_a_place_was_signed_there(pipeline: Any) -> None:
    text = "The rebels signed a peace deal with the government in Addis Ababa last week."
    e = _event(_code(pipeline, text, dateline="LONDON"), "signed")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Addis Ababa", _why(e)
