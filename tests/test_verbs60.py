"""Speech verbs, verbs60 (issue 11): what "say" and "call" carry (docs/stories.md "verbs60"). Each test codes
sentences written for it (none taken from a gold set):

* a name given in a participle clause after another act ("recalled its envoy, calling the raid an act of war")
  is a charge of its own (code/sofar.py), as "..., accusing it of ..." is;
* a word of ``charging_labels`` given as a name ("called the verdict an attack on democracy") is a criticism
  (derive/codes.by_label), but not in a reported copular clause ("said the raid was an attack on all members");
* the speaker's own refusal told in its reported clause ("said it would not approve the bids") is its rejection
  (derive/refusals.py); another party's refusal, a past fact and a refusal with a pattern of its own are not;
  an act the speaker will not tolerate is condemned (ACCUSE);
* cheating told of a ballot ("said the vote was marred by fraud", "acted because of fraud in the election") is
  the speaker's accusation (derive/ballots.py); a wrong denied, feared or a toll is not;
* an act said to break a rule or harm the peace, warned of, denied or told of no wrong is no criticism (the rule
  that coded such acts was taken out at the merge: docs/stories.md "verbs60").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.code.rules import CodeRules

PUB = dt.date(2021, 3, 9)


def _typed(pipeline: Any, text: str, kind: str) -> list[tuple[str | None, str, list[str | None], list[str | None]]]:
    return [
        (e.cameo, e.event_text, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_events(pipeline, text, PUB)
        if e.event == kind
    ]


def test_charging_labels_are_label_only() -> None:
    rules = CodeRules.default()
    assert {"attack", "insulting", "unhelpful"} <= rules.charging_labels
    assert not {"attack", "insulting", "unhelpful"} & rules.condemning_words  # never a copular judgement
    assert rules.charging_labels <= rules.label_words and rules.condemning_words <= rules.label_words
    assert rules.label_codes["consenting_verbs"] == "120"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Warsaw recalled its ambassador from Minsk, calling the border raid an act of war.",
        "Quito expelled two Peruvian diplomats on Friday, calling the arrest of its consul a flagrant violation.",
    ],
)
def test_a_name_given_in_a_participle_is_a_charge_of_its_own(pipeline: Any, text: str) -> None:
    found = _typed(pipeline, text, "ACCUSE")
    assert any(trigger == "calling" for _, trigger, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader in Harare called the verdict an attack on democracy.",
        "Lisbon called the new fishing rules unhelpful.",
        "Oslo called the Danish decision insulting.",
        "Lima called the killing of the guards a cold-blooded murder.",
        "Ottawa called the envoy's remarks deeply offensive.",
    ],
)
def test_a_charging_label_is_a_criticism(pipeline: Any, text: str) -> None:
    found = _typed(pipeline, text, "ACCUSE")
    assert found and found[0][0] == "111", found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The alliance said the raid on the harbour was an attack on all its members.",
        "The ministry said the tone of the letter was insulting.",
        "Lisbon called for a new fishing agreement.",
        "The premier called the talks a success.",
    ],
)
def test_no_charge_outside_a_label(pipeline: Any, text: str) -> None:
    assert not _typed(pipeline, text, "ACCUSE"), text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Norway and Iceland applied to join the union on Tuesday, but Hungary said it would not approve the bids.",
            "HUN",
            "NOR",
        ),
        (
            "Peru granted asylum to the dissident on Monday, and Chile said it would not permit the man safe passage.",
            "CHL",
            None,
        ),
    ],
)
def test_the_speakers_own_refusal_is_a_rejection(pipeline: Any, text: str, actor: str, recipient: str | None) -> None:
    found = _typed(pipeline, text, "REJECT")
    assert found and found[0][0] == "120" and found[0][1] == "said", found
    assert actor in found[0][2], found
    assert recipient is None or recipient in found[0][3], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hungary said Austria would not approve the bids.",  # another party's refusal, reported
        "The ministry said it had not approved the licences.",  # a past fact, no refusal now
        "The ministry said it would approve the licences.",  # no refusal at all
        "The ministry did not say it would not approve the licences.",  # the telling negated
    ],
)
def test_no_rejection_without_the_speakers_own_refusal(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "REJECT") if f[1] == "said"], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition in Accra said the ballot was marred by massive fraud.",
        "The generals said they had acted because of fraud in a May election that the governing party won.",
        "The runoff, which monitors said was marred by widespread irregularities, returned the president to power.",
    ],
)
def test_cheating_told_of_a_ballot_is_an_accusation(pipeline: Any, text: str) -> None:
    found = _typed(pipeline, text, "ACCUSE")
    assert found and found[0][0] == "112" and found[0][1] == "said", found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Observers said there was no fraud in the vote.",  # a wrong denied
        "The commission said the poll would be marred by fraud.",  # a fear, not a charge
        "Police said violence in the election left 20 dead.",  # a toll, no cheating
        "The monitors did not say the count was marred by fraud.",  # the telling negated
    ],
)
def test_no_accusation_without_cheating_told(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "ACCUSE") if f[1] == "said"], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Seoul said the dam would violate the accord.",  # a warning of a wrong to come
        "The ministry said the plan violated no law.",  # a wrong denied
        "Seoul denied that the dam violated the accord.",  # a denial
        "The minister said the treaty had strengthened peace in the region.",  # no wrong
    ],
)
def test_no_criticism_without_a_wrong_done(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "ACCUSE") if f[1] in {"said", "denied"}], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry in Tokyo said the missile test could not be tolerated.",
        "Canberra said it could not tolerate the bombing of its embassy.",
    ],
)
def test_an_act_not_tolerated_is_condemned(pipeline: Any, text: str) -> None:
    found = _typed(pipeline, text, "ACCUSE")
    assert found and found[0][0] == "111" and found[0][1] == "said", found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army said the rebels were hiding in the hills.",  # hiding oneself
        "Damascus said it was hiding nothing.",  # the speaker's own, and nothing
        "Canberra said it would tolerate the protest.",  # no refusal
        "Officials said the storm surge had undermined the dykes.",  # no one's act
    ],
)
def test_no_charge_in_these(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "ACCUSE") if f[1] == "said"], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a plan explained by the name given, the speaker's own act named
        "The president said Washington would halt its joint exercises with the South, calling them provocative.",
        # one rejection, the name its reason
        "Baghdad rejected the resolution on Friday, calling it illegal.",
        # hung on a reported clause: the clause's subject would be taken for the speaker
        "Hollande said on Saturday that the militants had carried out the raids on the city, calling it an act of war.",
        # a natural force named, no party's act
        "The president said the country would send 3,000 troops to the region, calling the outbreak a threat to "
        "global security.",
    ],
)
def test_a_name_given_that_only_explains_the_act(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "ACCUSE") if f[1] == "calling"], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The premier said she would not allow the nation to be split apart.",  # a harm vowed to be stopped
        "The president said he would not sign the budget bill.",  # his own bill: no consent refused
    ],
)
def test_no_rejection_for_a_vow_or_the_speakers_own_act(pipeline: Any, text: str) -> None:
    assert not [f for f in _typed(pipeline, text, "REJECT") if f[1] == "said"], text
