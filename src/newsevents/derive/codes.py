"""Derived codes: what an order is (derive/orders.py), intents and threats for announced or planned acts,
rejections for refusals, and demands reported by a speech verb (data/code_rules.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.derive.deadlines import (
    announced,
    deadline_code,
    decided,
    denied_yielding,
    resolve_only,
    scheduled,
    ultimatum,
)
from newsevents.derive.means import attack_means, by_means, clause_vow, told_by_means, unnamed_vow
from newsevents.derive.objectcodes import NO_EVENT, by_object
from newsevents.derive.orders import commanded, ordered
from newsevents.derive.senses import (
    VERBAL_CLASH_CODE,
    celebrating_crowd,
    crossing_crowd,
    crowd_greeting,
    depicted_gesture,
    fled_journey,
    physical_sense,
    setting_participle,
    stance_adjective,
    verbal_clash,
)
from newsevents.frame.frames import REACTION_RECEIVED
from newsevents.lexicon import table
from newsevents.parse.syntax import has_condition, negated, none_did, phrase_words, to_infinitive
from newsevents.parse.tree import children, span_at
from newsevents.records import ActorRef, Frame, countries_of

CONDITION_MARKS = {"if", "unless", "until"}
VOWED_THREATS = table("vowed_threats")  # a vow of a rejection (12) threatens (130)
STATE = "STATE"  # sector_codes: the actors are the state itself (named_state), not a sector of it


def _by_own_object(
    inner: Frame, verb: Token, m: FrameMatch, frames: VerbFrames, rules: CodeRules
) -> tuple[FrameMatch, str | None]:
    """The act ordered coded by its own object (derive/objectcodes.by_object), as told without the order."""
    return by_object(inner, verb, m, frames, rules)


def order_aim(
    frame: Frame, tok: Token, match: FrameMatch, derived: FrameMatch, frame_at: Callable[[int], Frame | None],
    frames: VerbFrames, rules: CodeRules, match_at: Callable[[int], FrameMatch | None],
    parties: Callable[[Sequence[tuple[int, int]]], Sequence[ActorRef]], actors: Sequence[ActorRef],
) -> Frame | None:  # fmt: skip
    """The frame whose phrases say whom an order read as the act ordered is aimed at, where that act is its
    complement's and ``derived`` (derive's answer) is that act (derive/orders.ordered): "ordered troops to
    occupy the oil fields" is aimed where the occupation is, not at the troops (types44). None otherwise."""
    if frame.predicate_lemma not in rules.command_verbs or match.code is None:
        return None
    revise = partial(_by_own_object, frames=frames, rules=rules)
    found = ordered(frame, tok, match, frame_at, frames, rules, match_at, parties, actors, revise)
    return found[2] if found is not None and found[0] == derived else None


