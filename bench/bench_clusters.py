"""Benchmark (not a test): cross-article clustering time for 10,000 articles' events vs coding time.

    nice -n 10 .venv/bin/python bench/bench_clusters.py [--articles 10000] [--batch 32] [--rounds 3] [--profile F]

Coding time: `newsevents code`'s pipeline + store on the tuning articles (tests/data/clusters, short
wire stories; --inputs for others, e.g. the bundled samples), a few rounds, as articles per second.
Clustering: the coded events are replicated to --articles articles (each copy a week later, its
article text shuffled so copies are not near-duplicates of each other), written to a fresh store in
batches, and :func:`update_clusters` is timed after each batch, as `newsevents code` runs it. Prints
both times for the same number of articles, their ratio (wall and CPU time), and the process's
resident memory every 2,000 articles (flat memory: clustering keeps nothing per article in memory
between batches beyond a bounded cache).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from newsevents.code.coder import CODER
from newsevents.identity import fingerprint
from newsevents.pipeline import Pipeline
from newsevents.read import read_inputs
from newsevents.records import Article, CodedArticle, Event, Source
from newsevents.store.clusters import update_clusters
from newsevents.store.db import Store

TUNING = Path(__file__).resolve().parent.parent / "tests" / "data" / "clusters" / "articles.jsonl"


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    """The process's peak resident memory so far (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    return 0.0


def shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def replicate(coded: CodedArticle, k: int, rng: random.Random, same_text: bool = False) -> CodedArticle:
    """Copy k of a coded article: a new id, dates k weeks later, the text's words shuffled; with
    ``same_text``, the same text and dates (a near-duplicate of the first copy: its events are mentions
    of the original's, and every copy joins the same clusters)."""
    days = 0 if same_text else 7 * k
    a = coded.article
    words = a.text.split()
    if not same_text:
        rng.shuffle(words)
    aid = f"{a.id}-r{k}"
    art = dataclasses.replace(
        a, id=aid, text=" ".join(words), pub_date=a.pub_date + dt.timedelta(days=days) if a.pub_date else None
    )
    events = []
    for e in coded.events:
        src = e.source
        events.append(
            dataclasses.replace(
                e,
                id=Event.make_id(aid, e.sentence_index, e.start_char, e.end_char, e.cameo),
                article_id=aid,
                date=shift(e.date, days),
                end_date=shift(e.end_date, days),
                source=Source(src.publisher, src.url, shift(src.pub_date, days), src.dateline),
            )
        )
    return dataclasses.replace(coded, article=art, events=tuple(events))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3, help="coding rounds over the input articles")
    ap.add_argument("--inputs", nargs="*", default=[str(TUNING)], help="articles to code and replicate")
    ap.add_argument("--profile", metavar="FILE", help="cProfile the clustering calls into FILE (pstats)")
    ap.add_argument(
        "--same-texts",
        action="store_true",
        help="replicate with the same texts and dates (near-duplicates: clusters grow with the corpus)",
    )
    ap.add_argument("--report", type=int, default=2000, help="print progress every this many articles")
    args = ap.parse_args()
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU time
    base = [a for a in read_inputs(args.inputs) if isinstance(a, Article)]
    pipeline = Pipeline()
    pipeline.warm_up()
    pipeline.code(base[0])
    config = fingerprint(pipeline.res)

    with tempfile.TemporaryDirectory() as tmp:
        coded: list[CodedArticle] = []
        t0, c0 = time.perf_counter(), time.process_time()
        for r in range(args.rounds):
            with Store(Path(tmp) / f"code{r}.db") as store:
                round_coded = list(pipeline.pipe([dataclasses.replace(a, id=f"{a.id}-c{r}") for a in base]))
                for c in round_coded:
                    store.write(c, CODER, config)
                store.commit()
            coded = round_coded
        code_s = time.perf_counter() - t0
        code_cpu = time.process_time() - c0
        per_article = code_s / (args.rounds * len(base))
        coded = [
            dataclasses.replace(c, article=dataclasses.replace(c.article, id=a.id))
            for c, a in zip(coded, base, strict=True)
        ]
        coded = [
            dataclasses.replace(c, events=tuple(dataclasses.replace(e, article_id=c.article.id) for e in c.events))
            for c in coded
        ]
        print(
            f"coding: {len(base)} articles x {args.rounds} rounds in {code_s:.1f} s = {1 / per_article:.1f} articles/s"
        )

        rng = random.Random(1)
        store = Store(Path(tmp) / "clusters.db")
        cluster_s = write_s = cluster_cpu = 0.0
        events = 0
        done = 0
        k = 0
        batch: list[CodedArticle] = []
        print(f"rss at start: {rss_mb():.0f} MB")
        next_report = args.report
        window_cpu = 0.0
        window_batches = 0
        while done < args.articles:
            for c in coded:
                if done >= args.articles:
                    break
                batch.append(replicate(c, k, rng, args.same_texts))
                done += 1
                if len(batch) == args.batch or done == args.articles:
                    t0 = time.perf_counter()
                    for b in batch:
                        store.write(b, CODER, config)
                        events += len(b.events)
                    store.commit()
                    t1, c1 = time.perf_counter(), time.process_time()
                    if profiler is not None:
                        profiler.enable()
                    update_clusters(store.conn, [b.article.id for b in batch])
                    if profiler is not None:
                        profiler.disable()
                    t2 = time.perf_counter()
                    cluster_cpu += time.process_time() - c1
                    window_cpu += time.process_time() - c1
                    window_batches += 1
                    write_s += t1 - t0
                    cluster_s += t2 - t1
                    batch = []
                    if done >= next_report:
                        print(
                            f"  {done} articles, {events} events: clustering {cluster_s:.1f} s so far, "
                            f"{1000 * window_cpu / window_batches:.1f} ms CPU a batch since the last line, "
                            f"rss {rss_mb():.0f} MB, peak {peak_mb():.0f} MB"
                        )
                        next_report += args.report
                        window_cpu = 0.0
                        window_batches = 0
            k += 1
        if profiler is not None:
            profiler.dump_stats(args.profile)
        n_clusters = store.conn.execute("SELECT count(*) FROM clusters WHERE merged_into IS NULL").fetchone()[0]
        store.close()
    coding_total = per_article * args.articles
    coding_cpu = code_cpu / (args.rounds * len(base)) * args.articles
    print(
        f"clustering {args.articles} articles ({events} events, {n_clusters} clusters): {cluster_s:.1f} s "
        f"(store writes {write_s:.1f} s)"
    )
    print(f"coding the same number of articles: {coding_total:.1f} s (extrapolated)")
    print(
        f"clustering / coding: {cluster_s / coding_total:.3f} wall time, {cluster_cpu / coding_cpu:.3f} CPU time "
        f"(clustering {cluster_cpu:.1f} s CPU, coding {coding_cpu:.1f} s CPU)"
    )


if __name__ == "__main__":
    main()
