"""Toponyms the entity tagger missed: a gazetteer matcher over runs of capitalised words.

spaCy's small model leaves many place names untagged ("Saskatoon", "Naypyitaw", "Prešov") or
tags them as something else (a DATE, a CARDINAL). After the entity-based recognition
(:mod:`newsevents.recognize.places`), every run of capitalised words that no mention covers is
looked up whole in the gazetteer, and kept as a place (label ``gazetteer``) under guards:

* the run is proper nouns (or a word in capitals), is not an organisation or person of the
  knowledge base, and is not a demonym (those become ``demonym`` mentions: the country);
* a country, a first-level division or a curated region matched by its own name (not an
  alternate name) is kept anywhere;
* a city is kept after a locative preposition or before ", <a known place>" ("Allendale, N.J.")
  with at least 1,000 people; elsewhere it needs 20,000 people and its own name (a match by
  alternate name needs 50,000 anywhere). A run at the start of a sentence needs the stronger test.

Also the place at the start of an organisation's name that the knowledge base does not know
("the New York Times", "US Special Forces"): label ``embedded``, the place the name is about,
never an event location.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_path
from newsevents.parse.tree import ents, sentence_start, tokens
from newsevents.parse.tree import text as doc_text
from newsevents.records import Place
from newsevents.resolve.gazetteer import Reading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Named",
    "comma_parts",
    "containing_place",
    "numeric_name",
    "embedded_toponyms",
    "is_site",
    "joined_to_place",
    "overlaps",
    "same_sense",
    "untagged_toponyms",
]

LOCATIVE_PREPS = LEXICON["place_prepositions"]
WEAK_POPULATION = 1_000
CITY_POPULATION = 20_000
ALTERNATE_POPULATION = 50_000
_MAX_RUN = 5
_CONNECTORS = {"-", "de", "del", "al", "el", "la", "upon", "on", "of"}

Resolver = Callable[[str], Reading]  # a name's reading in the gazetteer (resolve/gazetteer.py)


def overlaps(span: Span, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the span shares a character with one of the (start, end) ranges."""
    start, end = span.start_char, span.end_char  # read once, not for every range
    return any(start < e and s < end for s, e in ranges)


