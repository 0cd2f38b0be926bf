"""Alias matching for the phrase resolver: the tokenizer, the alias index and the longest-first
matcher with its case rules (all-capitals aliases need capitals, proper names an initial capital),
false friends (``BLOCKERS``) and given names that look like countries ("Michael Jordan").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from newsevents.kb.entries import fold
from newsevents.kb.spellings import not_misspelt, other_spellings

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase
    from newsevents.kb.entries import OrgEntry, PersonEntry

_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019\u02bc.\-][^\W_]+)*\.?|[,;&/()]")
COORDINATORS = frozenset({"and", "or", "nor", ",", ";", "&", "/"})
COORDINATOR_SEQUENCES = (("as", "well", "as"), ("along", "with"), ("together", "with"))
PREPOSITIONS = frozenset(
    "of to in at from for with on by against near inside into over under between among across within "
    "outside about toward towards through via behind".split()
)
FORMER_WORDS = frozenset(
    {"former", "ex", "erstwhile", "ousted", "deposed", "toppled", "overthrown", "exiled", "late", "onetime", "one-time"}
)
SKIP_WORDS = frozenset({"both", "either", "neither"})
# the kinds of alias that name a place (a country, its demonym, a metonym, a region)
PLACE_KINDS = ("country", "demonym", "metonym", "region")
# Country names that are also given names: ignored next to an unknown capitalised word.
NAME_LIKE = frozenset({"jordan", "chad", "georgia"})
_FUNCTION_WORDS = PREPOSITIONS | {"the", "a", "an", "and", "or"}
# Phrases that contain a country word but do not denote that country.
BLOCKERS = (
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "North America", "North American", "North Americans", "Central America",
    "Central American", "Central Americans", "African American", "African Americans",
    "Native American", "Native Americans", "American Indian", "American Indians", "Indian Ocean",
    "New Jersey", "New Mexico", "New Mexican", "New Guinea", "New England",
    "Washington State", "Gulf of Mexico", "Gulf of Guinea", "Jordan River", "Jordan Valley",
    "Niger River", "Georgia Tech", "Irish Sea", "English Channel", "guinea pig",
    "guinea pigs", "Arabian Sea", "Chinese New Year", "Swiss Army knife", "Swiss Army knives",
)  # fmt: skip
NAMED_KINDS = ("person", "org", *PLACE_KINDS)


class Token(NamedTuple):  # a named tuple: a phrase makes many, and a frozen dataclass is slow to build
    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


_findall = _TOKEN_RE.findall
_new_token = tuple.__new__  # Token(...) goes through a Python-level __new__; this builds the same tuple


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens with character offsets into ``text``."""
    out: list[Token] = []
    append = out.append
    find = text.find
    s = 0
    for w in _findall(text):
        # where the match starts: the first occurrence from the end of the previous one (the text
        # skipped between matches has no character a match can start with)
        s = find(w, s)
        for word, start, end, key in _word_tokens(w):
            append(_new_token(Token, (word, s + start, s + end, key)))
        s += len(w)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _word_tokens(t: str) -> tuple[Token, ...]:
    """The tokens of one word, with offsets from its start (memoised: words recur)."""
    norm = t.replace("\u2019", "'").replace("\u02bc", "'")
    if len(t) > 2 and norm.lower().endswith("'s"):
        return _token(t[:-2], 0), Token(t[-2:], len(t) - 2, len(t), "'s")
    if t[:1].isupper() and "-" in t and t.rsplit("-", 1)[1].isalpha() and t.rsplit("-", 1)[1].islower():
        # "Vietnamese-led", "Saudi-backed": the name, then the participle ("Kassym-Jomart" stays)
        cut = t.rindex("-")
        return _token(t[:cut], 0), _token(t[cut + 1 :], cut + 1)
    return (_token(t, 0),)


def _token(t: str, s: int) -> Token:
    end = s + len(t)
    if t.endswith(".") and "." not in t[:-1] and len(t) > 2:  # sentence-final dot, not "U.S."
        end -= 1
        t = t[:-1]
    return Token(t, s, end, fold(t).replace(".", ""))


_NO_KINDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Hit:
    kind: str  # person | org | country | demonym | metonym | region | sector | blocker
    ref: str  # person id | org id | ISO3 | sector code | ""
    alias: str
    sector: str | None = None  # metonym sector, or the sector of a sector word
    weak: bool = False
    case: str = "any"  # any | cap | upper
    imported: bool = False  # an imported agent word: it gives a sector, it makes no actor alone


