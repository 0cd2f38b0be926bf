"""Whom, when the phrases name only a role word or tell something else: a state's own
institutions and people, and the clauses of a trigger that tell content rather than a target.

``home_institution``: "the prime minister asked parliament to declare an emergency", "Yeltsin
urged soldiers not to join the putsch", "the ruling party accepted opposition demands": a role word
with no country of its own (a parliament, an army, the opposition, civilians) that a state actor, a
party or the opposition of one country addresses, yields to or backs, in a sentence that names no
other country, is of that country (a state acting on people outside the state is left to
code.parties.domestic, which says so; a church or a company addressing people is left alone). Not
by force (CAMEO 18-20: "warplanes bombed militant positions", whose the militants are is not
said), not forces an agreement or aid sends (CAMEO 03, 07: "agreed to deploy troops",
"would contribute 20,000 soldiers": the actor's own, sent abroad) or a yielding moves (CAMEO 08:
"pulled its forces back", "handed power to the army"), not whom an act judged hit (CAMEO 11:
"condemned the killing of the paratroopers"; but a judgement's own object is its target: "the
former president accused the government of hiding the deficit"), not a plural of states or officials ("embassies",
"leaders"), and not a role word made foreign (lexicon foreign_modifiers: "the international
community").

``other_country``: "a Belgian minister threatened sanctions on the generals" in a sentence that
tells Sudan's army seizing power, "rioters attacked police in several Belgian towns": a role word
with no country of its own, whose country no rule of the actor's own state decides
(code.parties.domestic), is of the one country the sentence names besides the actors' own; none
when it names two or more, or none; read last, when no other rule found a country (code/coder.py).
Not when the actor's country was lent by the place or the dateline (an agentless passive: the
country named may be the doer's); not forces or envoys sent or deployed (CAMEO 03, 07, 15, lexicon
transfer_verbs); only a state's or its people's role words (sector groups state and non_state: not
"the alliance"). A country does
not count when named in the actor's own phrase ("The mission's chief, an Australian diplomat,
urged militants"), as the subject of another clause ("..., and Canberra and Wellington announced
sanctions": a doer, not whose), only as a place where ("took off from Athens", "in Tallinn"), as
the source of the news ("according to Iranian officials"), in a condition ("if war starts in
Iraq") or as the broker of a deal ("a deal brokered by China"); nor does a role word the actor
owns ("his deputy").

``told_content``: a speech participle ("resigned, saying X was right") tells what was said; the
parties it names are no recipients of the act. (Tried and dropped: a participle clause of an accord,
"signed a treaty eliminating U.S. and Soviet missiles", as its content: it also names the accord's
other party or territory, "signed a treaty making Crimea part of Russia", and the sets split.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.code.parties import countryless, domestic, from_dateline, state_actor
from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS, subtree_span, trigger_span
from newsevents.parse.tree import PLACE_ENTS, children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.bystanders import bystander
from newsevents.participants.setting import tells_where
from newsevents.progress import Discourse
from newsevents.records import AGENTLESS_PASSIVE, DATELINE, ActorRef, Frame, countries_of, sole_country

SPEECH_VERBS = LEXICON["speech_verbs"]
TRANSFER_VERBS = LEXICON["transfer_verbs"]
SENDING_ROOTS = {"03", "07"}  # an agreement or aid that sends forces: they are the actor's own
JUDGING_ROOT = "11"  # a judgement of an act: its role words are whom the act hit ("condemned the killing of ...")
RETREAT_ROOT = "08"  # a yielding: forces named are the actor's own moved, or those handed power
FOREIGN_MODIFIERS = LEXICON["foreign_modifiers"]
VIOLENT_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
NOT_HOME_ROOTS = VIOLENT_ROOTS | SENDING_ROOTS | {JUDGING_ROOT}
STATE_SECTORS = sector_group("state")
NON_STATE_SECTORS = sector_group("non_state")
HOME_SECTORS = STATE_SECTORS | NON_STATE_SECTORS
POLITICAL_SECTORS = {"PTY", "OPP", "ELI"}  # parties, the opposition, political elites: within their country
STATE_ANAPHORS = LEXICON["state_anaphor_nouns"]  # "the country", "the state": a state named before or after
NAMING_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "PERSON"})  # entities that may name another country
# a legislature or a court: addressed from the actor's own capital, it is the actor's ("In Washington,
# Obama warned Congress"); a government or protesters so addressed are the dateline's country's
HOME_CHAMBERS = {"LEG", "JUD"}
MEDIATION_PARTICIPLES = LEXICON["mediation_participles"]
CONDITION_MARKS = {"if", "unless"}
FORCE_POSTURE = "15"  # CAMEO 15: forces deployed or on alert are the actor's own
SUBJECTS = {"nsubj", "nsubjpass"}


def told_content(verb: Token) -> bool:
    """Whether a to-clause or participle clause of the trigger (code.clauses.purpose_clauses) tells
    what was said rather than whom the act is aimed at: a speech participle ("resigned, saying X
    was right")."""
    return verb.lemma_.lower() in SPEECH_VERBS


def named_country(r: ActorRef) -> bool:
    """Whether a party has a country of its own: not a legislature or a court known by its role word
    alone and lent the dateline's country (home_institution may find it the actor's)."""
    return r.country is not None and not (from_dateline(r) and r.sector in HOME_CHAMBERS)


def _names_home(named: Sequence[tuple[str, Sequence[ActorRef]]], c: str) -> bool:
    """Whether the sentence's place names (``named``: each naming entity's label and the actors it
    names) name a place of the country ``c`` ("In Washington, ..."): the act is told where the actor
    is at home, not at the dateline."""
    return any(
        label in PLACE_ENTS and any(r.country == c and not from_dateline(r) for r in refs) for label, refs in named
    )


def home_institution(
    reader: ActorReader, doc: Doc, frame: Frame, found: list[ActorRef], actors: list[ActorRef],
    root: str | None, on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """The role words ``found`` as the actors' country's own (module doc), with why; None when the
    rule does not hold."""
    c = sole_country(actors)
    if not all(state_actor(a) or a.sector in POLITICAL_SECTORS for a in actors):
        return None  # a church, a company, an aid group: whose institutions it addresses is not said
    if root is None or c is None:
        return None
    if root in NOT_HOME_ROOTS and not (root == JUDGING_ROOT and _judged_directly(doc, frame, found)):
        return None
    if all(state_actor(a) for a in actors) and all(r.sector in NON_STATE_SECTORS for r in found):
        return None  # a state acting on its own people outside the state: code.parties.domestic says so
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    # each read once (for the sentence): for where the act is told and for another country named
    named = [(ent.label_, refs) for ent, refs in reader.entities(trigger.sent, NAMING_LABELS, on_date, disc)]
    at_home = _names_home(named, c)
    for r in found:
        # "In Washington, ... warned Congress": a legislature or court lent the dateline's country
        lent = r.country is not None and from_dateline(r) and at_home and r.sector in HOME_CHAMBERS
        if (r.country is not None and not lent) or r.kind not in (None, "sector"):
            return None
        if r.sector not in HOME_SECTORS or (root == RETREAT_ROOT and r.sector == "MIL"):
            return None
        span = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
        if span is None or (r.sector == "GOV" and span.root.tag_ in {"NNS", "NNPS"}):
            return None  # "embassies", "leaders": states or officials, whose unsaid
        if span.root.lemma_.lower() in STATE_ANAPHORS:
            return None  # "imposed sanctions on the country": participants.recipients.state_anaphor
        if any(t.lower_ in FOREIGN_MODIFIERS for t in span.root.subtree):
            return None  # "the international community", "foreign troops"
    for _, refs in named:
        if any(r.country not in {None, c} and not (at_home and from_dateline(r)) for r in refs):
            return None  # "Zelenskiy appealed to Congress ... President Joe Biden": whose is unsaid
    why = f"recipient country {c}: a role word of the one country the sentence names (the actor's)"
    return _of_country(found, c, why)


def _judged_directly(doc: Doc, frame: Frame, found: list[ActorRef]) -> bool:
    """'accused the government of hiding the deficit', 'blamed the authorities': the role words are
    the judging verb's own object, not the victims of an act it judges ('condemned the killing of
    the paratroopers')."""
    trigger = trigger_span(doc, frame)
    if trigger is None or not found:
        return False
    for r in found:
        span = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
        if span is None or span.root.dep_ != "dobj" or span.root.head.i != trigger.root.i:
            return False
    return True


def other_country(
    reader: ActorReader, doc: Doc, frame: Frame, found: list[ActorRef], actors: list[ActorRef],
    root: str | None, on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """The role words ``found`` as of the one other country the sentence names (module doc), with
    why; None when the rule does not hold."""
    if root is None or not found or not all(countryless(r) for r in found):
        return None
    if root in SENDING_ROOTS or root == FORCE_POSTURE or frame.predicate_lemma in TRANSFER_VERBS:
        return None  # forces sent or moved, "would send envoys": what is sent is the sender's
    if domestic(found, actors, root)[1] is not None:
        return None  # the actor's state acting on its own people
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    doer = [  # the actor's own phrase ("The mission's chief, an Australian diplomat, urged militants")
        subtree_span(t) for t in children(trigger.root) if t.dep_ in SUBJECTS
    ]
    for r in found:
        if r.sector not in HOME_SECTORS:
            return None  # "the alliance", "aid groups": no one country's people or institutions
        span = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
        if span is None or span.root.lemma_.lower() in STATE_ANAPHORS:
            return None
        if any(t.lower_ in FOREIGN_MODIFIERS or t.lower_ in POSSESSIVE_DETERMINERS for t in span.root.subtree):
            return None  # "the international community", "foreign troops", "his deputy"
    if any(a.lent is not None and a.lent.by in {AGENTLESS_PASSIVE, DATELINE} for a in actors):
        return None  # an actor lent by the place or the dateline: the country named may be the doer's
    own = countries_of(actors)
    others = {
        country
        for ent, country, _ in named_countries(reader, doc, trigger.sent, doer, own, on_date, disc)
        if not (no_party(ent) or clause_subject(ent))
    }
    if len(others) != 1:
        return None
    c = next(iter(others))
    return _of_country(found, c, f"recipient country {c}: a role word of the one other country the sentence names")


def _of_country(found: list[ActorRef], c: str, why: str) -> tuple[list[ActorRef], str]:
    """The role words ``found`` given the country ``c``, with why."""
    return [r.in_country(c, why) for r in found], why


def named_countries(
    reader: ActorReader, doc: Doc, sent: Span, doer: Sequence[tuple[int, int]], own: set[str],
    on_date: dt.date | None, disc: Discourse,
) -> Iterator[tuple[Span, str, ActorRef]]:  # fmt: skip
    """(entity, country, reference) for each country the sentence names outside the doer's phrases (``doer``)
    and other than the actors' own (``own``): not lent by the dateline, no bystander, and no place named
    after a preposition ("talks in Geneva", "gas to Ukraine") or that is no country's name or capital."""
    for ent, refs in reader.entities(sent, NAMING_LABELS, on_date, disc):
        if any(a <= ent.start_char < b for a, b in doer):
            continue
        for r in refs:
            if not r.country or r.country in own or from_dateline(r) or bystander(doc, r):
                continue
            if ent.label_ in PLACE_ENTS and (r.kind != "country" or ent.root.dep_ == "pobj"):
                continue
            if tells_where(ent, r):  # "in the Saudi resort of Taif", "the Lisbon summit": where, not who
                continue
            yield ent, r.country, r


def clause_subject(ent: Span) -> bool:
    """Whether a naming entity is the subject of a clause, or conjoined with one ("Canberra and
    Wellington announced ..."): a doer of its own clause."""
    return ent.root.dep_ in SUBJECTS or (ent.root.dep_ == "conj" and ent.root.head.dep_ in SUBJECTS)


def no_party(ent: Span) -> bool:
    """Whether a naming entity stands in a condition ("if war starts in Iraq"), as the news's source
    ("according to Iranian officials") or as a deal's broker ("a deal brokered by China"): no party
    to the act."""
    for tok in [ent.root, *list(ent.root.ancestors)]:
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children):
            return True  # "if war starts in Iraq": a condition, no party
    for tok in [ent.root, *list(ent.root.ancestors)[:3]]:
        head = tok.head
        if tok.lower_ == "to" and head.lower_ == "according":
            return True
        if tok.lower_ == "by" and head.lower_ in MEDIATION_PARTICIPLES:
            return True
    return False
