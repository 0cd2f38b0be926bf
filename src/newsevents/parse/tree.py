"""The dependency tree of a parsed document, read once.

spaCy's ``Token.children`` scans the token's whole subtree span and makes new ``Token`` objects
on every call; the frame and coding rules ask for the same tokens' children many times. The
children of every token are listed here once per document (kept in ``Doc.user_data``), in the
order ``Token.children`` gives them (document order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "newsevents.children"


def _children_table(doc: Doc) -> list[tuple[Token, ...]]:
    tokens = list(doc)
    heads = (numpy.arange(len(tokens), dtype=numpy.int64) + doc.to_array("HEAD").astype(numpy.int64)).tolist()
    kids: list[list[Token]] = [[] for _ in tokens]
    for tok, head in zip(tokens, heads, strict=True):
        if head != tok.i:
            kids[head].append(tok)
    table = [tuple(k) for k in kids]
    doc.user_data[_KEY] = table
    return table


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` as a tuple, from the document's table (built on first use)."""
    doc = tok.doc
    table = doc.user_data.get(_KEY)
    if table is None or len(table) != len(doc):
        table = _children_table(doc)
    return table[tok.i]
