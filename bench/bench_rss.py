"""Benchmark (not a test): peak memory of `newsevents code` (one process) as the corpus grows.

    nice -n 10 .venv/bin/python bench/bench_rss.py [--sizes 10000 100000] [--texts FILE.jsonl]

For each size, a JSON Lines corpus of that many articles is written: the real texts of
``--texts`` (default: tests/data/heldout_news.jsonl, held-out news) in turn, each copy under a
new id. Then ``newsevents code`` runs on it in a fresh process with a fresh database, and the
largest resident set size of that process (``ru_maxrss`` of the child) is printed, together with
the peak so far when 10 %, 25 %, 50 % and 75 % of the run's articles are stored (VmHWM, read from
/proc while it runs, when /proc exists): so one run of 100,000 also gives the peak after the
first 10,000, and growth shows as it happens. The last
column is the peak as a fraction of the smallest size's peak: flat memory means about 1.00.

The run takes long (the whole corpus is parsed): start it in the background, nice'd.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSEVENTS = str(Path(sys.executable).parent / "newsevents")
DEFAULT_TEXTS = ROOT / "tests" / "data" / "heldout_news.jsonl"


def corpus(path: Path, texts: list[str], n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"rss-{i}", "text": texts[i % len(texts)]}) + "\n")
    return path


def rss_kb(pid: int, field: str = "VmHWM") -> int | None:
    """The process's peak resident size so far (VmHWM), or its current one (VmRSS), in kB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def stored(db: Path) -> int:
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def run(path: Path, db: Path, n: int) -> tuple[float, dict[int, float], float]:
    """Peak RSS (MB), the peak so far (MB) when 10/25/50/75 % of the articles are stored (each
    also printed on stderr as it is reached), wall seconds."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [NEWSEVENTS, "code", str(path), "-q", "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    marks = {10: 0.0, 25: 0.0, 50: 0.0, 75: 0.0}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(2)
        done = stored(db)
        now = rss_kb(proc.pid)
        for pct in marks:
            if not marks[pct] and now and done >= n * pct / 100:
                marks[pct] = now / 1024
                print(
                    f"  {n} articles: {done} stored after {time.perf_counter() - t0:.0f} s, "
                    f"peak so far {now / 1024:.0f} MB",
                    file=sys.stderr,
                    flush=True,
                )
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"newsevents code failed on {path} (exit status {proc.returncode})")
    return usage.ru_maxrss / 1024, marks, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="JSON Lines with a text field")
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in args.texts.open(encoding="utf-8") if line.strip()]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        os.environ.setdefault("NEWSEVENTS_CACHE", str(Path.home() / ".cache" / "newsevents"))
        for size in args.sizes:
            path = corpus(d / f"rss{size}.jsonl", texts, size)
            peak, marks, wall = run(path, d / f"rss{size}.db", size)
            rows.append((size, peak, marks, wall))
            path.unlink()
            for f in d.glob(f"rss{size}.db*"):
                f.unlink()
            print(f"  done {size} articles in {wall:.0f} s, peak {peak:.0f} MB", file=sys.stderr, flush=True)
    first = rows[0][1]
    print(f"peak RSS of `newsevents code` (one process), texts from {args.texts.name}:")
    head = " ".join(f"{'@' + str(p) + '%':>6}" for p in (10, 25, 50, 75))
    print(f"  {'articles':>8} {'peak MB':>8} {head} {'wall s':>7} {'vs first':>8}")
    for size, peak, marks, wall in rows:
        m = " ".join(f"{marks[p]:6.0f}" for p in (10, 25, 50, 75))
        print(f"  {size:>8} {peak:8.0f} {m} {wall:7.0f} {peak / first:8.3f}")


if __name__ == "__main__":
    main()
