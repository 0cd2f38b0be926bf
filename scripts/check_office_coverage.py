"""usage: python scripts/check_office_coverage.py [-v] [--since YEAR] [--until YEAR] [--fm-top N] — for every UN
member and every year (1 July, 1985-2025 by default), whether BOTH executive offices the member had that year are
covered by a curated person: the head of state and, where it is a separate office, the head of government
(issue 12, coverage). Which members had one office, two, or a monarch abroad, and when, is knowledge:
data/kb/executive_offices.tsv. Also lists the years without a curated foreign minister for the N (default 40)
most populous members (TOP_POPULATION below, 2025 order).

Counts the curated layer only, like scripts/check_un_coverage.py (whose member list, independence dates and
head titles it uses): a head of government is a head-titled role whose title (less "Acting", "Interim", ...)
is in HOG_TITLES or the member's `hog_titles`; a head of state any other head-titled role. In a one-office
year either covers the year."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_un_coverage", _HERE / "check_un_coverage.py")
assert _spec is not None and _spec.loader is not None
un = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(un)

OFFICES_FILE = _HERE.parent / "src" / "newsevents" / "data" / "kb" / "executive_offices.tsv"

HOG_TITLES = frozenset(t.lower() for t in (
    "Prime Minister", "Premier", "Chancellor", "Taoiseach", "Head of Government",
    "Chairman of the Council of Ministers", "President of the Council of Ministers", "Chief Executive",
    "Chief Adviser", "State Counsellor",
    "Vice President and Prime Minister", "Prime Minister of the Government of National Accord",
    "Prime Minister of the Government of National Unity", "Chairman of the Interim Administration",
    "Chairman of the Cabinet of Ministers", "Secretary of the General People's Committee",
))  # fmt: skip
FM_TITLES = frozenset(t.lower() for t in (
    "Foreign Minister", "Foreign Secretary", "External Affairs Minister", "Minister of Foreign Affairs",
    "Minister for Foreign Affairs", "Secretary of State", "Secretary of Foreign Affairs",
    "Secretary of External Affairs",
))  # fmt: skip
# the 40 most populous UN members, 2025 estimates (UN World Population Prospects), largest first
TOP_POPULATION = """IND CHN USA IDN PAK NGA BRA BGD RUS ETH MEX JPN EGY PHL COD VNM IRN TUR DEU THA GBR TZA FRA ZAF
ITA KEN MMR COL KOR SDN UGA ESP DZA IRQ ARG AFG YEM CAN POL AGO""".split()


@dataclass
class Period:
    first: int
    last: int
    offices: str  # one | two | crown
    hog_titles: frozenset[str] = field(default_factory=frozenset)


def read_offices(path: Path = OFFICES_FILE) -> dict[str, list[Period]]:
    """The exceptions of executive_offices.tsv by member (comment lines passed over)."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    out: dict[str, list[Period]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        offices = row["offices"].strip()
        if offices not in ("one", "two", "crown"):
            raise ValueError(f"{path.name}: {row['iso3']}: unknown offices {offices!r}")
        extra = frozenset(t.strip().lower() for t in (row.get("hog_titles") or "").split("|") if t.strip())
        out.setdefault(row["iso3"], []).append(Period(int(row["from"]), int(row["to"]), offices, extra))
    return out


def period_of(periods: dict[str, list[Period]], iso3: str, year: int) -> Period:
    for p in periods.get(iso3, ()):
        if p.first <= year <= p.last:
            return p
    return Period(year, year, "two")


def head_roles(kb: Any, members: Iterable[str], periods: dict[str, list[Period]]) -> dict[str, list[Any]]:
    """Curated head-titled country roles (sector GOV or none) by member; a member's own `hog_titles` count."""
    heads: dict[str, list[Any]] = {c: [] for c in members}
    for r in un.curated_state_roles(kb):
        if r.country not in heads:
            continue
        own = any(un.bare_title(r.title or "") in q.hog_titles for q in periods.get(r.country, ()))
        if un._head(r.title or "") or own:
            heads[r.country].append(r)
    return heads


