"""YAML for the knowledge files, read faster than ``yaml.safe_load``: the C parser and composer of
PyYAML (libyaml, when PyYAML was built with it) make the node tree, and plain strings, lists and
mappings are built from it here in one recursive walk instead of PyYAML's generator-based
constructor (about a third of the knowledge base's build time went there). Every other node (a
number, a date, ``null``, ``true``, a merge key ``<<``, a non-string key, an explicit tag) is built by
PyYAML's own safe constructor, so the result is the one ``yaml.safe_load`` gives; an anchor's node
is built once and shared, as there.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

from newsevents.errors import KBError

try:  # the C parser is several times faster; fall back to the pure-Python one
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


def safe_load(text: str) -> Any:
    """What ``yaml.safe_load(text)`` returns (raises ``yaml.YAMLError`` as it does)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _build(loader, node, {})
    finally:
        loader.dispose()


def kb_mapping(name: str, keys: Iterable[str]) -> dict[str, Any]:
    """The mapping of the package's ``data/kb/NAME`` (an empty file is an empty mapping); a file that is
    not YAML, not a mapping or has a key outside ``keys`` is refused with a :class:`KBError`."""
    text = resources.files("newsevents").joinpath("data", "kb", name).read_text(encoding="utf-8")
    try:
        data = safe_load(text) or {}
    except yaml.YAMLError as e:
        raise KBError(f"{name}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise KBError(f"{name}: expected a mapping")
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise KBError(f"{name}: unknown key {unknown[0]!r}")
    return data


def _build(loader: Any, node: yaml.Node, built: dict[int, Any]) -> Any:
    found = built.get(id(node))
    if found is not None or id(node) in built:
        return found
    tag = node.tag
    value: Any
    if tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value  # a string is immutable: nothing to share
    if tag == _SEQ and isinstance(node, yaml.SequenceNode):
        value = built[id(node)] = []
        value.extend(_build(loader, item, built) for item in node.value)
    elif (
        tag == _MAP
        and isinstance(node, yaml.MappingNode)
        and all(k.tag == _STR and isinstance(k, yaml.ScalarNode) for k, _ in node.value)
    ):
        value = built[id(node)] = {}
        for k, v in node.value:
            value[k.value] = _build(loader, v, built)
    else:  # PyYAML's own constructor (it keeps its own table of the nodes it built)
        value = built[id(node)] = loader.construct_object(node, deep=True)
    return value
