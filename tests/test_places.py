"""Place mentions (recognize/places.py) and the event's location (code/location.py).

The first tests build frames and mentions by hand (cheap); the ones marked ``model`` parse
sentences written for these tests with the session pipeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from newsevents.code.location import choose_location, event_location
from newsevents.frame.locative import (
    TIER_CONJOINED,
    TIER_MARKERS,
    TIER_SENTENCE,
    TIER_SUBJECT,
    locative_spans,
    trigger_place_spans,
)
from newsevents.recognize.places import clean_name
from newsevents.records import Article, CodedArticle, Frame, Mention, Place

KABUL = Place("Kabul", 1138958, 34.53, 69.17, "AFG", "13", "P", "PPLC", 4_000_000, "city")
AFGHANISTAN = Place("Afghanistan", 1149361, 33.0, 65.0, "AFG", None, "A", "PCL", 38_000_000, "country")


def _frame(place_spans: tuple[tuple[int, int], ...], lemma: str = "kill", objects: tuple[tuple[int, int], ...] = ()):
    return Frame(0, lemma, 0, 5, "killed", place_spans=place_spans, object_spans=objects)


def _m(start: int, end: int, text: str, place: Place | None, label: str = "GPE") -> Mention:
    return Mention("place", start, end, text, 0, label, place=place, reason="test")


# ---------------------------------------------------------------- cheap: names and choice


def test_clean_name_drops_article_possessive_and_dash_debris() -> None:
    assert clean_name("the Netherlands") == "Netherlands"
    assert clean_name("Ruritania's") == "Ruritania"
    assert clean_name("Ruritania’s") == "Ruritania"
    assert clean_name("Lakeland province - 7") == "Lakeland province"
    assert clean_name("the Philippines'") == "Philippines"


def test_demonym_is_never_the_event_location() -> None:
    frame = _frame(((10, 30),))
    dem = _m(12, 18, "Afghan", AFGHANISTAN, label="demonym")
    chosen, why = choose_location(frame, [dem])
    assert chosen is None and "demonym" in why


def test_place_outside_the_locative_spans_is_not_chosen() -> None:
    frame = _frame(((40, 60),))
    actor_place = _m(0, 5, "Kabul", KABUL)  # "Kabul said ..." : an actor, not where it happened
    chosen, why = choose_location(frame, [actor_place])
    assert chosen is None and "no place mention" in why


def test_head_of_the_phrase_wins_and_unresolved_borrows_the_enclosing_point() -> None:
    # "in Karte-ye Parwan district in western Kabul": spans most specific first (as locative_spans gives)
    frame = _frame(((10, 38), (42, 56)))
    district = _m(10, 24, "Karte-ye Parwan", None, label="LOC")
    city = _m(50, 55, "Kabul", KABUL)
    chosen, why = choose_location(frame, [city, district])
    assert chosen is not None and chosen.text == "Karte-ye Parwan"
    assert chosen.place == KABUL and "enclosing 'Kabul'" in why
    loc = event_location(chosen)
    assert loc.extracted_place == "Karte-ye Parwan" and loc.resolved_place == "Kabul" and loc.resolution == "city"


def test_unresolved_place_without_enclosing_one_has_no_coordinates() -> None:
    frame = _frame(((10, 20),))
    chosen, why = choose_location(frame, [_m(10, 18, "Qalat Zar", None, label="LOC")])
    assert chosen is not None and "no coordinates" in why
    loc = event_location(chosen)
    assert loc.lat is None and loc.resolved_place is None and loc.resolution == "unresolved"


def test_object_of_a_place_taking_verb_is_the_location() -> None:
    frame = _frame((), lemma="capture", objects=((20, 45),))
    chosen, _ = choose_location(frame, [_m(38, 43, "Kabul", KABUL)])
    assert chosen is not None and chosen.place == KABUL
    not_taking = _frame((), lemma="criticize", objects=((20, 45),))
    assert choose_location(not_taking, [_m(38, 43, "Kabul", KABUL)])[0] is None


# ---------------------------------------------------------------- with the model


def _coded(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p", text=text, pub_date=dt.date(2024, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


def _places(coded: CodedArticle) -> dict[str, Mention]:
    return {m.text: m for m in coded.mentions if m.kind == "place"}


@pytest.mark.model
def test_capital_by_description(pipeline: Any) -> None:
    places = _places(_coded(pipeline, "Talks resumed in the Tajik capital on Tuesday."))
    m = places["the Tajik capital"]
    assert m.place is not None and m.place.name == "Dushanbe" and m.label == "description"


@pytest.mark.model
def test_demonyms_resolve_to_the_country_never_to_a_city(pipeline: Any) -> None:
    coded = _coded(pipeline, "Kazakh officials met Russian diplomats in Astana on Monday.")
    places = _places(coded)
    for word, iso3 in (("Kazakh", "KAZ"), ("Russian", "RUS")):
        m = places[word]
        assert m.label == "demonym" and m.place is not None
        assert m.place.level == "country" and m.place.country_code == iso3
    assert all(e.event_loc is None or e.event_loc.extracted_place == "Astana" for e in coded.events)


@pytest.mark.model
def test_organisations_are_not_places(pipeline: Any) -> None:
    places = _places(_coded(pipeline, "The Taliban said on Friday that Hezbollah had sent advisers."))
    assert "Taliban" not in places and "the Taliban" not in places and "Hezbollah" not in places


@pytest.mark.model
def test_country_names_and_possessives_resolve_to_countries(pipeline: Any) -> None:
    places = _places(_coded(pipeline, "China criticised South Korea's decision and praised Georgia."))
    for text, iso3 in (("China", "CHN"), ("South Korea's", "KOR"), ("Georgia", "GEO")):
        m = places[text]
        assert m.place is not None and m.place.level == "country" and m.place.country_code == iso3


@pytest.mark.model
def test_locative_chain_is_followed_most_specific_first(pipeline: Any) -> None:
    doc = pipeline.res.nlp("Gunmen killed four guards in a village on the outskirts of Herat on Sunday.")
    verb = next(t for t in doc if t.lemma_ == "kill")
    texts = [doc.text[a:b] for a, b in locative_spans(verb)]
    assert any("Herat" in t for t in texts)
    herat = next(i for i, t in enumerate(texts) if "Herat" in t)
    village = next(i for i, t in enumerate(texts) if "village" in t)
    assert village < herat  # the village first; Herat encloses it


@pytest.mark.model
def test_event_location_of_a_captured_town(pipeline: Any) -> None:
    coded = _coded(pipeline, "Rebels captured the northern town of Kunduz on Monday.")
    frame = next(f for f in coded.frames if f.predicate_lemma == "capture")
    chosen, why = choose_location(frame, coded.mentions)
    assert chosen is not None and chosen.text == "Kunduz", why
    assert chosen.place is not None and chosen.place.country_code == "AFG"


# ---------------------------------------------------------------- fallback tiers (cheap)


def _tiered(own: tuple[tuple[int, int], ...], *tiers: tuple[tuple[int, int], ...]) -> Frame:
    spans: list[tuple[int, int]] = list(own)
    for marker, extra in zip((TIER_CONJOINED, TIER_SUBJECT, TIER_SENTENCE), tiers, strict=False):
        spans += [marker, *extra]
    return _frame(tuple(spans))


def test_own_clause_wins_over_fallback_tiers() -> None:
    frame = _tiered(((10, 20),), ((30, 40),))
    chosen, why = choose_location(frame, [_m(32, 37, "Kabul", KABUL), _m(11, 19, "Afghanistan", AFGHANISTAN)])
    assert chosen is not None and chosen.text == "Afghanistan" and "own clause" not in why


def test_conjoined_tier_is_used_when_the_own_clause_has_no_place() -> None:
    frame = _tiered(((10, 20),), ((30, 40),))
    chosen, why = choose_location(frame, [_m(32, 37, "Kabul", KABUL)])
    assert chosen is not None and chosen.text == "Kabul" and "conjoined" in why


def test_sentence_tier_needs_a_single_place() -> None:
    one = _tiered((), (), (), ((30, 40), (50, 60)))
    chosen, why = choose_location(one, [_m(32, 37, "Kabul", KABUL)])
    assert chosen is not None and "only place" in why
    two = _tiered((), (), (), ((30, 40), (50, 70)))
    places = [_m(32, 37, "Kabul", KABUL), _m(52, 63, "Afghanistan", AFGHANISTAN)]
    assert choose_location(two, places)[0] is None


def test_a_demonym_in_the_own_phrase_stops_the_fallbacks() -> None:
    # "demonstrated at the Afghan border ... refugees who stayed in Kabul"
    frame = _tiered(((10, 30),), (), (), ((40, 50),))
    chosen, why = choose_location(frame, [_m(14, 20, "Afghan", AFGHANISTAN, "demonym"), _m(42, 47, "Kabul", KABUL)])
    assert chosen is None and "demonym" in why


def test_markers_hold_no_mention() -> None:
    assert all(a < 0 and a == b for a, b in TIER_MARKERS)
    frame = _frame((TIER_CONJOINED, TIER_SUBJECT, TIER_SENTENCE))
    assert choose_location(frame, [_m(0, 5, "Kabul", KABUL)])[0] is None


def test_anaphor_gives_the_named_town_of_the_same_sentence() -> None:
    frame = _frame(((40, 60),))
    named = _m(10, 15, "Kabul", KABUL)
    city = _m(50, 58, "the city", KABUL, label="anaphor")
    chosen, why = choose_location(frame, [named, city])
    assert chosen is named and "refers back" in why
    other_sentence = dataclasses.replace(named, sentence_index=-1)
    chosen, _ = choose_location(frame, [other_sentence, city])
    assert chosen is city and chosen.place == KABUL


# ---------------------------------------------------------------- fallback tiers (model)


def _location_of(coded: CodedArticle, lemma: str) -> tuple[Mention | None, str]:
    frame = next(f for f in coded.frames if f.predicate_lemma == lemma)
    return choose_location(frame, coded.mentions)


@pytest.mark.model
def test_place_of_a_conjoined_clause(pipeline: Any) -> None:
    coded = _coded(
        pipeline, "Two soldiers were killed and three were wounded when gunmen attacked a checkpoint in Kandahar."
    )
    chosen, why = _location_of(coded, "kill")
    assert chosen is not None and chosen.text == "Kandahar", why


@pytest.mark.model
def test_place_of_the_subject_when_the_clause_has_none(pipeline: Any) -> None:
    coded = _coded(pipeline, "A roadside bomb in northern Herat killed four police officers on Sunday.")
    chosen, why = _location_of(coded, "kill")
    assert chosen is not None and chosen.text == "Herat" and "subject" in why


@pytest.mark.model
def test_crowd_named_by_its_town(pipeline: Any) -> None:
    coded = _coded(pipeline, "Thousands of Kabul residents demonstrated on Friday against rising bread prices.")
    chosen, why = _location_of(coded, "demonstrate")
    assert chosen is not None and chosen.text == "Kabul", why


@pytest.mark.model
def test_place_noun_keeps_the_name_before_it(pipeline: Any) -> None:
    doc = pipeline.res.nlp("Gunmen killed five farmers in Zhari district on Monday.")
    verb = next(t for t in doc if t.lemma_ == "kill")
    texts = [doc.text[a:b] for a, b in locative_spans(verb) if a >= 0]
    assert texts[0] == "Zhari district"


@pytest.mark.model
def test_relative_clause_of_a_locative_noun(pipeline: Any) -> None:
    text = "A mine exploded near soldiers who were searching houses in Kunduz, but nobody was hurt."
    chosen, why = _location_of(_coded(pipeline, text), "explode")
    assert chosen is not None and chosen.text == "Kunduz", why


@pytest.mark.model
def test_no_place_from_a_content_clause_or_a_speaker(pipeline: Any) -> None:
    coded = _coded(pipeline, "Afghanistan accused Pakistan of arming rebels in Kandahar.")
    assert _location_of(coded, "accuse")[0] is None
    coded = _coded(pipeline, "A spokesman in Kabul said that police arrested ten men.")
    assert _location_of(coded, "arrest")[0] is None


@pytest.mark.model
def test_border_between_two_countries_is_a_place_without_a_point(pipeline: Any) -> None:
    coded = _coded(pipeline, "Hundreds of refugees gathered at the Afghan-Iranian border on Tuesday.")
    border = [m for m in coded.mentions if m.label == "border"]
    assert border and border[0].text == "Afghan-Iranian border" and border[0].place is None
    chosen, why = _location_of(coded, "gather")
    assert chosen is not None and chosen.label == "border", why


@pytest.mark.model
def test_the_city_refers_back_to_the_town_named_before(pipeline: Any) -> None:
    coded = _coded(pipeline, "Protesters gathered in Herat on Monday. Police fired tear gas in the city centre.")
    anaphor = [m for m in coded.mentions if m.label == "anaphor"]
    herat = 1140026
    assert anaphor and anaphor[0].place is not None and anaphor[0].place.geonameid == herat
    chosen, _ = _location_of(coded, "fire")
    assert chosen is not None and chosen.place is not None and chosen.place.geonameid == herat


@pytest.mark.model
def test_names_the_tagger_misses_where_a_place_stands(pipeline: Any) -> None:
    # possessor of a place noun (tagged PERSON), object of a place-taking verb (untagged),
    # modifier of a locative noun (tagged ORG)
    text = (
        "Jalalabad's streets were patrolled by soldiers. Bamiyan was captured in 1998. "
        "Hundreds died in the Kunduz campaign."
    )
    coded = _coded(pipeline, text)
    places = _places(coded)
    assert {"Bamiyan", "Kunduz"} <= set(places) and ("Jalalabad" in places or "Jalalabad's" in places)
    chosen, why = _location_of(coded, "patrol")
    assert chosen is not None and chosen.text.startswith("Jalalabad"), why
    chosen, why = _location_of(coded, "die")
    assert chosen is not None and chosen.text == "Kunduz", why


@pytest.mark.model
def test_event_noun_gets_its_own_locative_phrase(pipeline: Any) -> None:
    doc = pipeline.res.nlp("The explosion in Jalalabad killed two guards near the market.")
    noun = next(t for t in doc if t.lower_ == "explosion")
    texts = [doc.text[a:b] for a, b in trigger_place_spans(noun) if a >= 0]
    assert texts and "Jalalabad" in texts[0]


@pytest.mark.model
def test_directional_parts_of_countries_are_regions(pipeline: Any) -> None:
    from newsevents.records import Article

    text = (
        "Rebels attacked a base in eastern Congo. Missiles hit Saudi Arabia's eastern provinces on Friday. "
        "Talks were held in Northern Ireland."
    )
    coded = pipeline.code(Article(id="r", text=text))
    regions = {m.text: m.place for m in coded.mentions if m.kind == "place" and m.label == "region"}
    assert regions["eastern Congo"] is not None and regions["eastern Congo"].level == "region"
    assert regions["eastern Congo"].country_code == "COD" and regions["eastern Congo"].name.startswith("eastern")
    assert regions["Saudi Arabia's eastern provinces"].country_code == "SAU"
    assert not any("Ireland" in t for t in regions)  # "Northern Ireland" is a name, not a direction
