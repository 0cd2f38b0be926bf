"""What every request of the server needs: its filters and a read-only connection."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request

from newsevents.serve.filters import Filters, decode_cursor, parse_filters
from newsevents.store.db import Store


def filters_dep(
    country: Annotated[str | None, Query(description="ISO3 country of an actor or recipient, e.g. AFG")] = None,
    actor_country: Annotated[str | None, Query(description="ISO3 country of an actor")] = None,
    recipient_country: Annotated[str | None, Query(description="ISO3 country of a recipient")] = None,
    actor: Annotated[str | None, Query(description="Actor name, code, text, kb id or country")] = None,
    recipient: Annotated[str | None, Query(description="Recipient name, code, text, kb id or country")] = None,
    event: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 19 or 0256")] = None,
    quad: Annotated[str | None, Query(description="Quad class 1-4")] = None,
    modality: Annotated[
        str | None, Query(description="Comma-separated modalities or 'all' (default: asserted,future)")
    ] = None,
    since: Annotated[str | None, Query(description="Event date on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(description="Event date on or before (YYYY[-MM[-DD]])")] = None,
    q: Annotated[str | None, Query(description="Words that must all occur in the event's sentence")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north of the event location")] = None,
    article_id: Annotated[str | None, Query(description="Events of one article")] = None,
    cluster_id: Annotated[
        str | None, Query(description="Events of one cluster (the same event told elsewhere)")
    ] = None,
) -> Filters:
    return parse_filters(
        {
            "country": country,
            "actor_country": actor_country,
            "recipient_country": recipient_country,
            "actor": actor,
            "recipient": recipient,
            "event": event,
            "cameo": cameo,
            "quad": quad,
            "modality": modality,
            "since": since,
            "until": until,
            "q": q,
            "bbox": bbox,
            "article_id": article_id,
            "cluster_id": cluster_id,
        }
    )


FiltersDep = Annotated[Filters, Depends(filters_dep)]


def open_store(request: Request) -> Store:
    return Store(request.app.state.db, readonly=True)


T = TypeVar("T")


def found(record: T | None, what: str) -> T:
    """``record``, or a 404 saying there is no ``what`` (the thing and its key: ``f"event {event_id!r}"``)."""
    if record is None:
        raise HTTPException(404, f"no {what}")
    return record


def cursor_param(value: str | None) -> Any:
    return decode_cursor(value) if value else None
