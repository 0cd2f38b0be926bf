"""A place word inside a longer proper name is no place of its own.

The gazetteer knows towns called Summit, Justice, Cave and Congress; news names "the Summit of the
Americas", "the Palace of Justice", "the Cave of the Patriarchs" and "stormed Congress". A name the
entity tagger did not take for a place, found by the gazetteer alone, is dropped when it is only a
part of a longer name (docs/gazetteer.md, "Place words inside longer names"):

* **the head of "X of (the) Y"**: the mention is followed by "of", maybe "the", and a capitalised
  word ("the Summit of the Americas", "the Cave of the Patriarchs", "the Paris of the Middle
  East") and its last word is not a noun that heads a place's own name ("the City of London",
  "the Gulf of Aden": lexicon ``place_name_heads``);
* **the tail of "X of (the) Y"**: the mention stands after a capitalised word that is no such
  noun and "of" ("the Palace of Justice"); only for a name the tagger did not tag as a place
  ("the University of Nairobi": Nairobi is tagged, and is where the university is);
* **a country's institution by its bare name**: "Congress", "Parliament", "the Senate" (lexicon
  ``national_institutions``) name the body, not a town of that name.

Only a town or a smaller place is dropped this way: a country, a first-level division or a region
inside a longer name stays a mention (the rules that read it decide).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import sentence_start, span_at
from newsevents.records import Mention

__all__ = ["longer_name"]

PLACE_NAME_HEADS = LEXICON["place_name_heads"]
NATIONAL_INSTITUTIONS = LEXICON["national_institutions"]
# Labels of mentions the entity tagger did not make a place (recognize/places.py).
_UNTAGGED = frozenset({"gazetteer"})


def _capital_word(tok: Token) -> bool:
    """A capitalised word that is capitalised as a name, not only as a sentence's first word."""
    return (
        tok.text[:1].isupper()
        and any(c.isalpha() for c in tok.text)
        and (tok.i != sentence_start(tok) or tok.pos_ == "PROPN")
    )


def longer_name(doc: Doc, m: Mention) -> str | None:
    """Why the mention ``m`` is only a word of a longer proper name (None if it is not)."""
    if m.place is not None and m.place.level not in {"city", "sub-city"}:
        return None
    span = span_at(doc, m.start_char, m.end_char)
    if span is None or len(span) == 0:
        return None
    words = " ".join(m.text.lower().split()).removeprefix("the ")
    if m.label in _UNTAGGED and words in NATIONAL_INSTITUTIONS:
        return f"'{m.text}' names a country's institution, not a town of that name"
    after = doc[span.end : span.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of" and span[-1].lower_ not in PLACE_NAME_HEADS:
        nxt = after[2] if after[1].lower_ == "the" and len(after) == 3 else after[1]
        if nxt.lower_ != "the" and _capital_word(nxt):
            return f"'{m.text}' heads the longer name '{m.text} of {doc[nxt.i : nxt.i + 1].text}...'"
    if m.label not in _UNTAGGED:
        return None
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ == "of":
        head = doc[k - 1]
        if _capital_word(head) and head.lower_ not in PLACE_NAME_HEADS:
            return f"'{m.text}' ends the longer name '{head.text} of {m.text}'"
    return None
