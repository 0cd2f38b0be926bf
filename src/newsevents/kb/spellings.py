"""Name words written in several ways (``data/kb/spellings.yaml``): the other spellings of a curated
person's name, one word changed at a time, for the alias index of :class:`newsevents.kb.match.AliasMatcher`;
and the Arabic article joined to a name word ("al-Muallem", "el-Sisi"), which the press writes or leaves out
(``articles``): a curated name word written with it is also matched without it and with the other articles
(:func:`other_spellings`), and a phrase's word written with it that no alias takes is also read without it
(:func:`without_articles`, used by :class:`newsevents.kb.resolve.PhraseResolver`)."""

from __future__ import annotations

import functools
import re
from typing import Any

from newsevents.kb.entries import KBError, fold
from newsevents.kb.yamlload import kb_mapping


@functools.lru_cache(maxsize=1)
def _spellings() -> dict[str, Any]:
    """spellings.yaml, read once for its four sections."""
    return kb_mapping("spellings.yaml", ("groups", "articles", "not_misspelt", "endings"))


@functools.lru_cache(maxsize=1)
def endings() -> tuple[tuple[str, str], ...]:
    """(ending as the curated names write it, the other way the press writes it): "ych" -> "ich"
    (Yanukovych, Yanukovich)."""
    out = []
    for pair in _spellings().get("endings") or []:
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(w, str) and w for w in pair):
            raise KBError(f"spellings.yaml: an ending must be a list of two endings: {pair!r}")
        out.append((str(pair[0]), str(pair[1])))
    return tuple(out)


def _ended(word: str) -> str | None:
    """The word with its ending written the other way (the first of ``endings`` that fits, with at
    least three letters before it), or None."""
    for a, b in endings():
        if word.endswith(a) and len(word) - len(a) >= 3 and word[: -len(a)].isalpha():
            return word[: -len(a)] + b
    return None


@functools.lru_cache(maxsize=1)
def spelling_groups() -> dict[str, tuple[str, ...]]:
    """Each listed word -> its group's words (as written in the file)."""
    data = _spellings()
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


@functools.lru_cache(maxsize=1)
def articles() -> frozenset[str]:
    """The Arabic articles written joined to a name word with a hyphen ("al", "el"), lower case."""
    found = _spellings().get("articles") or []
    return frozenset(str(w).lower() for w in found)


@functools.lru_cache(maxsize=1)
def not_misspelt() -> frozenset[str]:
    """Real names one letter away from a country's name or demonym ("Granada", "Almeria"), folded: never
    read as its misspelling (:class:`newsevents.kb.match.AliasMatcher`)."""
    found = _spellings().get("not_misspelt") or []
    return frozenset(fold(str(w)) for w in found)


def _bare(word: str) -> str | None:
    """The name word without its joined article ("al-Muallem" -> "Muallem"), or None when it has none."""
    head, dash, tail = word.partition("-")
    if dash and head.lower() in articles() and len(tail) >= 3 and tail[:1].isupper() and "-" not in tail:
        return tail
    return None


def other_spellings(name: str) -> list[str]:
    """The name with one of its words replaced by another spelling of it (none for a one-word name): a
    group's other word, the word without its joined article and with the two common ones ("al", "el"),
    or the word with its ending written the other way (``endings``: "Viktor Yanukovich"), and the name
    with every such ending written the other way ("Arseny Yatseniuk")."""
    words = name.split()
    if len(words) < 2:
        return []
    groups = spelling_groups()
    out: list[str] = []
    for k, w in enumerate(words):
        others = list(groups.get(w, ()))
        if k and (tail := _bare(w)) is not None:
            others += [tail, f"al-{tail}", f"el-{tail}", f"Al {tail}"]
        elif k and w in ("Al", "El") and k + 1 < len(words):  # "Al Thani": the family's article written apart
            out.append(" ".join([*words[:k], f"al-{words[k + 1]}", *words[k + 2 :]]))
        if (ended := _ended(w)) is not None:
            others.append(ended)
        for other in others:
            if other != w:
                out.append(" ".join([*words[:k], other, *words[k + 1 :]]))
    all_ended = [_ended(w) or w for w in words]  # "Arseny Yatseniuk": every word written the other way
    if sum(a != w for a, w in zip(all_ended, words, strict=True)) > 1:
        out.append(" ".join(all_ended))
    return list(dict.fromkeys(out))


def without_articles(text: str) -> list[str]:
    """The text with each article joined to a capitalised name word written apart, then blanked out (both
    the same length, so that offsets keep); empty when it has none ("Walid al-Muallem" -> "Walid al Muallem",
    "Walid    Muallem")."""
    parts = re.split(r"(\s+)", text)
    if not any(_bare(p) is not None for p in parts):
        return []
    apart = "".join(p.replace("-", " ", 1) if _bare(p) is not None else p for p in parts)
    blank = "".join(" " * (len(p) - len(t)) + t if (t := _bare(p)) is not None else p for p in parts)
    return [apart, blank]
