"""A wrong laid at another party's door in a reported clause (storyrec55): a speaker who tells that a named
party did a hostile or unlawful act accuses that party (CAMEO 112, PLOVER ACCUSE), the speaker the actor and
the party blamed the recipient, dated and placed as the telling (the event is coded from the speech verb's
own frame).

What tells the wrong, beside the verbs of ``wrongdoing_verbs`` that ``derive/statements.judgement`` reads in a
speech verb's first complement clause (data/code_rules.yaml):

* an adverb of ``wrongful_adverbs`` on the reported act ("said the minister had acted unlawfully", "said the
  envoy had been expelled illegally by the junta"; not a passive without a "by" agent, which names no one
  to blame: "said he had been removed illegally" found a group of round 36, but with no recipient);
* a crime committed or taken part in: a verb of ``committing_verbs`` whose object, or the "of" phrase of its
  object ("an act of terrorism"), is one of ``crime_nouns`` or ``condemning_words``, and "was involved in"
  such a noun ("said the agents had been involved in kidnappings and extortion");
* a hostile act planned, or a wrong tried: a verb of ``plotting_verbs`` with a to-infinitive or an object
  that tells an attack (a pattern of ``attack_roots``, or a verb of ``wrongdoing_verbs``), or an object of
  ``plot_nouns`` whose clause does ("said the cell had been drawing up plans to bomb the port"); a verb of
  ``attempting_verbs`` with one of ``wrongdoing_verbs`` ("said the junta was trying to steal the vote"; an
  attack tried, "tried to advance", is the attack itself, which the writers code as such);
* a verb of ``wrongdoing_verbs`` in a clause coordinated with the reported one ("said the army had misled
  the inquiry and violated the truce").

Not where the speaker reports news of its own side or says what it will do: the party blamed is a name or a
party noun (no pronoun: "said it had acted unlawfully" is no accusation of another), the clause is not
negated and has no modal ("said the rebels would attack" is a warning or a fear, read elsewhere), and the
speech verb itself is not negated or one of denial. The reported clause stays open: where it has a pattern
of its own (the planned attack is none) the coder still reads it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.toldby import names_party
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.derive.statements import aimed
from newsevents.parse.syntax import hedged, negated, subject_of, subtree_span
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame


def reported_clauses(tok: Token) -> list[Token]:
    """The clauses a speech verb reports: its complement clauses and the verbs coordinated with them."""
    out: list[Token] = []
    for child in children(tok):
        if child.dep_ == "ccomp":
            out.append(child)
            out.extend(c for c in children(child) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return out


def _subject(speech: Token, clause: Token) -> Token | None:
    """The clause's subject; a coordinated verb's is its first conjunct's, a relative clause's the noun the
    speech verb hangs on ("a raid the ministry says was carried out illegally")."""
    subject = subject_of(clause)
    if subject is None and clause.dep_ == "conj":
        subject = subject_of(clause.head)
    if subject is not None and subject.tag_ == "WDT" and speech.dep_ == "relcl" and speech.head.pos_ == "NOUN":
        subject = speech.head
    return subject


def _named(tok: Token | None) -> bool:
    """A phrase head that names a party, not a pronoun ("said it had ...": a claim of its own)."""
    if tok is None or tok.tag_ in {"PRP", "WP", "WDT"}:
        return False
    return tok.pos_ in {"NOUN", "PROPN"} and names_party(tok)


def _crime(noun: Token, rules: CodeRules) -> Token | None:
    """A crime noun in a phrase: the noun, a noun coordinated with it, or its "of" object ("an act of
    terrorism")."""
    words = [noun, *(c for c in noun.subtree if c.dep_ == "conj" and c.head.i == noun.i)]
    words += [o for w in list(words) for p in children(w) if p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
    crimes = rules.crime_nouns | rules.condemning_words
    return next((w for w in words if w.lemma_.lower() in crimes or w.lower_ in crimes), None)


def _attack(tok: Token, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]) -> bool:
    """Whether a word tells an attack: a pattern of ``attack_roots``, or a verb of ``wrongdoing_verbs``."""
    found = match_at(tok.i)
    if found is not None and found.code is not None and found.code.root in rules.attack_roots:
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in rules.wrongdoing_verbs


def _plotted(clause: Token, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]) -> Token | None:
    """The wrong a clause says was planned or tried, else None: an attack or a wrong planned ("had planned to
    bomb the port", "had drawn up plans to storm the embassy"), a wrong tried ("was trying to steal the
    vote"). An attack tried ("tried to advance", "attempted to storm") is the attack itself, told by the side
    it was aimed at, and "had no plans to" denies one."""
    kids = children(clause)
    lemma = clause.lemma_.lower()
    for c in kids:
        if c.dep_ not in {"xcomp", "dobj", "obj"}:
            continue
        if lemma in rules.plotting_verbs and _attack(c, rules, match_at):
            return c
        if lemma in rules.attempting_verbs and c.pos_ == "VERB" and c.lemma_.lower() in rules.wrongdoing_verbs:
            return c
    for obj in (c for c in kids if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in rules.plot_nouns):
        if any(d.lower_ in {"no", "not"} for d in children(obj)):
            continue
        act = next((a for a in children(obj) if a.dep_ in {"acl", "relcl"} and _attack(a, rules, match_at)), None)
        if act is not None:
            return act
    return None


