"""Importers for PETRARCH / TABARI dictionary files (``.actors`` and ``.agents``).

``KnowledgeBase.load(extra_files=[...])`` reads them like the YAML and CSV user files.

Supported ``.actors`` syntax::

    # a comment                      (also after an entry: "ASHRAF_GHANI_  # the president")
    ASHRAF_GHANI_                    an entry: words joined by "_", a trailing "_" is dropped
    +GHANI_                          a synonym of the entry above
    +MOHAMMAD_ASHRAF_GHANI_
    [AFGGOV 140929-210815]           a code valid from..to (YYMMDD or YYYYMMDD, both inclusive)
    [AFGELI >210815]                 a code valid from a date on ("<210815": up to a date)
    TALIBAN_ [AFGREBTAL]             a code on the entry's own line; an undated code
    AFGHANISTAN_ [AFG]

How entries become knowledge-base entries:

* an entry with at least one dated code is a **person**; every code becomes a role (country and
  sector from the code: AFGGOV -> AFG + GOV; an IGO/NGO/IMG code without a country becomes a role in
  an organisation of that code, created if needed);
* an entry whose only code is a bare country code (``[AFG]``) adds its names as **aliases of that
  country**;
* any other undated entry is an **organisation** with that code (type from the sector: REB/UAF
  armed_group, PTY party, BUS company, MED media, IGO igo, NGO ngo, else ``other``).

Names are converted from PETRARCH's capitals to title case ("ASHRAF_GHANI_" -> "Ashraf Ghani"),
except one-word names of two to four letters, which stay in capitals (UN, NATO, CSTO). Two-digit
years are 1950-2049. Ids are ``petrarch-`` + the lower-cased first name with "-" for "_".

Supported ``.agents`` syntax::

    !minist! = MINISTER MINISTRY     a substitution set, used as "FOREIGN_!minist!_"
    PRESIDENT_ [~GOV]                a role word and its sector ("~GOV", "GOV~" and "GOV" alike)
    POLICEMAN_ {POLICEMEN_} [~COP]   explicit plural forms in braces
    +CHIEF_EXECUTIVE_                a synonym of the line above

Agent words are added to the sector (a sector code the knowledge base lacks is created); compound
agent codes ("~MILGOV") use their first three letters.

Not supported (lines are skipped, ``ignored`` lists them in the ``PetrarchFile`` result): the
TABARI ``<...>`` noun/adjective tags and conditional ``{...}`` patterns inside ``.actors`` entries,
``=`` rules in ``.actors`` files, ``%`` composite actor expressions and agent prefixes that change
the country (``MIL~`` vs ``~MIL`` are treated alike).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.kb.entries import KBError, PersonEntry, Role, SectorEntry, _expand, country_from_row, org_from_row

if TYPE_CHECKING:
    from newsevents.kb.files import Tables

_CODE_RE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_SUBST_RE = re.compile(r"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
NO_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})
_TYPE_BY_SECTOR = {"REB": "armed_group", "UAF": "armed_group", "PTY": "party", "BUS": "company", "MED": "media",
                   "IGO": "igo", "NGO": "ngo"}  # fmt: skip


@dataclass
class ActorCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    start_text: str = ""
    end_text: str = ""

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorEntry:
    names: list[str]
    codes: list[ActorCode] = field(default_factory=list)
    line: int = 0


@dataclass
class AgentEntry:
    words: list[str]
    code: str
    line: int = 0


@dataclass
class PetrarchFile:
    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)  # (line number, text) not understood


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()


def petrarch_name(raw: str) -> str:
    """ "ASHRAF_GHANI_" -> "Ashraf Ghani"; "NATO_" -> "NATO"; "KASSYM-JOMART_TOKAYEV_" -> "Kassym-Jomart Tokayev"."""
    words = [w for w in raw.strip().strip("+").split("_") if w]
    if len(words) == 1 and 2 <= len(words[0]) <= 4 and words[0].isalpha():
        return words[0].upper()
    out = []
    for w in words:
        out.append("-".join(part[:1].upper() + part[1:].lower() for part in w.split("-")))
    return " ".join(out)


def _pdate(text: str, where: str, pivot: int = 50) -> dt.date:
    digits = text.strip()
    try:
        if len(digits) == 6 and digits.isdigit():
            yy = int(digits[:2])
            return dt.date(2000 + yy if yy < pivot else 1900 + yy, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8 and digits.isdigit():
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError as exc:
        raise KBError(f"{where}: bad date {text!r}: {exc}") from exc
    raise KBError(f"{where}: bad date {text!r} (YYMMDD or YYYYMMDD)")


def _actor_code(code: str, restriction: str, where: str, pivot: int = 50) -> ActorCode:
    r = restriction.strip()
    out = ActorCode(code.upper())
    if not r:
        return out
    if r.startswith(">"):
        out.start, out.start_text = _pdate(r[1:], where, pivot), r[1:].strip()
    elif r.startswith("<"):
        out.end, out.end_text = _pdate(r[1:], where, pivot), r[1:].strip()
    elif "-" in r:
        a, b = r.split("-", 1)
        out.start, out.start_text = _pdate(a, where, pivot), a.strip()
        out.end, out.end_text = _pdate(b, where, pivot), b.strip()
    else:
        raise KBError(f"{where}: date restriction {restriction!r} not understood (use a-b, >a or <b)")
    return out


def parse_actors(text: str, where: str = "<actors>", strict: bool = True, pivot: int = 50) -> PetrarchFile:
    """Parse the text of a ``.actors`` file (see the module docstring for the syntax).

    ``strict=False`` (the importer of the shipped Phoenix files) skips a code with a bad date and
    an entry without a code, listing them in ``ignored``, instead of raising :class:`KBError`.
    Two-digit years below ``pivot`` are 20YY, the others 19YY (the Phoenix files of 2014: pivot 15)."""
    result = PetrarchFile()
    current: ActorEntry | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        loc = f"{where} line {lineno}"
        if line.startswith(("<", "=", "%", "{")) or "{" in line:
            result.ignored.append((lineno, line))
            continue
        codes = []
        for c, rest in _CODE_RE.findall(line):
            try:
                codes.append(_actor_code(c, rest, loc, pivot))
            except KBError:
                if strict:
                    raise
                result.ignored.append((lineno, f"[{c} {rest.strip()}]"))
        head = _CODE_RE.sub("", line).strip()
        if head.startswith("+"):
            if current is None:
                raise KBError(f"{loc}: a synonym before any entry")
            current.names.append(petrarch_name(head))
            current.codes.extend(codes)
        elif head:
            current = ActorEntry([petrarch_name(head)], codes, lineno)
            result.actors.append(current)
        elif codes:
            if current is None:
                raise KBError(f"{loc}: a code before any entry")
            current.codes.extend(codes)
    for entry in result.actors:
        if not entry.codes and strict:
            raise KBError(f"{where} line {entry.line}: entry {entry.names[0]!r} has no [CODE]")
    if not strict:
        result.actors = [e for e in result.actors if e.codes]
    return result


def _expand_subst(pattern: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Za-z0-9_]+!", pattern)
    if m is None:
        return [pattern]
    alts = subst.get(m.group(0))
    if alts is None:
        return [pattern.replace(m.group(0), m.group(0).strip("!"))]
    out = []
    for alt in alts:
        out.extend(_expand_subst(pattern[: m.start()] + alt + pattern[m.end() :], subst))
    return out


def _agent_word(raw: str) -> str:
    return " ".join(w for w in raw.strip().strip("+").split("_") if w).lower()


def parse_agents(text: str, where: str = "<agents>") -> PetrarchFile:
    """Parse the text of a ``.agents`` file (see the module docstring for the syntax)."""
    result = PetrarchFile()
    subst: dict[str, list[str]] = {}
    last: AgentEntry | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        m = _SUBST_RE.match(line)
        if m:
            subst[m.group(1)] = [x for x in re.split(r"[,\s]+", m.group(2)) if x]  # "MAN, MEN, WOMAN"
            continue
        codes = _CODE_RE.findall(line)
        plurals = re.findall(r"\{([^}]*)\}", line)
        head = re.sub(r"\{[^}]*\}", "", _CODE_RE.sub("", line)).strip()
        patterns = [head] + [p for group in plurals for p in group.split()]
        if head.startswith("+") and last is not None and not codes:
            words = [_agent_word(x) for p in patterns for x in _expand_subst(p, subst)]
            last.words.extend(w for w in words if w)
            continue
        if not codes or not head or head.startswith(("<", "=", "%")):
            result.ignored.append((lineno, line))
            continue
        code = codes[0][0].replace("~", "").upper()[:3]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise KBError(f"{where} line {lineno}: agent code {codes[0][0]!r} is not a three-letter sector")
        words = [_agent_word(x) for p in patterns for x in _expand_subst(p, subst)]
        last = AgentEntry([w for w in words if w], code, lineno)
        result.agents.append(last)
    return result


# --------------------------------------------------------------------------------------------------
# conversion into the knowledge-base tables


def _split_code(code: str, tables: Tables) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO-style code: AFGGOV -> (AFG, GOV); IGOUNO -> (None, IGO)."""
    prefix, rest = code[:3], code[3:]
    if prefix in NO_COUNTRY_PREFIXES:
        sector = prefix if prefix in {"IGO", "NGO"} else (rest[:3] or None)
        return None, sector if sector in tables.sectors or sector in {"IGO", "NGO"} else None
    country = prefix if prefix in tables.countries else None
    sector = rest[:3] if rest[:3] in tables.sectors else None
    return country, sector


