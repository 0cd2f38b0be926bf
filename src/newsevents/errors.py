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
    """A knowledge-base, verb-frame or rules data file is malformed; the message names the file."""


class KBError(KnowledgeError):
    """A knowledge-base file is malformed (the message names the file and the entry).

    Importable from :mod:`newsevents.kb` too."""


class VerbFrameError(KnowledgeError):
    """A codebook, verb-frame or rules file is malformed; the message names the file and the entry.

    Importable from :mod:`newsevents.code.verbframes` too."""


class StoreError(NewseventsError):
    """The event database cannot be opened or written."""


class GoldFormatError(NewseventsError):
    """A gold file for ``newsevents eval`` is not in the documented shape."""


class StageError(NewseventsError):
    """A pipeline stage failed on an article; ``stage`` and ``article_id`` say where, the cause is chained."""

    def __init__(self, stage: str, article_id: str, reason: str) -> None:
        super().__init__(f"stage {stage!r} failed on article {article_id!r}: {reason}")
        self.stage = stage
        self.article_id = article_id
        self.reason = reason


class QueryError(NewseventsError):
    """A request to `newsevents serve` has a bad parameter (answered with 400)."""


def yaml_problem(exc: Exception) -> str:
    """A YAML parser error as one line ("line 3, column 11: did not find expected ','"), for messages
    that name the file; PyYAML's own text spans several lines."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or " ".join(str(exc).split())
    if mark is None:
        return str(problem)
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
