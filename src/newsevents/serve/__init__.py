"""`newsevents serve`: an HTTP API and a dashboard over the event database."""

from newsevents.serve.app import create_app

__all__ = ["create_app"]
