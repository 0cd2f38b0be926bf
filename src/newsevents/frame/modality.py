"""Stage: frame. A verb's modality and tense, read from its auxiliaries, negation and conditional
clauses ("will", "may", "if", "unless", "whether", "not", "neither ... nor", "no longer", "be to")."""

from __future__ import annotations

from typing import Literal, NamedTuple

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import going_to, has_condition, none_did, to_infinitive
from newsevents.parse.syntax import is_verb as _is_verb
from newsevents.parse.tree import children
from newsevents.records import Modality

Tense = Literal["past", "present", "future"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"may", "might", "could", "should", "must", "can", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# auxiliaries that take a bare verb: a past-tense conjunct ("accused") is not under them
MODAL_OR_DO = FUTURE_AUX | HYPOTHETICAL_AUX | {"would", "do"}
_SAME_PAST = frozenset(LEXICON["same_past_verbs"])  # "set", "put", "cut": the past written as the present


def _past_by_its_conjunct(verb: Token) -> bool:
    """A verb whose past is written as its present, tagged a present, with no auxiliary, that a past verb
    of its own is coordinated with: "Rioters set fires and looted stores ... on Wednesday night" is told
    in the past (dates52)."""
    if verb.tag_ != "VBP" or verb.lower_ not in _SAME_PAST:
        return False
    return any(
        c.dep_ == "conj" and c.tag_ == "VBD" and not any(a.dep_ == "aux" for a in children(c)) for c in children(verb)
    )


class ClauseModality(NamedTuple):
    """A clause's modality and tense, the reason in words, and the modal auxiliary that made the act
    hypothetical ("must", "could"; None otherwise)."""

    modality: Modality
    tense: Tense
    why: str
    modal: str | None = None


def open_question(verb: Token) -> bool:
    """Whether the verb is the open question of a 'whether' clause: "deciding whether to support it",
    "declined to say whether they would conduct a test", or the act a state or will asked about
    there is for ("test whether the two sides were ready to discuss prisoner exchanges", "wondered
    whether the rebels were prepared to negotiate": up through to-infinitives and predicates)."""
    t = verb
    for _ in range(4):
        if any(m.dep_ == "mark" and m.lower_ == "whether" for m in children(t)):
            return True
        if t.dep_ not in {"xcomp", "acomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def modality(verb: Token) -> ClauseModality:
    """(modality, tense, reason, modal) from auxiliaries, negation and conditional clauses."""
    auxes = [c for c in children(verb) if c.dep_ in {"aux", "auxpass"}]
    lemmas = {a.lemma_.lower() for a in auxes} | {a.text.lower() for a in auxes}
    negated = (
        (verb.dep_ == "pcomp" and verb.head.lower_ == "without")
        or any(
            c.dep_ == "neg"
            or (c.dep_ == "preconj" and c.lower_ == "neither")  # "would neither accept nor recognise"
            or (c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in children(c)))
            for c in children(verb)
        )
        or none_did(verb)
    )
    conditional = has_condition(verb, CONDITIONAL_MARKS) or any(
        m.dep_ == "mark" and m.lemma_.lower() in CONDITIONAL_MARKS for m in children(verb)
    )
    if negated:
        if lemmas & (FUTURE_AUX | {"would"}):
            return ClauseModality("negated", "future", "negation of a future act")
        present = verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes)
        return ClauseModality("negated", "present" if present else "past", "negation")
    if open_question(verb):
        # "has not said whether he will surrender": an open question, no commitment
        return ClauseModality("hypothetical", "present", "open question ('whether')")
    if conditional:
        # "will act unless ..." is a conditional commitment (a promise or a threat); "could act if ..." is not
        committed = bool(lemmas & (FUTURE_AUX | {"would"})) and not lemmas & HYPOTHETICAL_AUX
        return ClauseModality("hypothetical", "future" if committed else "present", "conditional clause")
    if lemmas & HYPOTHETICAL_AUX:
        modal = sorted(lemmas & HYPOTHETICAL_AUX)[0]
        return ClauseModality("hypothetical", "present", f"modal '{modal}'", modal)
    if lemmas & FUTURE_AUX or going_to(verb):
        return ClauseModality("future", "future", "future auxiliary")
    if "would" in lemmas:
        return ClauseModality("future", "future", "'would' (future in the past)")
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and to_infinitive(verb):
        # "EU leaders were to hold a summit"; "the aim is to hold talks" wants an act not yet done
        return ClauseModality("future", "future", "'be to' (an act arranged or wanted)")
    if not auxes and verb.dep_ == "conj" and _is_verb(verb.head):
        if verb.tag_ == "VBD" and any(
            a.dep_ == "aux" and a.lemma_.lower() in MODAL_OR_DO for a in children(verb.head)
        ):  # "said it would accept the ruling but accused the court": a past verb no modal governs
            return ClauseModality("asserted", "past", "past tense (a conjunct the modal of its head does not govern)")
        return modality(verb.head)
    if not auxes and _past_by_its_conjunct(verb):
        return ClauseModality("asserted", "past", "past tense (its form is the present's; a past conjunct)")
    if verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxes)
    ):
        return ClauseModality("asserted", "present", "present tense")
    return ClauseModality("asserted", "past", "past or unmarked tense")
