"""The sector of the party acted on, once the event's code is chosen (recip45): a state named is its
government; a street crowd is civilians.

"imposed sanctions on North Korea", "accused Beijing of ...", "cut ties with Qatar": a recipient read
from a country's name, its capital or another metonym of its state (``ActorRef.read``), with no sector
of its own, is the state itself; its sector is the government's (GOV) and its code the country's code
with it ("PRKGOV"). Its country is kept as it is; only the sector is said.

Only for the acts whose CAMEO root is in code_rules ``state_recipient_roots``: the parties struck by
force (assault, fight, mass violence) or coerced are told apart by what the phrase names (a state's
army, its rebels, its people), so a state's name there says no sector.

Only a phrase that is the name itself: not a demonym ("the Mexican state", "Palestinian prisoners": a
people or an adjective of something else), not a name inside a longer phrase, not a name after a
preposition of place ("the homes of activists in Dhaka": where someone is), not a place of the country
(a town or a region).

"police fired on protesters", "troops dispersed the demonstrators": a recipient whose phrase's head is a
street crowd (lexicon street_crowd_nouns) and whose sector is the opposition's (OPP, which
sectors.yaml gives the words so that code_rules sector_codes can key a crowd's own acts on it) is the
people of the street, civilians (CVL), for every act, unless a word of its own text says the
opposition ("anti-government protesters" keep OPP; the resolver's text of "opposition protesters" is
the head alone, so those are made CVL too: not told apart yet).

The rules run once an article's events are coded (the code stage, and the backoff stage for its own
events): the rules before them read a state named by its name as a sector-less country reference
(code/parties.state_actor, participants/recipients.self_named) and a crowd's sector as OPP.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef, Event

STATE_SECTOR = "GOV"
CROWD_SECTOR = "CVL"
OPPOSITION = "OPP"
STREET_CROWDS = LEXICON["street_crowd_nouns"]
STATE_READS = frozenset({"country name", "capital metonym", "metonym"})
# a name after one of these is where someone is or goes ("the homes of activists in Dhaka", "a human
# chain across Lithuania", "sent troops into Ukraine"), not the state acted on ("sanctions on Iran")
PLACE_PREPS = LEXICON["place_phrase_prepositions"] | {"across", "throughout", "within", "into", "over", "inside"}


def named_state(ref: ActorRef) -> bool:
    """Whether ``ref`` is a state named by its name, its capital or a metonym, with no sector."""
    read = ref.read
    return (
        ref.sector is None
        and ref.country is not None
        and ref.kind == "country"
        and read is not None
        and read.kind in STATE_READS
        and read.prep not in PLACE_PREPS
        and read.text.lower() == ref.entity_text.lower()
    )


def state_government(ref: ActorRef) -> ActorRef:
    """``ref``, a state named by its name, as its government."""
    assert ref.country is not None
    why = f"sector {STATE_SECTOR}: the state named ({ref.read.kind if ref.read else 'name'}), its government"
    return replace(ref, sector=STATE_SECTOR, code=f"{ref.country}{STATE_SECTOR}", reason=f"{ref.reason}; {why}")


def street_crowd(ref: ActorRef) -> bool:
    """Whether ``ref`` is a street crowd of the opposition's sector by its head word alone
    ("Palestinian protesters", "the demonstrators"; not "opposition protesters")."""
    words = ref.entity_text.lower().replace("-", " ").split()
    if ref.sector != OPPOSITION or not words or words[-1] not in STREET_CROWDS:
        return False
    return not any(w.startswith(("opposition", "anti", "pro")) for w in words[:-1])


def civilians(ref: ActorRef) -> ActorRef:
    """``ref``, a street crowd, as civilians."""
    code = f"{ref.country or ''}{CROWD_SECTOR}"
    why = f"sector {CROWD_SECTOR}: a street crowd ('{ref.entity_text}'), the people of the street"
    return replace(ref, sector=CROWD_SECTOR, code=code, reason=f"{ref.reason}; {why}")


def governed(events: Iterable[Event], roots: frozenset[str]) -> list[Event]:
    """``events``, each with its recipients' sectors said: a named state (:func:`named_state`) of an
    event whose CAMEO root is in ``roots`` made its government, a street crowd (:func:`street_crowd`)
    civilians."""
    out = []
    for e in events:
        states = e.cameo_root in roots and any(named_state(r) for r in e.recipient)
        if states or any(street_crowd(r) for r in e.recipient):
            rec = tuple(
                state_government(r) if states and named_state(r) else civilians(r) if street_crowd(r) else r
                for r in e.recipient
            )
            why = "recipient sector: the party acted on by what its phrase names (a state, a street crowd)"
            e = replace(e, recipient=rec, reasons=_beside_recipient(e.reasons, why))
        out.append(e)
    return out


def _beside_recipient(reasons: tuple[str, ...], why: str) -> tuple[str, ...]:
    """``reasons`` with ``why`` told right after the last reason that chose the recipient (so the reasons
    stay in the order of the stages: the place's reason, told later, stays last), or at the end if none
    did."""
    at = max((i for i, r in enumerate(reasons) if r.startswith("recipient")), default=len(reasons) - 1)
    return (*reasons[: at + 1], why, *reasons[at + 1 :])
