"""The application: ``create_app(db_path, token=None)`` gives a FastAPI app over one event database.

GETs open the database read-only, one connection per request. ``POST /api/articles`` codes and
stores articles through the same reading, pipeline and idempotency as `newsevents code`, and
only with the token the server was started with. Every 4xx of the API has one JSON shape:
``{"error": {"status": 400, "message": "..."}}``.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
import tempfile
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from newsevents import __version__
from newsevents.errors import NewseventsError, QueryError, StoreError
from newsevents.serve import queries
from newsevents.serve.cache import SummaryCache
from newsevents.serve.deps import FiltersDep, cursor_param, found, open_store
from newsevents.serve.filters import Filters, parse_limit
from newsevents.serve.pages import router
from newsevents.store.db import MIGRATIONS, Store, db_path
from newsevents.store.export import write_records

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
MAX_POST_BYTES = 5_000_000
API_PREFIXES = ("/api/", "/health", "/openapi.json")

ASGIApp = Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]


class SecurityHeaders:
    """Adds the Content-Security-Policy (no inline script) and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def _ensure_schema(path: Path) -> None:
    """A database from before the server's migration is upgraded once (indexes, sentence search)."""
    if not path.exists():
        raise StoreError(f"no database at {path}: run `newsevents code` first (or pass --db)")
    with Store(path, readonly=True) as store:
        try:
            version = store.schema_version()
        except sqlite3.Error as e:
            raise StoreError(f"{path} is not a newsevents database: {e}") from e
    if version < MIGRATIONS[-1][0]:
        Store(path).close()  # opening for writing applies the missing migrations


def create_app(db: str | Path, token: str | None = None, pipeline: Any = None) -> FastAPI:
    """The server over database ``db``; ``token`` enables POST /api/articles, coded with
    ``pipeline`` (a :class:`newsevents.Pipeline`; its model loads on the first post)."""
    if token and pipeline is None:
        raise NewseventsError("a server that accepts articles (token) needs a pipeline to code them with")
    path = db_path(db)
    _ensure_schema(path)
    app = FastAPI(
        title="newsevents",
        version=__version__,
        description="Coded political events: filter, page, export, and read the evidence.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = str(path)
    app.state.token = token
    app.state.pipeline = pipeline
    app.state.write_lock = threading.Lock()
    app.state.cache = SummaryCache(str(path))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    app.state.templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(SecurityHeaders)
    _errors(app)
    _api(app)
    app.include_router(router)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIXES)


