"""The persons a phrase names on its date, for the phrase resolver (kb/resolve.py, rule 3).

``OfficeHolders`` is the base of :class:`newsevents.kb.resolve.PhraseResolver`: "the German
chancellor", "the president of Brazil", "the Fed chairman" on a date are the one person who held
that office then (kb/offices.py; "a French minister", "former presidents" and "Kenya's deputy
president" are no office holder, and an office of a state gone on the date is held by nobody);
an imported person is not taken where the phrase's organisation or country words contradict
their roles, nor long before their first role; a surname alone on a day before all of a curated
person's roles names a relative or namesake ("President Kenyatta" in 1975 is Jomo, not Uhuru).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsevents.kb.drafts import Draft as _Draft
from newsevents.kb.entries import PersonEntry, Role, fold, no_collection
from newsevents.kb.match import FORMER_WORDS, PLACE_KINDS, PREPOSITIONS, AliasMatcher, Match, Token
from newsevents.kb.offices import OfficeIndex, former_state, institution_names, no_holder
from newsevents.kb.person_roles import apply_role, role_country

__all__ = ["NOT_ONE_HOLDER", "OfficeHolders"]

_NAMESAKE_YEARS = 10  # an imported person named this long before a first role is taken for a namesake
NOT_ONE_HOLDER = frozenset({"a", "an", "another", "every", "each", "any", "some"}) | FORMER_WORDS


class OfficeHolders(AliasMatcher):
    """The office holders and the persons named on a date (the phrase resolver's base)."""

    _offices: OfficeIndex | None = None  # built on the first phrase that names an office

    def _office(self, d: _Draft, units: Sequence[Match | Token], on_date: dt.date | None) -> _Draft:
        """ "the German chancellor", "the president of Brazil", "the Pope" on a date -> the one person
        who held that office (kb/offices.py); anything else is returned as it is."""
        if on_date is None or d.sector in (None, "ELI") or d.kind not in ("country", "sector"):
            return d
        if any(isinstance(u, Token) and u.key in NOT_ONE_HOLDER for u in units):
            return d  # "a French minister", "former presidents" (a plural is no office word)
        if sum(1 for u in units if isinstance(u, Match) and not u.kinds.isdisjoint(PLACE_KINDS)) > 1:
            return d
        offices = self._office_index()
        if d.kind == "country" and self._institution(d):  # "the Fed chairman", "the BOJ governor"
            return self._institution_head(d, units, on_date)
        word = d.matches[-1].text
        country = d.country if d.kind == "country" else offices.sole_country(word)
        if country is None or len(d.matches) != (2 if d.kind == "country" else 1):
            return d
        if d.kind == "country" and not d.matches[0].of("country", "demonym", "metonym"):
            return d  # "the British Columbia premier": a region's office, not the country's
        title = d.matches[-1]
        at = units.index(title) if title in units else 0
        before = units[at - 1] if at else None
        if before is not None and offices.lesser(before.key if isinstance(before, Token) else before.text):
            return d  # "Kenya's deputy president": not the president
        after = units[at + 1 :] if title in units else []
        for u in after:
            if isinstance(u, Token) and u.key in PREPOSITIONS:
                break
            if not isinstance(u, Token) or u.is_word or u.key == "'s":
                return d  # "the Japanese prime minister's office": not the office holder
        state = former_state(d.matches[0].text) if d.kind == "country" else None
        if (why := no_holder(state, country, word, on_date)) is not None:  # "the Yugoslav president" in 2010
            d.kind = "nobody"  # dropped by resolve_dated: the phrase names no actor (kb/offices.py)
            d.reasons.append(why)
            return d
        return self._holder(d, offices.holder(country, word, on_date, state), word, on_date)

    def _institution(self, d: _Draft) -> list[str]:
        return institution_names(self.kb.countries.get(d.country or ""), d.matches[0])

    def _institution_head(self, d: _Draft, units: Sequence[Match | Token], on_date: dt.date) -> _Draft:
        """ "the Fed chairman" on a date -> the one head of that named state institution (kb/offices.py)."""
        first = d.matches[0]
        at = units.index(first) + 1 if first in units else len(units)
        nxt = units[at] if at < len(units) else None
        if not isinstance(nxt, Match) or not nxt.of("sector") or units[at + 1 :]:
            return d  # no head word, or more after it ("the Fed chairman's remarks")
        found = self._office_index().institution_head(d.country or "", self._institution(d), nxt.text, on_date)
        return self._holder(d, found, nxt.text, on_date)

    def _holder(self, d: _Draft, found: tuple[PersonEntry, Role] | None, office: str, on_date: dt.date) -> _Draft:
        """``d`` made the person ``found`` holding ``office`` on ``on_date`` (unchanged when no one is found)."""
        if found is None:
            return d
        person, role = found
        d.kind, d.office, d.kb_id, d.name = "person", True, person.kb_id, person.name
        self._apply_role(d, role)
        d.reasons.append(f"office '{office}' held on {on_date.isoformat()} by {person.name} ({role.title})")
        return d

    def _office_index(self) -> OfficeIndex:
        if self._offices is None:
            with no_collection():
                self._offices = OfficeIndex(self.kb)
        return self._offices

    def office_index(self) -> OfficeIndex:
        """The index of office holders (built on first use)."""
        return self._office_index()

    def _affiliated(self, m: Match, span: Sequence[Match], on_date: dt.date | None) -> bool:
        """False for an imported person whose roles the phrase's organisation or country words contradict,
        or whose first role starts more than _NAMESAKE_YEARS after the date (so long before the office, the
        name is more often a namesake's: "James Brown" in 1988 is not the British official of 2008)."""
        orgs = {h.ref for x in span for h in x.of("org")}
        places = {h.ref for x in span if x is not m for h in x.of("country", "demonym", "metonym")}
        for h in m.of("person"):
            p = self.kb.persons[h.ref]
            if self.kb.layer_of(p.kb_id) != "imported":
                if on_date is not None and self._relative_before(m, p, span, on_date):
                    continue
                return True
            if on_date is not None and p.roles and all(r.start is not None and r.start > on_date for r in p.roles):
                first = min(r.start for r in p.roles if r.start is not None)
                if (first - on_date).days > _NAMESAKE_YEARS * 365:
                    continue
            if not (orgs or places) or any(r.org in orgs or self._role_country(r) in places for r in p.roles):
                return True
        return False

    def _relative_before(self, m: Match, p: PersonEntry, span: Sequence[Match], on_date: dt.date) -> bool:
        """Whether a surname alone ("Kenyatta", "Prime Minister Bhutto") names, on a day before all of a
        curated person's roles, a relative or namesake of that person: the first role starts more than
        _NAMESAKE_YEARS later, or an office word of the phrase is one the person first holds more than a
        year later or never ("President Kenyatta" in 1975 is Jomo, not Uhuru; "Prime Minister Bhutto" in
        1975 is Zulfikar Ali, not Benazir)."""
        words = fold(p.name).replace("-", " ").split()
        if m.j - m.i != 1 or len(words) < 2 or fold(m.text) != words[-1]:
            return False  # a full name, a mononym or a given name is the person's own
        starts = [r.start for r in p.roles]
        if not starts or any(s is None or s <= on_date for s in starts):
            return False
        first = min(s for s in starts if s is not None)
        if (first - on_date).days > _NAMESAKE_YEARS * 365:
            return True
        offices = self._office_index()
        for x in span:
            if x is m or "sector" not in x.kinds or "person" in x.kinds or not offices.is_office(x.text):
                continue
            held = offices.first_held(p.id, x.text)
            if held is None or (held - on_date).days > 365:
                return True
        return False

    def _role_country(self, role: Role) -> str | None:
        return role_country(self.kb, role)

    def _apply_role(self, d: _Draft, role: Role) -> None:
        apply_role(self.kb, d, role)
