"""Benchmark (not a test): knowledge-base load plus first lookup, in a fresh process each round.

    .venv/bin/python bench/bench_kb.py [--rounds 5] [--src OTHER_CHECKOUT/src]

Issue 12 asks that this stays at or under 2 s with every knowledge layer loaded, and that the first
run on a new machine (an empty cache folder: the build plus writing the cache file) is not much
slower than the later ones (read from the cache). Each round runs every probe once, one after the
other, so that a loaded machine slows them alike; the reference probe (``import spacy`` and loading
the default model, which this project does not change) gives a figure that can be compared across
machines and loads: each probe's median is also printed as a ratio to the reference's median.
On a shared machine the wall clock follows the load; the CPU seconds of each whole process
(interpreter start included) are printed too, and vary less.
``--src`` runs the knowledge probes against another checkout's ``src`` folder (e.g. main) in the
same rounds, to compare before and after on the same machine at the same time.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile

PROBE = (
    "import time; t = time.perf_counter(); "
    "from newsevents.kb import KnowledgeBase; kb = KnowledgeBase.load(); kb.resolve_phrase('Afghan officials'); "
    "print(time.perf_counter() - t)"
)
# as `newsevents code` loads it (work.py): from the user's cache (scale/cache.py), built there on a miss
CACHED = (
    "import time; t = time.perf_counter(); "
    "from newsevents.kb import KnowledgeBase; from newsevents.scale.cache import cached; "
    "kb = cached('kb', lambda: KnowledgeBase.default().prepare(), KnowledgeBase); "
    "kb.resolve_phrase('Afghan officials'); "
    "print(time.perf_counter() - t)"
)
# a fixed reference the knowledge base does not touch: spaCy and the default model
REFERENCE = (
    "import time; t = time.perf_counter(); "
    "import spacy; from newsevents.parse.nlp import DEFAULT_MODEL; spacy.load(DEFAULT_MODEL); "
    "print(time.perf_counter() - t)"
)


def _run(probe: str, env: dict[str, str]) -> tuple[float, float]:
    """(the wall-clock seconds the probe prints, the CPU seconds its process used in all)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = float(subprocess.check_output([sys.executable, "-c", probe], text=True, env=env))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--src", help="another checkout's src folder, measured in the same rounds")
    args = ap.parse_args()
    checkouts: list[tuple[str, dict[str, str]]] = [("this checkout", dict(os.environ))]
    if args.src:
        other = dict(os.environ)
        other["PYTHONPATH"] = os.path.abspath(args.src) + os.pathsep + other.get("PYTHONPATH", "")
        checkouts.append((args.src, other))
    times: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_kb_") as tmp:
        for r in range(args.rounds):
            ref = _run(REFERENCE, checkouts[0][1])
            times.setdefault("reference: import spacy + load the default model", []).append(ref)
            for c, (name, env) in enumerate(checkouts):
                fresh = dict(env, NEWSEVENTS_CACHE=os.path.join(tmp, f"first-{c}-{r}"))  # a new machine
                warm = dict(env, NEWSEVENTS_CACHE=os.path.join(tmp, f"warm-{c}"))
                if r == 0:
                    _run(CACHED, warm)  # writes the cache the later rounds read
                times.setdefault(f"{name}: built from the data files", []).append(_run(PROBE, env))
                times.setdefault(f"{name}: first run, empty cache (build + write)", []).append(_run(CACHED, fresh))
                times.setdefault(f"{name}: read from the user's cache", []).append(_run(CACHED, warm))
    first = next(iter(times.values()))
    ref_wall, ref_cpu = statistics.median(w for w, _ in first), statistics.median(c for _, c in first)
    for label, ts in times.items():
        walls, cpus = [w for w, _ in ts], [c for _, c in ts]
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(
            f"{label}: median {wall:.2f} s (x{wall / ref_wall:.2f} the reference; min {min(walls):.2f}, "
            f"max {max(walls):.2f}), CPU of the whole process {cpu:.2f} s (x{cpu / ref_cpu:.2f}) "
            f"over {len(ts)} fresh processes"
        )


if __name__ == "__main__":
    main()
