"""Data files refuse a key given twice (PyYAML alone keeps the last one without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsevents.code.rules import CodeRules
from newsevents.errors import KnowledgeError, VerbFrameError
from newsevents.lexicon import parse_lexicon
from newsevents.yamlkeys import UniqueKeyLoader


def test_loader_refuses_a_key_given_twice_and_names_its_line() -> None:
    with pytest.raises(yaml.YAMLError) as info:
        yaml.load("lists:\n  a: [x]\n  b: [y]\n  a: [z]\n", Loader=UniqueKeyLoader)
    assert "'a' is given twice" in str(info.value)
    assert info.value.problem_mark is not None and info.value.problem_mark.line == 3  # type: ignore[attr-defined]


def test_loader_otherwise_loads_as_safe_load() -> None:
    text = "base: &b {x: 1}\nother:\n  <<: *b\n  y: [1, 2]\nwhen: 2024-01-02\n"
    assert yaml.load(text, Loader=UniqueKeyLoader) == yaml.safe_load(text)


def test_lexicon_refuses_a_list_named_twice() -> None:
    text = "version: 1\nlists:\n  gathering_verbs: [meet]\n  other: [x]\n  gathering_verbs: [gather]\n"
    with pytest.raises(KnowledgeError, match="given twice"):
        parse_lexicon(text, "test.yaml")
    parse_lexicon(text.replace("  gathering_verbs: [gather]\n", ""), "test.yaml")  # the same file once is fine


def test_code_rules_refuse_a_key_given_twice(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("refusing_heads: [decline]\nrefusing_heads: [refuse]\n", encoding="utf-8")
    with pytest.raises(VerbFrameError, match="given twice"):
        CodeRules.load([rules])
