"""Whom a demand, an assault or a fight that names no one is aimed at: the actors' own country
(storyrecip50).

A demand ("opposition leaders demanded that the minister resign", "students demanded free
elections"), an assault or a fight ("police stormed the barricade", "fighting broke out between
the army and the rebels") whose phrases, and every later rule of the coder, name no one it is aimed
at (no phrase at all, not even a role word) is aimed at its actors' own country, when they are of one
country, the sentence names no party of another country nor an international organisation (an
organisation with no country: "demanded that the United Nations act", "fired at the attacking
NATO planes") and the story is not datelined in another country. The CAMEO roots are data:
data/code_rules.yaml ``home_aim_roots``. An appeal or an accusation (``home_story_roots``: "the president
appealed for calm") is read so only when the story up to it names no party nor place of another country.
The acts of ``home_dateline_roots`` (an appeal, an accusation, a rejection, a threat, a protest, a coercion,
an assault, a fight: "LUSAKA - Zambia's president appealed for calm", storyrecip51) are read so only when
the story is datelined in the actors' own country or, with no dateline (no country nor city the opening
reads), when the story's own country (code/storyside.story_country: named at least three times and twice
as often as any other, in a text of three sentences or more) is the actors' (storyrecip52): a sentence
alone is left as it was. Role words of no country as such an act's only recipients ("accused the
television station", "raided the clinic") take the actors' own country where the act would be aimed at
home had it named no one (``home_roles``, storyrecip52), unless a word of theirs names a state, another
state's agent, a relation to another party or a body of several states (FOREIGN_ROLE_WORDS).

Counted on the found events of rounds 26-53 whose output named no recipient and no other country in
their sentence: a demand was aimed at the actors' own country in 22 of 23 stories' events (the one
other: an international body named), a fight in 26 of 32 (the others: another country named in an
earlier sentence, or a ship or planes of an organisation); rounds 1-25 agree (14 of 16 demands).
A party of the actors' own country named after the trigger of a demand ("Somali pirates demanded the
release of 12 Somali fishermen") is what the act is about, not whom it is aimed at: then no recipient
(the rule of tests/test_recipients_round26). After the trigger of an act of ``home_dateline_roots`` it is
mostly whom the act is aimed at ("threatened to dismiss Prime Minister X's cabinet", "appealed for calm and
offered to meet Maori elders"), and the act is read at home (storyrecip52). A coercion (CAMEO 17) is read
so already (code.parties.own_people); a protest by people of the street is aimed at their government
(participants/owngov.home_government).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.participants.context import EventContext
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, sole_country

DEMAND_ROOT = "10"  # CAMEO 10: demand (aimed at the government); the others at the country's people
NAMING_LABELS = {"GPE", "NORP", "LOC", "ORG", "FAC", "PERSON"}  # entities that may name another party
# the roots of a violent act (coercion, assault, fight, mass violence): its home reading is the dateline's or
# the story's alone, not one of role words nor beside its own party named after the trigger, where a toll told
# after it ("20 students were injured") would be merged into it as its toll (dedupe/merge._toll; storyrecip52)
VIOLENT_ROOTS = {"17", "18", "19", "20"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}  # a state or a place of it after the trigger: "fighting erupted in Khartoum"
INTERNATIONAL = {"IGO", "NGO"}  # organisations of no country (the UN, NATO, Greenpeace)
# words that make a party after the trigger no one country's ("a ruling by an international tribunal")
FOREIGN_MODIFIERS = LEXICON["foreign_modifiers"]


def _with_plurals(words: Collection[str]) -> frozenset[str]:
    return frozenset({*words, *(f"{w}s" for w in words), *(f"{w[:-1]}ies" for w in words if w.endswith("y"))})


# words of a role word that names a state, another state's agent or a party of several states ("the three
# countries", "its neighbour", "the embassy", "Western governments"): such a role word is not aimed at home
FOREIGN_ROLE_WORDS = _with_plurals(
    {
        *LEXICON["state_anaphor_nouns"],
        *LEXICON["unspecific_state_nouns"],
        *LEXICON["relation_nouns"],
        *LEXICON["diplomatic_nouns"],
        *LEXICON["international_adjectives"],
        *FOREIGN_MODIFIERS,
    }
)


def home_aim(
    ctx: EventContext,
    actors: list[ActorRef],
    found: list[ActorRef],
    home_roots: tuple[Collection[str], Collection[str], Collection[str]],
) -> tuple[list[ActorRef], str] | None:
    """(the actors' own country, why) for an act of ``roots`` (code_rules home_aim_roots) that names
    no one (``found`` empty), by actors of one country, whose sentence names no party of another
    country (``ctx.countries``: the countries of the places it names; ``ctx.read``: the actors a span names)
    nor an international organisation, and whose story is not datelined in another country. An act of
    ``story_roots`` (code_rules home_story_roots) only when the story up to it names no party nor place
    of another country either (``ctx.disc``: the parties named so far and the article's country places); an
    act of ``dateline_roots`` (code_rules home_dateline_roots) only when the story is datelined in the actors'
    country or, with no dateline (no country nor city of it read), when the actors' country is the story's
    own (``ctx.story_country``: code/storyside.story_country, named far more often than any other).
    ``home_roots``: (roots, story_roots, dateline_roots).
    A violent act is read so only when its own clause places it in the actors' country (``ctx.own_place``:
    the country of the where stage's own place, not a fallback) or the story is datelined there ("U.S.
    warplanes bombed militant positions" may be abroad). Else None."""
    roots, story_roots, dateline_roots = home_roots
    root, frame, disc = ctx.root, ctx.frame, ctx.disc
    if found or root not in {*roots, *story_roots, *dateline_roots} or not actors:
        return None
    c = sole_country(actors)
    if c is None:
        return None
    if disc.home_country is not None and disc.home_country != c or set(ctx.countries()) - {c}:
        return None
    at_home = root in roots or (root in story_roots and story_home(frame, c, disc))
    filed = disc.home_country is not None or disc.city_country is not None  # a dateline's country or city read
    home = disc.home_country if filed else ctx.story_country
    if not at_home and not (root in dateline_roots and home == c):
        return None
    if root != DEMAND_ROOT and root in roots and ctx.own_place != c and disc.home_country != c:
        return None  # "U.S. warplanes bombed militant positions": at home only by its place or the dateline
    trigger = _open_trigger(ctx.doc, frame)
    if trigger is None:
        return None
    for ent in trigger.sent.ents:
        if ent.label_ not in NAMING_LABELS:
            continue
        for r in ctx.read((ent.start_char, ent.end_char)):
            if r.country not in {None, c} or (r.country is None and r.sector in INTERNATIONAL):
                return None
            own_after = r.country == c and ent.start_char >= trigger.end_char
            if own_after and (root in roots or root in VIOLENT_ROOTS or ent.label_ in PLACE_LABELS):
                return None  # "demanded the release of 12 Somali fishermen": its own people are what it is about
    said = f"an act ('{frame.trigger_text}', CAMEO {root}) that names no one"
    return _aimed_at(c, root, f"recipient: {said} is aimed at home, {c}")


def story_home(frame: Frame, c: str, disc: Discourse) -> bool:
    """Whether the story up to the frame's trigger names no party (``disc.named``) and no place of a
    country other than ``c``."""
    if any(r.country not in {None, c} for r in disc.named):
        return False
    return all(country == c for start, _, country in disc.country_spans if start < frame.trigger_start)


def dateline_aim(
    ctx: EventContext, actors: list[ActorRef], found: list[ActorRef], roots: Collection[str]
) -> tuple[list[ActorRef], str] | None:
    """(the dateline's country, why) for an appeal or a demand (``roots``: code_rules dateline_appeal_roots)
    that names no one (``found`` empty), by international organisations of no country (IGO, NGO: the United
    Nations, Amnesty International; not "a group of plotters"), in a story datelined in a country whose
    sentence names no place (``ctx.countries``) nor party (``ctx.read``: the actors a span names) of another
    country: "BAGHDAD - The U.N. mission urged restraint" is aimed at the country the crisis is told from
    (storyrecip51). A demand at its government, an appeal at its people. Else None."""
    home, root, frame = ctx.disc.home_country, ctx.root, ctx.frame
    if found or root not in roots or not actors or home is None:
        return None
    if any(a.country is not None or a.sector not in INTERNATIONAL for a in actors) or set(ctx.countries()) - {home}:
        return None
    trigger = _open_trigger(ctx.doc, frame)
    if trigger is None:
        return None
    for ent in trigger.sent.ents:
        if ent.label_ in NAMING_LABELS and any(
            r.country not in {None, home} for r in ctx.read((ent.start_char, ent.end_char))
        ):
            return None
    said = f"an appeal ('{frame.trigger_text}', CAMEO {root}) by a party of no country that names no one"
    return _aimed_at(home, root, f"recipient: {said} is aimed at the dateline's country, {home}")


def _aimed_at(c: str, root: str, why: str) -> tuple[list[ActorRef], str]:
    """(the recipient, why) of an act aimed at country ``c``: a demand at its government, anything else at
    its people."""
    if root == DEMAND_ROOT:
        return [ActorRef.government_of(c, "", why)], why
    return [ActorRef.people_of(c, "", why)], why


def _open_trigger(doc: Doc, frame: Frame) -> Span | None:
    """The frame's trigger, or None when it has none or a foreign modifier (lexicon foreign_modifiers)
    stands after it in its sentence: "rejected a ruling by an international tribunal" names a party of no
    one country that the knowledge base does not read."""
    trigger = trigger_span(doc, frame)
    if trigger is None or any(t.lower_ in FOREIGN_MODIFIERS for t in doc[trigger.end : trigger.sent.end]):
        return None
    return trigger


def home_roles(
    ctx: EventContext,
    actors: list[ActorRef],
    found: list[ActorRef],
    home_roots: tuple[Collection[str], Collection[str], Collection[str]],
) -> tuple[list[ActorRef], str] | None:
    """(the role words found, of the actors' own country; why) for an act of ``home_roots`` whose
    recipients (``found``) are all role words of no country ("accused the television station of bias",
    "troops raided the clinic", "two policemen were wounded") that name no state, no agent of another
    state nor a party of several (FOREIGN_ROLE_WORDS) nor an international organisation, when the act
    would be aimed at home had it named no one (``home_aim``, every check of it: actors of one country, the
    sentence naming no party nor place of another, the dateline's or the story's country): the people
    acted on are the actors' own country's (storyrecip52). Else None."""
    root = ctx.root
    if not found or root in VIOLENT_ROOTS or not all(_home_role(r) for r in found):
        return None
    aimed = home_aim(ctx, actors, [], home_roots)
    if aimed is None or aimed[0][0].country is None:
        return None
    c = aimed[0][0].country
    why = f"recipient: the role words of an act ('{ctx.frame.trigger_text}', CAMEO {root}) aimed at home, {c}"
    return [r.in_country(c, why) for r in found], why


def _home_role(r: ActorRef) -> bool:
    """A role word of no country and of no international sector, none of whose words names a state, an
    agent of another state or a party of several (FOREIGN_ROLE_WORDS)."""
    if r.country is not None or r.kind != "sector" or r.sector in INTERNATIONAL or r.sector is None:
        return False
    return not any(w.strip(".,'\"").lower() in FOREIGN_ROLE_WORDS for w in r.entity_text.split())
