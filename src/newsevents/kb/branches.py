"""National branches of a movement named with a country word ("the Kenyan Red Cross", "the Palestinian Red
Crescent", "Caritas Philippines"): a movement of no country (``name_context.yaml`` ``national_branches``)
named right beside one country's name or demonym is that country's society, not the international body.
Used by :meth:`newsevents.kb.resolve.PhraseResolver._org`, as is :func:`alias_owner`: which of several
organisations an alias they share means ("CGT": France's or Argentina's) — the one of the country named
beside it; alone, their common sector and no organisation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.kb.drafts import Draft
from newsevents.kb.entries import OrgEntry, fold
from newsevents.kb.match import PLACE_KINDS, Match
from newsevents.kb.name_context import name_context

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase


def national_branch(kb: KnowledgeBase, m: Match, org: OrgEntry, others: Sequence[Match]) -> Draft | None:
    """The country's branch when ``m`` names a movement of ``national_branches`` next to one country word
    (nothing between them but "'s"), else None."""
    if org.country is not None or fold(m.text).removeprefix("the ") not in name_context().national_branches:
        return None
    near = [
        c for c in others if not c.compound and c.of("country", "demonym") and (c.end <= m.start or c.start >= m.end)
    ]
    places = {h.ref for c in near for h in c.of("country", "demonym")}
    if len(places) != 1:
        return None
    word = near[0]
    gap = m.start - word.end if word.end <= m.start else word.start - m.end
    if gap > 3:  # "the Kenyan Red Cross", "Kenya's Red Cross", "Caritas Philippines": adjacent, or "'s" between
        return None
    iso3 = next(iter(places))
    entry = kb.countries[iso3]
    return Draft(
        "org", [m, word], country=iso3, sector=org.sector, name=f"{entry.name} {m.text}",
        code=f"{iso3}{org.sector or ''}",
        reasons=[f"'{m.text}' named with '{word.text}': that country's national society, not {org.name}"],
    )  # fmt: skip


def alias_owner(kb: KnowledgeBase, m: Match, others: Sequence[Match]) -> OrgEntry | Draft:
    """The organisation the alias ``m`` means, or a draft of no organisation for an alias several curated
    organisations share with no country word among ``others`` to choose: their common sector, no country.
    The imported layer's namesakes yield to a curated organisation and otherwise keep the first."""
    found = list(dict.fromkeys(h.ref for h in m.of("org")))
    curated = [o for o in found if kb.layer_of(kb.orgs[o].kb_id) != "imported"]
    if len(curated) == 1 or (curated and len(found) > len(curated)):
        found = curated
    if len(found) > 1:
        homes = {h.ref for c in others for h in c.of(*PLACE_KINDS)}
        local = [o for o in found if kb.orgs[o].country in homes]
        if len(local) == 1:
            found = local
        elif curated:
            sectors = {kb.orgs[o].sector for o in found}
            why = f"'{m.text}' names several organisations ({', '.join(found)}) and no country tells which"
            return Draft("sector", [m], sector=sectors.pop() if len(sectors) == 1 else None, reasons=[why])
    return kb.orgs[found[0]]
