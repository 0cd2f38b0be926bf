"""The imported knowledge layer: the field's Phoenix actor dictionaries (PETRARCH-2, MIT licence)
converted once into ``newsevents/data/kb/imported/phoenix.tsv`` and read below the curated files.

* :func:`convert` reads the ``.actors`` files of a PETRARCH dictionary folder (with
  :func:`newsevents.kb.petrarch.parse_actors`) and returns the text of ``phoenix.tsv``;
  ``scripts/import_petrarch.py`` writes it.  CAMEO country prefixes that are not ISO 3166 alpha-3
  codes are mapped by ``data/kb/cameo_countries.tsv``.
* :func:`read_layer` parses that file into records (a plain split per line: 28k persons load in a
  fraction of a second) and :func:`merge_below` adds them to the curated tables without replacing
  anything: a person or organisation whose name or alias the curated files already know is left
  out (curated knowledge wins), and so is every imported alias the curated files already use.

An open-ended role (``[AFGGOV >100201]``) is only known up to the dictionary's date
(:data:`FILE_DATE`): it becomes a role with no end and ``known_until`` = that date, which
:meth:`Role.valid_on` honours (after it the role is neither current nor ended: unknown).
docs/knowledge-base.md ("The imported layer") has the rules and the counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.kb.entries import KBError, OrgEntry, PersonEntry, Role, fold, lookup_key, tsv_table
from newsevents.kb.match import BLOCKERS, case_rule, tokenize
from newsevents.kb.name_context import name_context
from newsevents.kb.offices import office_words
from newsevents.kb.petrarch import ActorCode, ActorEntry, parse_actors

if TYPE_CHECKING:
    from newsevents.kb.files import Tables

FILE_DATE = dt.date(2014, 1, 30)  # CountryInfo.140130: the date the Phoenix files were generated
SOURCE_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
LAYER_FILE = "phoenix.tsv"
COLUMNS = ("kind", "id", "name", "aliases", "code", "country", "sector", "org", "start", "end", "known_until", "keys")
_PREFIX_SECTORS = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB"}
_HOMED = frozenset({"MNC", "NGO"})  # prefixes a home country may follow
_TYPES = {"REB": "armed_group", "UAF": "armed_group", "PTY": "party", "BUS": "company", "MED": "media",
          "IGO": "igo", "NGO": "ngo"}  # fmt: skip
_CASES = {"u": "upper", "c": "cap", "a": "any"}
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def _data_dir() -> Path:
    return Path(str(resources.files("newsevents").joinpath("data", "kb")))


@dataclass(frozen=True)
class CameoCountry:
    iso3: str | None
    person_role: bool


def cameo_table(text: str | None = None) -> dict[str, CameoCountry]:
    """The non-ISO CAMEO prefixes of ``cameo_countries.tsv``: prefix -> (ISO3 or None, keep person roles)."""
    if text is None:
        text = (_data_dir() / "cameo_countries.tsv").read_text(encoding="utf-8")
    out: dict[str, CameoCountry] = {}
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for n, row in enumerate(rows[1:], start=2):
        if len(row) < 3 or row[2] not in {"yes", "no"}:
            raise KBError(f"cameo_countries.tsv row {n}: expected cameo, iso3, person_role (yes/no), note")
        out[row[0]] = CameoCountry(None if row[1] == "-" else row[1], row[2] == "yes")
    return out


@dataclass
class Counts:
    persons: int = 0
    roles: int = 0
    open_roles: int = 0
    organizations: int = 0
    regions: int = 0
    skipped_codes: int = 0  # undated codes of persons, codes of former states, bad dates
    skipped_entries: int = 0  # one-word person names, entries with no usable code

    def line(self) -> str:
        return (f"{self.persons} persons with {self.roles} roles ({self.open_roles} open-ended, known to "
                f"{FILE_DATE.isoformat()}), {self.organizations} organisations, {self.regions} place names; "
                f"skipped {self.skipped_codes} codes and {self.skipped_entries} entries")  # fmt: skip


@dataclass
class _Out:
    rows: list[list[str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    counts: Counts = field(default_factory=Counts)


def _names(entry: ActorEntry) -> list[str]:
    """Names without parenthesised acronyms ("Aden Abyan Islamic Army (aaia)" -> the name + "AAIA")."""
    out: list[str] = []
    for name in entry.names:
        inner = _PAREN.findall(name)
        bare = " ".join(_PAREN.sub(" ", name).split()).strip(" -")
        out.extend(x for x in [bare, *(i.upper() for i in inner if 2 <= len(i) <= 8 and i.isalpha())] if x)
    return list(dict.fromkeys(out))


def _slug(name: str, out: _Out) -> str:
    base = "phoenix-" + re.sub(r"[^a-z0-9]+", "-", lookup_key(name)).strip("-")
    slug, n = base, 2
    while slug in out.ids:
        slug, n = f"{base}-{n}", n + 1
    out.ids.add(slug)
    return slug


def _country(prefix: str, iso: set[str], cameo: dict[str, CameoCountry]) -> tuple[str | None, bool]:
    """(ISO3 or None, whether a person role with this prefix is kept)."""
    if prefix in cameo:
        return cameo[prefix].iso3, cameo[prefix].person_role
    return (prefix, True) if prefix in iso else (None, False)


def _date(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _convert_entry(
    entry: ActorEntry,
    out: _Out,
    tables: Tables,
    cameo: dict[str, CameoCountry],
    resolves_to: Callable[[str, str | None], bool],
) -> None:
    names = _names(entry)
    if not names:
        out.counts.skipped_entries += 1
        return
    iso = set(tables.countries)
    org_by_code = {o.code: o.id for o in tables.orgs.values()}
    dated = [c for c in entry.codes if c.dated]
    if dated:
        multi = [n for n in names if len(n.split()) >= 2]
        if not multi:  # a surname alone ("Hammarskjold") would match every namesake
            out.counts.skipped_entries += 1
            return
        out.counts.skipped_codes += len(entry.codes) - len(dated)
        if any(c.code[3:6] != "ELI" for c in dated):  # the resolver derives ELI from ended roles
            out.counts.skipped_codes += sum(c.code[3:6] == "ELI" for c in dated)
            dated = [c for c in dated if c.code[3:6] != "ELI"]
        roles = [r for r in (_role(c, iso, cameo, org_by_code, out) for c in dated) if r]
        if not roles:
            out.counts.skipped_entries += 1
            return
        pid = _slug(multi[0], out)
        for k, r in enumerate(roles):
            name, aliases = (multi[0], "|".join(multi[1:])) if k == 0 else ("", "")
            out.rows.append(["person", pid, name, aliases, *r])
        out.counts.persons += 1
        out.counts.roles += len(roles)
        return
    code = entry.codes[0].code
    if len(code) == 3 and code in iso:
        # a country's other names (cities, provinces, spellings) are not imported: a city is more
        # often a venue than an actor ("talks in Geneva"), and the curated files list the places
        # that stand for a country
        out.counts.skipped_entries += 1
        return
    prefix = code[:3]
    country, _keep = _country(prefix, iso, cameo)
    if prefix in _HOMED and len(code) >= 6:
        # a company's or a national NGO's home country follows MNC or NGO ("MNCIND": Tata Steel, "NGOUSAHRI":
        # the American Civil Liberties Union); an international NGO has none ("NGOHRI": Human Rights Watch)
        country = _country(code[3:6], iso, cameo)[0]
    sector = _PREFIX_SECTORS.get(prefix) or (code[3:6] if code[3:6] in tables.sectors else None)
    chunks = [code[k : k + 3] for k in range(3, len(code), 3)]
    if prefix not in _PREFIX_SECTORS and all(c in tables.sectors for c in chunks):
        # a country and sectors only ("US_CONGRESS [USAGOVLEG]"): a name that the curated country
        # and sector words already resolve to that country would only shadow them (the entry, or
        # one of its aliases: "+GERMAN_CHANCELLOR" under "REICHSTAG")
        if resolves_to(names[0], country):
            out.counts.skipped_entries += 1
            return
        names = [names[0], *(n for n in names[1:] if not resolves_to(n, country))]
    generic = name_context().generic_org_names  # "National Front": borne by parties of many countries
    names = [n for n in names if fold(n).replace(".", "") not in generic]
    if sector is None or not names:
        out.counts.skipped_entries += 1
        return
    oid = _slug(names[0], out)
    out.rows.append(["org", oid, names[0], "|".join(names[1:]), code, country or "", sector, "", "", "", ""])
    out.counts.organizations += 1


def _role(
    c: ActorCode, iso: set[str], cameo: dict[str, CameoCountry], org_by_code: dict[str, str], out: _Out
) -> list[str] | None:
    """[code, country, sector, org, start, end, known_until] of one dated code, or None if dropped."""
    prefix = c.code[:3]
    if c.start is not None and c.end is not None and c.start > c.end:  # a typo in the source
        out.counts.skipped_codes += 1
        return None
    known = _date(FILE_DATE) if c.start is not None and c.end is None else ""
    if prefix in _PREFIX_SECTORS:
        org = org_by_code.get(c.code) or org_by_code.get(c.code[:6])
        if org is None:
            out.counts.skipped_codes += 1
            return None
        out.counts.open_roles += bool(known)
        return [c.code, "", "", org, _date(c.start), _date(c.end), known]
    country, keep = _country(prefix, iso, cameo)
    if country is None or not keep:
        out.counts.skipped_codes += 1
        return None
    out.counts.open_roles += bool(known)
    return [c.code, country, c.code[3:6] or "", "", _date(c.start), _date(c.end), known]


def convert(
    folder: Path,
    tables: Tables,
    cameo: dict[str, CameoCountry] | None = None,
    resolves_to: Callable[[str, str | None], bool] | None = None,
) -> tuple[str, Counts]:
    """The text of ``phoenix.tsv`` for the ``.actors`` files in ``folder``, and what it holds.

    ``tables`` are the curated tables (country codes, sector codes, organisation codes);
    ``resolves_to(name, country)`` says whether the curated knowledge base already resolves a name to
    that country (a group coded with a country and sectors only is then left out)."""
    cameo = cameo_table() if cameo is None else cameo
    out = _Out()
    if resolves_to is None:

        def resolves_to(name: str, country: str | None) -> bool:
            return False

    for name in SOURCE_FILES:
        path = folder / name
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            raise KBError(f"{path}: cannot read the Phoenix dictionary: {e}") from e
        parsed = parse_actors(text, str(path), strict=False, pivot=FILE_DATE.year % 100 + 1)
        out.counts.skipped_codes += len(parsed.ignored)
        for entry in parsed.actors:
            _convert_entry(entry, out, tables, cameo, resolves_to)
    for row in out.rows:  # a sector code the project lacks ("GOVAGR" -> "AGR" is fine, "XYZ" is not)
        if row[0] == "person" and row[6] not in tables.sectors:
            row[6] = ""
    header = [
        "# Imported from the Phoenix actor dictionaries of PETRARCH-2 (openeventdata/petrarch2, commit",
        "# 676801cd; MIT licence, Copyright (c) 2014-2015 Open Event Data Alliance: see LICENSE beside this",
        "# file). Generated by scripts/import_petrarch.py from " + ", ".join(SOURCE_FILES) + ".",
        f"# Open-ended roles are known only up to the files' date: known_until = {FILE_DATE.isoformat()}.",
        "# " + out.counts.line(),
        "\t".join(COLUMNS),
    ]
    for row in out.rows:  # the matcher's keys and case rule of each name, precompiled (load time)
        names = [n for n in (row[2], *(row[3].split("|") if row[3] else ())) if n]
        row.append("|".join(case_rule(n, "person")[0] + " ".join(t.key for t in tokenize(n)) for n in names))
    body = ["\t".join(x.replace("\t", " ") for x in row) for row in out.rows]
    return "\n".join(header + body) + "\n", out.counts


# --------------------------------------------------------------------------------------------------
# reading the layer


@dataclass
class Layer:
    persons: dict[str, PersonEntry] = field(default_factory=dict)
    orgs: dict[str, OrgEntry] = field(default_factory=dict)
    regions: list[tuple[str, str]] = field(default_factory=list)  # (name, ISO3)
    # name -> (the matcher's index key, case rule): precompiled by the converter
    keys: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)


_fromiso = dt.date.fromisoformat


def _d(text: str) -> dt.date | None:
    return _fromiso(text) if text else None


def read_layer(text: str, where: str = LAYER_FILE) -> Layer:
    """Parse the text of ``phoenix.tsv`` (see :data:`COLUMNS`)."""
    layer = Layer()
    names: dict[str, tuple[str, tuple[str, ...]]] = {}
    roles: dict[str, list[Role]] = {}
    # the same date, title or code text is one object (faster to read, smaller in the user's cache)
    dates: dict[str, dt.date | None] = {"": None}
    titles: dict[str, str] = {}
    shared: dict[str, str] = {}
    keys = layer.keys
    width = len(COLUMNS)
    for n, f in tsv_table(text)[1]:
        if len(f) != width:
            raise KBError(f"{where} line {n}: expected {width} tab-separated fields, got {len(f)}")
        kind, id_, name, aliases, code, country, sector, org, start, end, known, key_text = f
        alias_t = tuple(aliases.split("|")) if aliases else ()
        if key_text and name:
            for name_text, key in zip((name, *alias_t), key_text.split("|"), strict=False):
                keys[name_text] = (tuple(key[1:].split(" ")), _CASES.get(key[:1], "any"))
        try:
            if kind == "person":
                if name:
                    names[id_] = (name, alias_t)
                when = [dates.get(x) if x in dates else dates.setdefault(x, _fromiso(x)) for x in (start, end, known)]
                title = titles.get(code) or titles.setdefault(code, f"{code} (Phoenix)")
                role = object.__new__(Role)  # the frozen dataclass's __init__ is slow for 26k roles
                role.__dict__.update(title=title, sector=shared.setdefault(sector, sector) or None,
                                     country=shared.setdefault(country, country) or None, org=org or None,
                                     start=when[0], end=when[1], start_text=shared.setdefault(start, start),
                                     end_text=shared.setdefault(end, end) or "open", uncertain=False,
                                     known_until=when[2])  # fmt: skip
                found = roles.get(id_)
                if found is None:
                    roles[id_] = [role]
                else:
                    found.append(role)
            elif kind == "org":
                layer.orgs[id_] = OrgEntry(id_, name, alias_t, _TYPES.get(sector, "other"), sector, country or None,
                                           code)  # fmt: skip
            elif kind == "region":
                layer.regions.append((name, country))
            else:
                raise KBError(f"{where} line {n}: unknown kind {kind!r}")
        except ValueError as e:
            raise KBError(f"{where} line {n}: bad date: {e}") from e
    for pid, (name, alias_t) in names.items():
        layer.persons[pid] = PersonEntry(pid, name, alias_t, tuple(roles.get(pid, ())))
    return layer


def _keys(words: Iterable[str]) -> set[str]:
    """Lookup keys, and the matcher's keys where they differ ("Ban Ki-moon" matches as "ban ki moon")."""
    out = set()
    for w in words:
        out.add(lookup_key(w))
        if "-" in w:
            key = " ".join(t.key for t in tokenize(w))
            out.add(key[4:] if key.startswith("the ") else key)
    return out


