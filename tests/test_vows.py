"""Story recall, storyclause57 and vows58 (issue 11): a speaker's threat told in a reported clause with no
pattern of its own (derive/vows.vowed_threat), docs/stories.md "storyclause57" and "vows58". Each test codes
sentences written for it (none taken from a gold set): a hostile act warned against with the reprisal it would
meet, and a fight vowed to go on, are a threat by the speaker (138, THREATEN); a forecast of fighting, a negated
vow, an act with no reprisal told, a fight against no party of politics and a clause with a pattern of its own
are not. The threat's recipient (code/vowaims.py): none for a warning against any act; for a struggle, the party
it is against, or the government of the state that holds the system it is against, or, for an armed struggle
naming no foe, the speaker's own state told of before; its place only a place its own sentence tells.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2021, 3, 9)


def _threats(pipeline: Any, text: str) -> list[tuple[list[str | None], list[str | None], str, str]]:
    return [
        ([a.country for a in e.actor], [r.country for r in e.recipient], e.event_text, e.cameo)
        for e in code_events(pipeline, text, PUB)
        if e.event == "THREATEN"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "any" + a hostile act noun, the reprisal in the predicate noun
        (
            "The Chadian foreign minister said any foreign military intervention in Sudan would be treated as a "
            "declaration of war against Chad.",
            "TCD",
        ),  # fmt: skip
        ("Kenya said any incursion into its territory would be considered an act of aggression.", "KEN"),
        # the reprisal as the object
        ("Ghana said any attack on its citizens would bring a swift response.", "GHA"),
        # a fight vowed to go on: an armed fight as the subject
        ("The Tigrayan leader said the armed struggle would go on until the blockade was lifted.", "ETH"),
        # a fight as the object
        ("Eritrea said on Friday it would keep up the war until the last occupier had left.", "ERI"),
    ],
)
def test_a_reported_threat_is_the_speakers(pipeline: Any, text: str, actor: str) -> None:
    found = _threats(pipeline, text)
    assert found, text
    actors, _, trigger, cameo = found[0]
    assert trigger in {"said", "told"} and cameo == "138"
    assert actor in actors


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials in Nairobi said fighting would continue for weeks.",  # a forecast: no armed word, no vow
        "The Eritrean commander said his men would not continue the war.",  # negated
        "Kenya said any incursion would be investigated.",  # no reprisal told
        "The Ugandan minister said the government would continue the fight against corruption.",  # no armed fight
        "Ghana denied that any attack on its citizens would bring a response.",  # a denial
    ],
)
def test_no_threat(pipeline: Any, text: str) -> None:
    assert not _threats(pipeline, text), text


@pytest.mark.model
def test_a_clause_with_a_pattern_is_coded_as_itself(pipeline: Any) -> None:
    # "would continue fighting": the fighting has a pattern of its own, no threat is added on the speech verb
    events = code_events(pipeline, "The Somali rebels said they would continue fighting until the president quit.", PUB)
    assert not [e for e in events if e.event == "THREATEN" and e.event_text == "said"]


def _aimed(pipeline: Any, text: str) -> list[tuple[list[str | None], list[tuple[str | None, str | None]], Any]]:
    return [
        ([a.country for a in e.actor], [(r.country, r.sector) for r in e.recipient], e.event_loc)
        for e in code_events(pipeline, text, PUB)
        if e.event == "THREATEN" and e.event_text in {"said", "told"}
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a system held by a state a word of the phrase names: that state's government
        ("The Sahrawi independence front said the armed struggle against the Moroccan occupation would go on.", "MAR"),
        # a system named with no country: the government of the speaker's own country, the struggle's place
        (
            "The exiled Zimbabwean opposition leader told supporters that the armed struggle against the regime "
            "would continue.",
            "ZWE",
        ),  # fmt: skip
        # an armed struggle naming no foe, the speaker's own government told of before
        (
            "Zimbabwe's government banned the opposition party on Monday. The party's exiled Zimbabwean leader said "
            "its armed struggle would continue.",
            "ZWE",
        ),  # fmt: skip
    ],
)
def test_a_vowed_struggle_is_aimed_at_the_state(pipeline: Any, text: str, recipient: str) -> None:
    found = _aimed(pipeline, text)
    assert found, text
    assert (recipient, "GOV") in found[-1][1], found


@pytest.mark.model
def test_an_armed_struggle_naming_no_foe_and_no_government_told_has_no_recipient(pipeline: Any) -> None:
    found = _aimed(pipeline, "The Ugandan rebel leader said the armed struggle would go on.")
    assert found and found[0][1] == [], found


@pytest.mark.model
def test_a_warning_against_any_act_in_another_country_has_no_recipient(pipeline: Any) -> None:
    # neither the country the act would be done in nor the doers of the story's lead act (a seizure of power)
    text = (
        "Soldiers seized power in Niger on Wednesday and detained the president. Chad said on Friday that any "
        "foreign intervention in Niger would be answered as an act of war."
    )
    found = _aimed(pipeline, text)
    assert found and found[0][1] == [], found


@pytest.mark.model
def test_a_warning_against_any_act_on_the_warners_own_keeps_the_doer_told_before(pipeline: Any) -> None:
    text = (
        "Somali militants shelled Kenyan border posts on Tuesday. Kenya said any incursion into its territory "
        "would be considered an act of aggression."
    )
    found = _aimed(pipeline, text)
    assert found and "SOM" in [c for c, _ in found[0][1]], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place of the event told before, not the capital of the speaker's country
        (
            "Kenyan troops attacked rebel camps near Garissa on Monday. Kenya's defence minister said the military "
            "campaign would go on.",
            "Garissa",
        ),  # fmt: skip
        # the last town named before it
        (
            "Thousands of supporters filled a stadium in Bulawayo on Saturday to hear the opposition leader. "
            "Zimbabwe's vice president told them the armed struggle would go on.",
            "Bulawayo",
        ),  # fmt: skip
    ],
)
def test_a_vow_is_told_where_the_story_is(pipeline: Any, text: str, place: str) -> None:
    found = _aimed(pipeline, text)
    assert found and found[0][2] is not None and found[0][2].extracted_place == place, found


@pytest.mark.model
def test_a_states_own_campaign_is_not_aimed_at_itself(pipeline: Any) -> None:
    text = (
        "Kenyan troops attacked rebel camps on Monday. Kenya's defence minister said the military campaign would go on."
    )
    found = _aimed(pipeline, text)
    assert found and ("KEN", "GOV") not in found[0][1], found
