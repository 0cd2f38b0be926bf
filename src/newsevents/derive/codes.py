"""Derived codes: what an order imposes, intents and threats for announced or planned acts,
rejections for refusals, and demands reported by a speech verb (data/code_rules.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.syntax import going_to, has_condition
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import ActorRef, Frame

CONDITION_MARKS = {"if", "unless"}


def derive(
    frame: Frame, tok: Token, match: FrameMatch, frame_at: Callable[[int], Frame | None], frames: VerbFrames,
    rules: CodeRules,
) -> tuple[FrameMatch, str | None]:  # fmt: skip
    """(the match with its derived code, why) for commands, announced, planned or negated acts."""
    code = match.code
    assert code is not None
    if frame.predicate_lemma in rules.command_verbs:
        for c in children(tok):  # "ordered the newspaper to suspend publication": the restriction
            inner = frame_at(c.i) if c.dep_ == "xcomp" else None
            m = frames.match(inner.predicate_lemma, inner.context) if inner else None
            if m is not None and m.code is not None and m.code.root in rules.commanded_roots:
                why = f"'{tok.text} ... to {c.text}': the order imposes it, CAMEO {code.code} becomes {m.code.code}"
                return m, why
    derived: str | None = None
    if frame.modality == "negated" and frame.tense != "past":
        derived = rules.negated.get(code.root)
        why = "refusal of a cooperative act (negated, not past) → rejection"
    elif (
        frame.modality == "hypothetical"
        and code.quad_class >= 3
        and not frame.passive
        and has_condition(tok, CONDITION_MARKS)
    ):
        # "may halt all trade with China if ...", "could face sanctions unless ...": a conditional threat
        derived = rules.intent.get(code.root)
        why = "conflictual act made conditional ('if' / 'unless') → threat"
    elif (frame.modality == "future" or (frame.modality == "hypothetical" and frame.tense == "future")) and (
        not frame.passive
    ):
        if frame.modality == "future" and announced(tok, rules):
            return match, None
        derived = rules.intent.get(code.root)
        why = "announced or planned act by its own actor → intent" if code.quad_class <= 2 else "→ threat"
    if derived is None or derived == code.code:
        return match, None
    new = replace(match, code=frames.code(derived))
    return new, f"{why}: CAMEO {code.code} becomes {derived}"


def by_sector(
    match: FrameMatch, actors: Sequence[ActorRef], frames: VerbFrames, rules: CodeRules
) -> tuple[FrameMatch, str | None]:
    """(the match, why) with the code CAMEO gives the act when its actors are of a sector that
    ``sector_codes`` lists (of several, the first actor's): troops or police arriving in a country
    are deployed there, not visiting."""
    code = match.code
    table = rules.sector_codes.get(code.code) if code is not None else None
    sectors = [a.sector for a in actors if a.sector]
    if code is None or not table or not sectors or any(s not in table for s in sectors):
        return match, None
    target = table[sectors[0]]  # "police and soldiers arrived": the first actor's
    new = frames.code(target)
    why = f"actors of sector {'/'.join(sorted(set(sectors)))}: CAMEO {code.code} becomes {target}"
    return replace(match, code=new), why


def announced(tok: Token, rules: CodeRules) -> bool:
    """An act announced with its own future auxiliary ("Britain will expel 23 diplomats", "said it
    would withdraw its troops"; a conjoined verb shares its head's): it keeps its own code with
    modality future. A planned act ("promised to withdraw") is the promise's intent."""
    for verb in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        if any(c.dep_ == "aux" and c.lower_ in rules.announcing_auxiliaries for c in children(verb)):
            return True
        if going_to(verb):
            return True
    return False


def demand(
    frame: Frame, tok: Token, frame_at: Callable[[int], Frame | None], names_actor: Callable[[tuple[int, int]], bool],
    frames: VerbFrames, rules: CodeRules,
) -> Demand | None:  # fmt: skip
    """A speech verb reporting that another party must or should act is a demand or an appeal
    (``names_actor(span)``: whether a phrase names an actor, the addressee a demand needs)."""
    for child in children(tok):
        if child.dep_ != "ccomp":
            continue
        modal = next(
            (a.lemma_.lower() for a in children(child) if a.dep_ == "aux" and a.lemma_.lower() in rules.demand_modals),
            None,
        )
        inner = frame_at(child.i)
        if modal is None or inner is None:
            continue
        if not any(names_actor(span) for span in inner.actor_spans):
            continue  # a demand needs an addressee ("everything should be done" has none)
        code = frames.code(rules.demand_modals[modal])
        match = FrameMatch(code, f"{frame.predicate_lemma} ... {modal}", 1, "code_rules.yaml")
        recipient_frame = replace(frame, object_spans=inner.actor_spans, recipient_spans=())
        why = f"'{tok.text} that ... {modal}': a demand on the subject of the reported clause"
        return Demand(recipient_frame, match, why, child.i)
    return None
