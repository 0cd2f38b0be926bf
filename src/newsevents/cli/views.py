"""How the CLI shows things: JSON shapes of `analyze`, tables, summaries."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from newsevents.records import CodedArticle, Mention
from newsevents.run import RunSummary


def _date(m: Mention) -> dict[str, Any]:
    d = m.date
    return {
        "start_char": m.start_char,
        "end_char": m.end_char,
        "text": m.text,
        "value": d.value if d else None,
        "precision": d.precision if d else None,
        "end_value": d.end_value if d else None,
        "reason": m.reason,
    }


def _place(m: Mention) -> dict[str, Any]:
    p = m.place
    out: dict[str, Any] = {"start_char": m.start_char, "end_char": m.end_char, "text": m.text, "label": m.label}
    if p is not None:
        out.update(
            name=p.name,
            lat=p.lat,
            lon=p.lon,
            country_code=p.country_code,
            geonameid=p.geonameid,
            admin1=p.admin1,
            level=p.level,
        )
    else:
        out.update(name=None, lat=None, lon=None, country_code=None, geonameid=None)
    out["candidates"] = [
        {
            "name": c.name,
            "country_code": c.country_code,
            "geonameid": c.geonameid,
            "population": c.population,
            "feature_code": c.feature_code,
        }
        for c in m.candidates
    ]
    out["reason"] = m.reason
    return out


def analyze_json(coded: CodedArticle) -> dict[str, Any]:
    a = coded.article
    return {
        "id": a.id,
        "pub_date": a.pub_date.isoformat() if a.pub_date else None,
        "publisher": a.publisher,
        "dateline": a.dateline,
        "sentences": [asdict(s) for s in coded.sentences],
        "entities": [{"start_char": s, "end_char": e, "label": lab, "text": t} for s, e, lab, t in coded.entities],
        "dates": [_date(m) for m in coded.mentions if m.kind == "date"],
        "places": [_place(m) for m in coded.mentions if m.kind == "place"],
        "actors": [
            {"start_char": m.start_char, "end_char": m.end_char, "text": m.text, **(asdict(m.actor) if m.actor else {})}
            for m in coded.mentions
            if m.kind == "actor"
        ],
        "frames": [asdict(f) for f in coded.frames],
        "events": [e.to_plover() for e in coded.events],
        "notes": list(coded.notes),
    }


def _actors(refs: list[dict[str, Any]]) -> str:
    return " + ".join(r.get("code") or r.get("name") or r.get("entity_text") or "?" for r in refs) or "-"


def analyze_text(coded: CodedArticle) -> str:
    a = coded.article
    lines = [f"== {a.id}  published {a.pub_date or 'unknown'}  {a.publisher or ''} {a.dateline or ''}".rstrip()]
    events_by_sentence: dict[int, list[dict[str, Any]]] = {}
    for e in coded.events:
        events_by_sentence.setdefault(e.sentence_index, []).append(e.to_plover())
    for s in coded.sentences:
        lines.append(f"[{s.index}] {s.text}")
        for m in coded.mentions:
            if m.sentence_index != s.index:
                continue
            if m.kind == "date":
                val = f"{m.date.value} ({m.date.precision})" if m.date else "unresolved"
                lines.append(f"     date   '{m.text}' → {val}: {m.reason}")
            elif m.kind == "place":
                p = m.place
                val = f"{p.name}, {p.country_code} [{p.level}] {p.lat:.2f},{p.lon:.2f}" if p else "unresolved"
                lines.append(f"     place  '{m.text}' → {val}: {m.reason}")
        for ev in events_by_sentence.get(s.index, []):
            loc = (ev["event_loc"] or {}).get("resolved_place") or "-"
            lines.append(
                f"  => {ev['event']} ({ev['cameo']}) {_actors(ev['actor'])} → {_actors(ev['recipient'])}  "
                f"date {ev['date']} ({ev['date_precision']})  {ev['modality']}  at {loc}  conf {ev['confidence']}"
            )
            lines.extend(f"       · {r}" for r in ev["reasons"])
    return "\n".join(lines)


TABLE_COLUMNS = ("date", "event", "cameo", "actor", "recipient", "modality", "location", "event_text")


def table_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in records:
        rows.append(
            [
                str(r.get("date") or ""),
                str(r.get("event") or ""),
                str(r.get("cameo") or ""),
                _actors(r["actor"]),
                _actors(r["recipient"]),
                str(r.get("modality")),
                str((r.get("event_loc") or {}).get("resolved_place") or ""),
                str(r.get("event_text") or ""),
            ]
        )
    return rows


def format_table(header: tuple[str, ...], rows: list[list[str]]) -> str:
    widths = [min(max([len(h)] + [len(r[i]) for r in rows]), 40) for i, h in enumerate(header)]

    def fmt(cells: list[str] | tuple[str, ...]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)])


def summary_text(s: RunSummary) -> str:
    lines = [
        f"articles coded: {s.articles}  (already stored, unchanged: {s.unchanged})",
        f"sentences: {s.sentences}  events: {s.events}",
    ]
    if s.no_pub_date:
        lines.append(
            f"articles without a publication date: {s.no_pub_date} (pass --date; relative dates stay unresolved)"
        )
    if s.other_languages:
        n = sum(s.other_languages.values())
        langs = ", ".join(f"{k} {v}" for k, v in sorted(s.other_languages.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"{n} article(s) in other languages: {langs} — stored, not coded (docs/languages.md)")
    for w in s.warnings:
        lines.append(f"warning: {w}")
    if s.skipped:
        lines.append(f"skipped: {s.skipped}")
        lines.extend(f"  skipped {p}" for p in s.problems if p.skipped)
        lines.extend(f"  failed {f.article_id} ({f.source}): {f.reason}" for f in s.failures)
    return "\n".join(lines)
