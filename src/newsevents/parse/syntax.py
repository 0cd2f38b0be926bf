"""Pure helpers over spaCy's dependency tree: noun-phrase spans, coordination, clause verbs.

Functions of the parse alone (no knowledge, no article state); tokens in, token indices or
character spans out. The per-document index they read through (children, tokens) is
:mod:`newsevents.parse.tree`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from newsevents.parse.tree import children, span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsevents.records import Frame

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a clause's own subject, active or passive
# Dependents cut off a noun phrase when it is used as an actor.
NP_CUT_DEPS = {"relcl", "acl", "advcl", "cc", "conj", "punct", "parataxis", "appos"}


def np_span(tok: Token, drop: Callable[[Token], bool] | None = None) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok``, without clauses and conjuncts, nor the
    appositions ``drop`` says are no part of it."""
    left = tok.i
    right = tok.i

    def walk(t: Token) -> None:
        nonlocal left, right
        for child in children(t):
            if drop is not None and child.dep_ == "appos" and drop(child):
                continue
            # A name keeps its apposition, which says who it is ("Kenzo Oshima, the UN relief coordinator")
            keep_appos = child.dep_ == "appos" and t.pos_ == "PROPN"
            if child.dep_ in NP_CUT_DEPS and t.i == tok.i and not keep_appos:
                continue
            # clauses are cut everywhere; conjuncts only at the top (they are actors of their own),
            # not inside a phrase ("delegations from Ethiopia and Egypt")
            if child.dep_ == "punct" or child.dep_ in {"relcl", "acl"}:
                continue
            left = min(left, child.i)
            right = max(right, child.i)
            walk(child)

    walk(tok)
    doc = tok.doc
    # Parenthesised asides at the edges are dropped; brackets inside are kept whole.
    while right > left and doc[right].is_punct and doc[right].text not in {")", "]"}:
        right -= 1
    start_tok, end_tok = doc[left], doc[right]
    return start_tok.idx, end_tok.idx + len(end_tok.text)


def appositive_name(appos: Token) -> bool:
    """An apposition that names who a common noun is: a proper name of a person, an organisation or
    a people ("the Islamic militant group Hamas", "The force commander, Major-General Peter
    Cosgrove,"), not a place ("the capital, Kabul") nor another noun phrase ("the talks, a first")."""
    return appos.head.pos_ == "NOUN" and appos.pos_ == "PROPN" and appos.ent_type_ in {"PERSON", "ORG", "NORP"}