def missing_offices(heads: dict[str, list[Any]], periods: dict[str, list[Period]], iso3: str, year: int) -> list[str]:
    """The offices ("head of state", "head of government") no curated role covers on 1 July of ``year``."""
    day = dt.date(year, 7, 1)
    period = period_of(periods, iso3, year)
    hog_titles = HOG_TITLES | period.hog_titles
    valid = [r for r in heads.get(iso3, ()) if r.valid_on(day)]
    hog = any(un.bare_title(r.title) in hog_titles for r in valid)
    hos = any(un.bare_title(r.title) not in hog_titles for r in valid)
    if period.offices == "one":
        return [] if valid else ["head of state and government"]
    if period.offices == "crown":
        return [] if hog else ["head of government"]
    return [name for name, ok in (("head of state", hos), ("head of government", hog)) if not ok]


def coverage(kb: Any, since: int, until: int) -> dict[str, dict[int, list[str]]]:
    """member -> year -> missing offices, for the members and years with any missing."""
    periods = read_offices()
    heads = head_roles(kb, un.UN_MEMBERS, periods)
    out: dict[str, dict[int, list[str]]] = {}
    for c in un.UN_MEMBERS:
        first = un.INDEPENDENT.get(c, dt.date(since, 1, 1))
        for y in range(since, until + 1):
            if dt.date(y, 7, 1) < first:
                continue
            miss = missing_offices(heads, periods, c, y)
            if miss:
                out.setdefault(c, {})[y] = miss
    return out


def missing_foreign_ministers(kb: Any, since: int, until: int, top: int = 40) -> dict[str, list[int]]:
    """For the ``top`` most populous members: the years (1 July) with no curated foreign minister."""
    members = TOP_POPULATION[:top]
    fms: dict[str, list[Any]] = {c: [] for c in members}
    for r in un.curated_state_roles(kb):
        if r.country in fms and un.bare_title(r.title or "") in FM_TITLES:
            if r.country != "USA" and un.bare_title(r.title) == "secretary of state":
                continue
            fms[r.country].append(r)
    out: dict[str, list[int]] = {}
    for c, rs in fms.items():
        years = [y for y in range(since, until + 1) if not any(r.valid_on(dt.date(y, 7, 1)) for r in rs)]
        if years:
            out[c] = years
    return out


def _years(ys: Iterable[int]) -> str:
    """1990, 1991, 1992, 1995 -> '1990-1992, 1995'."""
    runs: list[list[int]] = []
    for y in sorted(ys):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def main() -> int:
    from newsevents.kb import KnowledgeBase

    since, until, top = un.year_arg("--since", 1985), un.year_arg("--until", 2025), un.year_arg("--fm-top", 40)
    kb = KnowledgeBase.default()
    cov = coverage(kb, since, until)
    n_years = sum(len(v) for v in cov.values())
    n_offices = sum(len(m) for v in cov.values() for m in v.values())
    fm = missing_foreign_ministers(kb, since, until, top)
    print(
        f"UN members: 193; {since}-{until}: members with a year (1 July) whose executive offices are not all covered: "
        f"{len(cov)}; member-years: {n_years}; office-years missing: {n_offices}"
    )
    print(
        f"foreign ministers, {top} most populous members: {len(fm)} with years without one; "
        f"member-years: {sum(len(v) for v in fm.values())}"
    )
    if "-v" in sys.argv:
        for c in sorted(cov, key=lambda c: -len(cov[c])):
            by_office: dict[str, list[int]] = {}
            for y, miss in cov[c].items():
                for m in miss:
                    by_office.setdefault(m, []).append(y)
            print(f"  {c}: " + "; ".join(f"{m} {_years(ys)}" for m, ys in by_office.items()))
        for c in sorted(fm, key=lambda c: -len(fm[c])):
            print(f"  foreign minister {c}: {_years(fm[c])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
