"""The draft of one actor while a phrase is resolved (kb/resolve.py), and the comma rules between
two drafts: an apposition ("Tokayev, the Kazakh president") is one actor, the more specific one."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.kb.match import Match


@dataclass(slots=True)
class Draft:
    kind: str  # person | org | country | sector | ambiguous
    matches: list[Match]
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    name: str | None = None
    code: str | None = None  # fixed code (organisations, persons with an org role)
    role: str | None = None
    reasons: list[str] = field(default_factory=list)
    bare: bool = False  # a country without a sector word
    via_demonym: bool = False
    of_pattern: bool = False  # "<sector word> of <country>"
    imported: bool = False  # a person of the imported layer
    office: bool = False  # a person found as the holder of an office the phrase names (kb/offices.py)


def apposition(a: Draft, b: Draft) -> bool:
    """ "Tokayev, the Kazakh president" / "Kabul, Afghanistan": one actor, not two."""
    named = {"person", "org", "ambiguous"}
    if a.office or b.office:
        return a.country is None or b.country is None or a.country == b.country
    if {a.kind, b.kind} == {"person", "org"} and (a.imported or b.imported):
        return True  # "Kenzo Oshima, the United Nations ... Coordinator": the text's affiliation wins
    if a.kind in named and b.kind in named:
        return False
    return a.country is None or b.country is None or a.country == b.country


def more_specific(a: Draft, b: Draft) -> Draft:
    if {a.kind, b.kind} == {"person", "org"}:
        return a if a.kind == "org" else b
    rank = {"person": 4, "org": 3, "ambiguous": 2, "country": 1, "sector": 0}
    if rank[b.kind] > rank[a.kind]:
        return b
    if rank[b.kind] == rank[a.kind] and a.sector is None and b.sector is not None:
        return b
    return a
