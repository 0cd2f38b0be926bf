"""A person's name with a possessive before the head of the phrase ("Moqtada al-Sadr's Mahdi Army", "Assad's
army", "Putin's spokesman Dmitry Peskov"): the head is the actor, and the person only its owner
(docs/knowledge-base.md, "Eleventh session"). Used by :class:`newsevents.kb.resolve.PhraseResolver`:

* a person or an organisation named after the possessive is the actor ("Putin's spokesman Dmitry
  Peskov", "Sadr's Mahdi Army", "Netanyahu's Likud");
* with only sector words after it ("Assad's army", "Kabila's rebel troops") or nothing known ("Trump's
  son-in-law X") the owner stays the actor, as before: the owner's sector is what the coder's rules read
  (the sector word's, tried in the eleventh session, turned "Kabila's rebel troops marched into Kinshasa"
  into a mobilisation).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.kb.match import Match, Token

_HEADS = frozenset({"org", "person"})


def owned_head(
    units: Sequence[Match | Token], head: Sequence[Match], persons: Sequence[Match]
) -> tuple[Match, list[Match]] | None:
    """(the owner, the head's matches after its possessive) when a person's name with "'s" stands before a
    person's or an organisation's name in the head; else None."""
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
