"""Verb synonyms from word vectors: a verb with no pattern borrows the patterns of a near synonym.

``data/verb_synonyms.tsv`` (written offline by scripts/derive_verb_synonyms.py from the word vectors
of spaCy's md model, agreeing with the CAMEO root PETRARCH-2's dictionary gives the verb; reviewed
by eye) maps a lemma to the nearest verb that has patterns and their similarity. The match stage
tries the synonym's patterns, in the frame's own context, only when the lemma itself has no pattern
in any loaded file ("lambasted" with no pattern is matched as "criticize"), and says so on the event
("synonym of criticize, similarity 0.62"). Format: docs/verb-frames.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from newsevents.errors import VerbFrameError

__all__ = ["SYNONYMS_FILE", "Synonym", "parse_synonyms", "synonyms"]

SYNONYMS_FILE = "verb_synonyms.tsv"
_LEMMA_RE = re.compile(r"^[a-z][a-z'-]*$")
_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


@dataclass(frozen=True)
class Synonym:
    """The patterned verb a lemma borrows from, and how similar the vectors say they are."""

    lemma: str
    synonym: str
    similarity: float

    @property
    def reason(self) -> str:
        return f"'{self.lemma}' has no pattern: synonym of {self.synonym}, similarity {self.similarity:.2f}"


def parse_synonyms(text: str, source: str = SYNONYMS_FILE) -> Mapping[str, Synonym]:
    """The rows of a synonym table (tab-separated lemma, synonym, similarity, PETRARCH code, the
    synonym's root; ``#`` starts a comment); raise VerbFrameError naming the line if one is bad."""
    table: dict[str, Synonym] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 5:
            raise VerbFrameError(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
        lemma, synonym, sim, code, root = fields
        if not _LEMMA_RE.match(lemma) or not _LEMMA_RE.match(synonym) or lemma == synonym:
            raise VerbFrameError(f"{where}: {lemma!r} -> {synonym!r}: two different lowercase lemmas expected")
        if not _CODE_RE.match(code) or not _CODE_RE.match(root) or code[:2] != root[:2]:
            raise VerbFrameError(f"{where}: codes {code!r} and {root!r} must be CAMEO codes of the same root")
        try:
            value = float(sim)
        except ValueError:
            raise VerbFrameError(f"{where}: similarity {sim!r} is not a number") from None
        if not 0.0 < value <= 1.0:
            raise VerbFrameError(f"{where}: similarity {value} is not in (0, 1]")
        if lemma in table:
            raise VerbFrameError(f"{where}: {lemma!r} is listed twice")
        table[lemma] = Synonym(lemma, synonym, value)
    return MappingProxyType(table)


@functools.cache
def synonyms() -> Mapping[str, Synonym]:
    """The shipped table (empty if it is not shipped), loaded once."""
    try:
        text = resources.files("newsevents").joinpath("data", SYNONYMS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return MappingProxyType({})
    return parse_synonyms(text)
