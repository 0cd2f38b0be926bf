"""The language of an article, detected offline (lingua-language-detector ships its models).

The languages told apart are listed in ``data/languages.tsv`` (a short list of common news
languages keeps the detector fast and small); the detector is built once per process and loads
each language's model the first time it is needed. Only the first few thousand characters are
looked at. The rule is conservative: an article is called non-English only when the detector is
sure (another language at least :data:`SURE`, English at most :data:`UNLIKELY`) and the text has
enough letters to tell; a short or mixed text stays English, so that nothing English is left
uncoded. A text plainly English (enough words, and a large share of them English function words
from ``data/english_markers.txt``) is called English without the detector: its models cost about
two seconds to load in every process and a few milliseconds an article, and such a text can only
be called English by the rule above. docs/languages.md says how another language's model and
dictionaries could be added.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsevents.errors import KnowledgeError

if TYPE_CHECKING:
    from lingua import LanguageDetector

SAMPLE_CHARS = 4000  # characters looked at
MIN_LETTERS = 20  # fewer letters than this: too short to tell, taken as English
SURE = 0.7
UNLIKELY = 0.2
DEFAULT_LANGUAGE = "en"
MARKER_MIN_WORDS = 12  # fewer words than this: the fast path does not decide
ONLY_SHARE = 0.03  # english_markers.txt: share of "only" words needed ...
ALL_SHARE = 0.22  # ... and of "only" and "shared" words together
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageTable:
    names: dict[str, str]  # lingua name -> ISO 639-1 code
    coded: frozenset[str]  # codes the pipeline codes


@functools.cache
def language_table() -> LanguageTable:
    """``data/languages.tsv``: the languages detected, and which of them are coded."""
    text = resources.files("newsevents").joinpath("data/languages.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    coded: set[str] = set()
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for lineno, line in enumerate(rows[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in ("yes", "no"):
            raise KnowledgeError(f"data/languages.tsv: row {lineno} is not 'code<TAB>lingua name<TAB>yes|no'")
        names[cells[1]] = cells[0]
        if cells[2] == "yes":
            coded.add(cells[0])
    return LanguageTable(names, frozenset(coded))


@dataclass(frozen=True)
class EnglishMarkers:
    only: frozenset[str]  # English function words that are not common words of other languages
    shared: frozenset[str]  # English function words that are words of other languages too


@functools.cache
def english_markers() -> EnglishMarkers:
    """``data/english_markers.txt``: function words that mark a text as English."""
    text = resources.files("newsevents").joinpath("data/english_markers.txt").read_text(encoding="utf-8")
    kinds: dict[str, set[str]] = {"only": set(), "shared": set()}
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for lineno, line in enumerate(rows[1:], start=2):
        cells = line.split("\t")
        word = cells[0]
        if (
            len(cells) != 2
            or cells[1] not in kinds
            or word != word.lower()
            or not word.isalpha()
            or any(word in seen for seen in kinds.values())
        ):
            msg = f"data/english_markers.txt: row {lineno} is not a new 'lower-case word<TAB>only|shared'"
            raise KnowledgeError(msg)
        kinds[cells[1]].add(word)
    return EnglishMarkers(frozenset(kinds["only"]), frozenset(kinds["shared"]))


def plainly_english(sample: str) -> bool:
    """True when enough of the sample's words are English function words to call it English
    without the detector (which would say English by the rule of :func:`detect_language`)."""
    words = _WORD.findall(sample.lower())
    if len(words) < MARKER_MIN_WORDS:
        return False
    markers = english_markers()
    only = sum(1 for w in words if w in markers.only)
    shared = sum(1 for w in words if w in markers.shared)
    return only >= ONLY_SHARE * len(words) and only + shared >= ALL_SHARE * len(words)


def coded_languages() -> frozenset[str]:
    return language_table().coded


@functools.cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    langs = []
    for name in language_table().names:
        lang = getattr(Language, name, None) if name.isupper() else None
        if not isinstance(lang, Language):
            raise KnowledgeError(f"data/languages.tsv: lingua knows no language {name!r}")
        langs.append(lang)
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language; English unless the detector is sure of another."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return DEFAULT_LANGUAGE
    if plainly_english(sample):
        return DEFAULT_LANGUAGE
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return DEFAULT_LANGUAGE
    top = values[0]
    code = language_table().names.get(top.language.name, DEFAULT_LANGUAGE)
    if code == DEFAULT_LANGUAGE or top.value < SURE:
        return DEFAULT_LANGUAGE
    english = next((v.value for v in values if language_table().names.get(v.language.name) == DEFAULT_LANGUAGE), 0.0)
    return code if english <= UNLIKELY else DEFAULT_LANGUAGE
