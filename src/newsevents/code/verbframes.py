"""Verb-frame dictionary: CAMEO codebook plus predicate patterns, and the matcher.

The built-in data live in ``newsevents/data``:

* ``cameo_codes.tsv`` -- the CAMEO 1.1b3 codebook with the PLOVER crosswalk, the CAMEO quad
  class and the Goldstein value of every code;
* ``verb_frames.yaml`` -- the patterns, each tied to a code (or ``discard: true``).

A pattern is space-separated lowercase lemmas.  The first word is the predicate lemma; every
further word must be in the frame's *context* (the set of lemmas the frame builder supplies:
particles, prepositions and their object heads, the object head and its modifiers, xcomp verbs
and their objects).  A word written ``!word`` must not be in the context.  The matching pattern
with the most positive words wins; on a tie the pattern loaded later wins, so user files, loaded
after the built-in one, override it.  A file may name *classes* of words or phrases (``classes:
{APPEAL: [urge, call], ...}``); an upper-case word in a pattern stands for each member of its class
in turn, so ``"APPEAL truce"`` is ``"urge truce"`` then ``"call truce"``.  See ``docs/verb-frames.md``.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from newsevents.code.rules import RULE_KEYS, CodeRules
from newsevents.errors import VerbFrameError, yaml_problem
from newsevents.yamlkeys import UniqueKeyLoader

__all__ = ["CameoCode", "FrameMatch", "VerbFrameError", "VerbFrames", "PLOVER_EVENTS"]

#: The 16 PLOVER event types a CAMEO code can map to.
PLOVER_EVENTS: frozenset[str] = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT SANCTION "
    "THREATEN PROTEST MOBILIZE COERCE ASSAULT".split()
)

CODES_FILE = "cameo_codes.tsv"
FRAMES_FILE = "verb_frames.yaml"
#: The imported layer: PETRARCH-2's verb dictionary converted (newsevents.match.petrarch), loaded
#: below FRAMES_FILE, which wins ties.
LAYER_FILE = "petrarch_verbs.yaml"
_TSV_HEADER = ["code", "name", "plover_event", "plover_mode", "quad_class", "goldstein"]
_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{1,2}$")
_WORD_RE = re.compile(r"^[a-z0-9][a-z0-9'._-]*$")
_CLASS_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_UPPER_RE = re.compile(r"[A-Z]")
_ENTRY_KEYS = frozenset({"code", "patterns", "discard", "note"})
# Every top-level key of verb_frames.yaml: a key the loader reads must be listed here, or a file that
# carries it is refused (unknown keys are errors, never silently ignored).
_FILE_KEYS = frozenset({"version", "classes", "word_classes", "frames"})
_LOADER: Any = UniqueKeyLoader  # the C loader where PyYAML has it; a key given twice is refused, not dropped


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its PLOVER crosswalk, quad class and Goldstein value."""

    code: str
    name: str
    plover: str | None
    mode: str | None
    quad_class: int
    goldstein: float

    @functools.cached_property
    def root(self) -> str:
        """The two-digit CAMEO root ("01" .. "20"), sliced once (asked many times per event)."""
        return self.code[:2]


@dataclass(frozen=True)
class FrameMatch:
    """The pattern that won for a predicate; ``code`` is None when a discard pattern won."""

    code: CameoCode | None
    pattern: str
    specificity: int
    source: str

    @property
    def discarded(self) -> bool:
        return self.code is None


@dataclass(frozen=True)
class _Pattern:
    text: str
    predicate: str
    required: frozenset[str]
    forbidden: frozenset[str]
    code: CameoCode | None
    source: str
    order: int

    @property
    def specificity(self) -> int:
        return 1 + len(self.required)


def parse_pattern(text: str, kept: Collection[str] = ()) -> tuple[str, frozenset[str], frozenset[str]]:
    """Split a pattern into (predicate, required words, forbidden words); raise ValueError if bad.
    A name of ``kept`` (a word class, matched by membership) may stand for a word."""
    words = text.split()
    if not words:
        raise ValueError("empty pattern")
    predicate, rest = words[0], words[1:]
    if predicate.startswith("!"):
        raise ValueError(f"the predicate {predicate!r} cannot be negated")
    required: set[str] = set()
    forbidden: set[str] = set()
    for word in words:
        bare = word[1:] if word.startswith("!") else word
        if bare in kept and not word.startswith("!"):
            continue
        if not _WORD_RE.match(bare):
            raise ValueError(f"{word!r} is not a lowercase lemma")
    for word in rest:
        target, bare = (forbidden, word[1:]) if word.startswith("!") else (required, word)
        if bare == predicate or bare in required or bare in forbidden:
            raise ValueError(f"word {bare!r} appears twice")
        target.add(bare)
    return predicate, frozenset(required), frozenset(forbidden)