def _capitalised(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and any(c.isalpha() for c in t) and (tok.pos_ == "PROPN" or (t.isupper() and len(t) > 2))


def _runs(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """Maximal runs of capitalised words (with inner connectors: "Stratford-upon-Avon", "Rio de
    Janeiro") outside every mention already made and every entity; a connector never joins a word
    of an entity ("visited Kyiv on Thursday": Kyiv, not "Kyiv on Thursday")."""
    busy = [*taken, *((e.start_char, e.end_char) for e in ents(doc))]
    toks = tokens(doc)
    i, n = 0, len(toks)
    while i < n:
        if not _capitalised(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_RUN:
            if _capitalised(toks[j]) and sentence_start(toks[j]) == sentence_start(toks[i]):
                j += 1
            elif (
                toks[j].lower_ in _CONNECTORS
                and j + 1 < n
                and _capitalised(toks[j + 1])
                and not toks[j + 1].ent_type_  # "Kyiv on Thursday": a date is no part of the name
                and toks[j].lower_ != "of"
            ):
                j += 2
            else:
                break
        span = doc[i:j]
        i = j
        if overlaps(span, busy):
            continue
        yield span


def _locative(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end : span.end + 2]
    if before is not None and before.lower_ in LOCATIVE_PREPS:
        return True
    if span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_PREPS:
        return True
    return len(after) == 2 and after[0].text == "," and after[1].text[:1].isupper()  # "Allendale, N.J."


# Feature codes of the curated sites of data/geo/regions.tsv ("the White House", "Camp David"):
# a place only where the syntax says so ("at the White House"), since news names the seats of
# governments mostly for their occupants ("the White House said").
LANDMARK_CODES = frozenset({"BLDG", "SQR", "INSM"})


def landmark(place: Place | None) -> bool:
    """A curated site (a building, a square, a base), not a division or a region."""
    return (
        place is not None
        and place.level == "region"
        and place.geonameid is None
        and (place.feature_code in LANDMARK_CODES)
    )


def keep(place: Place, by_alternate: bool, span: Span) -> str | None:
    """Why a gazetteer match of an untagged run counts as a place, or None."""
    own_name = not by_alternate
    initial = span.start == sentence_start(span[0])
    if landmark(place):
        return "a site by its own name after a preposition of place" if own_name and _locative(span) else None
    if place.level in {"country", "admin1", "region"} and own_name:
        return f"{place.level} by its own name"
    if place.level != "city":
        return None
    if not own_name:
        return None
    if _locative(span) and not initial and place.population >= WEAK_POPULATION:
        return "a city in a locative phrase"
    if place.population >= CITY_POPULATION and (not initial or place.population >= ALTERNATE_POPULATION):
        return f"a city of {place.population:,} people"
    return None


def untagged_toponyms(
    doc: Doc, taken: list[tuple[int, int]], resolve: Resolver, excluded: Callable[[str], bool]
) -> Iterator[tuple[Span, Place, str]]:
    """(span, place, why) for every untagged run of capitalised words the gazetteer and the guards
    accept; ``excluded`` says a name is an actor or a demonym (left to the caller)."""
    for span in _runs(doc, taken):
        text = span.text
        name = text.title() if text.isupper() else text
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or excluded(name):
            continue
        place, _, reason, alt, _ = resolve(name)
        if place is None:
            continue
        why = keep(place, alt, span)
        if why is not None:
            yield span, place, f"untagged proper noun, {why}; {reason}"


# Entity labels whose names may hold a place ("the Kidney Foundation of Canada", "the Valdai
# Discussion Club"); not PERSON: "Jordan Peterson", "Paris Hilton".
_HOLDER_LABELS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "NORP", "PRODUCT", "LAW"}
_STRONG_CITY = 100_000


def _embedded_ok(reading: Reading) -> bool:
    place = reading.place
    if place is None or reading.by_alternate or landmark(place):
        return False
    if place.level in {"country", "admin1"} or (place.level == "region" and place.geonameid is None):  # curated
        return True
    if place.level != "city":
        return False
    # "Cavan County Council": a town named with its place noun needs no size
    return place.population >= _STRONG_CITY or reading.place_noun


def embedded_toponyms(doc: Doc, taken: list[tuple[int, int]], resolve: Resolver) -> Iterator[tuple[Span, Place, str]]:
    """The place in an organisation's name: the longest leading run of words ("New York Times",
    "US Special Forces", "Cavan County Council") or the run after "of" ("the Kidney Foundation of
    Canada", "the Office of the New Zealand High Commissioner") that names a country, a
    division, a curated region or a city of 100,000 people (any town when its place noun is
    named with it: "X County")."""
    for ent in ents(doc):
        if ent.label_ not in _HOLDER_LABELS or len(ent) < 2:
            continue
        if overlaps(ent, taken):
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if not words:
            continue
        found = False
        for k in range(min(len(words) - 1, 3), 0, -1):
            span = doc[words[0].i : words[k - 1].i + 1]
            reading = resolve(span.text)
            if reading.place is not None and _embedded_ok(reading):
                yield span, reading.place, f"the place in the name '{ent.text}'; {reading.reason}"
                found = True
                break
        if found:
            continue
        ofs = [t for t in ent if t.lower_ == "of" and t.i > ent.start]
        if not ofs:
            continue
        start = ofs[-1].i + 1
        if start < ent.end and doc[start].lower_ == "the":
            start += 1
        for end in range(min(ent.end, start + 4), start, -1):
            span = doc[start:end]
            if not span.text[:1].isupper():
                break
            reading = resolve(span.text)
            if reading.place is not None and _embedded_ok(reading):
                yield span, reading.place, f"the place in the name '{ent.text}'; {reading.reason}"
                break


def joined_to_place(span: Span, places: Iterable[tuple[int, int]]) -> str | None:
    """The place a span is listed with ("shops in Trnava, Martin, Poprad and Zvolen"): a name
    joined by "and" or a comma to one of the ``places`` (character ranges of resolved place
    mentions), or None."""
    root = span.root
    group = list_path(root)
    group.extend(c for g in list(group) for c in g.children if c.dep_ == "conj")
    for g in group:
        if g.i in range(span.start, span.end):
            continue
        for s, e in places:
            if s <= g.idx < e:
                return g.text
    return None


def same_sense(
    doc: Doc, named: dict[str, tuple[Place, str]], taken: list[tuple[int, int]]
) -> Iterator[tuple[Span, Place, str]]:
    """One sense per article: a capitalised run of words, inside an entity of another kind or
    untagged, that spells a place named elsewhere in the article ("ALLENDALE, N.J." ... "The
    Allendale Woman's Club"); ``named`` maps a folded name to (place, the text that named it)."""
    if not named:
        return
    longest = max(len(k.split()) for k in named)
    toks = tokens(doc)
    whole = doc_text(doc)
    i, n = 0, len(toks)
    while i < n:
        found = None
        if toks[i].text[:1].isupper():
            start = toks[i].idx
            for k in range(min(longest, n - i), 0, -1):
                last = toks[i + k - 1]
                if not last.text[:1].isupper() and k > 1:
                    continue
                key = " ".join(whole[start : last.idx + len(last.text)].split()).casefold()  # the span's text
                if key in named:
                    span = doc[i : i + k]
                    if not overlaps(span, taken):
                        found = span
                        break
        if found is None:
            i += 1
            continue
        place, text = named[" ".join(found.text.split()).casefold()]
        yield found, place, f"the place named '{text}' elsewhere in the article (one sense per article)"
        i = found.end


SITE_NOUNS = LEXICON["site_nouns"]
# "X in Y", "X, Y", "X of Y": the text between a site and the place it stands in.
_IN_PLACE = re.compile(r"^\s*(?:,\s*)?(?:(?:in|near|at|of|outside)\s+(?:the\s+)?)?$")
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:the\s+)?$")


@dataclasses.dataclass(frozen=True)
class Named:
    """A resolved place mention, as the containment rule sees it."""

    start: int
    end: int
    sentence: int
    place: Place
    text: str


def containing_place(
    text: str, start: int, end: int, sentence: int, site: bool, named: Sequence[Named]
) -> tuple[Named, str] | None:
    """The place a name without a point of its own stands in: the place right after it ("Thruxton,
    Hampshire", "Lincoln Avenue in the Chicago Lakeview area": ``_IN_PLACE``) or right before it as
    a possessor ("Seoul's Jamsil Stadium"); for a street or site (``site``: one of its last two
    words is one of ``SITE_NOUNS``) also the town named last before it in this sentence or the two
    before. Only a town or a first-level division lends its point. (the place, how), or None."""
    wide = {"city", "sub-city", "admin1"}  # a country's point is too far from a street in it
    for n in named:
        if n.sentence != sentence or n.place.level not in wide:
            continue
        if n.start >= end and _IN_PLACE.match(text[end : n.start]):
            return n, "the place it is placed in"
        if n.end <= start and (_POSSESSIVE_GAP.match(text[n.end : start]) or _owner_named(text, n, start)):
            return n, "the place whose it is"
    if not site:
        return None
    before = [n for n in named if n.end <= start and sentence - 2 <= n.sentence <= sentence
              and n.place.level in {"city", "sub-city", "admin1"}]  # fmt: skip
    if before:
        return max(before, key=lambda n: n.end), "the town named last before it"
    return None


def _owner_named(text: str, n: Named, start: int) -> bool:
    """Whether a mention that holds its own possessive ending ("Mexico City's" tagged as one entity) stands
    right before a name: its owner ("Mexico City's Chapultepec Castle") (places47)."""
    return n.text.endswith(("'s", "’s")) and not text[n.end : start].strip()


def possessed_site(text: str, start: int, end: int, sentence: int, named: Sequence[Named]) -> bool:
    """'Istanbul's Ataturk airport': a name right before one of ``SITE_NOUNS`` and right after a
    town in the possessive names a site in that town, even where the name alone is a place too
    (a town called Atatürk elsewhere)."""
    after = text[end : end + 40].split()
    if not after or after[0].strip(".,;").lower() not in SITE_NOUNS:
        return False
    return any(
        n.sentence == sentence and n.end <= start and n.place.level in {"city", "sub-city", "admin1"}
        and _POSSESSIVE_GAP.match(text[n.end : start]) is not None
        for n in named
    )  # fmt: skip


def is_site(name: str) -> bool:
    """A street or a site by its last words ("Eglinton Avenue West", "the Manila Cathedral")."""
    words = [w.strip(".").lower() for w in name.split()]
    return any(w in SITE_NOUNS for w in words[-2:])


def comma_parts(ent: Span) -> list[Span]:
    """The comma-separated parts of an entity that start with a capital ("Donington Park",
    "Leicestershire")."""
    parts, start = [], ent.start
    for t in [*ent, None]:
        if t is None or t.text == ",":
            end = t.i if t is not None else ent.end
            span = ent.doc[start:end]
            if len(span) and span.text[:1].isupper():
                parts.append(span)
            start = end + 1
    return parts


_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr, *calendar.day_abbr) if w
)


def dated_month(tok: Token) -> bool:
    """Whether a proper noun is a month or a weekday told with a number beside it ("on the night of
    August 7", "on 7 August", "in May 1998"): a date the model left untagged, no place."""
    if tok.lower_.rstrip(".") not in _CALENDAR_WORDS:
        return False
    doc = tok.doc
    return any(0 <= k < len(doc) and doc[k].like_num for k in (tok.i - 1, tok.i + 1))


def numeric_name(ent: Span) -> bool:
    """Whether a DATE / CARDINAL ... entity may be a name: no digit, no weekday or month word."""
    return not any(c.isdigit() for c in ent.text) and not any(t.lower_.rstrip(".") in _CALENDAR_WORDS for t in ent)


_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+.*$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def clean_name(text: str) -> str:
    """The name to look up: no leading "the", no trailing possessive or dash debris."""
    name = _DASH_TAIL.sub("", text.strip())
    name = _LEADING_THE.sub("", name)
    if _POSSESSIVE.search(name) and not name.endswith("s'"):
        name = _POSSESSIVE.sub("", name)
    elif name.endswith("s'") or name.endswith("s’"):
        name = name[:-1]
    return name.strip(" ,.;:")
