"""Whether a place a phrase names tells where an act was, rather than whom it was aimed at (recip59).

A town, a region or a country word is read as its country's party only where the act is aimed at it. Two
constructions tell where instead, and are not among the countries a reaction's sentence names
(participants/counterpart.py, participants/institutions.named_countries):

* a country word that modifies a place or site noun after a preposition of place ("talks at the Norwegian
  lodge of Hurdal", "gathered in the Egyptian port of Alexandria"): the site is where, and the country word
  only says whose land it stands in (:func:`site_modifier`). Measured: 8 figures up, 2 down (the site's
  country was the party reacted to: "urged the authorities to ..." after a shooting "on a <town>
  campus");
* a town named as the modifier of a meeting noun ("the Lisbon summit", "the Oslo talks"): where the
  meeting was held, not a party to it (:func:`meeting_town`). A country named so ("the Iran talks") is
  what the talks are about and is left to the other rules.

For the phrases an act is aimed at (:func:`placed_party`): a town or region named after a
preposition of place on the object of an act that is not done to a place ("detained the opposition
leader, a fugitive for years, in Lyon"; not an attack, a force posture nor a visit) tells where the party
the object names was, when the phrase names that party by a country of its own: the party is the
recipient, the town is not. Only a reference that is the town alone: "the government in <town>" names whose
government it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import PLACE_ENTS
from newsevents.records import ActorRef

__all__ = ["meeting_town", "placed_party", "site_modifier", "tells_where"]

PLACE_PREPS = LEXICON["place_phrase_prepositions"]
MEETING_NOUNS = LEXICON["meeting_nouns"]
SITE_NOUNS = LEXICON["place_nouns"] | LEXICON["facility_nouns"] | LEXICON["venue_nouns"]
MODIFIER_DEPS = {"amod", "compound", "nmod"}
TOWN_READS = {"metonym", "capital metonym"}  # a capital or seat read as its state: a town named


def meeting_town(tok: Token, ref: ActorRef) -> bool:
    """'the Lisbon summit': a town (a place, or a capital read as its state) modifying a meeting noun."""
    if tok.dep_ not in {"compound", "nmod"} or tok.ent_type_ not in PLACE_ENTS | {"ORG"}:
        return False
    if tok.head.lemma_.lower() not in MEETING_NOUNS:
        return False
    return ref.kind == "place" or (ref.read is not None and ref.read.kind in TOWN_READS)


def site_modifier(tok: Token) -> bool:
    """'in the Kenyan resort of Malindi': a country word modifying a site noun that a preposition of place
    governs."""
    if tok.dep_ not in MODIFIER_DEPS:
        return False
    site = tok.head
    return site.lemma_.lower() in SITE_NOUNS and site.dep_ == "pobj" and site.head.lower_ in PLACE_PREPS


def tells_where(ent: Span, ref: ActorRef) -> bool:
    """Whether a naming entity, read as ``ref``, only tells where something was (module doc)."""
    return site_modifier(ent.root) or meeting_town(ent.root, ref)


def _located(ref: ActorRef) -> bool:
    """A town or region (a place, or a capital or seat read as its state; no country named by its name)
    read after a preposition of place ("in Lyon")."""
    read = ref.read
    if read is None or read.kind not in TOWN_READS | {"place"} or (read.prep or "").lower() not in PLACE_PREPS:
        return False
    return ref.entity_text.strip() == read.text  # the town alone: "the government in <town>" is whose government


def placed_party(found: list[ActorRef]) -> tuple[list[ActorRef], str]:
    """(``found`` without the towns that tell where the party it names was, a note naming them for the reason;
    module doc): only where another reference of the phrase names a country by itself."""
    towns = [r for r in found if r.country and _located(r)]
    others = [r for r in found if r not in towns and r.country]
    if not towns or not others:
        return found, ""
    where = ", ".join(f"'{r.entity_text}'" for r in towns)
    return [r for r in found if r not in towns], f" ({where} tells where the party was, not whom)"
