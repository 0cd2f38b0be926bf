"""The knowledge base's fast build path gives what the plain one gives (issue 12: load time)."""

from __future__ import annotations

import datetime as dt
import gc
import pickle
from pathlib import Path

import pytest
import yaml

from newsevents.kb import KnowledgeBase
from newsevents.kb.entries import KBError, no_collection
from newsevents.kb.files import _load_yaml
from newsevents.kb.match import Hit, _hit
from newsevents.kb.yamlload import safe_load

SAMPLES = [
    "- {id: jane-roe, name: Jane Roe, aliases: [Roe],\n"
    "   roles: [{country: FRA, title: Mayor, start: 2001-05-02, end: null}]}\n",
    "a: &shared [1, 2.5, true, ~]\nb: *shared\nc: {<<: {d: 1}, e: two}\n3: three\nwhen: 2024-01-02T10:00:00\n",
    "words: [Côte d’Ivoire, 'quoted: colon', \"x\\ty\", yes, no, on, '']\nempty:\nnested: [[a, b], {k: [v]}]\n",
    "",
    "# only a comment\n",
    "just a string\n",
    "? [a, b]\n: complex key\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_yaml_gives_what_safe_load_gives(text: str) -> None:
    try:
        expected = yaml.safe_load(text)
    except yaml.YAMLError:
        with pytest.raises(yaml.YAMLError):
            safe_load(text)
        return
    assert safe_load(text) == expected


def test_fast_yaml_shares_an_anchor_and_keeps_types() -> None:
    data = safe_load("a: &x [1, 2]\nb: *x\nday: 2020-02-29\nn: 007\n")
    assert data["a"] is data["b"]
    assert data["day"] == dt.date(2020, 2, 29)
    assert data["n"] == yaml.safe_load("n: 007")["n"]


@pytest.mark.parametrize("text", ["a: [1", "- {a: 1\n", "x: !!python/object:os.system ls\n", "a: *nowhere\n"])
def test_fast_yaml_refuses_what_safe_load_refuses(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        safe_load(text)
    with pytest.raises(KBError, match="not valid YAML"):
        _load_yaml(text, "mine.yaml")


def test_no_collection_pauses_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with no_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with no_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    with pytest.raises(KBError), no_collection():
        raise KBError("a bad file")
    assert gc.isenabled()


def test_fast_hit_is_a_plain_hit() -> None:
    fast = _hit("person", "phoenix-x", "Jan Kowalski", "cap")
    plain = Hit("person", "phoenix-x", "Jan Kowalski", case="cap")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(AttributeError):
        fast.kind = "org"  # type: ignore[misc]


def test_a_user_file_is_loaded_after_the_fast_build(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "persons:\n- {id: ottilie-quarz, name: Ottilie Quarz, aliases: [Quarz],\n"
        "   roles: [{country: AUT, title: Mayor, start: 2019-01-01, end: 2024-06-30}]}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([mine])
    assert kb.layer_of("person:ottilie-quarz") == "user"
    [ref] = kb.resolve_phrase("Ottilie Quarz", dt.date(2020, 5, 1))
    assert (ref.country, ref.name) == ("AUT", "Ottilie Quarz")
    assert KnowledgeBase.default().person("ottilie-quarz") is None  # the built-in one is unchanged
