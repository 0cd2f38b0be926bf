"""Text hygiene for articles: stray control characters out, over-long articles into parts.

Both keep the article: a text with a few NUL or control characters is cleaned and read with a
warning, and an article longer than the parser takes is split at paragraph boundaries into
parts that know their character offset into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# C0 controls and DEL, except tab, newline, vertical tab, form feed and carriage return
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def clean_controls(text: str) -> tuple[str, int]:
    """The text without stray control characters, and how many were removed."""
    cleaned, n = _CONTROLS.subn("", text)
    return cleaned, n


def describe_controls(n: int) -> str:
    return f"removed {n:,} NUL/control character(s); the rest of the text was read"


@dataclass(frozen=True)
class Part:
    start: int  # offset of the part in the original text
    text: str


def split_text(text: str, limit: int) -> list[Part]:
    """Cut ``text`` into parts of at most ``limit`` characters, preferably after a blank line
    (a paragraph), else after a line break, a sentence end or a space; a hard cut only when a
    stretch of ``limit`` characters has none of these. Parts are exact slices:
    ``text[p.start : p.start + len(p.text)] == p.text``."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    parts: list[Part] = []
    start = 0
    n = len(text)
    while n - start > limit:
        end = _cut(text, start, start + limit)
        parts.append(Part(start, text[start:end]))
        start = end
    if start < n or not parts:
        parts.append(Part(start, text[start:]))
    return parts


def _cut(text: str, start: int, hard_end: int) -> int:
    """The end of the part that starts at ``start``: the last good boundary before ``hard_end``."""
    window = text[start:hard_end]
    # prefer a boundary in the second half of the window, so that parts are not tiny
    floor = len(window) // 2
    for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
        last = None
        for m in pattern.finditer(window, floor):
            last = m
        if last is not None and last.end() > 0:
            return start + last.end()
    return hard_end
