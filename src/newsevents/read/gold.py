"""Stage: read. Gold records in the shape of shared/gold/FORMAT.md, one JSON object a line, for the
scorer (`newsevents eval`) and the backoff's training (scripts/train_backoff.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.errors import GoldFormatError

__all__ = ["read_gold"]


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a gold file; a line that is no JSON object with a 'text' string is refused
    (GoldFormatError with the file and line), blank lines are skipped."""
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{path}:{lineno}: invalid JSON ({e.msg})") from e
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise GoldFormatError(f"{path}:{lineno}: a gold record needs a 'text' string")
            yield rec
