"""The word lists of safe matching: ``data/kb/name_context.yaml`` read once into a :class:`NameContext`.

Titles and forms of address, compass words, people nouns that do not form names, generic place
heads, namesakes, things and documents named after a person, sport, language, currency and event
words, and the other lists that kb/names.py, kb/name_parts.py and the knowledge base's readers
(groups, holders, roles, branches, sport, person roles, the PETRARCH and Phoenix importers, the
participants' naming rules) consult (docs/knowledge-base.md, "Safe matching"). Each list is folded
(kb/entries.fold) with its dots dropped; a section that is not a list is a KBError.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from newsevents.kb.entries import KBError, fold
from newsevents.kb.yamlload import kb_mapping

_SECTIONS = (
    "honorifics",
    "directions",
    "not_name_forming",
    "place_heads",
    "org_heads",
    "namesakes",
    "namesake_heads",
    "thing_heads",
    "club_words",
    "name_particles",
    "place_prefixes",
    "language_words",
    "named_after_heads",
    "sponsor_words",
    "ethnic_peoples",
    "event_heads",
    "surname_places",
    "document_heads",
    "feature_heads",
    "callings",
    "minority_words",
    "team_heads",
    "office_heads",
    "national_branches",
    "ranks",
    "linking_particles",
    "given_name_honorifics",
    "named_team_heads",
    "party_heads",
    "generic_org_names",
    "team_qualifiers",
    "bare_team_heads",
    "nickname_heads",
    "past_words",
    "feature_of_heads",
    "sport_words",
    "sport_body_heads",
    "league_words",
    "league_names",
    "sport_roles",
    "sport_positions",
    "address_words",
    "ethnic_nouns",
    "religious_nouns",
    "goods",
    "place_adjectives",
    "currencies",
    "language_nouns",
    "abroad_heads",
    "operation_words",
    "event_nouns",
    "place_event_nouns",
    "settlement_words",
    "title_surnames",
    "arts_callings",
    "work_heads",
    "institution_heads",
    "namesake_run_heads",
    "subdivision_nouns",
    "acronym_owners",
    "shop_heads",
    "people_kind_demonyms",
    "portfolio_nouns",
    "portfolio_offices",
    "company_suffixes",
)


@dataclass(frozen=True)
class NameContext:
    honorifics: frozenset[str]
    directions: frozenset[str]
    not_name_forming: frozenset[str]
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    namesakes: frozenset[str]
    namesake_heads: frozenset[str]
    thing_heads: frozenset[str]
    club_words: frozenset[str]
    name_particles: frozenset[str]
    place_prefixes: frozenset[str]
    language_words: frozenset[str]
    named_after_heads: frozenset[str]
    sponsor_words: frozenset[str]
    ethnic_peoples: frozenset[str]
    event_heads: frozenset[str]
    surname_places: frozenset[str]
    document_heads: frozenset[str]
    feature_heads: frozenset[str]
    callings: frozenset[str]
    minority_words: frozenset[str]
    team_heads: frozenset[str]
    office_heads: frozenset[str]
    national_branches: frozenset[str]
    ranks: frozenset[str]
    linking_particles: frozenset[str]
    given_name_honorifics: frozenset[str]
    named_team_heads: frozenset[str]
    party_heads: frozenset[str]
    generic_org_names: frozenset[str]
    team_qualifiers: frozenset[str]
    bare_team_heads: frozenset[str]
    nickname_heads: frozenset[str]
    past_words: frozenset[str]
    feature_of_heads: frozenset[str]
    sport_words: frozenset[str]
    sport_body_heads: frozenset[str]
    league_words: frozenset[str]
    league_names: frozenset[str]
    sport_roles: frozenset[str]
    sport_positions: frozenset[str]
    address_words: frozenset[str]
    ethnic_nouns: frozenset[str]
    religious_nouns: frozenset[str]
    goods: frozenset[str]
    place_adjectives: frozenset[str]
    currencies: frozenset[str]
    language_nouns: frozenset[str]
    abroad_heads: frozenset[str]
    operation_words: frozenset[str]
    event_nouns: frozenset[str]
    place_event_nouns: frozenset[str]
    settlement_words: frozenset[str]
    title_surnames: frozenset[str]
    arts_callings: frozenset[str]
    work_heads: frozenset[str]
    institution_heads: frozenset[str]
    namesake_run_heads: frozenset[str]
    subdivision_nouns: frozenset[str]
    acronym_owners: frozenset[str]
    shop_heads: frozenset[str]
    people_kind_demonyms: frozenset[str]
    portfolio_nouns: frozenset[str]
    portfolio_offices: frozenset[str]
    company_suffixes: frozenset[str]


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key) or []
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, list):
        raise KBError(f"name_context.yaml: '{key}' must be a list")
    return frozenset(fold(str(w)).replace(".", "") for w in value)


@functools.lru_cache(maxsize=1)
def name_context() -> NameContext:
    """The word lists of ``data/kb/name_context.yaml``."""
    data = kb_mapping("name_context.yaml", _SECTIONS)
    return NameContext(*(_words(data, k) for k in _SECTIONS))
