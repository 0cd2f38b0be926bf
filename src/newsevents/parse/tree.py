"""The tokens, dependency tree and entities of a parsed document, read once.

spaCy makes a new ``Token`` object on every ``doc[i]``, every step over a span and every
``Token.children`` (which also scans the token's whole subtree span); ``Doc.ents`` builds its
spans anew on every access. The frame and coding rules ask for the same tokens many times, so
they are listed here once per document and kept in ``Doc.user_data`` until :func:`release`
(the pipeline calls it when an article is coded: the lists refer back to the document). A
document must not be retokenized while its lists are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.tree"


class _Tree:
    __slots__ = ("tokens", "children", "ents")

    def __init__(self, doc: Doc) -> None:
        import numpy

        tokens = list(doc)
        heads = (numpy.arange(len(tokens), dtype=numpy.int64) + doc.to_array("HEAD").astype(numpy.int64)).tolist()
        kids: list[list[Token]] = [[] for _ in tokens]
        for tok, head in zip(tokens, heads, strict=True):
            if head != tok.i:
                kids[head].append(tok)
        self.tokens = tokens
        self.children = [tuple(k) for k in kids]
        self.ents: tuple[Span, ...] = tuple(doc.ents)


# (the document asked about last, its lists): the rules ask about one document at a time, and an
# identity check is cheaper than the look-up in its user_data. Replaced whole, so that threads
# coding other documents never see one document with another's lists.
_last: list[tuple[object, _Tree | None]] = [(None, None)]


def _tree(doc: Doc) -> _Tree:
    last_doc, last_tree = _last[0]
    if last_doc is doc and last_tree is not None:
        return last_tree
    tree: _Tree | None = doc.user_data.get(_KEY)
    if tree is None or len(tree.tokens) != len(doc):
        tree = doc.user_data[_KEY] = _Tree(doc)
    _last[0] = (doc, tree)
    return tree


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens (``list(doc)``); slice it by ``span.start:span.end`` for a span's."""
    return _tree(doc).tokens


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` as a tuple, in document order."""
    doc = tok.doc
    last_doc, last_tree = _last[0]
    if last_doc is doc and last_tree is not None:
        return last_tree.children[tok.i]
    return _tree(doc).children[tok.i]


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``."""
    return _tree(doc).ents


def release(doc: Doc) -> None:
    """Forget the lists kept for ``doc`` (they refer back to it, so the document would otherwise
    wait for the garbage collector)."""
    doc.user_data.pop(_KEY, None)
    if _last[0][0] is doc:
        _last[0] = (None, None)
