"""Where, steps 4, 6 and 7: the seat of a state or an organisation, and a state's own act at its capital.

Read by where/location.py. A statement or decision (and an organisation's own meeting: "the
Security Council met") of one state's government, or of an organisation with a seat
(data/geo/seats.tsv), when no place is told in a datelined story: the state's capital on the
story's day, or the organisation's seat; their people, who travel, only after the story's own
place (seat_location). An envoy acts where posted, not at home. A state's own act (a statement,
decision, resignation or coercion by the state, its government or parliament, or a coup by its
army) is done at its capital (state_own_act).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.code.location import place_location
from newsevents.code.verbframes import CameoCode
from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef, EventLocation, countries_of
from newsevents.where.actorphrase import posted
from newsevents.where.steps import SEAT, Step
from newsevents.where.story import Setting

# CAMEO roots of statements and decisions (not of force, protest or a physical act, nor of
# agreements, which are signed where the parties meet): with no place in the story, a state's or
# an organisation's such act is taken at its seat.
SEAT_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13", "16"})
# CAMEO roots of an organisation's own meeting with no place told ("the U.N. Security Council met in
# emergency session", "was due to meet later on Monday"): it sits at its seat (not its people, who travel)
ORG_MEETING_ROOTS = frozenset({"04"})
STATE_BODY_NOUNS = LEXICON["state_body_nouns"]


def state_itself(a: ActorRef) -> bool:
    """The state as a body: a country's name ("France", "the Soviet Union") or its government
    ("the French government"), not people of it who travel ("Serbian negotiators")."""
    if not a.country:
        return False
    if a.sector is None and a.code == a.country:
        return True
    words = a.entity_text.lower().split()
    return a.sector == "GOV" and bool(words) and words[-1] in STATE_BODY_NOUNS


# CAMEO roots of a state's own acts at its seat besides statements and decisions: yielding
# (a resignation, a concession), and coercion by the state (removing, dismissing, impeaching).
STATE_ACT_ROOTS = SEAT_ROOTS | {"08", "17"}
# CAMEO codes of such acts under other roots: an apology (055, CONCEDE since sentrec47: "the prime minister
# apologised in parliament", "Tokyo apologised"), which the blind rounds place at the apologising state's capital
STATE_ACT_CODES = frozenset({"055"})
# sectors of a state's own bodies that sit in its capital: a government, a parliament (not the
# courts, which sit in every town: "a Kenyan court jailed" says not where)
_STATE_SECTORS = frozenset({"GOV", "LEG"})


def state_own_act(code: CameoCode, actors: Sequence[ActorRef]) -> bool:
    """Whether an event is a state's own act done where it sits (its capital): a statement,
    decision, resignation, apology or coercion whose actors are all the state, its government or parliament
    (the army too for a coup, "the army seized power", "removed the president"), none of them its
    envoy or mission abroad."""
    own = code.root in STATE_ACT_ROOTS or code.code in STATE_ACT_CODES
    if not own or not actors or any(posted(a) for a in actors):
        return False
    army = code.root == "17"
    return all(state_itself(a) or a.sector in _STATE_SECTORS or (army and a.sector == "MIL") for a in actors)


def seat_location(
    code: CameoCode, actors: Sequence[ActorRef], setting: Setting, persons: bool = False
) -> tuple[EventLocation, str, Step] | None:
    """A statement or decision of one state's government, or of an organisation with a seat
    (data/geo/seats.tsv), when no place is told in a datelined story: the capital of that state on the story's day
    (not the dateline's country, whose events take the dateline city), or the organisation's
    seat ("the U.N. Security Council condemned": New York). ``persons``: the state's and the
    organisation's people too ("the U.N. Secretary-General condemned", "the Egyptian foreign
    minister said"), who travel, so only after the story's own place."""
    meeting = code.root in ORG_MEETING_ROOTS and not persons  # "the Security Council met": at its seat
    if (code.root not in SEAT_ROOTS and not meeting) or not actors or (persons and any(posted(a) for a in actors)):
        return None  # an envoy acts where posted ("North Korea's U.N. ambassador rejected"), not at home
    if setting.seat is not None:  # an organisation sits where it sits, dateline or not
        for a in actors:
            person = a.kind == "person" or a.role is not None
            place = setting.seat(a.code) if a.code and person == persons else None
            if place is not None:
                return place_location(place, place.name), f"{SEAT} '{a.entity_text}' ({a.code}): '{place.name}'", "seat"
    if code.root not in SEAT_ROOTS:
        return None  # a state's meeting is wherever its people went
    if setting.country is None:
        return None  # without a dateline there is no story's place to tell a foreign seat from
    countries = countries_of(actors)
    state = (lambda a: a.sector == "GOV" or state_itself(a)) if persons else state_itself
    if len(countries) != 1 or not all(state(a) for a in actors) or setting.capital is None:
        return None
    iso3 = next(iter(countries))
    if iso3 == setting.country:
        return None
    capital = setting.capital(iso3)
    if capital is None:
        return None
    return place_location(capital, capital.name), (
        f"an act of the government of {iso3}: its capital '{capital.name}' (no place told)"
    ), "government"  # fmt: skip
