"""Scores for the two tab-separated probe sets of tests/data/blind*/ (see their READMEs).

* actor probes (``phrase date expect_country expect_sector expect_name trap note``): the knowledge
  base's phrase resolver on dated phrases. A real row is right when a resolved actor has the expected
  country (for a row with no country: an IGO or organisation, or a person of no state) and, where a name is expected,
  that name (or an entity the expected name itself resolves to: "Lech Walesa" is "Lech Wałęsa"; or, for a
  person, the organisation the expected name resolves to when the person's code is that organisation's: an
  official acting for it, "NATO Secretary-General X" with the expected name "NATO"); a trap row
  is right when no resolved actor has another country than expected and no
  known person other than the expected one (the expected one: by name, or a person the whole expected
  name is a full name of in the knowledge base: "Serdar Berdimuhamedov" for "Serdar Berdimuhamedow").
  Sector agreement is counted apart, and trap rows also by the kind their note opens with in brackets
  ("[place-in-name] ..."; ``ProbeScores.trap_kinds``, printed by scripts/score_actors.py).
* date expressions (``text pub_date tense expected_value expected_precision expected_end``, with
  ``#`` comment lines that open a group): the date normaliser. Strict means value, precision and end
  all right; lenient the value alone. A ``none`` row is right when nothing (or an unknown date) comes back.
  Values are compared at their precision, whatever their spelling: "2003" and "2003-01-01" at year
  precision are the same value, "2003-06" and "2003-06-01" at month precision too (value-only: at the coarser
  of the two precisions); an end is compared
  as the last day it covers ("1999" at year precision ends on 1999-12-31). A week (precision ``week``,
  the value its Monday) is matched by the range of its seven days, Monday to Sunday.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from newsevents.records import ActorRef, DateInfo
from newsevents.resolve.dates import Tense, normalize

Resolve = Callable[[str, dt.date | None], list[ActorRef]]


@dataclass
class ProbeScores:
    """Right answers out of rows, for real actors and traps, and sector agreement on real rows."""

    real: tuple[int, int] = (0, 0)
    traps: tuple[int, int] = (0, 0)
    sector: tuple[int, int] = (0, 0)
    wrong: list[str] = field(default_factory=list)
    # trap rows by the kind their note opens with ("[place-in-name] ..."; "?" when it names none)
    trap_kinds: dict[str, tuple[int, int]] = field(default_factory=dict)

    def share(self, which: str) -> float:
        hit, total = getattr(self, which)
        return hit / total if total else 0.0


@dataclass
class DateScores:
    """Strict and value-only right answers out of rows, and strict right answers by group."""

    rows: int = 0
    strict: int = 0
    lenient: int = 0
    by_group: dict[str, tuple[int, int]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss"})


def _fold(s: str | None) -> str:
    """Accents and the letters that carry no combining mark (ł, đ, ø) folded, lower case."""
    folded = unicodedata.normalize("NFKD", (s or "").translate(_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def _dash(value: str | None) -> str | None:
    """A cell's value; "-" or an empty cell is none (probe writers write either)."""
    value = (value or "").strip()
    return None if value in ("-", "") else value


def _real_right(
    refs: list[ActorRef], country: str | None, sector: str | None, name: str | None, same: frozenset[str] = frozenset()
) -> bool:
    if country is None:
        # no state: an IGO, an organisation, or a person of no state ("Osama bin Laden", "-", REB)
        stateless = any(r.country is None and r.kind == "person" for r in refs)
        good = stateless or any(r.sector == "IGO" or r.kind == "org" for r in refs) or (sector is None and not refs)
    else:
        good = any(r.country == country for r in refs)
    if name:
        good = good and any(_named(name, r, same) for r in refs if r.name)
    return good


def _named(name: str, ref: ActorRef, same: frozenset[str] = frozenset()) -> bool:
    """Whether the actor is the one the probe names: one name contains the other (accents folded), or
    the expected name itself resolves to the same entity ("Lech Walesa" and "Lech Wałęsa"), or to the
    organisation a person acts for (``same`` holds ``code:`` + the organisation's code: "NATO" for the
    Secretary-General of NATO, whose actor code is NATO's)."""
    acting = ref.kind == "person" and bool(ref.code) and f"code:{ref.code}" in same
    return _fold(name) in _fold(ref.name) or _fold(ref.name) in _fold(name) or ref.kb_id in same or acting


def _same_entity(name: str | None, day: dt.date, resolve: Resolve) -> frozenset[str]:
    """The knowledge-base ids the expected name resolves to, and ``code:`` + the code of each organisation
    among them (a person acting for the organisation carries its code)."""
    if not name:
        return frozenset()
    refs = resolve(name, day)
    ids = {r.kb_id for r in refs if r.kb_id}
    codes = {f"code:{r.code}" for r in refs if r.code and r.kind == "org"}
    return frozenset(ids | codes)


