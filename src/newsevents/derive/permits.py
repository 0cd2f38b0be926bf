"""Acts of force only permitted or only tried out: an attack authorised is a threat of force, a missile
test-fired a show of force (data/code_rules.yaml: ``authorised_codes``, ``tested_codes``; type42); a body of
troops authorised is endorsed or given as peacekeeping (``authorised_bodies``, ``body_permits``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import CameoCode, FrameMatch, VerbFrames
from newsevents.parse.syntax import DEMONSTRATIVES, negated, to_infinitive
from newsevents.parse.tree import children
from newsevents.records import Frame

# how an act hangs on the verb that permits it: its object ("authorised air strikes") or its to-infinitive
# ("authorised member states to use all necessary means to drive Iraq out", "were authorised to open fire")
PERMITTED_DEPS = {"dobj", "xcomp", "advcl", "ccomp"}
PERMIT_DEPTH = 3  # the verbs between an act and its permit: "authorised X to use means to drive Y out"


def _retyped(table: Mapping[str, str], code: CameoCode) -> str | None:
    """The code ``table`` (a code_rules map) gives ``code``, by its own code or else its root; None when it
    gives none or the same code."""
    target = table.get(code.code) or table.get(code.root)
    return None if target == code.code else target


def permitting_verb(tok: Token, rules: CodeRules) -> Token | None:
    """The verb of ``authorising_verbs`` whose object or to-infinitive the act ``tok`` is, through at most
    ``PERMIT_DEPTH`` such links ("authorised air strikes", "authorised states to use means to drive X out"),
    else None."""
    cur = tok
    for _ in range(PERMIT_DEPTH):
        if cur.dep_ not in PERMITTED_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ != "dobj" and cur.pos_ in {"VERB", "AUX"} and not to_infinitive(cur):
            return None  # "authorised the deal and attacked": not what is permitted
        if cur.dep_ == "dobj" and cur.i != tok.i:
            return None  # the object of a verb above: "authorised X to hold talks": only the act itself
        head = cur.head
        if head.lemma_.lower() in rules.authorising_verbs and head.pos_ in {"VERB", "AUX"}:
            return head
        cur = head
    return None


def by_permit(
    tok: Token, match: FrameMatch, frames: VerbFrames, rules: CodeRules,
    match_at: Callable[[int], FrameMatch | None],
) -> tuple[FrameMatch, str | None]:  # fmt: skip
    """(the match, why) for an act of force that a verb of ``authorising_verbs`` permits: no attack done.
    Named by the permit's object, a threat of force (``authorised_codes``: "NATO authorised air strikes
    against Yugoslavia"); told by its to-infinitive, or where the permit has a pattern of its own
    ("authorised the use of force to drive Iraq out", "authorised the president to use force"), no event
    of its own."""
    code = match.code
    target = _retyped(rules.authorised_codes, code) if code is not None else None
    if code is None or target is None:
        return match, None
    permit = permitting_verb(tok, rules)
    if permit is None or negated(permit):
        return match, None
    if match_at(permit.i) is not None or tok.dep_ != "dobj":
        # "authorised the use of force to drive X out", "authorised member states to use all necessary means to
        # drive X out (if ... by January 15)": the permit's own pattern tells it, or the act's clause its condition
        why = f"'{permit.text} ... to {tok.text}': an act of force permitted, not done: no event of its own"
        return replace(match, code=None), why
    why = f"'{permit.text} {tok.text}': an act of force permitted is a threat, CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why


INDEFINITE_DETERMINERS = {"a", "an", "another"}


def body_permit(tok: Token, match: FrameMatch, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str | None]:
    """(the match, why) for a verb of ``authorising_verbs`` whose object is a body of troops, a noun of
    ``authorised_bodies`` with a determiner ("authorised the multinational force", "authorised a force to
    restore order"): no force used or threatened but the body endorsed (the definite one, named before) or
    peacekeeping given (an indefinite, new one): ``body_permits``. "authorised force against Iraq" (no
    determiner) and "authorised the use of force" (another object) keep their match."""
    if match.code is None or tok.lemma_.lower() not in rules.authorising_verbs or tok.pos_ not in {"VERB", "AUX"}:
        return match, None
    if negated(tok):
        return match, None
    for obj in children(tok):
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in rules.authorised_bodies:
            continue
        dets = {c.lower_ for c in children(obj) if c.dep_ in {"det", "poss"}}
        kind = "definite" if dets & DEMONSTRATIVES or any(c.dep_ == "poss" for c in children(obj)) else None
        kind = kind or ("indefinite" if dets & INDEFINITE_DETERMINERS else None)
        target = rules.body_permits.get(kind) if kind is not None else None
        if target is None or target == match.code.code:
            return match, None
        why = f"'{tok.text} {' '.join(sorted(dets))} {obj.text}': a body of troops authorised ({kind}), CAMEO "
        if target == "-":
            return replace(match, code=None), f"{why}{match.code.code}: no event"
        return replace(match, code=frames.code(target)), f"{why}{match.code.code} becomes {target}"
    return match, None


def tested_prefix(tok: Token, rules: CodeRules) -> str | None:
    """The word of ``test_prefixes`` written before the verb ``tok`` ("test-fired", "test fired",
    "test-launched"), else None."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i >= 1 else None
    if before is not None and before.text == "-" and tok.i >= 2:
        before = doc[tok.i - 2]
    if before is None or before.lower_ not in rules.test_prefixes or before.sent != tok.sent:
        return None
    return before.text


TEST_SITE_PREPS = {"at", "in", "on"}


def test_site(tok: Token, rules: CodeRules) -> str | None:
    """The place of tests the verb ``tok`` is told at (``site_phrase``), in words ("at ... range"), else None."""
    found = site_phrase(tok, rules)
    return found[1] if found is not None else None


def site_phrase(tok: Token, rules: CodeRules) -> tuple[Token, str] | None:
    """(the preposition, its words) of the place of tests the verb ``tok`` is told at, from a locative phrase of
    its own ("exploded three devices at the Pokhran range", "detonated a bomb at the test site"): a noun of
    ``test_sites`` with a determiner or a possessive (not "at close range", a distance), or a noun modified by
    one of ``test_site_words``; else None."""
    for prep in children(tok):
        if prep.dep_ != "prep" or prep.lower_ not in TEST_SITE_PREPS:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj":
                continue
            if noun.lemma_.lower() in rules.test_sites and any(d.dep_ in {"det", "poss"} for d in children(noun)):
                return prep, f"{prep.text} ... {noun.text}"  # a range named, not a distance ("at close range")
            word = next((m for m in children(noun) if m.lower_ in rules.test_site_words), None)
            if word is not None and _written_before(word, noun):
                return prep, f"{prep.text} ... {word.text} {noun.text}"
    return None


def site_unaimed(frame: Frame, tok: Token, rules: CodeRules) -> Frame | None:
    """The frame of a show of force told at a place of tests with only the phrases that name whom it is aimed
    at (types44): its objects outside the place of tests, and the phrases after a word of ``test_aims``
    ("fired a missile towards Japan") outside it; no place ("set off two devices at its range in a
    western desert close to its neighbour's border": the state tested there and aimed at no one). None where
    no place of tests is told."""
    found = site_phrase(tok, rules)
    if found is None:
        return None
    prep = found[0]
    start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge)
    doc = tok.doc

    def outside(span: tuple[int, int]) -> bool:
        return span[1] <= start or span[0] >= end

    def aimed(span: tuple[int, int]) -> bool:
        before = doc.text[: span[0]].split()
        return bool(before) and before[-1].lower() in rules.test_aims

    return replace(
        frame,
        recipient_spans=tuple(sp for sp in frame.recipient_spans if outside(sp) and aimed(sp)),
        object_spans=tuple(sp for sp in frame.object_spans if outside(sp)),
        place_spans=(),
    )


def _written_before(modifier: Token, noun: Token) -> bool:
    """A modifier written before its noun ("test site"; not "a site for tests")."""
    return modifier.i < noun.i and modifier.dep_ in {"compound", "amod", "nmod"}


def by_test(tok: Token, match: FrameMatch, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str | None]:
    """(the match, why) for a firing or a launch told as a test ("Iran test-fired nine missiles") or told at
    a place of tests ("India exploded three devices at its test range"): a demonstration of force
    (``tested_codes``), no attack on anyone."""
    code = match.code
    target = _retyped(rules.tested_codes, code) if code is not None and tok.pos_ in {"VERB", "AUX"} else None
    if code is None or target is None:
        return match, None
    prefix = tested_prefix(tok, rules)
    if prefix is not None:
        why = f"'{prefix}-{tok.text}': a weapon tried out, a show of force, CAMEO {code.code} becomes {target}"
        return replace(match, code=frames.code(target)), why
    site = test_site(tok, rules)
    if site is None:
        return match, None
    why = f"'{tok.text} {site}': an act at a place of tests, a show of force, CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why
