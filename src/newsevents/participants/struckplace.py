"""The country hit by an attack on an international organisation's site or force, from the place the
attack names (recip56).

An attack (CAMEO roots 18, 19, 20) aimed only at an international organisation (knowledge-base codes
that start with IGO: "shells hit a U.N. school in northern Gaza", "struck a base of U.N.
peacekeepers in southern Lebanon") falls on the country of the place its own phrases name: the
people of that country are hit too, beside the organisation (the analysed rounds write the host
country as the recipient of such attacks). Only when the places named in the frame's object and
prepositional phrases are of one country, another than every attacker's, and when every recipient
read has no country. A role word of no country ("militant camps in northern Mali") is already given
the place's country by the readers of phrases.

Built and narrowed: a group that spans borders, of no country in the knowledge base ("Islamic State
targets in northern Iraq"), is left alone: the writers split (rounds 30-36 stories write the country
of the place struck, round 20's reserve sentences none, and its recipient floor fell under 0.9).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.records import ActorRef, Frame, Mention

__all__ = ["ATTACK_ROOTS", "struck_place"]

ATTACK_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
INTERNATIONAL = "IGO"  # the start of an international organisation's actor code ("IGOUNO": the United Nations)


def _inside(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= m.start_char and m.end_char <= b for a, b in spans)


def struck_place(
    frame: Frame, root: str | None, found: Sequence[ActorRef], actors: Sequence[ActorRef], places: Sequence[Mention]
) -> tuple[list[ActorRef], str] | None:
    """(the recipients read, with the people of the place's country added; why) for an attack on an
    international organisation at a place of one other country (module doc); None otherwise."""
    if root not in ATTACK_ROOTS or not found or any(r.country for r in found):
        return None
    if not all((r.code or "").startswith(INTERNATIONAL) for r in found):
        return None  # a group that spans borders ("Islamic State targets"): the writers split (module doc)
    own = {a.country for a in actors if a.country}
    if not own:
        return None  # attackers of no country: whose "other" country it would be is unknown
    spans = (*frame.object_spans, *frame.recipient_spans)
    named = [m for m in places if m.place is not None and m.place.country_code and _inside(m, spans)]
    countries = {m.place.country_code for m in named if m.place is not None and m.place.country_code}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    if country is None or country in own:
        return None
    where = named[-1]
    why = f"recipient country {country}: the attack on an international organisation falls on the place '{where.text}'"
    people = ActorRef.people_of(country, where.text, why, where.start_char, where.end_char)
    return [*found, people], why
