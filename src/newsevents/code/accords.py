"""An accord or talks told without their parties: "It was signed formally in Paris on Friday",
"That agreement, signed in Arusha in August last year", "A ceasefire plan was agreed on Aug. 12",
"The accord is to be signed formally in Paris next month" (an accord still to be signed takes the
parties too since the storyrec28 session: the parties that initialled or negotiated it are those who
will sign it).

Stories tell an accord again in a passive or a participle that names no
one; who made it is said before: the sides of the fighting a truce ends, else the parties of the
last accord or talks told in the article; an accord signed (057) takes those of the last accord
signed or initialled before, when there is one, over those of talks told after it. A reason on the
event says which.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.verbframes import CameoCode
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.records import ActorRef, Event, countries_of

__all__ = [
    "accord_parties",
    "begun_parties",
    "fight_setting",
    "fought_with",
    "last_fight",
    "last_sanction",
    "names_pair",
    "own_measure",
    "tells_accord",
]

TRUCE_NOUNS = LEXICON["truce_nouns"]
FIGHT_SETTING_NOUNS = LEXICON["fight_setting_nouns"]
SETTING_PREPS = frozenset({"in", "during", "amid"})
ACCORD_CODE = "057"  # sign a formal agreement
MEETING_ROOT = "04"
FIGHT_ROOTS = frozenset({"18", "19", "20"})
# the accords and talks whose parties an accord told without them takes: consultations, calls, meetings
# at a third place, negotiations and signed accords (not a visit made or hosted, nor a mediation)
TALKS_CODES = frozenset({"040", "041", "044", "046", ACCORD_CODE})
# roots of the verbs a truce is agreed, accepted or declared with ("agreed a ceasefire plan")
TRUCE_ROOTS = frozenset({"03", "05", "08"})


def tells_accord(code: CameoCode, context: Sequence[str]) -> bool:
    """Whether a code tells an accord or talks: an agreement signed, a meeting, a truce agreed."""
    truce = any(w in TRUCE_NOUNS for w in context)
    return code.code == ACCORD_CODE or code.root == MEETING_ROOT or (truce and code.root in TRUCE_ROOTS)


def _sides(e: Event) -> list[ActorRef]:
    """The event's actors and the parties it was aimed at or met (not the people of a place)."""
    met = [r for r in e.recipient if not r.place_people and r not in e.actor]
    return [*e.actor, *met]


def accord_parties(
    events: Sequence[Event],
    context: Sequence[str],
    asides: Collection[str],
    fight_only: bool = False,
    signed: bool = False,
) -> tuple[list[ActorRef], list[str]]:
    """(parties, reasons) of an accord told without them: for a truce the two sides of the last
    fighting told before; else (unless ``fight_only``: a truce told by its start, which the
    signatories of another accord did not make) the parties of the last accord or talks told before.
    An accord ``signed`` ("the accord is to be signed in Paris") is that of the last accord signed
    or initialled before, if any: a talk or a call told after it ("Clinton telephoned ...") is not.
    ``asides``: the ids of the events told aside ("the talks, mediated by Angola"), whose party is not
    the talks'."""
    if any(w in TRUCE_NOUNS for w in context):
        for e in reversed(events):
            if e.cameo_root not in FIGHT_ROOTS:
                continue
            sides = _sides(e)
            if len(countries_of(sides)) >= 2:
                names = " + ".join(a.code or a.entity_text for a in sides)
                why = f"a truce told without its parties: the sides of the fighting before ('{e.event_text}': {names})"
                return sides, [why]
    if fight_only:
        return [], []
    accords = [e for e in events if e.cameo == ACCORD_CODE and e.actor and e.id not in asides] if signed else []
    for e in reversed(accords or events):
        if e.cameo in TALKS_CODES and e.actor and e.id not in asides:
            sides = _sides(e)
            names = " + ".join(a.code or a.entity_text for a in sides)
            why = f"an accord told without its parties: those of the accord or talks before ('{e.event_text}': {names})"
            return sides, [why]
    return [], []


