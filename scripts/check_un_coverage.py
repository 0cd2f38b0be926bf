"""usage: python scripts/check_un_coverage.py [-v] [--since YEAR] [--until YEAR] — which UN member states have
no curated head of state or government since 2000, and which have years (1 July, 2000-2025) with none (issue
12, coverage). `--since 1985 --until 1999` checks the years 1985-1999 instead (a member counts from its
independence: INDEPENDENT below; the Soviet Union's and Yugoslavia's federal offices are coded RUS and SRB
as the knowledge base codes them, Czechoslovakia is counted for neither successor before 1993).

Counts the curated layer only (the shipped persons*.yaml; the imported Phoenix layer has no titles).
A head is a country role (sector GOV) whose title is one of HEAD_TITLES below (with or without
"Acting", "Interim", "Transitional", "Caretaker"). The 193 members are listed below (ISO 3166-1 alpha-3, as of 2026)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

from newsevents.kb import KnowledgeBase
from newsevents.kb.entries import Role

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()

HEAD_TITLES = frozenset(t.lower() for t in (
    "President", "Prime Minister", "President of the Confederation", "King", "Queen", "Emperor", "Emir",
    "Sultan", "Prince", "Supreme Leader", "Taoiseach", "Chancellor", "Premier", "Head of State",
    "Head of Government", "Member of the Presidency", "President of the Presidency", "State President",
    "Chairman of the Council of Ministers", "President of the Council of Ministers", "Head of the military government",
    "O le Ao o le Malo", "Governor-General", "Chairman of the Interim Administration", "Chief Adviser",
    "State Counsellor", "De facto leader", "Leader", "Vice President and Prime Minister",
    "Chairman of the Presidential Leadership Council", "Chairman of the Sovereignty Council",
    "Prime Minister of the Government of National Accord", "Prime Minister of the Government of National Unity",
    "General Secretary of the Communist Party", "President of the Federal Republic of Yugoslavia",
    "President of the Soviet Union", "Captain Regent", "Chief Executive",
    "Chairman of the National Transitional Government",
    # twelfth session (check_office_coverage.py): heads of government and collective heads under other titles
    "Chairman of the Cabinet of Ministers", "Secretary of the General People's Committee",
    "Chairman of the Presidential Council", "Chairman of the Transitional Presidential Council",
    "President of the General National Congress", "Chairman of the High Council of State",
    # 1985-1999 (`--since 1985`): heads of state under the titles of their councils and presidiums
    "Chairman of the Supreme Council", "Chairman of the Supreme Soviet",
    "Chairman of the Presidium of the Supreme Soviet",
    "Chairman of the Council of State", "Chairman of the State Council", "Chairman of the Presidium",
    "Chairman of the Revolutionary Council", "Chairman of the State Law and Order Restoration Council",
    "General Secretary of the Communist Party of the Soviet Union", "Grand Duke",
))  # fmt: skip
# members that became independent after 2000: years before are not counted
INDEPENDENT = {
    "TLS": dt.date(2002, 5, 20), "MNE": dt.date(2006, 6, 3), "SSD": dt.date(2011, 7, 9),
    # since 1985 (only `--since` before 2000 looks at these)
    "MHL": dt.date(1986, 10, 21), "FSM": dt.date(1986, 11, 3), "NAM": dt.date(1990, 3, 21),
    "EST": dt.date(1991, 8, 20), "LVA": dt.date(1991, 8, 21), "LTU": dt.date(1991, 9, 6),
    "ARM": dt.date(1991, 12, 26), "AZE": dt.date(1991, 12, 26), "BLR": dt.date(1991, 12, 26),
    "GEO": dt.date(1991, 12, 26), "KAZ": dt.date(1991, 12, 26), "KGZ": dt.date(1991, 12, 26),
    "MDA": dt.date(1991, 12, 26), "TJK": dt.date(1991, 12, 26), "TKM": dt.date(1991, 12, 26),
    "UKR": dt.date(1991, 12, 26), "UZB": dt.date(1991, 12, 26),
    "SVN": dt.date(1991, 6, 25), "HRV": dt.date(1991, 6, 25), "MKD": dt.date(1991, 9, 8),
    "BIH": dt.date(1992, 3, 3), "CZE": dt.date(1993, 1, 1), "SVK": dt.date(1993, 1, 1),
    "ERI": dt.date(1993, 5, 24), "PLW": dt.date(1994, 10, 1),
}  # fmt: skip
_PREFIXES = ("acting ", "interim ", "transitional ", "caretaker ", "provisional ")


def bare_title(title: str) -> str:
    """A role title folded, without "Acting", "Interim", "Transitional", "Caretaker" or "Provisional"."""
    t = title.lower()
    for p in _PREFIXES:
        t = t.removeprefix(p)
    return t


def _head(title: str) -> bool:
    return bare_title(title) in HEAD_TITLES


def curated_state_roles(kb: KnowledgeBase) -> Iterator[Role]:
    """The roles of curated persons in a country's government (sector GOV, or none given)."""
    for p in kb.persons.values():
        if kb.layer_of(p.kb_id) != "curated":
            continue
        yield from (r for r in p.roles if r.country and r.sector in (None, "GOV"))


def year_arg(flag: str, default: int) -> int:
    if flag in sys.argv:
        return int(sys.argv[sys.argv.index(flag) + 1])
    return default


def main() -> int:
    since_year, until_year = year_arg("--since", 2000), year_arg("--until", 2025)
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    kb = KnowledgeBase.default()
    heads: dict[str, list] = {c: [] for c in UN_MEMBERS}
    for r in curated_state_roles(kb):
        if r.country in heads and _head(r.title or ""):
            heads[r.country].append(r)
    since, until = dt.date(since_year, 1, 1), dt.date(until_year, 12, 31)
    none = [
        c for c, rs in heads.items()
        if not any((r.end is None or r.end >= since) and (r.start is None or r.start <= until) for r in rs)
        and INDEPENDENT.get(c, since) <= until
    ]  # fmt: skip
    gaps: dict[str, list[int]] = {}
    for c, rs in heads.items():
        first = INDEPENDENT.get(c, since)
        days = [dt.date(y, 7, 1) for y in range(since_year, until_year + 1) if dt.date(y, 7, 1) >= first]
        missing = [d.year for d in days if not any(r.valid_on(d) for r in rs)]
        if missing and c not in none:
            gaps[c] = missing
    print(
        f"UN members: 193; with no curated head of state or government {since_year}-{until_year}: {len(none)}"
        f"{' (' + ', '.join(none) + ')' if none else ''}; with years (1 July {since_year}-{until_year}) without one: "
        f"{len(gaps)}"
    )
    if "-v" in sys.argv:
        for c, ys in sorted(gaps.items()):
            print(f"  {c}: {len(ys)} year(s) without: {', '.join(map(str, ys))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