def _read_codes(text: str, source: str) -> dict[str, CameoCode]:
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header != _TSV_HEADER:
        raise VerbFrameError(f"{source}: header must be {' '.join(_TSV_HEADER)!r}, got {header!r}")
    codes: dict[str, CameoCode] = {}
    for lineno, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip():
            continue
        where = f"{source}:{lineno}"
        if len(row) != len(_TSV_HEADER):
            raise VerbFrameError(f"{where}: expected {len(_TSV_HEADER)} tab-separated fields, got {len(row)}")
        code, name, plover, mode, quad, goldstein = (field.strip() for field in row)
        if not _CODE_RE.match(code):
            raise VerbFrameError(f"{where}: {code!r} is not a CAMEO code (3 or 4 digits, root 01-20)")
        if code in codes:
            raise VerbFrameError(f"{where}: code {code} is listed twice")
        if plover and plover not in PLOVER_EVENTS:
            raise VerbFrameError(f"{where}: code {code}: unknown PLOVER event {plover!r}")
        if mode and not plover:
            raise VerbFrameError(f"{where}: code {code}: a PLOVER mode needs a PLOVER event")
        try:
            quad_class = int(quad)
            value = float(goldstein)
        except ValueError:
            raise VerbFrameError(f"{where}: code {code}: bad quad class or Goldstein value") from None
        if quad_class not in (1, 2, 3, 4) or not -10.0 <= value <= 10.0:
            raise VerbFrameError(f"{where}: code {code}: quad class must be 1-4, Goldstein -10..10")
        codes[code] = CameoCode(code, name, plover or None, mode or None, quad_class, value)
    if not codes:
        raise VerbFrameError(f"{source}: no codes")
    return codes


Classes = Mapping[str, tuple[str, ...]]
_NO_CLASSES: Classes = MappingProxyType({})


def _read_classes(raw: Any, source: str, inherited: Classes, key: str = "classes") -> dict[str, tuple[str, ...]]:
    """The file's ``classes`` (or ``word_classes``) mapping (name -> members), merged over
    ``inherited``; raise if bad."""
    classes = dict(inherited)
    if raw is None:
        return classes
    if not isinstance(raw, dict):
        raise VerbFrameError(f"{source}: '{key}' must be a mapping of NAME: [members]")
    for name, members in raw.items():
        where = f"{source}: {key}: {name!r}"
        if not isinstance(name, str) or not _CLASS_RE.match(name):
            raise VerbFrameError(f"{where}: a class name is upper case (A-Z, 0-9, _), such as THREAT")
        if name in inherited:
            raise VerbFrameError(f"{where}: the class is already defined by the built-in file")
        if not isinstance(members, list) or not members:
            raise VerbFrameError(f"{where}: the members must be a non-empty list")
        normal: list[str] = []
        for member in members:
            words = member.split() if isinstance(member, str) else []
            if not words or not all(_WORD_RE.match(word) for word in words):
                raise VerbFrameError(f"{where}: member {member!r} is not one or more lowercase lemmas")
            if " ".join(words) in normal:
                raise VerbFrameError(f"{where}: member {member!r} is listed twice")
            normal.append(" ".join(words))
        classes[name] = tuple(normal)
    return classes


