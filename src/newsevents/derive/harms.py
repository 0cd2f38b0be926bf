"""An act said to do a wrong (verbs60): "said the new dam violated the water accord", "said the treaty seriously
undermined peace in the region", "said the ban ran against the spirit of the pact". A speaker who tells that an act
breaks a rule or harms the peace criticises the act (``label_codes`` condemning_words, 111, PLOVER ACCUSE), as "said
the seizure was unacceptable" does (derive/statements.judgement), aimed at the act's phrase (whose act it is,
"Canberra's actions", is read from it), dated and placed as the telling (the speech verb's frame).

What tells it: a complement clause of the speech verb (or a clause coordinated with one), not negated and with no
modal ("said the dam would violate the accord" warns of a wrong to come), whose verb is one of ``harming_verbs`` (a
verb, or a verb and its preposition: "run against", "go against"), its subject a noun that names an act or a thing
made, not a party: a name or a party noun is the doer, read by derive/statements._wrongdoer ("said the rebels
violated the truce"), a pronoun names nothing ("said it violated the resolutions"), and a natural force is no one's
act (``natural_forces``: "said the storm surge had undermined the dykes"; reported59 met a surge that "breached
levees", so "breach" is not among the verbs). A relative clause's subject is the noun it hangs on ("a move which
Tokyo says violates the pact"). Not where the speech verb is negated or one of ``denying_verbs``, and not with an
object denied ("said the plan violated no law").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.clauses import names_party
from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import VerbFrames
from newsevents.derive.statements import aimed
from newsevents.parse.syntax import hedged, negated, subject_of, subtree_span
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame


def _clauses(tok: Token) -> list[Token]:
    """The clauses a speech verb reports: its complement clauses and the verbs coordinated with them."""
    out: list[Token] = []
    for child in children(tok):
        if child.dep_ == "ccomp":
            out.append(child)
            out.extend(c for c in children(child) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return out


def _harming(clause: Token, rules: CodeRules) -> str | None:
    """The words of ``harming_verbs`` a clause's verb is told with ("violate", "run against"), else None."""
    lemma = clause.lemma_.lower()
    if lemma in rules.harming_verbs:
        return lemma
    return next((f"{lemma} {p.lower_}" for p in children(clause) if f"{lemma} {p.lower_}" in rules.harming_verbs), None)


def _act(speech: Token, clause: Token, rules: CodeRules) -> Token | None:
    """The clause's subject where it names an act or a thing made, not a party, else None."""
    subject = subject_of(clause)
    if subject is None and clause.dep_ == "conj":
        subject = subject_of(clause.head)
    if subject is not None and subject.tag_ == "WDT" and speech.dep_ == "relcl" and speech.head.pos_ == "NOUN":
        subject = speech.head  # "a move which Tokyo says violates the pact"
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ != "NOUN" or names_party(subject):
        return None
    if any(w.lemma_.lower() in rules.natural_forces for w in subject.subtree if w.i <= subject.i):
        return None  # "said the storm's surge had undermined the dykes": no one's act
    return subject


def harmful_act(tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules) -> Demand | None:
    """A speech verb reporting that an act breaks a rule or harms the peace (the module's docstring): the
    speaker's criticism of the act (``label_codes`` condemning_words, 111); None otherwise."""
    if tok.lemma_.lower() in rules.denying_verbs or negated(tok):
        return None
    for clause in _clauses(tok):
        harm = _harming(clause, rules)
        if harm is None or hedged(clause):
            continue
        objects = [c for c in children(clause) if c.dep_ in {"dobj", "obj"}]
        if any(d.lower_ in {"no", "nothing"} for o in objects for d in (o, *children(o))):
            continue
        act = _act(tok, clause, rules)
        if act is None:
            continue
        code = frames.code(rules.label_codes["condemning_words"])
        why = f"'{tok.text} ... {act.text} ... {harm}': an act said to do a wrong, the speaker criticises it"
        return aimed(frame, code, harm, subtree_span(act), f"{why}, CAMEO {code.code}")
    return None