def _slug(name: str) -> str:
    return "petrarch-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _ensure_org(tables: Tables, code: str, sector: str | None, where: str) -> str:
    known = next((o.id for o in tables.orgs.values() if o.code == code), None)
    if known is not None:
        return known
    oid = _slug(code)
    if oid not in tables.orgs:
        sec = sector or "IGO"
        row: dict[str, Any] = {"id": oid, "name": code, "type": _TYPE_BY_SECTOR.get(sec, "other"), "sector": sec,
                               "country": None, "code": code}  # fmt: skip
        tables.orgs[oid] = org_from_row(row, where)
    return oid


def apply_petrarch(tables: Tables, text: str, path: Path) -> None:
    """Merge a ``.actors`` or ``.agents`` file into the tables."""
    where = str(path)
    if path.suffix.lower() == ".agents":
        _apply_agents(tables, parse_agents(text, where))
    else:
        _apply_actors(tables, parse_actors(text, where), where)


def _apply_agents(tables: Tables, parsed: PetrarchFile) -> None:
    for agent in parsed.agents:
        entry = tables.sectors.get(agent.code) or SectorEntry(code=agent.code, name=agent.code)
        words = tuple(dict.fromkeys((*entry.words, *agent.words)))
        tables.sectors[agent.code] = replace(entry, words=words, expanded_words=_expand(words))


