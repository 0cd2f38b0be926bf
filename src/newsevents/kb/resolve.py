"""Resolve the text of one noun phrase ("Afghanistan's President Ashraf Ghani", "Taliban fighters",
"Hungarian and Romanian officials") to the actors it denotes (docs/knowledge-base.md has the details).

1. Tokenise (inner dots, hyphens and apostrophes stay: "U.S.", "Kassym-Jomart"; "'s" is split off;
   curly apostrophes count as straight ones) and match aliases longest first, case-insensitively,
   except that all-capitals aliases ("US", "WHO") need capitals and proper names need an initial
   capital ("China" but not "china plates"). Blocked phrases ("Latin American", "New Jersey") and
   "Jordan"/"Chad"/"Georgia" beside an unknown capitalised word ("Michael Jordan") match nothing.
2. Split into conjuncts at "and"/"or"/commas outside names, and each conjunct into a head and
   prepositional modifiers (kb/conjuncts.py).
3. Per conjunct: a person (their role on the date; a role ended before it -> country + ELI) beats a
   named organisation, which beats a country name/demonym/metonym + the head's sector word (a
   capital or seat-of-government metonym alone -> GOV); a head that is only a sector word takes the
   entity of its modifier ("the government of Afghanistan"); else the sector word alone.
4. A bare demonym shares its sibling's sector ("Hungarian and Romanian officials"); an appositive
   comma ("Tokayev, the Kazakh president") gives one actor.

The office holders and the persons a name names on the date are read in kb/officeholders.py (the
resolver's base class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from newsevents.kb.branches import alias_owner, national_branch
from newsevents.kb.conjuncts import Part, split_conjuncts, split_parts
from newsevents.kb.drafts import Draft as _Draft
from newsevents.kb.drafts import coordinate, finish, sector_alone
from newsevents.kb.entries import OrgEntry, fold
from newsevents.kb.eras import org_eras
from newsevents.kb.groups import ARMED, armed_peoples, group_nouns
from newsevents.kb.holders import named_holders, named_party
from newsevents.kb.match import (
    PLACE_KINDS,
    PREPOSITIONS,
    Hit,
    Match,
    Token,
    after_ethnic,
    after_people,
    is_people,
    pick_sector,
    tokenize,
)
from newsevents.kb.name_context import name_context
from newsevents.kb.name_parts import located_place
from newsevents.kb.names import article_reading, ethnic_only, guard, minority_only, sponsor_only
from newsevents.kb.officeholders import NOT_ONE_HOLDER, OfficeHolders
from newsevents.kb.offices import agency_match, former_state, titled_surnames
from newsevents.kb.offices import titled_roles as _titled
from newsevents.kb.owners import owned_head
from newsevents.kb.person_roles import ambiguous, person_role
from newsevents.kb.roles import calling_in, heads_of_state, sport_titles
from newsevents.records import ActorRef, CountryRead

# sectors a strong word gives an intergovernmental organisation ("NATO troops", "UN police")
IGO_FORCES = frozenset({"MIL", "COP"})
_BLOCKER = frozenset({"blocker"})
_OPPONENT = frozenset({"against", "versus", "vs", "with"})
_APPOSED_AFTER = frozenset({"for", "to"})  # "envoy for Syria X", "ambassador to Russia X" (_apposed_holder)
_OWN_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "COP"})  # a territory's own institutions (statehood.yaml)
_PARTY_TURNS = frozenset({"GOV", "REB", "UAF"})  # a party's sectors a strong word after its name gives


class PhraseResolver(OfficeHolders):
    """Matches knowledge-base aliases in a phrase and applies the rules of the module docstring."""

    _armed: dict[str, str] | None = None  # armed_peoples.yaml: folded word -> ISO3, built when first needed
    _statehood: dict[str, tuple[str, str]] | None = None  # statehood.yaml: ISO3 -> (since, before)

    # -- resolution -----------------------------------------------------------------------------

    def resolve(self, text: str, on_date: dt.date | None = None) -> list[ActorRef]:
        return self.resolve_dated(text, on_date)[0]

    def resolve_dated(self, text: str, on_date: dt.date | None = None) -> tuple[list[ActorRef], bool]:
        """(the actors, whether the date can change them): only a person's roles depend on the date,
        so a phrase that names no person resolves the same on every date."""
        tokens = tokenize(text)
        if not tokens:
            return [], False
        matches = guard(self.kb, tokens, self.match(text, tokens))  # safe matching (kb/names.py)
        tokens, matches = article_reading(self.kb, self.match, text, tokens, matches)  # "Walid al-Muallem"
        if on_date is not None:
            matches = titled_surnames(self._office_index(), tokens, matches, on_date)
        named = dated = False
        for m in matches:
            kinds = m.kinds
            if not kinds <= _BLOCKER:
                named = True
                office = "sector" in kinds and self._office_index().is_office(m.text)
                if "person" in kinds or office or former_state(m.text):  # (a former state's bodies end with it)
                    dated = True  # a person's role, or the holder of an office, depends on the date
                    break
        if not named or located_place(tokens, [m for m in matches if not m.kinds <= _BLOCKER], name_context()):
            return [], False  # (nothing named, or "Paris, Texas": a town located by its region, kb/name_parts.py)
        conjuncts = split_conjuncts(tokens, matches)
        results: list[tuple[str | None, list[_Draft]]] = []
        for sep, units in conjuncts:
            if sep == "," and results and results[-1][1]:
                first = units[0]
                if isinstance(first, Token) and first.key in {"a", "an"}:
                    continue  # "Pakistan, a key U.S. ally": a description of the actor, not a second one
            results.append((sep, [d for d in self._conjunct(units, on_date) if d.kind != "nobody"]))
        drafts = coordinate(results) if len(results) > 1 else results[0][1] if results else []
        refs: list[ActorRef] = []
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for d in drafts:
            ref = finish(d, text, self.kb.sectors)
            key = (ref.kb_id, ref.country, ref.sector)  # ActorRef.key()
            if key not in seen:
                seen.add(key)
                refs.append(ref)
        refs = group_nouns(text, tokens, matches, self._armed_peoples(text, tokens, refs))  # "Iraqi Kurds"
        refs = named_holders(
            text, tokens, matches, refs, self._home, self._sole
        )  # "Interior Minister X" (kb/holders.py)
        refs = named_party(text, tokens, refs)  # "Spain's Popular Party" (kb/holders.py)
        refs, changes = org_eras(self.kb.orgs, refs, on_date)  # "the SPLA" after 2011 (kb/eras.py)
        dated = dated or changes
        if any(r.country in self._territories() for r in refs):
            dated = True  # a territory's state depends on the date (statehood.yaml)
            if on_date is not None:
                refs = [self._before_statehood(r, on_date) for r in refs]
        return refs, dated

    def _home(self, m: Match) -> str | None:
        """The one country of every role of the persons ``m`` names (None when they differ or are none)."""
        found = {self._role_country(r) for h in m.of("person") for r in self.kb.persons[h.ref].roles}
        return found.pop() if len(found) == 1 else None

    def _sole(self, title: str) -> str | None:
        return self._office_index().sole_country(title)

    def _territories(self) -> dict[str, tuple[str, str]]:
        if self._statehood is None:
            self._statehood = {c.iso3: c.statehood for c in self.kb.countries.values() if c.statehood}
        return self._statehood

    def _before_statehood(self, r: ActorRef, on_date: dt.date) -> ActorRef:
        """ "Kosovo" on a day before its independence: the state it was part of (statehood.yaml)."""
        found = self._territories().get(r.country or "")
        if found is None or on_date.isoformat() >= found[0]:
            return r
        sector = self.kb.sectors.get(r.sector or "")
        if sector is not None and "non_state" in sector.groups:
            return r  # "the Kosovo Liberation Army", "Kosovo Albanians" in 1998: the territory's own people
        own = self.kb.countries[r.country or ""].own_government
        if own is not None and on_date.isoformat() >= own and r.sector in _OWN_INSTITUTIONS:
            return r  # "Kosovo President Ibrahim Rugova" in 2004, under UN administration: Kosovo's own
        since, before = found
        code = r.code
        if code and r.country and code.startswith(r.country):
            code = before + code[len(r.country) :]
        name = self.kb.countries[before].name if r.kind == "country" else r.name
        kb_id = f"country:{before}" if r.kind == "country" else r.kb_id
        why = f"{r.reason}; {r.country} became a state on {since}: before it, part of {before}"
        return replace(r, name=name, code=code, country=before, kb_id=kb_id, reason=why)

    def _armed_peoples(self, text: str, tokens: Sequence[Token], refs: list[ActorRef]) -> list[ActorRef]:
        """ "Tuareg rebels", "Baloch separatists" (kb/groups.py)."""
        if not any(r.country is None and r.sector in ARMED and r.kind == "sector" for r in refs):
            return refs
        if self._armed is None:
            self._armed = {fold(w): c.iso3 for c in self.kb.countries.values() for w in c.armed_peoples}
        return armed_peoples(self.kb, self._armed, text, tokens, refs)

    def _conjunct(self, units: Sequence[Match | Token], on_date: dt.date | None) -> list[_Draft]:
        kind_words = name_context().people_kind_demonyms
        if any(after_people(units, k, kind_words) for k in range(1, len(units))):
            # "Mohawk Indians": the Mohawk, whose country their name gives, not India's people
            units = [u for k, u in enumerate(units) if not after_people(units, k, kind_words)]
        # "ethnic Albanians (in Macedonia)": an ethnic group, not the nation of that name
        ethnic = [u for k, u in enumerate(units) if after_ethnic(units, k)]
        if ethnic:
            units = [u for u in units if u not in ethnic]
            rest = self._conjunct(units, on_date)
            for d in rest:  # "ethnic Albanians in Kosovo": the people of that place
                if d.kind == "country" and d.sector is None and isinstance(ethnic[0], Match):
                    d.sector = "CVL"
                    d.reasons.append(f"the people 'ethnic {ethnic[0].text}' of that place -> CVL")
            if rest or not isinstance(ethnic[0], Match):
                return rest
            why = f"ethnic group 'ethnic {ethnic[0].text}': people, not the nation -> CVL, no country"
            return [_Draft("sector", [ethnic[0]], sector="CVL", reasons=[why])]
        parts = split_parts(units)
        head, pps = parts[0], parts[1:]
        head_matches = head.matches
        if len(head_matches) == 1:
            kinds = head_matches[0].kinds
        else:
            kinds = frozenset().union(*[m.kinds for m in head_matches])
        persons = [m for m in head_matches if "person" in m.kinds and self._affiliated(m, head_matches, on_date)]
        if persons and (owned := owned_head(units, head_matches, persons)) is not None:
            return self._owned(*owned, on_date)  # "Sadr's Mahdi Army", "Assad's army" (kb/owners.py)
        if persons:
            country = self._context_country(head_matches)
            if country is None:  # "King Abdullah of Jordan": the country after "of" tells namesakes apart
                of = [pp for pp in pps if pp.prep == "of" and self._countries(pp.matches)]
                country = self._context_country(of[0].matches) if of else None
            calling = calling_in(units)
            titles = sport_titles(units) if calling else []
            span = [x for x in head_matches if x not in titles]
            return [self._person(m, span, country, on_date, head.former, calling) for m in persons]
        apposed = self._apposed_holder(units, head_matches, on_date)
        if apposed is not None:  # "U.N. special envoy for Syria Staffan de Mistura"
            span = [m for m in head_matches if not m.kinds.isdisjoint(("sector", "org"))] + [apposed]
            ctx = self._context_country(head_matches)
            return [self._person(apposed, span, ctx, on_date, head.former, calling_in(units))]
        if "org" in kinds:
            orgs = [m for m in head_matches if "org" in m.kinds]
            lower = all(not m.text[:1].isupper() for m in head_matches[1:-1])  # "the UN refugee chief"
            if len(orgs) == 1 and len(head_matches) >= 2 and head_matches[0] is orgs[0] and lower and on_date:
                return [self._org_office(self._org(orgs[0], head_matches), head_matches[-1], units, on_date)]
            return [self._org(m, head_matches) for m in orgs]
        members = self._members_of(head_matches, pps, head.former)
        if members is not None:  # "Angolan rebels of UNITA": the organisation of that country
            return [members]
        placed_pps = [pp for pp in pps if pp.prep not in _OPPONENT and any(m.of(*PLACE_KINDS) for m in pp.matches)]
        homes = [pp for pp in placed_pps if pp.prep in ("in", "of", "from")]  # "Albanians of southern Serbia"
        people = ethnic_only(head_matches) or minority_only(units, head_matches)
        sponsored = sponsor_only(units, head_matches)
        elsewhere = (placed_pps and sponsored) or (homes and people)
        head_sector = pick_sector(head_matches)
        if sponsored and not placed_pps:  # "Ethiopian-backed government troops": the backer, not their country
            alone = sector_alone(head_sector, head.former)
            for d in alone:
                d.reasons.append("a hyphen compound names a backer, not their country")
            return alone
        if not kinds.isdisjoint(PLACE_KINDS) and not elsewhere:
            return [self._office(self._country(head_matches, head.former, None), units, on_date)]
        if not pps:
            return [self._office(d, units, on_date) for d in sector_alone(head_sector, head.former)]
        sector_matches = [m for m in head_matches if "sector" in m.kinds]
        for pp in pps:
            found = [m for m in pp.matches if "person" in m.kinds]
            if found:
                country = self._context_country(pp.matches)
                span = sector_matches + pp.matches
                former = head.former or pp.former
                return [self._person(m, span, country, on_date, former, calling_in(units)) for m in found]
        for pp in pps:
            found = [m for m in pp.matches if "org" in m.kinds]
            if found:
                return [self._org(m, sector_matches + [m]) for m in found]
        placed = [pp for pp in pps if any(not m.kinds.isdisjoint(PLACE_KINDS) for m in pp.matches)]
        plain = [  # an opponent ("the US-led war against Iraq") does not own the phrase
            pp
            for pp in placed
            if pp.prep not in _OPPONENT and any(not m.compound for m in pp.matches if m.of(*PLACE_KINDS))
        ]
        for pp in plain[:1] or placed[:1]:  # "of two Russian-backed regions in Ukraine": Ukraine
            d = self._country(sector_matches + pp.matches, head.former, pp.prep, head_only=sector_matches)
            d.of_pattern = pp.prep == "of" and head_sector is not None
            if d.sector is None and homes and people:  # "Albanians of southern Serbia", "the Hungarian minority in"
                d.sector = "CVL"
                d.reasons.append(f"the people '{head_matches[0].text}' of that place -> CVL")
            return [self._office(d, units, on_date)]
        return sector_alone(head_sector, head.former)

    def _apposed_holder(
        self, units: Sequence[Match | Token], head_matches: Sequence[Match], on_date: dt.date | None
    ) -> Match | None:
        """A known person named last, right after the place or body that a title's "for" or "to"
        modifier names, is the title's holder in apposition, not a part of the modifier: "U.N. special
        envoy for Syria Staffan de Mistura", "U.S. ambassador to Russia Jon Huntsman" (the person, not
        the title's body or country). Not after "of" ("the envoy of President X" is X's envoy) and not
        after a title word in the modifier ("envoy to President X")."""
        if len(units) < 4 or not any(not m.kinds.isdisjoint(("sector", "org")) for m in head_matches):
            return None
        last = units[-1]
        if not (isinstance(last, Match) and "person" in last.kinds):
            return None
        k = len(units) - 2
        named = 0  # the place or body the modifier names: matched, or capitalised words the guard left bare
        while k >= 0:
            u = units[k]
            if isinstance(u, Match):
                if u.kinds.isdisjoint((*PLACE_KINDS, "org")) or not u.kinds.isdisjoint(("person", "sector")):
                    return None
                named += 1
            elif u.key in PREPOSITIONS:
                break
            elif u.key != "the":
                if not u.text[:1].isupper():
                    return None
                named += 1
            k -= 1
        opener = units[k] if k >= 0 else None
        if not named or not (isinstance(opener, Token) and opener.key in _APPOSED_AFTER):
            return None
        return last if self._affiliated(last, [*head_matches, last], on_date) else None

    def _owned(self, owner: Match, after: list[Match], on_date: dt.date | None) -> list[_Draft]:
        """The head after a person's possessive (kb/owners.py)."""
        persons = [m for m in after if "person" in m.kinds and self._affiliated(m, after, on_date)]
        if persons:
            return [self._person(m, after, self._context_country(after), on_date, False) for m in persons]
        orgs = [m for m in after if "org" in m.kinds]
        if orgs:
            return [self._org(m, after) for m in orgs]
        return [self._person(owner, [owner, *after], None, on_date, False)]

    def _org_office(self, d: _Draft, title: Match, units: Sequence[Match | Token], on_date: dt.date) -> _Draft:
        """ "the UN secretary-general" on a date -> the one person who held that office of the
        organisation (kb/offices.py); anything else is returned as it is."""
        if d.kind != "org" or d.kb_id is None or "sector" not in title.kinds:
            return d
        if any(isinstance(u, Token) and u.key in NOT_ONE_HOLDER for u in units):
            return d  # "a former UN secretary-general"
        after = units[units.index(title) + 1 :] if title in units else []
        if any(not isinstance(u, Token) or u.is_word or u.key == "'s" for u in after):
            return d  # "the UN secretary-general's office", "... envoy": not the office holder
        org_at = next((k for k, u in enumerate(units) if isinstance(u, Match) and u.of("org")), 0)
        between = units[org_at + 1 : units.index(title)] if title in units else []
        if any((isinstance(u, Match) or u.is_word) and not u.text[:1].isupper() for u in between):
            agency = agency_match(self.match, units[org_at], between, self._office_index().words.agencies)
            if agency is None:  # "the UN refugee chief": the head of the "UN refugee agency"
                return d  # "the UN deputy secretary-general": another office
            d = self._org(agency, [agency, title])
        if d.kb_id is None:
            return d
        return self._holder(d, self._office_index().holder(d.kb_id, title.text, on_date), title.text, on_date)

    # -- builders -------------------------------------------------------------------------------

    @staticmethod
    def _countries(matches: Sequence[Match]) -> list[tuple[Match, Hit]]:
        found = [(m, m.of(*PLACE_KINDS)[0]) for m in matches if not m.kinds.isdisjoint(PLACE_KINDS)]
        found = [x for x in found if not is_people(x[1])] or found  # "Burundian Hutus": the country word
        # "the Canadian House of Commons": an institution's name that is also a sector word is that
        # sector of the other country named
        found = [x for x in found if not (x[1].kind == "metonym" and "sector" in x[0].kinds)] or found
        plain = [(m, h) for m, h in found if not m.compound]
        return plain or found

    def _context_country(self, matches: Sequence[Match]) -> str | None:
        found = self._countries(matches)
        return found[-1][1].ref if found else None

    def _country(
        self, matches: Sequence[Match], former: bool, prep: str | None, head_only: Sequence[Match] = ()
    ) -> _Draft:
        cm, ch = self._countries(matches)[-1]
        entry = self.kb.countries[ch.ref]
        sector_src = head_only if prep is not None else matches
        picked = pick_sector(sector_src)
        if picked is None:  # "the Canadian House of Commons": the other country's institution's word
            dual = [(m, m.of("sector")[0]) for m in sector_src if m is not cm and {"sector", "metonym"} <= m.kinds]
            picked = dual[-1] if dual else None
        reasons: list[str] = []
        if ch.kind == "metonym":
            label = "capital metonym" if entry.capital and fold(ch.alias) == fold(entry.capital) else "metonym"
            reasons.append(f"{label} '{cm.text}'" + (f" after '{prep}' (a place)" if prep else ""))
        elif ch.kind == "demonym":
            label = "demonym"
            reasons.append(f"demonym '{cm.text}'" + (f" in a modifier after '{prep}'" if prep else ""))
        elif is_people(ch):
            label = "people"
            reasons.append(f"people '{cm.text}' of {entry.iso3}" + (f" after '{prep}'" if prep else ""))
        elif ch.kind == "region":
            label = "place"
            reasons.append(f"place '{cm.text}' in {entry.iso3}" + (f" after '{prep}'" if prep else ""))
        else:
            label = "country name"
            reasons.append(f"country name '{cm.text}'" + (f" in a modifier after '{prep}'" if prep else ""))
        sector: str | None = None
        used = [cm]
        people_gov = is_people(ch) and picked is not None and picked[1].sector == "GOV"  # "Zulu leaders"
        if picked is not None and not (picked[1].weak and (ch.kind == "metonym" or people_gov) and prep is None):
            sm, sh = picked
            sector = sh.sector
            used.append(sm)
            reasons.append(f"sector word '{sm.text}'" + (" (an imported agent word)" if sh.imported else ""))
        elif (ch.kind == "metonym" or is_people(ch)) and prep is None:
            sector = ch.sector
            reasons.append(f"{'metonym stands' if ch.kind == 'metonym' else 'a people stands'} for {ch.sector}")
        elif ch.kind == "demonym" and prep is None and not former and self._people_form(ch):
            sector = "CVL"
            reasons.append("a plural demonym names people -> CVL")
        if sector == "MIL" and is_people(ch):  # "Tigrayan forces": a people's own armed men, no state's army
            sector = "REB"
            reasons.append("a people's armed forces are no state's -> REB")
        if former:
            sector = "ELI"
            reasons.append("'former' -> ELI")
        name = entry.name
        if ch.kind == "metonym" and prep is None and sector == ch.sector:
            named = [n for w, n in entry.institutions if fold(w) == fold(ch.alias)]
            if named:  # "the Knesset", "the Duma": the institution, reported by its name
                name = named[0]
                reasons.append(f"a named state institution: {name}")
        elif is_people(ch) and prep is None:
            name = ch.alias  # "Rohingya", "Yazidis": the people, placed in its home country
        return _Draft(
            "country",
            used,
            country=entry.iso3,
            sector=sector,
            kb_id=entry.kb_id,
            name=name,
            reasons=[" + ".join(reasons)],
            bare=sector is None,
            via_demonym=ch.kind == "demonym" and prep is None,
            read=CountryRead(label, cm.text, prep),
        )

    def _members_of(self, head: Sequence[Match], pps: Sequence[Part], former: bool) -> _Draft | None:
        """A head of a country word and a group noun ("Angolan rebels", "Darfur militants") and, after "of", one
        organisation whose home is that country: the phrase names the organisation's members, so the organisation
        (with the head's sector word where it names one); None otherwise ("Nigerian soldiers of the UN force" stay
        Nigeria's)."""
        if not head or "sector" not in head[-1].kinds or all(m.kinds.isdisjoint(PLACE_KINDS) for m in head):
            return None
        of = [m for pp in pps if pp.prep == "of" for m in pp.matches if "org" in m.kinds]
        if len(of) != 1:
            return None
        draft = self._org(of[0], [m for m in head if "sector" in m.kinds] + [of[0]])
        home = self._country(head, former, None).country
        if draft.kind != "org" or draft.country is None or draft.country != home:
            return None
        draft.reasons.append(f"the members the head names, of that organisation of {home}")
        return draft

    def _org(self, m: Match, context: Sequence[Match]) -> _Draft:
        others = [c for c in context if c is not m and c.of(*PLACE_KINDS)]
        owner = alias_owner(self.kb, m, others)
        if isinstance(owner, _Draft):
            return owner  # an alias several organisations share, and no country word to choose
        org = owner
        reason = f"organisation alias '{m.text}'"
        namesake = self._namesake(m, org, others) or national_branch(self.kb, m, org, others)
        if namesake is not None:
            return namesake
        sector_words = [c for c in context if c is not m and c.of("sector")]
        if others:
            reason += f" (wins over country word '{others[0].text}')"
        sector = org.sector
        picked = pick_sector(sector_words)
        code: str | None = org.code
        if org.type == "igo" and picked is not None and not picked[1].weak and picked[1].sector in IGO_FORCES:
            sector = picked[1].sector
            reason += f"; the organisation's {picked[0].text!r} -> {sector}"
        elif org.type == "party" and picked is not None and not picked[1].weak and picked[1].sector in _PARTY_TURNS:
            sector, code = picked[1].sector, None  # "the Sandinista government": the state it runs; "SWAPO
            # guerrillas", "Amal militiamen": its armed wing (eleventh session)
            reason += f"; the party's {picked[0].text!r} -> {sector} of {org.country or 'no country'}"
        elif sector_words:
            reason += f"; sector {org.sector} kept for '{sector_words[-1].text}'"
        used = [m, *sector_words, *others]
        return _Draft(
            "org", used, country=org.country, sector=sector, kb_id=org.kb_id, name=org.name,
            code=code, reasons=[reason],
        )  # fmt: skip

    def _namesake(self, m: Match, org: OrgEntry, others: Sequence[Match]) -> _Draft | None:
        """ "Morocco's Justice and Development Party", "France's National Front", "Jordan's Muslim
        Brotherhood": a descriptive name of several words (no acronym, no place or people in it) that an
        organisation of another country bears, after a country's name or demonym, is that country's
        namesake organisation: the country named, no kb_id. A hyphen compound is a sponsor, not a home
        ("Iranian-backed Hezbollah")."""
        curated = self.kb.layer_of(org.kb_id) == "curated"
        own = curated and org.type == "armed_group" and fold(m.text) not in name_context().generic_org_names
        if org.country is None or m.j - m.i < 2 or not others or own:
            return None  # (a curated armed group's name is its own: "Kurdistan Workers' Party" in Iraq is the PKK;
            # not a name groups of several countries bear: "Libya's National Liberation Army")
        named = {h.ref for c in others if not c.compound for h in c.of("country", "demonym")}
        if len(named) != 1 or org.country in named:
            return None
        words = [w for w in m.text.replace("'s", " ").replace("’s", " ").split() if w[:1].isalpha()]
        if any(w.isupper() and len(w) > 1 for w in words):
            return None  # an acronym in the name: the organisation's own
        if any(self.kb.country_for_word(w.strip("'’,")) is not None for w in words):
            return None  # a place or people in the name ("Free Syrian Army", "Sudan People's Liberation Army")
        iso3 = next(iter(named))
        last = fold(words[-1]) if words else ""
        sector = "PTY" if last == "party" else org.sector if curated else None
        place = next(c for c in others if not c.compound and c.of("country", "demonym")).text
        return _Draft(
            "org", [m, *others], country=iso3, sector=sector, name=m.text,
            code=f"{iso3}{sector or ''}",
            reasons=[f"'{m.text}' named with '{place}': that country's namesake of {org.name} ({org.country})"],
        )  # fmt: skip

    def _people_form(self, hit: Hit) -> bool:
        """ "Afghans", "Bosnian Serbs", "Frenchmen": a plural demonym (people, not an adjective)."""
        alias = hit.alias
        stems = []
        if alias.endswith("men"):
            stems.append(alias[:-3] + "man")
        if alias.endswith("es"):
            stems.append(alias[:-2])
        if alias.endswith("s") and not alias.endswith("ss"):
            stems.append(alias[:-1])
        for stem in stems:
            entry = self.kb.country_for_word(stem)
            if entry is not None and entry.iso3 == hit.ref and self.kb.is_demonym(stem):
                return True
        return False

    def _person(
        self,
        m: Match,
        span: Sequence[Match],
        ctx_country: str | None,
        on_date: dt.date | None,
        former: bool,
        calling: str | None = None,
    ) -> _Draft:
        candidates = [self.kb.persons[h.ref] for h in m.of("person")]
        reasons: list[str] = []
        if len(candidates) > 1:
            ids = ", ".join(p.kb_id for p in candidates)
            if on_date is not None:
                live = [p for p in candidates if any(r.valid_on(on_date) for r in p.roles)]
            else:
                live = [p for p in candidates if any(r.current for r in p.roles)]
            local = [p for p in candidates if any(self._role_country(r) == ctx_country for r in p.roles)]
            titled = [p for p in candidates if _titled(p.roles, span)]
            if ctx_country and len(local) == 1:
                candidates = local
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the country word")
            elif len(titled) == 1:  # before the date: "President Clinton" in 2005 is Bill, not Senator Hillary
                candidates = titled
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the title in the phrase")
            elif len(live) == 1:
                candidates = live
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the date")
            elif on_date is not None and len(heads := heads_of_state(live, on_date)) == 1:
                candidates = heads
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the head of state or government")
            else:
                return ambiguous(self.kb, m, span, candidates, ctx_country, on_date, ids)
        person = candidates[0]
        return person_role(self.kb, person, m, span, on_date, former, ctx_country, reasons, calling)
