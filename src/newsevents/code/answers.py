"""Whom an act is aimed at when it names no one: a denial answers whoever accused the denier
("Ukraine accused Russian troops of the massacre; Moscow denied any involvement"; the codes that
answer are listed in data/code_rules.yaml, ``denying_codes``), a refusal whoever asked it of the
refuser ("... gave Saddam 48 hours to leave. Saddam refused"; ``refusing_roots``), and aid offered,
pledged or given to no one named goes to the country the story is datelined in ("BISHKEK - ... Moscow offered
humanitarian aid"; ``home_aid_roots``); a state's act of control over its own people, or its
concession to them, that names no one ("declared martial law", "imposed a curfew", "sealed off the
city", "withdrew the bill") is aimed at the state's own country (``home_act_codes``: home_act)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsevents.code.parties import state_actor
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, Event, EventLocation, countries_of, sole_country

ASKED_NOUNS = LEXICON["asked_nouns"]

ACCUSING_ROOT = "11"  # disapprove, accuse, blame (PLOVER ACCUSE)
DEMANDING_ROOTS = {"02", "10", "13"}  # appeal, demand, threaten (an ultimatum): what a refusal answers


def accuser_before(
    actors: Sequence[ActorRef], sentence: int, events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(the accusers, why) of the last accusation (CAMEO root 11) told in the article's last three
    sentences whose recipients include the denier (its country or the actor itself), else None."""
    own = countries_of(actors)
    keys = {a.key() for a in actors}
    if not own and not keys:
        return None
    for e in reversed(events):
        if not 0 <= sentence - e.sentence_index <= 3:
            break
        if e.cameo_root != ACCUSING_ROOT:
            continue
        accused = countries_of(e.recipient) & own or {r.key() for r in e.recipient} & keys
        accusers = [a for a in e.actor if a.country or a.code]
        if accused and accusers:
            return accusers, f"recipient: who accused the denier ('{e.event_text}', told before)"
    return None


def demander_before(
    actors: Sequence[ActorRef], sentence: int, at: int, events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(the demanders, why) of the last appeal, demand or threat (an ultimatum; CAMEO roots 02, 10,
    13) told before ``at`` (the refusal's start) in the article's last three sentences, whose
    recipients include the refuser (its country or the actor itself) and whose doers are of another
    country ("refused to resign" after a demand at home names no one): "Bush gave Saddam 48 hours
    to leave. Saddam refused", "Washington demanded that the Taliban hand him over; the Taliban
    refused". Else None."""
    own = countries_of(actors)
    keys = {a.key() for a in actors}
    if not own and not keys:
        return None
    for e in reversed(events):
        if e.start_char >= at:
            continue
        if not 0 <= sentence - e.sentence_index <= 3:
            break
        if e.cameo_root not in DEMANDING_ROOTS:
            continue
        asked = countries_of(e.recipient) & own or {r.key() for r in e.recipient} & keys
        askers = [a for a in e.actor if a.country and a.country not in own]
        if asked and askers:
            return askers, f"recipient: who asked it of the refuser ('{e.event_text}', told before)"
    return None


def asked_for(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` (a refusal's object) names what was asked (lexicon asked_nouns:
    "rejected the ultimatum", "turned down the request"), not a thing judged ("parts of the map")."""
    phrase = span_at(doc, span[0], span[1])
    return phrase is not None and phrase.root.lemma_.lower() in ASKED_NOUNS


def home_aided(actors: Sequence[ActorRef], home: str | None) -> tuple[list[ActorRef], str] | None:
    """(the dateline's country, why) as the recipient of aid that names no one, when that country is
    not the giver's own, else None."""
    if home is None or not actors or home in {a.country for a in actors}:
        return None
    why = f"recipient: aid to no one named, the dateline's country ({home})"
    return [ActorRef.people_of(home, home, why)], why


def home_act(
    actors: Sequence[ActorRef], named: set[str], place: EventLocation | None
) -> tuple[list[ActorRef], str] | None:
    """(the people of the actors' country, why) for an act of control or concession at home that
    names no one (the caller checks the code, data/code_rules.yaml ``home_act_codes``, and that the
    act has no prepositional phrase that may name whom: "cut off gas to the republic"): the actors
    are a state (a country, or institutions of the state: sector group state) of one country, and
    neither the event's place nor any place named in its sentence (``named``: their countries) is
    of another country ("lifted restrictions on travel to Cuba" is not aimed at home). Else None."""
    c = sole_country(actors)
    if c is None or not all(state_actor(a) for a in actors):
        return None
    if named - {c} or (place is not None and place.country_code not in {None, c}):
        return None
    why = f"recipient: an act of the state at home that names no one is aimed at its own country, {c}"
    return [ActorRef.people_of(c, "", why)], why


# CAMEO codes of an apology (055): made to the apologiser's own people when those it names have no country
APOLOGY_CODES = frozenset({"055"})


def apologised_to_own(
    found: Sequence[ActorRef], actors: Sequence[ActorRef], named: Callable[[], set[str]], code: str
) -> tuple[list[ActorRef], str] | None:
    """(the people ``found``, in the apologisers' country, why) for an apology to people the sentence gives
    no country ("asked forgiveness of the victims of the conflict", "apologised to the families of the
    miners"): the apologisers are of one country and no place named in the sentence (``named()``: their
    countries, asked only for an apology, since it scans the article's places) is of another. The blind
    rounds give such an apology the apologisers' own country (sentrec47: the rebels' apology to the victims
    of their war, a leader's to the people interned or taken from their families). Else None."""
    if code not in APOLOGY_CODES or not found or any(r.country for r in found):
        return None
    c = sole_country(actors)
    if c is None:
        return None
    if named() - {c}:
        return None
    why = f"recipient: an apology to people of no country named is made to the apologisers' own, {c}"
    return [r.in_country(c, why) for r in found], why
