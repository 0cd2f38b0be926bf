"""Actor resolution, round 20 (sentences and stories written for these tests):

* people of the street known only by a role word take the one country their sentence names
  (participants.actors.sentence_force);
* a role word of a region of several states ("West African leaders", "European governments")
  takes no country from the dateline (lexicon international_adjectives);
* a country the dateline lent a role word is no party of a later "both sides";
* a person named again is read with the roles of the story's day, not the latest ones;
* a name word's Slavic ending written the other way ("Yanukovich" for "Yanukovych") is the same name
  (kb/spellings.yaml endings).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import code_on
from newsevents.code.rules import CodeRules
from newsevents.kb.spellings import other_spellings
from newsevents.participants.actors import ActorReader
from newsevents.participants.lending import sentence_force
from newsevents.participants.naming import bare_name, surnames, whole_word
from newsevents.progress import Discourse
from newsevents.records import DATELINE, ROLE_LATEST, ROLE_ON_DAY, ActorRef, LentCountry


def _lent(*args: Any) -> str | None:
    """The country sentence_force lends (it returns a LentCountry: the country and why)."""
    lent = sentence_force(*args)
    return lent.country if lent is not None else None


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, words, sector, None, sector, f"sector:{sector}")


def test_people_of_the_street_take_the_one_country_named() -> None:
    disc = Discourse(one_country_sentences=((0, "BEL"),))
    assert _lent(_role("rioters", "OPP"), 0, disc) == "BEL"
    assert _lent(_role("villagers", "CVL"), 0, disc) == "BEL"
    assert _lent(_role("rioters", "OPP"), 1, disc) is None  # a sentence of no or several countries
    assert _lent(_role("rebels", "REB"), 0, disc) is None  # armed groups: not lent so


def _actors(events: list[Any], trigger: str) -> set[str | None]:
    found = [e for e in events if e.event_text == trigger]
    assert found, [(e.event, e.event_text) for e in events]
    return {r.country for e in found for r in e.actor}


def test_protesters_in_towns_of_one_country(pipeline: Any) -> None:
    text = "Protesters fought with police in several Belgian towns on Tuesday, angry at new fuel taxes."
    assert _actors(code_on(pipeline, text, "2019-03-05"), "fought") == {"BEL"}


def test_the_opposition_of_the_one_country_named(pipeline: Any) -> None:
    text = (
        "Peruvian voters rejected the constitutional reform in Sunday's referendum, and the opposition "
        "urged the president to resign."
    )
    assert _actors(code_on(pipeline, text, "2001-05-08"), "urged") == {"PER"}


def test_protesters_of_a_sentence_naming_two_countries_take_neither(pipeline: Any) -> None:
    text = "Protesters marched on the French embassy in Bamako on Friday, demanding that troops leave Mali."
    assert "FRA" not in _actors(code_on(pipeline, text, "2022-02-18"), "marched")


def test_regional_groups_take_no_dateline_country(pipeline: Any) -> None:
    text = (
        "West African leaders on Sunday demanded that the junta restore the elected president within "
        "a week. Police detained two opposition activists on Monday."
    )
    events = code_on(pipeline, text, "2020-03-03", dateline="LAGOS, March 3 (Reuters) -")
    assert "NGA" not in _actors(events, "demanded")
    assert _actors(events, "detained") == {"NGA"}  # the city's own police keep the dateline's country


def test_european_governments_are_not_the_dateline_country(pipeline: Any) -> None:
    text = "European governments condemned the arrests of opposition leaders on Wednesday."
    events = code_on(pipeline, text, "2021-05-05", dateline="MOSCOW, May 5 (Reuters) -")
    assert "RUS" not in _actors(events, "condemned")


def test_a_lent_country_is_no_party_of_both_sides() -> None:
    rules = CodeRules.load()
    lent = ActorRef("police", "Police", "SGPCOP", "SGP", "COP", "sector:COP", lent=LentCountry(DATELINE, "SGP"))
    usa = ActorRef("United States", "United States", "USA", "USA", None, "country:USA")
    prk = ActorRef("North Korea", "North Korea", "PRK", "PRK", None, "country:PRK")
    sides = ActorRef("sides", "sides", "GOV", None, "GOV", "sector:GOV")
    reader = ActorReader("Both sides agreed.", lambda words, day: [sides], rules)
    disc = Discourse(named=(usa, prk, lent))
    assert sorted(r.country or "" for r in reader.span((0, 10), None, disc, sentence=2)) == ["PRK", "USA"]


def test_a_person_named_again_is_read_on_the_storys_day(pipeline: Any) -> None:
    text = (
        "President Mikheil Saakashvili accused Moscow of starting a war on Friday. "
        "Saakashvili ordered a full mobilisation of the reserve."
    )
    events = code_on(pipeline, text, "2008-08-09")  # his latest role is a governor's in Ukraine
    assert _actors(events, "ordered") == {"GEO"}


def _person(country: str, basis: str | None) -> ActorRef:
    return ActorRef("Ivanov", "Ivan Ivanov", f"{country}GOV", country, "GOV", "person:ivanov", role_basis=basis)


def test_a_lookup_without_a_date_takes_the_storys_day_for_a_person_with_no_role_today() -> None:
    def resolve(words: str, day: dt.date | None) -> list[ActorRef]:
        if day is None:
            return [_person("UKR", ROLE_LATEST)]
        if day.year < 2013:
            return [_person("GEO", ROLE_ON_DAY)]
        return [_person("GEO", None)]  # a former office holder

    rules = CodeRules.load()
    assert ActorReader("x", resolve, rules, dt.date(2008, 8, 9)).resolve("Ivanov", None)[0].country == "GEO"
    assert ActorReader("x", resolve, rules).resolve("Ivanov", None)[0].country == "UKR"  # no day: the latest
    # a role that ended before the story's day: the latest reading is kept
    assert ActorReader("x", resolve, rules, dt.date(2015, 1, 1)).resolve("Ivanov", None)[0].country == "UKR"
    # a lookup with its own date is read on it
    dated = ActorReader("x", resolve, rules, dt.date(2015, 1, 1)).resolve("Ivanov", dt.date(2010, 1, 1))
    assert dated[0].country == "GEO"


def test_slavic_endings_written_the_other_way() -> None:
    assert "Leonid Petrovich" in other_spellings("Leonid Petrovych")
    assert "Oleg Marchuk" not in other_spellings("Oleg Marchuk")  # no ending of the list
    assert "Dmytry Kovaliuk" in other_spellings("Dmytriy Kovalyuk")  # every word at once
    assert other_spellings("Kovalyuk") == []  # a one-word name: no other spelling
    assert all("Ab " not in o for o in other_spellings("Abiy Tesfaye"))  # too short a stem


def test_a_known_person_in_the_other_transliteration(pipeline: Any) -> None:
    text = "President Viktor Yanukovich rejected the opposition's demands on Thursday."
    assert _actors(code_on(pipeline, text, "2013-12-05"), "rejected") == {"UKR"}


def test_surnames_of_names_written_family_name_first() -> None:
    chinese = ActorRef("Li Qiang", "Li Qiang", "CHNGOV", "CHN", "GOV", "person:li-qiang")
    british = ActorRef("Keir Starmer", "Keir Starmer", "GBRGOV", "GBR", "GOV", "person:keir-starmer")
    assert surnames("Li Qiang", [chinese]) == ("Qiang", "Li")
    assert surnames("Keir Starmer", [british]) == ("Starmer",)
    assert surnames("Starmer", [british]) == ()
    assert bare_name("Mr Kim") == "Kim"
    assert bare_name("Mrs. Bhutto") == "Bhutto"
    assert bare_name("General Kim") == "General Kim"  # a rank is no form of address


def test_a_family_name_told_again_is_the_person(pipeline: Any) -> None:
    text = (
        "HANOI, Feb 27 (Reuters) - U.S. leader Donald Trump and North Korea's leader Kim Jong Un met for a second "
        "summit on Wednesday. Kim promised to keep working toward the denuclearisation of the peninsula."
    )
    events = code_on(pipeline, text, "2019-02-27", dateline="HANOI, Feb 27 (Reuters) -")
    assert _actors(events, "promised") == {"PRK"}  # not Trump, named first in the same phrase


def test_a_surname_after_a_form_of_address(pipeline: Any) -> None:
    text = (
        "Chinese Premier Li Keqiang met German officials in Berlin on Friday. "
        "Mr Li later accused Washington of starting a trade war."
    )
    assert _actors(code_on(pipeline, text, "2018-07-13"), "accused") == {"CHN"}


def test_a_phrase_never_ends_inside_a_hyphened_name() -> None:
    text = "President Moon Jae-in met envoys."
    assert whole_word(text, (0, 18)) == (0, 21)  # "President Moon Jae" -> "... Jae-in"
    assert whole_word(text, (0, 21)) == (0, 21)
    assert whole_word("U.S.-led troops", (0, 4)) == (0, 4)  # an abbreviation's point: no word cut


def test_a_hyphened_korean_name_told_again(pipeline: Any) -> None:
    text = (
        "South Korean President Moon Jae-in met American envoys in Seoul on Tuesday. "
        "Mr Moon urged Pyongyang to return to talks."
    )
    assert _actors(code_on(pipeline, text, "2018-05-01"), "urged") == {"KOR"}


def test_its_is_the_country_named_before_in_its_sentence(pipeline: Any) -> None:
    text = (
        "The European Union threatened to impose sanctions on Belarus after its security forces "
        "detained hundreds of protesters on Sunday."
    )
    assert _actors(code_on(pipeline, text, "2020-08-12"), "detained") == {"BLR"}  # not the EU's


def test_the_knowledge_base_says_which_dated_role_it_took(kb: Any) -> None:
    """records.ActorRef.role_basis: the role held on the day read, the latest role of a person who
    holds none today when no day is given, none for what is no person."""
    on_day = kb.resolve_phrase("Mikheil Saakashvili", dt.date(2009, 5, 1))
    assert [(r.country, r.role_basis) for r in on_day] == [("GEO", ROLE_ON_DAY)]
    latest = kb.resolve_phrase("Mikheil Saakashvili", None)
    assert [(r.country, r.role_basis) for r in latest] == [("UKR", ROLE_LATEST)]
    assert [r.role_basis for r in kb.resolve_phrase("the French government", dt.date(2009, 5, 1))] == [None]
