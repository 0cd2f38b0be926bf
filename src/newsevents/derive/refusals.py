"""A refusal told in the speaker's own reported clause (verbs60): "said it would not approve the bids", "said they will
not allow him to leave", "said it could not accept the ruling". The speaker tells what it will not consent to, which
is its rejection of that thing (CAMEO 120, PLOVER REJECT), dated and placed as the telling (the event is coded from
the speech verb's own frame, as derive/statements codes a judgement).

What tells it: a complement clause of the speech verb whose verb is one of ``consenting_verbs`` (verbs of consent:
approve, allow, accept, recognise, sign, attend, ...), negated and told with a modal of the future or of ability
("will not", "would not", "cannot", "could not"), in the active voice, its subject a personal pronoun (the speaker
itself: "said it would not ..."; a named other party, "said Ankara would not approve", reports that party's refusal,
which the speaker does not make). The refused verb has no pattern of its own (where it has one, a cooperative act
refused for the future is already a rejection: code_rules ``negated``). Not where the speech verb is negated or one
of ``denying_verbs``, and not a past fact ("said it had not approved the bids" tells what did not happen, no refusal
now), and not a harm to the speaker it vows to stop ("said it would not allow the nation to be split apart": a
warning, the refused clause in the passive). The refusal is aimed at the clause's object, else at the clause itself;
the refused act did not happen (absorbed).

An act the speaker will not tolerate (a verb of ``tolerating_verbs``, so told: "said it could not tolerate the
test", or in the passive, "said the launch could not be tolerated", aimed at the passive's subject) is its
condemnation of the act (``label_codes`` tolerating_verbs: 111, PLOVER ACCUSE), not a rejection.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.derive.statements import aimed
from newsevents.parse.syntax import negated, np_core, subject_of
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame

REFUSING_MODALS = frozenset({"will", "would", "can", "could", "shall", "wo", "ca", "'ll"})  # "won't", "can't"


def _refused(clause: Token, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]) -> Token | None:
    """What a reported clause refuses, where it is the speaker's own refusal (the module's docstring): the
    clause's object, else the clause; a thing not tolerated, also in the passive ("said the test could not be
    tolerated"), is its subject. None where the clause refuses nothing."""
    lemma = clause.lemma_.lower()
    if lemma not in rules.consenting_verbs | rules.tolerating_verbs or not negated(clause):
        return None
    kids = children(clause)
    if not any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in kids):
        return None
    subject = subject_of(clause)
    if lemma in rules.tolerating_verbs and subject is not None and subject.dep_ == "nsubjpass":
        return subject if subject.pos_ in {"NOUN", "PROPN"} else None
    if subject is None or subject.dep_ != "nsubj" or subject.tag_ != "PRP":
        return None
    if any(c.dep_ == "auxpass" for k in kids if k.dep_ in {"xcomp", "ccomp"} for c in children(k)):
        return None  # "would not allow the nation to be split apart": a harm it vows to stop, a warning
    own = match_at(clause.i)
    if own is not None and own.code is not None and own.code.plover is not None:
        return None
    return next((c for c in kids if c.dep_ in {"dobj", "obj"}), clause)


def refused_consent(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]
) -> Demand | None:
    """A speech verb whose reported clause tells the speaker will not consent to a thing (the module's
    docstring): its rejection (``label_codes`` consenting_verbs, 120), aimed at what is refused; else None."""
    if tok.lemma_.lower() in rules.denying_verbs or negated(tok):
        return None
    for clause in (c for c in children(tok) if c.dep_ == "ccomp"):
        refused = _refused(clause, rules, match_at)
        if refused is None:
            continue
        kind = "tolerating_verbs" if clause.lemma_.lower() in rules.tolerating_verbs else "consenting_verbs"
        code = frames.code(rules.label_codes[kind])
        what = "a criticism" if kind == "tolerating_verbs" else "a rejection"
        why = f"'{tok.text} ... not {clause.text}': the speaker will not {clause.lemma_.lower()} it, {what}"
        # the refused thing's own phrase ("safe passage", not "... from Ecuador's London embassy"); the clause: its verb
        span = np_core(refused) if refused.i != clause.i else (clause.idx, clause.idx + len(clause.text))
        return aimed(frame, code, f"not {clause.lemma_.lower()}", span, f"{why}, CAMEO {code.code}")
    return None
