"""Helpers for tests that code one text of their own and look at its events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.records import ActorRef, Article, CodedArticle, Event


def code_events(pipeline: Any, text: str, pub_date: dt.date) -> list[Event]:
    """The events the pipeline codes from ``text`` published on ``pub_date``."""
    return list(pipeline.code(Article(id="t", text=text, pub_date=pub_date)).events)


def code_on(pipeline: Any, text: str, pub: str = "2024-06-12", dateline: str | None = None) -> list[Event]:
    """The events coded from ``text`` published on the ISO date ``pub`` (2024-06-12 unless given), with a dateline."""
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub), dateline=dateline)
    return list(pipeline.code(art).events)


def coded_triples(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    """(type, CAMEO code, trigger text) of each event coded from ``text`` (published 2024-06-12, no dateline)."""
    return [(e.event, e.cameo, e.event_text) for e in code_on(pipeline, text)]


def coded_types(pipeline: Any, text: str) -> list[str | None]:
    """The PLOVER type of each event coded from ``text`` (published 2024-06-12, no dateline), in order."""
    return [e[0] for e in coded_triples(pipeline, text)]


def events_of(pipeline: Any, text: str, event: str, pub_date: dt.date) -> list[Event]:
    """The events of PLOVER type ``event`` coded from ``text`` published on ``pub_date``."""
    return [e for e in code_events(pipeline, text, pub_date) if e.event == event]


def shown(pipeline: Any, text: str, pub_date: dt.date) -> list[tuple[str | None, str, str, str]]:
    """(type, CAMEO code, trigger text, modality) of each event coded from ``text`` published on ``pub_date``."""
    return [(e.event, e.cameo, e.event_text, e.modality) for e in code_events(pipeline, text, pub_date)]


def types_triggers(pipeline: Any, text: str, pub_date: dt.date = dt.date(2024, 6, 12)) -> list[tuple[str | None, str]]:
    """(type, trigger text) of each event coded from ``text`` published on ``pub_date``."""
    return [(e.event, e.event_text) for e in code_events(pipeline, text, pub_date)]


def types_cameos(pipeline: Any, text: str, pub_date: dt.date = dt.date(2024, 6, 12)) -> list[tuple[str | None, str]]:
    """(type, CAMEO code) of each event coded from ``text`` published on ``pub_date``."""
    return [(e.event, e.cameo) for e in code_events(pipeline, text, pub_date)]


def events_at(pipeline: Any, text: str, trigger: str, pub_date: dt.date) -> list[Event]:
    """The events coded from ``text`` (published on ``pub_date``) whose trigger text is ``trigger``."""
    return [e for e in code_events(pipeline, text, pub_date) if e.event_text == trigger]


def first_coded(pipeline: Any, text: str, cameo_root: str, pub_date: dt.date) -> Event:
    """The first event whose CAMEO code starts with ``cameo_root`` (fails, listing the events, otherwise)."""
    events = code_events(pipeline, text, pub_date)
    found = [e for e in events if e.cameo.startswith(cameo_root)]
    assert found, [(e.cameo, e.event_text) for e in events]
    return found[0]


def one_event(pipeline: Any, text: str, trigger: str, pub_date: dt.date) -> Event:
    """The one event whose trigger text is ``trigger`` (fails, listing the events, otherwise)."""
    events = code_events(pipeline, text, pub_date)
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in events]
    return found[0]


def last_event_on(pipeline: Any, text: str, trigger: str, pub_date: dt.date) -> Event:
    """The last event whose trigger text contains ``trigger`` (fails when there is none)."""
    events = [e for e in code_events(pipeline, text, pub_date) if trigger in e.event_text]
    assert events, f"no event on '{trigger}'"
    return events[-1]


def country_set(refs: tuple[Any, ...]) -> set[str | None]:
    return {r.country for r in refs}


def phrase_refs(kb: Any, text: str, day: str) -> list[ActorRef]:
    """What the knowledge base resolves ``text`` to on the ISO date ``day``."""
    return list(kb.resolve_phrase(text, dt.date.fromisoformat(day)))


def phrase_one(kb: Any, text: str, day: str) -> ActorRef:
    """The one actor ``text`` resolves to on ``day`` (fails, listing them, otherwise)."""
    refs = phrase_refs(kb, text, day)
    assert len(refs) == 1, (text, refs)
    return refs[0]


def event_starting(coded: CodedArticle, trigger: str) -> Event:
    """The first event of ``coded`` whose trigger text starts with ``trigger``."""
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def place_name(e: Event) -> str | None:
    """The resolved name of the event's place (None when it has none)."""
    return e.event_loc.resolved_place if e.event_loc is not None else None


def place_and_country(e: Event) -> tuple[str | None, str | None]:
    """(resolved place name, its country) of the event's place, (None, None) when it has none."""
    loc = e.event_loc
    return (loc.resolved_place, loc.country_code) if loc is not None else (None, None)