def derive(
    frame: Frame, tok: Token, match: FrameMatch, frame_at: Callable[[int], Frame | None], frames: VerbFrames,
    rules: CodeRules, match_at: Callable[[int], FrameMatch | None] = lambda i: None,
    parties: Callable[[Sequence[tuple[int, int]]], Sequence[ActorRef]] = lambda spans: (),
    actors: Sequence[ActorRef] = (),
) -> tuple[FrameMatch, str | None]:  # fmt: skip
    """(the match with its derived code, why) for commands, announced, planned or negated acts.
    ``match_at(i)``: the match of the frame at token i; ``parties(spans)``: the actors the phrases
    name; ``actors``: the frame's own."""
    code = match.code
    assert code is not None
    issued = tok.dep_ == "acl" and tok.head.lemma_.lower() in rules.statement_nouns  # "a statement backing ..."
    if frame.predicate_lemma in rules.stance_verbs and tok.dep_ in {"relcl", "acl"} and not issued:
        # "rioters who opposed his government", "an extremist opposed to his peace moves": who they are
        return replace(match, code=None), f"'{tok.text}': a stance describing a party, not an act"
    if frame.predicate_lemma in rules.stance_verbs and stance_adjective(tok):
        # "protesters opposed to Morales celebrated ...", parsed with "opposed" as the verb: who they are
        return replace(match, code=None), f"'{tok.text} to': a stance describing a party, not an act"
    thing = physical_sense(tok, rules)
    if thing is not None:  # "dug through the rubble": the verb's physical sense
        return replace(match, code=None), f"'{tok.text} ... {thing}': a physical act on a thing, not a political act"
    if code.root == "19" and (issue := verbal_clash(tok, actors)) is not None:  # "clashed over the budget"
        why = f"'{tok.text} over {issue}': a clash of words between states or officials, no fight"
        return replace(match, code=frames.code(VERBAL_CLASH_CODE)), why
    if code.root == "14" and depicted_gesture(tok, rules):  # "crowds waving flags gathered"
        return replace(match, code=None), f"'{tok.text}': a gesture describing a crowd, no protest of its own"
    if code.root == "14" and (festive := celebrating_crowd(tok)) is not None:  # "cheered as crowds poured out"
        return replace(match, code=None), f"'{tok.text}' ... '{festive}': a crowd celebrating, no protest"
    if code.root == "14" and (crossing := crossing_crowd(tok)) is not None:  # "crowds massed at the checkpoints"
        return replace(match, code=None), f"'{tok.text} at ... {crossing}': a crowd waiting to cross, no protest"
    if code.code == "043" and (crowd := crowd_greeting(tok)) is not None:  # "greeted by cheering supporters"
        return replace(match, code=None), f"'{tok.text}' ... '{crowd}': a crowd greeting, no visit hosted"
    if code.root in rules.setting_roots and setting_participle(tok, rules):  # "leaders meeting in Cairo voted"
        return replace(match, code=None), f"'{tok.text}': a meeting describing the subject of another act"
    if code.code == "042" and (flight := fled_journey(tok)) is not None:  # "fled and landed in Saudi Arabia"
        return replace(match, code=None), f"'{tok.text}' with '{flight}': a flight or a return, no visit"
    if frame.predicate_lemma in rules.future_heads:
        pursuit = pursued(tok, rules)
        if pursuit is not None and pursuit[0] != code.code:
            return replace(match, code=frames.code(pursuit[0])), f"{pursuit[1]}: CAMEO {code.code} becomes {pursuit[0]}"
        vowed = clause_vow(tok, code.code, rules)
        if vowed is not None:  # "vowed that the aid would not enter": defiance, no intent to cooperate
            return replace(match, code=frames.code(vowed[0])), vowed[1]
        if code.root == "03":  # "vowed to target more ships": a promise of violence is a threat
            for c in children(tok):
                infinitive = c.dep_ == "advcl" and to_infinitive(c)
                planned = match_at(c.i) if c.dep_ == "xcomp" or infinitive else None
                act = planned.code if planned is not None else None
                threat = None
                if act is not None and act.quad_class >= 3:  # "vowed to veto the bill": a threat too
                    threat = rules.intent.get(act.root) or VOWED_THREATS.get(act.root)
                refused = rules.negated.get(act.root) if act is not None and act.quad_class <= 2 else None
                vowed_not = negated(c)
                if act is not None and refused is not None and vowed_not:
                    # "vowed never to surrender the suspect": a vow not to cooperate is a refusal
                    why = f"'{tok.text} not to {c.text}': a vow not to do a cooperative act (CAMEO {act.code})"
                    why += " is a refusal"
                    return replace(match, code=frames.code(refused)), f"{why}, CAMEO {code.code} becomes {refused}"
                if act is not None and threat is not None and not vowed_not:  # "vowed not to attack": a promise
                    why = f"'{tok.text} to {c.text}': a promise of a conflictual act (CAMEO {act.code}) is a threat"
                    return replace(match, code=frames.code(threat)), f"{why}, CAMEO {code.code} becomes {threat}"
            unnamed = unnamed_vow(tok, code.code, match_at, rules)  # "vowed to stay until ...": defiance
            if unnamed is not None:
                return replace(match, code=frames.code(unnamed[0])), unnamed[1]
    if frame.predicate_lemma in rules.means_verbs:
        means = by_means(tok, frames, rules)
        if means is not None:
            return means
        told = told_by_means(tok, match_at)
        if told is not None:  # "retaliated by expelling the envoys": the expulsion is the event
            return replace(match, code=None), told
    means_of_attack = attack_means(tok, code.code, match_at, rules)
    if means_of_attack is not None:  # "launched an invasion, ... sending troops across the border"
        return replace(match, code=None), means_of_attack
    if frame.predicate_lemma in rules.command_verbs:
        revise = partial(_by_own_object, frames=frames, rules=rules)
        by_order = commanded(frame, tok, match, frame_at, frames, rules, match_at, parties, actors, revise)
        if by_order is not None:
            return by_order
    if (
        code.code in rules.deadline_codes
        and frame.predicate_lemma in rules.deadline_verbs
        and not ultimatum(tok, rules)
    ):
        target = deadline_code(tok, code.code, rules)  # "gave the rebels 48 hours to disarm": a demand
        return replace(match, code=frames.code(target)), f"'{tok.text}': a deadline without a threat, CAMEO {target}"
    armed = any(a.sector in rules.armed_sectors for a in actors)  # "troops battled to free the hostages": a fight
    if (
        frame.predicate_lemma in rules.effort_verbs
        and not armed
        and any(c.dep_ in {"xcomp", "advcl"} and to_infinitive(c) for c in children(tok))
    ):  # "had fought for months to block the move": an effort, not a fight
        return replace(match, code=None), f"'{tok.text} ... to': an effort, not an act of its own"
    if frame.modality == "negated" and frame.tense != "past" and resolve_only(tok, rules):
        return replace(match, code=None), f"'not {tok.text} up' with nothing given up: resolve, no rejection"
    if frame.modality == "negated" and frame.tense == "past" and denied_yielding(tok, code.code, rules):
        return replace(match, code=None), f"'{tok.text}' negated in what was said: a denial of yielding, no event"
    if frame.modality == "negated" and code.root in rules.void_when_negated:
        return replace(match, code=None), f"'{tok.text}' negated: a rejection denied tells no event"
    if frame.modality == "negated" and none_did(tok):  # "Neither side has agreed": no party told refusing
        return replace(match, code=None), f"'{tok.text}': its subject says nobody did it, no event"
    derived: str | None = None
    if frame.modality == "negated" and frame.tense != "past":
        derived = rules.negated.get(code.root)
        why = "refusal of a cooperative act (negated, not past) → rejection"
    elif (
        frame.modality == "negated"
        and tok.dep_ in {"xcomp", "advcl"}
        and tok.head.lemma_.lower() in rules.refusing_heads
        and not negated(tok)
    ):
        derived = rules.negated.get(code.root)  # "declined on Monday to endorse the pact": the refusal was made
        why = f"'{tok.head.text} to {tok.text}': a cooperative act refused → rejection"
    elif (
        frame.modality == "negated"
        and tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in rules.negating_heads
        and frame.subject_how == REACTION_RECEIVED
    ):
        derived = rules.negated.get(code.root)  # "failed to win the backing of X": X withheld it
        why = f"'{tok.head.text} to {tok.text}': support not given by its givers → rejection"
    elif frame.modality == "negated" and frame.predicate_lemma in rules.stance_negations and negated(tok):
        derived = rules.negated.get(code.root)  # "did not accept the ruling": a stance refused, in any tense
        why = f"'{tok.text}' negated: a stance refused → rejection"
    elif (
        frame.modality == "hypothetical"
        and code.quad_class >= 3
        and not frame.passive
        and has_condition(tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else tok, CONDITION_MARKS)
    ):  # an event noun's condition hangs on its verb ("authorised air strikes if ...")
        # "may halt all trade with China if ...", "could face sanctions unless ...": a conditional threat
        derived = rules.intent.get(code.root)
        why = "conflictual act made conditional ('if' / 'unless') → threat"
    elif (frame.modality == "future" or (frame.modality == "hypothetical" and frame.tense == "future")) and (
        not frame.passive
    ):
        conditional = code.quad_class >= 3 and has_condition(tok, CONDITION_MARKS)
        if frame.modality == "future" and (announced(tok, rules) or scheduled(tok, rules)) and not conditional:
            return match, None
        if decided(tok, code.root) and not conditional:
            return match, None  # "ministers decided on Monday to recall their ambassadors": the sanction taken
        derived = rules.intent.get(code.root)
        why = "announced or planned act by its own actor → intent" if code.quad_class <= 2 else "→ threat"
        if conditional:  # "will impose tariffs until ...", "would halt trade unless ..."
            why = "conflictual act announced on a condition ('if' / 'unless' / 'until') → threat"
    if derived is None or derived == code.code:
        return match, None
    new = replace(match, code=frames.code(derived))
    return new, f"{why}: CAMEO {code.code} becomes {derived}"


