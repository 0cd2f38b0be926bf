"""Object classes: a pattern written for one noun of a family extends to the other nouns of the family.

``data/object_classes.yaml`` names families of nouns that stand for one another as the object of a
verb-frame pattern (agreement, accord, treaty, pact; attack, assault, offensive, raid, ...). When a
frame's predicate has patterns but none fits its context (the match stage found nothing, not even a
discard), each object head of the trigger that belongs to a family is replaced by each other member
in turn and the predicate's patterns are tried again: "scrapped the security pact" is matched by
"scrap agreement". The answer stands only when it is unambiguous: the most specific patterns found
name the substituted word, all carry one code, and none is a discard. The event's pattern source
says which word was read as which. Format and measures: docs/verb-frames.md, "Object classes"."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

import yaml
from spacy.tokens import Token

from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.errors import VerbFrameError, yaml_problem
from newsevents.parse.tree import children

__all__ = ["OBJECT_CLASSES_FILE", "ObjectClasses", "object_classes", "object_heads", "parse_object_classes"]

OBJECT_CLASSES_FILE = "object_classes.yaml"
_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LEMMA_RE = re.compile(r"^[a-z][a-z'-]*$")
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def object_heads(tok: Token) -> frozenset[str]:
    """The lemmas of what the trigger acts on: its direct object or passive subject, their
    conjuncts, an "of" phrase on them ("the deployment of troops"), the objects of a gerund object
    ("approved sending troops") and of its to-infinitive chain ("authorised its troops to use their
    weapons"); an event noun's "of" phrase. Never the object of an adjunct ("left under the
    accord", "ended without an agreement"): a noun there is no object to read as another."""
    heads: set[str] = set()
    seen: set[int] = set()

    def take(t: Token) -> None:
        if t.i in seen:
            return
        seen.add(t.i)
        heads.add(t.lemma_.lower())
        for c in children(t):
            if c.dep_ == "conj":
                take(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                for g in children(c):
                    if g.dep_ == "pobj":
                        take(g)
            elif t.pos_ == "VERB" and c.dep_ in _OBJECT_DEPS:
                take(c)

    def verb(v: Token) -> None:
        for c in children(v):
            if c.dep_ in _OBJECT_DEPS:
                take(c)
            elif c.dep_ == "xcomp":
                verb(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and v.pos_ in {"NOUN", "PROPN"}:
                for g in children(c):
                    if g.dep_ == "pobj":
                        take(g)

    verb(tok)
    return frozenset(heads)


@dataclass(frozen=True)
class ObjectClasses:
    """The families, by name, and for each member the (family, other member) pairs in file order."""

    classes: Mapping[str, tuple[str, ...]]
    siblings: Mapping[str, tuple[tuple[str, str], ...]]

    def match(
        self, frames: VerbFrames, lemma: str, context: Iterable[str], heads: Collection[str]
    ) -> tuple[FrameMatch | None, str]:
        """The match of ``lemma`` with one of its object ``heads`` in ``context`` read as another
        member of its family, and why; (None, "") when no substitution gives one code unambiguously."""
        words = {w.lower() for w in context}
        found: list[tuple[FrameMatch, str]] = []
        for word in sorted(words & set(heads)):
            for name, other in self.siblings.get(word, ()):
                if other in words:
                    continue
                m = frames.match(lemma, (words - {word}) | {other})
                if m is not None and other in m.pattern.split():
                    found.append((m, f"object '{word}' read as '{other}' (object class {name})"))
        if not found:
            return None, ""
        top = max(m.specificity for m, _ in found)
        best = [(m, why) for m, why in found if m.specificity == top]
        codes = {m.code.code if m.code is not None else None for m, _ in best}
        if None in codes or len(codes) != 1:
            return None, ""
        return best[0]


def parse_object_classes(text: str, source: str = OBJECT_CLASSES_FILE) -> ObjectClasses:
    """The families of an object-class file (``version: 1``, ``classes: {NAME: [lemma, ...]}``);
    raise VerbFrameError naming the file and the family if one is bad."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise VerbFrameError(f"{source}: not valid YAML: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict) or set(data) - {"version", "classes"} or data.get("version", 1) != 1:
        raise VerbFrameError(f"{source}: expected 'version: 1' and a 'classes' mapping only")
    raw = data.get("classes") or {}
    if not isinstance(raw, dict):
        raise VerbFrameError(f"{source}: 'classes' must be a mapping of NAME: [lemmas]")
    classes: dict[str, tuple[str, ...]] = {}
    for name, members in raw.items():
        where = f"{source}: classes: {name!r}"
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise VerbFrameError(f"{where}: a class name is upper case (A-Z, 0-9, _)")
        if not isinstance(members, list) or len(members) < 2:
            raise VerbFrameError(f"{where}: the members must be a list of two or more lemmas")
        for member in members:
            if not isinstance(member, str) or not _LEMMA_RE.match(member):
                raise VerbFrameError(f"{where}: member {member!r} is not one lowercase lemma")
        if len(set(members)) != len(members):
            raise VerbFrameError(f"{where}: a member is listed twice")
        classes[name] = tuple(members)
    siblings: dict[str, list[tuple[str, str]]] = {}
    for name, members in classes.items():
        for member in members:
            siblings.setdefault(member, []).extend((name, other) for other in members if other != member)
    return ObjectClasses(MappingProxyType(classes), MappingProxyType({k: tuple(v) for k, v in siblings.items()}))


@functools.cache
def object_classes() -> ObjectClasses:
    """The shipped families (none if the file is not shipped), loaded once."""
    try:
        text = resources.files("newsevents").joinpath("data", OBJECT_CLASSES_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ObjectClasses(MappingProxyType({}), MappingProxyType({}))
    return parse_object_classes(text)
