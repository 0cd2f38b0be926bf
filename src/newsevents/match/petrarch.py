"""Convert PETRARCH-2's verb dictionary (CAMEO.2.0.txt, MIT) into the project's verb-frame format.

The result is the *imported* verb layer, ``data/petrarch_verbs.yaml``, loaded below the built-in
``verb_frames.yaml`` (docs/verb-frames.md, "The imported PETRARCH layer"). The rules:

* a synset ``&NAME`` becomes the word class ``P_NAME`` (members lemmatised, phrases kept);
* a verb block ``--- NAME [code] ---`` becomes the verb class ``PV_NAME`` of its verbs; its
  patterns are written once with the class as predicate (``"PV_ASK P_WEAPON"``), or, with
  ``Selection.own_verb``, once for each verb of the block that the pattern's comment names (the
  verb it was written for: ``# RUSH``);
* a pattern ``- * WORDS (PREP WORDS) ... [code]`` becomes the predicate and the set of the words
  after the verb: nouns lemmatised, braces and parentheses dropped (our context is a set);
* the source and target markers ``$`` and ``+`` become frame roles: the marker is not a word of
  the context, the preposition it hangs on is (``(WITH +)`` -> ``with``: our recipients come from
  the object or a prepositional phrase); the role is counted in ``roles``;
* a pattern with words before the verb (its subject: ``&MILITARY *``) is dropped: the context of
  our frames never holds the subject; so are patterns with ``%`` (compounds), a pre-compound verb
  (``WIRE_+TAP``), a passive-only code (``[:173]``), a code the codebook lacks, and a pattern that
  repeats an earlier one (the first one wins);
* a code ``[active:passive]`` keeps its active code; ``---`` is a discard;
* a verb's own code (``ASK [020]``) or its block's code becomes a one-word pattern;
* :data:`SELECTION` (measured, see docs) drops whole roots and pattern shapes.

``convert`` is pure (the lemmatiser is passed in); scripts/convert_petrarch_verbs.py runs it with
the spaCy model's lemmatiser and writes the layer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsevents.code.verbframes import LAYER_FILE, parse_pattern

__all__ = ["LAYER_FILE", "SELECTION", "Selection", "Block", "parse_dictionary", "convert"]

#: lemmatise(word, pos) with pos "NOUN" or "VERB"; the script passes the spaCy model's lemmatiser.
Lemmatize = Callable[[str, str], str]

_WORD_RE = re.compile(r"^[a-z0-9][a-z0-9'._-]*$")
_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{1,2}$")
_DROP_WORDS = frozenset({"a", "an", "the"})
_TOKEN_RE = re.compile(r"\{|\}|\(|\)|[^\s{}()]+")


@dataclass(frozen=True)
class Selection:
    """What of the converted dictionary is kept (measured choices; docs/verb-frames.md)."""

    drop_roots: frozenset[str] = frozenset()  #: CAMEO roots whose patterns are left out
    one_word: bool = False  #: keep one-word patterns (a verb's or block's own code)
    discards: bool = True  #: keep patterns coded ``---`` (uses that are not events)
    own_verb: bool = False  #: a pattern only for the verb its comment names (not the whole block)
    drop_predicates: frozenset[str] = frozenset()  #: verbs whose patterns are left out


#: The selection the shipped layer was built with (each choice measured on every gold set, 2026-12-03;
#: the figures are in docs/verb-frames.md): the whole converted dictionary loses more precision than
#: it gains recall; patterns only for the verb they were written for (not the WordNet synonyms of its
#: block), and only of the roots that measured better (07 provide aid, 14 protest, 18 assault);
#: no one-word patterns (37 more false events, no recall); no discards (no effect measured).
_ROOTS = frozenset(f"{r:02d}" for r in range(1, 21))
SELECTION = Selection(drop_roots=_ROOTS - {"07", "14", "18"}, one_word=False, discards=False, own_verb=True)


@dataclass
class Verb:
    lemma: str
    context: tuple[str, ...]
    code: str | None  # its own code, or None


@dataclass
class Rule:
    line: int
    words: tuple[str, ...]  # lemmas and class names (P_...), after the verb
    code: str  # "---" for a discard
    roles: tuple[str, ...]  # "source:from", "target:with", ...
    verbs: tuple[str, ...] = ()  # the verbs its comment names (the verb it was written for)


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass
class Parsed:
    classes: dict[str, tuple[str, ...]]
    blocks: list[Block]
    counts: Counter[str]


def _class_name(raw: str) -> str:
    return "P_" + re.sub(r"[^A-Z0-9_]", "_", raw.lstrip("&").rstrip("_").upper())


def _phrase(raw: str, lemmatize: Lemmatize) -> str | None:
    """A synset member or braced phrase as space-separated lemmas (the last word is the head)."""
    words = [w for w in raw.strip("_").lower().split("_") if w]
    if not words or not all(_WORD_RE.match(w) for w in words):
        return None
    words[-1] = lemmatize(words[-1], "NOUN")
    return " ".join(words)


def _code_of(text: str) -> str | None:
    m = re.search(r"\[([^\]]*)\]", text)
    return m.group(1).strip() if m else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_dictionary(text: str, lemmatize: Lemmatize) -> Parsed:
    """Read CAMEO.2.0.txt: its synsets (as classes) and its verb blocks, each with its verbs and
    its patterns (as word sets after the verb); ``counts`` says what was dropped and why."""
    classes: dict[str, tuple[str, ...]] = {}
    blocks: list[Block] = []
    counts: Counter[str] = Counter()
    synset: list[str] | None = None
    block: Block | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if line.startswith("&"):
            name = _class_name(line.split()[0])
            synset = []
            classes[name] = ()
            block = None
            current = name
            continue
        if line.startswith("+") and synset is not None and block is None:
            member = _phrase(line[1:].split()[0], lemmatize)
            if member and member not in synset:
                synset.append(member)
                classes[current] = tuple(synset)
            continue
        if line.startswith("---"):
            synset = None
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if not m:
                counts["bad block header"] += 1
                continue
            block = Block(_class_name(m.group(1)).replace("P_", "PV_", 1), None if m.group(2) == "---" else m.group(2))
            blocks.append(block)
            continue
        if line.startswith("~"):
            counts["transformation (not converted)"] += 1
            continue
        if block is None:
            continue
        if line.startswith("-"):
            rule = _rule(raw.lstrip()[1:], lineno, counts, lemmatize)
            if rule is not None:
                block.rules.append(rule)
            continue
        verb = _verb(line, counts, lemmatize)
        if verb is not None:
            block.verbs.append(verb)
    for name in [n for n, members in classes.items() if not members]:
        del classes[name]
    return Parsed(classes, blocks, counts)


def _verb(line: str, counts: Counter[str], lemmatize: Lemmatize) -> Verb | None:
    head = re.sub(r"\{[^}]*\}", " ", line)
    code = _code_of(head)
    form = head.split()[0] if head.split() else ""
    words = [w for w in form.lower().split("_") if w]
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    if at > 0:
        counts["verb with words before it (pre-compound)"] += 1
        return None
    words = [w.lstrip("+") for w in words]
    if not words or not all(_WORD_RE.match(w) for w in words):
        counts["verb not a lemma"] += 1
        return None
    return Verb(lemmatize(words[0], "VERB"), tuple(words[1:]), None if code in (None, "---") else code)


def _rule(raw: str, lineno: int, counts: Counter[str], lemmatize: Lemmatize) -> Rule | None:
    body, _, comment = raw.partition("#")
    named = re.findall(r"[A-Z][A-Z_]+", comment.split("<")[0])[:3]
    commented = tuple(lemmatize(w.lower().strip("_").split("_")[0], "VERB") for w in named)
    code_text = _code_of(body)
    if code_text is None:
        counts["pattern without a code"] += 1
        return None
    pattern = body[: body.index("[")]
    active = code_text.split(":")[0].strip()
    if not active:
        counts["passive-only code"] += 1
        return None
    left, star, right = pattern.partition("*")
    if not star:
        counts["pattern without the verb (*)"] += 1
        return None
    if [t for t in left.split() if t not in {"$", "+"}]:
        counts["words before the verb (subject)"] += 1
        return None
    if "%" in right:
        counts["compound marker %"] += 1
        return None
    words: list[str] = []
    roles: list[str] = []
    prep: str | None = None
    open_paren = False
    first_in_paren = False
    for tok in _TOKEN_RE.findall(right):
        if tok == "(":
            open_paren, first_in_paren = True, True
            continue
        if tok == ")":
            open_paren = False
            continue
        if tok in {"{", "}", "^"}:
            continue
        if tok in {"$", "+"}:
            roles.append(("source" if tok == "$" else "target") + ":" + (prep or "object"))
            continue
        if tok.startswith("&"):
            words.append(_class_name(tok))
            first_in_paren = False
            continue
        word = tok.lower().strip("_")
        if "_" in word:
            parts = word.split("_")
        else:
            parts = [word]
        for part in parts:
            if not _WORD_RE.match(part):
                counts["word not a lemma"] += 1
                return None
            if part in _DROP_WORDS:
                continue
            if open_paren and first_in_paren:
                prep = part
                words.append(part)  # a preposition is kept as it is
            else:
                words.append(lemmatize(part, "NOUN"))
            first_in_paren = False
        if not open_paren:
            prep = word  # an unbracketed word before a marker ("FROM $") is its preposition
    if active == "---":
        code = "---"
    elif _CODE_RE.match(active):
        code = active
    else:
        counts["code not a CAMEO code"] += 1
        return None
    return Rule(lineno, tuple(dict.fromkeys(words)), code, tuple(roles), commented)


@dataclass
class Converted:
    text: str
    counts: Counter[str]


def convert(
    text: str,
    lemmatize: Lemmatize,
    known_codes: Iterable[str],
    selection: Selection = SELECTION,
    builtin_classes: Iterable[str] = (),
    builtin_patterns: Iterable[str] = (),
) -> Converted:
    """The layer's YAML text for the dictionary ``text`` and the counts of what was kept and
    dropped (``counts``); patterns whose code is not in ``known_codes`` are dropped, and so are
    patterns that repeat one of ``builtin_patterns`` (the built-in file wins that tie anyway)."""
    parsed = parse_dictionary(text, lemmatize)
    counts = parsed.counts
    codes = set(known_codes)
    taken = set(builtin_classes)
    classes = {k: v for k, v in parsed.classes.items() if k not in taken}
    seen: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    builtin = {parse_pattern(p) for p in builtin_patterns}
    entries: dict[str, list[str]] = {}
    verb_classes: dict[str, tuple[str, ...]] = {}

    def add(code: str, pattern: str) -> None:
        try:
            key = parse_pattern(pattern, {*classes, *verb_classes})
        except ValueError:
            counts["word repeated in the pattern"] += 1
            return
        if key in seen:
            counts["repeats an earlier pattern"] += 1
            return
        if key in builtin:
            counts["repeats a pattern of verb_frames.yaml"] += 1
            return
        seen.add(key)
        entries.setdefault(code, []).append(pattern)
        counts["patterns kept"] += 1

    for block in parsed.blocks:
        verbs = [v for v in block.verbs if v.lemma not in selection.drop_predicates]
        single = tuple(dict.fromkeys(v.lemma for v in verbs if not v.context))
        name = block.name if block.name not in taken else block.name + "_V"
        heads = [name] if single else []
        if single:
            verb_classes[name] = single
        heads += list(dict.fromkeys(" ".join((v.lemma, *v.context)) for v in verbs if v.context))
        for verb in verbs:
            code = verb.code or block.code
            if code is None:
                continue
            if not selection.one_word:
                counts["one-word pattern (dropped by the selection)"] += 1
                continue
            if _keep(code, codes, selection, counts):
                add(code, " ".join((verb.lemma, *verb.context)))
        for rule in block.rules:
            if not _keep(rule.code, codes, selection, counts):
                continue
            if not rule.words and not selection.one_word:
                counts["one-word pattern (dropped by the selection)"] += 1
                continue
            for role in rule.roles:
                counts[f"role {role.split(':')[0]}"] += 1
            if any(w.startswith("P_") and w not in classes for w in rule.words):
                counts["unknown synset"] += 1
                continue
            if selection.own_verb:
                own = [v for v in verbs if v.lemma in rule.verbs]
                if not own:
                    counts["pattern for no verb of its block (own_verb)"] += 1
                for v in own:
                    add(rule.code, " ".join((v.lemma, *v.context, *rule.words)))
                continue
            for head in heads:
                add(rule.code, " ".join((head, *rule.words)))
    used = {w for patterns in entries.values() for p in patterns for w in p.split() if w.isupper()}
    return Converted(_yaml(classes, verb_classes, used, entries), counts)


def _keep(code: str, codes: set[str], selection: Selection, counts: Counter[str]) -> bool:
    if code == "---":
        if not selection.discards:
            counts["discard (dropped by the selection)"] += 1
        return selection.discards
    if code not in codes:
        counts["code not in the codebook"] += 1
        return False
    if code[:2] in selection.drop_roots:
        counts[f"root {code[:2]} (dropped by the selection)"] += 1
        return False
    return True


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_HEADER = """\
# GENERATED by scripts/convert_petrarch_verbs.py from PETRARCH-2's CAMEO.2.0.txt: do not edit.
# Source: openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt (commit 676801c).
# The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance (see petrarch_verbs.LICENSE
# beside this file). Converted into the verb-frame format of docs/verb-frames.md: synsets are the
# classes P_*, verb blocks the classes PV_*; loaded below verb_frames.yaml (which wins ties).
"""


def _yaml(
    classes: dict[str, tuple[str, ...]],
    verb_classes: dict[str, tuple[str, ...]],
    used: set[str],
    entries: dict[str, list[str]],
) -> str:
    out = [_HEADER, "version: 1", "word_classes:"]
    for name, members in [*classes.items(), *verb_classes.items()]:
        if name in used:
            out.append(f"  {name}: [{', '.join(_quote(m) for m in members)}]")
    out.append("frames:")
    for code, patterns in entries.items():
        out.append(f"  - {'discard: true' if code == '---' else 'code: ' + _quote(code)}")
        out.append("    patterns:")
        out.extend(f"      - {_quote(p)}" for p in patterns)
    return "\n".join(out) + "\n"
