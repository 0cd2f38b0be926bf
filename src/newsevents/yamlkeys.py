"""A YAML loader for the project's data files that refuses a mapping key given twice.

PyYAML keeps the last of two equal keys without a word, so a second list named like the first
(``gathering_verbs`` written again further down lexicon.yaml) silently replaced it. This loader
raises ``yaml.constructor.ConstructorError`` (a ``yaml.YAMLError``) naming the key and its line, which
the loaders turn into their own error (``KnowledgeError``, ``VerbFrameError``). It is PyYAML's safe
loader (the C one where PyYAML has it), so everything else loads as ``yaml.safe_load`` gives it.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode

__all__ = ["UniqueKeyLoader"]

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"


class UniqueKeyLoader(_BASE):
    """``yaml.safe_load``'s loader, refusing a key given twice in one mapping."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == _MERGE:
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                if key in seen:
                    raise ConstructorError(
                        "while reading a mapping", node.start_mark, f"key {key!r} is given twice", key_node.start_mark
                    )
                seen.add(key)
            except TypeError:  # an unhashable key: the base constructor says so
                continue
        result: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return result
