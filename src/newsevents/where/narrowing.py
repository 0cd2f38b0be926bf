"""Where: a town that names what a material act was done to ("set fire to a Toulouse police station",
"struck Syria's Palmyra air base", "a Mombasa hotel was bombed"), read by where/location.py to narrow
a country or a first-level division chosen from the sentence to that town (places55): the act was done
to a thing of the town, so it happened there, not anywhere in the country."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.geo import haversine_km
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.records import Frame, Mention
from newsevents.where.destination import sentence_places
from newsevents.where.steps import TOWNS

# The prepositions of a thing an act is done to or at ("set fire to", "fired at", "an attack on", "crashed into").
TARGET_PREPOSITIONS = LEXICON["target_prepositions"]
# The arcs of a name that modifies a noun ("a Toulouse police station", "Syria's Palmyra air base").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})
# The arcs up a name and the nouns it stands in ("the entrance of X city hall": up "of" too).
_NAME_DEPS = frozenset({"compound", "flat", "appos", "conj", "nmod", "poss", "amod"})


def names_target(tok: Token, trigger: Token) -> bool:
    """Whether a place's token is a name modifying a noun that the trigger's act was done to: its
    direct object ("struck Syria's Palmyra air base"), its passive subject ("a Mombasa hotel was
    bombed"), or the object of a preposition of a target (``target_prepositions`` of
    data/lexicon.yaml: "set fire to a Toulouse police station", "fired at the Lagos headquarters") of
    the trigger or of its direct object, also through "of" ("set fire to the gate of the Toulouse town
    hall"). The name itself standing as the object is a locative phrase's (where/nearest.locative_object)."""
    t = tok
    modifier = False
    while True:
        if t.dep_ in _NAME_DEPS and t.head.i != t.i:
            modifier = modifier or t.dep_ in _MODIFIER_DEPS
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head.head
        else:
            break
    if not modifier:
        return False
    if t.dep_ in {"dobj", "nsubjpass"}:
        return t.head.i == trigger.i
    if t.dep_ != "pobj" or t.head.lower_ not in TARGET_PREPOSITIONS:
        return False
    holder = t.head.head
    return holder.i == trigger.i or (holder.dep_ == "dobj" and holder.head.i == trigger.i)


# a material act done to a thing a town's name modifies, with no other place told (places44)
TARGET_TOWN = "done to a thing of the town its name modifies"


def target_town(doc: Doc, frame: Frame, here: Sequence[Mention]) -> Mention | None:
    """The town whose name modifies what a material act was done to (:func:`names_target`: "troops secured Bangui
    airport", "set fire to a Toulouse police station", "a Mombasa hotel was bombed"), when the sentence names no
    other place than that town and its own country (places44): the act was done to a thing of the town, so it
    happened there. A country or a first-level division so named is none ("New Zealand police", "a Texas
    refinery": where in it is not told). None where no such town or where the sentence names another place."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    named = [(m, span) for m, span in sentence_places(doc, frame, here) if m.place is not None and m.label != "demonym"]
    towns = {m.place.name: m for m, span in named if m.place is not None and m.place.level in TOWNS
             and names_target(span.root, trigger.root)
             and not divided(m) and not _state_owned(m, span.root)}  # fmt: skip
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    assert town.place is not None
    others = [m for m, _ in named if m.place is not None and m.place.name != town.place.name]
    if any(m.place is not None and (m.place.level != "country" or m.place.country_code != town.place.country_code)
           for m in others):  # fmt: skip
        return None
    return town


_SITES = LEXICON["facility_nouns"] | LEXICON["site_nouns"]


# How far from a town a country or division of the same name may have its point and still be read as the town's own
# ("Kabul" the province around the city), not another place the name may mean ("Quebec" the province); places44
NAMESAKE_KM = 100.0


def divided(m: Mention) -> bool:
    """Whether a town's name is also the name of a country or a first-level division among its candidates whose
    point lies far from the town ("Quebec": the city and the province; "the Quebec provincial police" is the
    province's): which one it names is not told, so it places nothing by its name alone (places44). A division
    around its town ("Kabul", "Lagos") is no other place."""
    p = m.place
    return p is not None and any(
        c.level in {"country", "admin1"} and haversine_km(p.lat, p.lon, c.lat, c.lon) > NAMESAKE_KM
        for c in m.candidates
    )


def _state_owned(m: Mention, tok: Token) -> bool:
    """Whether a national capital's name before a noun stands for its state: its possessive ("curb Tehran's
    nuclear programme"), or a compound before a noun that is no facility or site ("the Tehran regime"; "Kabul
    airport" is a site of the town) (places44)."""
    if not (m.place is not None and (m.place.feature_code or "").startswith("PPLC")):
        return False
    while tok.dep_ in {"compound", "flat"} and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss" or tok.head.lemma_.lower() not in _SITES