def _key(layer: Layer, name: str) -> str:
    """The lookup key of an imported name (from its precompiled matcher key)."""
    found = layer.keys.get(name)
    if found is None:
        return lookup_key(name)
    key = " ".join(found[0])
    return key[4:] if key.startswith("the ") else key


def _names_curated(key: str, full_names: set[str]) -> bool:
    """Whether an imported alias is a curated person's full name, or that name after a title
    ("prime minister yulia tymoshenko")."""
    words = key.split()
    return any(" ".join(words[k:]) in full_names for k in range(max(0, len(words) - 6), len(words) - 1))


# one-word office titles that are no given names (multi-word titles all count: "foreign minister")
_ONE_WORD_TITLES = frozenset({"president", "premier", "chancellor"})


def _title_and_one_word(key: str, titles: frozenset[str]) -> bool:
    """Whether an imported name is an office title and one more word ("foreign minister abdullah",
    "president bush"): no person's full name, and a prefix of other persons' names ("Foreign Minister
    Abdullah Gul") that the resolver reads from the title and the name itself."""
    words = key.split()
    head = " ".join(words[:-1])
    return len(words) >= 2 and head in titles and (" " in head or head in _ONE_WORD_TITLES)


def _role_facts(p: PersonEntry) -> list[tuple[object, ...]]:
    return sorted((r.title, r.country, r.org, r.sector, r.start_text, r.end_text) for r in p.roles)


