"""Readers for the shipped knowledge-base files and for user files (YAML, CSV/TSV, PETRARCH).

The shipped files live in ``newsevents/data/kb``: ``countries.tsv``, ``organizations.yaml``,
``sectors.yaml`` and every ``persons*.yaml`` (read in name order; an id may appear only once, except in an
entry with ``extends: true``, which adds its aliases and roles to the person of that id in another file).
User files add or override entries by id (docs/knowledge-base.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import yaml_problem
from newsevents.kb.entries import (
    CountryEntry,
    KBError,
    OrgEntry,
    PersonEntry,
    SectorEntry,
    _iso3,
    country_from_row,
    org_from_row,
    person_from_row,
    sector_from_row,
)
from newsevents.kb.yamlload import safe_load

USER_SUFFIXES = (".yaml", ".yml", ".csv", ".tsv", ".actors", ".agents")


def _data_dir() -> Any:
    return resources.files("newsevents").joinpath("data", "kb")


def _read_data(name: str) -> str:
    return _data_dir().joinpath(name).read_text(encoding="utf-8")


def builtin_person_files() -> list[str]:
    """Names of the shipped person files (``persons.yaml``, ``persons_*.yaml``), in name order."""
    names = [p.name for p in _data_dir().iterdir() if p.name.startswith("persons") and p.name.endswith(".yaml")]
    return sorted(names)


def _tsv_rows(text: str, delimiter: str = "\t") -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)


def _load_yaml(text: str, where: object) -> Any:
    try:
        return safe_load(text)
    except yaml.YAMLError as e:
        raise KBError(f"{where}: not valid YAML: {yaml_problem(e)}") from e


def _yaml_list(text: str, where: str) -> list[dict[str, Any]]:
    data = _load_yaml(text, where)
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise KBError(f"{where}: expected a list of mappings")
    return data


@dataclass
class Tables:
    countries: dict[str, CountryEntry]
    orgs: dict[str, OrgEntry]
    persons: dict[str, PersonEntry]
    sectors: dict[str, SectorEntry]
    # kb_id -> "imported" or "user" for entries that do not come from the curated files
    layers: dict[str, str] = field(default_factory=dict)
    # alias text -> (matcher key, case rule), precompiled for the imported layer (load time)
    alias_keys: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)


def load_builtin(imported: bool = True) -> Tables:
    """The curated files, with the imported Phoenix layer below them (``imported=False``: without it)."""
    countries: dict[str, CountryEntry] = {}
    for i, row in enumerate(_tsv_rows(_read_data("countries.tsv")), start=1):
        entry = country_from_row(row, f"countries.tsv row {i}")
        countries[entry.iso3] = entry
    orgs = {}
    for i, row in enumerate(_yaml_list(_read_data("organizations.yaml"), "organizations.yaml"), start=1):
        org = org_from_row(row, f"organizations.yaml entry {i}")
        if org.id in orgs:
            raise KBError(f"organizations.yaml entry {i}: duplicate id {org.id!r}")
        orgs[org.id] = org
    persons: dict[str, PersonEntry] = {}
    extensions: list[tuple[str, PersonEntry]] = []
    for name in builtin_person_files():
        for i, row in enumerate(_yaml_list(_read_data(name), name), start=1):
            if row.get("extends") is True:  # more roles for a person another shipped file defines
                fields = {k: v for k, v in row.items() if k != "extends"}
                extensions.append((f"{name} entry {i}", person_from_row(fields, f"{name} entry {i}")))
                continue
            person = person_from_row(row, f"{name} entry {i}")
            if person.id in persons:
                raise KBError(f"{name} entry {i}: duplicate person id {person.id!r}")
            persons[person.id] = person
    for where, more in extensions:
        persons[more.id] = _extended(persons.get(more.id), more, where)
    sectors = {}
    for i, row in enumerate(_yaml_list(_read_data("sectors.yaml"), "sectors.yaml"), start=1):
        sector = sector_from_row(row, f"sectors.yaml entry {i}")
        sectors[sector.code] = sector
    _add_words(countries, "peoples.yaml", "peoples")
    _add_words(countries, "subdivisions.yaml", "subdivisions")
    _add_words(countries, "armed_peoples.yaml", "armed_peoples")
    _add_statehood(countries, "statehood.yaml")
    tables = Tables(countries, orgs, persons, sectors)
    if imported:
        from newsevents.kb.phoenix import load_layer, merge_below
        from newsevents.kb.phoenix_agents import merge_agents, read_agents

        merge_below(tables, load_layer(), tables.layers, tables.alias_keys)
        merge_agents(tables.sectors, read_agents())  # the agent words: sector words below the curated ones
    return tables


def _extended(base: PersonEntry | None, more: PersonEntry, where: str) -> PersonEntry:
    """``base`` with the aliases and roles of an ``extends: true`` entry added (roles in order of start)."""
    if base is None:
        raise KBError(f"{where}: 'extends' names no person of the shipped files: {more.id!r}")
    aliases = base.aliases + tuple(a for a in more.aliases if a not in base.aliases and a != base.name)
    roles = sorted(base.roles + more.roles, key=lambda r: (r.start is None, r.start or dt.date.min))
    return replace(base, aliases=aliases, roles=tuple(roles), calling=more.calling or base.calling)


def _add_words(countries: dict[str, CountryEntry], name: str, field_name: str) -> None:
    """The names of ``peoples.yaml``, ``subdivisions.yaml`` or ``armed_peoples.yaml`` onto their countries."""
    for i, row in enumerate(_yaml_list(_read_data(name), name), start=1):
        where = f"{name} entry {i}"
        if not isinstance(row, dict) or set(row) != {"country", "words"}:
            raise KBError(f"{where}: expected the keys 'country' and 'words'")
        words = row["words"]
        entry = countries.get(str(row["country"]))
        if entry is None:
            raise KBError(f"{where}: unknown country {row['country']!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise KBError(f"{where}: 'words' must be a list of names")
        if field_name == "peoples":
            countries[entry.iso3] = replace(entry, peoples=(*entry.peoples, *words))
        elif field_name == "armed_peoples":
            countries[entry.iso3] = replace(entry, armed_peoples=(*entry.armed_peoples, *words))
        else:
            countries[entry.iso3] = replace(entry, subdivisions=(*entry.subdivisions, *words))


_STATEHOOD_KEYS = frozenset({"country", "since", "before", "own_government"})


def _add_statehood(countries: dict[str, CountryEntry], name: str) -> None:
    """The days territories became states, and the states they were part of (``statehood.yaml``)."""
    for i, row in enumerate(_yaml_list(_read_data(name), name), start=1):
        where = f"{name} entry {i}"
        if not isinstance(row, dict) or not {"country", "since", "before"} <= set(row) <= _STATEHOOD_KEYS:
            raise KBError(f"{where}: expected the keys 'country', 'since' and 'before' (and 'own_government')")
        entry, before = countries.get(str(row["country"])), countries.get(str(row["before"]))
        if entry is None or before is None:
            raise KBError(f"{where}: unknown country {row['country'] if entry is None else row['before']!r}")
        try:
            since = dt.date.fromisoformat(str(row["since"])).isoformat()
        except ValueError as e:
            raise KBError(f"{where}: 'since' must be a date YYYY-MM-DD") from e
        own = row.get("own_government")
        try:
            own_day = dt.date.fromisoformat(str(own)).isoformat() if own is not None else None
        except ValueError as e:
            raise KBError(f"{where}: 'own_government' must be a date YYYY-MM-DD") from e
        countries[entry.iso3] = replace(entry, statehood=(since, before.iso3), own_government=own_day)


_KIND_ALIASES = {
    "country": "countries",
    "countries": "countries",
    "org": "organizations",
    "organization": "organizations",
    "organisation": "organizations",
    "organizations": "organizations",
    "organisations": "organizations",
    "person": "persons",
    "persons": "persons",
    "sector": "sectors",
    "sectors": "sectors",
}


def _sections_from_yaml(text: str, path: Path) -> dict[str, list[dict[str, Any]]]:
    sections: dict[str, list[dict[str, Any]]] = {}
    data = _load_yaml(text, path)
    if data is None:
        return sections
    if not isinstance(data, dict):
        raise KBError(f"{path}: expected a mapping with keys countries/organizations/persons/sectors")
    for key, items in data.items():
        kind = _KIND_ALIASES.get(str(key).lower())
        if kind is None:
            raise KBError(f"{path}: unknown section {key!r}")
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise KBError(f"{path}: section {key!r} must be a list of mappings")
        sections.setdefault(kind, []).extend(items)
    return sections


def _sections_from_table(text: str, path: Path, delimiter: str) -> dict[str, list[dict[str, Any]]]:
    sections: dict[str, list[dict[str, Any]]] = {}
    for i, row in enumerate(_tsv_rows(text, delimiter), start=2):
        kind = _KIND_ALIASES.get((row.get("kind") or "").strip().lower())
        if kind is None:
            raise KBError(f"{path} line {i}: 'kind' must be country, org or person")
        if kind == "persons":
            role_keys = ("country", "org", "sector", "title", "start", "end", "uncertain")
            row_any: dict[str, Any] = {k: v for k, v in row.items() if v and k not in role_keys}
            role = {k: row.get(k) for k in role_keys if row.get(k)}
            row_any["roles"] = [role] if role.get("title") else []
            sections.setdefault(kind, []).append(row_any)
        else:  # a column another kind uses is left empty on this row
            sections.setdefault(kind, []).append({k: v for k, v in row.items() if v})
    return sections


def apply_user_file(tables: Tables, path: Path) -> None:
    """Merge one user file into the tables: entries with a known id replace the built-in one.

    ``.actors`` and ``.agents`` files are PETRARCH/TABARI dictionaries (newsevents.kb.petrarch).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KBError(f"{path}: cannot read knowledge-base file: {e}") from e
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        sections = _sections_from_yaml(text, path)
    elif suffix in {".csv", ".tsv"}:
        sections = _sections_from_table(text, path, "\t" if suffix == ".tsv" else ",")
    elif suffix in {".actors", ".agents"}:
        from newsevents.kb.petrarch import apply_petrarch

        before: dict[str, object] = {o.kb_id: o for o in tables.orgs.values()}
        before.update({p.kb_id: p for p in tables.persons.values()})
        apply_petrarch(tables, text, path)
        now: dict[str, object] = {o.kb_id: o for o in tables.orgs.values()}
        now.update({p.kb_id: p for p in tables.persons.values()})
        tables.layers.update({kb_id: "user" for kb_id, entry in now.items() if before.get(kb_id) is not entry})
        return
    else:
        raise KBError(f"{path}: unsupported file type (use {', '.join(USER_SUFFIXES)})")
    merge_sections(tables, sections, str(path))


