"""The draft of one actor while a phrase is resolved (kb/resolve.py), the comma rules between
two drafts (an apposition, "Tokayev, the Kazakh president", is one actor, the more specific one) and
the coordination rules (coordinated drafts share a sector or a country)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsevents.kb.entries import SectorEntry
from newsevents.kb.match import Hit, Match
from newsevents.records import ActorRef, CountryRead


@dataclass(slots=True)
class Draft:
    kind: str  # person | org | country | sector | ambiguous | nobody (an office no one held: dropped)
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
    read: CountryRead | None = None  # the country word and how it was read (kind "country" only)
    role_basis: str | None = None  # records.ROLE_ON_DAY / ROLE_LATEST: which dated role of a person was taken


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


def coordinate(results: list[tuple[str | None, list[Draft]]]) -> list[Draft]:
    """Rule 5 of docs/knowledge-base.md: coordinated drafts share a sector or a country ("Hungarian and
    Romanian officials", "Afghan officials and soldiers"); an apposition after a comma is one actor."""
    singles = [(sep, ds[0]) for sep, ds in results if len(ds) == 1]
    # a bare demonym takes the sector of the next coordinated country phrase:
    # "Hungarian and Romanian officials"
    for k, (_sep, d) in enumerate(singles):
        if d.kind == "country" and d.bare and d.via_demonym:
            nxt = next((x for _, x in singles[k + 1 :] if x.kind == "country" and not x.bare), None)
            if nxt is not None and nxt.sector is not None:
                d.sector, d.bare = nxt.sector, False
                d.reasons.append(f"sector {nxt.sector} shared with the coordinated phrase")
        elif d.kind == "country" and d.bare:
            earlier = next((x for _, x in reversed(singles[:k]) if x.of_pattern), None)
            if earlier is not None and earlier.sector is not None:
                d.sector, d.bare = earlier.sector, False
                d.reasons.append(f"sector {earlier.sector} shared with the coordinated 'of' phrase")
        elif d.kind == "sector" and k > 0 and singles[k][0] in {"and", "or", "&"}:
            prev_d = singles[k - 1][1]
            if prev_d.kind == "country" and prev_d.via_demonym and not prev_d.bare:
                d.country, d.kb_id, d.name = prev_d.country, prev_d.kb_id, prev_d.name
                d.kind = "country"
                d.reasons.append(f"country {prev_d.country} shared with the coordinated phrase")
    out: list[Draft] = []
    prev: Draft | None = None
    for sep, ds in results:
        for d in ds:
            if sep == "," and prev is not None and len(ds) == 1 and apposition(prev, d):
                keep = more_specific(prev, d)
                if keep is d:
                    out[-1] = d
                prev = keep
                continue
            out.append(d)
            prev = d
    return out


def finish(d: Draft, phrase: str, sectors: Mapping[str, SectorEntry]) -> ActorRef:
    """The ActorRef of a finished draft: its words in the phrase, name, code and reasons."""
    matches = d.matches
    if len(matches) == 1:
        start, end = matches[0].start, matches[0].end
        text = phrase[start:end]
    elif matches:
        start = min(m.start for m in matches)
        end = max(m.end for m in matches)
        text = phrase[start:end]
    else:
        start = end = -1
        text = ""
    name = d.name
    kb_id = d.kb_id
    if d.kind == "sector" and d.sector:
        entry = sectors.get(d.sector)
        name = entry.name if entry else d.sector
        kb_id = f"sector:{d.sector}"
    code = d.code or ((d.country or "") + (d.sector or "")) or None
    return ActorRef(
        entity_text=text,
        name=name,
        code=code,
        country=d.country,
        sector=d.sector,
        kb_id=kb_id,
        role=d.role,
        start_char=start,
        end_char=end,
        reason="; ".join(d.reasons),
        read=d.read,
        role_basis=d.role_basis,
    )


def sector_alone(head_sector: tuple[Match, Hit] | None, former: bool) -> list[Draft]:
    """A sector word with no country, organisation or person: the sector alone ("former" makes it ELI)."""
    if head_sector is None:
        return []
    m, hit = head_sector
    if hit.imported:
        return []  # an imported agent word alone ("villages"): no actor of its own
    sector = "ELI" if former else hit.sector
    reasons = [f"sector word '{m.text}' alone"]
    if former:
        reasons.append("'former' -> ELI")
    return [Draft("sector", [m], sector=sector, reasons=reasons)]