def _hit(kind: str, ref: str, alias: str, case: str) -> Hit:
    """``Hit(kind, ref, alias, case=case)`` without the frozen dataclass's slow ``__init__`` (the
    index holds ~37,000 hits of imported names; the same object, equal to one built the usual way)."""
    hit = object.__new__(Hit)
    hit.__dict__.update(kind=kind, ref=ref, alias=alias, sector=None, weak=False, case=case, imported=False)
    return hit


@dataclass(slots=True)
class Match:
    i: int
    j: int
    start: int
    end: int
    text: str
    hits: list[Hit]
    compound: bool = False  # written as the first part of a hyphen compound ("U.S.-backed")
    # the kinds of the hits, for a quick "none" (computed when not given)
    kinds: frozenset[str] = field(default=_NO_KINDS, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.kinds:
            self.kinds = frozenset([h.kind for h in self.hits])

    def of(self, *kinds: str) -> list[Hit]:
        if self.kinds.isdisjoint(kinds):
            return []
        return [h for h in self.hits if h.kind in kinds]


FUZZY_MIN_LEN = 7  # a misspelt word has at least 7 letters, the name it misspells at least 6
# Real names one edit away from a country name: never taken for a misspelling.


def _deletions(word: str) -> set[str]:
    return {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insertion, deletion, substitution or transposition."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


# the hits of an alias key (and their kinds) after a capitalised first word, and after one without
_Cased = tuple[list[Hit], frozenset[str], list[Hit], frozenset[str]]


def _kinds(hits: Sequence[Hit]) -> frozenset[str]:
    return frozenset([h.kind for h in hits])


def case_rule(alias: str, kind: str) -> str:
    """How an alias must be written in the text: "upper" (all capitals), "cap" (a capital) or "any"."""
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        parts = alias.split("-")
        if len(parts) > 1 and kind in NAMED_KINDS and all(len(x) >= 3 and x.isalpha() for x in parts):
            return "cap"  # two acronyms joined by a hyphen ("ITAR-TASS") are also written "Itar-Tass"
        return "upper"
    if kind in NAMED_KINDS and alias[:1].isupper():
        return "cap"
    return "any"


_CASE_STRICTNESS = {"any": 0, "cap": 1, "upper": 2}


def _case_ok(rule: str, tokens: Sequence[Token]) -> bool:
    if rule == "upper":
        letters = [c for t in tokens for c in t.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if rule == "cap":
        return tokens[0].text[:1].isupper()
    return True


_MEMBER_TYPES = frozenset({"armed_group", "party", "other"})  # "other": movements ("Red Shirt protesters")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _attributive(alias: str) -> str | None:
    """The singular a group's plural name takes before a noun ("Tamil Tigers" -> "Tamil Tiger rebels",
    "Sandinistas" -> "a Sandinista commander"): the last word of a name of several words that ends in
    a plain "s", or a one-word name ending in "ists"/"istas"; None for any other name ("Hamas")."""
    words = alias.split()
    last = words[-1] if words else ""
    if len(words) > 1 and len(last) >= 4 and last[:1].isupper() and last.endswith("s") and not last.endswith("ss"):
        return alias[:-1]
    if len(words) == 1 and last[:1].isupper() and last.endswith(("ists", "istas")):
        return alias[:-1]
    return None


class AliasMatcher:
    """An index of every knowledge-base alias and a longest-first matcher over phrase tokens."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index: dict[tuple[str, ...], list[Hit]] = {}
        self.prefixes: set[tuple[str, ...]] = set()  # every leading part of two words or more of an index key
        for c in kb.countries.values():
            for w in (c.name, *c.aliases):
                self._add(w, Hit("country", c.iso3, w, case=case_rule(w, "country")))
            for w in c.demonyms:
                self._add(w, Hit("demonym", c.iso3, w, case=case_rule(w, "demonym")))
            for w, sector in c.metonyms:
                self._add(w, Hit("metonym", c.iso3, w, sector=sector, case=case_rule(w, "metonym")))
            for w in c.peoples:  # a people: a region hit with the sector CVL ("Yazidis")
                self._add(w, Hit("region", c.iso3, w, sector="CVL", case=case_rule(w, "region")))
            for w in c.subdivisions:  # a state or province: a region hit ("Texas")
                self._add(w, Hit("region", c.iso3, w, case=case_rule(w, "region")))
            for w in c.regions:
                found = kb.alias_keys.get(w)
                if found is None:
                    self._add(w, Hit("region", c.iso3, w, case=case_rule(w, "region")))
                else:
                    self._add_key(found[0], Hit("region", c.iso3, w, case=found[1]))
        # their keys: matched through the index alone (no precomputed entry in ``cased``)
        imported: set[tuple[str, ...]] = set()
        self.imported_keys = imported
        for kind, named in (("org", kb.orgs.values()), ("person", kb.persons.values())):
            self._add_named(kind, named, kb.alias_keys, imported)
        for s in kb.sectors.values():
            for w in s.expanded_words:
                self._add(w, Hit("sector", s.code, w, sector=s.code))
            for w in s.expanded_weak:
                self._add(w, Hit("sector", s.code, w, sector=s.code, weak=True))
            for w in s.imported_words:
                self._add(w, Hit("sector", s.code, w, sector=s.code, imported=True))
        for w in BLOCKERS:
            self._add(w, Hit("blocker", "", w))
        # Misspelt country names and demonyms ("Ethopia", "Quatar", "Afganistan"): one edit away
        # from a single-word name of at least FUZZY_MIN_LEN letters, written with a capital.
        self.fuzzy: dict[str, set[tuple[str, str, str]]] = {}
        for c in kb.countries.values():
            for kind, words in (("country", (c.name, *c.aliases)), ("demonym", c.demonyms)):
                for w in words:
                    key = tuple(t.key for t in tokenize(w))
                    if len(key) == 1 and len(key[0]) >= FUZZY_MIN_LEN - 1 and w[:1].isupper():
                        for d in _deletions(key[0]):
                            self.fuzzy.setdefault(d, set()).add((kind, c.iso3, w))
        self._index_tables(imported)
        self._misspelt_memo: dict[str, Hit | None] = {}  # per folded word: not phrase results

    def _add_named(
        self,
        kind: str,
        named: Iterable[OrgEntry | PersonEntry],
        pre: Mapping[str, tuple[tuple[str, ...], str]],
        imported: set[tuple[str, ...]],
    ) -> None:
        """Index the names of organisations or persons; ``pre``: the imported layer's precompiled
        keys and case rules (their keys are added to ``imported``)."""
        index = self.index
        for e in named:
            eid = e.id
            curated = not eid.startswith("phoenix-")
            for w in (e.name, *e.aliases):
                found = pre.get(w)
                if found is None:
                    self._add(w, Hit(kind, eid, w, case=case_rule(w, kind)))
                else:  # _add_key, inlined: most names are imported ones
                    key = found[0]
                    hits = index.get(key)
                    if hits is None:
                        index[key] = [_hit(kind, eid, w, found[1])]
                        if len(key) > 1:
                            self.prefixes.update([key[:k] for k in range(2, len(key) + 1)])
                    elif not any(h.kind == kind and h.ref == eid and not h.weak for h in hits):
                        hits.append(_hit(kind, eid, w, found[1]))
                    imported.add(key)
                if not curated:
                    continue
                one = _attributive(w) if getattr(e, "type", None) in _MEMBER_TYPES else None
                if one is not None:  # "Tamil Tiger rebels", "a Sandinista official"
                    self._add(one, Hit(kind, eid, one, case=case_rule(one, kind)))
                spelt = w.translate(_UMLAUTS)
                if spelt != w:  # "Joerg Haider", "Gerhard Schroeder": umlauts written out
                    self._add(spelt, Hit(kind, eid, w, case=case_rule(spelt, kind)))
                if kind == "person":  # "Mullah Mohammed Omar" for "Mullah Mohammad Omar" (kb/spellings.py)
                    for other in other_spellings(w):
                        self._add(other, Hit(kind, eid, w, case=case_rule(other, kind)))

    def _index_tables(self, imported: set[tuple[str, ...]]) -> None:
        """The lookup tables over the finished index: ``cased`` and ``first``."""
        # Per first word, the longest alias it starts (1 for most: no prefix walk needed).
        first_len: dict[str, int] = {}
        get = first_len.get
        for key in self.index:
            if len(key) > get(key[0], 1):
                first_len[key[0]] = len(key)
            elif key[0] not in first_len:
                first_len[key[0]] = 1
        # Per key without an all-capitals alias: the hits that match (and their kinds) when the
        # first word has a capital and when it has none (only "cap" rules differ between them).
        self.cased: dict[tuple[str, ...], _Cased] = {}
        for k, hs in self.index.items():
            if k not in imported and all(h.case != "upper" for h in hs):
                lower = [h for h in hs if h.case == "any"]
                self.cased[k] = (hs, _kinds(hs), lower, _kinds(lower))
        # Per first word: its longest alias and, when that is the word alone and has no all-capitals
        # alias, the word's entry in cased (one lookup for most words).
        self.first: dict[str, tuple[int, _Cased | None]] = {
            w: (top, self.cased.get((w,)) if top == 1 else None) for w, top in first_len.items()
        }

    def _add(self, alias: str, hit: Hit) -> None:
        self._add_key(tuple(t.key for t in tokenize(alias)), hit)

    def _add_key(self, key: tuple[str, ...], hit: Hit) -> None:
        if not key:
            return
        hits = self.index.get(key)
        if hits is None:
            self.index[key] = [hit]
            if len(key) > 1:
                self.prefixes.update([key[:k] for k in range(2, len(key) + 1)])
        else:
            for k, h in enumerate(hits):
                if h.kind == hit.kind and h.ref == hit.ref and h.weak == hit.weak:
                    # One entry's aliases that differ only in case ("RENAMO", "Renamo"): the looser
                    # case rule is kept, else the first spelling would hide the second.
                    # Persons keep the first spelling's rule: "bin Laden" after "Bin Laden" stays unmatched
                    # (matched, it made the praise of an attack an event the blind floors count as false).
                    if hit.kind != "person" and _CASE_STRICTNESS[hit.case] < _CASE_STRICTNESS[h.case]:
                        hits[k] = hit
                    return
            hits.append(hit)

    # -- matching -------------------------------------------------------------------------------

    def match(self, text: str, tokens: Sequence[Token]) -> list[Match]:
        out: list[Match] = []
        i, n = 0, len(tokens)
        keys = [t[3] for t in tokens]
        first = self.first
        index = self.index  # keys with an all-capitals alias (the others are in cased)
        prefixes = self.prefixes
        cased = self.cased
        name_like = False
        while i < n:
            # No alias is longer than the longest run of keys from i that starts some alias (none
            # when the word starts none).
            found = first.get(keys[i])
            if found is None:
                name_like = self._add_misspelt(out, i, tokens[i]) or name_like
                i += 1
                continue
            top, one = found
            if one is not None:  # only a one-word alias starts here, and no all-capitals one
                t = tokens[i]
                hits, kinds = (one[0], one[1]) if t[0][:1].isupper() else (one[2], one[3])
                if hits:
                    start, end = t[1], t[2]
                    compound = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
                    out.append(Match(i, i + 1, start, end, text[start:end], list(hits), compound, kinds))
                    name_like = name_like or t[3] in NAME_LIKE
                else:
                    name_like = self._add_misspelt(out, i, t) or name_like
                i += 1
                continue
            if top > 1:
                longest = 1
                top = min(top, n - i)
                while longest < top and tuple(keys[i : i + longest + 1]) in prefixes:
                    longest += 1
            else:
                longest = top
            for length in range(longest, 0, -1):
                key = (keys[i],) if length == 1 else tuple(keys[i : i + length])
                entry = cased.get(key)
                if entry is None:
                    indexed = index.get(key)
                    if not indexed:
                        continue
                    span = tokens[i : i + length]
                    hits = [h for h in indexed if _case_ok(h.case, span)]
                    kinds = _kinds(hits)
                elif tokens[i][0][:1].isupper():
                    hits, kinds = list(entry[0]), entry[1]
                else:
                    hits, kinds = list(entry[2]), entry[3]
                if hits:
                    if length > 1 and key[0] == "the" and self._longest_at(tokens, i + 1) >= length:
                        i += 1  # "the Sudan People's Liberation Army": a longer name after "the" wins
                        break
                    start = tokens[i][1]
                    end = tokens[i + length - 1][2]
                    compound = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
                    out.append(Match(i, i + length, start, end, text[start:end], hits, compound, kinds))
                    name_like = name_like or (length == 1 and key[0] in NAME_LIKE)
                    i += length
                    break
            else:
                name_like = self._add_misspelt(out, i, tokens[i]) or name_like
                i += 1
        if not name_like:  # no match that can be a given name (see _name_like)
            return out
        matched = {k for m in out for k in range(m.i, m.j)}
        return [m for m in out if not self._name_like(m, tokens, matched)]

    def _longest_at(self, tokens: Sequence[Token], i: int) -> int:
        """The number of words of the longest alias that matches from token ``i`` on (0: none)."""
        keys = [t[3] for t in tokens]
        found = self.first.get(keys[i]) if i < len(keys) else None
        if found is None:
            return 0
        top, longest = min(found[0], len(keys) - i), 1
        while longest < top and tuple(keys[i : i + longest + 1]) in self.prefixes:
            longest += 1
        for length in range(longest, 0, -1):
            span = tokens[i : i + length]
            if any(_case_ok(h.case, span) for h in self.index.get(tuple(keys[i : i + length]), ())):
                return length
        return 0

    def _add_misspelt(self, out: list[Match], i: int, t: Token) -> bool:
        """Add the misspelling match of a capitalised long word that matched nothing, if any."""
        if len(t[3]) < FUZZY_MIN_LEN or not t[0][:1].isupper():
            return False
        near = self._misspelt_match(i, t)
        if near is not None:
            out.append(near)
        return near is not None

    def _misspelt_match(self, i: int, t: Token) -> Match | None:
        near = self._misspelt(t)
        if near is None:
            return None
        text = f"{t.text} (spelt so; {near.alias})"
        return Match(i, i + 1, t.start, t.end, text, [near], False, frozenset((near.kind,)))

    def _misspelt(self, t: Token) -> Hit | None:
        """The one country name or demonym a capitalised unknown word is a misspelling of."""
        if len(t.key) < FUZZY_MIN_LEN or not t.text[:1].isupper():
            return None
        memo = self._misspelt_memo
        if t.key in memo:
            return memo[t.key]
        if len(memo) >= 1 << 16:
            memo.clear()
        memo[t.key] = found = self._misspelling_of(t.key)
        return found

    def _misspelling_of(self, key: str) -> Hit | None:
        """:meth:`_misspelt` for the folded word ``key`` (of a capitalised word)."""
        if (key,) in self.index or key in not_misspelt():
            return None
        found = {
            (kind, iso3, alias)
            for d in _deletions(key)
            for kind, iso3, alias in self.fuzzy.get(d, ())
            if _one_edit(key, fold(alias).replace(".", ""))
        }
        if len({iso3 for _, iso3, _ in found}) != 1:
            return None
        kind, iso3, alias = sorted(found)[0]
        return Hit(kind, iso3, alias, case="cap")

    @staticmethod
    def _name_like(m: Match, tokens: Sequence[Token], matched: set[int]) -> bool:
        """ "Jordan" in "Michael Jordan", "Chad" in "Chad Smith": a given name, not the country; so is
        a misspelling next to an unknown capitalised word ("Jordon Peterson", "Columbia University")."""
        misspelt = "(spelt so;" in m.text
        if m.j - m.i != 1 or not (misspelt or tokens[m.i].key in NAME_LIKE) or not m.of("country", "demonym"):
            return False
        for k in (m.i - 1, m.j):
            if 0 <= k < len(tokens) and k not in matched:
                t = tokens[k]
                if t.is_word and t.text[:1].isupper() and t.key not in _FUNCTION_WORDS:
                    return True
        return False


def is_people(hit: Hit) -> bool:
    return hit.kind == "region" and hit.sector is not None  # a group of peoples.yaml


def after_people(units: Sequence[Match | Token], k: int, kind_words: frozenset[str]) -> bool:
    """Whether unit ``k`` is a demonym of ``kind_words`` (name_context people_kind_demonyms) right after
    the name of a people of peoples.yaml ("Mohawk Indians"): it says what kind of people they are, and
    the people's name, not the demonym, tells their country."""
    u = units[k]
    prev = units[k - 1] if k else None
    return (
        isinstance(u, Match)
        and isinstance(prev, Match)
        and fold(u.text).replace(".", "") in kind_words
        and bool(u.of("demonym"))
        and any(is_people(h) for h in prev.hits)
    )


def after_ethnic(units: Sequence[Match | Token], k: int) -> bool:
    u = units[k]
    prev = units[k - 1] if k else None
    return isinstance(u, Match) and bool(u.of("demonym")) and isinstance(prev, Token) and prev.key == "ethnic"


def pick_sector(matches: Sequence[Match]) -> tuple[Match, Hit] | None:
    """The sector word of a phrase: the last strong curated word (the head noun), else the last
    imported agent word, else the last weak word ("Niger's military rulers": the curated "military")."""
    strong: list[tuple[Match, Hit]] = []
    imported: list[tuple[Match, Hit]] = []
    weak: list[tuple[Match, Hit]] = []
    for m in matches:
        kinds = m.kinds
        if "sector" not in kinds or not kinds.isdisjoint(NAMED_KINDS):
            continue
        hits = m.of("sector")
        best = next((h for h in hits if not h.weak), hits[0])
        (weak if best.weak else imported if best.imported else strong).append((m, best))
    for found in (strong, imported, weak):
        if found:
            return found[-1]
    return None