def _wrong(
    speech: Token, clause: Token, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]
) -> tuple[Token | None, str] | None:
    """Whom a reported clause lays a wrong at and the words that tell it; None where the clause tells no
    wrong or names no party to blame."""
    if hedged(clause):
        return None
    kids = children(clause)
    subject = _subject(speech, clause)
    passive = subject is not None and subject.dep_ == "nsubjpass"
    agent = next((o for a in kids if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"), None)
    doer = agent if passive else subject
    adverb = next((c for c in kids if c.dep_ == "advmod" and c.lower_ in rules.wrongful_adverbs), None)
    if adverb is not None:  # not a passive with no agent: the party blamed is not named
        return (doer, f"{clause.text} {adverb.text}") if _named(doer) else None
    lemma = clause.lemma_.lower()
    if lemma == "involve" and passive and _named(subject):  # "had been involved in": the subject took part
        objects = [o for p in kids if p.dep_ == "prep" and p.lower_ == "in" for o in children(p) if o.dep_ == "pobj"]
        crime = next((w for o in objects if (w := _crime(o, rules)) is not None), None)
        return (subject, f"involved in {crime.text}") if crime is not None else None
    if not _named(doer):
        return None
    if lemma in rules.committing_verbs and not passive:
        crime = next((w for c in kids if c.dep_ in {"dobj", "obj"} and (w := _crime(c, rules)) is not None), None)
        if crime is not None:
            return doer, f"{clause.text} ... {crime.text}"
    plotted = _plotted(clause, rules, match_at)
    if plotted is not None:
        return doer, f"{clause.text} ... {plotted.text}"
    if clause.dep_ == "conj" and lemma in rules.wrongdoing_verbs and not passive:
        return doer, clause.text  # the first conjunct is read by derive/statements.judgement
    return None


def reported_wrong(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]
) -> Demand | None:
    """A speech verb reporting that a named party did a wrong (see the module's docstring): an accusation
    by the speaker (``label_codes`` blaming_words, 112), aimed at the party; None otherwise."""
    if tok.lemma_.lower() in rules.denying_verbs or negated(tok):
        return None
    for clause in reported_clauses(tok):
        found = _wrong(tok, clause, rules, match_at)
        if found is None:
            continue
        doer, words = found
        if doer is None:
            continue
        code = frames.code(rules.label_codes["blaming_words"])
        why = f"'{tok.text} ... {words}': a wrong told of another, the speaker accuses '{doer.text}', CAMEO {code.code}"
        return aimed(frame, code, clause.lemma_.lower(), subtree_span(doer), why)
    return None
