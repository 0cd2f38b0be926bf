"""Stage: derive (see codes.py; codes by what an act is done to or carries: objectcodes.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.stances import told_in_clause
from newsevents.code.verbframes import FrameMatch
from newsevents.derive.ballots import spoiled_ballot
from newsevents.derive.codes import (
    by_foreign,
    by_joint,
    by_label,
    by_means,
    by_sector,
    derive,
    natural_agent,
    order_aim,
)
from newsevents.derive.deadlines import by_deadline
from newsevents.derive.nonacts import (
    admitted_state,
    arrival_setting,
    asked_about,
    guarding_crowd,
    hosted_setting,
    lasting_state,
    own_commander,
    series_count,
    striven_aim,
    told_purpose,
    waged_by,
)
from newsevents.derive.objectcodes import by_object
from newsevents.derive.permits import body_permit, by_permit, by_test, site_unaimed
from newsevents.derive.readiness import ALERT_CODE, INTENT_ROOT, readied_at_copula, readied_force, ready_copula
from newsevents.derive.refusals import refused_consent
from newsevents.derive.senses import (
    accident_toll,
    agreed_meeting,
    by_motion,
    insisted_claim,
    names_object,
    self_inflicted,
)
from newsevents.derive.statements import demand, judgement, punishment, war_declared, warning
from newsevents.derive.vows import vowed_threat
from newsevents.derive.wishes import reported_wish
from newsevents.derive.wrongs import reported_wrong
from newsevents.frame.frames import VISITING_GUEST
from newsevents.frame.modality import open_question
from newsevents.parse.syntax import np_core
from newsevents.parse.tree import children
from newsevents.participants.actors import ActorReader
from newsevents.progress import Demand, Derived, Discourse
from newsevents.records import ActorRef, Frame
from newsevents.work import Resources, StageFunc, Work, register

UNSAID = {"negated", "hypothetical"}  # modalities the default export leaves out


def stated(frame: Frame, tok: Token, match: FrameMatch, derived: FrameMatch, rules: CodeRules) -> bool:
    """Whether the derived code is the statement of the act, not the act: a planned, promised,
    refused or conditional act whose code the derivation rules made one of ``statement_roots`` (an
    intent, a rejection, a threat: "Poland will not accept more refugees", "Iran said it would strike
    Israel if ..."), or a threat made on a condition ("threatened to kill him unless ...":
    ``conditional_roots``). The statement happened: its event is asserted, not negated or
    hypothetical (a planned act keeps its modality future). A hypothetical act is a statement only
    when someone states it (a verb of ``stating_verbs`` above it or its own): "If the talks fail,
    Turkey could launch an offensive" stays hypothetical."""
    old, new = match.code, derived.code
    if old is None or new is None or new.root not in rules.statement_roots or frame.modality not in UNSAID:
        return False  # a planned act ("plans to impose restrictions": a threat) keeps its future
    if frame.modality == "hypothetical" and not said_by(tok, rules):
        return False
    return new.root != old.root or (new.root in rules.conditional_roots and frame.modality == "hypothetical")


def said_by(tok: Token, rules: CodeRules) -> bool:
    """Whether the clause of ``tok`` is a statement: its verb or the verb that reports it (through
    coordinated, complement and adverbial clauses) is one of ``stating_verbs``."""
    t = tok
    while True:
        if t.lemma_.lower() in rules.stating_verbs:
            return True
        if t.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or t.head.i == t.i:
            return False
        t = t.head


def no_party_act(tok: Token, match: FrameMatch) -> str | None:
    """Why the act at ``tok`` is done by no party (derive/nonacts.py, prec42), else None."""
    assert match.code is not None
    if (title := own_commander(tok, match.code)) is not None:  # "handed power to commander-in-chief X"
        return f"'{tok.text} ... to {title}': power handed to a force's own chief, a takeover's step"
    if (purpose := told_purpose(tok)) is not None:  # "is intended as a show of deterrence"
        return f"'{purpose}' in the passive: what a thing is for, no party's intent"
    if (wh := asked_about(tok)) is not None:  # "did not say how long the army intended to hold power"
        return f"'{wh}' under a denial: an act asked about, not told"
    if (when := arrival_setting(tok)) is not None:  # "met the commander soon after arriving"
        return f"'{when}': an arrival that dates another act, no act of its own"
    if (ordinal := series_count(tok)) is not None:  # "It is the nation's fourth coup since 1987"
        return f"'{ordinal} {tok.text}' after 'it is': an act counted in a series, told elsewhere"
    if (setting := hosted_setting(tok)) is not None:  # "at a ceremony hosted by the president"
        return f"'{tok.text} ... {setting}': a ceremony hosted, the setting of what others do there"
    if (guard := guarding_crowd(tok, match.code)) is not None:  # "civilians who had gathered to defend it"
        return f"'{tok.text} to {guard}': a crowd guarding a place, no protest"
    if (state := admitted_state(tok, match.code)) is not None:  # "acknowledged that differences remained"
        return f"'{tok.text} that ... {state}': a state of affairs admitted, no concession"
    if (party := waged_by(tok, match.code)) is not None:  # "aid for the rebels fighting the government"
        return f"'{party} {tok.text}': a party described by the war it wages, no act told"
    if (span := lasting_state(tok)) is not None:  # "the aid worker, who had been jailed for three years"
        return f"'had {tok.text} {span}': a state that lasted until the act told, no act of its own"
    if (striving := striven_aim(tok, match.code)) is not None:  # "rebels fighting to overthrow the government"
        return f"'{striving} to {tok.text}': an aim striven for, no act told"
    return None


