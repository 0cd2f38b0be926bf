"""One act told again in a later sentence of the same article merges into the first telling
(dedupe/merge.py ``retelling``); two real acts stay two. Hand-built events, no model needed: each
test states the article the events stand for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.dedupe.cluster_config import default_config
from newsevents.dedupe.merge import merge_events, retelling, second_act
from newsevents.records import ActorRef, Event, EventLocation, Source

CFG = default_config()
PUB = "2024-03-06"

ARMY = ActorRef("Zambian soldiers", "Zambia", "ZMBMIL", "ZMB", "MIL", "country:ZMB")
GOVT = ActorRef("the Zambian government", "Zambia", "ZMBGOV", "ZMB", "GOV", "country:ZMB")
LEADER = ActorRef("Hakainde Hichilema", "Hakainde Hichilema", "ZMBOPP", "ZMB", "OPP", "person:hakainde-hichilema")
OTHER = ActorRef("Nevers Mumba", "Nevers Mumba", "ZMBOPP", "ZMB", "OPP", "person:nevers-mumba")
PROTESTERS = ActorRef("protesters", None, "ZMBOPP", "ZMB", "OPP", "sector:OPP")
CROWD = ActorRef("the crowd", None, "CVL", None, "CVL", "sector:CVL")
STUDENTS = ActorRef("students", None, "ZMBEDU", "ZMB", "EDU", "sector:EDU")
SOLDIERS = ActorRef("soldiers", None, "ZMBMIL", "ZMB", "MIL", "sector:MIL")
STATE = ActorRef("", "Zambia", "ZMBGOV", "ZMB", "GOV", "country:ZMB")  # an agentless passive's state: no words
ISR = ActorRef("Israeli jets", "Israel", "ISRMIL", "ISR", "MIL", "country:ISR")
PSE = ActorRef("Hamas fighters", "Hamas", "PSEREB", "PSE", "REB", "org:hamas")
MODI = ActorRef("Narendra Modi", "Narendra Modi", "INDGOV", "IND", "GOV", "person:narendra-modi")
ISHIBA = ActorRef("Shigeru Ishiba", "Shigeru Ishiba", "JPNGOV", "JPN", "GOV", "person:shigeru-ishiba")
LEE = ActorRef("Lee Jae-myung", "Lee Jae-myung", "KORGOV", "KOR", "GOV", "person:lee-jae-myung")

LUSAKA = EventLocation("Lusaka", "Lusaka", 909137, -15.41, 28.29, "ZM", None, "P", "PPLC", "city", "city")
NDOLA = EventLocation("Ndola", "Ndola", 901344, -12.96, 28.64, "ZM", None, "P", "PPLA", "city", "city")


def ev(
    sentence: int,
    text: str,
    trigger: str,
    *,
    cameo: str = "173",
    event: str = "COERCE",
    actor: tuple[ActorRef, ...] = (ARMY,),
    recipient: tuple[ActorRef, ...] = (LEADER,),
    date: str = PUB,
    precision: str = "publication",
    date_text: str | None = None,
    modality: str = "asserted",
    loc: EventLocation | None = LUSAKA,
) -> Event:
    start = 100 * sentence + max(text.find(trigger), 0)
    return Event(
        id=Event.make_id("a", sentence, start, start + len(trigger), cameo),
        article_id="a",
        sentence_index=sentence,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        date_text=date_text,
        event=event,
        mode=None,
        context=(),
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_code=4,
        goldstein=-5.0,
        modality=modality,  # type: ignore[arg-type]
        actor=actor,
        recipient=recipient,
        event_loc=loc,
        event_text=trigger,
        text=text,
        start_char=start,
        end_char=start + len(trigger),
        source=Source(None, None, PUB, None),
        confidence=0.8,
        reasons=("pattern",),
        coder="test",
        coded_date=PUB,
        mentions=((sentence, start, start + len(trigger)),),
    )


LEAD = ev(
    0,
    "Zambian soldiers detained opposition leader Hakainde Hichilema in Lusaka on Monday.",
    "detained",
    date="2024-03-04",
    precision="day",
    date_text="on Monday",
)


def merged(*events: Event) -> list[Event]:
    return merge_events(list(events), CFG)


# -- one act told again: merged -------------------------------------------------------------------


def test_a_detail_paragraph_without_a_date_is_the_act_of_the_lead() -> None:
    # three sentences on: not the toll rule's "up to two sentences after"
    held = ev(3, "Hichilema was being held at a barracks outside Lusaka, his lawyer said.", "held", actor=())
    out = merged(LEAD, held)
    assert len(out) == 1
    one = out[0]
    assert one.mentions == LEAD.mentions + held.mentions
    assert one.date == "2024-03-04" and one.date_precision == "day"  # the lead's own date stays
    assert any("told again as 'held' in sentence 3" in r for r in one.reasons)


def test_an_undated_lead_takes_the_date_of_the_telling_that_has_one() -> None:
    lead = replace(LEAD, date=PUB, date_precision="publication", date_text=None)
    dated = ev(
        3,
        "Soldiers had detained Hichilema on Monday night.",
        "detained",
        date="2024-03-04",
        precision="day",
        date_text="on Monday night",
    )
    one = merged(lead, dated)
    assert len(one) == 1
    assert (one[0].date, one[0].date_precision, one[0].date_text) == ("2024-03-04", "day", "on Monday night")


def test_a_party_no_words_name_neither_conflicts_nor_matches() -> None:
    # "Hichilema was detained": the coder takes the state for the agentless passive's actor
    held = ev(1, "Hichilema was held overnight.", "held", actor=(STATE,))
    assert retelling(LEAD, held, CFG)


def test_protesters_and_the_crowd_may_be_one_party_but_the_army_and_the_government_not() -> None:
    storm = ev(
        0,
        "Protesters stormed the parliament in Lusaka on Monday.",
        "stormed",
        event="PROTEST",
        cameo="1451",
        actor=(PROTESTERS,),
        recipient=(GOVT,),
        date="2024-03-04",
        precision="day",
        date_text="on Monday",
    )
    again = ev(
        2,
        "Police fired on the crowd trying to storm the parliament.",
        "storm",
        event="PROTEST",
        cameo="1451",
        actor=(CROWD,),
        recipient=(GOVT,),
    )
    assert retelling(storm, again, CFG)
    by_government = replace(ev(2, "The government held Hichilema in Lusaka.", "held"), actor=(GOVT,))
    assert retelling(LEAD, by_government, CFG) is None  # the army and the government act apart


def test_an_agreement_signed_and_signed_again_by_its_signatories_is_one_act() -> None:
    agreed = ev(
        0,
        "India and Japan signed a defence pact in Tokyo on Tuesday.",
        "signed",
        event="AGREE",
        cameo="057",
        actor=(MODI, ISHIBA),
        recipient=(),
        date="2024-03-05",
        precision="day",
        date_text="on Tuesday",
    )
    signed = ev(
        1,
        "The pact was signed by Narendra Modi and Shigeru Ishiba.",
        "signed",
        event="AGREE",
        cameo="057",
        actor=(MODI, ISHIBA),
        recipient=(),
    )
    assert len(merged(agreed, signed)) == 1


# -- two acts: kept apart -------------------------------------------------------------------------


def test_two_acts_on_two_days_stay_two() -> None:
    tuesday = ev(
        2,
        "Soldiers detained Hichilema again on Tuesday.",
        "detained",
        date="2024-03-05",
        precision="day",
        date_text="on Tuesday",
    )
    tuesday_plain = replace(tuesday, text="Soldiers detained Hichilema on Tuesday.")
    assert len(merged(LEAD, tuesday_plain)) == 2


def test_two_people_detained_are_two_acts() -> None:
    other = ev(1, "Soldiers detained Nevers Mumba in Lusaka.", "detained", recipient=(OTHER,))
    assert len(merged(LEAD, other)) == 2


def test_a_second_act_told_with_also_another_or_again_stays_apart() -> None:
    for text, trigger in (
        ("Soldiers also detained Hichilema's deputy.", "detained"),
        ("Hichilema was detained again at the airport.", "detained"),
        ("In another raid, troops detained Hichilema's aides.", "raid"),
    ):
        later = ev(2, text, trigger, recipient=(LEADER,))
        assert second_act(later), text
        assert len(merged(LEAD, later)) == 2, text
    # "more than" counts people, it does not tell a second act
    toll = ev(2, "The army held more than 20 opposition figures with Hichilema.", "held")
    assert second_act(toll) is None


def test_acts_of_one_kind_with_other_codes_stay_apart() -> None:
    # a coup told in steps: seizing power (170) and detaining the leader (173) are two acts
    seized = ev(
        0,
        "Zambian soldiers seized power in Lusaka on Monday.",
        "seized",
        cameo="170",
        recipient=(GOVT,),
        date="2024-03-04",
        precision="day",
        date_text="on Monday",
    )
    detained = ev(1, "Soldiers detained the president.", "detained", recipient=(GOVT,))
    assert len(merged(seized, detained)) == 2


def test_the_same_act_in_two_cities_is_two_acts() -> None:
    ndola = ev(2, "Soldiers detained Hichilema in Ndola.", "detained", loc=NDOLA)
    assert len(merged(LEAD, ndola)) == 2


def test_an_attack_and_the_answer_to_it_stay_apart() -> None:
    strike = ev(
        0,
        "Israeli jets struck Gaza on Tuesday.",
        "struck",
        event="ASSAULT",
        cameo="190",
        actor=(ISR,),
        recipient=(PSE,),
        date="2024-03-05",
        precision="day",
        date_text="on Tuesday",
        loc=None,
    )
    answer = ev(
        1,
        "Hamas fighters struck Israeli positions in response.",
        "struck",
        event="ASSAULT",
        cameo="190",
        actor=(PSE,),
        recipient=(ISR,),
        loc=None,
    )
    assert len(merged(strike, answer)) == 2


def test_a_later_telling_that_names_a_party_the_first_left_out_is_another_act() -> None:
    arrests = ev(
        0,
        "Police made arrests in Lusaka on Monday.",
        "arrests",
        recipient=(),
        date="2024-03-04",
        precision="day",
        date_text="on Monday",
    )
    students = ev(1, "Police arrested students at the university.", "arrested", recipient=(STUDENTS,))
    assert len(merged(arrests, students)) == 2


def test_two_tellings_each_with_its_own_date_words_stay_apart() -> None:
    morning = ev(
        0,
        "Soldiers detained Hichilema on Friday morning.",
        "detained",
        date="2024-03-01",
        precision="day",
        date_text="on Friday morning",
    )
    afternoon = ev(
        2,
        "On Friday afternoon soldiers detained Hichilema.",
        "detained",
        date="2024-03-01",
        precision="day",
        date_text="On Friday afternoon",
        actor=(SOLDIERS,),
    )
    assert len(merged(morning, afternoon)) == 2


def test_two_undated_tellings_need_the_same_word() -> None:
    held = ev(0, "Hichilema was held by soldiers.", "held")
    arrested = ev(2, "Soldiers arrested Hichilema.", "arrested", actor=(SOLDIERS,))
    assert len(merged(held, arrested)) == 2
    held_again = ev(2, "Hichilema is held by soldiers in a military camp.", "held", actor=(SOLDIERS,))
    assert len(merged(held, held_again)) == 1


def test_a_planned_act_and_the_act_stay_apart() -> None:
    planned = ev(2, "The army said it would detain Hichilema.", "detain", modality="future")
    assert len(merged(LEAD, planned)) == 2


def test_meetings_with_a_third_party_on_each_side_stay_apart() -> None:
    tokyo = ev(
        0,
        "Modi met Ishiba on Friday.",
        "met",
        event="CONSULT",
        cameo="040",
        actor=(MODI,),
        recipient=(ISHIBA,),
        date="2024-03-01",
        precision="day",
        date_text="on Friday",
        loc=None,
    )
    seoul = ev(2, "Modi met Lee.", "met", event="CONSULT", cameo="040", actor=(MODI,), recipient=(LEE,), loc=None)
    assert len(merged(tokyo, seoul)) == 2


@pytest.mark.parametrize("precision", ["month", "day"])
def test_a_date_the_first_telling_excludes_keeps_them_apart(precision: str) -> None:
    last_year = ev(
        2,
        "Soldiers detained Hichilema in 2023.",
        "detained",
        date="2023-05-10",
        precision=precision,
        date_text="in May 2023",
    )
    assert len(merged(LEAD, last_year)) == 2


def test_the_people_of_a_place_are_no_party_a_later_telling_may_not_add_to() -> None:
    capital = ActorRef("Lusaka", "Lusaka", "ZMB", "ZMB", None, "place:ZMB")
    riot = ev(
        0,
        "Rioters torched buildings in Lusaka on Friday.",
        "torched",
        event="PROTEST",
        cameo="145",
        actor=(PROTESTERS,),
        recipient=(capital,),
        date="2024-03-01",
        precision="day",
        date_text="on Friday",
    )
    police = ActorRef("police", None, "ZMBCOP", "ZMB", "COP", "sector:COP")
    station = ev(
        2,
        "The curfew came after crowds set fire to a police station.",
        "set",
        event="PROTEST",
        cameo="145",
        actor=(CROWD,),
        recipient=(police,),
    )
    assert retelling(riot, station, CFG) is None


def test_a_restatement_in_its_own_sentence_comes_before_a_retelling_of_an_earlier_one() -> None:
    police = ActorRef("police", None, "ZMBCOP", "ZMB", "COP", "sector:COP")
    text = "Crowds set fire to a police station and looted shops."
    set_fire = ev(2, text, "set", event="PROTEST", cameo="145", actor=(CROWD,), recipient=(police,))
    looted = replace(
        ev(2, text, "looted", event="PROTEST", cameo="145", actor=(CROWD,), recipient=()),
        start_char=250,
        end_char=256,
        mentions=((2, 250, 256),),
    )
    riot = ev(
        0,
        "Rioters stormed the parliament in Lusaka on Tuesday.",
        "stormed",
        event="PROTEST",
        cameo="145",
        actor=(PROTESTERS,),
        recipient=(),
        date="2024-03-05",
        precision="day",
        date_text="on Tuesday",
    )
    assert retelling(riot, looted, CFG)  # alone, the looting could tell the riot again ...
    out = merged(riot, set_fire, looted)
    # ... but it is told with the arson, in its own sentence; the arson names a party the riot did not
    assert [[m[0] for m in e.mentions] for e in out] == [[0], [2, 2]]
    assert "merged with the telling 'looted' in sentence 2" in out[1].reasons[-1]


def test_a_statement_is_told_again_only_by_a_speaker_named_as_the_first() -> None:
    council = ActorRef("Zambia's ruling military council", "Zambia", "ZMBMIL", "ZMB", "MIL", "country:ZMB")
    forces = ActorRef("Forces", None, "ZMBMIL", "ZMB", "MIL", "sector:MIL")  # a name the knowledge base lacks
    scrapped = ev(
        0,
        "Zambia's ruling military council scrapped the deal on Tuesday.",
        "scrapped",
        event="REJECT",
        cameo="127",
        actor=(council,),
        recipient=(),
        date="2024-03-05",
        precision="day",
        date_text="on Tuesday",
    )
    rejected = ev(
        2,
        "The Forces for Change rejected the council's plan.",
        "rejected",
        event="REJECT",
        cameo="127",
        actor=(forces,),
        recipient=(),
    )
    assert retelling(scrapped, rejected, CFG) is None  # another speaker, told by a kind that merely agrees
    again = ev(
        3,
        "The council said it rejected the deal.",
        "rejected",
        event="REJECT",
        cameo="127",
        actor=(replace(council, entity_text="The council"),),
        recipient=(),
    )
    assert retelling(scrapped, again, CFG)
    # an act that is not a statement: soldiers named by their kind may tell the army's act again
    held = ev(3, "Soldiers held Hichilema at a barracks.", "held", actor=(SOLDIERS,))
    assert retelling(LEAD, held, CFG)
