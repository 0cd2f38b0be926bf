"""`newsevents eval`: scores against gold in the shape of shared/gold/FORMAT.md.

Events (records with ``events`` that have a PLOVER type):
  * recall by group: a required group is found when an output event of the same sentence has
    the type of one of the group's events (or a type in its ``also``);
  * precision: an output event that matches no gold event (required or optional) is an error;
  * on found events: actor / recipient country F1 (country sets), sector accuracy where the gold
    has a sector, dates right where the gold has a date, modality right, places within 161 km.
    A found group's fields are compared with one matching output: the one whose trigger stands
    inside the gold evidence, else one not already scored for another group, else the first
    (chosen by position only, never by the fields; fifteenth session: before, the first matching
    output was taken, so two acts of one type in a sentence were both scored on the first).
Event locations (events with a ``trigger_span`` and ``locations``): the frame at the trigger
chooses a place mention that overlaps a gold location.
Geoparsing (records with ``toponyms``): a gold toponym with coordinates is resolved when an
output place mention overlaps its span and lies within 161 km.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.code.location import choose_location
from newsevents.errors import GoldFormatError
from newsevents.geo import haversine_km
from newsevents.pipeline import Pipeline
from newsevents.read.gold import read_gold
from newsevents.read.readers import ReadOptions, ReadProblem, _article_from_record
from newsevents.records import ActorRef, CodedArticle, Event

KM_RIGHT = 161.0
# Non-ISO codes that gold may write in the country field (CAMEO actor codes for non-state groups).
PSEUDO_COUNTRIES = {"IGO", "NGO", "IMG"}


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __str__(self) -> str:
        v = self.value
        return f"{v:.3f} ({self.hit}/{self.total})" if v is not None else "n/a (0)"


@dataclass
class SetF1:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], out: set[str]) -> None:
        self.tp += len(gold & out)
        self.fp += len(out - gold)
        self.fn += len(gold - out)

    @property
    def value(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def __str__(self) -> str:
        v = self.value
        return f"{v:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})" if v is not None else "n/a"


@dataclass
class Scores:
    records: int = 0
    group_recall: Ratio = field(default_factory=Ratio)
    precision: Ratio = field(default_factory=Ratio)
    type_accuracy: Ratio = field(default_factory=Ratio)
    actor_country: SetF1 = field(default_factory=SetF1)
    recipient_country: SetF1 = field(default_factory=SetF1)
    actor_sector: Ratio = field(default_factory=Ratio)
    recipient_sector: Ratio = field(default_factory=Ratio)
    dates: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    places: Ratio = field(default_factory=Ratio)
    event_location: Ratio = field(default_factory=Ratio)
    # the same gold, scored on what the pipeline outputs: the location of the output event at the
    # gold trigger (where chain included); a trigger without an output event counts as a miss
    event_location_output: Ratio = field(default_factory=Ratio)
    event_location_coded: Ratio = field(default_factory=Ratio)  # the same, on triggers with an output event
    event_location_unusable: int = 0  # gold locations whose span is not a name (left out)
    toponyms_all: Ratio = field(default_factory=Ratio)
    toponyms_recognised: Ratio = field(default_factory=Ratio)
    # recognition apart from resolution: gold toponyms (with coordinates) that a resolved place
    # mention overlaps, and resolved place mentions that overlap a gold toponym
    toponym_recall: Ratio = field(default_factory=Ratio)
    toponym_precision: Ratio = field(default_factory=Ratio)
    false_positives: int = 0
    by_type: dict[str, Ratio] = field(default_factory=dict)
    report: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def v(x: Ratio | SetF1) -> dict[str, Any]:
            d: dict[str, Any] = {"value": x.value}
            d.update(x.__dict__)
            return d

        out: dict[str, Any] = {
            "records": self.records,
            "false_positives": self.false_positives,
            "event_location_unusable": self.event_location_unusable,
        }
        for name in (
            "group_recall",
            "precision",
            "type_accuracy",
            "actor_country",
            "recipient_country",
            "actor_sector",
            "recipient_sector",
            "dates",
            "modality",
            "places",
            "event_location",
            "event_location_output",
            "event_location_coded",
            "toponyms_all",
            "toponyms_recognised",
            "toponym_recall",
            "toponym_precision",
        ):
            out[name] = v(getattr(self, name))
        out["recall_by_type"] = {k: v(r) for k, r in sorted(self.by_type.items())}
        return out


def format_scores(s: Scores) -> str:
    lines = [f"records: {s.records}"]
    if s.group_recall.total:
        lines += [
            f"event recall (required groups found): {s.group_recall}",
            f"event precision: {s.precision}   false positives: {s.false_positives}",
            f"event-type accuracy (groups with an output event in the sentence): {s.type_accuracy}",
            f"actor country F1: {s.actor_country}",
            f"recipient country F1: {s.recipient_country}",
            f"actor sector accuracy: {s.actor_sector}   recipient sector accuracy: {s.recipient_sector}",
            f"dates right: {s.dates}   modality right: {s.modality}   places within {KM_RIGHT:.0f} km: {s.places}",
            "recall by type: " + ", ".join(f"{k} {r}" for k, r in sorted(s.by_type.items())),
        ]
    if s.event_location.total:
        lines.append(
            f"event location right: {s.event_location}   (gold locations left out, span not a name: "
            f"{s.event_location_unusable})"
        )
        lines.append(
            f"event location of the output events (the where chain): {s.event_location_output}   "
            f"on triggers with an output event: {s.event_location_coded}"
        )
    if s.toponyms_all.total:
        lines.append(f"toponyms within {KM_RIGHT:.0f} km, all with coordinates: {s.toponyms_all}")
        lines.append(f"toponyms within {KM_RIGHT:.0f} km, of those recognised: {s.toponyms_recognised}")
        lines.append(
            f"toponym recognition (resolved mentions against gold spans): recall {s.toponym_recall}   "
            f"precision {s.toponym_precision}"
        )
    return "\n".join(lines)


def _sentence_of(coded: CodedArticle, offset: int, pos: int) -> int | None:
    p = pos - offset
    for s in coded.sentences:
        if s.start_char <= p < s.end_char:
            return s.index
    return None


def _types(g: dict[str, Any]) -> set[str]:
    return {t for t in [g.get("event"), *(g.get("also") or [])] if t}


def _countries(refs: list[dict[str, Any]] | tuple[Any, ...]) -> set[str]:
    out = set()
    for r in refs:
        c = r.get("country") if isinstance(r, dict) else r.country
        if c:
            out.add(c)
    return out


def _pseudo_countries(gold_c: set[str], refs: tuple[ActorRef, ...]) -> set[str]:
    """Gold that writes a CAMEO pseudo-country in the country field ("IGO" for the UN, the Red Cross
    or Amnesty International; "IMG" for al-Qaeda): our international organisations have no country,
    so an output IGO or NGO without a country counts as "IGO"/"NGO", and an output code that starts
    with the pseudo-country ("IMGREBAQ") counts as it."""
    out: set[str] = set()
    for code in gold_c & PSEUDO_COUNTRIES:
        for r in refs:
            international = r.country is None and r.sector in {"IGO", "NGO"} and code in {"IGO", "NGO"}
            if international or (r.code or "").startswith(code):
                out.add(code)
    return out


def score_events(rec: dict[str, Any], coded: CodedArticle, offset: int, s: Scores) -> None:
    text = rec["text"]
    gold = [g for g in rec.get("events") or [] if g.get("event")]
    outputs = list(coded.events)
    # The sentence of each gold event: where its evidence stands, else the whole text's first sentence.
    gold_sent: dict[str, int | None] = {}
    told_at: dict[str, tuple[int, int]] = {}  # the gold evidence's span in the coded text
    for g in gold:
        ev = g.get("evidence") or ""
        pos = text.find(ev) if ev else -1
        gold_sent[g["id"]] = (
            _sentence_of(coded, offset, pos) if pos >= 0 else (0 if len(coded.sentences) == 1 else None)
        )
        if pos >= 0:
            told_at[g["id"]] = (pos - offset, pos - offset + len(ev))

    def matches(g: dict[str, Any], o: Event) -> bool:
        si = gold_sent[g["id"]]
        return (si is None or o.sentence_index == si or any(m[0] == si for m in o.mentions)) and o.event in _types(g)

    groups: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        groups.setdefault(g.get("group") or g["id"], []).append(g)
    found: list[str] = []
    missed: list[str] = []
    paired: set[str] = set()  # outputs already scored as another group's event

    def fit(pair: tuple[dict[str, Any], Event]) -> tuple[bool, bool]:
        # Which of the matching outputs a group's fields are scored on: one whose trigger stands inside
        # the gold evidence, then one no other group was scored on; then text order. By position only,
        # never by the fields themselves (so the choice cannot flatter them).
        g, o = pair
        span = told_at.get(g["id"])
        inside = span is not None and span[0] <= o.start_char < span[1]
        return (not inside, o.id in paired)

    for name, members in groups.items():
        if all(m.get("optional") for m in members):
            continue
        pairs = sorted(((g, o) for g in members for o in outputs if matches(g, o)), key=fit)
        ok = bool(pairs)
        s.group_recall.add(ok)
        main = next(m for m in members if not m.get("optional"))
        s.by_type.setdefault(main["event"], Ratio()).add(ok)
        in_sentence = [o for o in outputs if o.sentence_index == gold_sent[main["id"]]]
        if in_sentence:
            s.type_accuracy.add(ok)
        (found if ok else missed).append(name)
        if not ok:
            continue
        g, o = pairs[0]
        paired.add(o.id)
        for role, f1 in (("actor", s.actor_country), ("recipient", s.recipient_country)):
            gold_c = _countries(g.get(role) or [])
            out_c = _countries(getattr(o, role))
            out_c |= _pseudo_countries(gold_c, getattr(o, role))
            f1.add(gold_c, out_c)
        for role, ratio in (("actor", s.actor_sector), ("recipient", s.recipient_sector)):
            # "CVLalb", "REBkur": a sector with an ethnic or religious suffix; the sector is the first three letters
            gsect = {str(r.get("sector"))[:3] for r in g.get(role) or [] if r.get("sector")}
            if gsect:
                ratio.add(bool(gsect & {r.sector for r in getattr(o, role)}))
        if g.get("date"):
            s.dates.add(o.date == g["date"])
        if g.get("modality"):
            s.modality.add(o.modality == g["modality"])
        loc = g.get("location")
        if loc and loc.get("lat") is not None:
            el = o.event_loc
            s.places.add(
                el is not None
                and el.lat is not None
                and el.lon is not None
                and haversine_km(loc["lat"], loc["lon"], el.lat, el.lon) <= KM_RIGHT
            )
    extra = []
    for o in outputs:
        ok = any(matches(g, o) for g in gold)
        s.precision.add(ok)
        if not ok:
            s.false_positives += 1
            extra.append(f"{o.event}/{o.cameo} '{o.event_text}' (sentence {o.sentence_index})")
    s.report.append(f"{rec.get('id')}: found {found or '-'}; missed {missed or '-'}; extra {extra or '-'}")


def _is_name(text: str, loc: dict[str, Any]) -> bool:
    """A gold location whose span is a name: not cut mid-word, at least 3 characters, with letters.
    Some gold records carry broken spans ('g', 'ur', 'ey c'); they are left out and counted."""
    words = loc.get("text", "").strip()
    a, b = loc.get("span") or (0, 0)
    inside_word = (a > 0 and text[a - 1 : a].isalnum()) or (b < len(text) and text[b : b + 1].isalnum())
    return len(words) >= 3 and any(c.isalpha() for c in words) and not inside_word


def score_event_locations(rec: dict[str, Any], coded: CodedArticle, offset: int, s: Scores) -> None:
    for g in rec.get("events") or []:
        span = g.get("trigger_span")
        given = [loc for loc in g.get("locations") or [] if loc.get("text")]
        golds = [loc for loc in given if _is_name(rec["text"], loc)]
        if span and given and not golds:
            s.event_location_unusable += 1
        if not span or not golds:
            continue
        a, b = span[0] - offset, span[1] - offset
        frame = next((f for f in coded.frames if f.trigger_start < b and a < f.trigger_end), None)
        chosen = choose_location(frame, coded.mentions)[0] if frame else None
        ok = False
        if chosen is not None:
            ok = any(
                chosen.start_char < loc["span"][1] - offset and loc["span"][0] - offset < chosen.end_char
                for loc in golds
            )
        s.event_location.add(ok)
        got = chosen.text if chosen else None
        out = _output_location(rec["text"], coded, offset, (a, b), golds)
        s.event_location_output.add(out is True)
        if out is not None:
            s.event_location_coded.add(out)
        s.report.append(
            f"{rec.get('id')}: trigger '{g.get('trigger')}' gold {[x['text'] for x in golds]} "
            f"chosen {got!r} {'ok' if ok else 'WRONG'}; output event "
            f"{'none' if out is None else 'ok' if out else 'WRONG'}"
        )


def _output_location(
    text: str, coded: CodedArticle, offset: int, trigger: tuple[int, int], golds: list[dict[str, Any]]
) -> bool | None:
    """Whether the output event at the trigger (a, b: offsets in the article's text) has a location
    whose extracted name stands at a gold location's span; None when no output event is there."""
    a, b = trigger
    at = [e for e in coded.events if any(s < b and a < t for _, s, t in (*e.mentions, (0, e.start_char, e.end_char)))]
    if not at:
        return None
    for e in at:
        loc = e.event_loc
        if loc is None or not loc.extracted_place:
            continue
        name = loc.extracted_place
        k = text.find(name)
        while k >= 0:
            if any(k < g["span"][1] and g["span"][0] < k + len(name) for g in golds):
                return True
            k = text.find(name, k + 1)
    return False


def score_toponyms(rec: dict[str, Any], coded: CodedArticle, offset: int, s: Scores) -> None:
    places = [m for m in coded.mentions if m.kind == "place" and m.place is not None]
    for t in rec.get("toponyms") or []:
        if t.get("lat") is None or t.get("lon") is None:
            continue
        a, b = t["span"][0] - offset, t["span"][1] - offset
        over = [m for m in places if m.start_char < b and a < m.end_char]
        ok = any(
            m.place is not None and haversine_km(t["lat"], t["lon"], m.place.lat, m.place.lon) <= KM_RIGHT for m in over
        )
        s.toponyms_all.add(ok)
        s.toponym_recall.add(bool(over))
        if over:
            s.toponyms_recognised.add(ok)
    spans = [(t["span"][0] - offset, t["span"][1] - offset) for t in rec.get("toponyms") or [] if t.get("span")]
    for m in places:
        s.toponym_precision.add(any(m.start_char < b and a < m.end_char for a, b in spans))


def evaluate_file(path: Path, pipeline: Pipeline, limit: int | None = None) -> Scores:
    scores = Scores()
    opts = ReadOptions()
    recs = list(read_gold(path))[:limit]
    articles = []
    for rec in recs:
        art = _article_from_record({**rec, "id": rec.get("id") or None}, f"{path}", opts)
        if isinstance(art, ReadProblem):
            raise GoldFormatError(str(art))
        articles.append(art)
    # A file of coded events (any record with an event type) scores every record's output events,
    # those of its negatives (records with no event) too: each is a false event.
    event_gold = any(g.get("event") for rec in recs for g in rec.get("events") or [])
    for rec, coded in zip(recs, pipeline.pipe(articles), strict=True):
        offset = len(rec["text"]) - len(coded.article.text)
        scores.records += 1
        if event_gold:
            score_events(rec, coded, offset, scores)
        if any(g.get("trigger_span") for g in rec.get("events") or []):
            score_event_locations(rec, coded, offset, scores)
        if rec.get("toponyms"):
            score_toponyms(rec, coded, offset, scores)
    return scores
