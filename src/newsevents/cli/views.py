"""How the CLI shows things: JSON shapes of `analyze`, tables, summaries."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import asdict
from importlib import resources
from typing import Any

import click

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
    if s.left_to_others:
        lines.append(
            f"left to another run on the same database: {s.left_to_others} article(s) it was coding "
            "(run again afterwards to check that all are stored)"
        )
    for w in s.warnings:
        lines.append(f"warning: {w}")
    if s.not_coded:
        lines.append(
            f"stopped early: {s.not_coded} article(s) not coded yet; run the same command again to code them "
            "(what is stored is not coded twice)"
        )
    if s.skipped:
        lines.append(f"skipped: {s.skipped}")
        lines.extend(f"  skipped {p}" for p in s.problems if p.skipped)
        lines.extend(f"  failed {f.article_id} ({f.source}): {f.reason}" for f in s.failures)
    return "\n".join(lines)


# -- filter values of `events` and `export` ----------------------------------------------------
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-02, 2025-02-13)"


@functools.cache
def _country_table() -> tuple[frozenset[str], dict[str, str]]:
    """ISO3 codes, and folded country names, aliases and demonyms → ISO3 (data/kb/countries.tsv)."""
    text = resources.files("newsevents").joinpath("data", "kb", "countries.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    codes: set[str] = set()
    names: dict[str, str] = {}
    for row in rows:
        iso3 = (row.get("iso3") or "").strip().upper()
        if not iso3:
            continue
        codes.add(iso3)
        for field_name in ("name", "aliases", "demonyms"):
            for word in (row.get(field_name) or "").split("|"):
                if word.strip():
                    names.setdefault(word.strip().casefold(), iso3)
    return frozenset(codes), names


def country_code(value: str) -> str | None:
    """The ISO3 code that ``value`` names: an ISO3 code, a country's name, alias or demonym."""
    codes, names = _country_table()
    v = value.strip()
    if v.upper() in codes and len(v) == 3:
        return v.upper()
    return names.get(v.casefold())


def _period(name: str, value: str) -> str:
    m = _PERIOD.match(value.strip())
    ok = m is not None
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            ok = False
    if not ok:
        raise click.BadParameter(f"{value!r} is not a date: use {DATE_FORMS}", param_hint=f"--{name}")
    return value.strip()


def _event_type(value: str) -> str:
    from newsevents.code.verbframes import PLOVER_EVENTS

    v = value.strip().upper()
    if v not in PLOVER_EVENTS:
        raise click.BadParameter(
            f"{value!r} is not a PLOVER event type; one of: {', '.join(sorted(PLOVER_EVENTS))}", param_hint="--event"
        )
    return v


def _cameo(value: str) -> str:
    from newsevents.code.verbframes import CODES_FILE, _data_text, _read_codes

    v = value.strip()
    known = _read_codes(_data_text(CODES_FILE), CODES_FILE)
    if not re.fullmatch(r"\d{2,4}", v) or not any(code.startswith(v) for code in known):
        raise click.BadParameter(
            f"{value!r} is not a CAMEO code or prefix: use 2 to 4 digits of a code in the codebook "
            "(e.g. 19, 190, 0256; roots 01 to 20)",
            param_hint="--cameo",
        )
    return v


def _country(value: str) -> str:
    code = country_code(value)
    if code is None:
        raise click.BadParameter(
            f"{value!r} is not a country: use an ISO 3166 alpha-3 code (e.g. KEN, AFG) or a country's name",
            param_hint="--country",
        )
    return code


def _actor(value: str) -> str:
    """A country's name stands for its ISO3 code (all actors of that country); other values are kept."""
    if not value.strip():
        raise click.BadParameter("empty value", param_hint="--actor/--recipient")
    return country_code(value) or value.strip()


def checked_filters(filters: dict[str, str | None]) -> dict[str, str | None]:
    """The filter values of `events` and `export`, checked and normalised; a bad one is a usage
    error (exit 2) that names the value and says which forms are accepted."""
    out = dict(filters)
    for name in ("since", "until"):
        if out.get(name) is not None:
            out[name] = _period(name, out[name] or "")
    if out.get("event") is not None:
        out["event"] = _event_type(out["event"] or "")
    if out.get("cameo") is not None:
        out["cameo"] = _cameo(out["cameo"] or "")
    if out.get("country") is not None:
        out["country"] = _country(out["country"] or "")
    for name in ("actor", "recipient"):
        if out.get(name) is not None:
            out[name] = _actor(out[name] or "")
    since, until = out.get("since"), out.get("until")
    if since and until and since[: len(until)] > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    return out
