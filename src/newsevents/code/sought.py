"""Clauses that tell an act sought, scheduled or wanted of another, not done: the to-clause of a
causing verb that did not move its object ("after failing to persuade the army to sign"), a schedule
told in the past perfect or to date another act ("had been due to hold its first session",
"on the day parliament was due to hold its first session"), a "for ... to" clause after a
noun of asking ("a deadline set for the junta to free the president"), a step still outstanding
("the treaty must still be ratified"), and the aims a parser hung on the wrong verb ("ordered the
operation to protect civilians, restore order and ..."). Read by ``code.clauses.untold``; pure
functions of the dependency parse (storyprec22, prec38).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import negated, to_infinitive
from newsevents.parse.tree import children

CAUSING_VERBS = LEXICON["causing_verbs"]


def caused_party(verb: Token) -> Token | None:
    """The object of a causing verb (lexicon causing_verbs) when ``verb`` is its to-clause: the party
    moved to act, who does the clause's act ("the raid prompted Chile to recall its ambassador",
    "..., leading Mexico to break off relations": Chile, Mexico); None otherwise."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.i == verb.i or head.lemma_.lower() not in CAUSING_VERBS:
        return None
    if not to_infinitive(verb):
        return None
    return next((c for c in children(head) if c.dep_ in {"dobj", "obj"}), None)


def listed_infinitive(t: Token) -> Token | None:
    """The to-infinitive that a bare verb is listed after when the parser hung it on the finite verb
    instead ("ordered the operation to protect civilians, restore order and arrest the leaders":
    "restore" parsed as a conjunct of "ordered"): the last to-infinitive between the two; None when
    ``t`` is no such bare conjunct (it has its own subject or auxiliary, or nothing is listed)."""
    head = t.head
    if t.dep_ != "conj" or t.tag_ != "VB" or head.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in children(t)):
        return None
    listed = [
        x
        for x in t.doc[head.i + 1 : t.i]
        if x.tag_ == "VB" and head.i in {x.head.i, x.head.head.i} and to_infinitive(x)
    ]  # the verb's own to-infinitive, or that of its object ("the operation to protect civilians")
    return listed[-1] if listed else None


def unmoved(t: Token, rules: CodeRules) -> bool:
    """Whether ``t`` is the to-clause of a causing verb (lexicon causing_verbs) that did not move its
    object: negated ("did not persuade Kabul to expel them"), failed or declined (``negating_heads``:
    "after failing to persuade the general to sign the accord") or told with "without" ("left without
    convincing the rebels to free the hostages"). The clause tells what was sought, not an act done."""
    if caused_party(t) is None:
        return False
    cause = t.head
    if negated(cause):
        return True
    if cause.dep_ == "xcomp" and cause.head.lemma_.lower() in rules.negating_heads:
        return True
    return cause.dep_ == "pcomp" and cause.head.lower_ == "without"


def plan_overtaken(t: Token, rules: CodeRules) -> bool:
    """Whether ``t`` is the to-infinitive of a schedule the story's events overtook (``scheduled_heads``):
    told in the past perfect ("the new assembly had been due to hold its first sitting on Monday", "the
    summit had been scheduled to open in Hanoi"), told in the past to date another act (``dated_schedule``:
    "seized power hours before the new parliament was due to hold its first session"), or told with a
    perfect infinitive ("the treaty, which was to have handed powers to the republics"). Not an act told
    as done or announced: "is due to", "was expected to" keep the act as announced (modality future)."""
    if t.dep_ != "xcomp" or t.head.i == t.i or not to_infinitive(t):
        return False
    head = t.head
    if head.lemma_.lower() not in rules.scheduled_heads:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in children(t)) and t.tag_ == "VBN":
        return True  # "was to have handed", "were due to have signed": a plan that did not happen (prec40)
    if dated_schedule(head, rules):
        return True
    if head.lemma_.lower() == "be":
        return False
    before = [w.lower_ for w in t.doc[max(0, head.i - 3) : head.i] if w.dep_ != "neg" and w.pos_ != "ADV"]
    return before[-2:] == ["had", "been"]


def dated_schedule(head: Token, rules: CodeRules) -> bool:
    """Whether the schedule ``head`` ("due", "scheduled", "was" of "was to") is told in the past to say when
    another act happened: its clause opened by one of ``schedule_marks`` ("hours before the new parliament
    was due to hold its first session") or hung on one of ``schedule_time_nouns`` ("on the day the new
    parliament was due to hold its first session"), the words right before the clause's subject (prec40).
    Told in the present ("before the talks are due to start") the act stays announced."""
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head  # "was" of "was due to", "scheduled" itself
    finite = [verb, *(c for c in children(verb) if c.dep_ in {"aux", "auxpass"})]
    if not any(w.tag_ == "VBD" for w in finite):
        return False
    subjects = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects:
        return False
    subject = subjects[-1]  # the nearest: a misparse can hang the sentence's own subject there too
    start = subject.left_edge.i
    before = [w for w in head.doc[max(0, start - 2) : start] if w.sent == head.sent]
    if before and before[-1].lower_ in rules.schedule_marks:
        return True
    return bool(before) and before[-1].lemma_.lower() in rules.schedule_time_nouns and before[-1].pos_ == "NOUN"


def wanted_of(t: Token, rules: CodeRules) -> bool:
    """Whether ``t`` is a to-infinitive with a subject of its own brought by "for" after a noun of
    asking or of a deadline (``unreal_nouns``: "a deadline the council set for the junta to hand back
    power", "issued an ultimatum for the army to withdraw"): what is asked of another, not an act told
    as done. An accord that "provides for troops to withdraw" tells a planned act, and keeps it."""
    mark = next((c for c in children(t) if c.dep_ == "mark" and c.lower_ == "for"), None)
    if not to_infinitive(t) or mark is None:
        return False
    head = t.head
    nouns = [head, *(c for c in children(head) if c.dep_ in {"dobj", "obj"})]
    if head.dep_ == "relcl":
        nouns.append(head.head)  # "a deadline that Washington set for ...": the noun the clause is on
    if mark.i > 0:
        # "an hour after a U.S. deadline for the general to leave the country expired", the clause hung
        # on the sentence's verb: the noun right before "for" is the one it is on (prec42)
        nouns.append(t.doc[mark.i - 1])
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in rules.unreal_nouns for n in nouns)


def outstanding(t: Token, rules: CodeRules) -> bool:
    """Whether ``t`` is told as a requirement still outstanding: under a modal of ``outstanding_modals``
    ("the treaty must still be ratified by the Senate", "the embargo can only be lifted by Congress") or
    the to-infinitive of "have to" / "need to" ("the accord still has to be approved", "has yet to be
    ratified"), with one of ``outstanding_adverbs`` on the verb or on that head. A step not taken, no act
    told (prec38); "must withdraw" without such an adverb is left to the modality rules."""

    def marked(v: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ in rules.outstanding_adverbs for c in children(v))

    modal = any(c.dep_ == "aux" and c.lower_ in rules.outstanding_modals for c in children(t))
    if modal and marked(t):
        return True
    head = t.head
    if t.dep_ != "xcomp" or head.i == t.i or not to_infinitive(t):
        return False
    return head.lemma_.lower() in rules.outstanding_modals and (marked(head) or marked(t))
