"""Rows of the project's tab-separated data files (data/geo/*.tsv and the like)."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["tsv_rows"]


def tsv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number from 1, columns stripped of spaces) of each line of ``text`` that is neither
    blank nor a ``#`` comment; the caller checks the columns and says what it expected."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, [c.strip() for c in line.split("\t")]
