"""A bare "the capital" after the story named a national capital in a place phrase: that city
(recognize/places.py reads "the capital" first as the capital of the dateline's country or of the
country the article names first, and labels that mention ``BARE_CAPITAL``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newsevents.frame.locative import PLACE_TAKING_VERBS
from newsevents.parse.tree import span_at
from newsevents.records import Mention
from newsevents.resolve.capitals import capital_on
from newsevents.work import Work

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["BARE_CAPITAL", "DESCRIPTIONS", "capital_named_before"]

BARE_CAPITAL = "bare capital"  # the label of a bare "the capital", which a capital named before may take
DESCRIPTIONS = frozenset({"description", BARE_CAPITAL})  # labels of places named by a description


def capital_named_before(work: Work, gazetteer: Gazetteer) -> None:
    """A bare "the capital" after the story named a national capital ("... detained Bazoum in his
    residence in Niamey. In the capital on Sunday, ..."): that city, not the capital of the dateline's
    country (an ABUJA dateline) or of the country named first, unless the story's lead (the first
    sentence naming a place or a people) names that country: the story is about it."""
    day = work.article.pub_date
    # the places the body names (a dateline's upper-case "ABUJA/NIAMEY" says where the story was filed)
    named = [m for m in work.places if m.place is not None and m.label not in DESCRIPTIONS and not m.text.isupper()]
    lead = min((m.sentence_index for m in named), default=-1)
    lead_countries = {m.place.country_code for m in named if m.sentence_index == lead and m.place is not None}
    for k, m in enumerate(work.places):
        if m.label != BARE_CAPITAL or m.place is None:
            continue
        before = [
            b for b in work.places
            if b.end_char <= m.start_char and b.place is not None and b.place.level == "city"
            and b.label not in DESCRIPTIONS | {"anaphor"} and b.place.country_code
        ]  # fmt: skip
        if m.place.country_code in lead_countries:
            # the story is about that country (its lead names it): its capital, unless the same
            # sentence named another capital before ("entered Kabul after the troops abandoned the capital")
            before = [b for b in before if b.sentence_index == m.sentence_index]
        for b in sorted(before, key=lambda b: -b.start_char):
            assert b.place is not None and b.place.country_code is not None
            if not _in_phrase(work, b):
                continue  # "asked Canberra for help": a government, not a place
            capital = capital_on(gazetteer, b.place.country_code, day)[0]
            if capital is None or capital.name != b.place.name:
                continue
            if capital.country_code != m.place.country_code:
                why = f"'{m.text}': the capital named last before it ('{b.text}')"
                work.places[k] = dataclasses.replace(m, place=capital, candidates=(capital,), reason=why)
            break


def _in_phrase(work: Work, m: Mention) -> bool:
    """A place named in a prepositional phrase ("in Niamey", "at Kigali airport") or as what a verb
    of taking or entering a place acts on ("entered Kabul", "captured Herat": lexicon
    ``place_taking_verbs``), not a party ("asked Canberra for help")."""
    span = span_at(work.doc, m.start_char, m.end_char)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound":
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_TAKING_VERBS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ != "of"