def _errors(app: FastAPI) -> None:
    def page_or_json(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if _is_api(request):
            return _error(status, message, headers)
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "message": message, "title": f"Error {status}"},
            status_code=status,
        )

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return page_or_json(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return page_or_json(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return page_or_json(request, exc.status_code, message, dict(exc.headers or {}))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error(503, str(exc))


def _download(request: Request, f: Filters, fmt: str, media_type: str, filename: str) -> StreamingResponse:
    """Every event ``f`` matches in the export format ``fmt``, streamed as the file ``filename``."""
    return StreamingResponse(
        _stream(request.app.state.db, f, fmt),
        media_type=f"{media_type}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def _stream(path: str, f: Filters, fmt: str) -> Iterator[str]:
    import io

    first = True
    for batch in queries.all_pages(path, f):
        buf = io.StringIO()
        write_records(batch, fmt, buf)
        text = buf.getvalue()
        if fmt == "csv" and not first:
            text = text.split("\n", 1)[1]  # the export's header, written once
        first = False
        yield text
    if first and fmt == "csv":
        buf = io.StringIO()
        write_records([], "csv", buf)
        yield buf.getvalue()


def _api(app: FastAPI) -> None:
    @app.get("/health", tags=["meta"])
    def health(request: Request) -> dict[str, Any]:
        with open_store(request) as store:
            return {"status": "ok", "version": __version__, "schema": store.schema_version(), **store.counts()}

    @app.get("/api/events", tags=["events"])
    def list_events(
        request: Request,
        f: FiltersDep,
        limit: Annotated[str | None, Query(description="Events per page, 1-1000 (default 100)")] = None,
        cursor: Annotated[str | None, Query(description="The 'next' of the previous page")] = None,
    ) -> dict[str, Any]:
        """Events as the PLOVER export writes them, in its order, one page at a time (keyset)."""
        n, key = parse_limit(limit), cursor_param(cursor)
        with open_store(request) as store:
            p = queries.page(store, f, n, key)
        return {"events": p.events, "next": p.next}

    @app.get("/api/events.csv", tags=["events"], response_class=StreamingResponse)
    def events_csv(request: Request, f: FiltersDep) -> StreamingResponse:
        """Every matching event as the CSV export writes it, streamed."""
        return _download(request, f, "csv", "text/csv", "events.csv")

    @app.get("/api/events.jsonl", tags=["events"], response_class=StreamingResponse)
    def events_jsonl(request: Request, f: FiltersDep) -> StreamingResponse:
        """Every matching event as the PLOVER JSON Lines export writes it, streamed."""
        return _download(request, f, "plover", "application/x-ndjson", "events.jsonl")

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(request: Request, event_id: str) -> dict[str, Any]:
        with open_store(request) as store:
            rec = queries.event(store, event_id)
        return found(rec, f"event {event_id!r}")

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(request: Request, article_id: str) -> dict[str, Any]:
        with open_store(request) as store:
            art = queries.article(store, article_id)
        return found(art, f"article {article_id!r}")

    @app.get("/api/actors", tags=["actors"])
    def list_actors(
        request: Request,
        q: Annotated[str | None, Query(description="Part of a code, name, text or kb id", max_length=100)] = None,
        limit: Annotated[str | None, Query(description="At most this many (1-1000, default 50)")] = None,
    ) -> dict[str, Any]:
        n = parse_limit(limit, 50)
        with open_store(request) as store:
            return {"actors": queries.actors(store, q, n)}

    @app.get("/api/stats", tags=["summaries"])
    def get_stats(
        request: Request,
        f: FiltersDep,
        by: Annotated[str, Query(description="day, week, month or year")] = "day",
        group: Annotated[str, Query(description="quad, event or country (of the first actor)")] = "quad",
    ) -> dict[str, Any]:
        if by not in queries.PERIODS:
            raise QueryError(f"by: expected one of {', '.join(queries.PERIODS)}, got {by[:20]!r}")
        if group not in queries.GROUPS:
            raise QueryError(f"group: expected one of {', '.join(queries.GROUPS)}, got {group[:20]!r}")
        key = ("stats", tuple(sorted(f.params().items())), by, group)
        with open_store(request) as store:
            counts = request.app.state.cache.get(key, lambda: queries.stats(store, f, by, group))
        return {"by": by, "group": group, "counts": counts}

    @app.get("/api/dyads", tags=["summaries"])
    def get_dyads(
        request: Request,
        f: FiltersDep,
        limit: Annotated[str | None, Query(description="At most this many pairs (default 20)")] = None,
    ) -> dict[str, Any]:
        n = parse_limit(limit, 20)
        key = ("dyads", tuple(sorted(f.params().items())), n)
        with open_store(request) as store:
            return {"dyads": request.app.state.cache.get(key, lambda: queries.dyads(store, f, n))}

    @app.get("/api/map", tags=["summaries"])
    def get_map(request: Request, f: FiltersDep) -> dict[str, Any]:
        """Event locations as points, and events per location country (ISO 3166 numeric)."""
        key = ("map", tuple(sorted(f.params().items())))
        with open_store(request) as store:
            result: dict[str, Any] = request.app.state.cache.get(key, lambda: queries.map_data(store, f))
        return result

    @app.post("/api/articles", tags=["articles"], status_code=200)
    async def post_articles(request: Request) -> Response:
        """Code and store articles (a JSON object or a list of them, fields as in JSON Lines input).
        Needs ``Authorization: Bearer TOKEN`` with the token the server was started with."""
        expected: str | None = request.app.state.token
        if not expected:
            return _error(403, "read-only server: start it with --token (or $NEWSEVENTS_TOKEN) to accept articles")
        given = request.headers.get("authorization", "")
        if not given.startswith("Bearer ") or not hmac.compare_digest(given[7:].encode(), expected.encode()):
            return _error(
                401, "missing or wrong token (send 'Authorization: Bearer TOKEN')", {"WWW-Authenticate": "Bearer"}
            )
        body = await request.body()
        if len(body) > MAX_POST_BYTES:
            return _error(413, f"body over {MAX_POST_BYTES} bytes: send fewer articles a request")
        try:
            payload = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            return _error(400, f"body is not JSON: {e}")
        items = payload if isinstance(payload, list) else [payload]
        if not items or not all(isinstance(i, dict) for i in items):
            return _error(400, "expected a JSON object (an article) or a non-empty list of them")
        return JSONResponse(await run_in_threadpool(_code, request.app, items))


def _code(app: FastAPI, items: list[dict[str, Any]]) -> dict[str, Any]:
    from newsevents.read import ReadOptions
    from newsevents.run import code_inputs

    with app.state.write_lock:
        with tempfile.TemporaryDirectory(prefix="newsevents-post-") as tmp:
            src = Path(tmp) / "posted.jsonl"
            src.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
            with Store(app.state.db) as store:
                summary = code_inputs([str(src)], store, app.state.pipeline, ReadOptions())
    return {
        "articles": summary.articles,
        "unchanged": summary.unchanged,
        "events": summary.events,
        "problems": [str(p).replace(str(src), "request") for p in summary.problems],
        "failures": [f"{f.article_id}: {f.reason}" for f in summary.failures],
    }
