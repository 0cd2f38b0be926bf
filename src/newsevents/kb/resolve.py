"""Resolve the text of one noun phrase ("Afghanistan's President Ashraf Ghani", "Taliban fighters",
"Hungarian and Romanian officials") to the actors it denotes (docs/knowledge-base.md has the details).

1. Tokenise (inner dots, hyphens and apostrophes stay: "U.S.", "Kassym-Jomart"; "'s" is split off;
   curly apostrophes count as straight ones) and match aliases longest first, case-insensitively,
   except that all-capitals aliases ("US", "WHO") need capitals and proper names need an initial
   capital ("China" but not "china plates"). Blocked phrases ("Latin American", "New Jersey") and
   "Jordan"/"Chad"/"Georgia" beside an unknown capitalised word ("Michael Jordan") match nothing.
2. Split into conjuncts at "and"/"or"/commas outside names, and each conjunct into a head and
   prepositional modifiers.
3. Per conjunct: a person (their role on the date; a role ended before it -> country + ELI) beats a
   named organisation, which beats a country name/demonym/metonym + the head's sector word (a
   capital or seat-of-government metonym alone -> GOV); a head that is only a sector word takes the
   entity of its modifier ("the government of Afghanistan"); else the sector word alone.
4. A bare demonym shares its sibling's sector ("Hungarian and Romanian officials"); an appositive
   comma ("Tokayev, the Kazakh president") gives one actor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsevents.kb.base import OrgEntry, PersonEntry, Role, fold
from newsevents.records import ActorRef

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase

_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019\u02bc.\-][^\W_]+)*\.?|[,;&/()]")
COORDINATORS = frozenset({"and", "or", "nor", ",", ";", "&", "/"})
COORDINATOR_SEQUENCES = (("as", "well", "as"), ("along", "with"), ("together", "with"))
PREPOSITIONS = frozenset(
    "of to in at from for with on by against near inside into over under between among across within "
    "outside about toward towards through via behind".split()
)
FORMER_WORDS = frozenset({"former", "ex", "erstwhile"})
SKIP_WORDS = frozenset({"both", "either", "neither"})
# Country names that are also given names: ignored next to an unknown capitalised word.
NAME_LIKE = frozenset({"jordan", "chad", "georgia"})
_FUNCTION_WORDS = PREPOSITIONS | {"the", "a", "an", "and", "or"}
# Phrases that contain a country word but do not denote that country.
BLOCKERS = (
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "North America", "North American", "North Americans", "Central America",
    "Central American", "Central Americans", "African American", "African Americans",
    "Native American", "Native Americans", "American Indian", "American Indians", "Indian Ocean",
    "New Jersey", "New Mexico", "New Mexican", "New Guinea", "New South Wales", "New England",
    "Washington State", "Gulf of Mexico", "Gulf of Guinea", "Jordan River", "Jordan Valley",
    "Niger River", "Soviet Union", "Georgia Tech", "Irish Sea", "English Channel", "guinea pig",
    "guinea pigs", "Arabian Sea", "Chinese New Year",
)  # fmt: skip
NAMED_KINDS = ("person", "org", "country", "demonym", "metonym")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens with character offsets into ``text``."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        t, s = m.group(), m.start()
        norm = t.replace("\u2019", "'").replace("\u02bc", "'")
        if len(t) > 2 and norm.lower().endswith("'s"):
            out.append(_token(t[:-2], s))
            out.append(Token(t[-2:], s + len(t) - 2, s + len(t), "'s"))
        else:
            out.append(_token(t, s))
    return out


def _token(t: str, s: int) -> Token:
    end = s + len(t)
    if t.endswith(".") and "." not in t[:-1] and len(t) > 2:  # sentence-final dot, not "U.S."
        end -= 1
        t = t[:-1]
    return Token(t, s, end, fold(t).replace(".", ""))


@dataclass(frozen=True)
class Hit:
    kind: str  # person | org | country | demonym | metonym | sector | blocker
    ref: str  # person id | org id | ISO3 | sector code | ""
    alias: str
    sector: str | None = None  # metonym sector, or the sector of a sector word
    weak: bool = False
    case: str = "any"  # any | cap | upper


@dataclass
class Match:
    i: int
    j: int
    start: int
    end: int
    text: str
    hits: list[Hit]
    compound: bool = False  # written as the first part of a hyphen compound ("U.S.-backed")

    def of(self, *kinds: str) -> list[Hit]:
        return [h for h in self.hits if h.kind in kinds]


def _case_rule(alias: str, kind: str) -> str:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "upper"
    if kind in NAMED_KINDS and alias[:1].isupper():
        return "cap"
    return "any"


def _case_ok(rule: str, tokens: Sequence[Token]) -> bool:
    if rule == "upper":
        letters = [c for t in tokens for c in t.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if rule == "cap":
        return tokens[0].text[:1].isupper()
    return True


@dataclass
class _Draft:
    kind: str  # person | org | country | sector | ambiguous
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


@dataclass
class _Part:
    prep: str | None
    matches: list[Match]
    former: bool


class PhraseResolver:
    """Matches knowledge-base aliases in a phrase and applies the rules of the module docstring."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index: dict[tuple[str, ...], list[Hit]] = {}
        self.max_len = 1
        for c in kb.countries.values():
            for w in (c.name, *c.aliases):
                self._add(w, Hit("country", c.iso3, w, case=_case_rule(w, "country")))
            for w in c.demonyms:
                self._add(w, Hit("demonym", c.iso3, w, case=_case_rule(w, "demonym")))
            for w, sector in c.metonyms:
                self._add(w, Hit("metonym", c.iso3, w, sector=sector, case=_case_rule(w, "metonym")))
        for o in kb.orgs.values():
            for w in (o.name, *o.aliases):
                self._add(w, Hit("org", o.id, w, case=_case_rule(w, "org")))
        for p in kb.persons.values():
            for w in (p.name, *p.aliases):
                self._add(w, Hit("person", p.id, w, case=_case_rule(w, "person")))
        for s in kb.sectors.values():
            for w in s.expanded_words:
                self._add(w, Hit("sector", s.code, w, sector=s.code))
            for w in s.expanded_weak:
                self._add(w, Hit("sector", s.code, w, sector=s.code, weak=True))
        for w in BLOCKERS:
            self._add(w, Hit("blocker", "", w))

    def _add(self, alias: str, hit: Hit) -> None:
        key = tuple(t.key for t in tokenize(alias))
        if not key:
            return
        hits = self.index.setdefault(key, [])
        if not any(h.kind == hit.kind and h.ref == hit.ref and h.weak == hit.weak for h in hits):
            hits.append(hit)
        self.max_len = max(self.max_len, len(key))

    # -- matching -------------------------------------------------------------------------------

    def match(self, text: str, tokens: Sequence[Token]) -> list[Match]:
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            for length in range(min(self.max_len, n - i), 0, -1):
                span = tokens[i : i + length]
                hits = self.index.get(tuple(t.key for t in span))
                hits = [h for h in hits or () if _case_ok(h.case, span)]
                if hits:
                    end = span[-1].end
                    compound = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
                    out.append(Match(i, i + length, span[0].start, end, text[span[0].start : end], hits, compound))
                    i += length
                    break
            else:
                i += 1
        matched = {k for m in out for k in range(m.i, m.j)}
        return [m for m in out if not self._name_like(m, tokens, matched)]

    @staticmethod
    def _name_like(m: Match, tokens: Sequence[Token], matched: set[int]) -> bool:
        """ "Jordan" in "Michael Jordan", "Chad" in "Chad Smith": a given name, not the country."""
        if m.j - m.i != 1 or tokens[m.i].key not in NAME_LIKE or not m.of("country"):
            return False
        for k in (m.i - 1, m.j):
            if 0 <= k < len(tokens) and k not in matched:
                t = tokens[k]
                if t.is_word and t.text[:1].isupper() and t.key not in _FUNCTION_WORDS:
                    return True
        return False

    # -- resolution -----------------------------------------------------------------------------

    def resolve(self, text: str, on_date: dt.date | None = None) -> list[ActorRef]:
        tokens = tokenize(text)
        if not tokens:
            return []
        matches = self.match(text, tokens)
        if not any(h.kind != "blocker" for m in matches for h in m.hits):
            return []
        conjuncts = self._conjuncts(tokens, matches)
        results: list[tuple[str | None, list[_Draft]]] = []
        for sep, units in conjuncts:
            results.append((sep, self._conjunct(units, on_date)))
        drafts = self._coordinate(results)
        refs: list[ActorRef] = []
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for d in drafts:
            ref = self._finish(d, text)
            if ref.key() not in seen:
                seen.add(ref.key())
                refs.append(ref)
        return refs

    def _conjuncts(
        self, tokens: Sequence[Token], matches: Sequence[Match]
    ) -> list[tuple[str | None, list[Match | Token]]]:
        by_start = {m.i: m for m in matches}
        units: list[Match | Token] = []
        i = 0
        while i < len(tokens):
            if i in by_start:
                units.append(by_start[i])
                i = by_start[i].j
            else:
                units.append(tokens[i])
                i += 1
        out: list[tuple[str | None, list[Match | Token]]] = []
        sep: str | None = None
        current: list[Match | Token] = []
        k = 0
        while k < len(units):
            u = units[k]
            seq = next((s for s in COORDINATOR_SEQUENCES if self._keys_at(units, k, len(s)) == s), None)
            if isinstance(u, Token) and (u.key in COORDINATORS or seq):
                if current:
                    out.append((sep, current))
                    current = []
                sep = u.key
                k += len(seq) if seq else 1
                continue
            if not (isinstance(u, Token) and u.key in SKIP_WORDS):
                current.append(u)
            k += 1
        if current:
            out.append((sep, current))
        return out

    @staticmethod
    def _keys_at(units: Sequence[Match | Token], k: int, n: int) -> tuple[str, ...]:
        keys = []
        for u in units[k : k + n]:
            if not isinstance(u, Token):
                return ()
            keys.append(u.key)
        return tuple(keys)

    @staticmethod
    def _parts(units: Sequence[Match | Token]) -> list[_Part]:
        parts = [_Part(None, [], False)]
        for u in units:
            if isinstance(u, Token):
                if u.key in PREPOSITIONS:
                    parts.append(_Part(u.key, [], False))
                elif u.key in FORMER_WORDS:
                    parts[-1].former = True
            elif any(h.kind != "blocker" for h in u.hits):
                parts[-1].matches.append(u)
        return parts

    def _conjunct(self, units: Sequence[Match | Token], on_date: dt.date | None) -> list[_Draft]:
        parts = self._parts(units)
        head, pps = parts[0], parts[1:]
        head_sector = _pick_sector(head.matches)
        persons = [m for m in head.matches if m.of("person")]
        if persons:
            country = self._context_country(head.matches)
            return [self._person(m, head.matches, country, on_date, head.former) for m in persons]
        orgs = [m for m in head.matches if m.of("org")]
        if orgs:
            return [self._org(m, head.matches) for m in orgs]
        if self._countries(head.matches):
            return [self._country(head.matches, head.former, None)]
        sector_matches = [m for m in head.matches if m.of("sector")]
        for pp in pps:
            found = [m for m in pp.matches if m.of("person")]
            if found:
                country = self._context_country(pp.matches)
                span = sector_matches + pp.matches
                return [self._person(m, span, country, on_date, head.former) for m in found]
        for pp in pps:
            found = [m for m in pp.matches if m.of("org")]
            if found:
                return [self._org(m, sector_matches + [m]) for m in found]
        for pp in pps:
            if self._countries(pp.matches):
                d = self._country(sector_matches + pp.matches, head.former, pp.prep, head_only=sector_matches)
                d.of_pattern = pp.prep == "of" and head_sector is not None
                return [d]
        if head_sector is not None:
            m, hit = head_sector
            sector = "ELI" if head.former else hit.sector
            reasons = [f"sector word '{m.text}' alone"]
            if head.former:
                reasons.append("'former' -> ELI")
            return [_Draft("sector", [m], sector=sector, reasons=reasons)]
        return []

    # -- builders -------------------------------------------------------------------------------

    @staticmethod
    def _countries(matches: Sequence[Match]) -> list[tuple[Match, Hit]]:
        found = [(m, h) for m in matches for h in m.of("country", "demonym", "metonym")[:1]]
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
        picked = _pick_sector(sector_src)
        reasons: list[str] = []
        if ch.kind == "metonym":
            label = "capital metonym" if entry.capital and fold(ch.alias) == fold(entry.capital) else "metonym"
            reasons.append(f"{label} '{cm.text}'" + (f" after '{prep}' (a place)" if prep else ""))
        elif ch.kind == "demonym":
            reasons.append(f"demonym '{cm.text}'" + (f" in a modifier after '{prep}'" if prep else ""))
        else:
            reasons.append(f"country name '{cm.text}'" + (f" in a modifier after '{prep}'" if prep else ""))
        sector: str | None = None
        used = [cm]
        if picked is not None and not (picked[1].weak and ch.kind == "metonym" and prep is None):
            sm, sh = picked
            sector = sh.sector
            used.append(sm)
            reasons.append(f"sector word '{sm.text}'")
        elif ch.kind == "metonym" and prep is None:
            sector = ch.sector
            reasons.append(f"metonym stands for {ch.sector}")
        if former:
            sector = "ELI"
            reasons.append("'former' -> ELI")
        return _Draft(
            "country",
            used,
            country=entry.iso3,
            sector=sector,
            kb_id=entry.kb_id,
            name=entry.name,
            reasons=[" + ".join(reasons)],
            bare=sector is None,
            via_demonym=ch.kind == "demonym" and prep is None,
        )

    def _org(self, m: Match, context: Sequence[Match]) -> _Draft:
        org = self.kb.orgs[m.of("org")[0].ref]
        reason = f"organisation alias '{m.text}'"
        others = [c for c in context if c is not m and c.of("country", "demonym", "metonym")]
        if others:
            reason += f" (wins over country word '{others[0].text}')"
        sector_words = [c for c in context if c is not m and c.of("sector")]
        if sector_words:
            reason += f"; sector {org.sector} kept for '{sector_words[-1].text}'"
        used = [m, *sector_words, *others]
        return _Draft(
            "org", used, country=org.country, sector=org.sector, kb_id=org.kb_id, name=org.name,
            code=org.code, reasons=[reason],
        )  # fmt: skip

    def _role_country(self, role: Role) -> str | None:
        if role.country:
            return role.country
        org = self.kb.orgs.get(role.org or "")
        return org.country if org else None

    def _person(
        self, m: Match, span: Sequence[Match], ctx_country: str | None, on_date: dt.date | None, former: bool
    ) -> _Draft:
        candidates = [self.kb.persons[h.ref] for h in m.of("person")]
        reasons: list[str] = []
        if len(candidates) > 1:
            ids = ", ".join(p.kb_id for p in candidates)
            if on_date is not None:
                live = [p for p in candidates if any(r.valid_on(on_date) for r in p.roles)]
            else:
                live = [p for p in candidates if any(r.end is None for r in p.roles)]
            local = [p for p in candidates if any(self._role_country(r) == ctx_country for r in p.roles)]
            if ctx_country and len(local) == 1:
                candidates = local
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the country word")
            elif len(live) == 1:
                candidates = live
                reasons.append(f"ambiguous name '{m.text}' ({ids}) resolved by the date")
            else:
                countries = {self._role_country(r) for p in candidates for r in p.roles}
                country = ctx_country or (countries.pop() if len(countries) == 1 else None)
                return _Draft("ambiguous", list(span), country=country, reasons=[f"ambiguous name '{m.text}': {ids}"])
        person = candidates[0]
        return self._person_role(person, m, span, on_date, former, ctx_country, reasons)

    def _person_role(
        self,
        person: PersonEntry,
        m: Match,
        span: Sequence[Match],
        on_date: dt.date | None,
        former: bool,
        ctx_country: str | None,
        reasons: list[str],
    ) -> _Draft:
        d = _Draft("person", list(span), kb_id=person.kb_id, name=person.name, reasons=reasons)
        if not person.roles:
            d.country = ctx_country
            picked = _pick_sector(span)
            d.sector = picked[1].sector if picked else None
            reasons.append(f"person alias '{m.text}' without roles in the KB; country and sector from the phrase")
            return d
        roles = person.roles
        if on_date is not None:
            valid = [r for r in roles if r.valid_on(on_date)]
        else:
            valid = [r for r in roles if r.end is None]
        if valid:
            local = [r for r in valid if self._role_country(r) == ctx_country]
            role = (local or sorted(valid, key=lambda r: r.start or dt.date.min))[-1]
            self._apply_role(d, role)
            if on_date is not None:
                reasons.append(f"person role valid on {on_date.isoformat()}: {role.title}")
            else:
                reasons.append(f"person's current role (no date given): {role.title}")
        elif on_date is None:
            role = max(roles, key=lambda r: r.end or dt.date.max)
            self._apply_role(d, role)
            reasons.append(f"no date given; latest role: {role.title} (ended {role.end_text})")
        else:
            past = [r for r in roles if r.end is not None and r.end < on_date]
            if past:
                role = max(past, key=lambda r: r.end or dt.date.min)
                d.country = self._role_country(role)
                d.sector = "ELI"
                reasons.append(
                    f"role {role.title} ended {role.end_text}, before {on_date.isoformat()}: "
                    "former office holder, country kept, sector ELI (not GOV)"
                )
            else:
                role = min(roles, key=lambda r: r.start or dt.date.min)
                d.country = self._role_country(role)
                reasons.append(
                    f"no role valid on {on_date.isoformat()}; first role ({role.title}) starts {role.start_text}"
                )
        if former and d.sector != "ELI":
            d.sector, d.code, d.role = "ELI", None, None
            reasons.append("'former' -> ELI")
        if role.uncertain:
            reasons.append("role dates marked uncertain")
        return d

    def _apply_role(self, d: _Draft, role: Role) -> None:
        org: OrgEntry | None = self.kb.orgs.get(role.org) if role.org else None
        d.country = role.country or (org.country if org else None)
        d.sector = role.sector or (org.sector if org else None)
        d.role = role.title
        if org is not None and d.sector == org.sector:
            d.code = org.code

    # -- coordination ---------------------------------------------------------------------------

    @staticmethod
    def _coordinate(results: list[tuple[str | None, list[_Draft]]]) -> list[_Draft]:
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
        out: list[_Draft] = []
        prev: _Draft | None = None
        for sep, ds in results:
            for d in ds:
                if sep == "," and prev is not None and len(ds) == 1 and _apposition(prev, d):
                    keep = _more_specific(prev, d)
                    if keep is d:
                        out[-1] = d
                    prev = keep
                    continue
                out.append(d)
                prev = d
        return out

    # -- output ---------------------------------------------------------------------------------

    def _finish(self, d: _Draft, phrase: str) -> ActorRef:
        start = min(m.start for m in d.matches) if d.matches else -1
        end = max(m.end for m in d.matches) if d.matches else -1
        text = phrase[start:end] if d.matches else ""
        name = d.name
        kb_id = d.kb_id
        if d.kind == "sector" and d.sector:
            entry = self.kb.sectors.get(d.sector)
            name = entry.name if entry else d.sector
            kb_id = f"sector:{d.sector}"
        code = d.code or ("".join(x for x in (d.country, d.sector) if x) or None)
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
        )


def _pick_sector(matches: Sequence[Match]) -> tuple[Match, Hit] | None:
    """The sector word of a phrase: the last strong word (the head noun), else the last weak word."""
    strong: list[tuple[Match, Hit]] = []
    weak: list[tuple[Match, Hit]] = []
    for m in matches:
        hits = m.of("sector")
        if not hits or m.of("person", "org", "country", "demonym", "metonym"):
            continue
        best = next((h for h in hits if not h.weak), hits[0])
        (weak if best.weak else strong).append((m, best))
    if strong:
        return strong[-1]
    return weak[-1] if weak else None


def _apposition(a: _Draft, b: _Draft) -> bool:
    """ "Tokayev, the Kazakh president" / "Kabul, Afghanistan": one actor, not two."""
    named = {"person", "org", "ambiguous"}
    if a.kind in named and b.kind in named:
        return False
    return a.country is None or b.country is None or a.country == b.country


def _more_specific(a: _Draft, b: _Draft) -> _Draft:
    rank = {"person": 4, "org": 3, "ambiguous": 2, "country": 1, "sector": 0}
    if rank[b.kind] > rank[a.kind]:
        return b
    if rank[b.kind] == rank[a.kind] and a.sector is None and b.sector is not None:
        return b
    return a
