"""Benchmark (not a test): where the time of a one-process `newsevents code` run goes.

    nice -n 10 .venv/bin/python bench/profile_code.py [INPUTS ...] [--repeat 5]

Times, in one process and in the order a run does them: importing and loading (the model, the
knowledge base, the verb frames and rules, the gazetteer), reading the inputs (language detection
included), each spaCy component over all the texts, each coding stage over all the articles,
writing to SQLite and clustering after each batch. Default inputs: the bundled samples, each
``--repeat`` times under new ids. The table gives seconds and shares of the total; the parse and
the coding stages are also given per 1,000 tokens.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

T0 = time.perf_counter()

from newsevents.code.coder import CODER  # noqa: E402
from newsevents.identity import fingerprint  # noqa: E402
from newsevents.pipeline import Pipeline  # noqa: E402
from newsevents.read import read_inputs  # noqa: E402
from newsevents.records import Article  # noqa: E402
from newsevents.store.db import Store  # noqa: E402
from newsevents.work import Work  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "data" / "samples"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(SAMPLES)])
    ap.add_argument("--repeat", type=int, default=5, help="copies of each input article")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    rows: list[tuple[str, float]] = [("import the package", time.perf_counter() - T0)]

    def timed(name: str, fn: Callable[[], object]) -> object:
        t = time.perf_counter()
        out = fn()
        rows.append((name, time.perf_counter() - t))
        return out

    pipeline = Pipeline()
    res = pipeline.res
    timed("load the spaCy model", lambda: res.nlp)
    timed("load the knowledge base", lambda: res.kb)
    timed("load verb frames and rules", lambda: (res.frames, res.rules))
    timed("open the gazetteer", lambda: res.gazetteer)
    timed("build the stages (warm_up, as `newsevents code`)", pipeline.warm_up)
    base = timed("read the inputs (language included)", lambda: list(read_inputs(args.inputs)))
    articles = [replace(a, id=f"{a.id}-{i}") for i in range(args.repeat) for a in base if isinstance(a, Article)]  # type: ignore[attr-defined]

    nlp = res.nlp
    docs = [nlp.make_doc(a.text) for a in articles]
    tokens = sum(len(d) for d in docs)
    t = time.perf_counter()
    docs = [nlp.make_doc(a.text) for a in articles]
    rows.append(("spaCy tokenizer", time.perf_counter() - t))
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=args.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        rows.append((f"spaCy {name}", time.perf_counter() - t))

    spent: dict[str, float] = {}
    funcs = pipeline._stage_funcs()

    def clocked(name: str, func: Callable[[Work], None]) -> Callable[[Work], None]:
        def run(work: Work) -> None:
            t = time.perf_counter()
            func(work)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return run

    pipeline._funcs = [(st, clocked(st.name, f)) for st, f in funcs]
    coded = [pipeline.code_doc(a, d) for a, d in zip(articles, docs, strict=True)]
    rows.extend((f"stage {name}", secs) for name, secs in spent.items())

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "p.db") as store:
        config = fingerprint(res)
        write = cluster = 0.0
        for start in range(0, len(coded), args.batch_size):
            chunk = coded[start : start + args.batch_size]
            t = time.perf_counter()
            for c in chunk:
                store.write(c, CODER, config)
            store.commit()
            write += time.perf_counter() - t
            t = time.perf_counter()
            store.update_clusters([c.article.id for c in chunk])
            cluster += time.perf_counter() - t
        rows += [("store: write and commit", write), ("store: cluster each batch", cluster)]

    total = sum(s for _, s in rows)
    parse = sum(s for n, s in rows if n.startswith("spaCy"))
    stages = sum(s for n, s in rows if n.startswith("stage"))
    print(f"{len(articles)} articles, {tokens:,} tokens; total {total:.1f} s")
    for name, secs in rows:
        print(f"  {name:40} {secs:8.2f} s  {100 * secs / total:5.1f} %")
    for name, secs in (("spaCy, all components", parse), ("coding stages, all", stages)):
        per = f"({1000 * secs / tokens:.2f} s per 1,000 tokens)"
        print(f"  {name:40} {secs:8.2f} s  {100 * secs / total:5.1f} %  {per}")


if __name__ == "__main__":
    main()