def named_in_apposition(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the proper name in apposition to the head of the phrase at ``span`` ("The force
    commander, Major-General Peter Cosgrove" -> "Major-General Peter Cosgrove"; "the militant group
    Hamas" -> "Hamas"), or None when its head has no such apposition (appositive_name)."""
    here = span_at(doc, span[0], span[1])
    if here is None:
        return None
    name = next((c for c in children(here.root) if c.dep_ == "appos" and appositive_name(c)), None)
    return np_span(name) if name is not None else None


def subtree_span(tok: Token) -> tuple[int, int]:
    """Character span of the token's whole subtree (its phrase with everything below it)."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


# Dependents that open a clause of their own inside a phrase (a relative clause, a to-infinitive).
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})


def phrase_words(head: Token) -> list[Token]:
    """The words of ``head``'s phrase outside the clauses embedded in it (a verb of ``CLAUSE_DEPS`` and
    what hangs on it): a relative clause or an infinitive says what the phrase's thing does, not what the
    phrase calls it ("a chance to turn from war to peace", "an event that had broken down the last remnant
    of the Cold War": the name given is "a chance", "an event"; prec44)."""

    def embedded(w: Token) -> bool:
        while w.i != head.i:
            if w.dep_ in CLAUSE_DEPS and w.pos_ in {"VERB", "AUX"}:
                return True
            w = w.head
        return False

    return [w for w in head.subtree if not embedded(w)]


CORE_DEPS = {"det", "compound", "amod", "nummod", "poss", "case", "nmod", "flat", "quantmod"}


def np_core(tok: Token, deps: Collection[str] = CORE_DEPS) -> tuple[int, int]:
    """Character span of the head noun with its determiners and modifiers (the dependants ``deps``,
    at any depth), without attached phrases."""
    toks = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in children(t):
            if c.dep_ in deps:
                toks.append(c)
                stack.append(c)
    left = min(t.i for t in toks)
    right = max(t.i for t in toks)
    doc = tok.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def list_path(tok: Token) -> list[Token]:
    """The token and each token of a list it hangs under as a conjunct, up to the list's first ("arson"
    in "rioting, looting and arson": arson, looting, rioting as spaCy chains them)."""
    path = [tok]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        path.append(tok)
    return path


def list_head(tok: Token) -> Token:
    """The first of a list the token is a conjunct of ("rioting, looting and arson": "rioting"); the
    token itself when it is no conjunct."""
    return list_path(tok)[-1]


def compound_head(tok: Token) -> Token:
    """The noun a chain of compounds ends in ("U.S. Air Force planes": from "Air", "planes"); the token
    itself when it is no compound."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def measured_by(noun: Token) -> Token | None:
    """The word a noun is counted by in an "of" phrase ("four hours of talks", "a decade of
    negotiations": hours, decade), else None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    return of.head


def coordinated(tok: Token) -> list[Token]:
    """The token and its noun conjuncts ("the US and Jordan" → [US, Jordan])."""
    out = [tok]
    for child in children(tok):
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(coordinated(child))
    return out


def misparsed_finite(verb: Token) -> bool:
    """A finite past verb that the parser took for a reduced relative: "police arrested 40 people,
    the ministry said" (a past tense or an object), or the only verb of a sentence whose root is a
    noun ("Hundreds of students protested outside the embassy", "An official newspaper called on
    Arabs to unite"), unless it reads as a passive ("by" agent)."""
    if verb.dep_ != "acl":
        return False
    if verb.tag_ == "VBD" or (verb.tag_ != "VBG" and any(c.dep_ == "dobj" for c in children(verb))):
        return True  # not "a convoy carrying food", a participle with its object
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and verb.i > head.i
        and not any(c.dep_ in {"agent", "auxpass"} for c in children(verb))
    )


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (
        tok.pos_ == "AUX"
        and tok.dep_ in {"ROOT", "ccomp", "conj", "xcomp"}
        and any(c.dep_ in {"attr", "acomp"} for c in children(tok))
    )


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb dominating ``tok`` (itself included)."""
    t: Token | None = tok
    while t is not None:
        if is_verb(t):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def free_choice_object(verb: Token) -> bool:
    """Whether the object of a preposition of the verb is a free-choice "any" phrase ("would respond
    to any attack on its nationals": an act still to come, none told)."""
    return any(
        o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in children(o))
        for p in children(verb)
        if p.dep_ == "prep"
        for o in children(p)
    )


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject, active or passive (the first where the parse gives two), else None."""
    return next((c for c in children(verb) if c.dep_ in SUBJECT_DEPS), None)


def negated(tok: Token) -> bool:
    """Whether the word has a negation of its own ("did not want", "never signed")."""
    return any(c.dep_ == "neg" for c in children(tok))


def hedged(clause: Token) -> bool:
    """Whether a clause is told negated or with a modal ("would", "could": a warning, a fear, a guess),
    not as done."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in children(clause))


def has_condition(verb: Token, marks: Collection[str]) -> bool:
    """Whether a clause hanging on the verb opens with one of the subordinators ``marks``
    ("will boycott the talks unless ...", "may halt trade if ...")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lemma_.lower() in marks for m in children(c))
        for c in children(verb)
    )


def going_to(verb: Token) -> bool:
    """The verb after "going to" ("is going to withdraw")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG"


def to_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive: "to" is its auxiliary ("vowed to target", "gave them 48 hours to leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def to_be_passive(verb: Token) -> bool:
    """Whether the participle is a passive to-infinitive: "to be restored", "to be put"."""
    kids = children(verb)
    return to_infinitive(verb) and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids)


def wanted_clause(verb: Token) -> bool:
    """Whether the verb heads a "for NP to VP" clause, an act wanted rather than told as done:
    "called for the UN to play a role", "pushed for the EU to back the plan", "an ultimatum for
    Saddam to leave" ("for" its marker, its own subject, the verb in its base form), also told in the
    passive, whose base form is "to be" and the participle ("called for Gorbachev to be restored to
    power", "for the question to be put to a vote")."""
    return (
        (verb.tag_ == "VB" or (verb.tag_ == "VBN" and to_be_passive(verb)))
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(verb))
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))
    )


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
#: Determiners that point at something already known: "the talks", "these sanctions".
DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those"})
#: Possessive determiners: "its troops", "their ambassador".
POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their"})
#: A noun with one of these before it names a thing told before or owned: "the vote", "their talks".
DEFINITE_DETERMINERS = DEMONSTRATIVES | POSSESSIVE_DETERMINERS


