"""The commands that read the store: events (stored events or the real-world events they tell, as a table,
JSON Lines or CSV) and export (to a file in one of the export formats)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from newsevents.cli.guards import damaged
from newsevents.cli.options import db_option, filter_options
from newsevents.store.db import DEFAULT_MODALITIES, EventFilter, Store
from newsevents.store.export import EXPORT_FORMATS, write_clusters, write_parquet, write_records


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option(
    "--all-modalities",
    is_flag=True,
    help="Also hypothetical, negated and reported events (default: asserted and future).",
)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many events.")
@click.option("--clusters", "as_clusters", is_flag=True, help="One row per real-world event (cross-article cluster).")
def events(
    db: str, fmt: str, all_modalities: bool, limit: int | None, as_clusters: bool, **filters: str | None
) -> None:
    """List stored events (or, with --clusters, the real-world events they tell)."""
    from newsevents.cli.views import TABLE_COLUMNS, checked_filters, format_table, table_rows

    flt = EventFilter(**checked_filters(filters), modalities=None if all_modalities else DEFAULT_MODALITIES)
    if as_clusters:
        from newsevents.cli.cluster_views import CLUSTER_TABLE, cluster_rows, write_cluster_csv

        with Store(db, readonly=True) as store, damaged(store):
            found = list(_clusters_of(store, flt))[:limit]
        if fmt == "jsonl":
            write_clusters(found, sys.stdout)
        elif fmt == "csv":
            write_cluster_csv(found, sys.stdout)
        else:
            click.echo(format_table(CLUSTER_TABLE, cluster_rows(found)))
            _err(f"{len(found)} cluster(s)")
        return
    with Store(db, readonly=True) as store, damaged(store):
        records = list(store.query_events(flt))[:limit]
    if fmt == "jsonl":
        write_records(records, "plover", sys.stdout)
    elif fmt == "csv":
        write_records(records, "csv", sys.stdout)
    else:
        click.echo(format_table(TABLE_COLUMNS, table_rows(records)))
        _err(f"{len(records)} event(s)")


def _clusters_of(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """The clusters that hold at least one event the filter keeps."""
    from newsevents.store.cluster_read import query_clusters

    wanted = {r["cluster_id"] for r in store.query_events(flt) if r.get("cluster_id")}
    return (c for c in query_clusters(store.conn) if c["cluster_id"] in wanted)


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="plover", show_default=True)
@click.option("-o", "--output", required=True, help="Output file, or - for stdout.")
@click.option(
    "--all-modalities",
    is_flag=True,
    help="Also hypothetical, negated and reported events (default: asserted and future).",
)
def export(db: str, fmt: str, output: str, all_modalities: bool, **filters: str | None) -> None:
    """Export events (asserted and future unless --all-modalities) as PLOVER JSONL, CSV, GDELT-style
    TSV or Parquet, or clusters as JSONL."""
    from newsevents.cli.views import checked_filters

    flt = EventFilter(**checked_filters(filters), modalities=None if all_modalities else DEFAULT_MODALITIES)
    if output != "-" and not Path(output).expanduser().absolute().parent.is_dir():
        raise click.BadParameter(f"cannot write {output}: its folder does not exist", param_hint="-o/--output")
    with Store(db, readonly=True) as store, damaged(store):
        records = store.query_events(flt)
        if fmt == "clusters":
            found = _clusters_of(store, flt)
            if output == "-":
                n = write_clusters(found, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8") as out:
                    n = write_clusters(found, out)
            _err(f"exported {n} cluster(s) to {output}")
            return
        if fmt == "parquet":
            if output == "-":
                n = write_parquet(records, sys.stdout.buffer)
            else:
                try:
                    n = write_parquet(records, output)
                except OSError as e:
                    raise click.FileError(output, hint=e.strerror or str(e)) from e
        elif output == "-":
            n = write_records(records, fmt, sys.stdout)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as out:
                    n = write_records(records, fmt, out)
            except OSError as e:
                raise click.FileError(output, hint=e.strerror or str(e)) from e
    _err(f"exported {n} event(s) as {fmt} to {output}")


COMMANDS = [events, export]
