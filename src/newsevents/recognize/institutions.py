"""National institutions as places: "Peru's Congress", "the Kenyan parliament", "Brazil's
presidential palace" sit in their country's capital on the article's date (the words of
``national_institutions`` in data/lexicon.yaml; docs/gazetteer.md)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsevents.lexicon import LEXICON
from newsevents.records import Place
from newsevents.resolve.capitals import capital_on

if TYPE_CHECKING:
    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["institution_mentions"]

INSTITUTIONS = LEXICON["national_institutions"]
_INSTITUTION = re.compile(
    r"\b(?:(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:['’]s?)|[Tt]he\s+(?P<adj>[A-Z][\w'’-]+))\s+"
    r"(?P<what>(?i:"
    + "|".join(sorted((re.escape(w).replace("\\ ", "\\s+") for w in INSTITUTIONS), key=len, reverse=True))
    + r"))\b",
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


def institution_mentions(
    text: str, kb: KnowledgeBase, gazetteer: Gazetteer, day: dt.date | None
) -> list[tuple[int, int, Place, str]]:
    """(start, end, the capital, why) for each national institution of a country named before it
    ("X's <institution>" with X a country's name, "the <demonym> <institution>"). The mention is
    the institution's words; the country's name stays a mention of its own."""
    out = []
    for m in _INSTITUTION.finditer(text):
        owner, adj = m.group("owner"), m.group("adj")
        entry = kb.country_named(_POSSESSIVE.sub("", owner.strip())) if owner else kb.country_for_word(adj or "")
        if entry is None:
            continue
        capital, why = capital_on(gazetteer, entry.iso3, day)
        if capital is None:
            continue
        what = m.group("what")
        why = f"'{what}' of {entry.iso3}, a national institution: {why}"
        out.append((m.start("what"), m.end("what"), capital, why))
    return out
