"""The clusters data file (``data/clusters.yaml``, documented in docs/dedup.md) as a typed config."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import KnowledgeError

CONFIG_FILE = "clusters.yaml"


@dataclass(frozen=True)
class NearDuplicateConfig:
    shingle_words: int
    num_perm: int
    bands: int
    rows: int
    threshold: float
    seed: int


@dataclass(frozen=True)
class ClusterConfig:
    near: NearDuplicateConfig
    families: Mapping[str, tuple[str, ...]]
    links: Mapping[str, tuple[str, ...]]
    sector_groups: Mapping[str, frozenset[str]]
    symmetric_types: frozenset[str]
    text_similarity: float
    slack_days: int
    publication_before: int
    unknown_before: int
    vague_words: Mapping[str, int]
    places_km: Mapping[str, float]
    retrospective_after_days: int

    def widest_days(self) -> int:
        """The widest date range an event can have (a year), plus the slack: the candidate window."""
        return 366 + self.slack_days


def _mapping(data: Any, key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise KnowledgeError(f"{where}: '{key}' must be a mapping")
    return value


def parse_config(text: str, where: str) -> ClusterConfig:
    """Read the clusters data file; a malformed file is a KnowledgeError naming the key."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{where}: invalid YAML ({e})") from e
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: expected a mapping at the top")
    try:
        near = _mapping(data, "near_duplicates", where)
        nd = NearDuplicateConfig(
            shingle_words=int(near["shingle_words"]),
            num_perm=int(near["num_perm"]),
            bands=int(near["bands"]),
            rows=int(near["rows"]),
            threshold=float(near["threshold"]),
            seed=int(near["seed"]),
        )
        if nd.bands * nd.rows != nd.num_perm:
            raise KnowledgeError(f"{where}: near_duplicates bands x rows must equal num_perm")
        dates = _mapping(data, "dates", where)
        return ClusterConfig(
            near=nd,
            families={k: tuple(str(x) for x in v) for k, v in _mapping(data, "families", where).items()},
            links={k: tuple(str(x) for x in v) for k, v in _mapping(data, "links", where).items()},
            sector_groups={k: frozenset(str(x) for x in v) for k, v in _mapping(data, "sector_groups", where).items()},
            symmetric_types=frozenset(str(t) for t in data.get("symmetric_types") or ()),
            text_similarity=float(data["text_similarity"]),
            slack_days=int(dates["slack_days"]),
            publication_before=int(dates["publication_before"]),
            unknown_before=int(dates["unknown_before"]),
            vague_words={str(k): int(v) for k, v in (dates.get("vague_words") or {}).items()},
            places_km={str(k): float(v) for k, v in _mapping(data, "places_km", where).items()},
            retrospective_after_days=int(data["retrospective_after_days"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise KnowledgeError(f"{where}: missing or malformed key ({e})") from e


@functools.cache
def default_config() -> ClusterConfig:
    text = resources.files("newsevents").joinpath("data", CONFIG_FILE).read_text(encoding="utf-8")
    return parse_config(text, CONFIG_FILE)


def load_config(path: str | Path | None = None) -> ClusterConfig:
    if path is None:
        return default_config()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read ({e.strerror})") from e
    return parse_config(text, str(path))