def _spelt_otherwise(name: str | None, day: dt.date, resolve: Resolve) -> frozenset[str]:
    """The persons the expected name names as a whole: a full name of theirs in the knowledge base, the
    words the name resolves through being all of it ("Serdar Berdimuhamedov", a spelling of "Serdar
    Berdimuhamedow"). Not a part of the name ("Jerome Powell" read as "Powell" is not Colin Powell)."""
    if not name or len(name.split()) < 2:
        return frozenset()
    whole = _fold(name).strip()
    refs = resolve(name, day)
    return frozenset(r.kb_id for r in refs if r.kb_id and r.kind == "person" and _fold(r.entity_text).strip() == whole)


def _trap_right(
    refs: list[ActorRef], country: str | None, name: str | None, spelt: frozenset[str] = frozenset()
) -> bool:
    # No "same entity" rule here: a trap's expected name may itself be misresolved ("Jerome Powell"
    # to Colin Powell), which is what the trap tests; only a full name of the person's own counts.
    good = all(r.country in (None, country) for r in refs) and not any(
        r.kind == "person" and (name is None or not (_named(name, r) or r.kb_id in spelt)) for r in refs
    )
    return good and (country is not None or not any(r.country for r in refs))


def score_actor_probes(path: Path, resolve: Resolve) -> ProbeScores:
    """Score the phrase resolver on an actor-probe file."""
    ok: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    sec = [0, 0]
    wrong: list[str] = []
    kinds: dict[str, tuple[int, int]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            day = dt.date.fromisoformat(row["date"])
            refs = resolve(row["phrase"], day)
            country, sector, name = _dash(row["expect_country"]), _dash(row["expect_sector"]), _dash(row["expect_name"])
            if row["trap"] == "yes":
                kind, good = "trap", _trap_right(refs, country, name, _spelt_otherwise(name, day, resolve))
                trap_kind = _trap_kind(row.get("note") or "")
                hit, rows = kinds.get(trap_kind, (0, 0))
                kinds[trap_kind] = (hit + good, rows + 1)
            else:
                same = _same_entity(name, day, resolve)
                kind, good = "real", _real_right(refs, country, sector, name, same)
                if sector:
                    sec[1] += 1
                    sec[0] += any(r.sector == sector for r in refs)
            tot[kind] += 1
            ok[kind] += good
            if not good:
                got = "; ".join(f"{r.name or r.entity_text}/{r.country}/{r.sector}" for r in refs)
                wrong.append(f"[{kind}] {row['phrase']!r} {row['date']}: want {country} {sector} {name}; got {got}")
    return ProbeScores((ok["real"], tot["real"]), (ok["trap"], tot["trap"]), (sec[0], sec[1]), wrong, kinds)


def _trap_kind(note: str) -> str:
    """The kind a trap row's note opens with in brackets ("[before-office] ..."), else "?"."""
    found = re.match(r"\s*\[([^\]]+)\]", note)
    return found.group(1).strip().lower() if found else "?"


_WIDTH = {"year": 4, "month": 7}


def _at_precision(value: str, precision: str) -> str:
    """A date value cut to its precision: "2003-01-01" at year precision is "2003"."""
    return value[: _WIDTH.get(precision, 10)]


def _last_day(value: str) -> str:
    """The last day a value covers: "1999" → "1999-12-31", "2010-03" → "2010-03-31"."""
    if len(value) == 4 and value.isdigit():
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return value


def _is_week(got: DateInfo) -> bool:
    """A range of days from a Monday to the Sunday after it: a calendar week."""
    if got.precision != "day" or not got.end_value:
        return False
    start, end = dt.date.fromisoformat(got.value), dt.date.fromisoformat(got.end_value)
    return start.weekday() == 0 and (end - start).days == 6


def score_dates(path: Path) -> DateScores:
    """Score the date normaliser on a date-expression file."""
    scores = DateScores()
    group = "?"
    counts: dict[str, list[int]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if not line.startswith("# note"):
                    group = line[1:].strip()[:40]
                continue
            if not line.strip() or line.startswith("text\t"):
                continue
            text, pub, tense, value, precision, end = line.split("\t")
            got = normalize(text, dt.date.fromisoformat(pub) if pub else None, cast(Tense, tense) if tense else None)
            if value.lower() == "none":
                strict = lenient = got is None or got.precision == "unknown"
            else:
                lenient = strict = False
                if got is not None and precision == "week" and _is_week(got):
                    lenient = strict = got.value == value  # a week written as its seven days
                elif got is not None:
                    coarser = min(precision, got.precision, key=lambda p: _WIDTH.get(p, 10))
                    lenient = _at_precision(got.value, coarser) == _at_precision(value, coarser)
                    same_end = _last_day(got.end_value or "") == _last_day(end)
                    strict = lenient and got.precision == precision and same_end
            scores.rows += 1
            scores.strict += strict
            scores.lenient += lenient
            hit_total = counts.setdefault(group, [0, 0])
            hit_total[0] += strict
            hit_total[1] += 1
            if not strict:
                found = got and (got.value, got.precision, got.end_value)
                scores.wrong.append(f"{text!r} pub={pub} tense={tense}: want {value} {precision} {end!r}, got {found}")
    scores.by_group = {k: (v[0], v[1]) for k, v in counts.items()}
    return scores
