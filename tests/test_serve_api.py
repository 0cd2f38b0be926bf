"""`newsevents serve`: the JSON API against a database coded from the tests' own articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import serve_db  # noqa: E402
from newsevents.errors import NewseventsError  # noqa: E402
from newsevents.serve import create_app  # noqa: E402
from newsevents.serve.filters import PARAMS  # noqa: E402
from newsevents.store.db import DEFAULT_MODALITIES, EventFilter, Store  # noqa: E402
from newsevents.store.export import write_records  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSEVENTS_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        pipeline = request.getfixturevalue("pipeline")
        yield serve_db.build(tmp_path_factory.mktemp("serve") / "events.db", pipeline)


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _export(db: Path, flt: EventFilter, fmt: str = "plover") -> str:
    out = io.StringIO()
    with Store(db, readonly=True) as store:
        write_records(store.query_events(flt), fmt, out)
    return out.getvalue()


def _all_pages(client: TestClient, query: str, limit: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    url = f"/api/events?{query}&limit={limit}"
    while True:
        r = client.get(url)
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["events"]) <= limit
        rows += body["events"]
        if body["next"] is None:
            return rows
        url = f"/api/events?{query}&limit={limit}&cursor={body['next']}"


def test_api_rows_are_the_exported_rows_in_pages(client: TestClient, db: Path) -> None:
    exported = [json.loads(line) for line in _export(db, EventFilter()).splitlines()]
    assert len(exported) >= 8
    assert _all_pages(client, "modality=all", 3) == exported
    default = [json.loads(line) for line in _export(db, EventFilter(modalities=DEFAULT_MODALITIES)).splitlines()]
    assert _all_pages(client, "", 1000) == default


def test_streamed_csv_and_jsonl_are_the_export(client: TestClient, db: Path) -> None:
    flt = EventFilter(country="UKR", modalities=DEFAULT_MODALITIES)
    jsonl = client.get("/api/events.jsonl?country=UKR")
    assert jsonl.status_code == 200 and jsonl.text == _export(db, flt)
    assert jsonl.text.count("\n") >= 1
    every = client.get("/api/events.csv?modality=all")
    assert every.text == _export(db, EventFilter(), "csv")
    assert len(list(csv.DictReader(io.StringIO(every.text)))) >= 8
    empty = client.get("/api/events.csv?country=ZZZ")
    assert empty.status_code == 200 and empty.text.count("\n") == 1  # the header alone


def _countries(rec: dict[str, Any], role: str) -> set[str]:
    return {a.get("country") for a in rec[role]} - {None}


def _loc(r: dict[str, Any]) -> dict[str, Any]:
    return r.get("event_loc") or {}


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("country=UKR", lambda r: "UKR" in _countries(r, "actor") | _countries(r, "recipient")),
        ("actor_country=ind", lambda r: "IND" in _countries(r, "actor")),
        ("recipient_country=UKR", lambda r: "UKR" in _countries(r, "recipient")),
        ("cameo=1", lambda r: r["cameo"].startswith("1")),
        ("quad=4", lambda r: r["quad_code"] == 4),
        ("since=2024-01-01", lambda r: (r["date"] or "") >= "2024-01-01"),
        ("until=2023-12", lambda r: bool(r["date"]) and r["date"][:7] <= "2023-12"),
        ("q=Kharkiv", lambda r: "Kharkiv" in r["text"]),
        ("article_id=t-kenya", lambda r: r["article_id"] == "t-kenya"),
        ("modality=future,hypothetical", lambda r: r["modality"] in {"future", "hypothetical"}),
        (
            "bbox=30,-10,40,5",
            lambda r: _loc(r).get("lat") is not None and 30 <= _loc(r)["lon"] <= 40 and -10 <= _loc(r)["lat"] <= 5,
        ),
    ],
)
def test_filters_keep_only_matching_events(client: TestClient, query: str, check: Any) -> None:
    everything = client.get("/api/events?modality=all&limit=1000").json()["events"]
    extra = "" if query.startswith("modality") else "&modality=all"
    rows = client.get(f"/api/events?{query}{extra}&limit=1000").json()["events"]
    assert [r["id"] for r in rows] == [r["id"] for r in everything if check(r)]
    if not query.startswith("modality"):
        assert rows, f"the test articles should give events for {query}"


def test_cluster_filter_gives_the_events_of_one_cluster(client: TestClient) -> None:
    everything = client.get("/api/events?modality=all&limit=1000").json()["events"]
    clustered = [r for r in everything if r["cluster_id"]]
    assert clustered, "the test database is clustered"
    cid = clustered[0]["cluster_id"]
    rows = client.get(f"/api/events?cluster_id={cid}&modality=all").json()["events"]
    assert [r["id"] for r in rows] == [r["id"] for r in everything if r["cluster_id"] == cid]
    assert client.get("/api/events?cluster_id=x'%20OR%201=1").status_code == 400


def test_event_filter_matches_plover_type(client: TestClient) -> None:
    first = client.get("/api/events?modality=all&limit=1").json()["events"][0]
    rows = client.get(f"/api/events?event={first['event'].lower()}&modality=all").json()["events"]
    assert rows and all(r["event"] == first["event"] for r in rows)


def test_one_event_one_article_and_404s(client: TestClient) -> None:
    rec = client.get("/api/events?article_id=t-kenya&limit=1").json()["events"][0]
    assert client.get(f"/api/events/{rec['id']}").json() == rec
    art = client.get("/api/articles/t-kenya").json()
    assert art["publisher"] == "Test Wire" and art["pub_date"] == "2025-03-14"
    assert {m["kind"] for m in art["mentions"]} >= {"actor", "date", "place"}
    for m in art["mentions"]:
        assert art["text"][m["start_char"] : m["end_char"]] == m["text"]
    assert any(e["id"] == rec["id"] for e in art["events"])
    for url in ("/api/events/ev-nope", "/api/articles/nope", "/api/no-such-route"):
        r = client.get(url)
        assert r.status_code == 404
        assert r.json()["error"]["status"] == 404 and r.json()["error"]["message"]
    assert client.get("/events/ev-nope").status_code == 404
    assert "text/html" in client.get("/events/ev-nope").headers["content-type"]


def test_cursor_paging_is_stable_when_events_are_added(db: Path, pipeline: object, tmp_path: Path) -> None:
    from newsevents.records import Article

    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    client = TestClient(create_app(copy))
    first = client.get("/api/events?modality=all&limit=2").json()
    assert first["next"]
    extra = [
        Article(id="t-early", text="Chile recalled its ambassador from Peru on Monday.", pub_date=dt.date(2001, 5, 9)),
        Article(id="t-late", text="Chile recalled its ambassador from Peru on Monday.", pub_date=dt.date(2030, 5, 9)),
    ]
    serve_db.write(copy, pipeline, extra)
    rest = client.get(f"/api/events?modality=all&limit=1000&cursor={first['next']}").json()["events"]
    full = [r["id"] for r in client.get("/api/events?modality=all&limit=1000").json()["events"]]
    assert any(r["article_id"] == "t-late" for r in rest)  # a new event after the cursor is served
    assert not any(r["article_id"] == "t-early" for r in rest)  # one before it does not shift the page
    assert [r["id"] for r in rest] == full[full.index(first["events"][-1]["id"]) + 1 :]


@pytest.mark.parametrize(
    "query",
    [
        "since=2024-02-30",
        "since=yesterday",
        "until=2024-1-1",
        "since=2025-01-01&until=2024-01-01",
        "country=AFG'%20OR%201=1--",
        "country=;DROP%20TABLE%20events",
        "event=ASSAULT'--",
        "cameo=19%25",
        "quad=5",
        "modality=sure",
        "bbox=1,2,3",
        "bbox=10,0,0,10",
        "q=%22%2B%2A",
        "actor=x');DROP%20TABLE%20events;--",
        "article_id=a'b",
    ],
)
def test_bad_parameters_are_4xx_with_one_shape(client: TestClient, query: str, db: Path) -> None:
    for path in ("/api/events", "/api/stats", "/api/dyads", "/api/map", "/api/events.csv"):
        r = client.get(f"{path}?{query}")
        assert 400 <= r.status_code < 500, (path, query, r.text)
        err = r.json()["error"]
        assert err["status"] == r.status_code and isinstance(err["message"], str) and err["message"]
    page = client.get(f"/events?{query}")
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    with Store(db, readonly=True) as store:
        assert store.counts()["events"] >= 8


@pytest.mark.parametrize(
    "query", ["limit=-1", "limit=0", "limit=1001", "limit=ten", "cursor=junk", "cursor=WyJ4Il0", "cursor=%00"]
)
def test_bad_paging_is_4xx(client: TestClient, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 400 and r.json()["error"]["message"].startswith(query.split("=")[0])
    assert client.get(f"/events?{query}").status_code == 400


def test_sql_and_fts_syntax_in_words_is_plain_text(client: TestClient, db: Path) -> None:
    for q in ['" OR "', "Kharkiv') OR 1=1 --", "NEAR(Kharkiv shelled)", "Kharkiv*"]:
        r = client.get("/api/events", params={"q": q, "modality": "all"})
        assert r.status_code == 200, q
        assert all("Kharkiv" in e["text"] for e in r.json()["events"])
    with Store(db, readonly=True) as store:
        assert store.counts()["events"] >= 8


def test_stats_dyads_actors(client: TestClient) -> None:
    events = client.get("/api/events?limit=1000").json()["events"]
    stats = client.get("/api/stats?by=month&group=quad").json()
    assert sum(c["count"] for c in stats["counts"]) == sum(1 for e in events if e["date"])
    assert all(len(c["period"]) == 7 for c in stats["counts"])
    assert client.get("/api/stats?by=fortnight").status_code == 400
    dyads = client.get("/api/dyads").json()["dyads"]
    assert dyads and dyads == sorted(dyads, key=lambda d: -d["count"])
    pairs = {
        ((e["actor"][0].get("code") or e["actor"][0].get("name")), (e["recipient"][0].get("code")))
        for e in events
        if e["actor"] and e["recipient"]
    }
    assert (dyads[0]["actor"], dyads[0]["recipient"]) in pairs
    actors = client.get("/api/actors?q=ukr").json()["actors"]
    assert actors and all("ukr" in (a["code"] + (a["name"] or "")).lower() for a in actors)
    assert client.get("/api/actors?q=%25").status_code == 200  # a LIKE wildcard is a plain character


def test_post_articles_needs_the_token(db: Path, pipeline: object, tmp_path: Path) -> None:
    readonly = TestClient(create_app(db))
    article = {"id": "t-posted", "text": "Chile recalled its ambassador from Peru on Monday.", "date": "2025-01-08"}
    r = readonly.post("/api/articles", json=article)
    assert r.status_code == 403 and r.json()["error"]["status"] == 403
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    with pytest.raises(NewseventsError, match="needs a pipeline"):
        create_app(copy, token="s3cret")
    writable = TestClient(create_app(copy, token="s3cret", pipeline=pipeline))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
        r = writable.post("/api/articles", json=article, headers=headers)
        assert r.status_code == 401, headers
    ok = {"Authorization": "Bearer s3cret"}
    assert writable.post("/api/articles", content=b"{not json", headers=ok).status_code == 400
    assert writable.post("/api/articles", json=[1, 2], headers=ok).status_code == 400
    r = writable.post("/api/articles", json=article, headers=ok)
    assert r.status_code == 200 and r.json()["articles"] == 1
    assert writable.get("/api/articles/t-posted").status_code == 200
    again = writable.post("/api/articles", json=[article], headers=ok).json()
    assert again["articles"] == 0 and again["unchanged"] == 1
    assert readonly.get("/api/articles/t-posted").status_code == 404  # the original database is untouched


def test_pages_escape_hostile_text_and_send_a_csp(client: TestClient) -> None:
    page = client.get(f"/articles/{serve_db.HOSTILE_ID}")
    assert page.status_code == 200
    assert "<script>document" not in page.text and "&lt;script&gt;document.title" in page.text
    assert "<img src=x" not in page.text and "<b>Bold</b>" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for url in ("/", "/events", "/events?country=FRA&modality=all", "/docs", "/actors/FRA"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>document" not in r.text
        assert "<script>" not in r.text  # every script has a src
    hostile = client.get(f"/api/events?article_id={serve_db.HOSTILE_ID}&modality=all").json()["events"]
    for e in hostile:
        assert "<script>" not in client.get(f"/events/{e['id']}").text


def test_the_event_page_says_how_its_place_was_found(client: TestClient) -> None:
    placed = [e for e in client.get("/api/events?modality=all&limit=1000").json()["events"] if e["event_loc"]]
    assert placed and all(e["event_loc"].get("step") for e in placed)
    for e in placed[:3]:
        assert f"how found: {e['event_loc']['step']}" in client.get(f"/events/{e['id']}").text


def test_health_and_openapi(client: TestClient) -> None:
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["events"] >= 8
    schema = client.get("/openapi.json").json()
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert set(PARAMS) | {"limit", "cursor"} <= params


_value = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["AFG", "ukr", "2024-01-01", "2024-13", "1", "-5", "all", "' OR 1=1 --", '"', "%", "NEAR("]),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["/api/events", "/api/stats", "/api/dyads", "/api/map", "/api/actors", "/events", "/"]),
    params=st.dictionaries(st.sampled_from([*PARAMS, "limit", "cursor", "by", "group"]), _value, max_size=4),
)
def test_fuzzed_query_parameters_never_give_a_5xx(client: TestClient, path: str, params: dict[str, str]) -> None:
    r = client.get(path, params=params)
    assert r.status_code < 500, (path, params, r.text[:300])
    if r.status_code >= 400 and path.startswith("/api"):
        assert r.json()["error"]["status"] == r.status_code


def test_serve_command_binds_loopback_and_needs_a_database(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsevents.cli.main import cli

    runner = CliRunner()
    usage = runner.invoke(cli, ["serve", "--help"])
    assert usage.exit_code == 0 and "127.0.0.1" in usage.output and "--token" in usage.output
    missing = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no database" in missing.output


def test_timeline_fills_empty_periods_and_stacks_quads() -> None:
    from newsevents.serve.charts import all_periods, timeline

    assert all_periods(["2024-01", "2024-04"], "month") == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert all_periods(["2024-02-28", "2024-03-01"], "day") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    assert all_periods(["2024-W01", "2024-W03"], "week") == ["2024-W01", "2024-W02", "2024-W03"]
    rows = [{"period": "2024", "group": 1, "count": 3}, {"period": "2024", "group": 4, "count": 1}]
    rows.append({"period": "2026", "group": 4, "count": 2})
    chart = timeline(rows, "year")
    assert chart.periods == 3 and chart.max_count == 4
    assert [b.cls for b in chart.bars] == ["q1", "q4", "q4"]
    tallest = sum(b.h for b in chart.bars[:2])
    assert abs(tallest - 2 * chart.bars[2].h) < 0.05  # 4 events stand twice as high as 2


def test_dense_and_sparse_filter_plans_give_the_same_events(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsevents.serve import queries

    urls = [
        "/api/events?country=UKR&modality=all",
        "/api/events?actor_country=IND&modality=all",
        "/api/events?recipient_country=UKR&modality=all",
        "/api/events?q=Kharkiv%20shelled&modality=all",
        "/api/events?country=UKR&q=aid&modality=all",
    ]
    sparse = [client.get(u).json()["events"] for u in urls]
    monkeypatch.setattr(queries, "DENSE", 0)  # every country and word filter counts as dense
    dense = [client.get(u).json()["events"] for u in urls]
    assert dense == sparse
    assert all(sparse[:4])


def test_summary_cache_sees_writes(tmp_path: Path) -> None:
    from newsevents.serve.cache import SummaryCache

    db = tmp_path / "x.db"
    db.write_bytes(b"one")
    cache = SummaryCache(str(db))
    calls: list[int] = []
    assert cache.get("k", lambda: calls.append(1) or 1) == 1
    assert cache.get("k", lambda: calls.append(2) or 2) == 1 and calls == [1]
    db.write_bytes(b"one more")  # a write changes the signature
    assert cache.get("k", lambda: calls.append(3) or 3) == 3
