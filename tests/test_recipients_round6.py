"""Whom an event is aimed at (issues 11 and 12, sixth session), each mechanism on sentences
written for this test (none taken from a gold or blind set), with traps: a judgement of an act
told before it in its sentence ("condemned the move", "called it an act of war"), what an act
takes its actor out of ("pulled out of Mali", "out of the deal with Iran", not the city an accord
is named after), and an attack on a "what" clause ("struck what it called militant sites in
Lebanon": the sites, not whose words they are)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 14)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Ecuador recognised the breakaway region as independent on Monday, and Colombia condemned the move.",
         "condemned", {"ECU"}),
        ("Indian jets shot down a Pakistani drone on Tuesday, and Islamabad called it an act of war.", "called",
         {"IND"}),
        ("Lithuania expelled three Russian diplomats on Monday, and Moscow denounced the decision as hostile.",
         "denounced", {"LTU"}),
        # another body of the same state: its own government's act
        ("Colombia recognised the breakaway region on Monday, and Colombia's senate condemned the move.", "condemned",
         {"COL"}),
    ],
)  # fmt: skip
def test_a_judgement_of_the_act_told_before_in_its_sentence(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("what '" in r and "refers to" in r for r in e.reasons)


def test_a_judgement_before_the_act_is_not_of_it(pipeline: Any) -> None:
    """Only an act told before the judged phrase is what it refers to."""
    text = "Colombia condemned the move on Monday, hours before Ecuador recognised the breakaway region."
    judged = [e for e in code_events(pipeline, text, PUB) if e.event_text == "condemned"]
    assert judged
    assert all("ECU" not in country_set(e.recipient) for e in judged)


def test_it_in_a_later_sentence_is_not_the_act_before(pipeline: Any) -> None:
    """'it' refers back to an act only within its own sentence; in a later one it may be a thing."""
    text = "Chad closed its border with Sudan on Monday. On Tuesday Libya called it a useful step."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "called"]
    assert not any("told before in the sentence" in r for e in events for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("French troops began pulling out of Mali on Thursday.", "pulling", {"MLI"}),
        ("President Donald Trump on Friday pulled his country out of the arms treaty with Russia.", "pulled",
         {"RUS"}),
        ("Britain pulled out of the talks with Argentina on Monday.", "pulled", {"ARG"}),
        ("Israel started pulling its settlers out of the West Bank on Sunday.", "pulling", {"PSE"}),
    ],
)  # fmt: skip
def test_what_an_act_takes_its_actor_out_of(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


def test_the_place_an_accord_is_named_after_is_no_party(pipeline: Any) -> None:
    e = _one(pipeline, "The United States pulled out of the Paris climate accord on Thursday.", "pulled")
    assert "FRA" not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "speaker"),
    [
        ("Turkish jets bombed what Ankara said were rebel camps in northern Iraq on Sunday.", "bombed", {"IRQ"},
         "TUR"),
        ("Israel struck what it called militant sites in Lebanon on Sunday.", "struck", {"LBN"}, "ISR"),
        ("Russian ships fired cruise missiles at what Moscow said were arms depots in western Ukraine and a "
         "fuel plant in Moldova on Friday.", "fired", {"UKR", "MDA"}, "RUS"),
    ],
)  # fmt: skip
def test_an_attack_on_what_someone_called_a_target(
    pipeline: Any, text: str, trigger: str, recipient: set, speaker: str
) -> None:
    """The target is what the clause names; whose words they are is no recipient."""
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert speaker not in country_set(e.recipient)


def test_a_what_clause_naming_no_place_names_no_one(pipeline: Any) -> None:
    e = _one(pipeline, "Indian jets struck what New Delhi described as terrorist hideouts on Tuesday.", "struck")
    assert "IND" not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("West African leaders gave Mali's junta two weeks on Sunday to hand over power, and imposed trade sanctions "
         "on the country.", "imposed", {"MLI"}),
        ("Estonian officials said on Friday that Moscow had cut off gas deliveries to the republic overnight.",
         "cut off", {"EST"}),
        ("Chinese warships sailed near Taiwan on Monday, and Beijing warned the island against a vote on independence.",
         "warned", {"TWN"}),
    ],
)  # fmt: skip
def test_the_country_refers_to_the_country_named_before(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("the country named before it" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("France said on Monday it would impose sanctions on the country.", "impose", "FRA"),  # no other country
        ("Russian officials said on Friday that Moscow had cut off gas deliveries to the republic.", "cut off", "RUS"),
    ],
)
def test_the_country_is_never_the_actors_own(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    e = _one(pipeline, text, trigger)
    assert actor not in country_set(e.recipient)
    assert not any("the country named before it" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Greece protested on Monday against the detention of two Greek soldiers by Turkey.", "protested", {"TUR"}),
        ("Pakistan condemned the killing of Kashmiri protesters by Indian troops on Friday.", "condemned", {"IND"}),
        ("Russia on Tuesday accepted a peace plan proposed by France.", "accepted", {"FRA"}),
        ("Kenya rejected the demands by Somali rebels on Friday.", "rejected", {"SOM"}),
    ],
)
def test_an_act_named_with_its_agent_is_aimed_at_the_agent(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("the agent of '" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The union rejected the offer by road on Tuesday.", "rejected"),  # a means, not a party
        ("Yeltsin on Monday denounced the seizure of power by the army as a coup.", "denounced"),  # no country
    ],
)
def test_an_agent_that_names_no_party_is_not_taken(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]
    assert events
    assert not any("the agent of '" in r for e in events for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Peruvian President Pedro Castillo dissolved the congress on Wednesday. Peruvian opposition figures "
         "condemned the step as a coup.", "condemned", {"PER"}),
        ("Colombian rebels attacked an army post on Sunday. Colombia's president condemned the attack.", "condemned",
         {"COL"}),
    ],
)  # fmt: skip
def test_a_judgement_across_the_line_between_state_and_people(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    """Of the same country, an act of the state judged by people outside it, or the reverse."""
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("(told before)" in r for r in e.reasons)


def test_a_state_judging_its_own_states_act_told_before_is_not_linked(pipeline: Any) -> None:
    """Both sides state institutions of one country: no guess that the act before is the one judged."""
    text = (
        "Venezuelan police arrested ten opposition activists on Monday. "
        "Venezuela's foreign minister condemned the arrests."
    )
    e = _one(pipeline, text, "condemned")
    assert not any("(told before)" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Bosnian Serb units overran the U.N. safe area of Bihac on Saturday.", "overran", {"BIH"}),
        ("Rebel fighters overran the U.N.-protected enclave of Tuzla on Tuesday.", "overran", {"BIH"}),
    ],
)
def test_an_attack_on_a_named_place_is_aimed_at_its_state(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    """A body that only qualifies the place's name ("U.N. safe area") does not hide the place."""
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) - {None} == recipient
    assert any("the state of the place attacked" in r for r in e.reasons)


