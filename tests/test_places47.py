"""Event places (places47): former and hyphenated city names, and first-level divisions by the short
name news uses, are curated aliases (data/gazetteer_aliases.tsv). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_and_country
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    article = Article(id="p47", text=text, pub_date=dt.date(1988, 5, 11), dateline=dateline)
    return pipeline.code(article)  # type: ignore[no-any-return]


@pytest.mark.model
@pytest.mark.parametrize("name", ["Alma-Ata", "Alma Ata"])
def test_a_soviet_era_city_name_is_a_place(pipeline: Any, name: str) -> None:
    # an alternate name alone is no place outside a tagged entity; a curated alias is
    e = event_starting(
        _code(pipeline, f"Students rioted in {name} on Wednesday after the party chief was replaced."), "rioted"
    )
    assert place_and_country(e) == ("Almaty", "KAZ"), e.reasons


@pytest.mark.model
def test_a_state_by_its_short_name(pipeline: Any) -> None:
    # the package lists "Michoacán de Ocampo" only
    text = "The governor sent 2,000 police officers to the state of Michoacan on Friday to curb the violence."
    e = event_starting(_code(pipeline, text), "sent")
    assert place_and_country(e) == ("Michoacán de Ocampo", "MEX"), e.reasons


@pytest.mark.model
def test_a_former_country_name_is_the_country(pipeline: Any) -> None:
    text = "Soldiers from Zaire crossed into Rwanda on Monday."
    coded = _code(pipeline, text)
    assert any(m.text == "Zaire" and m.place is not None and m.place.country_code == "COD" for m in coded.mentions)


@pytest.mark.model
def test_a_castle_named_after_its_town_in_a_named_country(pipeline: Any) -> None:
    # the Hillsborough of Northern Ireland (3,900 people), not the larger New Jersey town
    text = (
        "London and Dublin signed a policing accord at Hillsborough Castle on Wednesday to ease tensions in"
        " Northern Ireland."
    )
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("Hillsborough", "GBR"), e.reasons


@pytest.mark.model
def test_a_court_named_after_its_city(pipeline: Any) -> None:
    text = "Police arrested opposition leader Nawaz Ali at the Islamabad High Court on Tuesday."
    e = event_starting(_code(pipeline, text), "arrested")
    assert place_and_country(e) == ("Islamabad", "PAK"), e.reasons


@pytest.mark.model
def test_a_facility_named_after_a_small_town_elsewhere_takes_no_point(pipeline: Any) -> None:
    # no country of the article has a town of that name, and the namesake is small
    text = "The envoys signed the accord at Hillsborough Castle on Friday."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e)[1] != "USA", e.reasons


@pytest.mark.model
def test_a_site_after_a_city_tagged_with_its_possessive(pipeline: Any) -> None:
    # "Mexico City's" is tagged as one entity: still the owner of the castle after it
    text = "Rebel and army negotiators signed a ceasefire deal at Mexico City's Chapultepec Castle on Tuesday."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("Mexico City", "MEX"), e.reasons


@pytest.mark.model
def test_a_landmark_before_a_noun_is_the_place_of_the_sentence(pipeline: Any) -> None:
    # "the" is the lawn's: the landmark's own head is "House", in the locative phrase of "shook"
    text = "The two presidents smiled for cameras on the White House lawn on Friday after their aides signed a deal."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("White House", "USA"), e.reasons


@pytest.mark.model
def test_a_name_before_its_place_noun_is_read_with_it(pipeline: Any) -> None:
    # "Korean" alone is no place; "the Korean peninsula" is the curated region
    coded = _code(pipeline, "The talks turned to the security of the Korean peninsula on Monday.")
    found = [m for m in coded.mentions if m.kind == "place" and m.text == "Korean"]
    assert found and found[0].place is not None and found[0].place.name == "Korean Peninsula"


@pytest.mark.model
def test_the_parties_of_a_meeting_act_there_in_its_sentence(pipeline: Any) -> None:
    # the meeting's actor is Abiy; "the two leaders" are Abiy and Isaias, whom he met
    text = (
        "Prime Minister Abiy Ahmed flew to Asmara on Sunday to meet President Isaias Afwerki, and the two"
        " leaders pledged to reopen their embassies."
    )
    e = event_starting(_code(pipeline, text), "pledged")
    assert place_and_country(e) == ("Asmara", "ERI"), e.reasons


@pytest.mark.model
def test_a_meeting_adjunct_on_the_infinitive_in_a_village_of(pipeline: Any) -> None:
    # the parser hangs "after a summit ..." on "work"; the place is the village's name after "of"
    text = (
        "The two presidents pledged on Monday to work for a lasting peace after a long summit in the"
        " mountain village of Gudauri."
    )
    e = event_starting(_code(pipeline, text), "pledged")
    assert place_and_country(e)[1] == "GEO", e.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "The last Syrian soldiers left the Bekaa Valley on Tuesday, ending years of military presence.",
            "left",
            "LBN",
        ),
        ("Bosnian Serb forces began withdrawing from the town of Gorazde on Thursday.", "withdrawing", "BIH"),
        ("Moscow ordered its troops to withdraw from the port city of Mariupol on Monday.", "ordered", "UKR"),
    ],
)
def test_a_withdrawal_is_placed_where_the_force_was(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = event_starting(_code(pipeline, text), trigger)
    assert place_and_country(e)[1] == country, e.reasons


@pytest.mark.model
def test_a_country_left_is_no_place_of_the_withdrawal(pipeline: Any) -> None:
    # a country is left at any of its borders
    e = event_starting(_code(pipeline, "The last Cuban soldier left Angola on Wednesday."), "left")
    assert place_and_country(e)[1] != "AGO", e.reasons


@pytest.mark.model
def test_withdrawing_from_talks_is_no_place_left(pipeline: Any) -> None:
    e = event_starting(_code(pipeline, "The rebels withdrew from the talks on Monday."), "withdrew")
    assert e.event_loc is None or e.event_loc.lat is None, e.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Jets bombed a camp near Balakot in Pakistan on Tuesday.", "bombed", "Balakot"),
        ("Aircraft dropped supplies to families stranded on Mount Sinjar on Friday.", "dropped", "Mount Sinjar"),
        ("The two ministers met at the Arava border crossing on Monday.", "met", "Arava border crossing"),
    ],
)
def test_sites_the_packages_lack(pipeline: Any, text: str, trigger: str, place: str) -> None:
    # data/geo/regions.tsv; "Arava" alone is no place (the valley), the crossing is read with its nouns
    e = event_starting(_code(pipeline, text), trigger)
    assert place_and_country(e)[0] == place, e.reasons


@pytest.mark.model
def test_an_accord_brokered_in_a_city_is_the_act_made_there(pipeline: Any) -> None:
    text = (
        "Ethiopia and Eritrea agreed on Sunday to restore flights, in an accord brokered by the United Arab"
        " Emirates in Abu Dhabi."
    )
    e = event_starting(_code(pipeline, text), "agreed")
    assert place_and_country(e) == ("Abu Dhabi", "ARE"), e.reasons


@pytest.mark.model
def test_a_facility_is_not_put_in_a_namesake_town_of_another_country(pipeline: Any) -> None:
    # a story filed from Caracas: the palace is not in the Miraflores district of Lima
    text = "The interim leader was sworn in at the Miraflores Palace on Friday evening."
    coded = _code(pipeline, text, dateline="CARACAS")
    assert not any(m.place is not None and m.place.country_code == "PER" for m in coded.mentions if m.kind == "place")


@pytest.mark.model
def test_a_square_named_after_a_word_is_not_in_a_namesake_town(pipeline: Any) -> None:
    # no country named: only a capital or a division lends its point, not Independence, Missouri
    coded = _code(pipeline, "Riot police dispersed students camped on Independence Square early on Saturday.")
    assert not any(m.place is not None and m.place.country_code == "USA" for m in coded.mentions if m.kind == "place")
