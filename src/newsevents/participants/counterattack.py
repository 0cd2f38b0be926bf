"""Whom a counter-attack is aimed at: the attackers of the hostile act it answers (recip46).

"Israel struck Iran's nuclear sites, and Tehran hit back hours later with missiles", "Serb tanks
rolled into Slovenia, and Slovene units fought back", "Iran retaliated with waves of missiles": an
attack (CAMEO 18, 19, 20) told by a verb of counter-attack (lexicon counter_attack_verbs) or by a
verb with the particle "back" says whom it answers only by being told after the act it answers. When
its own phrases name no one of another country than the counter-attackers' (nothing, or the people of
its place, who are their own), it is aimed at the actors of the last act of material conflict (quad
class 4) told before it whose actors are of another country and which hit the counter-attackers' own
country (a recipient or the place of that act). Rounds 26-45 (sentences): 6 such counter-attacks,
each with the earlier attacker as the gold recipient; none coded so before (the own country from
the place, or none).

Recip53: an act of force told by any verb answers so too when it is told in a clause conjoined after
the earlier act's in its sentence (not in a clause of time: "tanks rolled in after Georgian forces
launched an offensive" tells what came first) and its own phrases name no one at all or only the
people of its place (who are its actors' own: a fight at home): "Yugoslav army tanks rolled into
Slovenia, and Slovene units fired on the columns", "Palestinians hurled stones at Israeli police, and the
police opened fire" (the stone throwers, not Israel's own people). Violent repression (CAMEO 175: "police
fired rubber bullets") counts too; not another coercion (a state of emergency, an arrest), nor an act whose
own phrases name anyone ("police fired tear gas at protesters": whom, as written).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, Frame, countries_of, told_before

COUNTER_VERBS = LEXICON["counter_attack_verbs"]
ATTACK_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
REPRESSION = "175"  # CAMEO 175: violent repression ("police fired rubber bullets"), not a curfew nor an arrest
MATERIAL_CONFLICT = 4  # quad class


def counter_attack(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], found: Sequence[ActorRef], root: str | None,
    told: Callable[[], Sequence[Event]], code: str = "",
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) for a counter-attack whose recipients ``found`` name no other country than
    its actors' (module doc); None otherwise. ``told`` gives the events told so far, asked only of a
    counter-attack."""
    own = countries_of(actors)
    force = root in ATTACK_ROOTS or code == REPRESSION
    if not force or not own or any(r.country and r.country not in own for r in found):
        return None
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    back = any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in children(verb))
    countering = root in ATTACK_ROOTS and (back or verb.lemma_.lower() in COUNTER_VERBS)
    # recip53: any act of force at home that names no one, after the act its sentence told before it
    at_home = all(r.place_people for r in found)
    if not countering and not at_home:
        return None
    for e in told_before(frame, told()):
        if e.quad_code != MATERIAL_CONFLICT:
            continue
        if not countering and (e.sentence_index != frame.sentence_index or not _conjoined_after(verb, e)):
            continue  # no counter-attack: it answers only an act its sentence tells in a clause it is conjoined to
        doers = [a for a in e.actor if a.country and a.country not in own]
        hit = countries_of(e.recipient)
        if e.event_loc is not None and e.event_loc.country_code:
            hit.add(e.event_loc.country_code)
        if doers and hit & own:
            said = "/".join(sorted(countries_of(doers)))
            why = f"recipient: a counter-attack ('{frame.trigger_text}') answers the attackers of '{e.event_text}'"
            why = f"{why} ({said})"
            return doers, why
    return None


def _conjoined_after(verb: Token, e: Event) -> bool:
    """Whether the verb is a conjunct, however far down a list, of the verb that told the event ``e``
    ("tanks rolled into X, and units fired on the columns"), not a clause of time or reason on it
    ("tanks rolled in after Georgian forces launched an offensive": what came first). A conjunct with a
    subject of its own that the parser hangs on a time clause of that verb counts too ("tanks moved into
    X, a day after the province broke away, and its militia shot at the convoys"); one that shares
    the time clause's subject is part of it ("... after Georgian forces launched an offensive and shelled")."""
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        if verb.idx == e.start_char:
            return True
        if own_subject and verb.dep_ == "advcl" and verb.head.idx == e.start_char:
            return True
    return False
