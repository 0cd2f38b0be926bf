"""The lexicon: the word lists the pipeline's rules use, read once from ``data/lexicon.yaml``, and
the sector groups (state, domestic, ...) read from the ``groups`` attribute of
``data/kb/sectors.yaml``.  See docs/lexicon.md.

A low module: it imports nothing from the stages, so every stage can take its words from here::

    LOCATIVE_PREPS = LEXICON["locative_prepositions"]      # a frozenset of words
    REGION_ADJECTIVES = table("region_adjectives")          # a read-only mapping
    STATE_SECTORS = sector_group("state")                   # a frozenset of sector codes

The files are parsed on first use and then kept for the life of the process (they are part of the
package, not of a run's configuration).  A malformed file raises
:class:`newsevents.errors.KnowledgeError` naming the file and the list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from newsevents.errors import KnowledgeError
from newsevents.yamlkeys import UniqueKeyLoader

__all__ = ["LEXICON", "SECTOR_GROUPS", "parse_lexicon", "parse_sector_groups", "sector_group", "table"]

LEXICON_FILE = "lexicon.yaml"
SECTORS_FILE = "kb/sectors.yaml"
#: The sector groups ``sectors.yaml`` may give a sector (docs/knowledge-base.md).
SECTOR_GROUPS = frozenset({"state", "domestic", "non_state", "local_people", "armed", "story_side", "filed_side"})
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_LIST_KEYS = frozenset({"include", "words"})

Lists = dict[str, frozenset[str]]
Tables = dict[str, Mapping[str, str]]


def _load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # a key given twice is refused, not dropped
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}") from exc


def _words(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list) or not raw:
        raise KnowledgeError(f"{where}: expected a non-empty list of words")
    words: list[str] = []
    for word in raw:
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise KnowledgeError(f"{where}: {word!r} is not a word (quote yes/no/on/off and numbers)")
        if word in words:
            raise KnowledgeError(f"{where}: {word!r} is listed twice")
        words.append(word)
    return words


def parse_lexicon(text: str, source: str) -> tuple[Lists, Tables]:
    """The lists (name -> frozenset, includes resolved) and tables of a lexicon file."""
    data = _load_yaml(text, source)
    if not isinstance(data, dict) or not isinstance(data.get("lists"), dict):
        raise KnowledgeError(f"{source}: expected a mapping with a 'lists' mapping")
    if data.get("version", 1) != 1:
        raise KnowledgeError(f"{source}: unsupported version {data.get('version')!r} (expected 1)")
    unknown = set(data) - {"version", "lists", "tables"}
    if unknown:
        raise KnowledgeError(f"{source}: unknown key(s) {sorted(map(str, unknown))}")
    raw_lists: dict[str, tuple[list[str], list[str]]] = {}
    for name, value in data["lists"].items():
        where = f"{source}: list {name!r}"
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise KnowledgeError(f"{where}: a list name is lower case (a-z, 0-9, _)")
        if isinstance(value, dict):
            if set(value) - _LIST_KEYS or "include" not in value:
                raise KnowledgeError(f"{where}: a mapping has 'include' and 'words' only")
            include = value["include"]
            if not isinstance(include, list) or not all(isinstance(n, str) for n in include):
                raise KnowledgeError(f"{where}: 'include' must be a list of list names")
            raw_lists[name] = (list(include), _words(value.get("words"), where))
        else:
            raw_lists[name] = ([], _words(value, where))
    lists: Lists = {}

    def resolve(name: str, chain: tuple[str, ...]) -> frozenset[str]:
        if name in lists:
            return lists[name]
        include, own = raw_lists[name]
        words: set[str] = set()
        for other in include:
            where = f"{source}: list {name!r}: include {other!r}"
            if other not in raw_lists:
                raise KnowledgeError(f"{where}: no such list")
            if other in chain:
                raise KnowledgeError(f"{where}: the lists include each other")
            words |= resolve(other, (*chain, other))
        again = sorted(words.intersection(own))
        if again:
            raise KnowledgeError(f"{source}: list {name!r}: {again} already come from an included list")
        lists[name] = frozenset(words.union(own))
        return lists[name]

    for name in raw_lists:
        resolve(name, (name,))
    tables: Tables = {}
    raw_tables = data.get("tables") or {}
    if not isinstance(raw_tables, dict):
        raise KnowledgeError(f"{source}: 'tables' must be a mapping of name: {{word: word}}")
    for name, value in raw_tables.items():
        where = f"{source}: table {name!r}"
        if not isinstance(value, dict) or not value:
            raise KnowledgeError(f"{where}: expected a non-empty mapping of word: word")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise KnowledgeError(f"{where}: keys and values must be words (quote yes/no/on/off)")
        tables[name] = MappingProxyType(dict(value))
    return lists, tables


def parse_sector_groups(text: str, source: str) -> dict[str, frozenset[str]]:
    """group -> the codes of the sectors that have it, from the ``groups`` of a sectors file."""
    data = _load_yaml(text, source)
    if not isinstance(data, list):
        raise KnowledgeError(f"{source}: expected a list of sectors")
    groups: dict[str, set[str]] = {group: set() for group in SECTOR_GROUPS}
    for i, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or "groups" not in entry:
            continue
        where = f"{source} entry {i} ({entry.get('code')})"
        raw = entry["groups"]
        if not isinstance(raw, list) or not all(isinstance(g, str) for g in raw):
            raise KnowledgeError(f"{where}: 'groups' must be a list of group names")
        for group in raw:
            if group not in SECTOR_GROUPS:
                raise KnowledgeError(f"{where}: unknown sector group {group!r} (one of {sorted(SECTOR_GROUPS)})")
            groups[group].add(str(entry.get("code", "")).upper())
    return {group: frozenset(codes) for group, codes in groups.items()}


def _data_text(name: str) -> str:
    return resources.files("newsevents").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


@functools.cache
def _lexicon() -> tuple[Lists, Tables]:
    return parse_lexicon(_data_text(LEXICON_FILE), LEXICON_FILE)


@functools.cache
def _sector_groups() -> dict[str, frozenset[str]]:
    return parse_sector_groups(_data_text(SECTORS_FILE), SECTORS_FILE)


class _Lexicon(Mapping[str, frozenset[str]]):
    """The lists of ``data/lexicon.yaml`` by name; read on first use."""

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            return _lexicon()[0][name]
        except KeyError:
            raise KeyError(f"{LEXICON_FILE} has no list {name!r}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(_lexicon()[0])

    def __len__(self) -> int:
        return len(_lexicon()[0])


#: The word lists of ``data/lexicon.yaml``: ``LEXICON["locative_prepositions"]`` is a frozenset.
LEXICON: Mapping[str, frozenset[str]] = _Lexicon()


def table(name: str) -> Mapping[str, str]:
    """The table ``name`` of ``data/lexicon.yaml`` (read-only)."""
    try:
        return _lexicon()[1][name]
    except KeyError:
        raise KeyError(f"{LEXICON_FILE} has no table {name!r}") from None


def sector_group(group: str) -> frozenset[str]:
    """The codes of the built-in sectors that ``data/kb/sectors.yaml`` puts in ``group``."""
    if group not in SECTOR_GROUPS:
        raise KeyError(f"unknown sector group {group!r} (one of {sorted(SECTOR_GROUPS)})")
    return _sector_groups()[group]
