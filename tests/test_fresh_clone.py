"""The README's test command passes on a fresh clone: every test that reads ../shared skips without it."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, shared_file

_SHARED_USE = re.compile(r"""ROOT\.parent|["']\.\./shared|["']shared["']\s*/|/\s*["']shared["']""")


def test_only_the_conftest_helper_reaches_for_shared() -> None:
    offenders = [
        p.name
        for p in sorted((ROOT / "tests").glob("test_*.py"))
        if p.name != "test_fresh_clone.py" and _SHARED_USE.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"read ../shared through conftest.shared_file or the `shared` fixture: {offenders}"


def test_missing_shared_file_skips() -> None:
    with pytest.raises(pytest.skip.Exception, match="not beside the checkout"):
        shared_file("no-such-folder/never.jsonl")
