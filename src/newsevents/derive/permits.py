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


def by_test(tok: Token, match: FrameMatch, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str | None]:
    """(the match, why) for a firing or a launch told as a test ("Iran test-fired nine missiles"): a
    demonstration of force (``tested_codes``), no attack on anyone."""
    code = match.code
    target = _retyped(rules.tested_codes, code) if code is not None and tok.pos_ in {"VERB", "AUX"} else None
    prefix = tested_prefix(tok, rules) if target is not None else None
    if code is None or target is None or prefix is None:
        return match, None
    why = f"'{prefix}-{tok.text}': a weapon tried out, a show of force, CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why
