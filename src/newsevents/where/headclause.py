"""Where, the clause an act hangs on: a participle adjunct or an "as"/"while" clause happens where its head
clause's act does (places42).

"Rebels stormed the ambassador's residence in X, taking hostages and demanding the release of ...",
"Bombs ripped through two nightclubs in X, killing more than 100 people", "Protesters stayed outside the army
headquarters in X demanding civilian rule", "Police opened fire on protesters in the city of X as they
demanded ...": the participle (or the clause of "as", "while", "when") tells an act of the same scene, so a
town in a locative phrase of the verb it hangs on is where it happened, when its own clause names no place.

Only a town (a city or a site): a country or a region the head clause names may be what it is about. Not a
clause with a subject of its own other than a pronoun ("as the government said ...": another actor, maybe
elsewhere), nor a participle of a reaction or a consequence (lexicon reaction_verbs, sparking_verbs: "drawing
condemnation from leaders meeting in Y" is theirs, in Y), nor a clause of what a verb of saying says (only
adjuncts are followed), nor a place inside an origin ("from X"), another clause, or where a verb of going went
(where/location._elsewhere). The other way round, an act shares the town of its own participle adjunct
("applied to join the alliance, handing the letters to its chief in X"). Read by where/location.py, before the
nearest place of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.clauses import SIMULTANEOUS_MARKS, participle_clause
from newsevents.code.location import precision
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import Frame, Mention
from newsevents.where.destination import place_noun_head, sentence_places
from newsevents.where.nearest import PLACE_PREPS, tree_distance

# a subject that is the head clause's people again ("as they demanded"): no other actor
_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})
# a participle of a reaction or a consequence ("drawing condemnation from leaders meeting in X", "sparking
# protests"): another party's act, not one of the head clause's scene
_REACTING = LEXICON["reaction_verbs"] | LEXICON["sparking_verbs"]
_NAME_DEPS = frozenset({"compound", "amod", "appos", "conj", "flat"})
# the arcs a locative phrase may stand under between its preposition and the head verb: nouns and their phrases
_PHRASE_DEPS = frozenset({"prep", "dative", "pobj", "dobj", "obj", "npadvmod", "appos", "conj", "compound", "poss"})
HEAD_CLAUSE = "the town of the clause whose scene it shares"


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _follows(verb: Token) -> bool:
    """Whether ``verb`` is an adjunct of its head that shares the head's scene: a participle after it with no
    subject of its own ("stormed X, demanding ..."), or a clause of "as"/"while"/"when" whose subject, if any,
    is a pronoun ("opened fire on protesters in X as they demanded ...")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    subject = _own_subject(verb)
    if verb.tag_ == "VBG" and verb.i > verb.head.i and subject is None:
        return participle_clause(verb)  # not "before leaving", "to ..."
    marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in SIMULTANEOUS_MARKS for c in children(verb))
    return marked and (subject is None or subject.lower_ in _PRONOUNS)


def head_verbs(trigger: Token) -> list[Token]:
    """The verbs whose scene the trigger's clause shares, nearest first: up a chain of such adjuncts, and from
    a conjunct with no subject of its own to the first conjunct ("barricading themselves in X and demanding
    ...": the scene of "barricading" too)."""
    out: list[Token] = []
    t = trigger
    for _ in range(4):
        if t.dep_ == "conj" and t.head.pos_ in {"VERB", "AUX"} and _own_subject(t) is None and t.head.i != t.i:
            t = t.head
            if out:
                out.append(t)
            continue
        if _absolute(t):  # "traded rebukes at talks in X, with the minister accusing ...": the scene of "traded"
            t = t.head.head
            out.append(t)
            continue
        if not _follows(t):
            break
        t = t.head
        out.append(t)
    return out


def _absolute(verb: Token) -> bool:
    """Whether ``verb`` is the participle of a "with" clause on a verb ("..., with X accusing Y of ...")."""
    p = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and p.lower_ == "with" and p.head.pos_ in {"VERB", "AUX"}


def manner_participles(trigger: Token) -> list[Token]:
    """The participle adjuncts of the trigger itself, which share its scene the other way round ("applied to
    join the alliance, handing their letters to its chief in X": where they applied): those of
    :func:`_follows` without a mark."""
    return [
        c
        for c in children(trigger)
        if c.dep_ == "advcl"
        and participle_clause(c)
        and c.i > trigger.i
        and _own_subject(c) is None
        and c.lemma_.lower() not in _REACTING
    ]


def _phrase_verb(tok: Token) -> Token | None:
    """The verb a place's locative phrase hangs on through nouns and their phrases only ("opened fire on
    protesters in the city of X": opened), or None (an origin, another clause, no locative phrase)."""
    t = tok
    while t.dep_ in _NAME_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "of"):
        if t.head.i == t.i:
            return None
        t = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS:
        return None
    t = t.head
    while t.pos_ not in {"VERB", "AUX"}:
        if t.dep_ not in _PHRASE_DEPS or t.head.i == t.i or (t.dep_ in {"prep", "dative"} and t.lower_ == "from"):
            return None
        t = t.head
    return t


def _coordinated(tok: Token) -> bool:
    """Whether a place is one of coordinated places ("wrecked the embassies in X and Y, killing ...": which of
    them the participle tells is not said)."""
    head = place_noun_head(tok)
    return head.dep_ == "conj" or any(c.dep_ == "conj" for c in children(head))


def head_clause_town(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The town in a locative phrase of a verb whose scene the event's clause shares (:func:`head_verbs`), the
    nearest to the trigger in the tree; None when there is none."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    if trigger.root.lemma_.lower() in _REACTING:
        return None
    heads = {v.i for v in (*head_verbs(trigger.root), *manner_participles(trigger.root))}
    if not heads:
        return None
    best: tuple[int, Mention] | None = None
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or precision(m.place) != "city":
            continue
        verb = _phrase_verb(span.root)
        if verb is None or verb.i not in heads or _coordinated(span.root):
            continue
        d = tree_distance(span.root, trigger.root)
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best is not None else None
