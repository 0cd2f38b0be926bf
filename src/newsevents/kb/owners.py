"""A person's name with a possessive before the head of the phrase ("Moqtada al-Sadr's Mahdi Army", "Assad's
army", "Putin's spokesman Dmitry Peskov"): the head is the actor, and the person only its owner
(docs/knowledge-base.md, "Sixteenth session"). Used by :class:`newsevents.kb.resolve.PhraseResolver`:

* a person or an organisation named after the possessive is the actor ("Putin's spokesman Dmitry
  Peskov", "Sadr's Mahdi Army", "Netanyahu's Likud");
* a sector word alone after it is that sector of the owner's country on the date ("Assad's army" -> SYR
  MIL, "Maduro's government" -> VEN GOV);
* with nothing known after it ("Trump's son-in-law X") the owner stays the actor, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.kb.drafts import Draft
from newsevents.kb.match import Match, Token, pick_sector

_HEADS = frozenset({"org", "person", "sector"})


def owned_head(units: Sequence[Match | Token], head: Sequence[Match], persons: Sequence[Match]) -> tuple[Match, list[Match]] | None:
    """(the owner, the head's matches after its possessive) when a person's name with "'s" stands before a
    person's, an organisation's or a sector word of the head; else None."""
    for p in persons:
        if p not in units:
            continue
        k = list(units).index(p)
        nxt = units[k + 1] if k + 1 < len(units) else None
        if isinstance(nxt, Token) and nxt.key == "'s":
            after = [m for m in head if m.start >= p.end]
            if any(not m.kinds.isdisjoint(_HEADS) for m in after):
                return p, after
    return None


def owned_sector(owner: Draft, owner_match: Match, after: Sequence[Match], country_name: str | None) -> Draft:
    """The sector word after the owner's possessive, of the owner's country (the owner itself when none)."""
    picked = pick_sector(after)
    if picked is None:
        return owner
    sm, hit = picked
    why = f"'{owner_match.text}'s {sm.text}': the {hit.sector} of the owner's country"
    if owner.country is None:
        return Draft("sector", [sm], sector=hit.sector, reasons=[why.replace(" of the owner's country", "")])
    return Draft(
        "country", [owner_match, sm], country=owner.country, sector=hit.sector, kb_id=f"country:{owner.country}",
        name=country_name, reasons=[f"{why} ({owner.country}: {'; '.join(owner.reasons)})"],
    )  # fmt: skip
