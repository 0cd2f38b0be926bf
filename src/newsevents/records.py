"""Typed records that flow through the pipeline.

Every span is a pair of character offsets into ``Article.text`` (``start_char`` inclusive,
``end_char`` exclusive). Records are frozen: a stage returns new records instead of mutating.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from json.encoder import encode_basestring_ascii
from typing import Any, Literal

MentionKind = Literal["actor", "place", "date"]
Precision = Literal["day", "month", "year", "unknown", "publication"]
Modality = Literal["asserted", "future", "hypothetical", "negated", "reported"]


# what json.dumps(p, sort_keys=True, default=str) makes, without building an encoder per call
_HASH_ENCODER = json.JSONEncoder(sort_keys=True, default=str)


def content_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts (used for ids that make re-ingest idempotent). A string or
    an integer is written as the encoder writes it, without the encoder's call (an integer took it
    through its whole iterative encoding: about 6 microseconds, three times per event id)."""
    h = hashlib.sha256()
    for p in parts:
        if type(p) is str:
            h.update(encode_basestring_ascii(p).encode("utf-8"))
        elif type(p) is int:
            h.update(int.__repr__(p).encode("utf-8"))
        else:
            h.update(_HASH_ENCODER.encode(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


_LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # a record class's field names (one entry per class)


def plain(obj: Any) -> Any:
    """``dataclasses.asdict(obj)``, equal value for value, without its deep copy of every string and
    number (a third of the time of writing a batch's mentions): records hold immutable values."""
    cls = type(obj)
    if cls in _LEAF_TYPES:
        return obj
    names = _FIELD_NAMES.get(cls)
    if names is None:
        if not is_dataclass(cls):
            if cls is tuple or cls is list:
                return cls(plain(v) for v in obj)
            if cls is dict:
                return {plain(k): plain(v) for k, v in obj.items()}
            return copy.deepcopy(obj)  # (what asdict does with any other value)
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return {name: plain(getattr(obj, name)) for name in names}


@dataclass(frozen=True)
class Article:
    """One input document. ``text`` is the body that events are coded from (no header, no dateline)."""

    id: str
    text: str
    pub_date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    dateline: str | None = None
    source_name: str | None = None  # the file (and line) the article came from
    language: str | None = None  # ISO 639-1, as detected by the reader; None: not detected
    part_of: str | None = None  # for a part of an over-long article: the whole article's id
    offset: int = 0  # where ``text`` starts in the whole article's text (0 unless a part)

    @staticmethod
    def make_id(text: str, title: str | None = None) -> str:
        return "a-" + content_hash(title or "", text)


@dataclass(frozen=True)
class Sentence:
    index: int
    start_char: int
    end_char: int
    text: str


# The words in an event's reasons when its date was counted back from an undated head told as the
# story's news ("The invasion came three days after ..."): an inference that lends itself to no other act
# (Event.date_from_news says so; the words only explain it).
NEWS_COUNT = "the story's news"


@dataclass(frozen=True)
class DateInfo:
    """A normalised date: ``value`` is YYYY-MM-DD, YYYY-MM or YYYY according to ``precision``."""

    value: str
    precision: Precision
    end_value: str | None = None  # for ranges ("from 2001 to 2009")
    reason: str = ""


def first_day(value: str | None) -> dt.date | None:
    """The first day a date value stands for: "2019-03-14" that day, "2019-03" March 1, "2019"
    January 1; None for no value or one that is no date."""
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        return dt.date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
    except ValueError:
        return None


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    geonameid: int | None
    lat: float
    lon: float
    country_code: str | None  # ISO 3166 alpha-3
    admin1: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0
    level: Literal["country", "admin1", "city", "sub-city", "region"] = "city"


@dataclass(frozen=True)
class CountryRead:
    """The word a reference's country was read from in its phrase (kb/resolve.py) and how: ``kind``
    is "country name", "demonym", "metonym", "capital metonym", "people" or "place"; ``prep`` is the
    preposition before it when the word names a place inside the phrase ("talks in Madrid")."""

    kind: str
    text: str
    prep: str | None = None


@dataclass(frozen=True)
class LentCountry:
    """A country a reference's own words do not say, lent by the story: ``by`` is "dateline" (the
    dateline's country), "fronted place" (the place its sentence opens with), "sentence country" (the
    one country its sentence names), "sentence country besides the target" (the other of the two
    countries its sentence names when its act is aimed at one: participants.lending.besides_target)
    or "agentless passive" (the state of the event's place for a state act no one is said to do), or
    "same noun named before" (the country the story gave the same noun when it named it with one:
    "the junta" after "the military junta in Niger", participants/samenoun.py), or "story lead" (the
    one country the first placed sentence of a story without a dateline names, for a sentence after it
    that names no place: participants.lending.sentence_force), or "posted at the dateline" (not lent:
    the dateline's country that a role word of the story took before the name in apposition to it named
    someone of another country, "DILI - The force commander, Australian General X, met ...": the
    reference keeps its own country and acts where the story is filed, where/actorphrase.posted);
    ``country`` is the ISO3 lent."""

    by: str
    country: str


# LentCountry.by
DATELINE = "dateline"
FRONTED_PLACE = "fronted place"
SENTENCE_COUNTRY = "sentence country"
OTHER_THAN_TARGET = "sentence country besides the target"
AGENTLESS_PASSIVE = "agentless passive"
NAMED_BEFORE = "same noun named before"
STORY_LEAD = "story lead"
POSTED_THERE = "posted at the dateline"

# ActorRef.role_basis: which of a known person's dated roles gave the reference its country and sector
ROLE_ON_DAY = "role held on the day"  # the role valid on the date the phrase was read on
ROLE_LATEST = "latest role"  # no date given, and the person holds no role today: the latest one held


# The kinds of knowledge-base id, the word before its colon: a known country, organisation or person,
# a sector word ("troops": ``sector:MIL``), or the people of a place no one names (``place:XXX``).
KbKind = Literal["country", "org", "person", "sector", "place"]
# the kinds that say what kind of actor a phrase names, not which one: two such refs are not one actor
GENERIC_KINDS: frozenset[str] = frozenset({"country", "sector", "place"})


def kb_kind(kb_id: str | None) -> str | None:
    """The kind of a knowledge-base id (the word before its colon: "person:putin" → "person"); None
    when there is no id."""
    kind, colon, _ = (kb_id or "").partition(":")
    return kind if colon else None


@dataclass(frozen=True)
class ActorRef:
    """An actor or recipient as resolved against the knowledge base."""

    entity_text: str
    name: str | None
    code: str | None  # CAMEO-style actor code, e.g. "AFGGOV", "IGOCSTO"
    country: str | None  # ISO3
    sector: str | None  # PLOVER sector, e.g. GOV, MIL, REB, CVL, IGO
    kb_id: str | None
    role: str | None = None
    start_char: int = -1
    end_char: int = -1
    reason: str = ""
    read: CountryRead | None = None  # how a country was read from the phrase (None: not from a country word)
    lent: LentCountry | None = None  # a country lent by the story, not said by the phrase (kept when moved)
    role_basis: str | None = None  # a known person's role chosen: ROLE_ON_DAY or ROLE_LATEST (None: neither)

    def key(self) -> tuple[str | None, str | None, str | None]:
        return (self.kb_id, self.country, self.sector)

    @property
    def kind(self) -> str | None:
        """The kind of its knowledge-base id (:data:`KbKind`; None when it has none)."""
        return kb_kind(self.kb_id)

    @property
    def kb_ref(self) -> str:
        """Its knowledge-base id within its kind ("org:nato" → "nato"; empty when it has none)."""
        return (self.kb_id or "").partition(":")[2]

    @property
    def place_people(self) -> bool:
        """Whether this is the people of a place (:meth:`people_of`, ``place:XXX``), a target no one names."""
        return self.kind == "place"

    def in_country(self, country: str, why: str) -> ActorRef:
        """This reference placed in ``country`` (its code that country's, of its sector), ``why``
        added to its reason."""
        return replace(self, country=country, code=f"{country}{self.sector or ''}", reason=f"{self.reason}; {why}")

    @classmethod
    def people_of(cls, country: str, text: str, reason: str, start: int = -1, end: int = -1) -> ActorRef:
        """The people of a country (a target no one names: ``place:XXX``), read from ``text``."""
        return cls(text, None, country, country, None, f"place:{country}", None, start, end, reason)

    @classmethod
    def group_member(cls, country: str, sector: str | None, text: str, span: tuple[int, int], reason: str) -> ActorRef:
        """One country a group phrase stands for ("both sides", "the three countries"): that country's
        actor of the phrase's sector (None: the country itself), read from ``text`` at ``span``."""
        code = f"{country}{sector or ''}"
        return cls(text, None, code, country, sector, f"country:{country}", None, span[0], span[1], reason)

    @classmethod
    def government_of(cls, country: str, text: str, reason: str) -> ActorRef:
        """A country's government (``XXXGOV``), read from ``text`` (empty when inferred)."""
        return cls(text, None, f"{country}GOV", country, "GOV", f"country:{country}", None, -1, -1, reason)


def countries_of(refs: Iterable[ActorRef]) -> set[str]:
    """The countries of ``refs`` (a reference with none adds nothing)."""
    return {r.country for r in refs if r.country}


def sole_country(refs: Iterable[ActorRef]) -> str | None:
    """The one country all of ``refs`` are of, or None when there are none, one has no country, or they
    are of more than one."""
    countries = {r.country for r in refs}
    return countries.pop() if len(countries) == 1 else None


def told_before(frame: Frame, events: Sequence[Event]) -> Iterator[Event]:
    """The events of ``events`` (in the order told) told before the frame's trigger, the latest first:
    those of earlier sentences and those of its own sentence that start before the trigger."""
    for e in reversed(events):
        if e.sentence_index > frame.sentence_index:
            continue
        if e.sentence_index == frame.sentence_index and e.start_char >= frame.trigger_start:
            continue
        yield e


@dataclass(frozen=True)
class Mention:
    """An actor, place or date mention in an article."""

    kind: MentionKind
    start_char: int
    end_char: int
    text: str
    sentence_index: int
    label: str = ""  # spaCy label or the rule that found it
    date: DateInfo | None = None
    place: Place | None = None
    actor: ActorRef | None = None
    candidates: tuple[Place, ...] = ()
    reason: str = ""
    by_alternate: bool = False  # a place read by an alternate name of the gazetteer only (a weak reading)


@dataclass(frozen=True)
class Frame:
    """Who did what to whom, read off the dependency parse of one clause.

    ``predicate_lemma`` is the head verb (or event noun); ``context`` holds the lemmas that
    verb-frame patterns may require besides it (particles, prepositions, the object's head
    noun, the complement verb of an xcomp chain).
    """

    sentence_index: int
    predicate_lemma: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    context: tuple[str, ...] = ()
    actor_spans: tuple[tuple[int, int], ...] = ()
    recipient_spans: tuple[tuple[int, int], ...] = ()
    object_spans: tuple[tuple[int, int], ...] = ()
    date_spans: tuple[tuple[int, int], ...] = ()
    place_spans: tuple[tuple[int, int], ...] = ()
    passive: bool = False
    negated: bool = False
    modality: Modality = "asserted"
    tense: Literal["past", "present", "future"] = "past"
    reasons: tuple[str, ...] = ()
    # how the actor spans were found (frame/frames.py: PARTICIPLE_AGENT, REACTION_RECEIVED, a NOMINAL_EVENT's
    # "of" phrase, ...; the "subject: ..." reason in words); empty for an event noun's frame
    subject_how: str = ""
    modal: str | None = None  # the modal auxiliary that makes the act hypothetical ("must", "could")


# The step of the where stage's chain that gave an event's place (where/steps.py says what each means):
# a place its own sentence tells, the place of the event told just before, the dateline city, the actors'
# country or town of a domestic event, an organisation's or state's seat, a foreign government's capital,
# a state's capital for its own act, a state's test site for its nuclear test; "none": no place.
PlaceStep = Literal[
    "sentence", "continued", "dateline", "domestic", "seat", "government", "state_capital", "site", "scene", "none"
]


@dataclass(frozen=True)
class EventLocation:
    extracted_place: str
    resolved_place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    feature_class: str | None
    feature_code: str | None
    resolution: str  # country | admin1 | city | sub-city | region | unresolved
    precision: str | None = None  # city | admin1 | country (None: unresolved, or wider than a country)
    step: PlaceStep | None = None  # how an event's place was found (set on the event's location only)


@dataclass(frozen=True)
class Source:
    publisher: str | None
    url: str | None
    pub_date: str | None
    dateline: str | None


@dataclass(frozen=True)
class Event:
    """One coded event; ``to_plover()`` gives the export record of GUIDE.md."""

    id: str
    article_id: str
    sentence_index: int
    date: str | None
    date_precision: Precision
    date_text: str | None
    event: str | None  # PLOVER type
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    cameo_root: str
    quad_code: int
    goldstein: float
    modality: Modality
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    event_loc: EventLocation | None
    event_text: str
    text: str
    start_char: int
    end_char: int
    source: Source
    confidence: float
    reasons: tuple[str, ...]
    coder: str
    coded_date: str
    end_date: str | None = None
    pattern: str = ""
    mentions: tuple[tuple[int, int, int], ...] = field(default=())  # (sentence_index, start, end)
    date_from_news: bool = False  # the date was counted back from the story's news (records.NEWS_COUNT)

    @staticmethod
    def make_id(article_id: str, sentence_index: int, start: int, end: int, cameo: str) -> str:
        return "ev-" + content_hash(article_id, sentence_index, start, end, cameo)

    def to_plover(self) -> dict[str, Any]:
        def actor(a: ActorRef) -> dict[str, Any]:
            return {
                "entity_text": a.entity_text,
                "name": a.name,
                "code": a.code,
                "country": a.country,
                "sector": a.sector,
                "kb_id": a.kb_id,
                "role": a.role,
            }

        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "end_date": self.end_date,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_code": self.quad_code,
            "goldstein": self.goldstein,
            "modality": self.modality,
            "actor": [actor(a) for a in self.actor],
            "recipient": [actor(a) for a in self.recipient],
            "event_loc": plain(self.event_loc) if self.event_loc else None,
            "event_text": self.event_text,
            "text": self.text,
            "sentence_index": self.sentence_index,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "source": plain(self.source),
            "confidence": self.confidence,
            "reasons": list(self.reasons),
            "coder": self.coder,
            "coded_date": self.coded_date,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True)
class Retelling:
    """An event told again ("Jets bombed a camp. The strike killed 12 people."): the id of the
    later telling and of the event it tells again. The coder links them; dedupe merges them."""

    telling_id: str
    event_id: str


@dataclass(frozen=True)
class CodedArticle:
    """What the pipeline returns for one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[tuple[int, int, str, str], ...]  # (start, end, label, text)
    mentions: tuple[Mention, ...]
    frames: tuple[Frame, ...]
    events: tuple[Event, ...]
    notes: tuple[str, ...] = ()
