"""`newsevents serve`: the HTTP API and dashboard over an event database."""

from __future__ import annotations

import ipaddress

import click

ENV_TOKEN = "NEWSEVENTS_TOKEN"


@click.command()
@click.option(
    "--db",
    envvar="NEWSEVENTS_DB",
    default="newsevents.db",
    show_default=True,
    help="SQLite database (or $NEWSEVENTS_DB).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless you ask).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar=ENV_TOKEN,
    default=None,
    help=f"Accept POST /api/articles with 'Authorization: Bearer TOKEN' (or ${ENV_TOKEN}); read-only without it.",
)
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the events: JSON API (/docs), dashboard, tables and evidence pages."""
    import uvicorn

    from newsevents.serve import create_app

    pipeline = None
    if token:
        from newsevents.pipeline import Pipeline

        pipeline = Pipeline()
    app = create_app(db, token=token or None, pipeline=pipeline)
    try:
        public = not ipaddress.ip_address(host).is_loopback
    except ValueError:
        public = host != "localhost"
    if public:
        click.echo(f"warning: binding {host}: the server is reachable from other machines", err=True)
    mode = "accepting POST /api/articles with the token" if token else "read-only"
    click.echo(f"serving {app.state.db} ({mode}) on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
