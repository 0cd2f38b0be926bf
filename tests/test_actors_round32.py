"""Actor countries, session 32 (sentences written for these tests): role words owned by a described
state ("the Pacific nation's military") are that state's (participants.stateanaphor.state_owned); a
role word that blames, rejects or answers one of the two countries its sentence names is of the other
(participants.lending.besides_target); a palace or royal guard is a military unit (data/kb/sectors.yaml)."""

from __future__ import annotations

from typing import Any

from coding import code_on, phrase_refs
from kbchecks import assert_drafted_roles_agree, check_rows


def _actors(pipeline: Any, text: str, event: str, pub: str = "2015-06-12", dateline: str | None = None) -> list[Any]:
    evs = [e for e in code_on(pipeline, text, pub, dateline) if e.event == event]
    assert evs, f"no {event} coded from {text!r}"
    return [(a.entity_text, a.country, a.sector) for a in evs[0].actor]


# -- role words owned by a described state (participants.stateanaphor.state_owned) ------------------


def test_the_pacific_nations_military_is_the_state_named_before(pipeline: Any) -> None:
    text = "Australia suspended defence ties with Fiji on Tuesday after the Pacific nation's military seized power."
    assert [a[1] for a in _actors(pipeline, text, "COERCE", "2006-12-06")] == ["FJI"]


def test_the_island_nations_government_is_the_state_named_before(pipeline: Any) -> None:
    text = "New Zealand cut its aid to Tonga after the island nation's government banned all public gatherings."
    evs = [e for e in code_on(pipeline, text, "2010-05-02") if e.event_text == "banned"]
    assert evs and {a.country for a in evs[0].actor} == {"TON"}


def test_a_capital_named_last_is_not_the_owner(pipeline: Any) -> None:
    # trap: the last country word before "the country" is Beijing, China's government, not the state meant
    text = "Kiribati switched recognition to Beijing on Friday, and the country's foreign minister flew to China."
    assert [a[1] for a in _actors(pipeline, text, "CONSULT", "2019-09-20")] in ([None], ["KIR"])


# -- the sentence's other country (participants.lending.besides_target) ----------------------------


def test_who_blames_the_one_country_is_of_the_other(pipeline: Any) -> None:
    text = "A former Lebanese minister was killed in Beirut, and opposition leaders blamed Syria for the attack."
    assert _actors(pipeline, text, "ACCUSE", "2005-02-14") == [("opposition leaders", "LBN", "OPP")]
    text = "Gunmen attacked India's parliament in New Delhi, and the government blamed militants backed by Pakistan."
    assert [a[1] for a in _actors(pipeline, text, "ACCUSE", "2001-12-14")] == ["IND"]


def test_three_countries_leave_the_role_word_without_one(pipeline: Any) -> None:
    # trap: Chad, Niger and France: which is the government's is not said
    text = "Troops from Chad arrived in Niger on Tuesday, and the government thanked France for its help."
    assert [a[1] for a in _actors(pipeline, text, "SUPPORT", "2019-05-02")] == [None]


def test_a_dateline_lends_its_own_country_first(pipeline: Any) -> None:
    # a story filed from Caracas: the dateline's country, as before (the rule reads no sentence)
    text = "Protesters marched in Lima on Tuesday, and the government accused Colombia of plotting a coup."
    assert [a[1] for a in _actors(pipeline, text, "ACCUSE", "2019-05-02", "CARACAS")] == ["VEN"]


# -- a guard of the head of state is a military unit (data/kb/sectors.yaml) -----------------------


def test_the_palace_guard_is_military(kb: Any) -> None:
    assert [r.sector for r in phrase_refs(kb, "the palace guard", "2001-06-01")] == ["MIL"]


# -- persons drafted this session (data/kb/persons_2026_session32.yaml, checked in data/kb/checks) -----


def test_drafted_ministers_on_both_sides_of_their_terms(kb: Any) -> None:
    on = phrase_refs(kb, "Interior Minister Nancy Faeser", "2023-06-01")
    assert [(r.name, r.country, r.sector) for r in on] == [("Nancy Faeser", "DEU", "GOV")]
    after = phrase_refs(kb, "Nancy Faeser", "2025-09-01")  # a former holder keeps the country, not the office
    assert [(r.country, r.sector) for r in after] == [("DEU", "ELI")]


def test_a_person_the_imported_layer_held_under_a_longer_name(kb: Any) -> None:
    refs = phrase_refs(kb, "National Security Adviser John Poindexter", "1986-11-25")
    assert [(r.name, r.country) for r in refs] == [("John Poindexter", "USA")]
    assert [(r.name, r.country) for r in phrase_refs(kb, "Poindexter", "1986-11-25")] == [("John Poindexter", "USA")]


def test_a_sponsors_country_in_the_actors_own_phrase_lends_nothing(pipeline: Any) -> None:
    # trap for besides_target: the phrase's own country word ("Kenyan-backed") was read and declined
    text = "Kenyan-backed government troops moved into Kismayo on Friday after the militants fled the port."
    evs = [e for e in code_on(pipeline, text, "2012-09-28") if e.event_text == "moved"]
    assert evs and all("KEN" not in {a.country for a in e.actor} for e in evs)


# -- the drafted roles (data/kb/persons_2026_session32.yaml) ------------------------------------------


def test_the_blind_check_saw_no_dates_and_agrees_with_every_drafted_role() -> None:
    assert set(check_rows("persons_2026_session32_check_input.tsv")[0]) == {"id", "name", "country", "title"}
    assert_drafted_roles_agree("persons_2026_session32_check.tsv", "persons_2026_session32.yaml")
