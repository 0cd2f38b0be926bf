"""A speaker's own refusal, reported by a speech verb (storyrec56): a reported clause that says the speaker's side will
not do an act the dictionary has no pattern for ("said they would not clear the roadblocks", "said he would not
sign the bill into law", "said it would no longer heed the caps") is a rejection (``label_codes`` own_refusals,
CAMEO 120, PLOVER REJECT) by the speaker, coded from the speech verb's frame (dated and placed as the telling,
asserted: the statement happened, as a refused act with a pattern of its own is through ``negated``) and aimed at
what the refused act names; the refused act is absorbed.

Only where the refusal is the speaker's: the clause hangs on a verb of ``stating_verbs`` (not negated, not one of
``denying_verbs``), its subject is a personal pronoun ("said it would not ...", the speaker's side; a named subject,
"said the rebels would not attack", is a forecast of another's act), the clause is active and negated in the future
("will not", "would not", "would no longer"). A use the dictionary discards as no event ("take down the roadblocks",
"sign the bill into law") is refused all the same. Not a verb of ``unrefused_verbs``: "would not hesitate to strike"
threatens, "would not rule out talks" refuses nothing, "would not comment" tells no act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame

OWN_SIDE = frozenset({"it", "they", "he", "she", "we", "i"})


def own_refusal(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules,
    frame_at: Callable[[int], Frame | None], match_at: Callable[[int], FrameMatch | None],
) -> Demand | None:  # fmt: skip
    """The rejection a speech verb ``tok`` reports as its speaker's own refusal (see the module's docstring),
    coded from the speech verb's frame (the telling's date and place) and aimed at what the refused act names
    (its object, where it has one); None otherwise."""
    lemma = tok.lemma_.lower()
    if lemma not in rules.stating_verbs or lemma in rules.denying_verbs or any(c.dep_ == "neg" for c in children(tok)):
        return None
    for clause in children(tok):
        inner = frame_at(clause.i)
        if clause.dep_ != "ccomp" or inner is None or clause.lemma_.lower() in rules.unrefused_verbs:
            continue
        if inner.modality != "negated" or inner.tense != "future" or inner.passive:
            continue
        found = match_at(clause.i)
        if found is not None and found.code is not None:
            continue  # a refused act with a pattern of its own is read by the negated map
        subject = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "PRP" or subject.lower_ not in OWN_SIDE:
            continue
        code = frames.code(rules.label_codes["own_refusals"])
        match = FrameMatch(code, f"{frame.predicate_lemma} ... not {inner.predicate_lemma}", 1, "code_rules.yaml")
        why = f"'{tok.text} ... {subject.text} ... not {clause.text}': the speaker's side refuses an act"
        told = replace(frame, object_spans=inner.object_spans[:1], recipient_spans=())
        return Demand(told, match, why + f", CAMEO {code.code}", clause.i)
    return None
