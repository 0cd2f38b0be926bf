"""Knowledge-base entries (frozen records), the row parsers shared by all file formats, and the text
folding the lookups use.  The low module of ``kb``: it imports nothing from the package but the error tree, and every
other ``kb`` module imports from it (the facade :class:`newsevents.kb.base.KnowledgeBase` too).

The shipped files live in ``newsevents/data/kb`` (see docs/knowledge-base.md for their formats):
``countries.tsv``, ``organizations.yaml``, ``sectors.yaml`` and ``persons*.yaml``; they are read by
:mod:`newsevents.kb.files`.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import gc
import re
import unicodedata
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from newsevents.errors import KBError

ORG_TYPES = frozenset({"igo", "ngo", "armed_group", "party", "company", "media", "other"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# --------------------------------------------------------------------------------------------------
# building


@contextlib.contextmanager
def no_collection() -> Generator[None, None, None]:
    """The cyclic garbage collector paused while the knowledge base is built: loading it creates some
    10^6 long-lived objects, none of which a collection could free, and the collections the
    allocations trigger (each walking every object built so far) cost about half the build time.
    The collector's state is restored afterwards (scale/cache.py does the same when unpickling)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------------------------------------
# text normalisation shared with the resolver


# letters that NFKD does not split into a base letter and an accent ("Jarosław", "Øresund", "Đukanović")
_UNDECOMPOSABLE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
     "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-folded form used for lookups ("Côte d’Ivoire" -> "cote d'ivoire"); memoised,
    as the resolver folds every word of every phrase."""
    if text.isascii():  # no accents to strip (NFKD leaves ASCII as it is)
        return text.casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not stripped.isascii():
        stripped = stripped.translate(_UNDECOMPOSABLE)
    return stripped.casefold()


@functools.lru_cache(maxsize=1 << 12)
def lookup_key(word: str) -> str:
    """Key for whole-word lookups: folded, dots dropped, spaces collapsed, a leading "the" ignored;
    memoised (the same place and actor words are looked up many times an article)."""
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
    peoples: tuple[str, ...] = ()  # ethnic and religious groups of the country ("Yazidis"; peoples.yaml)
    # peoples of several states whose armed movements fight this one ("Tuareg rebels"; armed_peoples.yaml)
    armed_peoples: tuple[str, ...] = ()
    # (day, ISO3): the day the territory became a state and the state it was part of before
    # (statehood.yaml): "Kosovo" in 1999 is Serbia's province
    statehood: tuple[str, str] | None = None
    # (statehood.yaml `own_government`) the day from which, before statehood, the territory's own institutions
    # answered to no state it was part of (Kosovo under UN administration from 1999-06-10): its GOV, LEG, JUD
    # and COP actors keep the territory from then
    own_government: str | None = None
    subdivisions: tuple[str, ...] = ()  # states and provinces ("Texas"; subdivisions.yaml)
    # named state institutions among the metonyms: (metonym, name) ("Duma", "State Duma")
    institutions: tuple[tuple[str, str], ...] = ()

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
    # from a day on, the group is another country's or another sector's ("the SPLA" became South Sudan's
    # army on 2011-07-09): (day, country, sector, code), oldest first
    became: tuple[tuple[dt.date, str | None, str, str], ...] = ()

    @property
    def kb_id(self) -> str:
        return f"org:{self.id}"

    def era(self, day: dt.date | None) -> tuple[dt.date, str | None, str, str] | None:
        """The latest ``became`` on or before ``day`` (since, country, sector, code), or None."""
        found = None
        for became in self.became:
            if day is not None and day >= became[0]:
                found = became
        return found

    def on(self, day: dt.date | None) -> tuple[str | None, str, str]:
        """(country, sector, code) on ``day`` (the latest ``became`` before it, else the entry's own)."""
        era = self.era(day)
        return (self.country, self.sector, self.code) if era is None else era[1:]


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
    # an open-ended role known only up to this date (the imported layer's file date): after it the
    # role is neither valid nor ended — unknown (docs/knowledge-base.md, "The imported layer")
    known_until: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        if self.known_until is not None and day > self.known_until:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def current(self) -> bool:
        """Open-ended as far as the knowledge goes (no end, and not cut off by ``known_until``)."""
        return self.end is None and self.known_until is None


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    # a non-political calling the person was known for before any office ("actor", "footballer"): before
    # the first role the person is that private person, with no country (docs/knowledge-base.md)
    calling: str | None = None

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
    imported_words: tuple[str, ...] = field(default=(), compare=False)  # Phoenix agent words (and plurals)
    groups: tuple[str, ...] = ()  # state, domestic, non_state, local_people (docs/knowledge-base.md)


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


ALLOWED_KEYS = {
    "country": frozenset("kind iso3 iso2 id name aliases demonyms capital metonyms regions".split()),
    "org": frozenset("kind id name aliases type sector country code uncertain became".split()),
    "became": frozenset("since country sector code".split()),
    # a CSV person row carries its one role's fields too
    "person": frozenset("kind id name aliases roles country org sector title start end uncertain calling".split()),
    "role": frozenset("country org sector title start end uncertain".split()),
    "sector": frozenset("kind code name description words weak_words groups".split()),
}


def check_keys(row: Mapping[str, Any], kind: str, where: str) -> None:
    """Refuse a key the format does not define (a typo, or a stray key from an unquoted comma in a
    YAML flow mapping: ``{name: United Nations Educational, Scientific and ...}``)."""
    for key in row:
        if key not in ALLOWED_KEYS[kind]:
            allowed = ", ".join(sorted(ALLOWED_KEYS[kind]))
            raise KBError(f"{where}: unknown key {key!r} in a {kind} entry (allowed: {allowed})")


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
        out.append((text.strip(), (sector.partition("=")[0].strip() or "GOV").upper()))
    return tuple(out)


def _institutions(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    """(metonym, institution name) for each metonym written with a sector ("Knesset:LEG",
    "Duma:LEG=State Duma"): a named state institution, whose name the resolver reports."""
    out = []
    for item in _str_list(value, where, "metonyms"):
        text, colon, rest = item.partition(":")
        if colon:
            out.append((text.strip(), rest.partition("=")[2].strip() or text.strip()))
    return tuple(out)


def country_from_row(row: Mapping[str, Any], where: str, base: CountryEntry | None = None) -> CountryEntry:
    check_keys(row, "country", where)
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
            institutions=_institutions(row.get("metonyms"), where),
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
        changes["institutions"] = _institutions(row.get("metonyms"), where)
    return replace(base, **changes)


def org_from_row(row: Mapping[str, Any], where: str) -> OrgEntry:
    check_keys(row, "org", where)
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
        became=tuple(_became(x, f"{where} became {k}") for k, x in enumerate(row.get("became") or [], start=1)),
    )


def _became(row: Any, where: str) -> tuple[dt.date, str | None, str, str]:
    """One ``became`` entry of an organisation: since (a day), country, sector, code."""
    if not isinstance(row, Mapping):
        raise KBError(f"{where}: expected a mapping with since, country, sector, code")
    check_keys(row, "became", where)
    try:
        since = dt.date.fromisoformat(str(row.get("since")))
    except ValueError as e:
        raise KBError(f"{where}: 'since' must be a day (YYYY-MM-DD)") from e
    sector = _text(row.get("sector"), where, "sector").upper()
    return since, _iso3(row.get("country"), where), sector, _text(row.get("code"), where, "code")


def role_from_row(row: Mapping[str, Any], where: str) -> Role:
    check_keys(row, "role", where)
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
    check_keys(row, "person", where)
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
        calling=_text(row.get("calling"), where, "calling", required=False) or None,
    )


def sector_from_row(row: Mapping[str, Any], where: str) -> SectorEntry:
    check_keys(row, "sector", where)
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
        groups=_str_list(row.get("groups"), where, "groups"),
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


def tsv_table(text: str) -> tuple[list[str] | None, Iterator[tuple[int, list[str]]]]:
    """A tab-separated knowledge file: its header's fields (None when it has no line) and, read
    lazily, its rows as (line number, fields); empty lines and lines starting with "#" are skipped."""
    lines = ((n, line) for n, line in enumerate(text.splitlines(), start=1) if line and not line.startswith("#"))
    first = next(lines, None)
    return (first[1].split("\t") if first else None), ((n, line.split("\t")) for n, line in lines)
