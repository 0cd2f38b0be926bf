"""Search the knowledge base by name, alias, code or id (used by ``newsevents actors``).

>>> from newsevents.kb import KnowledgeBase
>>> [e["kb_id"] for e in search(KnowledgeBase.default(), "csto")][:1]
['org:csto']
"""

from __future__ import annotations

from typing import Any

from newsevents.kb.base import KnowledgeBase
from newsevents.kb.entries import CountryEntry, OrgEntry, PersonEntry, Role, SectorEntry, fold


def _role_dict(kb: KnowledgeBase, role: Role) -> dict[str, Any]:
    org = kb.orgs.get(role.org) if role.org else None
    sector = role.sector or (org.sector if org else None)
    if org is not None and sector == org.sector:
        code: str | None = org.code
    else:
        code = "".join(x for x in (role.country or (org.country if org else None), sector) if x) or None
    return {
        "title": role.title,
        "country": role.country or (org.country if org else None),
        "org": role.org,
        "sector": sector,
        "code": code,
        "start": role.start_text or None,
        "end": role.end_text or None,
        "uncertain": role.uncertain,
        "known_until": role.known_until.isoformat() if role.known_until else None,
    }


def describe(kb: KnowledgeBase, entry: CountryEntry | OrgEntry | PersonEntry | SectorEntry) -> dict[str, Any]:
    """One entity as a JSON-ready dict: kb_id, kind, type, name, country, sector, code, aliases, roles,
    and ``layer``: curated, imported or user (:meth:`KnowledgeBase.layer_of`)."""
    out = _describe(kb, entry)
    out["layer"] = kb.layer_of(out["kb_id"])
    return out


def _describe(kb: KnowledgeBase, entry: CountryEntry | OrgEntry | PersonEntry | SectorEntry) -> dict[str, Any]:
    if isinstance(entry, CountryEntry):
        return {
            "kb_id": entry.kb_id, "kind": "country", "type": "country", "name": entry.name,
            "country": entry.iso3, "sector": None, "code": entry.iso3, "aliases": list(entry.aliases),
            "demonyms": list(entry.demonyms), "capital": entry.capital,
            "metonyms": [f"{w}:{s}" if s != "GOV" else w for w, s in entry.metonyms],
            "regions": list(entry.regions), "roles": [],
        }  # fmt: skip
    if isinstance(entry, OrgEntry):
        return {
            "kb_id": entry.kb_id, "kind": "org", "type": entry.type, "name": entry.name, "country": entry.country,
            "sector": entry.sector, "code": entry.code, "aliases": list(entry.aliases), "roles": [],
            "uncertain": entry.uncertain,
        }  # fmt: skip
    if isinstance(entry, PersonEntry):
        roles = [_role_dict(kb, r) for r in entry.roles]
        countries = list(dict.fromkeys(r["country"] for r in roles if r["country"]))
        return {
            "kb_id": entry.kb_id, "kind": "person", "type": "person", "name": entry.name,
            "country": countries[0] if len(countries) == 1 else (countries or None),
            "sector": None, "code": None, "aliases": list(entry.aliases), "roles": roles,
        }  # fmt: skip
    return {
        "kb_id": f"sector:{entry.code}", "kind": "sector", "type": "sector", "name": entry.name, "country": None,
        "sector": entry.code, "code": entry.code, "aliases": list(entry.words), "weak_words": list(entry.weak_words),
        "roles": [],
    }  # fmt: skip


def search(kb: KnowledgeBase, query: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Entities whose name, alias, code or id matches ``query`` (case- and accent-insensitive):
    equals it, or has a word that starts with it ("ghani" finds "Ashraf Ghani", not
    "Afghanistan"; "afg" finds the code "AFGGOV").

    Exact matches of a name, alias or code come first, then the others in file order."""
    q = fold(query).strip()
    if not q:
        return []
    exact: list[dict[str, Any]] = []
    partial: list[dict[str, Any]] = []
    entries: list[tuple[CountryEntry | OrgEntry | PersonEntry | SectorEntry, list[str]]] = []
    for c in kb.countries.values():
        entries.append((c, [c.iso3, c.iso2, c.name, *c.aliases, *c.demonyms, *(w for w, _ in c.metonyms)]))
    for o in kb.orgs.values():
        entries.append((o, [o.id, o.code, o.name, *o.aliases]))
    for p in kb.persons.values():
        entries.append((p, [p.id, p.name, *p.aliases]))
    for s in kb.sectors.values():
        entries.append((s, [s.code, s.name]))
    for entry, keys in entries:
        folded = [fold(k) for k in keys if k]
        if q in folded:
            exact.append(describe(kb, entry))
        elif any(_word_start(q, k) for k in folded):
            partial.append(describe(kb, entry))
    found = exact + partial
    return found[:limit] if limit is not None else found


def _word_start(q: str, key: str) -> bool:
    """Does ``q`` start a word of ``key`` (the key's start, or after a space, hyphen, colon or dot)?"""
    at = key.find(q)
    while at != -1:
        if at == 0 or not key[at - 1].isalnum():
            return True
        at = key.find(q, at + 1)
    return False


def entity(kb: KnowledgeBase, kb_id: str) -> dict[str, Any] | None:
    """The entity with this kb_id ("person:ashraf-ghani", "country:AFG", "sector:MIL") as a dict."""
    kind, _, key = kb_id.partition(":")
    found: CountryEntry | OrgEntry | PersonEntry | SectorEntry | None = {
        "country": kb.countries.get(key),
        "org": kb.orgs.get(key),
        "person": kb.persons.get(key),
        "sector": kb.sectors.get(key),
    }.get(kind)
    return describe(kb, found) if found is not None else None
