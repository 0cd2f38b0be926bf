"""The knowledge-base facade: :class:`KnowledgeBase` (lookups and phrase resolution over the
entries of :mod:`newsevents.kb.entries`), loaded by :mod:`newsevents.kb.files`.

Imports flow one way: ``entries`` <- ``petrarch`` <- ``files``; ``entries`` <- ``match`` <-
``resolve``; this module imports them all and none of them imports it (the resolver sees the
knowledge base only as a type).  The entry records are re-exported here for older imports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.kb.entries import (
    CountryEntry,
    KBError,
    OrgEntry,
    PersonEntry,
    Role,
    SectorEntry,
    check_references,
    fold,
    lookup_key,
    no_collection,
)
from newsevents.kb.files import apply_user_file, load_builtin
from newsevents.kb.resolve import PhraseResolver

if TYPE_CHECKING:
    from newsevents.records import ActorRef

__all__ = [
    "CountryEntry",
    "KBError",
    "KnowledgeBase",
    "OrgEntry",
    "PersonEntry",
    "QUANTITY_PREFIX",
    "Role",
    "SectorEntry",
    "fold",
    "lookup_key",
]

# --------------------------------------------------------------------------------------------------
# the knowledge base


class KnowledgeBase:
    """Countries, organisations, persons and sector words, with phrase resolution."""

    def __init__(
        self,
        countries: Mapping[str, CountryEntry],
        orgs: Mapping[str, OrgEntry],
        persons: Mapping[str, PersonEntry],
        sectors: Mapping[str, SectorEntry],
        layers: Mapping[str, str] | None = None,
        alias_keys: Mapping[str, tuple[tuple[str, ...], str]] | None = None,
    ) -> None:
        self.countries: dict[str, CountryEntry] = dict(countries)
        self.orgs: dict[str, OrgEntry] = dict(orgs)
        self.persons: dict[str, PersonEntry] = dict(persons)
        self.sectors: dict[str, SectorEntry] = dict(sectors)
        self.layers: dict[str, str] = dict(layers or {})  # kb_id -> "imported" / "user"; else curated
        # alias text -> (matcher key, case rule) precompiled for the imported layer
        self.alias_keys: Mapping[str, tuple[tuple[str, ...], str]] = alias_keys or {}
        check_references(self.countries, self.orgs, self.persons)
        self._by_word: dict[str, CountryEntry] = {}
        self._demonyms: dict[str, CountryEntry] = {}
        for c in self.countries.values():
            for w in (c.name, *c.aliases, *(m for m, _ in c.metonyms), *c.regions):
                self._by_word.setdefault(lookup_key(w), c)
            for w in c.demonyms:
                self._demonyms.setdefault(lookup_key(w), c)
        # the words that name a country by its own name or an alias (country_named), read once here:
        # every place and phrase of an article asks
        self._named: dict[str, CountryEntry] = {}
        for c in self.countries.values():
            for w in (c.name, *c.aliases):
                if self._by_word.get(key := lookup_key(w)) is c:
                    self._named[key] = c
        self._resolver: PhraseResolver | None = None

    # -- construction ----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The built-in knowledge base (loaded once per process)."""
        return _default_kb()

    @classmethod
    def load(cls, extra_files: Sequence[Path | str] = ()) -> KnowledgeBase:
        """The built-in files plus user files (.yaml/.yml/.csv/.tsv) that add or override entries by id."""
        with no_collection():
            tables = load_builtin()
            for path in extra_files:
                apply_user_file(tables, Path(path))
                check_references(tables.countries, tables.orgs, tables.persons, where=f"{path}: ")
            return cls(tables.countries, tables.orgs, tables.persons, tables.sectors, tables.layers, tables.alias_keys)

    def prepare(self) -> KnowledgeBase:
        """Build the phrase resolver's alias index and office index now (else the first phrase resolved
        builds them); returns the knowledge base (scale/cache.py keeps it, prepared, between runs)."""
        self._phrase_resolver().office_index()
        return self

    def _phrase_resolver(self) -> PhraseResolver:
        if self._resolver is None:
            with no_collection():
                self._resolver = PhraseResolver(self)
        return self._resolver

    # -- lookups ---------------------------------------------------------------------------------

    def sizes(self) -> dict[str, int]:
        return {
            "countries": len(self.countries),
            "country_aliases": sum(1 + len(c.aliases) for c in self.countries.values()),
            "demonyms": sum(len(c.demonyms) for c in self.countries.values()),
            "metonyms": sum(len(c.metonyms) for c in self.countries.values()),
            "regions": sum(len(c.regions) for c in self.countries.values()),
            "organizations": len(self.orgs),
            "persons": len(self.persons),
            "roles": sum(len(p.roles) for p in self.persons.values()),
            "sectors": len(self.sectors),
            "sector_words": sum(len(s.expanded_words) + len(s.expanded_weak) for s in self.sectors.values()),
            "agent_words": sum(len(s.imported_words) for s in self.sectors.values()),
        }

    def layer_of(self, kb_id: str | None) -> str | None:
        """Which knowledge layer an entry comes from: "curated" (the shipped data files), "imported"
        (the Phoenix dictionaries, below the curated files) or "user" (a file given to ``load``)."""
        if not kb_id:
            return None
        return self.layers.get(kb_id, "curated")

    def country(self, iso3: str) -> CountryEntry | None:
        return self.countries.get(iso3.upper())

    def org(self, org_id: str) -> OrgEntry | None:
        return self.orgs.get(org_id)

    def person(self, person_id: str) -> PersonEntry | None:
        return self.persons.get(person_id)

    def sector(self, code: str) -> SectorEntry | None:
        return self.sectors.get(code.upper())

    def country_for_word(self, word: str) -> CountryEntry | None:
        """The country a name, alias, metonym, region or demonym denotes (case-insensitive, "the" ignored)."""
        key = lookup_key(word)
        return self._by_word.get(key) or self._demonyms.get(key)

    def country_named(self, word: str) -> CountryEntry | None:
        """The country whose name or alias this is (not a demonym, capital or other metonym)."""
        return self._named.get(lookup_key(word))

    def is_demonym(self, word: str) -> bool:
        return lookup_key(word) in self._demonyms

    def capital_of(self, iso3: str) -> str | None:
        c = self.country(iso3)
        return c.capital if c else None

    def aliases(self) -> Iterable[tuple[str, str, str]]:
        """(alias text, kind, kb_id) for every name the resolver knows; kind is one of
        country, demonym, metonym, region, org, person, sector."""
        for c in self.countries.values():
            for w in (c.name, *c.aliases):
                yield (w, "country", c.kb_id)
            for w in c.demonyms:
                yield (w, "demonym", c.kb_id)
            for w, _sector in c.metonyms:
                yield (w, "metonym", c.kb_id)
            for w in (*c.regions, *c.subdivisions, *c.peoples):
                yield (w, "region", c.kb_id)
        for o in self.orgs.values():
            for w in (o.name, *o.aliases):
                yield (w, "org", o.kb_id)
        for p in self.persons.values():
            for w in (p.name, *p.aliases):
                yield (w, "person", p.kb_id)
        for s in self.sectors.values():
            for w in (*s.expanded_words, *s.expanded_weak, *s.imported_words):
                yield (w, "sector", f"sector:{s.code}")

    def resolve_phrase(self, text: str, on_date: dt.date | None = None) -> list[ActorRef]:
        """The actors one noun phrase denotes (see newsevents.kb.resolve for the rules)."""
        return self.resolve_phrase_dated(text, on_date)[0]

    def resolve_phrase_dated(self, text: str, on_date: dt.date | None = None) -> tuple[list[ActorRef], bool]:
        """(:meth:`resolve_phrase`, whether the date can change the result: False when the phrase
        names no person, whose role is what depends on the date)."""
        resolver = self._phrase_resolver()
        refs, dated = resolver.resolve_dated(text, on_date)
        # "hundreds of students", "a group of Chechen refugees", "a faction of the army": the people
        # counted are the actor; counts stack ("hundreds of thousands of opposition marchers")
        end, head = 0, QUANTITY_PREFIX.match(text)
        while head is not None:
            end += head.end()
            head = QUANTITY_PREFIX.match(text[end:])
        if not end:
            return refs, dated
        rest, rest_dated = resolver.resolve_dated(text[end:], on_date)
        dated = dated or rest_dated
        if not rest or (refs and any(r.sector for r in refs)):
            return refs, dated
        return [dataclasses.replace(r, start_char=r.start_char + end, end_char=r.end_char + end) for r in rest], dated


QUANTITY_PREFIX = re.compile(
    r"^\s*(?:(?:about|some|nearly|almost|more than|over|at least|up to|around|roughly|an estimated)\s+)?"
    r"(?:\d[\d,.]*|hundreds|thousands|millions|dozens|scores|tens of thousands|hundreds of thousands|"
    r"(?:a|one) (?:group|number|handful|crowd|band|third|quarter|half|faction|wing|unit|section|contingent)|"
    r"groups|crowds|members|factions|units|half|many|most|"
    r"several|all|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    return KnowledgeBase.load()