def merge_sections(tables: Tables, sections: dict[str, list[dict[str, Any]]], where: str) -> None:
    for i, row in enumerate(sections.get("countries", []), start=1):
        loc = f"{where} country {i}"
        iso3 = _iso3(row.get("iso3") or row.get("id"), loc)
        if iso3 is None:
            raise KBError(f"{loc}: 'iso3' is missing")
        tables.countries[iso3] = country_from_row(row, loc, tables.countries.get(iso3))
    for i, row in enumerate(sections.get("organizations", []), start=1):
        org = org_from_row(row, f"{where} organization {i}")
        tables.orgs[org.id] = org
        tables.layers[org.kb_id] = "user"
    merged_persons: dict[str, PersonEntry] = {}
    for i, row in enumerate(sections.get("persons", []), start=1):
        person = person_from_row(row, f"{where} person {i}")
        if person.id in merged_persons:  # several CSV rows: one role each
            prev = merged_persons[person.id]
            person = replace(prev, roles=prev.roles + person.roles)
        merged_persons[person.id] = person
    tables.persons.update(merged_persons)
    tables.layers.update({p.kb_id: "user" for p in merged_persons.values()})
    for i, row in enumerate(sections.get("sectors", []), start=1):
        sector = sector_from_row(row, f"{where} sector {i}")
        tables.sectors[sector.code] = sector
