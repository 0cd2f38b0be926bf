"""Choosing where an event happened among the article's place mentions.

A place counts as the event's location only when it stands in a locative phrase of the event's
predicate or its object, in the same clause (the frame's ``place_spans``). Places that are only
actors ("Moscow said"), origins, or the dateline are not locations. No location is better than a
wrong one: where nothing fits, the event has none, and the reason says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.records import EventLocation, Frame, Mention


def choose_location(frame: Frame, mentions: Iterable[Mention]) -> tuple[Mention | None, str]:
    places = [m for m in mentions if m.kind == "place" and m.place is not None]
    for span in frame.place_spans:
        for m in places:
            if span[0] <= m.start_char and m.end_char <= span[1]:
                return m, f"location '{m.text}' in a locative phrase of the predicate ({m.reason})"
    return None, "no resolved place in a locative phrase of the event's clause"


def event_location(m: Mention) -> EventLocation:
    p = m.place
    assert p is not None
    return EventLocation(
        m.text, p.name, p.geonameid, p.lat, p.lon, p.country_code, p.admin1, p.feature_class, p.feature_code, p.level
    )
