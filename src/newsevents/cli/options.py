"""Option helpers shared by the CLI's command modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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
    help="The learned backoff (events the rules missed, from a classifier; docs/backoff.md): on unless "
    "--no-backoff or NEWSEVENTS_BACKOFF=off.",
)


def _words_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from newsevents.store.dialect import search_words

    if value is not None and not search_words(value):
        raise click.BadParameter("no words to search for")
    return value


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose events (events, export, recode)."""
    for opt in reversed(
        [
            click.option("--actor", help="Actor name, code, text, kb id or ISO3 country."),
            click.option("--recipient", help="Recipient name, code, text, kb id or ISO3 country."),
            click.option("--country", help="ISO3 country of an actor or recipient."),
            click.option("--event", help="PLOVER event type, e.g. ASSAULT."),
            click.option("--cameo", help="CAMEO code prefix, e.g. 19 or 0256."),
            click.option("--since", help="Events on or after this date (YYYY[-MM[-DD]])."),
            click.option("--until", help="Events on or before this date (YYYY[-MM[-DD]])."),
            click.option("--article", help="Events of one article id."),
            click.option(
                "--q",
                "q",
                callback=_words_option,
                help="Full text: events of articles whose title or text holds all these words.",
            ),
        ]
    ):
        f = opt(f)
    return f


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        envvar="NEWSEVENTS_DB",
        default="newsevents.db",
        show_default=True,
        help="Database: an SQLite path or sqlite:///path, or postgresql://USER@HOST:PORT/NAME (or $NEWSEVENTS_DB).",
    )(f)
