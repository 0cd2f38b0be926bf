"""Session 46 (speed): the per-document look-ups that replace walks over the tokens give what the
walks gave, and the date patterns' leading lookaheads change no match. Sentences written for these
tests."""

from __future__ import annotations

import re
from typing import Any

from newsevents.parse.tree import index, release, sentence, sentence_start, token_at, tokens_from
from newsevents.recognize.dates import _PATTERNS, find_date_expressions

TEXT = (
    "Rebels shelled what the army called supply depots near Goma on Tuesday.  The ceasefire, a move "
    "praised by Kenya, held.\n\nWhat followed surprised everyone: talks resumed in Nairobi."
)


def test_token_at_is_the_token_the_offset_falls_in(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for char in range(-1, len(TEXT) + 2):
        walked = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
        found = token_at(doc, char)
        assert (found.i if found is not None else None) == (walked.i if walked is not None else None), char
    assert token_at(doc, TEXT.index("  ") + 1) is not None  # the parser's space token holds the second space
    release(doc)


def test_tokens_from_are_the_tokens_that_begin_inside(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for start, end in [(0, 6), (3, 40), (TEXT.index("Kenya"), TEXT.index("Kenya") + 5), (50, 50), (0, len(TEXT))]:
        assert [t.i for t in tokens_from(doc, start, end)] == [t.i for t in doc if start <= t.idx < end]
    release(doc)


def test_sentence_is_the_tokens_sentence_and_shared(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for tok in doc:
        assert (sentence(tok).start, sentence(tok).end) == (tok.sent.start, tok.sent.end)
        assert sentence_start(tok) == tok.sent.start
    last = doc[len(doc) - 1]
    assert sentence(last) is sentence(last)  # made once per document
    assert index(doc).sentences is not None
    release(doc)


LOOKAHEAD = re.compile(r"^(\\b)?\(\?=\[[^\]]*\]\)")
DATED = (
    "The summer of 2019 was hot; last winter was not. Three days ago and a week ago, two years from now. "
    "Over the weekend, at the weekend. The week before last, the year after next. The week of March 3, "
    "the week beginning 4 May 2020. The sixties, the late nineteen-seventies. In '98, since ’05. On "
    "Christmas Day 1989, at Easter, on Good Friday, last Easter Monday. They marked Kenya's Independence Day, "
    "Independence Day in the United States. The past three weeks. Monday, August 15, 2021 and the 15th "
    "of August. Spring of 2001, this fall, next spring, autumn 2003, fall of 1999."
)


def test_leading_lookaheads_change_no_match() -> None:
    """Each pattern with a leading "(?=[...])" matches what it matches without it."""
    checked = 0
    for kind, rx in _PATTERNS:
        bare = LOOKAHEAD.sub(lambda m: m.group(1) or "", rx.pattern, count=1)
        if bare == rx.pattern:
            continue
        plain = re.compile(bare, rx.flags)
        assert [m.span() for m in rx.finditer(DATED)] == [m.span() for m in plain.finditer(DATED)], kind
        checked += 1
    assert checked >= 20


def test_dates_behind_new_lookaheads_are_found() -> None:
    found = {DATED[s:e] for s, e in find_date_expressions(DATED)}
    for words in (
        "The summer of 2019",
        "last winter",
        "Three days ago",
        "two years from now",
        "the weekend",
        "The week before last",
        "The sixties",
        "'98",
        "Christmas Day 1989",
        "Easter",
        "Kenya's Independence Day",
        "fall of 1999",
    ):
        assert words in found, (words, sorted(found))
