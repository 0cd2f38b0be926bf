"""Benchmark (not a test): articles/s of `newsevents code` vs a bare spaCy `nlp.pipe` on the same texts.

    .venv/bin/python bench/bench_code.py [--repeat 20] [--inputs FILES...]

Both are measured in one run, after warm-up, so their ratio is meaningful on a noisy machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from newsevents.code.coder import CODER
from newsevents.identity import fingerprint
from newsevents.pipeline import Pipeline, Resources
from newsevents.read import read_inputs
from newsevents.records import Article
from newsevents.store.db import Store

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "data" / "samples"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20, help="copies of each input article")
    ap.add_argument("--inputs", nargs="*", default=[str(SAMPLES)])
    args = ap.parse_args()
    base = [a for a in read_inputs(args.inputs) if isinstance(a, Article)]
    articles = [replace(a, id=f"{a.id}-{i}") for i in range(args.repeat) for a in base]
    texts = [a.text for a in articles]
    pipeline = Pipeline()
    pipeline.warm_up()
    nlp = pipeline.res.nlp
    list(nlp.pipe(texts[:4]))  # warm-up
    pipeline.code(articles[0])

    # Interleaved rounds, one copy of the inputs each: a bare parse, then the coding pipeline
    # (a fresh one, so per-run caches such as the memoised actor resolution start empty, as for
    # new articles; models and knowledge stay loaded). Noise on a shared machine then hits both.
    bare_times: list[float] = []
    code_times: list[float] = []
    coded = []
    n_base = len(base)
    for i in range(args.repeat):
        chunk = articles[i * n_base : (i + 1) * n_base]
        t0 = time.perf_counter()
        for _ in nlp.pipe([a.text for a in chunk], batch_size=32):
            pass
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        coded.extend(Pipeline().pipe(chunk))
        code_times.append(time.perf_counter() - t0)
    bare, coding = sum(bare_times), sum(code_times)
    ratios = sorted(c / b for c, b in zip(code_times, bare_times, strict=True))
    median_ratio = ratios[len(ratios) // 2]

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        config = fingerprint(Resources())
        with Store(Path(tmp) / "bench.db") as store:
            for c in coded:
                store.write(c, CODER, config)
            store.commit()
        storing = time.perf_counter() - t0

    n = len(articles)
    total = coding + storing
    print(f"articles: {n}  characters: {sum(map(len, texts)):,}")
    print(f"bare spaCy nlp.pipe:           {n / bare:8.1f} articles/s  ({bare:.2f} s)")
    print(f"newsevents pipeline (no store): {n / coding:8.1f} articles/s  ({coding:.2f} s)")
    print(f"newsevents code (with store):   {n / total:8.1f} articles/s  ({total:.2f} s)")
    added = 100 * (coding - bare) / bare
    print(f"ratio code ÷ bare parse (time): {total / bare:.2f}   coding stages alone add {added:.0f}%")
    print(f"median per-round ratio (pipeline ÷ bare parse): {median_ratio:.2f}")


if __name__ == "__main__":
    main()
