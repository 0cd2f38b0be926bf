"""The package's exception tree: catch ``NewseventsError`` to catch everything we raise."""

from __future__ import annotations


class NewseventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class InputError(NewseventsError):
    """An input file or record cannot be read; ``source`` names the file (and line)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelNotFoundError(NewseventsError):
    """The spaCy pipeline is not installed."""


class KnowledgeError(NewseventsError):
    """A knowledge-base or dictionary data file is malformed."""


class StoreError(NewseventsError):
    """The event database cannot be opened or written."""


class GoldFormatError(NewseventsError):
    """A gold file for ``newsevents eval`` is not in the documented shape."""


class QueryError(NewseventsError):
    """A request to `newsevents serve` has a bad parameter (answered with 400)."""