APPEAL_ROOTS = frozenset({"02"})  # "call": an appeal by the dictionary, a label where it names one
DEMAND_ROOT = "10"  # "insisted that ...": a demand by the dictionary, a claim in the indicative


@register("derive", requires=("frames", "matches", "participants"), sets=("derived",))
def make_derive(res: Resources) -> StageFunc:
    frames, rules, resolve = res.frames, res.rules, res.resolve_phrase

    def derived(work: Work) -> None:
        doc = work.doc
        reader = ActorReader(work.article.text, resolve, rules)
        at = {info.token_i: k for k, (_, info) in enumerate(work.frames)}

        def frame_at(i: int) -> Frame | None:
            k = at.get(i)
            return work.frames[k][0] if k is not None else None

        def match_at(i: int) -> FrameMatch | None:
            k = at.get(i)
            return work.matches[k].match if k is not None else None

        out = []
        for (frame, info), matched, cast in zip(work.frames, work.matches, work.participants, strict=True):
            match, tok = matched.match, doc[info.token_i]
            if (matched.background and not told_in_clause(tok, match)) or open_question(tok):
                # an open question ("would study the text before deciding whether to support it") tells
                # no act, not even a hypothetical one: no annotator of our gold codes one as required
                out.append(Derived(info.token_i))
            elif match is None or match.code is None:
                # "Israel responded with air strikes": a reaction with no pattern of its own, told by its means
                means = by_means(tok, frames, rules) if frame.predicate_lemma in rules.means_verbs else None
                means = means or by_label(tok, frames, rules)  # "called the test a provocative act"
                means = means or by_deadline(tok, frames, rules)  # "gave the rebels 48 hours to disarm"
                out.append(Derived(info.token_i, *means) if means else Derived(info.token_i))
            elif match.code.root == DEMAND_ROOT and insisted_claim(tok, rules):
                out.append(Derived(info.token_i))  # "insisted that the removal had been legal": a claim
            elif names_object(tok, rules):
                # "called the strikes an act of war", "calling the talks productive": a name given, no call
                labelled = by_label(tok, frames, rules)
                out.append(Derived(info.token_i, *labelled) if labelled else Derived(info.token_i))
            elif (
                match.code.root in APPEAL_ROOTS
                and frame.predicate_lemma in rules.labelling_verbs
                and (labelled := by_label(tok, frames, rules))
            ):
                # "an intervention Iran called unacceptable": a label of condemnation, not "call for intervention"
                out.append(Derived(info.token_i, *labelled))
            elif match.code.plover is None:
                if match.code.root != "01":
                    out.append(Derived(info.token_i))
                    continue
                if frame.predicate_lemma in rules.labelling_verbs and (labelled := by_label(tok, frames, rules)):
                    # "described the takeover as illegal": a statement verb that names its object, coded
                    # from its own frame as a speech verb's report is (the coder reads ``demand``)
                    # what is named is the object without its label ("the move", not "the move as illegal")
                    named = tuple(np_core(c) for c in children(tok) if c.dep_ in {"dobj", "obj"})
                    judged = replace(frame, object_spans=named or frame.object_spans)
                    out.append(Derived(info.token_i, demand=Demand(judged, labelled[0], labelled[1], -1)))
                    continue

                def refs_of(span: tuple[int, int], disc: Discourse = cast.discourse) -> list[ActorRef]:
                    return reader.span(span, None, disc)

                def names_actor(span: tuple[int, int]) -> bool:
                    return bool(refs_of(span))

                told = demand(frame, tok, frame_at, names_actor, frames, rules)
                told = told or judgement(tok, frame, frames, rules, match_at)  # "said the seizure was unacceptable"
                told = told or warning(tok, frames, rules, frame_at, match_at)  # "said Moscow would respond"
                # "said those responsible would be punished"
                told = told or punishment(tok, rules, frames, frame_at, match_at)
                told = told or war_declared(tok, frame, frames, rules)  # "declared it was at war with X"
                told = told or reported_wrong(tok, frame, frames, rules, match_at)  # "said X had acted unlawfully"
                told = told or spoiled_ballot(tok, frame, frames, rules)  # "said the vote was marred by fraud"
                told = told or reported_wish(tok, frame, frames, rules, refs_of)  # "said it wanted X to resign"
                told = told or refused_consent(tok, frame, frames, rules, match_at)  # "said it would not approve X"
                told = told or vowed_threat(tok, frame, frames, rules, match_at)  # "said any raid would mean war"
                out.append(Derived(info.token_i, demand=told))
            else:

                def parties(spans: Sequence[tuple[int, int]], disc: Discourse = cast.discourse) -> list[ActorRef]:
                    return [r for span in spans for r in reader.span(span, None, disc)]

                new, why = derive(frame, tok, match, frame_at, frames, rules, match_at, parties, cast.actors)
                said = stated(frame, tok, match, new, rules)
                meeting = agreed_meeting(tok, new, match_at, rules)  # "agreed to meet": the meeting, future
                if meeting is not None:
                    new, why = meeting
                if why is None and frame.subject_how != VISITING_GUEST:  # the guest is the visitor, no object
                    new, why = by_object(frame, tok, new, frames, rules)
                if why is None:
                    new, why = by_motion(tok, new, cast.actors, frames, rules, match_at)
                if why is None:
                    new, why = by_sector(new, cast.actors, frames, rules)
                if why is None:
                    new, why = by_joint(new, cast.actors, frames, rules)
                if why is None:
                    new, why = by_foreign(frame, doc, new, cast.actors, parties, frames, rules)
                if why is None:  # "authorised the multinational force": a body endorsed, no threat
                    new, why = body_permit(tok, new, frames, rules)
                if why is None:  # "authorised air strikes": a threat of force
                    new, why = by_permit(tok, new, frames, rules, match_at)
                site = None
                # an order told as given ("refused to order them to leave": whom the refusal faces is read as before)
                given = frame.modality == "asserted"
                aim = order_aim(frame, tok, match, new, frame_at, frames, rules, match_at, parties, cast.actors)
                aim = aim if given else None
                if why is None:  # "test-fired nine missiles": a show of force
                    new, why = by_test(tok, new, frames, rules)
                    site = site_unaimed(frame, tok, rules) if why is not None else None
                    aim = site or aim  # "exploded three devices at its range": the range's state is no party
                force = natural_agent(frame, doc, rules)
                if force is not None:  # "a cyclone flattened the island": no political act
                    new, why = replace(new, code=None), f"subject '{force}': a natural force, no event"
                toll = accident_toll(tok, rules) if new.code is not None and force is None else None
                if toll is not None:  # "the airliner crashed, killing all on board": no attack
                    new, why = replace(new, code=None), f"'{tok.text}' by '{toll}': the toll of an accident, no attack"
                own = self_inflicted(tok, new)
                if own is not None:  # "was reported to have shot himself": a suicide
                    new, why = replace(new, code=None), f"object '{own}': done to the doer himself, no event"
                if new.code is not None and (nobody := no_party_act(tok, new)) is not None:
                    new, why = replace(new, code=None), nobody
                if new.code is not None and (readiness := ready_copula(tok, match_at)) is not None:
                    new, why = replace(new, code=None), readiness  # "was ready to talk": the talks tell it
                if new.code is not None and (alert := readied_force(tok, match_at)) is not None:
                    new, why = replace(new, code=frames.code(ALERT_CODE)), alert  # "was ready to act should it spread"
                coded = new if new.code is not None and new.code.plover else None
                if coded is not None and coded.code is not None and coded.code.root == INTENT_ROOT:
                    said = said or readied_at_copula(tok) is not None  # "was ready to resume talks": stated now
                planned = meeting is not None and coded is not None
                stated_now, aimless = said and coded is not None, site is not None
                out.append(
                    Derived(info.token_i, coded, why, stated=stated_now, planned=planned, aim=aim, aimless=aimless)
                )
        work.derived = out

    return derived
