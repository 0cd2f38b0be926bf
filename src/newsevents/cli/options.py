"""Option helpers shared by the CLI's command modules."""

from __future__ import annotations

import datetime as dt

import click


def parse_date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback: YYYY-MM-DD, or a usage error (exit 2) naming the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from e


backoff_option = click.option(
    "--backoff/--no-backoff",
    default=None,
    help="The learned backoff (events the rules missed, from a classifier; docs/backoff.md): off unless "
    "--backoff or NEWSEVENTS_BACKOFF=on.",
)
