"""Configuration: one exception tree, malformed knowledge files as one-line errors, rule overrides
from --frames files, database URLs, and the configuration fingerprint. None needs the model."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsevents
from newsevents.cli.main import cli
from newsevents.code.rules import RULE_KEYS, CodeRules
from newsevents.code.verbframes import VerbFrameError, VerbFrames
from newsevents.errors import KnowledgeError, NewseventsError
from newsevents.identity import config_fingerprint, fingerprint
from newsevents.kb import KBError, KnowledgeBase
from newsevents.pipeline import Resources
from newsevents.store.db import MIGRATIONS, Store, UnsupportedDatabaseError, db_path

# ------------------------------------------------------------------------------ the exception tree


def _package_exceptions() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    for info in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        if info.name.endswith("__main__"):  # running it would start the command line
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found.append(obj)
    return found


def test_every_exception_class_of_the_package_is_a_newsevents_error() -> None:
    found = _package_exceptions()
    names = {c.__name__ for c in found}
    assert {"KBError", "VerbFrameError", "KnowledgeError", "UnsupportedDatabaseError"} <= names
    strays = [f"{c.__module__}.{c.__name__}" for c in found if not issubclass(c, NewseventsError)]
    assert strays == []


def test_knowledge_errors_keep_their_names_where_they_were() -> None:
    import newsevents.code.verbframes as vf
    import newsevents.kb.base as kb_base

    assert kb_base.KBError is KBError and vf.VerbFrameError is VerbFrameError
    assert issubclass(KBError, KnowledgeError) and issubclass(VerbFrameError, KnowledgeError)


# ------------------------------------------------------------------------ malformed knowledge files

BAD_YAML = "persons:\n  - id: x\n    name: [unclosed\n"


def test_kb_file_that_is_not_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(BAD_YAML)
    with pytest.raises(KBError, match=r"mine\.yaml: not valid YAML: line \d+, column \d+") as info:
        KnowledgeBase.load([bad])
    assert "\n" not in str(info.value)


def test_kb_file_with_a_dangling_reference_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "people.yaml"
    f.write_text(
        "persons:\n  - id: jane-roe\n    name: Jane Roe\n    roles:\n      - {title: minister, org: no-such-org}\n"
    )
    with pytest.raises(KBError, match=r"people\.yaml: person 'jane-roe': unknown organisation 'no-such-org'"):
        KnowledgeBase.load([f])


def test_unreadable_kb_file_is_a_kb_error(tmp_path: Path) -> None:
    f = tmp_path / "latin1.csv"
    f.write_bytes("kind,id,name\ncountry,XXA,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(KBError, match=r"latin1\.csv: cannot read"):
        KnowledgeBase.load([f])


@pytest.mark.parametrize(
    ("args", "content", "needle"),
    [
        (["analyze", "{txt}", "--kb", "{bad}"], BAD_YAML, "not valid YAML"),
        (["code", "{txt}", "--db", "{db}", "-q", "--kb", "{bad}"], "countries: 5\n", "must be a list of mappings"),
        (["analyze", "{txt}", "--frames", "{bad}"], "frames: [\n", "not valid YAML"),
        (["code", "{txt}", "--db", "{db}", "-q", "--frames", "{bad}"], "frames: []\nfutur_heads: [x]\n", "futur_heads"),
        (["actors", "Kenya", "--kb", "{bad}"], BAD_YAML, "not valid YAML"),
    ],
)
def test_malformed_knowledge_file_is_one_line_on_stderr(
    tmp_path: Path, args: list[str], content: str, needle: str
) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text(content)
    txt = tmp_path / "a.txt"
    txt.write_text("Kenyan police arrested protesters in Nairobi on Monday.\n")
    db = tmp_path / "out" / "e.db"
    argv = [a.format(txt=txt, bad=bad, db=db) for a in args]
    res = CliRunner().invoke(cli, argv)
    assert res.exit_code == 2, res.output
    assert res.stdout == ""
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and needle in lines[0], res.stderr
    assert "Traceback" not in res.output
    assert not db.parent.exists()  # nothing created before the knowledge was read


# ------------------------------------------------------------------------ rule overrides (--frames)


def test_frames_file_rule_keys_update_maps_and_extend_lists(tmp_path: Path) -> None:
    f = tmp_path / "rules.yaml"
    f.write_text(
        'frames:\n  - code: "042"\n    patterns: ["frobnicate"]\n'
        "future_heads: [contemplate]\n"
        'intent:\n  "04": "031"\n'
        "anaphors:\n  outfit: [REB]\n"
    )
    builtin = CodeRules.default()
    res = Resources(frame_files=(str(f),))
    rules = res.rules
    assert rules.intent["04"] == "031" and builtin.intent["04"] != "031"  # a map entry replaced
    assert rules.intent["05"] == builtin.intent["05"]  # the others kept
    assert rules.future_heads == builtin.future_heads | {"contemplate"}  # a list extended
    assert rules.anaphors["outfit"] == ("REB",) and rules.anaphors["group"] == builtin.anaphors["group"]
    assert res.frames.patterns_for("frobnicate") == (("frobnicate", "042", str(f)),)  # its frames load too


def test_frames_file_may_carry_only_rules(tmp_path: Path) -> None:
    f = tmp_path / "only_rules.yaml"
    f.write_text("claim_verbs: [insinuate]\n")
    assert "insinuate" in Resources(frame_files=(str(f),)).rules.claim_verbs
    assert VerbFrames.load([f]).sizes() == VerbFrames.default().sizes()


def test_later_frames_file_wins_a_map_key(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text('demand_modals:\n  need: "020"\n')
    b.write_text('demand_modals:\n  need: "100"\n')
    assert CodeRules.load([a, b]).demand_modals["need"] == "100"
    assert CodeRules.load([b, a]).demand_modals["need"] == "020"


def test_unknown_top_level_key_in_a_frames_file_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "typo.yaml"
    f.write_text('frames:\n  - code: "042"\n    patterns: ["drop by"]\nfuture_head: [contemplate]\n')
    with pytest.raises(VerbFrameError, match=r"typo\.yaml: unknown top-level key 'future_head'"):
        VerbFrames.load([f])
    with pytest.raises(KnowledgeError, match="typo.yaml"):
        _ = Resources(frame_files=(str(f),)).rules


def test_rule_override_with_an_unknown_code_names_the_user_file(tmp_path: Path) -> None:
    f = tmp_path / "badcode.yaml"
    f.write_text('negated:\n  "04": "999"\n')
    with pytest.raises(VerbFrameError, match=r"badcode\.yaml: negated\['04'\] names unknown CAMEO code '999'"):
        _ = Resources(frame_files=(str(f),)).rules


def test_a_frames_file_without_frames_or_rules_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.yaml"
    f.write_text("version: 1\n")
    with pytest.raises(VerbFrameError, match=r"empty\.yaml: expected a mapping with a 'frames' list"):
        VerbFrames.load([f])


def test_rule_keys_are_the_keys_of_code_rules_yaml() -> None:
    import yaml

    text = (Path(newsevents.__file__).parent / "data" / "code_rules.yaml").read_text(encoding="utf-8")
    assert set(yaml.safe_load(text)) - {"version"} == RULE_KEYS


# --------------------------------------------------------------------------------- database URLs


@pytest.mark.parametrize(
    "url", ["postgres://user:secret@db.example/events", "mysql://user:secret@h/db", "http://x/y", "file:e.db"]
)
def test_unknown_database_scheme_is_refused_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UnsupportedDatabaseError, match="not supported; use a path, sqlite:///path or postgresql://"):
        Store(url)
    txt = tmp_path / "a.txt"
    txt.write_text("Kenyan police arrested protesters.\n")
    for argv, env in ((["code", str(txt), "--db", url, "-q"], {}), (["events"], {"NEWSEVENTS_DB": url})):
        res = CliRunner().invoke(cli, argv, env=env)
        assert res.exit_code == 2, res.output
        assert len(res.stderr.splitlines()) == 1 and "are not supported" in res.stderr
        assert "secret" not in res.stderr  # a URL's password is never echoed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_sqlite_urls_name_relative_and_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert db_path("sqlite:///sub/e.db") == tmp_path / "sub" / "e.db"
    assert db_path(f"sqlite:///{tmp_path}/abs.db") == tmp_path / "abs.db"  # sqlite:////abs/path
    monkeypatch.setenv("NEWSEVENTS_DB", "sqlite:///env.db")
    assert db_path() == tmp_path / "env.db"
    with Store("sqlite:///sub/e.db") as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
    assert (tmp_path / "sub" / "e.db").is_file()
    with pytest.raises(UnsupportedDatabaseError):
        db_path("sqlite://")
    res = CliRunner().invoke(cli, ["events", "--db", "sqlite:///sub/e.db"])
    assert res.exit_code == 0, res.output


# ---------------------------------------------------------------------------- the fingerprint


def test_fingerprint_changes_with_a_user_file_and_only_its_content(tmp_path: Path) -> None:
    base = fingerprint(Resources())
    assert base == fingerprint(Resources()) and len(base) == 16
    kb = tmp_path / "mine.yaml"
    kb.write_text("organizations:\n  - {id: test-org, name: Test Org, type: ngo}\n")
    frames = tmp_path / "frames.yaml"
    frames.write_text("future_heads: [contemplate]\n")
    with_kb = fingerprint(Resources(kb_files=(str(kb),)))
    with_frames = fingerprint(Resources(frame_files=(str(frames),)))
    assert len({base, with_kb, with_frames}) == 3
    assert fingerprint(Resources(model="another_model")) != base
    renamed = tmp_path / "renamed.yaml"
    renamed.write_bytes(kb.read_bytes())
    assert config_fingerprint(Resources().model, [str(renamed)]) == with_kb  # content counts, not the name
    kb.write_text("organizations:\n  - {id: test-org, name: Test Org Two, type: ngo}\n")
    assert fingerprint(Resources(kb_files=(str(kb),))) != with_kb


def test_migration_2_adds_the_config_column_and_old_rows_recode(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    from newsevents.store.dialect import SQLITE

    for stmt in SQLITE.migration_sql(MIGRATIONS[0]).split(";"):  # step 1 as SQLite ran it
        if stmt.strip():
            con.execute(stmt)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial schema', '2026-01-01T00:00:00+00:00')")
    article = newsevents.Article(id="a-1", text="Some text.")
    con.execute(
        "INSERT INTO articles VALUES (?, ?, 'c', NULL, ?, NULL, NULL, NULL, NULL, NULL, 'now')",
        (article.id, Store.article_hash(article.text, None, "c"), article.text),
    )
    con.commit()
    con.close()
    with Store(db) as store:
        assert store.schema_version() >= 2  # later steps (3: article language and parts) run too
        assert not store.is_current(article, "c", "any-config")  # coded under an unknown configuration
        store.conn.execute("UPDATE articles SET config = 'cfg1'")
        assert store.is_current(article, "c", "cfg1") and not store.is_current(article, "c", "cfg2")


def test_sector_codes_from_a_frames_file_update_the_built_in_table(tmp_path: Path) -> None:
    f = tmp_path / "sectors.yaml"
    f.write_text('sector_codes:\n  "042": {REB: "154"}\n')
    table = CodeRules.load([f]).sector_codes["042"]
    assert table["REB"] == "154" and table["MIL"] == CodeRules.load().sector_codes["042"]["MIL"]
    bad = tmp_path / "badsector.yaml"
    bad.write_text('sector_codes:\n  "042": {MIL: "999"}\n')
    with pytest.raises(VerbFrameError, match=r"badsector\.yaml: sector_codes\['042'\] names unknown CAMEO code '999'"):
        _ = Resources(frame_files=(str(bad),)).rules