def pursued(tok: Token, rules: CodeRules) -> tuple[str, str] | None:
    """(code, why) for a vow or pledge to pursue people ("vowed to hunt down those responsible",
    "pledged to punish the attackers", "vowed to find the perpetrators"): a threat, by its verb
    (``pursuit_verbs``) or by whom it pursues (``pursued_nouns``)."""
    for c in children(tok):
        if c.dep_ != "xcomp":
            continue
        verb = c.lemma_.lower()
        if verb in rules.pursuit_verbs:
            return rules.pursuit_verbs[verb], f"'{tok.text} to {c.text}': a vow to pursue people is a threat"
        if verb in rules.ending_verbs:
            continue  # "vowed to end the war": no threat
        # the object's head or a word right under it or the verb: "find the perpetrators", "find those responsible"
        words = [w for obj in children(c) if obj.dep_ in {"dobj", "obj"} for w in (obj, *children(obj))]
        words += [w for w in children(c) if w.dep_ in {"oprd", "ccomp", "acomp", "xcomp"}]
        # a prepositional object of the verb or its particle: "press on with its armed struggle"
        words += [g for p in children(c) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"]
        for w in words:
            if w.lemma_.lower() in rules.pursued_nouns:
                why = f"'{tok.text} to {c.text} ... {w.text}': a vow to pursue people is a threat"
                return rules.pursued_nouns[w.lemma_.lower()], why
    return None


def by_label(tok: Token, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str] | None:
    """A condemnation told by the name given to an act ("called the test a provocative act", "called
    it a stab in the back", "described the attack as an act of aggression", "called the move
    extra-constitutional"): a verb of ``labelling_verbs`` whose predicate noun, adjective or pronoun
    phrase (or "as" phrase) holds one of ``condemning_words`` or ``charging_labels`` (hyphened words as one)
    is a criticism (``label_codes``, PLOVER ACCUSE); a claim so named (the object one of
    ``rebutted_nouns``: "called the report a fabrication") is rebutted (PLOVER REJECT). The object
    may be swallowed by the label ("called the decree unconstitutional" parsed as one phrase). A gerund
    object takes the predicate as its own object in the parse ("called the bombing a crime": "a crime"
    under "bombing"); it is the predicate still."""
    kids = children(tok)
    objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
    if tok.lemma_.lower() not in rules.labelling_verbs or any(o.tag_ == "WP" for o in objects):
        return None  # "what he called a terrorist threat": the speaker's name for a thing, not a charge
    label_tags = {"NOUN", "ADJ", "PROPN", "ADV", "PRON"}
    # a participle as the label too ("called the decision insulting")
    participle = {"VBN", "VBG"}
    labels = [
        c for c in kids if c.dep_ in {"oprd", "xcomp", "ccomp"} and (c.pos_ in label_tags or c.tag_ in participle)
    ]
    labels += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in children(c)]
    # the "as" phrase hung on a longer object ("described the seizure of the station as illegal")
    labels += [g for o in objects for c in children(o) if c.dep_ == "prep" and c.lower_ == "as" for g in children(c)]
    # a gerund object takes the predicate as its own object ("called the bombing a crime")
    labels += [g for o in objects if o.tag_ == "VBG" for g in children(o) if g.dep_ == "dobj" and g.i > o.i + 1]
    # a second object is the label, also hung on the object or on an object read as the predicate ("called the
    # move nothing more than a grab"), as is a participle after the object ("called it 'premeditated'")
    after = {"acl", "dobj", "appos", "oprd"}
    objects = objects or [c for c in labels if c.pos_ == "NOUN" and any(g.dep_ == "dobj" for g in children(c))]
    labels += objects[1:] + [c for o in objects[:1] for c in children(o) if c.dep_ in after and c.i > o.i]
    objects = objects[:1]
    # a longer object swallows the label at its end ("called Japan's decision to resume whaling a
    # mistake", "called the resumption of talks illegal"): an adjective, or a noun with "a"/"an", that
    # ends the object as the object of a verb inside it
    labels += [
        d
        for o in objects
        for d in o.subtree
        if d.i > o.i
        and d.i == o.right_edge.i
        and d.dep_ in {"dobj", "oprd"}
        and d.head.pos_ == "VERB"
        and (d.pos_ == "ADJ" or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children(d)))
    ]
    # a relative clause without its pronoun may be parsed as a clause of the noun ("a move Tokyo called
    # gross interference": "called" an acl with a subject of its own)
    relative_clause = tok.dep_ == "relcl" or (tok.dep_ == "acl" and any(c.dep_ == "nsubj" for c in kids))
    if relative_clause and tok.head.pos_ == "NOUN":
        # "a move Moscow called a provocation", "the step, which Paris called unacceptable": the
        # relative clause names the act its noun sums up; the noun is the object ("that"/"which"
        # stand for it), and an object parsed without a label is the label itself
        relative = [o for o in objects if o.tag_ == "WDT"]
        if not labels and objects and not relative:
            labels, objects = objects, [tok.head]
        elif relative or not objects:
            objects = [tok.head]
    elif any(o.tag_ == "WDT" for o in objects):
        return None
    for label in labels:
        swallowed = [c for c in children(label) if c.dep_ == "compound" and c.i < label.i and c.pos_ == "NOUN"]
        if not objects and not swallowed:
            continue  # "called for calm", "called it" with no label of an object
        words = phrase_words(label)  # not a clause inside the label (prec44)
        triples = zip(words, words[1:], words[2:], strict=False)
        joined = [f"{a.lower_}-{c.lower_}" for a, b, c in triples if b.text == "-"]
        word = next((w.text for w in words if {w.lemma_.lower(), w.lower_} & rules.label_words), None)
        word = word or next((j for j in joined if j in rules.label_words), None)
        if word is None:
            continue
        heads = [o.lemma_.lower() for o in objects] + [c.lemma_.lower() for c in swallowed]
        kind = "rebutted_nouns" if any(h in rules.rebutted_nouns for h in heads) else "condemning_words"
        code = frames.code(rules.label_codes[kind])
        match = FrameMatch(code, f"{tok.lemma_.lower()} ... {word.lower()}", 2, "code_rules.yaml")
        named = "a claim named" if kind == "rebutted_nouns" else "an act named"
        return match, f"'{tok.text} ... {word}': {named} with a word of condemnation, CAMEO {code.code}"
    return None


