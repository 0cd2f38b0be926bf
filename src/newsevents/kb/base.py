"""Knowledge-base entries, the row parsers shared by all file formats, and lookups.

The shipped files live in ``newsevents/data/kb`` (see docs/knowledge-base.md for their formats):
``countries.tsv``, ``organizations.yaml``, ``sectors.yaml`` and ``persons*.yaml``; they are read by
:mod:`newsevents.kb.files`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.errors import KBError

if TYPE_CHECKING:
    from newsevents.kb.resolve import PhraseResolver
    from newsevents.records import ActorRef

ORG_TYPES = frozenset({"igo", "ngo", "armed_group", "party", "company", "media", "other"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# --------------------------------------------------------------------------------------------------
# text normalisation shared with the resolver


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-folded form used for lookups ("Côte d’Ivoire" -> "cote d'ivoire"); memoised,
    as the resolver folds every word of every phrase."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def lookup_key(word: str) -> str:
    """Key for whole-word lookups: folded, dots dropped, spaces collapsed, a leading "the" ignored."""
    key = " ".join(fold(word).replace(".", "").split())
    if key.startswith("the "):
        key = key[4:]
    return key


# --------------------------------------------------------------------------------------------------
# entries


@dataclass(frozen=True)
class CountryEntry:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[tuple[str, str], ...] = ()  # (text, sector): ("Moscow", "GOV"), ("Pentagon", "MIL")
    regions: tuple[str, ...] = ()  # regions and cities that place an actor in the country ("Darfur")

    @property
    def kb_id(self) -> str:
        return f"country:{self.iso3}"


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    sector: str
    country: str | None
    code: str
    uncertain: bool = False

    @property
    def kb_id(self) -> str:
        return f"org:{self.id}"


@dataclass(frozen=True)
class Role:
    title: str
    sector: str | None  # None: take the organisation's sector
    country: str | None = None
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    start_text: str = ""
    end_text: str = ""
    uncertain: bool = False

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()

    @property
    def kb_id(self) -> str:
        return f"person:{self.id}"


@dataclass(frozen=True)
class SectorEntry:
    code: str
    name: str
    description: str = ""
    words: tuple[str, ...] = ()  # as written in the file
    weak_words: tuple[str, ...] = ()
    expanded_words: tuple[str, ...] = field(default=(), compare=False)  # words + generated plurals
    expanded_weak: tuple[str, ...] = field(default=(), compare=False)


# --------------------------------------------------------------------------------------------------
# plurals for sector words

_NO_PLURAL = frozenset(
    "police people media press clergy public intelligence diplomacy infantry artillery prosecution judiciary "
    "leadership presidency gendarmerie population diaspora faculty carabinieri ulema mujahideen "
    "mujahedeen faithful".split()
)


def _plural_word(word: str) -> str | None:
    low = word.lower()
    if low in _NO_PLURAL or low.endswith("s"):
        return None
    if low.endswith("man"):
        return word[:-3] + "men"
    if len(low) > 1 and low.endswith("y") and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(phrase: str) -> str | None:
    """English plural of a role phrase ("head of state" -> "heads of state"), None if not applicable."""
    if phrase.lower() in _NO_PLURAL or phrase.lower().startswith("the "):
        return None
    head, sep, tail = phrase.partition(" of ")
    words = head.split(" ")
    last = _plural_word(words[-1])
    if last is None:
        return None
    return " ".join([*words[:-1], last]) + (sep + tail if sep else "")


def _expand(words: Iterable[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for w in words:
        out.setdefault(w, None)
        p = plural(w)
        if p:
            out.setdefault(p, None)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# field parsing


def _text(value: Any, where: str, what: str, required: bool = True) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise KBError(f"{where}: '{what}' is missing")
        return ""
    return str(value).strip()


def _str_list(value: Any, where: str, what: str, sep: str = "|") -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(x.strip() for x in value.split(sep) if x.strip())
    if isinstance(value, list):
        return tuple(str(x).strip() for x in value if str(x).strip())
    raise KBError(f"{where}: '{what}' must be a list or a '{sep}'-separated string")


def _iso3(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).strip().upper()
    if not _ISO3.match(code):
        raise KBError(f"{where}: country {value!r} is not an ISO 3166 alpha-3 code")
    return code


def parse_bound(value: Any, *, end: bool, where: str = "") -> dt.date | None:
    """A role start or end: a date, or "YYYY" / "YYYY-MM" / "YYYY-MM-DD" (partial ends round up)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _DATE.match(str(value).strip())
    if not m:
        raise KBError(f"{where}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if m.group(3):
        day = int(m.group(3))
    else:
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise KBError(f"{where}: {value!r}: {exc}") from exc


def _bound_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y"}
    return bool(value)


# --------------------------------------------------------------------------------------------------
# entry builders (shared by the shipped files and user files)


def _metonyms(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in _str_list(value, where, "metonyms"):
        text, _, sector = item.partition(":")
        out.append((text.strip(), (sector.strip() or "GOV").upper()))
    return tuple(out)


def country_from_row(row: Mapping[str, Any], where: str, base: CountryEntry | None = None) -> CountryEntry:
    iso3 = _iso3(row.get("iso3") or row.get("id"), where)
    if iso3 is None:
        raise KBError(f"{where}: 'iso3' is missing")
    if base is None:
        return CountryEntry(
            iso3=iso3,
            iso2=_text(row.get("iso2"), where, "iso2", required=False).upper(),
            name=_text(row.get("name"), where, "name"),
            aliases=_str_list(row.get("aliases"), where, "aliases"),
            demonyms=_str_list(row.get("demonyms"), where, "demonyms"),
            capital=_text(row.get("capital"), where, "capital", required=False) or None,
            metonyms=_metonyms(row.get("metonyms"), where),
            regions=_str_list(row.get("regions"), where, "regions"),
        )
    changes: dict[str, Any] = {}
    for key in ("iso2", "name", "capital"):
        if row.get(key):
            changes[key] = _text(row.get(key), where, key)
    for key in ("aliases", "demonyms", "regions"):
        if row.get(key) is not None and row.get(key) != "":
            changes[key] = _str_list(row.get(key), where, key)
    if row.get("metonyms") is not None and row.get("metonyms") != "":
        changes["metonyms"] = _metonyms(row.get("metonyms"), where)
    return replace(base, **changes)


def org_from_row(row: Mapping[str, Any], where: str) -> OrgEntry:
    oid = _text(row.get("id"), where, "id")
    otype = _text(row.get("type"), where, "type")
    if otype not in ORG_TYPES:
        raise KBError(f"{where}: type {otype!r} is not one of {sorted(ORG_TYPES)}")
    sector = _text(row.get("sector"), where, "sector").upper()
    return OrgEntry(
        id=oid,
        name=_text(row.get("name"), where, "name"),
        aliases=_str_list(row.get("aliases"), where, "aliases"),
        type=otype,
        sector=sector,
        country=_iso3(row.get("country"), where),
        code=_text(row.get("code"), where, "code", required=False) or f"{sector}{oid.upper()}",
        uncertain=_truthy(row.get("uncertain")),
    )


def role_from_row(row: Mapping[str, Any], where: str) -> Role:
    country = _iso3(row.get("country"), where)
    org = _text(row.get("org"), where, "org", required=False) or None
    if country is None and org is None:
        raise KBError(f"{where}: a role needs 'country' or 'org'")
    sector = _text(row.get("sector"), where, "sector", required=False).upper() or None
    if sector is None and org is None:
        sector = "GOV"
    return Role(
        title=_text(row.get("title"), where, "title"),
        sector=sector,
        country=country,
        org=org,
        start=parse_bound(row.get("start"), end=False, where=where),
        end=parse_bound(row.get("end"), end=True, where=where),
        start_text=_bound_text(row.get("start")),
        end_text=_bound_text(row.get("end")),
        uncertain=_truthy(row.get("uncertain")),
    )


def person_from_row(row: Mapping[str, Any], where: str) -> PersonEntry:
    pid = _text(row.get("id"), where, "id")
    roles_raw = row.get("roles") or []
    if not isinstance(roles_raw, list):
        raise KBError(f"{where}: 'roles' must be a list")
    roles = tuple(role_from_row(r, f"{where} role {i + 1}") for i, r in enumerate(roles_raw))
    return PersonEntry(
        id=pid,
        name=_text(row.get("name"), where, "name"),
        aliases=_str_list(row.get("aliases"), where, "aliases"),
        roles=roles,
    )


def sector_from_row(row: Mapping[str, Any], where: str) -> SectorEntry:
    words = tuple(w.lower() for w in _str_list(row.get("words"), where, "words"))
    weak = tuple(w.lower() for w in _str_list(row.get("weak_words"), where, "weak_words"))
    return SectorEntry(
        code=_text(row.get("code"), where, "code").upper(),
        name=_text(row.get("name"), where, "name"),
        description=_text(row.get("description"), where, "description", required=False),
        words=words,
        weak_words=weak,
        expanded_words=_expand(words),
        expanded_weak=_expand(weak),
    )


def check_references(
    countries: Mapping[str, CountryEntry],
    orgs: Mapping[str, OrgEntry],
    persons: Mapping[str, PersonEntry],
    where: str = "",
) -> None:
    """Every country and organisation an entry names exists (``where`` prefixes the message: the file
    that was merged last)."""
    for org in orgs.values():
        if org.country is not None and org.country not in countries:
            raise KBError(f"{where}organisation {org.id!r}: unknown country {org.country}")
    for person in persons.values():
        for role in person.roles:
            if role.org is not None and role.org not in orgs:
                raise KBError(f"{where}person {person.id!r}: unknown organisation {role.org!r}")
            if role.country is not None and role.country not in countries:
                raise KBError(f"{where}person {person.id!r}: unknown country {role.country}")


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
    ) -> None:
        self.countries: dict[str, CountryEntry] = dict(countries)
        self.orgs: dict[str, OrgEntry] = dict(orgs)
        self.persons: dict[str, PersonEntry] = dict(persons)
        self.sectors: dict[str, SectorEntry] = dict(sectors)
        check_references(self.countries, self.orgs, self.persons)
        self._by_word: dict[str, CountryEntry] = {}
        self._demonyms: dict[str, CountryEntry] = {}
        for c in self.countries.values():
            for w in (c.name, *c.aliases, *(m for m, _ in c.metonyms), *c.regions):
                self._by_word.setdefault(lookup_key(w), c)
            for w in c.demonyms:
                self._demonyms.setdefault(lookup_key(w), c)
        self._resolver: PhraseResolver | None = None

    # -- construction ----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The built-in knowledge base (loaded once per process)."""
        return _default_kb()

    @classmethod
    def load(cls, extra_files: Sequence[Path | str] = ()) -> KnowledgeBase:
        """The built-in files plus user files (.yaml/.yml/.csv/.tsv) that add or override entries by id."""
        from newsevents.kb.files import apply_user_file, load_builtin

        tables = load_builtin()
        for path in extra_files:
            apply_user_file(tables, Path(path))
            check_references(tables.countries, tables.orgs, tables.persons, where=f"{path}: ")
        return cls(tables.countries, tables.orgs, tables.persons, tables.sectors)

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
        }

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
        key = lookup_key(word)
        c = self._by_word.get(key)
        if c is not None and key in {lookup_key(w) for w in (c.name, *c.aliases)}:
            return c
        return None

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
            for w in c.regions:
                yield (w, "region", c.kb_id)
        for o in self.orgs.values():
            for w in (o.name, *o.aliases):
                yield (w, "org", o.kb_id)
        for p in self.persons.values():
            for w in (p.name, *p.aliases):
                yield (w, "person", p.kb_id)
        for s in self.sectors.values():
            for w in (*s.expanded_words, *s.expanded_weak):
                yield (w, "sector", f"sector:{s.code}")

    def resolve_phrase(self, text: str, on_date: dt.date | None = None) -> list[ActorRef]:
        """The actors one noun phrase denotes (see newsevents.kb.resolve for the rules)."""
        return self.resolve_phrase_dated(text, on_date)[0]

    def resolve_phrase_dated(self, text: str, on_date: dt.date | None = None) -> tuple[list[ActorRef], bool]:
        """(:meth:`resolve_phrase`, whether the date can change the result: False when the phrase
        names no person, whose role is what depends on the date)."""
        if self._resolver is None:
            from newsevents.kb.resolve import PhraseResolver

            self._resolver = PhraseResolver(self)
        refs, dated = self._resolver.resolve_dated(text, on_date)
        head = QUANTITY_PREFIX.match(text)
        if head is None:
            return refs, dated
        # "hundreds of students", "a group of Chechen refugees": the people counted are the actor
        rest, rest_dated = self._resolver.resolve_dated(text[head.end() :], on_date)
        dated = dated or rest_dated
        if not rest or (refs and any(r.sector for r in refs)):
            return refs, dated
        return [
            dataclasses.replace(r, start_char=r.start_char + head.end(), end_char=r.end_char + head.end()) for r in rest
        ], dated


QUANTITY_PREFIX = re.compile(
    r"^\s*(?:(?:about|some|nearly|almost|more than|over|at least|up to|around|roughly|an estimated)\s+)?"
    r"(?:\d[\d,.]*|hundreds|thousands|millions|dozens|scores|tens of thousands|hundreds of thousands|"
    r"(?:a|one) (?:group|number|handful|crowd|band|third|quarter|half)|groups|crowds|members|half|many|most|"
    r"several|all|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    from newsevents.kb.files import load_builtin

    tables = load_builtin()
    return KnowledgeBase(tables.countries, tables.orgs, tables.persons, tables.sectors)
