"""Office holders: a phrase that names an office of a country and no person ("the German chancellor",
"the president of Brazil", "the Pope") resolves, on a date, to the person who held it
(docs/knowledge-base.md, "Office holders"; the office words are in ``data/kb/offices.yaml``).

Only the curated and user layers are asked: the imported layer's roles carry no titles.  An office
with no holder or with more than one holder on the date in the knowledge base gives nothing, and
the phrase stays the country and its sector.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsevents.kb.entries import CountryEntry, KBError, PersonEntry, Role, fold
from newsevents.kb.match import Hit, Match, Token, tokenize
from newsevents.kb.yamlload import kb_mapping

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase

_PREFIXES = ("", "acting ", "interim ", "transitional ", "caretaker ", "provisional ")
# name words that are no surname ("bin", "al"): a title before them names nobody
_NAME_PARTICLES = frozenset({"bin", "ibn", "abu", "abd", "the", "van", "von", "der", "den", "del", "des", "dos", "das"})


@dataclass(frozen=True)
class OfficeWords:
    titles: Mapping[str, frozenset[str]]  # office word -> the role titles it names (folded)
    sole: Mapping[str, str]  # office word with one holder in the world -> its country
    # office word -> the titles it names in an organisation only ("the IAEA chief": its Director General)
    org_titles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()  # words for the head of a named state institution ("the Fed chairman")
    lesser: frozenset[str] = frozenset()  # words before an office word that name another office ("deputy")
    agencies: tuple[str, ...] = ()  # words after an organisation + a topic that name its agency ("UN refugee agency")


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def _office_files() -> list[str]:
    """``offices.yaml``, then every ``offices_*.yaml`` in name order (each adds titles to the words)."""
    folder = resources.files("newsevents").joinpath("data", "kb")
    more = sorted(p.name for p in folder.iterdir() if p.name.startswith("offices_") and p.name.endswith(".yaml"))
    return ["offices.yaml", *more]


_LISTS = ("heads", "lesser", "agencies")


def _read_office_file(name: str) -> dict[str, Any]:
    data = kb_mapping(name, ("titles", "sole", "org_titles", *_LISTS))
    for key in ("titles", "sole", "org_titles"):
        if not isinstance(data.get(key) or {}, dict):
            raise KBError(f"{name}: {key!r} must be a mapping")
    for key in ("titles", "org_titles"):
        for word, others in (data.get(key) or {}).items():
            if not isinstance(others, list):
                raise KBError(f"{name}: {key} of {word!r} must be a list")
    for key in _LISTS:
        if not isinstance(data.get(key) or [], list):
            raise KBError(f"{name}: {key!r} must be a list")
    return data


def _merge(into: dict[str, set[str]], raw: dict[str, Any]) -> None:
    for word, others in raw.items():
        into.setdefault(_key(str(word)), {_key(str(word))}).update(_key(str(o)) for o in others)


def _prefixed(names: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """Each office word's titles, also with each of the title prefixes (_PREFIXES)."""
    return {word: frozenset(p + n for n in ns for p in _PREFIXES) for word, ns in names.items()}


@functools.lru_cache(maxsize=1)
def office_words() -> OfficeWords:
    """The office words of ``data/kb/offices.yaml`` and ``offices_*.yaml`` (a word's titles are merged)."""
    names: dict[str, set[str]] = {}
    org_names: dict[str, set[str]] = {}
    raw_sole: dict[str, Any] = {}
    lists: dict[str, set[str]] = {k: set() for k in _LISTS}
    for file_name in _office_files():
        data = _read_office_file(file_name)
        _merge(names, data.get("titles") or {})
        _merge(org_names, data.get("org_titles") or {})
        raw_sole.update(data.get("sole") or {})
        for key in _LISTS:
            lists[key].update(_key(str(w)) for w in data.get(key) or [])
    titles, org_titles = _prefixed(names), _prefixed(org_names)
    sole = {_key(str(w)): str(c) for w, c in raw_sole.items()}
    for w in sole:
        titles.setdefault(w, frozenset(p + w for p in _PREFIXES))
    agencies = tuple(sorted(lists["agencies"]))
    return OfficeWords(titles, sole, org_titles, frozenset(lists["heads"]), frozenset(lists["lesser"]), agencies)


@dataclass(frozen=True)
class FormerState:
    """A state of ``data/kb/former_states.yaml``: the knowledge base codes it as its successor
    ``country``; after ``until`` an office named with its words has no holder; ``titles``: office word
    -> the role titles it names while the state existed (folded)."""

    name: str
    country: str
    until: dt.date
    titles: Mapping[str, frozenset[str]]