def by_sector(
    match: FrameMatch, actors: Sequence[ActorRef], frames: VerbFrames, rules: CodeRules
) -> tuple[FrameMatch, str | None]:
    """(the match, why) with the code CAMEO gives the act when its actors are of a sector that
    ``sector_codes`` lists (of several, the first actor's): troops or police arriving in a country
    are deployed there, not visiting. The key ``STATE`` stands for actors that are all the state
    itself (``named_state``): a state that protests complains officially, it holds no rally."""
    code = match.code
    table = rules.sector_codes.get(code.code) if code is not None else None
    sectors = [a.sector for a in actors if a.sector]
    if table and STATE in table and actors and all(named_state(a) for a in actors):
        sectors = [STATE]  # "Beijing protested", "Chile's government protested": the state itself
    if code is None or not table or not sectors or any(s not in table for s in sectors):
        return match, None
    target = table[sectors[0]]  # "police and soldiers arrived": the first actor's
    if target == NO_EVENT:  # "thousands of refugees fled": no political act
        return replace(match, code=None), f"actors of sector {'/'.join(sorted(set(sectors)))}: no event"
    new = frames.code(target)
    why = f"actors of sector {'/'.join(sorted(set(sectors)))}: CAMEO {code.code} becomes {target}"
    return replace(match, code=new), why


