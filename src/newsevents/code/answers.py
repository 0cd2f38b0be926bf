"""Whom an act is aimed at when it names no one: a denial answers whoever accused the denier
("Ukraine accused Russian troops of the massacre; Moscow denied any involvement"; the codes that
answer are listed in data/code_rules.yaml, ``denying_codes``), and aid offered, pledged or given to
no one named goes to the country the story is datelined in ("BISHKEK - ... Moscow offered
humanitarian aid"; ``home_aid_roots``)."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.records import ActorRef, Event

ACCUSING_ROOT = "11"  # disapprove, accuse, blame (PLOVER ACCUSE)


def accuser_before(
    actors: Sequence[ActorRef], sentence: int, events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(the accusers, why) of the last accusation (CAMEO root 11) told in the article's last three
    sentences whose recipients include the denier (its country or the actor itself), else None."""
    own = {a.country for a in actors if a.country}
    keys = {a.key() for a in actors}
    if not own and not keys:
        return None
    for e in reversed(events):
        if not 0 <= sentence - e.sentence_index <= 3:
            break
        if e.cameo_root != ACCUSING_ROOT:
            continue
        accused = {r.country for r in e.recipient if r.country} & own or {r.key() for r in e.recipient} & keys
        accusers = [a for a in e.actor if a.country or a.code]
        if accused and accusers:
            return accusers, f"recipient: who accused the denier ('{e.event_text}', told before)"
    return None


def home_aided(actors: Sequence[ActorRef], home: str | None) -> tuple[list[ActorRef], str] | None:
    """(the dateline's country, why) as the recipient of aid that names no one, when that country is
    not the giver's own, else None."""
    if home is None or not actors or home in {a.country for a in actors}:
        return None
    why = f"recipient: aid to no one named, the dateline's country ({home})"
    return [ActorRef.people_of(home, home, why)], why