def test_a_body_at_a_place_stays_the_target(pipeline: Any) -> None:
    """'the U.N. compound in Gaza City' is the U.N.'s, not the place's state."""
    e = _one(pipeline, "Israeli jets bombed the U.N. compound in Gaza City on Monday.", "bombed")
    assert not any("the state of the place attacked" in r for r in e.reasons)
    assert "PSE" not in country_set(e.recipient)


def test_a_country_named_in_a_size_is_not_what_troops_pull_out_of(pipeline: Any) -> None:
    e = _one(pipeline, "Peruvian troops pulled out of a Belgium-sized area of northern Peru on Saturday.", "pulled")
    assert "BEL" not in country_set(e.recipient)


def test_who_drafted_what_is_signed_is_no_agent_recipient(pipeline: Any) -> None:
    """Only judgements, demands, protests and intents take the agent of the act or plan they name."""
    text = "Five Andean presidents signed a regional trade plan drafted by Chilean President Ricardo Lagos on Friday."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "signed"]
    assert events
    assert not any("the agent of '" in r for e in events for r in e.reasons)


def test_the_other_side_is_not_an_act_told_before(pipeline: Any) -> None:
    text = "Georgia declared martial law on Sunday after clashes with Abkhazia, with each side blaming the other."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "blaming"]
    assert not any("told before" in r for e in events for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Fierce fighting broke out in Bamako on Saturday between Mali's army and a rival army faction.",
        "Heavy fighting broke out in Mogadishu on Saturday between Somalia's army and Islamist militias.",
    ],
)
def test_a_fight_between_its_actors_is_not_aimed_at_their_place(pipeline: Any, text: str) -> None:
    """Both sides are actors; the people of their own country's town where they fight are no target."""
    e = _one(pipeline, text, "fighting")
    assert len(e.actor) >= 2
    assert not any("the people of the event's place" in r for r in e.reasons)
    assert not e.recipient


def test_one_attacker_in_a_foreign_place_still_hits_its_people(pipeline: Any) -> None:
    e = _one(pipeline, "Russian troops shelled the city of Kharkiv on Monday.", "shelled")
    assert country_set(e.recipient) == {"UKR"}


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Syrian forces detained two Turkish journalists on Friday, and Turkey demanded their immediate release.",
         "demanded", {"SYR"}),
        ("Canada arrested a senior Chinese executive on Monday, and China demanded that she be released immediately.",
         "demanded", {"CAN"}),
        ("Rebels kidnapped three Japanese engineers in the Niger Delta on Sunday. Tokyo appealed for their release.",
         "appealed", {"NGA"}),
    ],
)  # fmt: skip
def test_a_release_is_asked_of_the_captor_told_before(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("whose captives' release is asked" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no release asked
        ("Syrian forces detained two Turkish journalists on Friday, and Turkey demanded an apology.", "demanded"),
        # the captors themselves ask for the release of others
        ("Syrian forces detained two Turkish journalists on Friday and demanded the release of Syrian prisoners.",
         "demanded"),
    ],
)  # fmt: skip
def test_no_captor_without_a_release_asked_of_another(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]
    assert events
    assert not any("whose captives' release is asked" in r for e in events for r in e.reasons)


def test_a_role_word_lent_the_places_country_is_no_party_of_the_place(pipeline: Any) -> None:
    """'police' beside foreign troops takes the place's country only by default: the landing is still aimed at it."""
    e = _one(pipeline, "New Zealand troops and police landed in Tonga on Thursday to restore order.", "landed")
    assert country_set(e.recipient) == {"TON"}


def test_the_country_where_it_happens_or_after_a_list_is_not_resolved(pipeline: Any) -> None:
    text = (
        "Belarus broke off relations with Poland, Lithuania and Latvia on Friday after NATO drones "
        "struck targets across the country."
    )
    e = _one(pipeline, text, "struck")
    assert not any("the country named before it" in r for r in e.reasons)
    assert "LVA" not in country_set(e.recipient)