def named_state(a: ActorRef) -> bool:
    """The state itself, named by its name, its capital or as its government ("Beijing", "Chile's
    government", "Quito"): a country of the knowledge base with the sector GOV, not a person of it
    (a leader, "Zelaya supporters") nor its people ("Egyptians": CVL)."""
    return a.sector == "GOV" and a.kind == "country"


def by_joint(
    match: FrameMatch, actors: Sequence[ActorRef], frames: VerbFrames, rules: CodeRules
) -> tuple[FrameMatch, str | None]:
    """(the match, why) with the code CAMEO gives an act of ``joint_codes`` when its actors are of
    two or more countries: forces of two countries holding drills together cooperate militarily."""
    code = match.code
    target = rules.joint_codes.get(code.code) if code is not None else None
    countries = sorted(countries_of(actors))
    if code is None or target is None or len(countries) < 2:
        return match, None
    names = ", ".join(countries)
    why = f"actors of {len(countries)} countries ({names}): a joint act, CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why


def by_foreign(
    frame: Frame, doc: Doc, match: FrameMatch, actors: Sequence[ActorRef],
    parties: Callable[[Sequence[tuple[int, int]]], Sequence[ActorRef]], frames: VerbFrames, rules: CodeRules,
) -> tuple[FrameMatch, str | None]:  # fmt: skip
    """(the match, why) with the code CAMEO gives an act of ``foreign_codes`` done to a party of another
    country: a state banning a foreign company ("Australia banned China's Huawei from supplying
    equipment") sanctions that country (163), it restricts no one at home (172). Every object must be a
    party named by its name (its head or its apposition a proper noun, not "controls on exports to
    Seoul"), every actor and every party the object names must have a country, and the object's must be
    none of the actors'."""
    code = match.code
    target = rules.foreign_codes.get(code.code) if code is not None else None
    if code is None or target is None or not actors or not frame.object_spans:
        return match, None
    for a, b in frame.object_spans:
        span = span_at(doc, a, b)
        if span is None or len(span) == 0:
            return match, None
        named = [span.root, *(c for c in children(span.root) if c.dep_ == "appos")]  # "the airline PIA"
        if not any(t.pos_ == "PROPN" for t in named):
            return match, None
    objects = parties(frame.object_spans)
    own = {a.country for a in actors}
    theirs = {o.country for o in objects}
    if not objects or None in own or None in theirs or own & theirs:
        return match, None
    names = ", ".join(sorted(c for c in theirs if c))
    why = f"object of another country ({names}) than its actors': CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why


def natural_agent(frame: Frame, doc: Doc, rules: CodeRules) -> str | None:
    """The word that makes the frame's subject a natural force ("a cyclone flattened the island",
    "wildfires forced residents to flee", "Mount Merapi erupted, forcing thousands to flee": the
    head of the subject or a word of its name before the head is one of ``natural_forces``), else None."""
    if not frame.actor_spans:
        return None
    words = []
    for a, b in frame.actor_spans:
        span = span_at(doc, a, b)
        if span is None or len(span) == 0:
            return None
        root = span.root
        word = next((w for w in span if w.i <= root.i and w.lemma_.lower() in rules.natural_forces), None)
        word = word or (root if root.lower_ in rules.natural_forces else None)
        if word is None:
            return None  # "the army and the floods": not nature alone
        words.append(word.text)
    return words[0]