def _repeats(p: PersonEntry, earlier: Sequence[PersonEntry]) -> bool:
    """Whether an imported person repeats an earlier one of the same name with the same roles (Phoenix lists
    some UN officials twice: "Hiroshi Nakajima" as WHO's head under two ids, which made the name ambiguous
    and the official no actor)."""
    return bool(earlier) and any(_role_facts(q) == _role_facts(p) for q in earlier)


def merge_below(
    tables: Tables, layer: Layer, layers: dict[str, str], keys: dict[str, tuple[tuple[str, ...], str]]
) -> None:
    """Add the imported entries to the curated ``tables`` where the curated files do not know them
    (``layers`` gets their kb_ids, ``keys`` their precompiled matcher keys)."""
    taken: set[str] = _keys(BLOCKERS)  # the curated false friends ("New Jersey") stay false friends
    places: set[str] = set()  # the curated regions and subdivisions: no person's alias
    for c in tables.countries.values():
        places |= _keys((*c.regions, *c.subdivisions))
        taken |= _keys((c.name, *c.aliases, *c.demonyms, *(m for m, _ in c.metonyms), *c.regions))
        taken |= _keys((*c.subdivisions, *c.peoples))
    for o in tables.orgs.values():
        taken |= _keys((o.name, *o.aliases))
    full_names: set[str] = set()  # the curated persons' names of two words or more
    for p in tables.persons.values():
        own = _keys((p.name, *p.aliases))
        taken |= own
        full_names |= {n for n in own if " " in n}
    for s in tables.sectors.values():
        taken |= _keys((*s.expanded_words, *s.expanded_weak))
    for o in layer.orgs.values():
        if _key(layer, o.name) in taken:
            continue
        aliases = tuple(a for a in o.aliases if _key(layer, a) not in taken)
        tables.orgs[o.id] = o if aliases == o.aliases else replace(o, aliases=aliases)
        layers[o.kb_id] = "imported"
    titles = frozenset(office_words().titles)
    merged: dict[str, list[PersonEntry]] = {}  # imported persons taken, by their name's key
    for p in layer.persons.values():
        name_key = _key(layer, p.name)
        if name_key in taken or any(r.org and r.org not in tables.orgs for r in p.roles):
            continue
        if _repeats(p, merged.get(name_key, ())):
            continue  # the dictionaries list some persons twice: one person, not an ambiguous name
        if _title_and_one_word(_key(layer, p.name), titles):
            continue  # "Foreign Minister Abdullah": a title and a name word, no person's full name
        if any(_names_curated(_key(layer, a), full_names) for a in p.aliases):
            continue  # a curated person under another spelling ("Yuliya" with the alias "Yulia Tymoshenko")
        if any(_key(layer, a) in places for a in p.aliases):
            continue  # a place coded with dates, no person ("Republica Srpska" with the alias "Republika Srpska")
        aliases = tuple(
            a for a in p.aliases if _key(layer, a) not in taken and not _title_and_one_word(_key(layer, a), titles)
        )
        tables.persons[p.id] = p if aliases == p.aliases else replace(p, aliases=aliases)
        merged.setdefault(name_key, []).append(p)
        layers[p.kb_id] = "imported"
    extra: dict[str, list[str]] = {}
    keys.update(layer.keys)
    for name, iso3 in layer.regions:
        key = _key(layer, name)
        if key not in taken and iso3 in tables.countries:
            extra.setdefault(iso3, []).append(name)
    counts: dict[str, int] = {}
    for names in extra.values():
        for name in names:
            counts[_key(layer, name)] = counts.get(_key(layer, name), 0) + 1
    for iso3, names in extra.items():
        keep = tuple(n for n in names if counts[_key(layer, n)] == 1)  # a name two countries claim: neither
        c = tables.countries[iso3]
        tables.countries[iso3] = replace(c, regions=(*c.regions, *keep))


def load_layer() -> Layer:
    """The shipped imported layer (empty if the file is absent)."""
    path = _data_dir() / "imported" / LAYER_FILE
    if not path.exists():
        return Layer()
    return read_layer(path.read_text(encoding="utf-8"), str(path.name))
