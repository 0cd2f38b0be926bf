"""Place names the entity tagger cut or swallowed.

Cut at their particles: the entity tagger may read "San Juan de la Maguana" as two
names ("San Juan de" and "la Maguana"), and a part alone is another place or none. Two names (or a
name and the capitalised words after it) joined only by the lower-case particles of Spanish,
Portuguese, French or Italian place names (lexicon ``name_particles``: de, del, de las, do, da ...)
are read as one name when the gazetteer knows the whole ("San Juan de la Maguana", "Ciudad del
Este", "Foz do Iguacu"); otherwise the parts stay as they were.

Swallowed into an organisation's name with the preposition before them ("the Islamic Salvation
Front near Algiers" as one ORG entity): the name after the preposition is a place of its own
(:func:`swallowed_places`).

Cut at their hyphens: spaCy splits "Rostov-on-Don" into five tokens and the tagger may tag "Rostov" alone (and the
gazetteer then finds a town called "Don" elsewhere). Words joined by hyphens with no space, the first and the last
capitalised ("Rostov-on-Don", "Stratford-upon-Avon", "Petropavlovsk-Kamchatsky"), are one name when the gazetteer
knows the whole as a town or a division (:func:`hyphenated_names`); "Israel-Gaza" or "Sunni-Shiite" stay apart."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import PLACE_ENTS, ents
from newsevents.records import Place

__all__ = ["NAME_PARTICLES", "hyphenated_names", "joined_names", "swallowed_places"]

NAME_PARTICLES = LEXICON["name_particles"]
SWALLOWING_PREPS = LEXICON["swallowing_prepositions"]
# the most particles between two parts of one name ("de las", "de la")
_MAX_PARTICLES = 2
# the most capitalised words a part of a name that the tagger left untagged may have
_MAX_WORDS = 3


def _capitalised(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def _part_after(doc: Doc, start: int) -> int:
    """The end of the name that starts at token ``start``: its capitalised words (an entity of the
    tagger where one starts there)."""
    ent = next((e for e in ents(doc) if e.start == start), None)
    if ent is not None:
        return ent.end
    end = start
    while end - start < _MAX_WORDS and _capitalised(doc, end):
        end += 1
    return end


def joined_names(doc: Doc, resolve: Callable[[str], Place | None]) -> Iterator[tuple[Span, Place]]:
    """(the whole name, its place) for each place entity cut at its particles: the entity, up to
    ``_MAX_PARTICLES`` lower-case particles (those the entity ends with count too) and the
    capitalised name after them, when the gazetteer knows the whole."""
    for ent in ents(doc):
        if ent.label_ not in PLACE_ENTS and not any(t.lower_ in NAME_PARTICLES for t in ent[-1:]):
            continue
        k = ent.end
        while ent.start < k - 1 and doc[k - 1].lower_ in NAME_PARTICLES:
            k -= 1  # "San Cristobal de" as one entity: its particle is the joint
        n = ent.end
        while n < len(doc) and n - k < _MAX_PARTICLES and doc[n].lower_ in NAME_PARTICLES:
            n += 1
        if n == k or not _capitalised(doc, n):
            continue
        whole = doc[ent.start : _part_after(doc, n)]
        place = resolve(whole.text)
        if place is not None and place.level in {"city", "sub-city", "admin1"}:
            yield whole, place


# the most words a hyphenated name may join ("Saint-Martin-de-Re-sur-Mer" has six)
_MAX_HYPHENED = 6


def hyphenated_names(doc: Doc, resolve: Callable[[str], Place | None]) -> Iterator[tuple[Span, Place]]:
    """(the whole name, its place) for each run of words joined by hyphens with no space between, its first and last
    words capitalised, that the gazetteer knows whole as a town or a division ("Rostov-on-Don") and that no place
    entity of the tagger already covers whole."""
    i = 0
    while i < len(doc):
        end = i + 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
            and (end + 2 - i) // 2 + 1 <= _MAX_HYPHENED
        ):
            end += 2  # the word after the hyphen joins the run
        start, i = i, max(end, i + 1)
        if end - start < 3 or not _capitalised(doc, start) or not _capitalised(doc, end - 1):
            continue
        whole = doc[start:end]
        if any(e.start <= start and end <= e.end and e.label_ in PLACE_ENTS for e in ents(doc)):
            continue  # the tagger read it whole
        place = resolve(whole.text)
        if place is not None and place.level in {"city", "sub-city", "admin1"}:
            yield whole, place


def swallowed_places(doc: Doc, resolve: Callable[[str], Place | None]) -> Iterator[Span]:
    """Places the entity tagger swallowed into an organisation's name with the preposition before
    them ("the Islamic Salvation Front near Algiers" as one ORG): a capitalised name after
    a preposition of place (lexicon ``swallowing_prepositions``: near, outside, in) inside a
    non-place entity, when the gazetteer knows it as a town, a division or a country."""
    for ent in ents(doc):
        if ent.label_ in PLACE_ENTS or len(ent) < 3:
            continue
        for tok in ent[1:-1]:
            if tok.lower_ not in SWALLOWING_PREPS or tok.dep_ != "prep":
                continue
            start = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
            end = start
            while end < ent.end and _capitalised(doc, end):
                end += 1
            if end == ent.end and end > start:  # the name ends the entity
                name = doc[start:end]
                place = resolve(name.text)
                if place is not None and place.level in {"city", "admin1", "country"}:
                    yield name
