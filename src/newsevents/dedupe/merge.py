"""Stage: dedupe. One real-world event told several times in an article becomes one event.

Two events merge when they have the same PLOVER type, the same actors and recipients, and the
same date and modality; within one sentence, the same type and actors suffice ("swept into
Kabul ... and gained control over the Afghan capital" is one assault); an attack with no attacker
named, on people of the same countries, told up to two sentences after an attack, is its toll. The merged event keeps
the first telling's fields and every telling's sentence and offsets in ``mentions``.

Before that, the retellings the coder linked ("the strike hit a market", told after an airstrike)
are merged into the event they tell again (``apply_retellings``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.records import ActorRef, Event, Retelling
from newsevents.work import Resources, StageFunc, Work, register


def _actors(refs: tuple[ActorRef, ...]) -> frozenset[tuple[str | None, str | None, str | None]]:
    return frozenset(r.key() for r in refs)


def _toll(attack: Event, ev: Event) -> bool:
    """'More than 20 people were wounded' right after an airstrike on Chad: the toll of the attack
    told before (same type, no attacker named, its targets' countries among the attack's, at most
    two sentences later), not a second attack."""
    countries = {r.country for r in ev.recipient if r.country}
    return (
        not ev.actor
        and bool(attack.actor)
        and ev.event == attack.event
        and ev.modality == attack.modality
        and 0 <= ev.sentence_index - attack.sentence_index <= 2
        and bool(countries)
        and countries <= {r.country for r in attack.recipient if r.country}
    )


def merge_events(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for ev in events:
        for i, k in enumerate(kept):
            same_dyad = k.event == ev.event and _actors(k.actor) == _actors(ev.actor)
            same_sentence = same_dyad and k.sentence_index == ev.sentence_index and k.modality == ev.modality
            restated = (
                same_dyad
                and _actors(k.recipient) == _actors(ev.recipient)
                and k.date == ev.date
                and k.modality == ev.modality
            )
            if same_sentence or restated or _toll(k, ev):
                recipients = k.recipient or ev.recipient
                kept[i] = replace(
                    k,
                    recipient=recipients,
                    event_loc=k.event_loc or ev.event_loc,
                    mentions=k.mentions + ev.mentions,
                    reasons=k.reasons + (f"merged with the telling '{ev.event_text}' in sentence {ev.sentence_index}",),
                )
                break
        else:
            kept.append(ev)
    return kept


@register("dedupe", requires=("events", "retellings"), sets=("events",))
def make_dedupe(res: Resources) -> StageFunc:
    return dedupe


def dedupe(work: Work) -> None:
    work.events[:] = merge_events(apply_retellings(work.events, work.retellings))


def apply_retellings(events: Sequence[Event], links: Sequence[Retelling]) -> list[Event]:
    """Each linked telling merged into the event it tells again (in the order they were linked),
    in that event's place; the telling itself leaves the list."""
    out = list(events)
    for link in links:
        told = next((i for i, e in enumerate(out) if e.id == link.telling_id), None)
        at = next((i for i, e in enumerate(out) if e.id == link.event_id), None)
        if told is None or at is None or told == at:
            continue
        out[at] = retold(out[at], out[told])
        del out[told]
    return out


def retold(attack: Event, event: Event) -> Event:
    """'The attack killed 12 people', 'the strike hit a market on Tuesday': the attack told before,
    told again; one event with both mentions, dated by the telling that has a date."""
    dated = attack.date_precision == "publication" and event.date_precision not in {"publication", "unknown"}
    src = event if dated else attack
    return replace(
        attack,
        recipient=attack.recipient or event.recipient,
        date=src.date,
        date_precision=src.date_precision,
        date_text=src.date_text,
        end_date=src.end_date,
        event_loc=attack.event_loc or event.event_loc,
        mentions=attack.mentions + event.mentions,
        reasons=(*attack.reasons, f"told again as '{event.event_text}' in sentence {event.sentence_index}"),
    )
