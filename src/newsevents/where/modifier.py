"""Where: a country's name that modifies a noun names a nationality, not a place ("the first
meeting between a sitting U.S. president and a North Korean leader", "tariffs on U.S. goods",
"outside the U.S. embassy"), as a demonym does; only before a noun of a place or a site is it
where that place is ("on U.S. soil", "a Lebanon border village", "a U.S. air base"). Read by the
chain of where/location.py, which takes no such name as the event's place."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.records import Mention, Place

__all__ = ["nationality_modifier"]

# Nouns whose country modifier says where the thing is: places and their parts, sites, facilities,
# borders and a state's territory (lexicon place_part_nouns, site_nouns, facility_nouns,
# boundary_nouns, territory_nouns); not a state's missions abroad (diplomatic_nouns: "the U.S. embassy").
_SITE_NOUNS = (
    LEXICON["place_part_nouns"]
    | LEXICON["site_nouns"]
    | LEXICON["facility_nouns"]
    | LEXICON["boundary_nouns"]
    | LEXICON["territory_nouns"]
) - LEXICON["diplomatic_nouns"]
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
_DIPLOMATIC = LEXICON["diplomatic_nouns"]


def nationality_modifier(doc: Doc, m: Mention, capital: Callable[[str], Place | None] | None = None) -> bool:
    """Whether a country's name stands as a modifier of a noun that is not a place or a site (through
    the names it is compounded with: "U.S. President Donald Trump"): a nationality, not where. Not a
    city-state's (``capital``: ISO3 -> its capital, which bears its name) before the subject: "3,000
    Hong Kong people demonstrated", "Singapore police arrested" are people of the city, acting there;
    "the Vatican embassy" is the Vatican's mission, wherever it is."""
    if m.place is None or m.place.level != "country":
        return False
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ not in _MODIFIER_DEPS or tok.head.i == tok.i or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        if head.lemma_.lower() in _SITE_NOUNS or head.lower_ in _SITE_NOUNS:
            return False  # "a Lebanon border village"
        head = head.head
    if head.lemma_.lower() in _SITE_NOUNS or head.lower_ in _SITE_NOUNS:
        return False
    if head.lemma_.lower() in _DIPLOMATIC or head.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    town = capital(m.place.country_code) if capital is not None and m.place.country_code else None
    return town is None or not town.name.casefold().startswith(m.place.name.casefold())
