"""A ballot said to be spoiled by a wrong (verbs60): "said the ballot was marred by massive fraud", "said they had
acted because of fraud in the March election", "saying it was responding to fraud in the poll". A speaker who
tells of cheating in a ballot charges whoever ran or won it, as "said the election had been rigged" does
(derive/statements, ``fraud_verbs``): an accusation (``label_codes`` fraud_verbs, 112, PLOVER ACCUSE) by the
speaker, aimed at the ballot's phrase (where it names who won, "a vote the ruling party won", that party is
read from it), dated and placed as the telling (coded from the speech verb's own frame).

What tells it, in a complement clause of the speech verb (or a clause coordinated with one), not negated and
with no modal ("said the vote would be marred by fraud" fears it): a noun of ``ballot_wrongs`` (fraud,
rigging, irregularities, ...) that is the "by" agent of a passive whose subject is one of ``ballot_nouns``
("the vote was marred by fraud"; a relative clause's subject is the noun it hangs on: "an election that the
bishops said was marred by fraud"), or that takes an "in", "of" or "during" phrase naming one of
``ballot_nouns`` anywhere in the clause ("acted because of fraud in the election"). Not a wrong denied: no "no"
on the noun ("said there was no fraud in the vote"), and the speech verb not negated nor one of
``denying_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import VerbFrames
from newsevents.derive.statements import aimed
from newsevents.derive.wrongs import reported_clauses
from newsevents.parse.syntax import hedged, negated, subject_of, subtree_span
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame

BALLOT_PREPS = frozenset({"in", "of", "during", "at"})


def _wrong(noun: Token, rules: CodeRules) -> bool:
    """A noun of ``ballot_wrongs`` that is not denied ("no fraud")."""
    lemma = noun.lemma_.lower()
    return (lemma in rules.ballot_wrongs or noun.lower_ in rules.ballot_wrongs) and not any(
        d.lower_ in {"no", "without"} for d in (*children(noun), noun.head)
    )


def _spoiled(speech: Token, clause: Token, rules: CodeRules) -> tuple[Token, Token] | None:
    """(the ballot, the wrong) a reported clause tells of, else None (the module's docstring)."""
    if hedged(clause):
        return None
    subject = subject_of(clause)
    if subject is not None and subject.tag_ == "WDT" and speech.dep_ == "relcl" and speech.head.pos_ == "NOUN":
        subject = speech.head  # "an election that the bishops said was marred by fraud"
    if subject is not None and any(c.dep_ == "auxpass" for c in children(clause)):
        agents = [o for a in children(clause) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"]
        wrong = next((o for o in agents if _wrong(o, rules)), None)
        if wrong is not None and subject.lemma_.lower() in rules.ballot_nouns:
            return subject, wrong
    for noun in clause.subtree:
        if noun.pos_ != "NOUN" or not _wrong(noun, rules):
            continue
        ballots = [o for p in children(noun) if p.lower_ in BALLOT_PREPS for o in children(p) if o.dep_ == "pobj"]
        ballot = next((b for b in ballots if b.lemma_.lower() in rules.ballot_nouns), None)
        if ballot is not None:
            return ballot, noun
    return None


def spoiled_ballot(tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules) -> Demand | None:
    """A speech verb reporting cheating in a ballot (the module's docstring): the speaker's accusation
    (``label_codes`` fraud_verbs, 112), aimed at the ballot; None otherwise."""
    if tok.lemma_.lower() in rules.denying_verbs or negated(tok):
        return None
    for clause in reported_clauses(tok):
        found = _spoiled(tok, clause, rules)
        if found is None:
            continue
        ballot, wrong = found
        code = frames.code(rules.label_codes["fraud_verbs"])
        why = f"'{tok.text} ... {wrong.text} ... {ballot.text}': the speaker tells of cheating in a ballot"
        return aimed(frame, code, wrong.lemma_.lower(), subtree_span(ballot), f"{why}, CAMEO {code.code}")
    return None
