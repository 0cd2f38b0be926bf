"""Derivation rules of the coder (data/code_rules.yaml): intent, negation, demands, future heads."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.code.verbframes import VerbFrameError

RULES_FILE = "code_rules.yaml"
LIST_KEYS = (
    "future_heads",
    "sequence_adverbs",
    "attack_instruments",
    "claim_verbs",
    "claim_adverbs",
    "apolitical_sectors",
    "people_suffixes",
    "statement_nouns",
    "command_verbs",
    "commanded_roots",
    "of_agent_nouns",
    "judging_codes",
    "pair_nouns",
    "reciprocal_nouns",
    "score_verbs",
    "background_preps",
    "ending_verbs",
)


@dataclass(frozen=True)
class CodeRules:
    intent: Mapping[str, str]
    negated: Mapping[str, str]
    demand_modals: Mapping[str, str]
    future_heads: frozenset[str]
    sequence_adverbs: frozenset[str]
    attack_instruments: frozenset[str]
    anaphors: Mapping[str, tuple[str, ...]]
    claim_verbs: frozenset[str]
    claim_adverbs: frozenset[str]
    apolitical_sectors: frozenset[str]
    people_suffixes: tuple[str, ...]
    statement_nouns: frozenset[str]
    command_verbs: frozenset[str]
    commanded_roots: frozenset[str]
    of_agent_nouns: frozenset[str]
    judging_codes: frozenset[str]
    pair_nouns: frozenset[str]
    reciprocal_nouns: frozenset[str]
    score_verbs: frozenset[str]
    background_preps: frozenset[str]
    ending_verbs: frozenset[str]

    @classmethod
    def default(cls) -> CodeRules:
        return _default()

    @classmethod
    def load(cls, extra_files: tuple[Path, ...] = ()) -> CodeRules:
        data = _parse(resources.files("newsevents.data").joinpath(RULES_FILE).read_text(encoding="utf-8"), RULES_FILE)
        for path in extra_files:
            extra = _parse(path.read_text(encoding="utf-8"), str(path))
            for key in ("intent", "negated", "demand_modals"):
                data[key] = {**data[key], **extra.get(key, {})}
            for key in LIST_KEYS:
                data[key] = [*data[key], *extra.get(key, [])]
            data["anaphors"] = {**data["anaphors"], **extra.get("anaphors", {})}
        lists: dict[str, Any] = {key: frozenset(data[key]) for key in LIST_KEYS}
        lists["people_suffixes"] = tuple(data["people_suffixes"])  # str.endswith takes a tuple
        return cls(
            intent=dict(data["intent"]),
            negated=dict(data["negated"]),
            demand_modals=dict(data["demand_modals"]),
            anaphors=data["anaphors"],
            **lists,
        )

    def check(self, codes: Mapping[str, Any]) -> None:
        """Every derived code must exist in the codebook."""
        for name, table in (("intent", self.intent), ("negated", self.negated), ("demand_modals", self.demand_modals)):
            for key, code in table.items():
                if code not in codes:
                    raise VerbFrameError(f"{RULES_FILE}: {name}[{key!r}] names unknown CAMEO code {code!r}")
        unknown = sorted(self.judging_codes - set(codes))
        if unknown:
            raise VerbFrameError(f"{RULES_FILE}: judging_codes names unknown CAMEO code {unknown[0]!r}")


def _parse(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise VerbFrameError(f"{source}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise VerbFrameError(f"{source}: expected a mapping")
    out: dict[str, Any] = {}
    for key in ("intent", "negated", "demand_modals"):
        table = data.get(key) or {}
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise VerbFrameError(f"{source}: '{key}' must map keys to quoted CAMEO codes")
        out[key] = {str(k): v for k, v in table.items()}
    anaphors = data.get("anaphors") or {}
    if not isinstance(anaphors, dict) or not all(isinstance(v, list) for v in anaphors.values()):
        raise VerbFrameError(f"{source}: 'anaphors' must map a noun to a list of sector codes")
    out["anaphors"] = {str(k): tuple(str(x) for x in v) for k, v in anaphors.items()}
    for key in LIST_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list):
            raise VerbFrameError(f"{source}: '{key}' must be a list of lemmas")
        out[key] = [str(w) for w in words]
    return out


@functools.lru_cache(maxsize=1)
def _default() -> CodeRules:
    return CodeRules.load()
