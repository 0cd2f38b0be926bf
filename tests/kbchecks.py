"""Helpers for the knowledge-base tests that hold a data file to its second check (data/kb/checks)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from newsevents.kb.files import _read_data, _yaml_list

KB_DIR = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "kb"


def check_rows(check: str) -> list[dict[str, str]]:
    """The rows of the TSV ``checks/<check>``, its comment lines (``#``) passed over."""
    lines = [x for x in (KB_DIR / "checks" / check).read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def assert_orgs_agree(kb: Any, check: str, at_least: int) -> None:
    """At least ``at_least`` rows, and every organisation's country agrees with its row."""
    by_name = {o.name: o for o in kb.orgs.values()}
    rows = check_rows(check)
    assert len(rows) >= at_least
    for row in rows:
        org = by_name[row["name"]]
        assert (org.country or "-") == row["check_country"] and row["agrees"] == "yes", row


def assert_drafted_roles_agree(check: str, drafted_file: str) -> None:
    """One row a role drafted in ``drafted_file``, and every verdict ``agree``."""
    rows = check_rows(check)
    drafted = yaml.safe_load((KB_DIR / drafted_file).read_text(encoding="utf-8"))
    assert len(rows) == sum(len(p["roles"]) for p in drafted)
    assert all(r["verdict"] == "agree" for r in rows)


def assert_roles_checked(check: str, name: str) -> None:
    """Each role of the data file ``name`` has its row in the check file; a role the check disagreed with
    is not in the data, and one it nearly agreed with is marked uncertain."""
    rows = check_rows(check)
    verdict = {(r["person"], r["country_or_org"], r["title"], r["drafted_start"]): r["verdict"] for r in rows}
    for entry in _yaml_list(_read_data(name), name):
        for role in entry["roles"]:
            key = (entry["name"], role.get("country") or role.get("org"), role["title"], str(role.get("start") or ""))
            assert key in verdict, key
            assert verdict[key] != "disagree", key
            if verdict[key] == "near":
                assert role.get("uncertain") is True, key