def contact_object(verb: Token, passive: bool) -> bool:
    """A relative clause without a relative pronoun whose own subject acts and that has no object
    of its own ("the deal the two sides reached", "the sanctions Washington imposed"): the noun it
    modifies is what its verb was done to."""
    if verb.dep_ != "relcl" or passive or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    kids = children(verb)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    if any(c.lemma_.lower() in RELATIVE_PRONOUNS | {"where", "when", "why", "whose"} for c in verb.subtree):
        return False
    return not any(c.dep_ in {"dobj", "dative", "obj", "ccomp", "xcomp", "attr", "acomp", "prt"} for c in kids)


def day_word(tok: Token) -> bool:
    """The name of a day or a month, when the parser tags no date ("On Thursday Le Drian called
    ...": a time, not the object of a particle "called on"); capitalised ("March", not "a march")."""
    return tok.lower_ in _DAY_WORDS and tok.text[:1].isupper()


_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "thereafter"})


def own_coordinator(v: Token) -> bool:
    """A conjunct told with a coordinator of its own: a "cc" of the word it is coordinated with,
    standing after the conjunct before it (or that word) and before it ("forced him out and installed
    X": "installed"; not "killed" in "forced him out and installed X, a day after gunfire killed ...",
    whose "and" is the one before "installed")."""
    kids = children(v.head)
    prev = max((c.i for c in kids if c.dep_ == "conj" and c.i < v.i), default=v.head.i)
    return any(c.dep_ == "cc" and prev < c.i < v.i for c in kids)


def later_conjunct(v: Token) -> bool:
    """A verb told as done after the one it is coordinated with ("and later moved to ...")."""
    return v.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in _LATER for c in children(v))


def whereabouts(x: Token) -> bool:
    """A relative clause of the subject that says where it was: "Abe, who was in Seoul for talks,
    said ...", "the minister, who is visiting Cairo, warned ..." (not what it did there before)."""
    if x.dep_ != "relcl":
        return False
    lemma = x.lemma_.lower()
    return (lemma == "be" and x.tag_ != "VBN") or (lemma in _VISITING and x.tag_ == "VBG")


_VISITING = frozenset({"visit", "stay", "tour"})  # "who is visiting Cairo", not "who visited Cairo in May"


def name_as_modifier(verb: Token) -> Token | None:
    """A name before a finite verb that has no subject, parsed as the verb's modifier (a rare name
    the parser does not know: "Vanuatu expelled two diplomats"): the verb's subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for c in children(verb):
        if c.i < verb.i and c.dep_ in {"advmod", "npadvmod", "dep", "nmod"}:
            if c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
                return c
    return None


def passive_agent(verb: Token) -> tuple[Token, Token] | None:
    """(the participle that holds it, the agent noun) of a passive verb's "by" phrase, its own or
    that of a later conjunct ("was captured and killed by troops": the troops did both)."""
    holders = [verb, *(c for c in verb.conjuncts if c.i > verb.i and c.tag_ == "VBN")]
    for h in holders:
        for c in children(h):
            if c.dep_ == "agent":
                objs = [g for g in children(c) if g.dep_ == "pobj"]
                if objs:
                    return h, objs[0]
    return None


NEGATIVE_DETERMINERS = {"no", "neither"}
NEGATIVE_PRONOUNS = {"none", "nobody", "neither"}


def none_did(verb: Token) -> bool:
    """Whether the verb's subject says nobody did it: a noun with "no" or "neither" ("Neither side has
    agreed on the waterway", "no government recognised the junta") or "none", "nobody", "no one",
    "neither" ("None of the parties signed the plan")."""
    for s in children(verb):
        if s.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if s.lower_ in NEGATIVE_PRONOUNS:
            return True
        if s.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in children(s)):
            return True
        if s.pos_ in {"NOUN", "PROPN"} and any(
            d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS and d.i < s.i for d in children(s)
        ):
            return True
    return False


def trigger_span(doc: Doc, frame: Frame) -> Span | None:
    """The frame's trigger as a span of ``doc`` (widened to whole tokens), or None where the
    offsets fall outside it."""
    return span_at(doc, frame.trigger_start, frame.trigger_end)


def gapped_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause says the verb was done to, where the verb's own object is a relative
    pronoun or missing: "the decision, which Germany regretted"; "a decision that France said it regretted"
    and "a step officials said they regretted" (the verb in a clause reported inside the relative clause).
    None when the verb has an object or a clause of its own, stands in no relative clause, or the relative
    word is the clause's subject or a preposition's object ("the deal that ended the war", "an accord under
    which the forces will withdraw"): then the noun is not what the verb was done to."""
    kids = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and obj.tag_ not in {"WDT", "WP"}:
        return None
    clause, chain = verb, [verb]
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
        chain.append(clause)
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    for v in chain:
        for c in v.children:
            words = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
            if any(w.tag_ in {"WDT", "WP", "WRB"} for w in words) and c.dep_ not in {"dobj", "obj", "mark"}:
                return None
    return clause.head


