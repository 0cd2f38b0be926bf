"""The command line: exit codes, messages naming the bad file, outputs on stdout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES
from newsevents.cli.main import cli

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["code"]).exit_code == 2
    assert runner.invoke(cli, ["events", "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, ["code", "x.txt", "--date", "yesterday"]).exit_code == 2


def test_code_with_bad_inputs_codes_the_good_and_exits_1(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "mixed.jsonl").write_text(
        '{"id": "ok1", "date": "2024-01-03", "text": "Turkish warplanes bombed PKK positions in northern Iraq."}\n'
        "{broken\n"
        '{"id": "ok2", "date": "2024-01-03", "text": "Kenyan police arrested dozens of protesters in Nairobi."}\n'
    )
    (tmp_path / "notext.csv").write_text("id,title\n1,x\n")
    db = tmp_path / "t.db"
    res = runner.invoke(cli, ["code", str(tmp_path), "--db", str(db), "-q"])
    assert res.exit_code == 1, res.output
    err = res.stderr
    assert "empty.txt: empty file" in err
    assert "bin.txt: binary file" in err
    assert "mixed.jsonl:2: invalid JSON" in err
    assert "notext.csv: CSV has no text column" in err
    assert "articles coded: 2" in err
    out = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0
    ids = {json.loads(line)["article_id"] for line in out.stdout.splitlines()}
    assert ids == {"ok1", "ok2"}


def test_code_events_export_roundtrip(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "s.db"
    res = runner.invoke(cli, ["code", str(SAMPLES), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.stderr
    assert re.search(r"events: \d+", res.stderr)
    table = runner.invoke(cli, ["events", "--db", str(db)])
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split()[:3] == ["date", "event", "cameo"]
    for fmt in ("plover", "csv", "gdelt"):
        exp = runner.invoke(cli, ["export", "--db", str(db), "--format", fmt, "-o", "-"])
        assert exp.exit_code == 0 and exp.stdout.strip(), fmt
    out = tmp_path / "e.parquet"
    assert runner.invoke(cli, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)]).exit_code == 0
    assert out.stat().st_size > 0
    # the default view hides hypothetical / negated events; --all-modalities shows them
    some = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()
    every = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--all-modalities"]).stdout.splitlines()
    assert {json.loads(x)["modality"] for x in some} <= {"asserted", "future"}
    assert len(every) >= len(some)


def test_export_leaves_out_negated_and_hypothetical_events_unless_asked(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "modal.jsonl").write_text(
        '{"id": "m1", "date": "2024-03-05", "text": "Kenyan police arrested 40 protesters in Nairobi on Monday."}\n'
        '{"id": "m2", "date": "2024-03-05", "text": "Chile did not expel the Peruvian ambassador on Monday."}\n'
        '{"id": "m3", "date": "2024-03-05", "text": "Argentina could recall its ambassador from Brazil."}\n'
    )
    db = tmp_path / "m.db"
    assert runner.invoke(cli, ["code", str(tmp_path / "modal.jsonl"), "--db", str(db), "-q"]).exit_code == 0
    some = runner.invoke(cli, ["export", "--db", str(db), "-o", "-"])
    every = runner.invoke(cli, ["export", "--db", str(db), "-o", "-", "--all-modalities"])
    assert some.exit_code == 0 and every.exit_code == 0
    kept = {json.loads(x)["modality"] for x in some.stdout.splitlines()}
    stored = {json.loads(x)["modality"] for x in every.stdout.splitlines()}
    assert kept == {"asserted"} and {"negated", "hypothetical"} <= stored


def test_events_without_database_is_a_clear_error(tmp_path: Path, runner: CliRunner) -> None:
    res = runner.invoke(cli, ["events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no database" in res.stderr


def test_analyze_json_shape(runner: CliRunner) -> None:
    seed = SAMPLES / "00_tass_csto.txt"
    res = runner.invoke(cli, ["analyze", str(seed), "--json"])
    assert res.exit_code == 0, res.stderr
    obj = json.loads(res.stdout.splitlines()[0])
    for key in ("id", "sentences", "entities", "dates", "places", "frames", "events"):
        assert key in obj
    d = next(d for d in obj["dates"] if d["text"] == "August 15")
    assert d["value"] == "2021-08-15" and d["precision"] == "day"
    kabul = next(p for p in obj["places"] if p["text"] == "Kabul")
    assert kabul["country_code"] == "AFG" and abs(kabul["lat"] - 34.53) < 0.2 and kabul["geonameid"]
    assert all(e["reasons"] for e in obj["events"])
    text_view = runner.invoke(cli, ["analyze", str(seed)])
    assert text_view.exit_code == 0 and "=> " in text_view.stdout


def test_stdin_input(tmp_path: Path, runner: CliRunner) -> None:
    res = runner.invoke(
        cli,
        ["analyze", "-", "--json", "--date", "2024-05-01"],
        input="Israeli warplanes struck Hamas targets in Gaza on Tuesday.",
    )
    assert res.exit_code == 0
    obj = json.loads(res.stdout)
    assert obj["events"] and obj["events"][0]["event"] == "ASSAULT"
    assert obj["events"][0]["date"] == "2024-04-30"


def test_info_and_demo(tmp_path: Path, runner: CliRunner) -> None:
    info = runner.invoke(cli, ["info", "--db", str(tmp_path / "none.db")])
    assert info.exit_code == 0 and "knowledge base:" in info.stdout and "not created yet" in info.stdout
    assert re.search(r"configuration fingerprint \(built-in files\): [0-9a-f]{16}\n", info.stdout)
    demo = runner.invoke(cli, ["demo", "--db", str(tmp_path / "demo.db")])
    assert demo.exit_code == 0, demo.stderr
    assert "Taliban" in demo.stdout or "AFG" in demo.stdout
    assert runner.invoke(cli, ["demo", "--db", str(tmp_path / "demo.db")]).exit_code == 2


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in readme.splitlines()[:10] if line.startswith("    ")]
    assert len(commands) == 2
    assert commands[1] in ci
    assert "newsevents demo" in commands[0]


def test_processes_option_codes_the_same_events(tmp_path: Path, runner: CliRunner) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert runner.invoke(cli, ["code", str(SAMPLES), "--db", str(one), "-q"]).exit_code == 0
    res = runner.invoke(cli, ["code", str(SAMPLES), "--db", str(two), "-q", "--processes", "2", "--batch-size", "2"])
    assert res.exit_code == 0, res.stderr
    ids = [
        runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--all-modalities"]).stdout
        for db in (one, two)
    ]
    assert ids[0] == ids[1] and ids[0].strip()


def test_gazetteer_import_command(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))  # its own index: the import adds test rows
    sample = ROOT / "tests" / "data" / "geonames_sample.txt"
    res = runner.invoke(cli, ["gazetteer", "import", str(sample)])
    assert res.exit_code == 0, res.stderr
    assert re.search(r"imported \d+ rows", res.stderr)
    info = runner.invoke(cli, ["gazetteer", "info"])
    assert info.exit_code == 0 and str(tmp_path / "cache") in info.stdout
    assert runner.invoke(cli, ["gazetteer", "import", str(tmp_path / "missing.txt")]).exit_code == 2
