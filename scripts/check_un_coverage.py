"""usage: python scripts/check_un_coverage.py [-v] — which UN member states have no curated head of state
or government since 2000, and which have years (1 July, 2000-2025) with none (issue 12, coverage).

Counts the curated layer only (the shipped persons*.yaml; the imported Phoenix layer has no titles).
A head is a country role (sector GOV) whose title is one of HEAD_TITLES below (with or without
"Acting", "Interim", "Transitional", "Caretaker"). The 193 members are listed below (ISO 3166-1 alpha-3, as of 2026)."""

from __future__ import annotations

import datetime as dt
import sys

from newsevents.kb import KnowledgeBase

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
))  # fmt: skip
# members that became independent after 2000: years before are not counted
INDEPENDENT = {"TLS": dt.date(2002, 5, 20), "MNE": dt.date(2006, 6, 3), "SSD": dt.date(2011, 7, 9)}
_PREFIXES = ("acting ", "interim ", "transitional ", "caretaker ")


def _head(title: str) -> bool:
    t = title.lower()
    for p in _PREFIXES:
        t = t.removeprefix(p)
    return t in HEAD_TITLES


def main() -> int:
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    kb = KnowledgeBase.default()
    heads: dict[str, list] = {c: [] for c in UN_MEMBERS}
    for p in kb.persons.values():
        if kb.layer_of(p.kb_id) != "curated":
            continue
        for r in p.roles:
            if r.country in heads and r.sector in (None, "GOV") and _head(r.title or ""):
                heads[r.country].append(r)
    since = dt.date(2000, 1, 1)
    none = [c for c, rs in heads.items() if not any(r.end is None or r.end >= since for r in rs)]
    gaps: dict[str, list[int]] = {}
    for c, rs in heads.items():
        first = INDEPENDENT.get(c, since)
        days = [dt.date(y, 7, 1) for y in range(2000, 2026) if dt.date(y, 7, 1) >= first]
        missing = [d.year for d in days if not any(r.valid_on(d) for r in rs)]
        if missing and c not in none:
            gaps[c] = missing
    print(
        f"UN members: 193; with no curated head of state or government since 2000: {len(none)}"
        f"{' (' + ', '.join(none) + ')' if none else ''}; with years (1 July 2000-2025) without one: {len(gaps)}"
    )
    if "-v" in sys.argv:
        for c, ys in sorted(gaps.items()):
            print(f"  {c}: {len(ys)} year(s) without: {', '.join(map(str, ys))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
