"""An organisation named as where something was done: "signed accords at the United Nations",
"handed in their applications at NATO headquarters" name the organisation's seat
(data/geo/seats.tsv), as "at the White House" names a building (docs/gazetteer.md). Only after
"at", or as the owner of "headquarters" after "at" or "in": elsewhere the name is the
organisation itself ("the United Nations said", "appealed to the United Nations").

Likewise a state's seat of government named by its building after a preposition of place ("signed a
treaty in the Kremlin", "rallied near the Kremlin", "held talks at Zhongnanhai"): the knowledge base
reads the name as the state's government, and the act was in its capital on the story's day (places49).
Elsewhere the building is the government ("the Kremlin said"); an embassy or a mission is abroad."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import ents
from newsevents.records import ActorRef, Place
from newsevents.resolve.capitals import capital_on
from newsevents.resolve.seats import seat_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["seated_mentions"]

# nouns of an organisation's seat: "at U.N. headquarters", "in NATO's headquarters"
SEAT_NOUNS = LEXICON["seat_nouns"]
_ORG_LABELS = frozenset({"ORG", "FAC", "GPE"})
# a seat of government by its building ("the Kremlin"): a name the tagger reads as an organisation or a building
_BUILDING_LABELS = frozenset({"ORG", "FAC"})
# the prepositions after which such a building is where an act was: "in", "at", "inside", "near", "outside"
_BUILDING_PREPS = LEXICON["government_building_prepositions"]
# a state's mission abroad is no seat of government: "in the U.S. Embassy" is in Moscow, not Washington
_ABROAD_NOUNS = LEXICON["diplomatic_nouns"] | {"mission", "missions"}


def _government_building(root: Token, ref: ActorRef) -> bool:
    """Whether a name the knowledge base reads as a state's government stands after a preposition of
    place ("in the Kremlin"): its building, where the act was."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in _BUILDING_PREPS
        and ref.sector == "GOV"
        and ref.kind == "country"
        and ref.country is not None
    )


def _at_seat(root: Token) -> bool:
    """Whether a name stands where its organisation's seat is meant: the object of "at", or the
    owner of a seat noun that is the object of "at" or "in"."""
    if root.dep_ == "pobj":
        return root.head.lower_ == "at"
    head = root.head
    return (
        root.dep_ in {"compound", "poss", "nmod"}
        and head.lemma_.lower() in SEAT_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ in {"at", "in"}
    )


def seated_mentions(
    doc: Doc,
    gazetteer: Gazetteer,
    resolve: Callable[[str, dt.date | None], list[ActorRef]],
    day: dt.date | None,
) -> list[tuple[int, int, Place, str]]:
    """(start, end, the seat, why) for each organisation of data/geo/seats.tsv named where its seat
    is meant (module doc)."""
    out = []
    for ent in ents(doc):
        if ent.label_ not in _ORG_LABELS or not _at_seat(ent.root):
            continue
        for ref in resolve(ent.text, day):
            place = seat_place(gazetteer, "org", ref.code) if ref.code and ref.kind not in {"person"} else None
            if place is not None:
                why = f"'{ent.text}' ({ref.code}) named where it sits: its seat '{place.name}'"
                out.append((ent.start_char, ent.end_char, place, why))
                break
    seats = [(a, b) for a, b, _, _ in out]
    for ent in ents(doc):
        if (
            ent.label_ not in _BUILDING_LABELS
            or ent.root.dep_ != "pobj"
            or ent.root.head.lower_ not in _BUILDING_PREPS  # checked before the knowledge base is asked
            or any(t.lemma_.lower() in _ABROAD_NOUNS or t.lower_ in _ABROAD_NOUNS for t in ent)
            or any(a <= ent.start_char < b for a, b in seats)
        ):
            continue
        building = next(iter(resolve(ent.text, day)), None)
        if building is None or building.country is None or not _government_building(ent.root, building):
            continue
        named, _, _ = gazetteer.resolve(ent.text.removeprefix("the ").removeprefix("The "))
        if named is not None and named.country_code == building.country:
            continue  # a building the gazetteer knows by its name ("the White House"): its own point
        capital, how = capital_on(gazetteer, building.country, day)
        if capital is not None:
            why = f"'{ent.text}' ({building.code}) after '{ent.root.head.text}': the seat of government, in {how}"
            out.append((ent.start_char, ent.end_char, capital, f"{why} '{capital.name}'"))
    return out
