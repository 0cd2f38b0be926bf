"""A phrase's matched units split into conjuncts ("Hungarian and Romanian officials", "Iran, Iraq or
Syria") and each conjunct into a head and its prepositional modifiers ("the government of
Afghanistan"): step 2 of kb/resolve.py's docstring, pure functions over the matcher's units."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.kb.match import (
    COORDINATOR_SEQUENCES,
    COORDINATORS,
    FORMER_WORDS,
    PREPOSITIONS,
    SKIP_WORDS,
    Match,
    Token,
)

_SEQUENCE_STARTS = frozenset(s[0] for s in COORDINATOR_SEQUENCES)
_SPLIT_KEYS = COORDINATORS | _SEQUENCE_STARTS | SKIP_WORDS  # token keys that can split a phrase
_BLOCKER = frozenset({"blocker"})

Unit = Match | Token


@dataclass(slots=True)
class Part:
    """A conjunct's head (``prep`` None) or one of its prepositional modifiers."""

    prep: str | None
    matches: list[Match]
    former: bool


def split_conjuncts(tokens: Sequence[Token], matches: Sequence[Match]) -> list[tuple[str | None, list[Unit]]]:
    """The phrase's units (tokens between matches, and the matches) cut at coordinators and coordinator
    sequences, each with the separator before it (None for the first); skipped words are dropped."""
    units: list[Unit] = []
    i = 0
    split = False
    for m in matches:  # in order, not overlapping
        for t in tokens[i : m.i]:
            units.append(t)
            split = split or t[3] in _SPLIT_KEYS
        units.append(m)
        i = m.j
    for t in tokens[i:]:
        units.append(t)
        split = split or t[3] in _SPLIT_KEYS
    if not split:  # no coordinator, sequence start or skipped word: one conjunct
        return [(None, units)] if units else []
    out: list[tuple[str | None, list[Unit]]] = []
    sep: str | None = None
    current: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        seq = None
        if isinstance(u, Token) and u.key in _SEQUENCE_STARTS:
            seq = next((s for s in COORDINATOR_SEQUENCES if _keys_at(units, k, len(s)) == s), None)
        if isinstance(u, Token) and (u.key in COORDINATORS or seq):
            if current:
                out.append((sep, current))
                current = []
            sep = u.key
            k += len(seq) if seq else 1
            continue
        if not (isinstance(u, Token) and u.key in SKIP_WORDS):
            current.append(u)
        k += 1
    if current:
        out.append((sep, current))
    return out


def _keys_at(units: Sequence[Unit], k: int, n: int) -> tuple[str, ...]:
    keys = []
    for u in units[k : k + n]:
        if not isinstance(u, Token):
            return ()
        keys.append(u.key)
    return tuple(keys)


def split_parts(units: Sequence[Unit]) -> list[Part]:
    """One conjunct's head and prepositional modifiers, with the matches of each (blockers left out)
    and whether a 'former' word stood in it."""
    parts = [Part(None, [], False)]
    for u in units:
        if isinstance(u, Token):
            if u.key in PREPOSITIONS:
                parts.append(Part(u.key, [], False))
            elif u.key in FORMER_WORDS:
                parts[-1].former = True
        elif not u.kinds <= _BLOCKER:
            parts[-1].matches.append(u)
    return parts
