"""What the earlier sentences of an article said, as the coder reads a frame, and what the
participants stage found for each frame.

Records only; the rules that fill them are in actors.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.records import ActorRef, DateInfo, Event


@dataclass(frozen=True, slots=True)
class LinkedDate:
    """A date an event takes from elsewhere in the article: the sentence naming the person a
    pronoun refers to, or the event told before ("... and subsequently fled")."""

    info: DateInfo | None
    text: str | None
    via: str


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences said: the dateline's country, the people named so far (in order,
    with a country or a known entity) and the last person named, with that person's date."""

    home_country: str | None = None
    person_spans: tuple[tuple[int, int], ...] = ()
    named: tuple[ActorRef, ...] = ()
    last_person: tuple[ActorRef, ...] = ()
    last_person_date: LinkedDate | None = None


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    """One actor phrase of a frame: the actors it names and why. ``retold`` holds the phrase's
    words when it names the attack told before ("the strike hit a market"): its actors are that
    attack's, known only once the events before it are (the coder links them)."""

    refs: tuple[ActorRef, ...]
    why: tuple[str, ...]
    retold: str | None = None


@dataclass(frozen=True, slots=True)
class Cast:
    """The participants stage's record of one frame (``work.participants`` is aligned with
    ``work.frames``): its actor phrases, the discourse as it stood once they were read (what the
    frame's recipients and its actors at the event's date are resolved against), and the date a
    pronoun subject links the frame to."""

    token_i: int
    phrases: tuple[ActorPhrase, ...]
    discourse: Discourse
    linked_date: LinkedDate | None = None

    @property
    def actors(self) -> tuple[ActorRef, ...]:
        """The actors named in the frame itself (the attack told before left out)."""
        return tuple(r for p in self.phrases for r in p.refs)

    @property
    def retells(self) -> bool:
        return any(p.retold is not None for p in self.phrases)

    def with_attack(self, attack: Event | None) -> tuple[list[ActorRef], list[str]]:
        """(actors, reasons), the attack told before standing for a phrase that names it."""
        refs: list[ActorRef] = []
        why: list[str] = []
        for p in self.phrases:
            refs.extend(p.refs)
            why.extend(p.why)
            if p.retold is not None and attack is not None:
                refs.extend(attack.actor)
                why.append(f"actor '{p.retold}' = the attack told before ('{attack.event_text}')")
        return refs, why
