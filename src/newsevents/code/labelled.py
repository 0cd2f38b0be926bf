"""A name given in a participle clause after an act (verbs60): "recalled its envoy, calling the raid an act of
war", "expelled two diplomats, calling the arrest a flagrant violation". The name given (stage derive: a label of
``labelling_verbs`` with a word of condemnation, derive/codes.by_label) is a charge of its own, told with the act
as "..., accusing it of ..." is (``consequence_codes``), not a part of the act it follows (code/sofar.py).

Not where it only explains the act: an act announced with a modal ("would halt the drills, calling them
provocative": the name gives the reason for a plan, and it names the speaker's own act), an act that is itself a
condemnation or a rejection (``condemning_roots``: "rejected the resolution, calling it illegal" is one rejection)
or a protest (``protest_roots``: "stormed the offices, calling the deal a betrayal" is the protest's cry, as a
demand told after a protest is),
or a name given to a natural force ("pledged troops, calling the outbreak a threat to security": no party's act,
``natural_forces``). Nor a participle the parse hung on a reported clause ("said that the group had carried out the
raids, calling it an act of war"): the speaker calls it so, but the participle would take the clause's subject as
its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch
from newsevents.parse.syntax import hedged
from newsevents.parse.tree import children


def label_told(tok: Token, derived: FrameMatch | None, head: FrameMatch | None, rules: CodeRules) -> bool:
    """Whether the participle ``tok``, derived as a name given (``derived``), is a charge of its own after the
    act its head tells (``head``: the head's match); see the module's docstring."""
    if tok.lemma_.lower() not in rules.labelling_verbs or derived is None or derived.code is None:
        return False
    if hedged(tok.head) or tok.head.dep_ in {"ccomp", "xcomp"}:
        return False  # a plan explained; a participle hung on a reported clause is the speaker's, misread
    if head is not None and head.code is not None and head.code.root in rules.condemning_roots | rules.protest_roots:
        return False  # "rejected it, calling it illegal"; "stormed the offices, calling the deal a betrayal"
    named = [c for c in children(tok) if c.dep_ in {"dobj", "obj"}]
    return not any(w.lemma_.lower() in rules.natural_forces for o in named for w in o.subtree if w.i <= o.i)