def expand_pattern(text: str, classes: Classes, kept: Collection[str] = ()) -> list[str]:
    """The patterns ``text`` stands for: each upper-case word replaced by each member of its class
    in turn, the leftmost class varying slowest (in member order); the names of ``kept`` (word
    classes, matched by membership) stay as they are; raise ValueError if bad."""
    if not _UPPER_RE.search(text):
        return [text]
    choices: list[tuple[str, ...]] = []
    for word in text.split():
        if word in kept:
            choices.append((word,))
        elif word.startswith("!") and word[1:] in kept:
            raise ValueError(f"a class cannot be negated ({word!r})")
        elif _CLASS_RE.match(word):
            if word not in classes:
                raise ValueError(f"unknown class {word!r}")
            choices.append(classes[word])
        elif word.startswith("!") and _CLASS_RE.match(word[1:]):
            raise ValueError(f"a class cannot be negated ({word!r})")
        else:
            choices.append((word,))
    return [" ".join(combo) for combo in itertools.product(*choices)]


def _read_frames(
    text: str,
    source: str,
    codes: Mapping[str, CameoCode],
    start: int,
    inherited: Classes = _NO_CLASSES,
    *,
    user: bool = False,
    inherited_words: Classes = _NO_CLASSES,
) -> tuple[list[_Pattern], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The patterns of one verb-frame file (classes expanded, word classes kept as names), the
    classes it can use and its word classes (with ``inherited_words``). A user
    file (``user``) may also carry code_rules.yaml keys (read by
    :class:`~newsevents.code.rules.CodeRules`) and may then leave out ``frames``; any other
    top-level key is an error."""
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise VerbFrameError(f"{source}: not valid YAML: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict):
        raise VerbFrameError(f"{source}: expected a mapping with a 'frames' list")
    allowed = _FILE_KEYS | RULE_KEYS if user else _FILE_KEYS
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise VerbFrameError(f"{source}: unknown top-level key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")
    frames = data.get("frames", [] if user and RULE_KEYS & set(data) else None)
    if not isinstance(frames, list):
        raise VerbFrameError(f"{source}: expected a mapping with a 'frames' list")
    if data.get("version", 1) != 1:
        raise VerbFrameError(f"{source}: unsupported version {data.get('version')!r} (expected 1)")
    classes = _read_classes(data.get("classes"), source, inherited)
    words = _read_classes(data.get("word_classes"), source, inherited_words, "word_classes")
    for name in set(words) & set(classes):
        raise VerbFrameError(f"{source}: word_classes: {name!r}: the name is also a class")
    patterns: list[_Pattern] = []
    seen: dict[tuple[str, frozenset[str], frozenset[str]], str] = {}
    for index, entry in enumerate(frames):
        where = f"{source}: frames[{index}]"
        code = _entry_code(entry, where, codes)
        where += f" (code {code.code})" if code else " (discard)"
        raw = entry.get("patterns")
        if not isinstance(raw, list) or not raw:
            raise VerbFrameError(f"{where}: 'patterns' must be a non-empty list")
        for text_ in raw:
            if not isinstance(text_, str):
                raise VerbFrameError(f"{where}: pattern {text_!r} is not a string (quote it)")
            try:
                expanded = expand_pattern(text_, classes, words)
            except ValueError as exc:
                raise VerbFrameError(f"{where}: pattern {text_!r}: {exc}") from None
            for one in expanded:
                shown = repr(one) if one == text_ else f"{one!r} (from {text_!r})"
                try:
                    predicate, required, forbidden = parse_pattern(one, words)
                    if predicate in words and any(" " in m for m in words[predicate]):
                        raise ValueError(f"the members of the predicate class {predicate!r} must be single words")
                except ValueError as exc:
                    raise VerbFrameError(f"{where}: pattern {shown}: {exc}") from None
                key = (predicate, required, forbidden)
                if key in seen:
                    raise VerbFrameError(f"{where}: pattern {shown} repeats {seen[key]!r} in the same file")
                seen[key] = one
                patterns.append(
                    _Pattern(
                        " ".join(one.split()),
                        predicate,
                        required,
                        forbidden,
                        code,
                        source,
                        start + len(patterns),
                    )
                )
    return patterns, classes, words


def _entry_code(entry: Any, where: str, codes: Mapping[str, CameoCode]) -> CameoCode | None:
    if not isinstance(entry, dict):
        raise VerbFrameError(f"{where}: an entry must be a mapping with 'code' or 'discard'")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise VerbFrameError(f"{where}: unknown key(s) {sorted(map(str, unknown))}")
    discard = entry.get("discard", False)
    if discard not in (True, False):
        raise VerbFrameError(f"{where}: 'discard' must be true or false")
    if discard:
        if "code" in entry:
            raise VerbFrameError(f"{where}: an entry cannot have both 'code' and 'discard: true'")
        return None
    code = entry.get("code")
    if not isinstance(code, str):
        raise VerbFrameError(f"{where}: 'code' must be a quoted string such as \"042\", got {code!r}")
    if code not in codes:
        raise VerbFrameError(f"{where}: unknown CAMEO code {code!r}")
    return codes[code]


def _data_text(name: str) -> str:
    return resources.files("newsevents").joinpath("data", name).read_text(encoding="utf-8")


class VerbFrames:
    """The loaded codebook and patterns; ``match`` finds the winning pattern for a predicate."""

    def __init__(
        self, codes: Mapping[str, CameoCode], patterns: Iterable[_Pattern], word_classes: Classes = _NO_CLASSES
    ) -> None:
        self._codes: Mapping[str, CameoCode] = MappingProxyType(dict(codes))
        index: dict[str, list[_Pattern]] = {}
        count = discards = 0
        for pattern in patterns:
            index.setdefault(pattern.predicate, []).append(pattern)
            count += 1
            discards += pattern.code is None
        for bucket in index.values():  # best first: most specific, then loaded latest
            bucket.sort(key=lambda p: (p.specificity, p.order), reverse=True)
        self._index: dict[str, tuple[_Pattern, ...]] = {k: tuple(v) for k, v in index.items()}
        # word classes: a context word (or all words of a phrase member) stands for its classes' names,
        # and a lemma is also looked up under the names of the predicate classes it belongs to
        self._member_of: dict[str, tuple[str, ...]] = {}
        self._phrases: dict[str, list[tuple[frozenset[str], str]]] = {}
        by_lemma: dict[str, list[str]] = {}
        for name, members in word_classes.items():
            for member in members:
                parts = member.split()
                if len(parts) == 1:
                    self._member_of[member] = (*self._member_of.get(member, ()), name)
                    if name in self._index:
                        by_lemma.setdefault(member, []).append(name)
                else:
                    self._phrases.setdefault(parts[0], []).append((frozenset(parts), name))
        self._lemma_classes = {k: tuple(v) for k, v in by_lemma.items()}
        self._predicates = frozenset(k for k in self._index if k not in word_classes) | frozenset(by_lemma)
        self._word_index: dict[str, _WordIndex] = {}  # per predicate, built on first use
        self._sizes = {"codes": len(self._codes), "patterns": count, "discard_patterns": discards}

    @classmethod
    def default(cls) -> VerbFrames:
        """The built-in codebook and patterns (loaded once, then cached)."""
        return _default()

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), *, imported: bool = True) -> VerbFrames:
        """Load the imported layer (unless ``imported`` is false), the built-in files, then each of
        ``extra_files`` in order (later ones win ties)."""
        codes, builtin, classes = _builtin()
        patterns: list[_Pattern] = []
        word_classes: Classes = _NO_CLASSES
        if imported:
            layer, word_classes = _layer()
            patterns += layer
        patterns += builtin  # the layer's orders are negative: the built-in file wins its ties
        for path in extra_files:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise VerbFrameError(f"{path}: cannot read verb-frame file: {exc}") from exc
            found, _, words = _read_frames(
                text, str(path), codes, len(patterns), classes, user=True, inherited_words=word_classes
            )
            patterns += found
            word_classes = MappingProxyType(words)
        return cls(codes, patterns, word_classes)

    def _words(self, context: Iterable[str]) -> set[str]:
        words = {word.lower() for word in context}
        if self._member_of or self._phrases:
            extra: list[str] = []
            for word in words:
                extra += self._member_of.get(word, ())
                for parts, name in self._phrases.get(word, ()):
                    if parts <= words:
                        extra.append(name)
            words.update(extra)
        return words

    def _first(self, key: str, words: set[str]) -> _Pattern | None:
        bucket = self._index[key]
        index = self._word_index.get(key)
        if index is None:
            index = self._word_index[key] = _WordIndex(bucket)
        for i in index.candidates(words):
            pattern = bucket[i]
            if pattern.forbidden.isdisjoint(words):
                return pattern
        return None

    def match(self, lemma: str, context: Iterable[str]) -> FrameMatch | None:
        """The winning pattern for predicate ``lemma`` in ``context`` (a set of lemmas), or None."""
        key = lemma if (self._index.get(lemma) or lemma in self._lemma_classes) else lemma.lower()
        keys = ((key,) if key in self._index else ()) + self._lemma_classes.get(key, ())
        if not keys:
            return None
        words = self._words(context)
        best: _Pattern | None = None
        for k in keys:
            found = self._first(k, words)
            if found is None:
                continue
            if best is None or (found.specificity, found.order) > (best.specificity, best.order):
                best = found
        if best is None:
            return None
        return FrameMatch(best.code, best.text, best.specificity, best.source)

    def code(self, code: str) -> CameoCode:
        """The CAMEO code ``code``; raises KeyError if it is not in the codebook."""
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def codes(self) -> Mapping[str, CameoCode]:
        """All codes, keyed by code string (read-only)."""
        return self._codes

    def predicates(self) -> frozenset[str]:
        """Every predicate lemma that has at least one pattern (members of predicate classes included)."""
        return self._predicates

    def patterns_for(self, lemma: str) -> tuple[tuple[str, str | None, str], ...]:
        """(pattern, code or None, source) for ``lemma``, in the order they are tried (the patterns
        of the predicate classes it belongs to included)."""
        found = list(self._index.get(lemma, ()))
        for name in self._lemma_classes.get(lemma, ()):
            found += self._index[name]
        found.sort(key=lambda p: (p.specificity, p.order), reverse=True)
        return tuple((p.text, p.code.code if p.code else None, p.source) for p in found)

    def sizes(self) -> dict[str, int]:
        """Counts: ``codes``, ``patterns`` (all, discards included; a pattern over a predicate
        class counts once) and ``discard_patterns``."""
        return dict(self._sizes)


class _WordIndex:
    """The patterns of one predicate by required word, so that a match looks only at the patterns
    whose required words are all in the context (a predicate can have hundreds of patterns)."""

    def __init__(self, bucket: Sequence[_Pattern]) -> None:
        self.always = [i for i, p in enumerate(bucket) if not p.required]
        self.needs = [len(p.required) for p in bucket]
        self.by_word: dict[str, list[int]] = {}
        for i, p in enumerate(bucket):
            for word in p.required:
                self.by_word.setdefault(word, []).append(i)

    def candidates(self, words: Iterable[str]) -> list[int]:
        """Positions (in bucket order) of the patterns whose required words are all in ``words``."""
        counts: dict[int, int] = {}
        for word in words:
            for i in self.by_word.get(word, ()):
                counts[i] = counts.get(i, 0) + 1
        if not counts:
            return self.always
        return sorted([*self.always, *(i for i, n in counts.items() if n == self.needs[i])])


@functools.cache
def _builtin() -> tuple[dict[str, CameoCode], tuple[_Pattern, ...], Classes]:
    codes = _read_codes(_data_text(CODES_FILE), CODES_FILE)
    patterns, classes, _ = _read_frames(_data_text(FRAMES_FILE), FRAMES_FILE, codes, 0)
    return codes, tuple(patterns), MappingProxyType(classes)


_LAYER_START = -1_000_000  # the layer's patterns rank below every pattern of the other files on a tie


@functools.cache
def _layer() -> tuple[tuple[_Pattern, ...], Classes]:
    """The imported layer (PETRARCH-2's verbs), with its word classes; empty if not shipped."""
    try:
        text = _data_text(LAYER_FILE)
    except FileNotFoundError:
        return (), _NO_CLASSES
    patterns, _, words = _read_frames(text, LAYER_FILE, _builtin()[0], _LAYER_START)
    return tuple(patterns), MappingProxyType(words)


@functools.cache
def _default() -> VerbFrames:
    return VerbFrames.load()


def state_act(match: FrameMatch, rules: CodeRules) -> bool:
    """Whether the match codes an act only a state does (``state_act_roots``), or one of
    ``state_act_codes`` ("CODE word ...": a code prefix and words its pattern holds)."""
    assert match.code is not None
    if match.code.root in rules.state_act_roots:
        return True
    pattern = set(match.pattern.split())
    return any(
        match.code.code.startswith(code) and set(words) <= pattern
        for code, *words in (entry.split() for entry in rules.state_act_codes)
    )