def names_pair(words: str, pair_nouns: Collection[str]) -> bool:
    """'the two sides', 'both parties', 'the two': a phrase that names the two parties of the story
    (data/code_rules.yaml, pair_nouns), which for an accord are those of the accord told before."""
    low = words.lower().split()
    if low[:1] == ["both"]:
        rest = low[1:]
    elif low[:2] == ["the", "two"]:
        rest = low[2:]
    else:
        return False
    return not rest or " ".join(rest) in pair_nouns


def last_fight(events: Sequence[Event], armed: Collection[str], roots: Collection[str] = FIGHT_ROOTS) -> Event | None:
    """'Rebels swept into the capital ... The offensive began on November 27': an attack told again by
    its noun with no doer named (frame/nouns._begun) is made by the doers of the last fighting told
    before in the article by an armed party (code_rules.yaml armed_sectors; not a crowd that toppled a
    statue), not a retelling: the offensive is not the capture. "Protesters marched on the palace
    ... The uprising began on January 25" (``roots`` those of a protest, ``armed`` empty): by the
    doers of the last protest told before. Returns that act (its doers: ``begun_parties``; whom it
    was aimed at, the coder gives the act told again when it names no one)."""
    return next(
        (
            e
            for e in reversed(events)
            if e.cameo_root in roots and e.actor and (not armed or any(a.sector in armed for a in e.actor))
        ),
        None,
    )


def fight_setting(tok: Token) -> Token | None:
    """The noun of fighting an "in", "during" or "amid" phrase of ``tok`` sets it in ("was shot dead in
    the exchange of fire", "were killed in clashes near the pass"; lexicon ``fight_setting_nouns``),
    or None; not "in exchange for" (a trade, no fighting)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in FIGHT_SETTING_NOUNS:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
                continue
            return noun
    return None


def fought_with(setting: Token) -> tuple[int, int] | None:
    """The span of the side a noun of fighting names after "with" or "between" ("in clashes with police",
    "in fighting between the army and the rebels"): who fought the side struck, or both sides."""
    for prep in setting.children:
        if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return subtree_span(obj)
    return None


def begun_parties(earlier: Event | None) -> tuple[list[ActorRef], list[str]]:
    """The doers of the act ``last_fight`` found, with the reason, or none."""
    if earlier is None:
        return [], []
    names = " + ".join(a.code or a.entity_text for a in earlier.actor)
    return list(earlier.actor), [f"the doers of the act told before ('{earlier.event_text}': {names})"]


def fight_sides(earlier: Event) -> tuple[list[ActorRef], list[str]]:
    """Both sides of the fighting ``last_fight`` found, as doers: its doers and the parties of another
    country it was aimed at. Fighting told again by a noun of both sides ("Tajik troops shelled Kyrgyz
    villages ... The clashes erupted at dawn", code_rules reciprocal_nouns) is fought by both."""
    own = {a.country for a in earlier.actor}
    others = [replace(r, role="actor") for r in earlier.recipient if r.country and r.country not in own]
    sides = [*earlier.actor, *others]
    names = " + ".join(a.code or a.entity_text for a in sides)
    return sides, [f"both sides of the fighting told before ('{earlier.event_text}': {names})"]


# sanctions imposed and threatened: whose measure a story tells by its start with no doer named
SANCTION_CODES = ("163", "1312")


def last_sanction(events: Sequence[Event]) -> Event | None:
    """'Brazil threatened tariffs on American goods ... A 20 percent levy on American cars took effect on
    Saturday': a measure told by its start with no doer named (frame/nouns._measure_onset) is put in
    force by the party that last imposed or threatened a sanction told before in the article (its
    doers: ``begun_parties``); None when the article told none."""
    return next((e for e in reversed(events) if e.cameo.startswith(SANCTION_CODES) and e.actor), None)


def own_measure(event: Event, named: Collection[str]) -> bool:
    """Whether a measure lent its doers by ``last_sanction`` is aimed at a country among them, its
    recipient's or one its sentence names (``named``: "a levy on Brazilian coffee" after Brazil's
    threat): the sanction told before was the other side's, and this one is not theirs."""
    doers = countries_of(event.actor)
    return bool(doers & (countries_of(event.recipient) | set(named)))