def _apply_actors(tables: Tables, parsed: PetrarchFile, where: str) -> None:
    for entry in parsed.actors:
        loc = f"{where} line {entry.line}"
        name, aliases = entry.names[0], tuple(dict.fromkeys(entry.names[1:]))
        if any(c.dated for c in entry.codes):
            roles = []
            for c in entry.codes:
                country, sector = _split_code(c.code, tables)
                org = None
                if country is None:
                    org = _ensure_org(tables, c.code, sector, loc)
                roles.append(
                    Role(title=f"{c.code} (PETRARCH dictionary)", sector=sector if country else None, country=country,
                         org=org, start=c.start, end=c.end, start_text=c.start_text, end_text=c.end_text)
                )  # fmt: skip
            pid = _slug(name)
            tables.persons[pid] = PersonEntry(id=pid, name=name, aliases=aliases, roles=tuple(roles))
            continue
        code = entry.codes[0].code
        if len(code) == 3 and code in tables.countries:
            base = tables.countries[code]
            extra = tuple(n for n in entry.names if n not in (base.name, *base.aliases))
            tables.countries[code] = country_from_row({"iso3": code, "aliases": [*base.aliases, *extra]}, loc, base)
            continue
        country, sector = _split_code(code, tables)
        sec = sector or ("IGO" if code.startswith("IGO") else "NGO" if code.startswith("NGO") else "UAF")
        row: dict[str, Any] = {"id": _slug(name), "name": name, "aliases": list(aliases),
                               "type": _TYPE_BY_SECTOR.get(sec, "other"), "sector": sec, "country": country,
                               "code": code}  # fmt: skip
        new_org = org_from_row(row, loc)
        tables.orgs[new_org.id] = new_org
