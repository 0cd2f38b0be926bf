"""Where: a state's nuclear weapons test is set off at its test site (a step of the where stage
after the event's own sentence: where/location.py's chain, replacing the story's and the actors'
places).

"SEOUL - North Korea said on Monday it had carried out its first nuclear test": the test was not in
Seoul, nor in Pyongyang, but at the state's test site. A test is told by a noun of a test or blast
(lexicon ``weapons_test_nouns``) with a word of a nuclear weapon (``nuclear_test_words``), as the
trigger or the trigger's object; its place is the site of ``data/geo/test_sites.tsv`` where the
actors' one state tested in the event's year (docs/gazetteer.md). A place the chain read in the
sentence stays, unless the sentence names the site itself (the table's ``names``: "beneath Mururoa
atoll, defying protests across the Pacific", "at the Pokhran range in the Rajasthan desert", prec46):
the gazetteer lacks some sites, and the sentence's other place is not where the test was; or the
sentence's place is only a division or the country the site lies in ("three underground tests in the
Rajasthan desert", places52: a division's point can lie 200 km from the site)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from newsevents.errors import KnowledgeError
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.records import ActorRef, EventLocation, Frame, countries_of
from newsevents.tsv import tsv_rows
from newsevents.where.steps import Step

__all__ = ["TEST_SITE", "TestSite", "parse_test_sites", "test_site", "weapons_test"]

TEST_NOUNS = LEXICON["weapons_test_nouns"]
NUCLEAR_WORDS = LEXICON["nuclear_test_words"]
# the steps a test site replaces: a place of the story or the actors, or none
_REPLACED: frozenset[Step] = frozenset(
    {"dateline", "continued", "domestic", "seat", "government", "state_capital", "none"}
)
_NAMED: frozenset[Step] = _REPLACED | {"sentence"}  # a place of the sentence, where it names the site
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "nsubjpass", "prep"})

TEST_SITE = "a nuclear test of {iso3}: its test site"


@dataclass(frozen=True)
class TestSite:
    iso3: str
    name: str
    country: str
    lat: float
    lon: float
    first: int
    last: int | None
    names: tuple[str, ...] = ()  # what a story calls it ("Mururoa", "the Chagai hills")


def parse_test_sites(text: str, name: str = "test_sites.tsv") -> tuple[TestSite, ...]:
    out = []
    for lineno, cols in tsv_rows(text):
        try:
            iso3, site, country, lat, lon, first, last, told = cols[:8]
            names = tuple(n.strip() for n in told.split(",") if n.strip() and told != "-")
            end = None if last == "-" else int(last)
            out.append(TestSite(iso3, site, country, float(lat), float(lon), int(first), end, names))
        except ValueError as e:
            raise KnowledgeError(
                f"{name}:{lineno}: expected iso3, site, country, lat, lon, from, to, names (tab-separated)"
            ) from e
        if len(iso3) != 3 or len(country) != 3:
            raise KnowledgeError(f"{name}:{lineno}: iso3 and country are ISO 3166 alpha-3 codes")
    return tuple(out)


@functools.cache
def test_sites() -> tuple[TestSite, ...]:
    text = resources.files("newsevents.data.geo").joinpath("test_sites.tsv").read_text(encoding="utf-8")
    return parse_test_sites(text)


def _nuclear_test(tok: Token) -> bool:
    # the words before the noun in its own phrase ("its first nuclear weapons test")
    return tok.lemma_.lower() in TEST_NOUNS and any(
        w.i < tok.i and w.dep_ in {"amod", "compound"} and w.lower_ in NUCLEAR_WORDS for w in tok.subtree
    )


def weapons_test(doc: Doc, frame: Frame) -> bool:
    """Whether the event is a nuclear test: its trigger, or the trigger's object (through a
    preposition), is a noun of a test with a word of a nuclear weapon before it."""
    span = trigger_span(doc, frame)
    if span is None:
        return False
    root = span.root
    if _nuclear_test(root):
        return True
    for c in root.children:
        if c.dep_ in _OBJECT_DEPS and (
            _nuclear_test(c) or any(g.dep_ == "pobj" and _nuclear_test(g) for g in c.children)
        ):
            return True
    return False


def test_site(
    doc: Doc,
    frame: Frame,
    step: Step,
    actors: Sequence[ActorRef],
    year: str | None,
    loc: EventLocation | None = None,
) -> tuple[EventLocation, str] | None:
    """The test site of the actors' one state in the event's year, for a nuclear test the chain
    placed only by the story or the actors (or not at all), or by a place of its sentence that names
    the site or is only a division or the country it lies in (``loc``: "in the Rajasthan desert")."""
    countries = countries_of(actors)
    if step not in _NAMED or len(countries) != 1 or year is None or not weapons_test(doc, frame):
        return None
    iso3, when = next(iter(countries)), int(year)
    for s in test_sites():
        if s.iso3 == iso3 and s.first <= when and (s.last is None or when <= s.last):
            if step == "sentence" and not _names(doc, frame, s) and not _wider(loc, s):
                return None  # "at a range near a town": the sentence's own place
            loc = EventLocation(s.name, s.name, None, s.lat, s.lon, s.country, None, "S", None, "sub-city", "city")
            return loc, f"{TEST_SITE.format(iso3=iso3)} '{s.name}' (data/geo/test_sites.tsv)"
    return None


def _wider(loc: EventLocation | None, site: TestSite) -> bool:
    """Whether the sentence's place is only the division or the country the site lies in ("three
    underground tests in the Rajasthan desert": Rajasthan's point is 200 km from Pokhran; places52)."""
    return loc is not None and loc.country_code == site.country and loc.precision in {"admin1", "country"}


def _names(doc: Doc, frame: Frame, site: TestSite) -> bool:
    """Whether the event's sentence names the site by one of its names ("beneath Mururoa atoll")."""
    span = trigger_span(doc, frame)
    words = span.sent.text.lower() if span is not None else ""
    return any(n.lower() in words for n in site.names)
