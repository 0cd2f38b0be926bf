"""The store: idempotent re-runs, a SIGKILL midway, migrations, queries and exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES
from newsevents.pipeline import Pipeline, Resources
from newsevents.read import ReadOptions
from newsevents.run import code_inputs
from newsevents.store.db import MIGRATIONS, EventFilter, Store
from newsevents.store.export import FLAT_COLUMNS, GDELT_COLUMNS, write_parquet, write_records

pytestmark = pytest.mark.model


def _counts(db: Path) -> dict[str, int]:
    with Store(db, readonly=True) as s:
        return s.counts()


def test_migrations_recorded_and_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "m.db") as s:
        assert s.schema_version() == MIGRATIONS[-1][0]
        assert s.migrate() == []  # nothing left to apply
        mode = s.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_rerun_changes_nothing(tmp_path: Path, pipeline: object) -> None:
    db = tmp_path / "e.db"
    with Store(db) as s:
        first = code_inputs([str(SAMPLES)], s, pipeline)  # type: ignore[arg-type]
    c1 = _counts(db)
    assert first.articles >= 6 and c1["events"] > 5 and c1["sentences"] > 20
    with Store(db) as s:
        again = code_inputs([str(SAMPLES)], s, pipeline)  # type: ignore[arg-type]
    assert again.articles == 0 and again.unchanged == first.articles
    assert _counts(db) == c1


def test_recoding_a_changed_article_replaces_its_rows(tmp_path: Path, pipeline: object) -> None:
    db = tmp_path / "r.db"
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "date": "2024-01-02", "text": "Kenyan police arrested protesters in Nairobi."}))
    with Store(db) as s:
        code_inputs([str(f)], s, pipeline)  # type: ignore[arg-type]
    f.write_text(json.dumps({"id": "x", "date": "2024-01-02", "text": "Nothing happened today."}))
    with Store(db) as s:
        code_inputs([str(f)], s, pipeline)  # type: ignore[arg-type]
        assert s.counts()["articles"] == 1 and s.counts()["events"] == 0
        assert s.search("happened")[0][0] == "x"


ARREST = "Kenyan police arrested protesters in Nairobi."


def _cameos(db: Path) -> list[tuple[str, str, str]]:
    with Store(db, readonly=True) as s:
        return [(r[0], r[1], r[2]) for r in s.conn.execute("SELECT id, cameo, date FROM events ORDER BY id")]


def test_changed_configuration_recodes_and_replaces_events(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "c.db"
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "date": "2024-01-02", "text": ARREST}))
    with Store(db) as s:
        code_inputs([str(f)], s, pipeline)
    before = _cameos(db)
    assert [c for _, c, _ in before] == ["173"]
    frames = tmp_path / "mine.yaml"  # the same act under another code: a new configuration
    frames.write_text('frames:\n  - code: "1721"\n    patterns: ["arrest"]\n')
    other = Pipeline(pipeline.config, Resources(frame_files=(str(frames),)))
    with Store(db) as s:
        recoded = code_inputs([str(f)], s, other)
    assert recoded.articles == 1 and recoded.unchanged == 0
    after = _cameos(db)
    assert [c for _, c, _ in after] == ["1721"]  # the old event is gone, not kept beside the new one
    assert {i for i, _, _ in before}.isdisjoint(i for i, _, _ in after)
    with Store(db) as s:  # the same configuration again: skipped, rows untouched
        again = code_inputs([str(f)], s, other)
    assert again.articles == 0 and again.unchanged == 1 and _cameos(db) == after
    with Store(db) as s:  # back to the built-in configuration: recoded again
        code_inputs([str(f)], s, pipeline)
    assert _cameos(db) == before


def test_changed_publication_date_recodes(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "d.db"
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "date": "2024-01-02", "text": ARREST}))
    with Store(db) as s:
        code_inputs([str(f)], s, pipeline)
    assert [d for _, _, d in _cameos(db)] == ["2024-01-02"]
    f.write_text(json.dumps({"id": "x", "date": "2024-01-05", "text": ARREST}))
    with Store(db) as s:
        summary = code_inputs([str(f)], s, pipeline)
        assert summary.articles == 1 and summary.unchanged == 0
        assert s.counts()["articles"] == 1 and s.counts()["events"] == 1
    assert [d for _, _, d in _cameos(db)] == ["2024-01-05"]
    g = tmp_path / "undated.txt"  # stored without a date, then given one with --date
    g.write_text(ARREST)
    with Store(db) as s:
        code_inputs([str(g)], s, pipeline)
        dated = code_inputs([str(g)], s, pipeline, ReadOptions(default_date=dt.date(2024, 3, 1)))
        assert dated.articles == 1
        same = code_inputs([str(g)], s, pipeline, ReadOptions(default_date=dt.date(2024, 3, 1)))
        assert same.articles == 0 and same.unchanged == 1


def _many_articles(path: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"art-{i}", "text": texts[i % len(texts)]}) + "\n")


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsevents", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def test_sigkill_midway_then_rerun_matches_uninterrupted(tmp_path: Path) -> None:
    inputs = tmp_path / "many.jsonl"
    _many_articles(inputs, 100)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    assert _run(["code", str(inputs), "--db", str(full), "-q"], env).wait(timeout=600) == 0

    proc = _run(["code", str(inputs), "--db", str(killed), "--batch-size", "2", "-q"], env)
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists():
            try:
                con = sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=0.1)
                done = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                done = 0
            if 4 <= done:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; use more input"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _counts(killed)
    assert 0 < partial["articles"] < 100
    assert _run(["code", str(inputs), "--db", str(killed), "-q"], env).wait(timeout=600) == 0
    assert _counts(killed) == _counts(full)


def test_queries_and_exports(tmp_path: Path, pipeline: object) -> None:
    db = tmp_path / "q.db"
    with Store(db) as s:
        code_inputs([str(SAMPLES)], s, pipeline, ReadOptions())  # type: ignore[arg-type]
    with Store(db, readonly=True) as s:
        everything = list(s.query_events())
        assert everything and all(r["coder"].startswith("newsevents ") for r in everything)
        assaults = list(s.query_events(EventFilter(event="ASSAULT")))
        assert assaults and all(r["event"] == "ASSAULT" for r in assaults)
        afg = list(s.query_events(EventFilter(country="AFG")))
        assert afg and all("AFG" in {a["country"] for a in r["actor"] + r["recipient"]} for r in afg)
        old = list(s.query_events(EventFilter(until="2010")))
        assert all(r["date"] <= "2010" for r in old)
        asserted = list(s.query_events(EventFilter(modalities=("asserted",))))
        assert all(r["modality"] == "asserted" for r in asserted)
        assert len(asserted) < len(everything)

    buf = io.StringIO()
    assert write_records(everything, "plover", buf) == len(everything)
    first = json.loads(buf.getvalue().splitlines()[0])
    for key in (
        "id",
        "article_id",
        "date",
        "date_precision",
        "date_text",
        "event",
        "mode",
        "context",
        "cameo",
        "cameo_root",
        "quad_code",
        "goldstein",
        "modality",
        "actor",
        "recipient",
        "event_loc",
        "event_text",
        "text",
        "sentence_index",
        "start_char",
        "end_char",
        "source",
        "confidence",
        "reasons",
        "coder",
        "coded_date",
    ):
        assert key in first, key
    assert isinstance(first["cameo"], str) and isinstance(first["actor"], list)

    buf = io.StringIO()
    write_records(everything, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == len(everything) and tuple(rows[0]) == FLAT_COLUMNS

    buf = io.StringIO()
    write_records(everything, "gdelt", buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == len(everything) and all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)

    import pyarrow.parquet as pq

    write_parquet(everything, str(tmp_path / "e.parquet"))
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(everything) and table.column_names == list(FLAT_COLUMNS)


def test_recode_replaces_stored_events_from_stored_text(tmp_path: Path, pipeline: Pipeline) -> None:
    """`newsevents recode`: every stored article, or those a filter picks, coded again from the
    stored text under the current configuration; its events replaced, unchanged ones keep their ids."""
    from click.testing import CliRunner

    from newsevents.cli.main import cli
    from newsevents.run import recode_stored

    db = tmp_path / "r.db"
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": "x", "date": "2024-01-02", "text": ARREST},
        {"id": "y", "date": "2024-01-03", "text": "Rebels attacked an army base in northern Mali on Monday."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows))
    with Store(db) as s:
        code_inputs([str(f)], s, pipeline)
        assert s.article_ids() == ["x", "y"] and s.article_ids(EventFilter(event="COERCE")) == ["x"]
        assert [a.text for a in s.stored_articles(["y", "x"])] == [rows[1]["text"], ARREST]
    before = _cameos(db)
    with Store(db) as s:  # same configuration: recoded all the same, nothing changes
        same = recode_stored(s, pipeline)
    assert same.articles == 2 and _cameos(db) == before
    frames = tmp_path / "mine.yaml"
    frames.write_text('frames:\n  - code: "1721"\n    patterns: ["arrest"]\n')
    res = CliRunner().invoke(cli, ["recode", "--db", str(db), "--event", "COERCE", "--frames", str(frames), "-q"])
    assert res.exit_code == 0, res.output
    after = _cameos(db)
    assert sorted(c for _, c, _ in after) == sorted(["1721", *(c for _, c, _ in before if c != "173")])
    assert [i for i, c, _ in after if c != "1721"] == [i for i, c, _ in before if c != "173"]  # y untouched
    bad = CliRunner().invoke(cli, ["recode", "--db", str(db), "--since", "yesterday"])
    assert bad.exit_code == 2


def test_claims_share_the_work_and_a_dead_runs_claims_are_taken_back(tmp_path: Path) -> None:
    from newsevents.store.db import run_owner

    with Store(tmp_path / "c.db") as s:
        a, b = run_owner(), run_owner()
        assert s.claim(["x", "y"], a) == ["x", "y"]
        assert s.claim(["y", "z"], b) == ["z"]  # y is a's: left to it
        s.release(["y"], a)
        assert s.claim(["y"], b) == ["y"]
        dead = f"{a.split(':')[0]}:999999999:dead"  # a process of this host that no longer runs
        s.conn.execute("INSERT INTO claims VALUES ('w', ?, '2999-01-01T00:00:00+00:00')", (dead,))
        s.conn.commit()
        assert s.claim(["w"], a) == ["w"]


@pytest.mark.slow
def test_two_concurrent_code_runs_share_the_work(tmp_path: Path) -> None:
    """Two `newsevents code` processes over the same input on one database: each article is coded
    by one of them, each reports what it coded, and the database holds every article once."""
    texts = [
        "Kenyan police arrested {n} protesters in Nairobi on Monday.",
        "Rebels attacked an army post in northern Mali, killing {n} soldiers.",
        "The foreign ministers of Chad and Niger met in N'Djamena to discuss {n} border posts.",
    ]
    rows = [{"id": f"c{i}", "date": "2024-05-06", "text": texts[i % 3].format(n=i + 2)} for i in range(18)]
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows))
    db = tmp_path / "shared.db"
    cmd = [sys.executable, "-m", "newsevents", "code", str(f), "--db", str(db), "--batch-size", "2", "-q"]
    procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    coded = [int(o.split("articles coded: ")[1].split()[0]) for o in outs]
    unchanged = [int(o.split("already stored, unchanged: ")[1].split(")")[0]) for o in outs]
    assert sum(coded) == len(rows)  # no article coded twice, none left out
    assert all(c + u <= len(rows) for c, u in zip(coded, unchanged, strict=True))
    with Store(db, readonly=True) as s:
        assert s.counts()["articles"] == len(rows)
        per_article = s.conn.execute("SELECT count(DISTINCT id) = count(*) FROM events").fetchone()[0]
        assert per_article == 1 and s.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
