"""Name words written in several ways (``data/kb/spellings.yaml``): the other spellings of a curated
person's name, one word changed at a time, for the alias index of :class:`newsevents.kb.match.AliasMatcher`."""

from __future__ import annotations

import functools

from newsevents.kb.entries import KBError
from newsevents.kb.yamlload import kb_mapping


@functools.lru_cache(maxsize=1)
def spelling_groups() -> dict[str, tuple[str, ...]]:
    """Each listed word -> its group's words (as written in the file)."""
    data = kb_mapping("spellings.yaml", ("groups",))
    out: dict[str, tuple[str, ...]] = {}
    for group in data.get("groups") or []:
        if not isinstance(group, list) or len(group) < 2:
            raise KBError(f"spellings.yaml: a group must be a list of two words or more: {group!r}")
        words = tuple(str(w) for w in group)
        for w in words:
            if w in out:
                raise KBError(f"spellings.yaml: {w!r} is in two groups")
            out[w] = words
    return out


def other_spellings(name: str) -> list[str]:
    """The name with one of its words replaced by another spelling of it (none for a one-word name)."""
    words = name.split()
    if len(words) < 2:
        return []
    groups = spelling_groups()
    out: list[str] = []
    for k, w in enumerate(words):
        for other in groups.get(w, ()):
            if other != w:
                out.append(" ".join([*words[:k], other, *words[k + 1 :]]))
    return out
