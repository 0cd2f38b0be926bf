"""Benchmark of `newsevents serve` on a large database (not a test).

    nice -n 10 .venv/bin/python bench/bench_serve.py --events 1000000

Codes the bundled sample articles, replicates their rows (articles, sentences with their full
text index, events, event actors) with new ids and dates spread over ten years until the
database holds ``--events`` events, then reports:

- p50/p95 of five typical filtered API queries (in-process, through the whole app), and of a
  page deep in a cursor walk;
- the time to render the dashboard (and its map data, which the page fetches);
- a loopback load test: uvicorn in its own process, ``--clients`` concurrent httpx clients,
  ``--requests`` requests in all over the five queries; requests/s, errors, p50/p95.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"

QUERIES = {
    "first page (default modalities)": "/api/events?limit=100",
    "country=AFG": "/api/events?country=AFG&limit=100",
    "event=PROTEST, one year": "/api/events?event=PROTEST&since=2022-01-01&until=2022-12-31&limit=100",
    "cameo=19 (material conflict), all modalities": "/api/events?cameo=19&modality=all&limit=100",
    "q=ceasefire (sentence full text)": "/api/events?q=ceasefire&limit=100",
}


def code_samples(db: Path) -> None:
    from newsevents.pipeline import Pipeline
    from newsevents.read import ReadOptions
    from newsevents.run import code_inputs
    from newsevents.store.db import Store

    with Store(db) as store:
        code_inputs([str(p) for p in sorted(SAMPLES.glob("*.txt"))], store, Pipeline(), ReadOptions())


def replicate(db: Path, target: int, seed: int = 7) -> int:
    """Copies of the coded rows with new ids and shifted dates until ``target`` events."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA synchronous=OFF")
    articles = [dict(r) for r in conn.execute("SELECT * FROM articles")]
    sentences = [dict(r) for r in conn.execute("SELECT * FROM sentences")]
    events = [dict(r) for r in conn.execute("SELECT * FROM events")]
    actors = [dict(r) for r in conn.execute("SELECT * FROM event_actors")]
    have = len(events)
    copies = max(0, -(-(target - have) // len(events)))
    base = dt.date(2016, 1, 1)
    for i in range(copies):
        shift = rng.randrange(0, 3650)
        suffix = f"-r{i}"

        def moved(date: str | None, shift: int = shift) -> str | None:
            if not date:
                return date
            try:
                d = dt.date.fromisoformat(date[:10])
            except ValueError:
                return date
            return (base + dt.timedelta(days=(d.toordinal() + shift) % 3650)).isoformat()

        conn.executemany(
            "INSERT INTO articles VALUES (:id, :content_hash, :coder, :title, :text, :pub_date, :publisher, :url, "
            ":dateline, :source_name, :coded_at)",
            [{**a, "id": a["id"] + suffix, "pub_date": moved(a["pub_date"])} for a in articles],
        )
        conn.executemany(
            "INSERT INTO sentences VALUES (:article_id, :idx, :start_char, :end_char, :text)",
            [{**s, "article_id": s["article_id"] + suffix} for s in sentences],
        )
        rows = []
        for e in events:
            rec = json.loads(e["record"])
            rec["id"] = e["id"] + suffix
            rec["article_id"] = e["article_id"] + suffix
            rec["date"] = moved(rec["date"])
            rows.append(
                {
                    **e,
                    "id": rec["id"],
                    "article_id": rec["article_id"],
                    "date": rec["date"],
                    "record": json.dumps(rec, ensure_ascii=False),
                }
            )
        conn.executemany(
            "INSERT INTO events VALUES (:id, :article_id, :sentence_index, :date, :date_precision, :event, :mode, "
            ":cameo, :cameo_root, :quad_code, :goldstein, :modality, :event_text, :confidence, :record)",
            rows,
        )
        conn.executemany(
            "INSERT INTO event_actors VALUES (:event_id, :role, :position, :entity_text, :name, :code, :country, "
            ":sector, :kb_id, :actor_role)",
            [{**a, "event_id": a["event_id"] + suffix} for a in actors],
        )
        if i % 2000 == 1999:
            conn.commit()
            print(f"  {have + (i + 1) * len(events):,} events", file=sys.stderr, flush=True)
    conn.commit()
    conn.execute("DELETE FROM sentences_fts")
    conn.execute(
        "INSERT INTO sentences_fts (rowid, article_id, idx, text) SELECT rowid, article_id, idx, text FROM sentences"
    )
    conn.commit()
    n = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    conn.close()
    return n


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def timed(client: Any, url: str, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: {r.status_code} {r.text[:200]}")
    return out


def in_process(db: Path, rounds: int) -> None:
    from fastapi.testclient import TestClient

    from newsevents.serve import create_app

    client = TestClient(create_app(db))
    print(f"\nAPI queries, in process ({rounds} rounds each; ms)")
    print(f"{'query':48} {'rows':>5} {'p50':>8} {'p95':>8}")
    for name, url in QUERIES.items():
        rows = len(client.get(url).json()["events"])
        t = timed(client, url, rounds)
        print(f"{name:48} {rows:>5} {statistics.median(t):8.1f} {pct(t, 95):8.1f}")
    url, cursor = "/api/events?limit=100", None
    for _ in range(50):
        cursor = client.get(url + (f"&cursor={cursor}" if cursor else "")).json()["next"]
    t = timed(client, f"{url}&cursor={cursor}", rounds)
    print(f"{'page 51 of a cursor walk':48} {100:>5} {statistics.median(t):8.1f} {pct(t, 95):8.1f}")
    print("\nsummaries (ms): the first request computes, the next are served from the summary cache")
    print(f"{'page':48} {'':>5} {'first':>8} {'next p50':>8}")
    for name, url in {
        "dashboard / (HTML, all panels)": "/",
        "dashboard map data /api/map": "/api/map",
        "dashboard /?country=AFG": "/?country=AFG",
        "/api/stats?by=month": "/api/stats?by=month",
        "/api/dyads": "/api/dyads",
        "/events (HTML table, 50 rows)": "/events",
        "/events?country=AFG": "/events?country=AFG",
    }.items():
        t = timed(client, url, 6)
        print(f"{name:48} {'':>5} {t[0]:8.1f} {statistics.median(t[1:]):8.1f}")


async def load(base: str, clients: int, total: int) -> tuple[float, list[str], list[float]]:
    import httpx

    urls = list(QUERIES.values())
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(total))

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            t = time.perf_counter()
            url = urls[i % len(urls)]
            try:
                r = await client.get(base + url)
                if r.status_code != 200:
                    errors.append(f"{url}: {r.status_code} {r.text[:200]}")
            except httpx.HTTPError as e:
                errors.append(f"{url}: {type(e).__name__} {e}")
            latencies.append((time.perf_counter() - t) * 1000)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=120) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    return elapsed, errors, latencies


def load_test(db: Path, clients: int, total: int) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        elapsed, errors, lat = asyncio.run(load(f"http://127.0.0.1:{port}", clients, total))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"\nload test: {total} requests, {clients} concurrent clients, uvicorn (one process) on loopback")
    print(
        f"  {total / elapsed:.1f} requests/s, {len(errors)} errors, latency p50 {statistics.median(lat):.0f} ms, "
        f"p95 {pct(lat, 95):.0f} ms, wall {elapsed:.1f} s"
    )
    for e in sorted(set(errors))[:10]:
        print(f"  error: {e}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, help="keep the database here (default: a temporary folder)")
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--load-only", action="store_true", help="only the load test (on an existing --db)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            t = time.perf_counter()
            code_samples(db)
            n = replicate(db, args.events)
            size = db.stat().st_size / 1e9
            print(f"built {n:,} events in {time.perf_counter() - t:.0f} s ({size:.1f} GB): {db}")
        if not args.load_only:
            in_process(db, args.rounds)
        load_test(db, args.clients, args.requests)


if __name__ == "__main__":
    main()
