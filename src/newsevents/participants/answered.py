"""Whom an attack that names no foreign target is aimed at: the state that answers it (sentrecip52).

"Eritrean jets bombed a military depot near the border, and Ethiopia's government condemned the raid",
"Syrian gunners shelled a hilltop observation post, and Turkey vowed to retaliate", "North Korean patrol
boats fired on a fishing fleet, and Seoul demanded an apology": a news sentence that tells an attack
and, in a clause joined after it, a state's answer to it (a verb of lexicon ``answering_verbs``: it
condemns, protests, vows, warns, accuses, demands) tells whom the attack hit when the attack's own
phrases name no country. An attack (CAMEO 18, 19, 20) whose recipients name no country (nothing, or an
organisation of none: "a U.N. post") is aimed at the state (a country, its capital, its government or
head or forces: the sectors of the ``state`` group, or a country named alone) that is the subject of a
clause conjoined after the attack's clause, of another country than the attackers'. Not when the
attack's place is a third country ("Russian jets bombed rebel positions near Aleppo, and France
condemned the strikes": Syria's people, from the place, not France), nor when the answering clause's
subject is an organisation or a person of no state sector, nor when the attack's target is told in
someone's words, a "what" clause ("struck what its army called (described as) a rebel camp near the
border": participants/described.py reads what the words name, and bystanders.wording drops whose
words they are; the gold rounds split on whom such an attack is aimed at when the place is the
answering state's). Nor when the attack names a party of the
attackers' own country ("Turkish troops killed a PKK commander in a raid across the Iraqi border, and
Iraq's president condemned the incursion": the commander's side, as the gold codes such raids), nor
when it names unarmed people of no country (a sector of the ``non_state`` group, not of ``armed``, or
an object whose head is one of lexicon ``people_nouns``) and its place is not in the answering state
("police killed twelve marchers in the capital, and the European Union condemned the killings", "a
car bomb killed nine shoppers in a market town, and a neighbouring state's leader denounced it": a
third party's condemnation of violence at home).

Rounds 26-57 (sentences): 14 attacks given the answering state where the gold names it (rounds 28-56,
by different annotators), none before; one whose gold names no recipient (round 47).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.described import TARGET_PREPS, described
from newsevents.records import ActorRef, Frame, countries_of

ANSWERING_VERBS = LEXICON["answering_verbs"]
ATTACK_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
STATE_SECTORS = sector_group("state")
UNARMED = sector_group("non_state") - sector_group("armed")  # people: civilians, protesters, activists
PEOPLE_NOUNS = LEXICON["people_nouns"]
SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSE_DEPS = {"advcl", "xcomp", "conj", "relcl", "acl"}  # climbed from the trigger to the clause it is part of


def answering_state(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], found: Sequence[ActorRef], root: str | None,
    place: str | None, resolve: Callable[[tuple[int, int]], list[ActorRef]],
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) for an attack whose recipients ``found`` name no country, answered in a
    clause conjoined after it by a state of another country (module doc); None otherwise. ``place``:
    the country of the event's place (None: none); ``resolve``: a phrase's references."""
    own = countries_of(actors)
    if root not in ATTACK_ROOTS or not own or any(r.country for r in found):
        return None  # a party of another country named (or of their own: "killed a PKK commander")
    objects = (span_at(doc, a, b) for a, b in frame.object_spans)
    people = any(r.sector in UNARMED for r in found) or any(  # "killed twelve marchers": maybe their own
        o is not None and o.root.lemma_.lower() in PEOPLE_NOUNS for o in objects
    )
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    after = [t.lower_ for t in doc[trigger.end : trigger.end + 2]]
    if (
        described(doc, frame)
        or after[:1] == ["what"]
        or (after[:1] and after[0] in TARGET_PREPS and after[1:] == ["what"])
    ):
        return None  # "struck what it called a camp": the target told in someone's words is described.py's
    top = trigger.root
    while top.dep_ in CLAUSE_DEPS and top.head.i != top.i:
        top = top.head
    for verb in _conjoined_after(top, trigger.root):
        if verb.lemma_.lower() not in ANSWERING_VERBS:
            continue
        for subj in children(verb):
            if subj.dep_ not in SUBJECTS:
                continue
            states = [r for r in resolve(subtree_span(subj)) if _state(r) and r.country not in own]
            countries = {r.country for r in states}
            if len(countries) != 1 or (place is not None and place not in own | countries):
                continue
            if people and place not in countries:
                continue  # "killed twelve marchers, and the European Union condemned it": a third party
            (c,) = countries
            why = f"recipient: the state that answers the attack ('{verb.text}', {c}) in a clause after it"
            return [*(r for r in found if r.kind == "org"), states[0]], why
    return None


def _conjoined_after(top: Token, trigger: Token) -> list[Token]:
    """The verbs conjoined with ``top`` (however far down a list) told after the trigger."""
    out, stack = [], [top]
    while stack:
        tok = stack.pop()
        for c in children(tok):
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                stack.append(c)
                if c.i > trigger.i:
                    out.append(c)
    return sorted(out, key=lambda t: t.i)


def _state(r: ActorRef) -> bool:
    """A state: a country named alone or by its capital, its government, its head or its forces."""
    return r.country is not None and (r.sector in STATE_SECTORS or (r.sector is None and r.kind == "country"))
