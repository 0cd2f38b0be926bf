"""The server's reads: pages of events (keyset, in the export's order), summaries, one event,
one article, one actor. Each takes an open read-only :class:`Store`; every value is bound."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pycountry

from newsevents.serve.filters import MODALITIES, ORDER, ORDER_DESC, Filters, Key, after, encode_cursor, fts_query
from newsevents.store.db import Store, export_record

PERIODS = {
    "day": "substr(e.date, 1, 10)",
    "week": "strftime('%Y-W%W', substr(e.date, 1, 10))",
    "month": "substr(e.date, 1, 7)",
    "year": "substr(e.date, 1, 4)",
}
GROUPS = ("quad", "event", "country")


DENSE = 5000  # a filter matching more events than this is checked while walking the order index


def plan(store: Store, f: Filters) -> Filters:
    """Mark the country and word filters that match many events (counted from their indexes), so
    that they are checked while walking the events in order instead of looking up every match."""
    dense = set()
    for name in ("country", "actor_country", "recipient_country"):
        value = getattr(f, name)
        if value:
            n = store.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE upper(country) = ? LIMIT ?)",
                (value.upper(), DENSE + 1),
            ).fetchone()[0]
            if n > DENSE:
                dense.add(name)
    if f.q:
        n = store.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)",
            (fts_query(f.q), DENSE + 1),
        ).fetchone()[0]
        if n > DENSE:
            dense.add("q")
    return f.with_(dense=frozenset(dense))


def _records(store: Store, raw: list[str]) -> list[dict[str, Any]]:
    """Stored records as the exports write them (the store's own row function)."""
    conn = store.conn if store.has_clusters() else None
    return [export_record(conn, r) for r in raw]


@dataclass(frozen=True)
class Page:
    events: list[dict[str, Any]]
    next: str | None


def page(store: Store, f: Filters, limit: int, cursor: Key | None = None) -> Page:
    """One page of PLOVER records (exactly the stored export records) after ``cursor``."""
    f = plan(store, f)
    extra, extra_params = after(cursor) if cursor else (None, [])
    clause, params = f.clause([extra] if extra else None, extra_params)
    rows = store.conn.execute(
        f"SELECT e.record, e.date, e.article_id, e.sentence_index, e.id FROM events e{clause} ORDER BY {ORDER} LIMIT ?",
        [*params, limit + 1],
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor((rows[-1][1], rows[-1][2], rows[-1][3], rows[-1][4])) if more and rows else None
    return Page(_records(store, [r[0] for r in rows]), nxt)


def all_pages(path: str, f: Filters, batch: int = 1000) -> Iterator[list[dict[str, Any]]]:
    """Every matching record in batches; a fresh read-only connection per batch (so the stream
    may move between threads) and keyset paging (so it is stable under inserts)."""
    cursor: Key | None = None
    while True:
        with Store(path, readonly=True) as store:
            f = plan(store, f)
            extra, extra_params = after(cursor) if cursor else (None, [])
            clause, params = f.clause([extra] if extra else None, extra_params)
            rows = store.conn.execute(
                f"SELECT e.record, e.date, e.article_id, e.sentence_index, e.id FROM events e{clause} "
                f"ORDER BY {ORDER} LIMIT ?",
                [*params, batch],
            ).fetchall()
            batch_records = _records(store, [r[0] for r in rows])
        if not rows:
            return
        yield batch_records
        if len(rows) < batch:
            return
        last = rows[-1]
        cursor = (last[1], last[2], last[3], last[4])


def latest(store: Store, f: Filters, limit: int = 10) -> list[dict[str, Any]]:
    f = plan(store, f)
    clause, params = f.clause(["e.date IS NOT NULL"])
    rows = store.conn.execute(
        f"SELECT e.record FROM events e{clause} ORDER BY {ORDER_DESC} LIMIT ?", [*params, limit]
    ).fetchall()
    return _records(store, [r[0] for r in rows])


def counts(store: Store, f: Filters) -> dict[str, Any]:
    return counts_where(store, *f.clause())


def stats(store: Store, f: Filters, by: str, group: str) -> list[dict[str, Any]]:
    """Events per period (day, week, month, year) and group (quad, event, country of the first actor)."""
    period = PERIODS[by]
    if group == "quad":
        key, join = "e.quad_code", ""
    elif group == "event":
        key, join = "e.event", ""
    else:
        key = "a.country"
        join = " LEFT JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' AND a.position = 0"
    clause, params = f.clause(["e.date IS NOT NULL"])
    rows = store.conn.execute(
        f"SELECT {period} AS p, {key} AS g, count(*) FROM events e{join}{clause} GROUP BY p, g ORDER BY p, g", params
    ).fetchall()
    return [{"period": r[0], "group": r[1], "count": r[2]} for r in rows if r[0] is not None]


def auto_period(first: str | None, last: str | None) -> str:
    """The finest bucket that keeps a timeline under about 150 bars."""
    if not first or not last:
        return "day"
    try:
        y1, m1 = int(first[:4]), int(first[5:7] or 1)
        y2, m2 = int(last[:4]), int(last[5:7] or 1)
    except ValueError:
        return "month"
    months = (y2 - y1) * 12 + (m2 - m1)
    return "day" if months <= 4 else "week" if months <= 30 else "month" if months <= 150 else "year"


def _party(alias: str) -> str:
    return f"coalesce({alias}.code, {alias}.name, {alias}.entity_text, '?')"


def dyads(store: Store, f: Filters, limit: int = 10) -> list[dict[str, Any]]:
    """Top (first actor, first recipient) pairs with counts and mean Goldstein (the first party's
    code, else its name, else its text: the columns ``actor1`` and ``recipient1`` of migration 5)."""
    clause, params = f.clause(["e.actor1 IS NOT NULL", "e.recipient1 IS NOT NULL"])
    rows = store.conn.execute(
        f"SELECT e.actor1, e.recipient1, count(*) AS n, avg(e.goldstein) FROM events e{clause} "
        "GROUP BY e.actor1, e.recipient1 ORDER BY n DESC, 1, 2 LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [{"actor": r[0], "recipient": r[1], "count": r[2], "mean_goldstein": round(r[3], 2)} for r in rows]


def count(store: Store, f: Filters, cap: int = 10_000) -> int:
    """How many events match, counting at most ``cap + 1``."""
    f = plan(store, f)
    clause, params = f.clause()
    return int(
        store.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM events e{clause} LIMIT ?)", [*params, cap + 1]
        ).fetchone()[0]
    )


def _like(text: str) -> str:
    return "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def actors(store: Store, q: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """Actor codes that occur in events, matching ``q`` in code, name, text or kb id, busiest first."""
    where, params = "", []
    if q:
        like = _like(q)
        where = (
            " WHERE lower(coalesce(code,'')) LIKE ? ESCAPE '\\' OR lower(coalesce(name,'')) LIKE ? ESCAPE '\\' "
            "OR lower(coalesce(entity_text,'')) LIKE ? ESCAPE '\\' OR lower(coalesce(kb_id,'')) LIKE ? ESCAPE '\\'"
        )
        params = [like] * 4
    rows = store.conn.execute(
        "SELECT code, max(name), max(country), max(sector), count(DISTINCT event_id) AS n FROM event_actors"
        f"{where} GROUP BY code HAVING code IS NOT NULL ORDER BY n DESC, code LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [{"code": r[0], "name": r[1], "country": r[2], "sector": r[3], "events": r[4]} for r in rows]


def map_data(store: Store, f: Filters, limit: int = 2000) -> dict[str, Any]:
    """Event locations (grouped points) and events per location country (ISO 3166 numeric ids,
    as the world-atlas TopoJSON names them). Reads the location columns of migration 5."""
    clause, params = f.clause(["e.loc_lat IS NOT NULL"])
    rows = store.conn.execute(
        f"SELECT e.loc_lat, e.loc_lon, e.loc_country, count(*) AS n FROM events e{clause} "
        "GROUP BY e.loc_lat, e.loc_lon, e.loc_country ORDER BY n DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    points = []
    for lat, lon, country, n in rows:
        name = store.conn.execute(
            "SELECT json_extract(record, '$.event_loc.resolved_place') FROM events "
            f"WHERE modality IN ({', '.join('?' for _ in MODALITIES)}) AND loc_lat = ? AND loc_lon = ? "
            "AND loc_lat IS NOT NULL LIMIT 1",
            (*MODALITIES, lat, lon),
        ).fetchone()
        points.append({"lat": lat, "lon": lon, "place": name[0] if name else None, "country": country, "count": n})
    by_country: dict[str, int] = {}
    for code, n in store.conn.execute(
        f"SELECT e.loc_country, count(*) FROM events e{clause} AND e.loc_country IS NOT NULL GROUP BY e.loc_country",
        params,
    ):
        numeric = _numeric(code)
        if numeric:
            by_country[numeric] = by_country.get(numeric, 0) + n
    return {"points": points, "countries": by_country}


def _numeric(code: str) -> str | None:
    c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    return c.numeric if c is not None else None


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
    return _records(store, [row[0]])[0] if row else None


def sentence(store: Store, article_id: str, idx: int) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT idx, start_char, end_char, text FROM sentences WHERE article_id = ? AND idx = ?", (article_id, idx)
    ).fetchone()
    return dict(row) if row else None


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article, its sentences, every mention (actor, date, place) and event with their spans."""
    row = store.conn.execute(
        "SELECT id, title, text, pub_date, publisher, url, dateline, source_name, coder, coded_at "
        "FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["sentences"] = [
        dict(r)
        for r in store.conn.execute(
            "SELECT idx, start_char, end_char FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
        )
    ]
    out["mentions"] = [
        {**{k: r[k] for k in ("kind", "sentence_index", "start_char", "end_char", "text", "label", "value")}}
        for r in store.conn.execute(
            "SELECT kind, sentence_index, start_char, end_char, text, label, value FROM mentions "
            "WHERE article_id = ? ORDER BY start_char, end_char",
            (article_id,),
        )
    ]
    out["events"] = []
    for (rec,) in store.conn.execute(
        f"SELECT e.record FROM events e WHERE e.article_id = ? ORDER BY {ORDER}", (article_id,)
    ):
        r = json.loads(rec)
        out["events"].append(
            {
                k: r.get(k)
                for k in (
                    "id",
                    "event",
                    "cameo",
                    "modality",
                    "date",
                    "event_text",
                    "sentence_index",
                    "start_char",
                    "end_char",
                    "actor",
                    "recipient",
                )
            }
        )
    return out


def actor(store: Store, code: str, f: Filters) -> dict[str, Any]:
    """An actor's events per period and its partners (either side), under the filters."""
    clause, params = f.clause(["e.id IN (SELECT event_id FROM event_actors WHERE code = ?)"], [code])
    info = store.conn.execute(
        "SELECT max(name), max(country), max(sector), max(kb_id) FROM event_actors WHERE code = ?", (code,)
    ).fetchone()
    c = counts_where(store, clause, params)
    by = auto_period(c["first_date"], c["last_date"])
    timeline = [
        {"period": r[0], "group": r[1], "count": r[2]}
        for r in store.conn.execute(
            f"SELECT {PERIODS[by]} AS p, e.quad_code, count(*) FROM events e{clause} AND e.date IS NOT NULL "
            "GROUP BY p, e.quad_code ORDER BY p",
            params,
        )
    ]
    partners = [
        {"code": r[0], "role": r[1], "count": r[2], "mean_goldstein": round(r[3], 2)}
        for r in store.conn.execute(
            f"SELECT {_party('o')}, o.role, count(DISTINCT e.id) AS n, avg(e.goldstein) FROM events e "
            "JOIN event_actors o ON o.event_id = e.id AND coalesce(o.code, '') != ?"
            f"{clause} GROUP BY 1, 2 ORDER BY n DESC, 1 LIMIT 20",
            [code, *params],
        )
    ]
    recent = _records(
        store,
        [
            r[0]
            for r in store.conn.execute(f"SELECT e.record FROM events e{clause} ORDER BY {ORDER_DESC} LIMIT 50", params)
        ],
    )
    return {
        "code": code,
        "name": info[0],
        "country": info[1],
        "sector": info[2],
        "kb_id": info[3],
        "event_count": c["events"],
        "articles": c["articles"],
        "first_date": c["first_date"],
        "last_date": c["last_date"],
        "by": by,
        "timeline": timeline,
        "partners": partners,
        "events": recent,
    }


def counts_where(store: Store, clause: str, params: list[Any]) -> dict[str, Any]:
    row = store.conn.execute(
        f"SELECT count(*), count(DISTINCT e.article_id), min(e.date), max(e.date) FROM events e{clause}", params
    ).fetchone()
    return {"events": row[0], "articles": row[1], "first_date": row[2], "last_date": row[3]}
