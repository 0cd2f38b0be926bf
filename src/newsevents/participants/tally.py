"""A story's countries, counted once per article (storyact50).

Every mention of a place or a people the places stage resolved to a country, in text order: the
one count that the participants stage (``Discourse.tally``: the two countries a story is about,
anaphora.story_pair; the countries named in a sentence, ``Discourse.country_spans``) and the coder
(the story's own country for a side known only by a role word, code/storyside.story_country) both
read. Made on first use from the article's places and kept in the document's memo tables
(parse/tree.memo), so the two stages count the same mentions once.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.parse.tree import memo
from newsevents.progress import CountryTally
from newsevents.records import Mention


class _Tallies:
    """The document's one tally, made on first use (a memo table of parse/tree)."""

    def __init__(self) -> None:
        self.tally: CountryTally | None = None


def country_tally(doc: Doc, places: Sequence[Mention], sentences: int) -> CountryTally:
    """The article's tally of the countries its places and peoples (``places``: the places stage's
    mentions) name, made once per document: by the
    participants stage (participants/opening.py), which reads the dateline; the coder reads it again."""
    table = memo(doc, _Tallies)
    if table.tally is None:
        mentions = tuple(
            (m.start_char, m.end_char, m.place.country_code, m.place.level == "country")
            for m in sorted(places, key=lambda m: m.start_char)
            if m.place is not None and m.place.country_code
        )
        table.tally = CountryTally(mentions, sentences)
    return table.tally
