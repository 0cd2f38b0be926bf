"""`newsevents actors QUERY`: search the actor knowledge base and show how a phrase resolves."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from newsevents.cli.options import parse_date_option
from newsevents.kb import KnowledgeBase
from newsevents.kb.search import entity, search

_REF_FIELDS = ("entity_text", "name", "code", "country", "sector", "kb_id", "role", "reason")


def _entity_lines(e: dict[str, Any]) -> list[str]:
    head = f"{e['kb_id']}  {e['name']}  [{e['type']}]"
    facts = [f"{k} {e[k]}" for k in ("country", "sector", "code", "layer") if e.get(k)]
    lines = [head + ("  " + ", ".join(facts) if facts else "")]
    if e.get("aliases"):
        lines.append("  aliases: " + ", ".join(e["aliases"]))
    for key in ("demonyms", "metonyms", "regions"):
        if e.get(key):
            lines.append(f"  {key}: " + ", ".join(e[key]))
    if e.get("capital"):
        lines.append(f"  capital: {e['capital']}")
    for r in e.get("roles") or []:
        where = r["country"] or r["org"] or "?"
        span = f"{r['start'] or '…'} – {r['end'] or 'present'}"
        mark = " (uncertain)" if r["uncertain"] else ""
        if r.get("known_until"):
            mark += f" (open-ended; known only to {r['known_until']})"
        lines.append(f"  role: {r['title']}, {where}, {r['code'] or r['sector'] or '-'}, {span}{mark}")
    return lines


@click.command("actors")
@click.argument("query")
@click.option(
    "--date",
    "on_date",
    callback=parse_date_option,
    help="Show how QUERY resolves as a phrase on this date (YYYY-MM-DD).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object: matches and the resolution.")
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many matches.")
@click.option(
    "--kb", "--kb-file", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra knowledge-base file (.yaml, .csv, .tsv, .actors, .agents); may be repeated.",
)  # fmt: skip
def actors_cmd(query: str, on_date: dt.date | None, as_json: bool, limit: int, kb_files: tuple[Path, ...]) -> None:
    """Search the actor knowledge base for QUERY (name, alias, code or id; case-insensitive substring)
    and show each entity with its type, country, sector, code, aliases and dated roles. With --date,
    also show how QUERY resolves as a noun phrase on that date."""
    kb = KnowledgeBase.load(kb_files) if kb_files else KnowledgeBase.default()  # KBError: one line, exit 2
    matches = search(kb, query, limit=limit)
    resolved = kb.resolve_phrase(query, on_date) if on_date is not None else None
    if not matches and resolved:  # a phrase ("President Ashraf Ghani"): show the entities it names
        found = (entity(kb, r.kb_id) for r in resolved if r.kb_id)
        matches = [e for e in found if e is not None]
    if as_json:
        out: dict[str, Any] = {"query": query, "matches": matches}
        if resolved is not None and on_date is not None:
            out["date"] = on_date.isoformat()
            out["resolved"] = [
                {
                    **{k: getattr(r, k) for k in _REF_FIELDS},
                    "layer": kb.layer_of(r.kb_id) if r.kb_id and r.kind != "sector" else None,
                }
                for r in resolved
            ]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if resolved is not None and on_date is not None:
        click.echo(f"'{query}' on {on_date.isoformat()}:")
        if not resolved:
            click.echo("  (no actor)")
        for r in resolved:
            layer = kb.layer_of(r.kb_id) if r.kb_id and r.kind != "sector" else None
            click.echo(
                f"  {r.code or '-'}  {r.name or '-'}  ({r.kb_id or 'no kb_id'}; role {r.role or '-'}"
                + (f"; {layer}" if layer else "")
                + ")"
            )
            click.echo(f"    because: {r.reason}")
        click.echo("")
    if not matches:
        click.echo(f"no entity matches '{query}'")
    for match in matches:
        for line in _entity_lines(match):
            click.echo(line)


COMMANDS = [actors_cmd]
