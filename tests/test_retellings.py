"""The dedupe stage merges the retellings the coder linked; the participants' record stands the
attack told before for the phrase that names it. No model needed."""

from __future__ import annotations

from dataclasses import replace

from newsevents.dedupe.merge import apply_retellings
from newsevents.progress import ActorPhrase, Cast, Discourse
from newsevents.records import ActorRef, Event, Retelling, Source

ISR = ActorRef("Israeli jets", "Israel", "ISRMIL", "ISR", "MIL", "country:ISR")
PSE = ActorRef("Palestinians", "Palestine", "PSE", "PSE", None, "country:PSE")


def _event(sentence: int, start: int, text: str, date: str, precision: str = "day") -> Event:
    return Event(
        id=Event.make_id("a", sentence, start, start + len(text), "190"),
        article_id="a",
        sentence_index=sentence,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        date_text=None if precision == "publication" else date,
        event="ASSAULT",
        mode=None,
        context=(),
        cameo="190",
        cameo_root="19",
        quad_code=4,
        goldstein=-10.0,
        modality="asserted",
        actor=(ISR,),
        recipient=(),
        event_loc=None,
        event_text=text,
        text="",
        start_char=start,
        end_char=start + len(text),
        source=Source(None, None, "2024-06-12", None),
        confidence=0.8,
        reasons=("pattern",),
        coder="test",
        coded_date="2024-06-13",
        mentions=((sentence, start, start + len(text)),),
    )


def test_a_linked_retelling_is_merged_into_the_event_it_tells_again() -> None:
    attack = _event(0, 13, "bombed", "2024-06-12", "publication")
    other = replace(_event(1, 40, "shelled", "2024-06-11"), actor=(PSE,))
    telling = replace(_event(2, 80, "killed", "2024-06-10"), recipient=(PSE,))
    merged = apply_retellings([attack, other, telling], [Retelling(telling.id, attack.id)])
    assert [e.id for e in merged] == [attack.id, other.id]  # the telling leaves, the attack keeps its place
    first = merged[0]
    assert first.date == "2024-06-10" and first.date_precision == "day"  # dated by the telling with a date
    assert first.recipient == (PSE,) and first.mentions == attack.mentions + telling.mentions
    # nothing linked: nothing merged
    assert apply_retellings([attack, telling], []) == [attack, telling]


def test_the_attack_told_before_stands_for_the_phrase_that_names_it() -> None:
    cast = Cast(
        token_i=3,
        phrases=(ActorPhrase((), (), retold="The strike"), ActorPhrase((PSE,), ("actor 'Palestinians': ...",))),
        discourse=Discourse(),
    )
    assert cast.retells and cast.actors == (PSE,)
    attack = _event(0, 13, "bombed", "2024-06-12")
    actors, why = cast.with_attack(attack)
    assert actors == [ISR, PSE]
    assert why[0] == "actor 'The strike' = the attack told before ('bombed')"
    assert cast.with_attack(None) == ([PSE], ["actor 'Palestinians': ..."])
