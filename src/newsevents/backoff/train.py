"""Training examples for the learned backoff from gold files (shape: shared/gold/FORMAT.md).

Each sentence of each gold record is one example: its features (features.py, from the same
parse and sentence split the pipeline makes) and the PLOVER types of the gold events whose
evidence stands in it (an event's main type; none for a sentence that tells no event). A record
whose evidence cannot be found in its text, in a text of several sentences, is left out (its
sentences' labels are unknown). scripts/train_backoff.py trains the shipped model from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.backoff.features import sentence_features, span_of
from newsevents.errors import GoldFormatError
from newsevents.parse.tree import open_index, release
from newsevents.read.gold import read_gold
from newsevents.read.readers import ReadOptions, ReadProblem, _article_from_record
from newsevents.recognize.mentions import sentences
from newsevents.work import Work

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Example", "examples"]


@dataclass(frozen=True)
class Example:
    """One sentence: where it came from, its features and the types it tells."""

    source: str
    features: frozenset[str]
    types: frozenset[str]


def examples(paths: Iterable[Path], nlp: Language, classes: bool = False) -> list[Example]:
    """The examples of every record of ``paths``, in order (``classes``: the word-class features)."""
    opts = ReadOptions()
    pending: list[tuple[str, dict[str, Any], Any]] = []
    for path in paths:
        for rec in read_gold(path):
            art = _article_from_record({**rec, "id": rec.get("id") or None}, str(path), opts)
            if isinstance(art, ReadProblem):
                raise GoldFormatError(str(art))
            pending.append((f"{path.parent.name}/{path.name}:{rec.get('id')}", rec, art))
    out: list[Example] = []
    docs = nlp.pipe([art.text for _, _, art in pending], batch_size=32)
    for (source, rec, art), doc in zip(pending, docs, strict=True):
        work = Work(article=art, doc=doc, coded_date=dt.date(2000, 1, 1), index=open_index(doc))
        try:
            sentences(work)
        finally:
            release(doc)
        offset = len(rec["text"]) - len(art.text)
        labels: list[set[str]] = [set() for _ in work.sentences]
        known = True
        for g in rec.get("events") or []:
            if not g.get("event"):
                continue
            ev = g.get("evidence") or ""
            pos = rec["text"].find(ev) - offset if ev else -1
            at = next((s.index for s in work.sentences if s.start_char <= pos < s.end_char), None)
            if at is None and len(work.sentences) == 1:
                at = 0
            if at is None:
                known = False
                break
            labels[at].add(g["event"])
        if not known:
            continue
        for s in work.sentences:
            span = span_of(doc, s.start_char, s.end_char)
            if span is not None:
                out.append(
                    Example(
                        f"{source}#{s.index}",
                        frozenset(sentence_features(span, s.index, len(work.sentences), classes)),
                        frozenset(labels[s.index]),
                    )
                )
    return out
