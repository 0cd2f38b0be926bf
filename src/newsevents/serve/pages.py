"""The HTML pages (server-rendered, Jinja2 with autoescape): dashboard, events table, one event,
one article, one actor, and the API's documentation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsevents.serve import charts, queries
from newsevents.serve.deps import FiltersDep, cursor_param, found, open_store
from newsevents.serve.filters import MODALITIES, PARAMS, QUADS, parse_limit
from newsevents.serve.highlight import Span, article_spans, event_spans, segments

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, name, {"quads": QUADS, "modalities": MODALITIES, **context}, status_code=status
    )


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, f: FiltersDep) -> Response:
    cache = request.app.state.cache
    key = tuple(sorted(f.params().items()))
    with open_store(request) as store:
        c = cache.get(("counts", key), lambda: queries.counts(store, f))
        by = queries.auto_period(c["first_date"], c["last_date"])
        chart = charts.timeline(cache.get(("stats", key, by, "quad"), lambda: queries.stats(store, f, by, "quad")), by)
        top = cache.get(("dyads", key, 10), lambda: queries.dyads(store, f, 10))
        recent = queries.latest(store, f, 10)
    return _render(
        request,
        "dashboard.html",
        {"title": "Dashboard", "f": f, "counts": c, "by": by, "chart": chart, "dyads": top, "latest": recent},
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    f: FiltersDep,
    limit: Annotated[str | None, Query()] = None,
    cursor: Annotated[str | None, Query()] = None,
) -> Response:
    n, key = parse_limit(limit, 50), cursor_param(cursor)
    with open_store(request) as store:
        p = queries.page(store, f, n, key)
        total = queries.count(store, f)
    return _render(
        request,
        "events.html",
        {
            "title": "Events",
            "f": f,
            "events": p.events,
            "next": p.next,
            "total": total,
            "limit": n,
            "first_page": key is None,
        },
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Response:
    with open_store(request) as store:
        rec = found(queries.event(store, event_id), f"event {event_id!r}")
        sent = queries.sentence(store, rec["article_id"], rec["sentence_index"])
        others = []
        for idx, start, end in rec.get("mentions") or []:
            if idx == rec["sentence_index"]:
                continue
            s = queries.sentence(store, rec["article_id"], idx)
            if s:
                span = Span(start - s["start_char"], end - s["start_char"], "trigger", "trigger")
                others.append({"index": idx, "segments": segments(s["text"], [span])})
    start = sent["start_char"] if sent else 0
    return _render(
        request,
        "event.html",
        {
            "title": f"Event {rec['event'] or rec['cameo']}",
            "e": rec,
            "segments": segments(rec.get("text") or "", event_spans(rec, start)),
            "others": others,
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    with open_store(request) as store:
        art = found(queries.article(store, article_id), f"article {article_id!r}")
    return _render(
        request,
        "article.html",
        {
            "title": art["title"] or f"Article {article_id}",
            "a": art,
            "segments": segments(art["text"], article_spans(art)),
        },
    )


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str, f: FiltersDep) -> Response:
    with open_store(request) as store:
        info = queries.actor(store, code, f)
    if info["event_count"] == 0 and info["name"] is None:
        raise HTTPException(404, f"no actor with code {code!r} in any event")
    nodes, edges = charts.network(code, info["partners"])
    return _render(
        request,
        "actor.html",
        {
            "title": f"Actor {code}",
            "f": f,
            "a": info,
            "chart": charts.timeline(info["timeline"], info["by"]),
            "nodes": nodes,
            "edges": edges,
        },
    )


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> Response:
    schema = request.app.openapi()
    return _render(request, "docs.html", {"title": "API", "schema": schema, "params": PARAMS})
