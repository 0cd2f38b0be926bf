"""The per-document index: tokens, dependency tree and entities of a parsed document, read once.

spaCy makes a new ``Token`` object on every ``doc[i]``, every step over a span and every
``Token.children`` (which also scans the token's whole subtree span); ``Doc.ents`` builds its
spans anew on every access. The frame and coding rules ask for the same tokens many times, so
they are listed once per document in a :class:`DocIndex`. The index is the one home of
per-document state: rules that memoise pure functions of the parse keep their tables on it
(:func:`memo`), so everything lives exactly as long as the article being coded. The pipeline
opens it when an article's work starts (:func:`open_index`, carried on ``Work.index``) and
:func:`release` drops it when the article is coded (the lists refer back to the document). A
document must not be retokenized while its index is kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.index"
# spaCy's entity labels of a place's name (a country or city, a region or water, a building or site)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
M = TypeVar("M")


class DocIndex:
    """Tokens, children and entities of one document, and the memo tables of the rules over it."""

    __slots__ = ("tokens", "children", "ents", "memos", "text", "spans", "offsets", "sentences")

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
        self.memos: dict[type, object] = {}
        self.text: str | None = None  # doc.text, joined on first use
        self.spans: dict[tuple[int, int], Span | None] = {}  # char_span(start, end, "expand") by offsets
        self.offsets: tuple[list[int], list[int]] | None = None  # each token's first and end character, on first use
        self.sentences: tuple[list[int], tuple[Span, ...]] | None = None  # doc.sents and where each begins, when asked


# The document being coded and its index: the rules ask about one document at a time, and an
# identity check is cheaper than the look-up in its user_data. Set by open_index, cleared by
# release; replaced whole, so that threads coding other documents never see one document with
# another's index.
_current: list[tuple[object, DocIndex | None]] = [(None, None)]


def open_index(doc: Doc) -> DocIndex:
    """The document's index, built now if it has none (the pipeline calls it as an article's work starts)."""
    index: DocIndex | None = doc.user_data.get(_KEY)
    if index is None or len(index.tokens) != len(doc):
        index = doc.user_data[_KEY] = DocIndex(doc)
    _current[0] = (doc, index)
    return index


def index(doc: Doc) -> DocIndex:
    current_doc, current = _current[0]
    if current_doc is doc and current is not None:
        return current
    return open_index(doc)


def memo(doc: Doc, kind: type[M]) -> M:
    """The document's memo table of a kind (a class built with no arguments), made on first use."""
    tables = index(doc).memos
    table = tables.get(kind)
    if table is None:
        table = tables[kind] = kind()
    return table  # type: ignore[return-value]


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens (``list(doc)``); slice it by ``span.start:span.end`` for a span's."""
    return index(doc).tokens


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` as a tuple, in document order."""
    doc = tok.doc
    current_doc, current = _current[0]
    if current_doc is doc and current is not None:
        return current.children[tok.i]
    return index(doc).children[tok.i]


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``."""
    return index(doc).ents


def text(doc: Doc) -> str:
    """``doc.text`` (which spaCy joins from all the tokens anew on every access), joined once."""
    idx = index(doc)
    if idx.text is None:
        idx.text = doc.text
    return idx.text


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, made once per offsets (the same phrase or
    trigger is asked about by many rules); the span is shared, so callers must not change it."""
    spans = index(doc).spans
    key = (start, end)
    if key in spans:
        return spans[key]
    span = spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


def _offsets(doc: Doc) -> tuple[list[int], list[int]]:
    idx = index(doc)
    if idx.offsets is None:
        import numpy
        from spacy.attrs import IDX, LENGTH

        table = doc.to_array([IDX, LENGTH]).astype(numpy.int64)  # each token's first character and length
        idx.offsets = (table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist())
    return idx.offsets


def token_at(doc: Doc, char: int) -> Token | None:
    """``next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)``: the token the
    character offset falls in, found by bisection (the tokens' offsets rise, and none overlaps)."""
    starts, ends = _offsets(doc)
    first = bisect_right(ends, char)  # the first token that ends after the offset
    if first < len(starts) and starts[first] <= char:
        return index(doc).tokens[first]
    return None


def tokens_from(doc: Doc, start: int, end: int) -> list[Token]:
    """``[t for t in doc if start <= t.idx < end]``: the tokens that begin inside the character
    offsets, in order."""
    starts, _ = _offsets(doc)
    return index(doc).tokens[bisect_left(starts, start) : bisect_left(starts, end)]


def _sentences(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    idx = index(doc)
    if idx.sentences is None:
        sents = tuple(doc.sents)
        idx.sentences = ([s.start for s in sents], sents)
    return idx.sentences


def sentence(tok: Token) -> Span:
    """``tok.sent`` (which walks the tokens to the sentence's bounds on every access), found by
    bisection among the document's sentences; the span is shared, so callers must not change it."""
    starts, sents = _sentences(tok.doc)
    return sents[bisect_right(starts, tok.i) - 1]


def sentence_start(tok: Token) -> int:
    """``tok.sent.start``: the index of the first token of the token's sentence."""
    starts, _ = _sentences(tok.doc)
    return starts[bisect_right(starts, tok.i) - 1]


def release(doc: Doc) -> None:
    """Forget the index kept for ``doc`` (it refers back to the document, so the document would
    otherwise wait for the garbage collector)."""
    doc.user_data.pop(_KEY, None)
    if _current[0][0] is doc:
        _current[0] = (None, None)
