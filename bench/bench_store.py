"""Benchmark (not a test): write throughput of the store, PostgreSQL vs SQLite, on the same coded articles.

    nice -n 10 .venv/bin/python bench/bench_store.py [--repeat 50] [--rounds 3] [--pg postgresql://...]

The bundled sample articles are copied ``--repeat`` times with distinct ids and coded once; then
each round writes all of them into a fresh SQLite file and a fresh PostgreSQL database (batches of
``--batch-size`` articles, one commit each, as ``newsevents code`` does) and runs the same writes
again (every article already stored: the idempotency check alone). Without ``--pg`` a throw-away
server is started from Debian's postgresql package (tests/pgserver.py) on a loopback port, with
fsync on (SQLite runs as the store opens it: WAL, synchronous=NORMAL).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from newsevents.code.coder import CODER
from newsevents.identity import fingerprint
from newsevents.pipeline import Pipeline
from newsevents.read import read_inputs
from newsevents.records import Article, CodedArticle
from newsevents.store.db import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"


def _write(db: str, coded: list[CodedArticle], config: str, batch: int) -> float:
    t0 = time.perf_counter()
    with Store(db) as store:
        for start in range(0, len(coded), batch):
            for c in coded[start : start + batch]:
                store.write(c, CODER, config)
            store.commit()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=50, help="copies of each sample article")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--pg", help="a PostgreSQL server URL whose user may create databases (default: a throw-away one)")
    args = ap.parse_args()

    base = [a for a in read_inputs([str(SAMPLES)]) if isinstance(a, Article)]
    articles = [replace(a, id=f"{a.id}-{i}") for i in range(args.repeat) for a in base]
    pipeline = Pipeline()
    coded = list(pipeline.pipe(articles))
    config = fingerprint(pipeline.res)
    n_events = sum(len(c.events) for c in coded)

    sys.path.insert(0, str(ROOT / "tests"))
    from pgserver import PgServer

    server = None if args.pg else PgServer.start(durable=True)
    admin = args.pg if server is None else server.url()
    import psycopg

    times: dict[str, list[float]] = {"sqlite": [], "postgresql": [], "sqlite again": [], "postgresql again": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for r in range(args.rounds):
                sqlite_db = str(Path(tmp) / f"bench{r}.db")
                name = f"newsevents_bench_{r}"
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {name}")
                    conn.execute(f"CREATE DATABASE {name}")
                pg_db = admin.rsplit("/", 1)[0] + "/" + name
                times["sqlite"].append(_write(sqlite_db, coded, config, args.batch_size))
                times["postgresql"].append(_write(pg_db, coded, config, args.batch_size))
                times["sqlite again"].append(_write(sqlite_db, coded, config, args.batch_size))
                times["postgresql again"].append(_write(pg_db, coded, config, args.batch_size))
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE {name}")
    finally:
        if server is not None:
            server.stop()

    n = len(coded)
    print(f"articles: {n}  events: {n_events}  batch: {args.batch_size}  rounds: {args.rounds} (median)")
    for key, values in times.items():
        t = statistics.median(values)
        print(f"{key:17s} {n / t:8.1f} articles/s  {n_events / t:8.1f} events/s  ({t:.2f} s)")
    ratio = statistics.median(times["sqlite"]) / statistics.median(times["postgresql"])
    print(f"PostgreSQL ÷ SQLite write throughput: {ratio:.2f}")


if __name__ == "__main__":
    main()