# the links that lead from a clause inside a conjunct up to the verb it belongs to: clauses, and the
# objects and prepositional phrases a clause of a noun hangs on ("spoke to a crowd, repeating his claim that ...")
_SUBORDINATE_DEPS = {"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp"}
_UPWARD_DEPS = _SUBORDINATE_DEPS | {"dobj", "obj", "pobj", "prep", "dative"}
_COORDINATORS = {"and", "but"}
# what gives a conjunct a clause of its own: a subject, an auxiliary, a subordinator
_CONJUNCT_OWN_DEPS = {"nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass"}


def lowered_conjunct(tok: Token) -> Token | None:
    """The verb a conjunct continues where the parser hung it on the last verb of a clause inside the
    first conjunct ("said on the radio that the army would hunt down the rebels, and urged villagers to
    ...", "denied that the port had been bombed and called on both armies to ...", "threatened to cut
    aid and called on ...": "urged" and "called" parsed as conjuncts of "hunt", "bombed", "cut"). The
    conjunct has no subject or auxiliary of its own and a form (tag) its head lacks; the verb above
    whose form it shares, not in a relative clause or a clause of a noun, is the one it continues.
    None where the head has the conjunct's form ("said troops entered the town and seized ...") or an
    active perfect whose "had" the conjunct may share ("said he had seized the palace and detained ..."). A
    simple past conjunct also continues an active past perfect above ("had told a rally that he would stay
    and urged ...": :func:`_past_perfect`)."""
    head = tok.head
    if tok.tag_ not in {"VBD", "VBZ", "VBG"} or head.i > tok.i or head.tag_ == tok.tag_:
        return None
    if head.dep_ not in _SUBORDINATE_DEPS or any(c.dep_ in _CONJUNCT_OWN_DEPS for c in children(tok)):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in _COORDINATORS for c in children(head) if c.i < tok.i):
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(head)) and not any(
        c.dep_ == "auxpass" for c in children(head)
    ):
        return None  # "said he had seized the palace and detained the ministers": the past form may share "had"
    t = head
    for _ in range(6):
        if t.dep_ not in _UPWARD_DEPS or t.head.i == t.i:
            return None
        t = t.head
        if t.dep_ in {"relcl", "acl"} or t.pos_ not in {"VERB", "AUX"}:
            continue
        if t.tag_ == tok.tag_ or _past_perfect(t, tok):
            return t
    return None


def _past_perfect(verb: Token, conjunct: Token) -> bool:
    """An active past perfect above a simple past conjunct: "had told a rally earlier on Wednesday that
    she would never resign and urged ...": the conjunct shares the "had" of the verb it continues (dates45)."""
    return (
        conjunct.tag_ == "VBD"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))
        and not any(c.dep_ == "auxpass" for c in children(verb))
    )


_TIME_MARKS = frozenset({"after", "before", "when", "as", "while", "since", "until"})


def raised_conjunct(tok: Token) -> Token | None:
    """The verb of a time clause a conjunct continues where the parser hung it on the main verb the time clause
    hangs on: "called an election on Thursday, a day after police broke up protests and he declared a state
    of emergency" ("declared" parsed as a conjunct of "called"; dates45). The conjunct has a subject of its
    own and comes right after the time clause, joined by "and" or "but" with no comma before it (", and the
    militia fired ..." is coordinated with the main clause). None otherwise."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or head.i > tok.i or tok.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)):
        return None
    cc = [c for c in children(head) if c.dep_ == "cc" and c.lower_ in _COORDINATORS and c.i < tok.i]
    if not cc or tok.doc[cc[-1].i - 1].text == ",":
        return None
    for clause in children(head):
        if clause.dep_ != "advcl" or not head.i < clause.i < cc[-1].i or clause.right_edge.i != cc[-1].i - 1:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children(clause)):
            return clause
    return None
