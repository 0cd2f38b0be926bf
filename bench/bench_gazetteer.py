"""Benchmark (not a test): gazetteer build, open + first lookup, and resolve() speed.

    .venv/bin/python bench/bench_gazetteer.py [--names 3000] [--build] [--index PATH]

* ``--build`` times a fresh full build into a temporary folder (otherwise the default cache
  index is used, and built first if it is missing);
* "open + first lookup" runs in a fresh Python process (imports included), as a CLI run would;
* resolve() is timed over N distinct names drawn from the index (plus 10% misses), first with
  an empty per-process cache (each name queried once: the SQLite path), then again (cached).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsevents.resolve.gazetteer import Gazetteer

FIRST_LOOKUP = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from newsevents.resolve.gazetteer import Gazetteer
g = Gazetteer.open(Path(sys.argv[1]))
place = g.resolve("Kabul")[0]
assert place is not None
print(f"{time.perf_counter() - t0:.4f}")
"""


def sample_names(g: Gazetteer, n: int, seed: int = 7) -> list[str]:
    """Display names of random places (names are stored folded, so use the places' own names)."""
    rows = g._query("SELECT name FROM places ORDER BY random() LIMIT ?", (n,))
    rng = random.Random(seed)
    names = [r[0] for r in rows]
    names += [f"Nowhereville {rng.randrange(10**6)}" for _ in range(n // 10)]
    rng.shuffle(names)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--names", type=int, default=3000, help="distinct names to resolve")
    ap.add_argument("--build", action="store_true", help="time a fresh full build into a temp folder")
    ap.add_argument("--index", type=Path, help="an explicit index file (default: the cache index)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.build:
            path = Path(tmp) / "gazetteer.sqlite"
            t0 = time.perf_counter()
            g = Gazetteer.open(path)
            print(f"build (full, from packages)   {time.perf_counter() - t0:8.2f} s")
        elif args.index:
            g = Gazetteer.open(args.index)
        else:
            g = Gazetteer.default()
        sizes = g.sizes()
        print(f"index                         {g.path}")
        print(f"size on disk                  {sizes['bytes'] / 2**20:8.1f} MiB")
        print("counts                        " + ", ".join(f"{k}={v}" for k, v in sizes.items() if k != "bytes"))

        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", FIRST_LOOKUP, str(g.path)], check=True, capture_output=True, text=True
            )
            runs.append(float(out.stdout.strip()))
        print(f"open + first lookup (process) {min(runs) * 1000:8.1f} ms (best of 3; imports included)")

        names = sample_names(g, args.names)
        g.close()  # empty cache
        t0 = time.perf_counter()
        hits = sum(1 for name in names if g.resolve(name)[0] is not None)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        for name in names:
            g.resolve(name)
        warm = time.perf_counter() - t0
        ctx = ["USA", "GBR"]
        t0 = time.perf_counter()
        for name in names:
            g.resolve(name, context_countries=ctx)
        warm_ctx = time.perf_counter() - t0
        n = len(names)
        print(f"resolve(), uncached           {cold / n * 1e6:8.1f} us/name ({n} names, {hits} found)")
        print(f"resolve(), cached             {warm / n * 1e6:8.1f} us/name")
        print(f"resolve(), cached, context    {warm_ctx / n * 1e6:8.1f} us/name")
        g.close()


if __name__ == "__main__":
    main()
