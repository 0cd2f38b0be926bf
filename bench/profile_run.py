"""Benchmark (not a test): a cProfile of one whole `newsevents code` process, in CPU seconds, by step.

    nice -n 10 .venv/bin/python bench/profile_run.py INPUTS ... [--db PATH] [--save run.prof] [--top 30]

Runs ``newsevents code INPUTS -q`` in this process under cProfile with a CPU-time clock
(``time.process_time``: on a shared machine the load does not inflate the figures; cProfile's own
overhead still weighs more on Python code than on the model's C code, so compare steps of one run,
and compare the parse against ``bench/profile_code.py``'s unprofiled figures). Prints the whole
run's CPU time split into: imports, loading (the model, the knowledge base, the verb frames and
rules, the gazetteer), warm-up, reading, the parse (``nlp.pipe``), each coding stage, store writes,
clustering, and the rest; then the functions with the most time of their own. ``--save`` keeps the
profile for ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

Key = tuple[str, int, str]


def cum(stats: dict[Key, Any], file_end: str, func: str) -> float:
    """The cumulative CPU seconds of the functions named ``func`` in files ending with ``file_end``."""
    return sum(v[3] for k, v in stats.items() if k[0].endswith(file_end) and k[2] == func)


def callees(stats: dict[Key, Any], file_end: str, func: str) -> dict[Key, float]:
    """Cumulative seconds of each function as called from ``func`` (the stage functions of code_doc)."""
    out: dict[Key, float] = {}
    for k, v in stats.items():
        for caller, (_, _, _, ct) in v[4].items():
            if caller[0].endswith(file_end) and caller[2] == func:
                out[k] = out.get(k, 0.0) + ct
    return out


# (pattern in a frame, step): the deepest frame of a stack that matches one gives its step
STEPS: tuple[tuple[str, str], ...] = (
    ("(newsevents/cli/main.py", "cli and the rest"),
    ("Pipeline.__init__ (newsevents/pipeline.py", "Pipeline(): the stage modules imported"),
    ("nlp (newsevents/work.py", "load: spaCy model"),
    ("kb (newsevents/work.py", "load: knowledge base"),
    ("frames (newsevents/work.py", "load: verb frames"),
    ("rules (newsevents/work.py", "load: code rules"),
    ("gazetteer (newsevents/work.py", "load: gazetteer"),
    ("warm_up (newsevents/pipeline.py", "warm_up (the stages built, one sentence coded)"),
    ("read_partitions (newsevents/run.py", "read the inputs"),
    ("plan (newsevents/read/parts.py", "read the inputs"),
    ("pending (newsevents/run.py", "already stored? / claim"),
    ("claimed (newsevents/run.py", "already stored? / claim"),
    ("pipe (spacy/language.py", "spaCy nlp.pipe (the parse)"),
    ("code_doc (newsevents/pipeline.py", "coding: "),
    ("write (newsevents/store/db.py", "store: write"),
    ("commit (newsevents/store/db.py", "store: write"),
    ("update_clusters (newsevents/store/db.py", "store: cluster"),
    ("_find_and_load (<frozen importlib._bootstrap>", "imports: "),
)


def summarise_stacks(path: Path) -> None:
    """Samples by step from a collapsed-stack file (``py-spy record -f raw``): a coding step is named
    by the stage function code_doc called, an import by the step it happened in."""
    steps: dict[str, int] = {}
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        step = "interpreter start and exit"
        for i, frame in enumerate(frames):
            for pattern, name in STEPS:
                if pattern in frame:
                    if name == "coding: " and i + 1 < len(frames):
                        name += frames[i + 1].split(" (")[0]
                    elif name == "imports: ":
                        name += step.removeprefix("imports: ")
                    step = name
        steps[step] = steps.get(step, 0) + int(count)
        total += int(count)
    print(f"{total} samples")
    for name, n in sorted(steps.items(), key=lambda r: -r[1]):
        print(f"  {name:60} {n:7}  {100 * n / total:5.1f} %")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--stacks", type=Path, help="summarise a py-spy collapsed-stack file instead (see above)")
    ap.add_argument("--db", type=Path, help="database (default: a new one in a temporary folder)")
    ap.add_argument("--save", type=Path, help="write the profile here")
    ap.add_argument("--top", type=int, default=30, help="functions listed by their own time")
    args = ap.parse_args()
    if args.stacks:
        summarise_stacks(args.stacks)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "profile.db"
        prof = cProfile.Profile(time.process_time)
        sys.argv = ["newsevents", "code", *args.inputs, "--db", str(db), "-q"]
        t0 = time.process_time()
        prof.enable()
        try:
            import newsevents.cli.main as cli_main

            cli_main.main()
        except SystemExit:
            pass
        finally:
            prof.disable()
        total = time.process_time() - t0
    st = pstats.Stats(prof)
    if args.save:
        st.dump_stats(str(args.save))
    s: dict[Key, Any] = st.stats  # type: ignore[attr-defined]
    run = cum(s, "newsevents/run.py", "code_inputs")
    main_cli = cum(s, "newsevents/cli/main.py", "main")
    stage_calls = callees(s, "newsevents/pipeline.py", "code_doc")
    parse = cum(s, "spacy/language.py", "pipe")
    write = cum(s, "newsevents/store/db.py", "write")
    clusters = cum(s, "newsevents/store/db.py", "update_clusters")
    reading = cum(s, "newsevents/run.py", "read_partitions")
    pending = cum(s, "newsevents/run.py", "pending") + cum(s, "newsevents/run.py", "claimed")
    stages = {f"stage {k[2]} ({Path(k[0]).parent.name}/{Path(k[0]).name})": v for k, v in stage_calls.items()}
    load = {
        "load: spaCy model": cum(s, "newsevents/work.py", "nlp"),
        "load: knowledge base": cum(s, "newsevents/work.py", "kb"),
        "load: verb frames": cum(s, "newsevents/work.py", "frames"),
        "load: code rules": cum(s, "newsevents/work.py", "rules"),
        "load: gazetteer": cum(s, "newsevents/work.py", "gazetteer"),
    }
    warm = cum(s, "newsevents/pipeline.py", "warm_up")
    rows: list[tuple[str, float]] = [("imports (before the command runs)", total - main_cli)]
    rows.append(("Pipeline(): the stage modules imported", cum(s, "newsevents/pipeline.py", "__init__")))
    rows += list(load.items())
    rows.append(("warm_up (stages built, one sentence coded, gc)", warm - load["load: spaCy model"]))
    rows.append(("read the inputs", reading))
    rows.append(("already stored? / claim", pending))
    rows.append(("spaCy nlp.pipe (the parse)", parse))
    rows += sorted(stages.items(), key=lambda r: -r[1])
    rows.append(("store: write", write))
    rows.append(("store: cluster each batch", clusters))
    rows.append(("rest of the run loop", run - reading - pending - parse - sum(stages.values()) - write - clusters))
    rest = total - sum(v for _, v in rows)
    rows.append(("rest (cli, lazy imports during the run, exit)", rest))
    print(f"CPU seconds of one `newsevents code` process under cProfile: {total:.2f}")
    for name, secs in rows:
        print(f"  {name:58} {secs:7.2f}  {100 * secs / total:5.1f} %")
    print(f"functions by their own CPU time (top {args.top}):")
    st.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
