"""Tests for `newsevents actors` (newsevents.cli.actors), run on the command object directly."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsevents.cli.actors import COMMANDS, actors_cmd

DATA = Path(__file__).resolve().parent / "data"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(actors_cmd, list(args))
    return result.exit_code, result.output


def test_exported_commands() -> None:
    assert COMMANDS == [actors_cmd]
    assert actors_cmd.name == "actors"


def test_search_shows_roles() -> None:
    code, out = run("Ghani")
    assert code == 0
    assert "person:ashraf-ghani" in out
    assert "role: President, AFG, AFGGOV, 2014-09-29 – 2021-08-15" in out


def test_search_is_case_insensitive_and_finds_codes() -> None:
    _, out = run("csto")
    assert out.startswith("org:csto  Collective Security Treaty Organization  [igo]")
    _, by_code = run("IGOCSTO")
    assert "org:csto" in by_code


def test_date_shows_the_resolution() -> None:
    code, out = run("President Ashraf Ghani", "--date", "2021-09-01")
    assert code == 0
    assert out.splitlines()[1].startswith("  AFGELI  Ashraf Ghani")
    assert "ended 2021-08-15" in out
    _, before = run("President Ashraf Ghani", "--date", "2021-08-01")
    assert before.splitlines()[1].startswith("  AFGGOV  Ashraf Ghani")


def test_json_output() -> None:
    code, out = run("Tokayev", "--date", "2022-01-05", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "Tokayev" and data["date"] == "2022-01-05"
    assert data["matches"][0]["kb_id"] == "person:kassym-jomart-tokayev"
    assert data["matches"][0]["roles"][0]["code"] == "KAZGOV"
    assert [r["code"] for r in data["resolved"]] == ["KAZGOV"]


def test_no_match_and_bad_date() -> None:
    code, out = run("zzzqqq")
    assert code == 0 and "no entity matches" in out
    code, out = run("Ghani", "--date", "2021-13-01")
    assert code == 2 and "YYYY-MM-DD" in out


def test_extra_petrarch_file() -> None:
    code, out = run("Velanic", "--kb-file", str(DATA / "sample.actors"), "--json")
    assert code == 0
    (match,) = json.loads(out)["matches"]
    assert [r["code"] for r in match["roles"]] == ["TJKGOV", "TJKOPP"]


def test_the_layer_of_each_answer_is_shown() -> None:
    _, out = run("Ghani")
    assert "layer curated" in out.splitlines()[0]
    code, out = run("Afghan Vice President Abdul Karim Khalili", "--date", "2010-01-01", "--json")
    assert code == 0
    data = json.loads(out)
    (ref,) = data["resolved"]
    assert {k: ref[k] for k in ("name", "code", "country", "sector")} == {
        "name": "Abdul Karim Khalili",
        "code": "AFGGOV",
        "country": "AFG",
        "sector": "GOV",
    }  # the fields tools rely on
    assert ref["layer"] == "imported" and data["matches"][0]["layer"] == "imported"
    _, text = run("Afghan Vice President Abdul Karim Khalili", "--date", "2015-01-01")
    assert "imported" in text.splitlines()[1]
    _, user = run("Velanic", "--kb-file", str(DATA / "sample.actors"))
    assert "layer user" in user
