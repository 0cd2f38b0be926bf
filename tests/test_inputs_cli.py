"""The command line on real inputs and hard failures: a mixed folder gives one honest summary;
bad filter values, missing folders, files that are no database, damaged, read-only or failing
databases and SIGTERM each give a message and lose nothing stored."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import DATA
from newsevents.cli.main import cli
from newsevents.records import Article, CodedArticle
from newsevents.store.db import Store

pytestmark = pytest.mark.model
MIXED = DATA / "mixed"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mixed folder coded once (module scope: the model is loaded once for these tests)."""
    db = tmp_path_factory.mktemp("mixed") / "mixed.db"
    res = CliRunner().invoke(cli, ["code", str(MIXED), "--db", str(db), "-q"])
    assert res.exit_code == 1, res.output  # some inputs are broken on purpose
    (db.parent / "summary.txt").write_text(res.stderr)
    return db


def _articles(db: Path) -> dict[str, dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = {r["id"]: dict(r) for r in con.execute("SELECT * FROM articles")}
    con.close()
    return rows


def test_mixed_folder_gives_one_summary_and_stores_every_good_article(coded_db: Path) -> None:
    err = (coded_db.parent / "summary.txt").read_text()
    # coded: 2 HTML pages, 3 feed items (RSS and Atom), the NUL file, 3 good JSON lines, 3 good CSV rows
    assert "articles coded: 12" in err
    assert "2 article(s) in other languages: ar 1, ru 1" in err and "not coded" in err
    assert "warning: " in err and "nul_bytes.txt: removed 4 NUL/control character(s)" in err
    assert "broken.jsonl:2: invalid date '2025-13-45'" in err and "broken.csv:3: invalid date 'yesterday'" in err
    assert "skipped: 5" in err
    for reason in ("broken.jsonl:3: invalid JSON", "broken.jsonl:5: expected a JSON object", "wire.rss item 3"):
        assert reason in err
    stored = _articles(coded_db)
    assert len(stored) == 14
    assert {"m-j1", "m-j2", "m-j5", "m-c1", "m-c2", "m-c4"} <= set(stored)
    languages = sorted(r["language"] for r in stored.values() if r["language"] != "en")
    assert languages == ["ar", "ru"]
    html = next(r for r in stored.values() if r["title"] == "Kenya police detain protesters in Nairobi")
    assert (html["pub_date"], html["publisher"]) == ("2025-02-13", "The Daily Ledger")
    con = sqlite3.connect(coded_db)
    other = [r[0] for r in con.execute("SELECT id FROM articles WHERE language != 'en'")]
    assert (
        con.execute(
            f"SELECT count(*) FROM events WHERE article_id IN ({','.join('?' * len(other))})", other
        ).fetchone()[0]
        == 0
    )
    # the HTML page saved as .txt is coded as a page: no actor made of markup, no date from the footer
    records = [json.loads(r[0]) for r in con.execute("SELECT record FROM events WHERE article_id = ?", (html["id"],))]
    con.close()
    assert records and all("<" not in json.dumps(r["actor"]) for r in records)
    assert all((r["date"] or "").startswith("2025-02") for r in records)


def test_rerun_of_the_mixed_folder_changes_nothing(coded_db: Path, runner: CliRunner) -> None:
    before = _articles(coded_db)
    res = runner.invoke(cli, ["code", str(MIXED), "--db", str(coded_db), "-q"])
    assert "articles coded: 0  (already stored, unchanged: 12)" in res.stderr
    assert "2 article(s) in other languages" in res.stderr
    assert set(_articles(coded_db)) == set(before)


def test_a_5_mb_article_beside_good_ones(tmp_path: Path, runner: CliRunner) -> None:
    para = "Officials in the capital said on Monday that talks would continue next week.\n\n"
    (tmp_path / "huge.txt").write_text(para * (5_000_000 // len(para) + 1))
    (tmp_path / "good.jsonl").write_text(
        json.dumps({"id": "g1", "date": "2025-03-03", "text": "Chile and Peru signed a trade agreement in Lima."})
    )
    db = tmp_path / "t.db"
    # refused with its reason (coding 5 MB would take minutes); the good article is coded and stored
    res = runner.invoke(cli, ["code", str(tmp_path), "--db", str(db), "-q", "--long-articles", "skip"])
    assert res.exit_code == 1 and "huge.txt: article is 5,000,0" in res.stderr and "--long-articles split" in res.stderr
    assert set(_articles(db)) == {"g1"}


def test_an_article_over_the_parser_limit_is_split_and_coded(tmp_path: Path, runner: CliRunner) -> None:
    para = "Kenyan police arrested 40 protesters in Nairobi on Monday.\n\n"
    (tmp_path / "long.txt").write_text(" date 2025-02-13\n" + para * 60)
    (tmp_path / "after.jsonl").write_text(json.dumps({"id": "after", "text": "Chad closed its border with Sudan."}))
    db = tmp_path / "t.db"
    # --max-chars far above spaCy's nlp.max_length, and a small one: neither crashes, nothing is lost
    res = runner.invoke(cli, ["code", str(tmp_path), "--db", str(db), "-q", "--max-chars", "1000"])
    assert res.exit_code == 0, res.output
    assert "split at paragraph boundaries into 4 parts" in res.stderr
    stored = _articles(db)
    parts = sorted((r for r in stored.values() if r["part_of"]), key=lambda r: r["part_offset"])
    assert len(parts) == 4 and "after" in stored
    whole = (tmp_path / "long.txt").read_text()[len(" date 2025-02-13\n") :]
    for r in parts:
        assert whole[r["part_offset"] : r["part_offset"] + len(r["text"])] == r["text"]
    out = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--event", "coerce"])
    assert len(out.stdout.splitlines()) >= 4
    res = runner.invoke(cli, ["code", str(tmp_path), "--db", str(tmp_path / "u.db"), "-q", "--max-chars", "3000000"])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--since", "2025-13"], "'2025-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--since", "yesterday"], "'yesterday' is not a date"),
        (["--until", "2025-02-30"], "'2025-02-30' is not a date"),
        (["--since", "2025-03", "--until", "2025-01"], "is after --until"),
        (["--event", "FOO"], "not a PLOVER event type; one of: ACCUSE, AGREE"),
        (["--cameo", "99"], "not a CAMEO code or prefix"),
        (["--cameo", "abc"], "not a CAMEO code or prefix"),
        (["--country", "XYZ"], "not a country: use an ISO 3166 alpha-3 code"),
        (["--limit", "-5"], "-5 is not in the range"),
        (["--actor", " "], "empty value"),
    ],
)
def test_bad_filter_values_are_usage_errors(coded_db: Path, runner: CliRunner, args: list[str], needle: str) -> None:
    for command in (["events"], ["export", "-o", "-"]):
        if command[0] == "export" and args[0] == "--limit":
            continue
        res = runner.invoke(cli, [*command, "--db", str(coded_db), *args])
        assert res.exit_code == 2, (args, res.output)
        assert needle in res.stderr and "Traceback" not in res.output


def test_good_filter_values_and_actor_matching(coded_db: Path, runner: CliRunner) -> None:
    def ids(*args: str) -> set[str]:
        res = runner.invoke(cli, ["events", "--db", str(coded_db), "--format", "jsonl", *args])
        assert res.exit_code == 0, res.output
        return {json.loads(line)["id"] for line in res.stdout.splitlines()}

    kenyan = ids("--country", "KEN")
    assert kenyan
    assert ids("--country", "kenya") == kenyan
    # --actor Kenya: every event whose actor is Kenyan (the police, the opposition), not only "Kenya" by name
    by_actor = ids("--actor", "Kenya")
    assert by_actor == ids("--actor", "KEN") and len(by_actor) >= 3
    assert ids("--event", "coerce", "--since", "2025", "--until", "2025-02") & kenyan
    assert not ids("--event", "coerce", "--since", "2026")
    assert ids("--cameo", "17") and ids("--limit", "0") == set()


def test_export_into_a_missing_folder(coded_db: Path, runner: CliRunner, tmp_path: Path) -> None:
    for fmt in ("gdelt", "parquet"):
        res = runner.invoke(cli, ["export", "--db", str(coded_db), "--format", fmt, "-o", str(tmp_path / "no" / "x")])
        assert res.exit_code == 2 and "its folder does not exist" in res.stderr and "Traceback" not in res.output


def test_a_file_that_is_not_a_database(tmp_path: Path, runner: CliRunner) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: milk, eggs\n" * 100)
    before = notes.read_bytes()
    for args in (["events"], ["export", "-o", "-"], ["info"], ["code", str(MIXED / "sanctions.html"), "-q"]):
        res = runner.invoke(cli, [*args, "--db", str(notes)])
        assert res.exit_code == 1, (args, res.output)
        assert f"{notes}: file is not a database" in res.stderr and "Traceback" not in res.output
    assert notes.read_bytes() == before


def _small_db(path: Path, n: int = 3) -> None:
    with Store(path) as store:
        for i in range(n):
            a = Article(id=f"s{i}", text=f"Stored article {i}.", language="en")
            store.write(CodedArticle(a, (), (), (), (), ()), "test", "test-config")
        store.commit()


def test_a_damaged_database_is_a_message_and_is_left_as_it_was(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "d.db"
    _small_db(db)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xde\xad\xbe\xef" * ((len(data) - page) // 4)  # every page after the schema's
    db.write_bytes(bytes(data))
    for args in (["events"], ["export", "-o", "-"], ["code", str(MIXED / "sanctions.html"), "-q"]):
        res = runner.invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code == 1, (args, res.output)
        assert str(db) in res.stderr and "malformed" in res.stderr and "Traceback" not in res.output
    assert db.read_bytes() == bytes(data)


def test_a_read_only_database_is_a_message_and_keeps_its_rows(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ro.db"
    _small_db(db)
    real_connect = sqlite3.connect

    def read_only(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        # what a read-only file gives (the tests run as root, whom file modes do not stop)
        return real_connect(f"file:{path}?mode=ro", *args, uri=True)

    monkeypatch.setattr("newsevents.store.db.sqlite3.connect", read_only)
    res = runner.invoke(cli, ["code", str(MIXED / "sanctions.html"), "--db", str(db), "-q"])
    monkeypatch.undo()
    assert res.exit_code == 1 and "readonly database" in res.stderr and "Traceback" not in res.output
    assert set(_articles(db)) == {"s0", "s1", "s2"}


def test_a_failing_write_keeps_the_batches_before_it(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [json.dumps({"id": f"w{i}", "text": f"Kenyan police arrested {i + 2} protesters."}) for i in range(5)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines))
    db = tmp_path / "w.db"
    real_write = Store.write
    calls = {"n": 0}

    def failing_write(self: Store, coded: CodedArticle, coder: str, config: str, *, force: bool = False) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real_write(self, coded, coder, config, force=force)

    monkeypatch.setattr(Store, "write", failing_write)
    res = runner.invoke(cli, ["code", str(tmp_path / "in.jsonl"), "--db", str(db), "-q", "--batch-size", "2"])
    monkeypatch.undo()
    assert res.exit_code == 1 and "disk is full" in res.stderr and "2 article(s) coded before this batch" in res.stderr
    assert set(_articles(db)) == {"w0", "w1"}
    # run again: the rest is coded, nothing doubled
    res = runner.invoke(cli, ["code", str(tmp_path / "in.jsonl"), "--db", str(db), "-q", "--batch-size", "2"])
    assert res.exit_code == 0 and "articles coded: 3  (already stored, unchanged: 2)" in res.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_or_ctrl_c_finishes_the_batch_and_exits_cleanly(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    lines = [json.dumps({"id": f"t{i}", "text": f"Kenyan police arrested {i + 2} protesters."}) for i in range(6)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines))
    db = tmp_path / "t.db"
    real_commit = Store.commit
    sent = {"done": False}

    def commit_then_signal(self: Store) -> None:
        real_commit(self)
        if self.conn.execute("SELECT count(*) FROM articles").fetchone()[0] and not sent["done"]:
            sent["done"] = True
            os.kill(os.getpid(), signum)  # as `kill` or Ctrl-C would, during the run

    before = signal.getsignal(signum)
    monkeypatch.setattr(Store, "commit", commit_then_signal)
    res = runner.invoke(cli, ["code", str(tmp_path / "in.jsonl"), "--db", str(db), "-q", "--batch-size", "2"])
    monkeypatch.undo()
    assert res.exit_code == 128 + signum, res.output
    assert f"{signal.Signals(signum).name}: stopping after the current batch" in res.stderr
    assert "stopped early: 4 article(s) not coded yet" in res.stderr
    assert set(_articles(db)) == {"t0", "t1"}
    assert signal.getsignal(signum) == before  # the handlers are put back


def test_a_parser_failure_loses_only_the_article_at_fault(pipeline: Any) -> None:
    from newsevents.run import code_chunk

    nlp = pipeline.res.nlp
    short = [Article(id=f"k{i}", text=f"Kenyan police arrested {i + 2} protesters in Nairobi.") for i in range(3)]
    long = Article(id="long", text="Talks went on. " * 30, source_name="long.txt")
    failures: list[Any] = []
    old = nlp.max_length
    nlp.max_length = 200  # spaCy raises out of nlp.pipe for a longer text (E088), as it did over 1,000,000
    try:
        coded = [c.article.id for c in code_chunk(pipeline, [short[0], long, short[1], short[2]], failures)]
    finally:
        nlp.max_length = old
    assert sorted(coded) == ["k0", "k1", "k2"]
    assert [f.article_id for f in failures] == ["long"] and "E088" in failures[0].reason


def test_gazetteer_import_of_a_garbage_file_is_an_error(tmp_path: Path, runner: CliRunner) -> None:
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(128, 256)) * 8)
    words = tmp_path / "words.txt"
    words.write_text("these are not GeoNames rows\nnor is this\n")
    for f, needle in ((garbage, "not a GeoNames dump"), (words, "no GeoNames rows in this file")):
        res = runner.invoke(cli, ["gazetteer", "import", str(f)])
        assert res.exit_code == 1, res.output
        assert str(f) in res.stderr and needle in res.stderr and "gazetteer is unchanged" in res.stderr


def test_actor_search_matches_words_not_substrings() -> None:
    from newsevents.kb import KnowledgeBase
    from newsevents.kb.search import search

    kb = KnowledgeBase.default()
    ghani = [e["kb_id"] for e in search(kb, "Ghani")]
    assert "person:ashraf-ghani" in ghani and "country:AFG" not in ghani
    assert "country:AFG" in [e["kb_id"] for e in search(kb, "afgh")]  # the start of a word still matches
    res = CliRunner().invoke(cli, ["actors", "Ghani"])
    assert res.exit_code == 0 and "Ashraf Ghani" in res.stdout and "Afghanistan  [country]" not in res.stdout


def test_migration_3_adds_language_and_parts_and_keeps_rows(tmp_path: Path) -> None:
    from newsevents.store.db import MIGRATIONS
    from newsevents.store.dialect import SQLITE

    db = tmp_path / "v2.db"
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    for step in MIGRATIONS[:2]:  # as SQLite ran them (the shared SQL and SQLite's own part)
        for stmt in SQLITE.migration_sql(step).split(";"):
            if stmt.strip():
                con.execute(stmt)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (step.version, step.name))
    con.execute("INSERT INTO articles (id, content_hash, coder, text, coded_at) VALUES ('old', 'h', 'c', 'T.', 'then')")
    con.commit()
    con.close()
    with Store(db) as store:
        assert store.schema_version() >= 3  # later steps (4: clusters) run too
    row = _articles(db)["old"]
    assert (row["text"], row["language"], row["part_of"], row["part_offset"]) == ("T.", None, None, 0)
