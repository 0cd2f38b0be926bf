"""Spans to highlight: text cut into (piece, kind) segments that a template prints escaped.

No HTML is built here: the template wraps each highlighted piece in an element whose class is
the kind, and Jinja's autoescape prints the piece itself, so article text stays text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # actor | recipient | trigger | date | place | event (on an article page)
    title: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None
    title: str = ""


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut ``text`` by non-overlapping spans (earlier and then longer spans win an overlap)."""
    out: list[Segment] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.start < pos or s.end <= s.start or s.end > len(text):
            continue
        if s.start > pos:
            out.append(Segment(text[pos : s.start], None))
        out.append(Segment(text[s.start : s.end], s.kind, s.title))
        pos = s.end
    if pos < len(text):
        out.append(Segment(text[pos:], None))
    return out


def _find(text: str, needle: str | None, taken: list[Span]) -> tuple[int, int] | None:
    if not needle:
        return None
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return None
        if not any(i < t.end and t.start < i + len(needle) for t in taken):
            return i, i + len(needle)
        start = i + 1


def event_spans(rec: dict[str, Any], sentence_start: int) -> list[Span]:
    """Trigger (from the record's offsets), actors, recipients, date words and place in its sentence."""
    text = rec.get("text") or ""
    spans: list[Span] = []
    s, e = rec.get("start_char"), rec.get("end_char")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s - sentence_start < e - sentence_start <= len(text):
        spans.append(Span(s - sentence_start, e - sentence_start, "trigger", f"trigger: {rec.get('event_text')}"))
    for role in ("actor", "recipient"):
        for ref in rec.get(role) or []:
            hit = _find(text, ref.get("entity_text"), spans)
            if hit:
                spans.append(Span(*hit, role, f"{role}: {ref.get('code') or ref.get('name') or ''}"))
    hit = _find(text, rec.get("date_text"), spans)
    if hit:
        spans.append(Span(*hit, "date", f"date: {rec.get('date')}"))
    loc = rec.get("event_loc") or {}
    hit = _find(text, loc.get("extracted_place"), spans)
    if hit:
        spans.append(Span(*hit, "place", f"place: {loc.get('resolved_place') or ''}"))
    return spans


def article_spans(art: dict[str, Any]) -> list[Span]:
    """Every event trigger and every actor, date and place mention of an article."""
    spans = [
        Span(ev["start_char"], ev["end_char"], "trigger", f"{ev.get('event')} ({ev.get('cameo')})")
        for ev in art["events"]
        if isinstance(ev.get("start_char"), int) and isinstance(ev.get("end_char"), int)
    ]
    spans += [
        Span(m["start_char"], m["end_char"], m["kind"], f"{m['kind']}: {m.get('value') or ''}")
        for m in art["mentions"]
        if m["kind"] in {"actor", "date", "place"}
    ]
    return spans
