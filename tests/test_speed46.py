"""Session 46 (speed): the per-document look-ups that replace walks over the tokens give what the
walks gave, and the date patterns' leading lookaheads change no match. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from newsevents.parse.tree import index, release, sentence, sentence_start, token_at, tokens_from

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
