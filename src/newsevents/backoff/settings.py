"""The learned backoff's settings (data/backoff/settings.yaml, documented there and in docs/backoff.md)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

import yaml

from newsevents.errors import KnowledgeError

__all__ = ["SETTINGS_FILE", "BackoffSettings"]

SETTINGS_FILE = "backoff/settings.yaml"


@dataclass(frozen=True)
class BackoffSettings:
    """data/backoff/settings.yaml: the generic code of each type and the thresholds."""

    generic_codes: dict[str, str]
    threshold: float
    thresholds: dict[str, float]
    after_rules: float
    recode: float
    grounded: bool = True
    margin: float = 0.0
    min_support: float = float("-inf")
    dyadic: frozenset[str] = frozenset()
    sure: float = 0.0
    low_support: float = 0.0
    refuses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    known_senses: str = "off"  # off | forbidden | complement | patterns (backoff/senses.py)
    complement_support: float = 0.0  # known_senses complement: what the verb's complement must give
    fields: bool = False  # backoff/fields.py: no recipient under a preposition of place, no event noun as doer
    agent_prepositions: frozenset[str] = frozenset()  # fields.others_act: "a request from X" (empty: off)
    time_clause_marks: frozenset[str] = frozenset()  # fields.governing_verb: "after X threw open ..." (empty: off)
    night_before: frozenset[str] = frozenset()  # fields.night_before: "overnight" (empty: off)

    @classmethod
    def default(cls) -> BackoffSettings:
        return _default_settings()

    @classmethod
    def parse(cls, text: str, source: str = SETTINGS_FILE) -> BackoffSettings:
        try:
            data = yaml.safe_load(text) or {}
            return cls(
                generic_codes={str(k): str(v) for k, v in dict(data["generic_codes"]).items()},
                threshold=float(data.get("threshold", 0.5)),
                thresholds={str(k): float(v) for k, v in dict(data.get("thresholds") or {}).items()},
                after_rules=float(data.get("after_rules", 0.0)),
                recode=float(data.get("recode", 1.0)),
                grounded=bool(data.get("grounded", True)),
                margin=float(data.get("margin", 0.0)),
                min_support=float(data.get("min_support", float("-inf"))),
                dyadic=frozenset(str(t) for t in data.get("dyadic") or ()),
                sure=float(data.get("sure", 0.0)),
                low_support=float(data.get("low_support", 0.0)),
                refuses={str(k): tuple(str(n) for n in v) for k, v in dict(data.get("refuses") or {}).items()},
                known_senses=_known(data.get("known_senses", "off")),
                complement_support=float(data.get("complement_support", 0.0)),
                fields=bool(data.get("fields", False)),
                agent_prepositions=frozenset(str(p) for p in data.get("agent_prepositions") or ()),
                time_clause_marks=frozenset(str(m) for m in data.get("time_clause_marks") or ()),
                night_before=frozenset(str(w) for w in data.get("night_before") or ()),
            )
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as e:
            raise KnowledgeError(f"{source}: not valid backoff settings ({type(e).__name__}: {e})") from e

    def needs(self, type_: str, ruled: bool) -> float:
        """The probability ``type_`` needs in a sentence where the rules coded an event (``ruled``)
        or none."""
        own = self.thresholds.get(type_, self.threshold)
        return max(own, self.after_rules) if ruled else own


@functools.cache
def _default_settings() -> BackoffSettings:
    text = resources.files("newsevents").joinpath("data", *SETTINGS_FILE.split("/")).read_text(encoding="utf-8")
    return BackoffSettings.parse(text)


def _known(value: object) -> str:
    """``known_senses``: off, forbidden (a word the verb's patterns for the type forbid) or patterns
    (any pattern of the verb for the type, none of which matched the frame)."""
    if value is False or value is None:
        return "off"
    if value not in ("off", "forbidden", "complement", "patterns"):
        raise ValueError(f"known_senses must be off, forbidden, complement or patterns, not {value!r}")
    return str(value)
