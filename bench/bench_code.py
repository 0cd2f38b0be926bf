"""Benchmark (not a test): the full newsevents pipeline against a bare spaCy parse of the same texts.

    .venv/bin/python bench/bench_code.py [--rounds 20] [--inputs FILES...] [--store]

Both are timed in this one process, interleaved: round after round, a bare ``nlp.pipe`` of the inputs,
then the whole pipeline (its own parse and every stage) over the same articles. Before anything is
imported, the math libraries are held to one thread each (OMP, MKL, OpenBLAS, BLIS, vecLib, numexpr;
torch too where it is installed): two processes on one machine otherwise parsed at speeds twice apart,
as their libraries took more or fewer threads. Everything is loaded and each text parsed and coded once
before the timing starts (warm-up), and each round's pipeline is built before its clock starts, sharing
the loaded model and knowledge but with an empty memo of resolved phrases (as for articles it has not
seen).

The figure: the median over the rounds of (pipeline time ÷ bare parse time) of each round, with its
spread (the lowest and highest round, and the interquartile range as ± % of the median). It says how
many times a bare parse the whole coding of an article costs; noise on a shared machine hits both
halves of a round alike. ``--store`` also times writing the coded articles to a store (once, after).
"""

from __future__ import annotations

import os

THREAD_VARS = (
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
for _var in THREAD_VARS:  # before numpy, thinc or torch is imported: they read these once, at import
    os.environ[_var] = "1"

import argparse  # noqa: E402
import gc  # noqa: E402
import importlib.util  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "data" / "samples"
SHARED = ("nlp", "kb", "frames", "rules", "gazetteer")  # what a round's pipeline takes over, loaded


def pin_torch() -> str:
    """torch held to one thread, where it is installed; what was done, for the output."""
    if importlib.util.find_spec("torch") is None:
        return "torch not installed"
    import torch

    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    return "torch 1 thread"


def quartiles(xs: list[float]) -> tuple[float, float, float]:
    """The first quartile, the median and the third quartile."""
    if len(xs) < 2:
        return xs[0], xs[0], xs[0]
    q1, q2, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return q1, q2, q3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20, help="interleaved rounds (parse, pipeline) timed")
    ap.add_argument("--inputs", nargs="*", default=[str(SAMPLES)])
    ap.add_argument("--store", action="store_true", help="also time writing the coded articles to a store")
    args = ap.parse_args()
    torch_note = pin_torch()

    from newsevents.pipeline import Pipeline, Resources
    from newsevents.read import read_inputs
    from newsevents.records import Article

    articles = [a for a in read_inputs(args.inputs) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    loaded = Pipeline()
    loaded.warm_up()
    nlp, batch = loaded.res.nlp, loaded.config.batch_size

    def fresh() -> Pipeline:
        """A pipeline with the loaded model and knowledge and an empty memo of resolved phrases."""
        res = Resources()
        for name in SHARED:
            setattr(res, name, getattr(loaded.res, name))
        pipe = Pipeline(resources=res)
        pipe.warm_up()
        return pipe

    list(nlp.pipe(texts, batch_size=batch))  # warm-up: every text parsed and coded once, untimed
    coded = list(fresh().pipe(articles))

    bare_times: list[float] = []
    code_times: list[float] = []
    for i in range(args.rounds):
        gc.collect()
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch):
            pass
        bare_times.append(time.perf_counter() - t0)
        pipe = fresh()
        run = [replace(a, id=f"{a.id}-{i}") for a in articles]
        gc.collect()
        t0 = time.perf_counter()
        coded = list(pipe.pipe(run))
        code_times.append(time.perf_counter() - t0)

    ratios = [c / b for c, b in zip(code_times, bare_times, strict=True)]
    q1, med, q3 = quartiles(ratios)
    bare, coding = statistics.median(bare_times), statistics.median(code_times)
    n = len(articles)
    pinned = ", ".join(f"{v}=1" for v in THREAD_VARS)
    print(f"threads pinned before imports: {pinned}; {torch_note}")
    print(f"articles: {n}  characters: {sum(map(len, texts)):,}  rounds: {args.rounds} (parse, pipeline interleaved)")
    print(f"bare spaCy nlp.pipe, median round:  {bare:.3f} s  ({n / bare:.1f} articles/s)")
    print(f"newsevents pipeline, median round:  {coding:.3f} s  ({n / coding:.1f} articles/s)")
    spread = 100 * (q3 - q1) / 2 / med
    print(f"ratio pipeline ÷ bare parse (median of rounds): {med:.2f}  (rounds {min(ratios):.2f}-{max(ratios):.2f}, "
          f"quartiles {q1:.2f}-{q3:.2f}, ±{spread:.1f}%)")  # fmt: skip

    if args.store:
        from newsevents.code.coder import CODER
        from newsevents.identity import fingerprint
        from newsevents.store.db import Store

        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            config = fingerprint(Resources())
            with Store(Path(tmp) / "bench.db") as store:
                for c in coded:
                    store.write(c, CODER, config)
                store.commit()
            print(f"store write of one round's articles: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
