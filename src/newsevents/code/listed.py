"""A finite verb of a list of one subject's acts that the parser hung on the clause before it.

"Zelenskiy declared martial law, announced that Kyiv was severing relations and urged ...": the
parser reads "announced" as an adverbial clause of "declared"; "Medvedev ordered a halt, saying the
aggressor had been punished, and later accepted a plan": it reads "accepted" as a conjunct of the
participle "saying". A finite verb (past or present tense) can be neither the adverbial clause of
another verb without a subordinator nor the conjunct of a participle: it is the next verb of the
subject's list, coordinated with the main verb. So it is no part of that verb's event (the coder's
absorption, code/coder.py) unless the main verb is itself absorbed.

Pure functions of the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.parse.syntax import lowered_conjunct
from newsevents.parse.tree import children

FINITE_TAGS = {"VBD", "VBZ"}
PARTICIPLE_TAGS = {"VBG", "VBN"}
_OWN_DEPS = {"nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass"}
# the words that make a finite verb after a comma part of the clause before it ("..., as did Moscow")
_LINKING_ADVERBS = {"as", "when", "where", "while", "how", "why"}


def _bare_finite(tok: Token) -> bool:
    """A finite verb with no subject, auxiliary or subordinator of its own."""
    if tok.tag_ not in FINITE_TAGS:
        return False
    return not any(c.dep_ in _OWN_DEPS or (c.dep_ == "advmod" and c.lower_ in _LINKING_ADVERBS) for c in children(tok))


def listed_head(tok: Token) -> Token | None:
    """The main verb a finite verb of a list is coordinated with, where the parser hung the verb on
    another clause: an adverbial clause of a finite verb before it, after a comma ("declared martial
    law, announced that ..."), or a conjunct of a participle clause ("..., saying X, and later
    accepted ..."), or a conjunct the parser hung on the last verb of a clause inside the first conjunct
    ("denied that the port had been bombed and called on ...": parse.syntax.lowered_conjunct). None
    for any other verb."""
    low = lowered_conjunct(tok) if tok.dep_ == "conj" else None
    if low is not None:
        return low
    if not _bare_finite(tok) or tok.head.i == tok.i or tok.head.i > tok.i:
        return None
    head = tok.head
    if tok.dep_ == "advcl" and head.tag_ in FINITE_TAGS:
        before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        return head if before is not None and before.text == "," else None
    if tok.dep_ == "conj" and head.tag_ in PARTICIPLE_TAGS and head.dep_ == "advcl" and head.head.i < head.i:
        main = head.head
        return main if main.tag_ in FINITE_TAGS else None
    return None
