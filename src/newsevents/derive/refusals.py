"""A speaker's own refusal, reported by a speech verb (storyrec56): a reported clause that says the speaker's side will
not do an act the dictionary has no pattern for ("said they would not clear the roadblocks", "said he would not
sign the bill into law", "said it would no longer heed the caps") is a rejection (``label_codes`` own_refusals,
CAMEO 120, PLOVER REJECT) by the clause's subject, told as done (the statement happened: asserted, as a refused act
with a pattern of its own is through ``negated``).

Only where the refusal is the speaker's: the clause hangs on a verb of ``stating_verbs`` (not negated, not one of
``denying_verbs``), its subject is a personal pronoun ("said it would not ...", the speaker's side; a named subject,
"said the rebels would not attack", is a forecast of another's act), the clause is active and negated in the future
("will not", "would not", "would no longer"). A use the dictionary discards as no event ("take down the roadblocks",
"sign the bill into law") is refused all the same. Not a verb of ``unrefused_verbs``: "would not hesitate to strike"
threatens, "would not rule out talks" refuses nothing, "would not comment" tells no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.tree import children
from newsevents.records import Frame

OWN_SIDE = frozenset({"it", "they", "he", "she", "we", "i"})


def own_refusal(tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str] | None:
    """The rejection a reported clause of the speaker's own refusal tells (see the module's docstring), with
    why; None otherwise."""
    if frame.modality != "negated" or frame.tense != "future" or frame.passive:
        return None
    if tok.dep_ != "ccomp" or tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() in rules.unrefused_verbs:
        return None
    speech = tok.head
    if speech.lemma_.lower() not in rules.stating_verbs or speech.lemma_.lower() in rules.denying_verbs:
        return None
    if any(c.dep_ == "neg" for c in children(speech)):
        return None
    subject = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "PRP" or subject.lower_ not in OWN_SIDE:
        return None
    code = frames.code(rules.label_codes["own_refusals"])
    match = FrameMatch(code, f"{frame.predicate_lemma} (refused)", 1, "code_rules.yaml")
    why = f"'{speech.text} ... {subject.text} ... not {tok.text}': the speaker's side refuses an act, CAMEO {code.code}"
    return match, why
