"""The event record built from a frame, its match and its participants, in named steps:
the parties' countries from the place and from each other (``local_parties``), the confidence,
and the record itself (``assemble``). The coder (coder.py) runs them in order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsevents import __version__
from newsevents.code.parties import (
    domestic,
    ethnic,
    from_dateline,
    local_people,
    not_own_sanction,
    own_people,
    place_recipient,
    placed_home,
)
from newsevents.code.verbframes import CameoCode, FrameMatch
from newsevents.progress import ClauseDate, Placed
from newsevents.records import ActorRef, Article, Event, EventLocation, Frame, Sentence, Source, countries_of

CODER = f"newsevents {__version__}"


@dataclass(frozen=True, slots=True)
class Parties:
    """The actors and recipients of an event in progress, with why."""

    actors: list[ActorRef]
    recipients: list[ActorRef]
    why_actors: list[str]
    why_recipient: str


RETREAT_CODE = "0874"  # retreat or surrender militarily


def _same_body(recipients: Sequence[ActorRef], actors: Sequence[ActorRef]) -> bool:
    """Whether every recipient is of the actors' country and of their sector or none (a role word
    placed at home: "the country", "the capital")."""
    own = {(a.country, a.sector) for a in actors if a.country}
    countries = {c for c, _ in own}
    return bool(recipients) and all(
        (r.country, r.sector) in own or (r.country in countries and r.sector is None) for r in recipients
    )


SECURITY_SECTORS = frozenset({"MIL", "COP"})
# a head of state or government (a role's title), not an envoy or a minister abroad
ENVOY_WORDS = re.compile(r"\b(?:ambassador|envoy|diplomat|consul)s?\b", re.I)
HEAD_ROLES = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|head of state)\b", re.I)


def own_leaders_forces(actors: list[ActorRef], recipients: Sequence[ActorRef]) -> tuple[list[ActorRef], str | None]:
    """Troops, soldiers or officers known only by a role word who act on a head of state or
    government, a minister or another state official of one country ("soldiers seized President
    Manuel Zelaya", "military officers forced him from office", "the army chief urged him to step
    down"): that state's own forces (a coup, an arrest, a demand to resign); a foreign force is
    named by its country ("U.S. troops captured ..."). A legislature that impeaches is read by
    participants/impeaching.py (only for the charge: "lawmakers rejected the budget" beside a named
    president is no country's)."""
    lent = [r for r in actors if r.country is not None and from_dateline(r)]  # "ABUJA - ... guards"
    if not actors or not all((r.country is None or r in lent) and r.sector in SECURITY_SECTORS for r in actors):
        return actors, None
    if not all(r.kind in (None, "sector") for r in actors):
        return actors, None
    officials = [
        r
        for r in recipients
        if r.kind == "person" and r.sector == "GOV" and r.country and HEAD_ROLES.search(r.role or "")
    ]
    if any(ENVOY_WORDS.search(r.entity_text) or not _named(r) for r in officials):
        return actors, None  # "soldiers detained the envoy" read as the envoy's president: not that state's forces
    countries = countries_of(officials)
    if len(countries) != 1:
        return actors, None
    country = countries.pop()
    who = officials[0].name or officials[0].entity_text
    why = f"the forces of the state whose official they act on ({who})"
    out = [r.in_country(country, f"country {country}: {why}") for r in actors]
    return out, f"country {country}: {why}"


def _named(r: ActorRef) -> bool:
    """A person named by the phrase itself ("President Manuel Zelaya", "Zelaya") or by "him"/"her"."""
    last = (r.name or "").split()[-1:]
    return r.entity_text.lower() in {"him", "her"} or bool(last and last[0] in r.entity_text)


def local_parties(
    parties: Parties, loc: EventLocation | None, code: CameoCode, text: str, predicate: str = "", met: bool = False,
    seized: bool = False,
) -> Parties:  # fmt: skip
    """Countries for parties known only by a role word: of the event's place, of the state that
    acts on its own people (or that its rebels act against), the people of the place for a
    material act with no target named (not of the place fled: ``predicate``, the event's verb lemma),
    and ethnic groups of the country where they act. A place where the parties ``met`` ("at a summit
    in Nairobi, the leaders imposed sanctions") lends its country to the actors only. Property ``seized`` as a
    thing (code.parties.seized_property) is aimed at no people of the state that seizes it."""
    actors, recipients = parties.actors, parties.recipients
    why_actors, why_recipient = parties.why_actors, parties.why_recipient
    actors, why_placed = placed_home(actors, loc)
    if why_placed:
        why_actors = [*why_actors, f"actor {why_placed}"]
    rloc = None if met else loc
    recipients, why_placed = placed_home(recipients, rloc)
    if why_placed:
        why_recipient = f"{why_recipient}; recipient {why_placed}"
    actors, why_own = own_leaders_forces(actors, recipients)
    if why_own:
        why_actors = [*why_actors, f"actor {why_own}"]
    actors, why_home = local_people(actors, recipients, loc, code.root, officials=False)
    if why_home:
        why_actors = [*why_actors, f"actor {why_home}"]
    recipients, why_local = domestic(recipients, actors, code.root, rloc)
    if why_local is None:
        recipients, why_local = local_people(recipients, actors, rloc, "")
    if why_local:
        why_recipient = f"{why_recipient}; recipient {why_local}"
    recipients, why_place = place_recipient(recipients, rloc, code.quad_class, actors, code.root, predicate, code.code)
    why_recipient = why_place or why_recipient
    recipients, why_own = own_people(recipients, actors, code.root, code.code, seized)
    why_recipient = why_own or why_recipient
    recipients, why_sanction = not_own_sanction(recipients, actors, code.root)
    if why_sanction:
        why_recipient = f"{why_recipient}; recipient {why_sanction}"
    if code.code == RETREAT_CODE and _same_body(recipients, actors):
        # "President X left the country", "the troops pulled back to their barracks": the place left is
        # the actors' own country, no party to the act
        recipients, why_recipient = [], f"{why_recipient}; dropped: the actors' own country, no party to a retreat"
    actors, recipients = ethnic(actors, loc, text), ethnic(recipients, loc, text)
    return Parties(actors, recipients, why_actors, why_recipient)


def confidence(match: FrameMatch, parties: Parties, date: ClauseDate) -> float:
    """How sure: the pattern's specificity, a known actor, a recipient, a date of its own."""
    value = 0.4 + 0.1 * min(match.specificity, 3)
    value += 0.15 if any(a.kb_id for a in parties.actors) else 0.0
    value += 0.05 if parties.recipients else 0.0
    value += 0.05 if date.text else 0.0
    return round(min(value, 0.95), 2)


def assemble(
    art: Article, sent: Sentence, frame: Frame, match: FrameMatch, parties: Parties, date: ClauseDate,
    where: Placed, coded_date: str,
) -> Event:  # fmt: skip
    code = match.code
    assert code is not None
    info = date.info
    why_loc = where.why
    # the event's location keeps the step of the where chain that gave it (exported: event_loc.step)
    loc = replace(where.loc, step=where.step) if where.loc is not None else None
    reasons = (
        f"pattern '{match.pattern}' ({match.source}) → CAMEO {code.code} {code.name}",
        *frame.reasons,
        *parties.why_actors,
        parties.why_recipient,
        date.why,
        why_loc,
    )
    return Event(
        id=Event.make_id(art.id, frame.sentence_index, frame.trigger_start, frame.trigger_end, code.code),
        article_id=art.id,
        sentence_index=frame.sentence_index,
        date=info.value if info else None,
        date_precision=info.precision if info else "unknown",
        date_text=date.text,
        end_date=info.end_value if info else None,
        event=code.plover,
        mode=code.mode,
        context=(),
        cameo=code.code,
        cameo_root=code.root,
        quad_code=code.quad_class,
        goldstein=code.goldstein,
        modality=frame.modality,
        actor=tuple(parties.actors),
        recipient=tuple(parties.recipients),
        event_loc=loc,
        event_text=frame.trigger_text,
        text=sent.text,
        start_char=frame.trigger_start,
        end_char=frame.trigger_end,
        source=Source(art.publisher, art.url, art.pub_date.isoformat() if art.pub_date else None, art.dateline),
        confidence=confidence(match, parties, date),
        reasons=reasons,
        date_from_news=date.from_news,
        coder=CODER,
        coded_date=coded_date,
        pattern=match.pattern,
        mentions=((frame.sentence_index, frame.trigger_start, frame.trigger_end),),
    )
