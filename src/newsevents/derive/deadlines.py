"""Acts told by a decision, an announcement or a deadline: a reduction of relations decided ("decided
to withdraw their ambassadors": the act, not a threat of it), an act announced, scheduled or begun as
announced ("would withdraw", "is expected to lift", "would begin leaving": the act with modality future,
not an intent), and a span of time given for an act ("gave the rebels 48 hours to lay down their arms":
a demand, or an ultimatum where it names what follows)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import going_to, list_head, to_infinitive
from newsevents.parse.tree import children

DECISION_VERBS = frozenset(LEXICON["decision_verbs"])
DECIDED_ROOTS = frozenset({"16"})  # acts a decision takes (match/matching.decided_act): relations reduced


def decided(tok: Token, root: str) -> bool:
    """Whether a reduction of relations (``DECIDED_ROOTS``) is the to-infinitive of a decision taken
    (lexicon ``decision_verbs`` in the past: "decided to withdraw their ambassadors", "resolved to cut
    ties", "decided to impose sanctions"): the decision takes the act, no threat of it."""
    head = tok.head
    return (
        root in DECIDED_ROOTS
        and tok.dep_ == "xcomp"
        and head.lemma_.lower() in DECISION_VERBS
        and head.tag_ in {"VBD", "VBN"}
        and to_infinitive(tok)
    )


def by_deadline(tok: Token, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str] | None:
    """A deadline given for an act with no pattern of its own ("gave the rebels 48 hours to lay down
    their arms", "gave Iraq until noon on Saturday to begin a withdrawal"): one of ``deadline_verbs``
    with a span of time (a number of ``deadline_units`` or "until") and a to-infinitive is a demand
    (``deadline_codes``), an ultimatum when it names what follows (:func:`ultimatum`); the act it
    asks for is part of it, not an act told as done."""
    if tok.lemma_.lower() not in rules.deadline_verbs:
        return None
    kids = children(tok)
    timed = any(c.lemma_.lower() in rules.deadline_units for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "until" for c in kids
    )
    act = asked_act(tok, rules)
    if not (timed and act is not None) or any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in kids):
        return None  # "..., saying they could use force, and imposed sanctions": the acts told after it stay their own
    source = next(iter(rules.deadline_codes))  # the ultimatum code, "139"
    target = source if ultimatum(tok, rules) else deadline_code(tok, source, rules)
    match = FrameMatch(frames.code(target), f"{tok.lemma_.lower()} ... to", 2, "code_rules.yaml")
    return match, f"'{tok.text} ... to': a deadline for an act, CAMEO {target}"


def asked_act(tok: Token, rules: CodeRules) -> Token | None:
    """The to-infinitive a deadline asks for: under the verb, or parsed under the span of time ("gave
    them 24 hours to leave": "leave" a relative clause of "hours")."""
    kids = children(tok)
    spans = [c for c in kids if c.lemma_.lower() in rules.deadline_units]
    own = [c for c in kids if c.dep_ in {"advcl", "xcomp"}]
    under = [g for c in spans for g in children(c) if g.dep_ in {"relcl", "acl"}]
    return next((c for c in (*own, *under) if to_infinitive(c)), None)


def deadline_code(tok: Token, code: str, rules: CodeRules) -> str:
    """The code of a deadline given without a threat: an expulsion when it is a deadline to leave
    (``deadline_departures``) a place that is not a named country (of diplomats: ``envoy_departures``,
    relations reduced), else a demand (``deadline_codes``)."""
    act = asked_act(tok, rules)
    if act is None or act.lemma_.lower() not in rules.deadline_departures:
        return rules.deadline_codes[code]
    if any(c.dep_ in {"dobj", "obj"} and c.ent_type_ == "GPE" for c in children(act)):
        return rules.deadline_codes[code]  # "48 hours for Saddam to leave Iraq": his own country, a demand
    given = [c.lemma_.lower() for c in children(tok) if c.dep_ in {"dative", "dobj", "obj"}]
    envoys = [rules.envoy_departures[g] for g in given if g in rules.envoy_departures]
    if envoys:
        return envoys[0]  # "gave the American diplomats 72 hours to leave": relations reduced (166)
    return rules.deadline_departures[act.lemma_.lower()]


def ultimatum(tok: Token, rules: CodeRules) -> bool:
    """Whether a deadline names what follows if it is not met: "or" before one of ``ultimatum_words``
    in its sentence ("... to pull back its guns or face air strikes")."""
    words = list(tok.sent)
    return any(
        w.lemma_.lower() in rules.ultimatum_words and words[k - 1].lower_ == "or" for k, w in enumerate(words) if k
    )


def announced(tok: Token, rules: CodeRules) -> bool:
    """An act announced with its own future auxiliary ("Britain will expel 23 diplomats", "said it
    would withdraw its troops"; a conjoined verb shares its head's): it keeps its own code with
    modality future. A planned act ("promised to withdraw") is the promise's intent."""
    tok = _begun(tok, rules)  # "would begin leaving": as "would begin"
    purpose = tok.dep_ == "advcl" and to_infinitive(tok)  # "would send his ministers to Harare to meet Mugabe"
    told = tok.pos_ == "NOUN" and tok.dep_ == "nsubj"  # "the talks will resume on Wednesday": the verb's
    for verb in (tok, tok.head) if tok.dep_ == "conj" or purpose or told else (tok,):
        if any(c.dep_ == "aux" and c.lower_ in rules.announcing_auxiliaries for c in children(verb)):
            return True
        if going_to(verb):
            return True
    return False


def scheduled(tok: Token, rules: CodeRules) -> bool:
    """A scheduled or expected act ("is due to visit Beijing", "is expected to lift the embargo"; a
    conjoined verb shares its head's): the complement of one of ``scheduled_heads``."""
    tok = _begun(tok, rules)  # "is expected to begin lifting the embargo": as "is expected to begin"
    verb = tok.head if tok.dep_ == "conj" else tok
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.scheduled_heads


def _begun(tok: Token, rules: CodeRules) -> Token:
    """The verb of beginning (``aspect_heads``) an act is the complement of ("would begin leaving
    Panama"), which is announced or scheduled for it; else the act itself."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in rules.aspect_heads and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    return tok


def resolve_only(tok: Token, rules: CodeRules) -> bool:
    """A phrasal verb of ``resolve_particles`` with no object of its own ("I will not give up", "would not
    give up on peace") or only one of ``resolve_objects`` ("would not give up the search for peace",
    prec40): negated, it tells resolve, not the refusal of anything."""
    kids = children(tok)
    particles = [c.lower_ for c in kids if c.dep_ == "prt"]
    phrase = f"{tok.lemma_.lower()} {particles[0]}" if particles else ""
    objects = [c for c in kids if c.dep_ in {"dobj", "obj", "dative"}]
    return phrase in rules.resolve_particles and all(o.lemma_.lower() in rules.resolve_objects for o in objects)


def denied_yielding(tok: Token, code: str, rules: CodeRules) -> bool:
    """Whether a yielding act negated in the past (a code starting with one of ``denied_codes``) is told in
    the clause of a verb of saying (``stating_verbs``): "Qarase said he had not resigned", "Chavez has since
    insisted he never quit". A denial that rebuts a claim of yielding, no event (prec40)."""
    if not any(code.startswith(prefix) for prefix in rules.denied_codes):
        return False
    t = list_head(tok)  # "said he had not resigned and was the victim of a coup"
    return t.dep_ == "ccomp" and t.head.i != t.i and t.head.lemma_.lower() in rules.stating_verbs