def _day(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as e:
        raise KBError(f"former_states.yaml: {where}: not a date: {value!r}") from e


@functools.lru_cache(maxsize=1)
def former_states() -> Mapping[str, FormerState]:
    """The words of ``data/kb/former_states.yaml`` (folded) -> their former state."""
    out: dict[str, FormerState] = {}
    for raw in kb_mapping("former_states.yaml", ("states",)).get("states") or []:
        if not isinstance(raw, dict) or set(raw) - {"name", "country", "words", "until", "titles"}:
            raise KBError(f"former_states.yaml: an entry needs name, country, words, until (titles): {raw!r}")
        titles = {_key(str(w)): frozenset(_key(str(t)) for t in ts) for w, ts in (raw.get("titles") or {}).items()}
        state = FormerState(str(raw["name"]), str(raw["country"]), _day(raw["until"], str(raw["name"])), titles)
        for word in raw.get("words") or []:
            out[_key(str(word))] = state
    return out


@functools.lru_cache(maxsize=256)
def _federal_titles(country: str, word: str) -> frozenset[str]:
    """The titles the office ``word`` names for the former states coded as ``country``: the successor's
    own words do not name them."""
    states = {id(st): st for st in former_states().values() if st.country == country}.values()
    return frozenset(t for st in states for t in st.titles.get(word, ()))


@dataclass(frozen=True)
class Vacancy:
    """An office of ``data/kb/vacancies.yaml``: nobody held it from ``first`` to ``last`` (None: open)."""

    first: dt.date | None
    last: dt.date | None
    note: str


@functools.lru_cache(maxsize=1)
def vacancies() -> Mapping[tuple[str, str], tuple[Vacancy, ...]]:
    """(ISO3, office word folded) -> the spans in which nobody held the office (data/kb/vacancies.yaml)."""
    out: dict[tuple[str, str], list[Vacancy]] = {}
    for raw in kb_mapping("vacancies.yaml", ("vacancies",)).get("vacancies") or []:
        if not isinstance(raw, dict) or set(raw) - {"country", "words", "from", "until", "note"} or "words" not in raw:
            raise KBError(f"vacancies.yaml: an entry needs country, words, note (from, until): {raw!r}")
        where = f"vacancies.yaml {raw.get('country')}"
        first = _day(raw["from"], where) if raw.get("from") is not None else None
        last = _day(raw["until"], where) if raw.get("until") is not None else None
        for word in raw["words"]:
            out.setdefault((str(raw["country"]), _key(str(word))), []).append(Vacancy(first, last, str(raw["note"])))
    return {k: tuple(v) for k, v in out.items()}


def no_holder(state: FormerState | None, country: str, word: str, on_date: dt.date) -> str | None:
    """Why nobody holds the office ``word`` of ``country`` on the date, or None: the former ``state`` had
    ended ("the Soviet leader" in 1995), or the office was vacant, abolished or not yet created
    (data/kb/vacancies.yaml: "the Turkish prime minister" in 2020; not for a former state's own words: "the
    Soviet president" in 1991 is Gorbachev though Russia had no president yet)."""
    if state is not None and on_date > state.until:
        return f"no '{word}' of the {state.name} on {on_date.isoformat()} (it ended {state.until})"
    for v in () if state is not None else vacancies().get((country, _key(word)), ()):  # (its own titles)
        if (v.first is None or v.first <= on_date) and (v.last is None or on_date <= v.last):
            return f"no {country} '{word}' on {on_date.isoformat()}: {v.note}"
    return None


def former_state(word: str) -> FormerState | None:
    """The former state a country word names ("Yugoslav", "Soviet"), if any."""
    return former_states().get(_key(word))


def institution_names(entry: CountryEntry | None, first: Match) -> list[str]:
    """The names of the named state institution (a metonym written with a sector in countries.tsv) that the
    match ``first`` is ("Fed": Federal Reserve, Fed), or none."""
    hits = first.of("metonym")
    if not hits or entry is None:
        return []
    alias = hits[0].alias
    names = [n for w, n in entry.institutions if fold(w) == fold(alias)]
    return [*names, alias] if names else []


def agency_match(
    match: Callable[[str, Sequence[Token]], list[Match]],
    org: Match | Token,
    between: Sequence[Match | Token],
    agencies: Sequence[str],
) -> Match | None:
    """The organisation that an organisation's name, the lower-case words between it and an office word and an
    agency word name as a whole ("UN" "refugee" + "agency": the "UN refugee agency", UNHCR), as a match over
    those words; None when no such alias is known ("the UN deputy secretary-general")."""
    if not isinstance(org, Match) or not between:
        return None
    words = " ".join(u.text for u in (org, *between))
    for suffix in agencies:
        text = f"{words} {suffix}"
        toks = tokenize(text)
        found = [m for m in match(text, toks) if m.of("org") and m.i == 0 and m.j == len(toks)]
        if found:
            last = between[-1]
            j = last.j if isinstance(last, Match) else org.j + len(between)
            return Match(org.i, j, org.start, last.end, words, found[0].hits)
    return None


class OfficeIndex:
    """(country, folded role title) -> the persons' roles, over the curated and user layers."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.words = office_words()
        wanted = {t for ts in (*self.words.titles.values(), *self.words.org_titles.values()) for t in ts}
        wanted |= {t for st in former_states().values() for ts in st.titles.values() for t in ts}
        self.roles: dict[tuple[str, str], list[tuple[PersonEntry, Role]]] = {}
        # a word of an office holder's name -> (folded title, person, role): "President Jonathan"
        self.by_name: dict[str, list[tuple[str, PersonEntry, Role]]] = {}
        self.held: dict[str, list[tuple[str, Role]]] = {}  # person id -> their office roles
        # country -> (folded title, person, role) of every role: the heads of named state institutions
        self.by_country: dict[str, list[tuple[str, PersonEntry, Role]]] = {}
        for p in kb.persons.values():
            if kb.layer_of(p.kb_id) == "imported":
                continue
            words = {t.key for n in (p.name, *p.aliases) for t in tokenize(n) if len(t.key) >= 3}
            for r in p.roles:
                title = _key(r.title)
                if r.country:
                    self.by_country.setdefault(r.country, []).append((title, p, r))
                if r.org and title in wanted:
                    self.roles.setdefault(("org:" + r.org, title), []).append((p, r))
                if r.country and title in wanted:
                    self.roles.setdefault((r.country, title), []).append((p, r))
                    for w in words - _NAME_PARTICLES:
                        self.by_name.setdefault(w, []).append((title, p, r))
                    self.held.setdefault(p.id, []).append((title, r))

    def holder_named(self, word: str, name_word: str, on_date: dt.date) -> tuple[PersonEntry, Role] | None:
        """The one person, of any country, who holds the office ``word`` on the date and has
        ``name_word`` (a token key) in a name: "President Jonathan" in 2014, "President Roh" in 1990."""
        titles = self.words.titles.get(_key(word))
        if not titles:
            return None
        found: dict[str, tuple[PersonEntry, Role]] = {}
        for title, p, r in self.by_name.get(name_word, ()):
            if title in titles and r.valid_on(on_date):
                found.setdefault(p.kb_id, (p, r))
        return next(iter(found.values())) if len(found) == 1 else None

    def holds(self, person_id: str, word: str, on_date: dt.date) -> bool:
        """Whether the person holds the office ``word`` on the date (curated and user layers)."""
        titles = self.words.titles.get(_key(word)) or frozenset()
        return any(title in titles and r.valid_on(on_date) for title, r in self.held.get(person_id, ()))

    def first_held(self, person_id: str, word: str) -> dt.date | None:
        """The first day the person holds the office ``word`` (curated and user layers), if ever."""
        titles = self.words.titles.get(_key(word)) or frozenset()
        starts = [r.start for title, r in self.held.get(person_id, ()) if title in titles and r.start is not None]
        return min(starts) if starts else None

    def is_office(self, word: str) -> bool:
        key = _key(word)
        return key in self.words.titles or key in self.words.org_titles or key in self.words.heads

    def lesser(self, word: str) -> bool:
        """Whether ``word`` before an office word names another office ("deputy president")."""
        return _key(word) in self.words.lesser

    def institution_head(
        self, country: str, names: Sequence[str], word: str, on_date: dt.date
    ) -> tuple[PersonEntry, Role] | None:
        """The one person who heads, on the date, the named state institution of ``country`` called any
        of ``names`` ("Federal Reserve", "Fed"), named by the head word ``word`` ("chairman", "governor"):
        a role whose title holds the institution's name and a head word, and no lesser word ("Chairman of
        the Federal Reserve", "Governor of the Bank of Japan"; not "Deputy Governor of ...")."""
        if _key(word) not in self.words.heads:
            return None
        keys = [f" {_key(n)} " for n in names if n]
        found: dict[str, tuple[PersonEntry, Role]] = {}
        for title, p, r in self.by_country.get(country, ()):
            words = set(title.split())
            if words.isdisjoint(self.words.heads) or not words.isdisjoint(self.words.lesser):
                continue
            if any(k in f" {title} " for k in keys) and r.valid_on(on_date):
                found.setdefault(p.kb_id, (p, r))
        return next(iter(found.values())) if len(found) == 1 else None

    def sole_country(self, word: str) -> str | None:
        return self.words.sole.get(_key(word))

    def holder(
        self, country: str, word: str, on_date: dt.date, state: FormerState | None = None
    ) -> tuple[PersonEntry, Role] | None:
        """The one person whose role in ``country`` (an ISO3 code, or ``org:ID`` for an organisation's
        office: "the UN secretary-general") named by the office ``word`` is valid on the date; for a former
        ``state`` ("the Yugoslav president"): none after its end, its own titles of the office before."""
        if state is not None and on_date > state.until:
            return None
        titles = (state.titles.get(_key(word)) if state is not None else None) or self.words.titles.get(_key(word))
        if country.startswith("org:"):  # "the IAEA chief": the organisation's own words too
            titles = (titles or frozenset()) | self.words.org_titles.get(_key(word), frozenset())
        if not titles:
            return None
        if state is None and not country.startswith("org:"):  # "the Russian president" in 1990: not Gorbachev
            titles = titles - _federal_titles(country, _key(word))
        found: dict[str, tuple[PersonEntry, Role]] = {}
        for title in titles:
            for p, r in self.roles.get((country, title), ()):
                if r.valid_on(on_date):
                    found.setdefault(p.kb_id, (p, r))
        if len(found) != 1:
            return None
        return next(iter(found.values()))


_NOT_THE_TITLE = re.compile(r"(?:vice|deputy|vice-)\s*$")


def titled_roles(roles: Sequence[Role], span: Sequence[Match]) -> list[Role]:
    """The roles whose title is named by a sector word of the phrase ("Prime Minister Haniyeh" ->
    the Prime Minister role, not the Hamas one); "President" does not name "Vice President"."""
    words = [fold(m.text) for m in span if m.of("sector") and not m.of("person")]
    out = []
    for r in roles:
        title = fold(r.title)
        for w in words:
            for hit in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", title):
                if not _NOT_THE_TITLE.search(title[: hit.start()]):
                    out.append(r)
                    break
            else:
                continue
            break
    return out


def titled_surnames(
    offices: OfficeIndex, tokens: Sequence[Token], matches: list[Match], on_date: dt.date
) -> list[Match]:
    """An office word and one capitalised word that names no known holder of it ("President
    Jonathan", "President Roh", "Prime Minister Sharif", "President Aliyev" in 1999): the one curated
    holder of that office on the date with that word in a name (kb/offices.py), if there is one."""
    out = list(matches)
    for n, m in enumerate(matches):
        k = m.j
        if "sector" not in m.kinds or k >= len(tokens) or not tokens[k].is_word or not tokens[k].text[:1].isupper():
            continue
        if k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].text[:1].isupper():
            continue  # a full name follows: the matcher's business
        nxt = matches[n + 1] if n + 1 < len(matches) and matches[n + 1].i == k else None
        if nxt is not None and (nxt.j != k + 1 or not nxt.kinds <= {"person"}):
            continue  # a country, an organisation or a longer name
        if not offices.is_office(m.text):
            continue
        holders = [h for h in nxt.hits if offices.holds(h.ref, m.text, on_date)] if nxt is not None else []
        if nxt is not None and holders:  # "President Putin" in 2005: the name names the holder;
            if len(holders) == 1 < len(nxt.hits):  # "Prime Minister Sharif" in 2014: of three Sharifs
                out[out.index(nxt)] = Match(nxt.i, nxt.j, nxt.start, nxt.end, nxt.text, holders, nxt.compound)
            continue
        found = offices.holder_named(m.text, tokens[k].key, on_date)
        if found is None:
            continue
        tok = tokens[k]
        hit = Hit("person", found[0].id, tok.text)
        new = Match(k, k + 1, tok.start, tok.end, tok.text, [hit])
        out = [x for x in out if x is not nxt]
        out.insert(out.index(m) + 1, new)
    return out
