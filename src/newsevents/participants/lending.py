"""The country a role word is lent when its own words name none (participants/actors.py
ActorReader.span): the dateline's, the place a sentence opens with, or the one country a sentence
names; and the role words that take none (an envoy abroad, a body of several states)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.parties import DOMESTIC_SECTORS, STATE_SECTORS
from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.tree import span_at
from newsevents.progress import Discourse
from newsevents.records import (
    DATELINE,
    FRONTED_PLACE,
    NAMED_BEFORE,
    OTHER_THAN_TARGET,
    SENTENCE_COUNTRY,
    STORY_LEAD,
    ActorRef,
    Frame,
    LentCountry,
    Mention,
)

LOCAL_PEOPLE_SECTORS = sector_group("local_people")
ARMED_GROUP_SECTORS = sector_group("armed")
FORCE_SECTORS = LEXICON["role_anaphor_sectors"]  # armed forces, rebels, armed men, police, intelligence
DIPLOMATIC_NOUNS = LEXICON["diplomatic_nouns"]
INTERNATIONAL_WORDS = LEXICON["international_adjectives"]
UNSPECIFIC_DETERMINERS = LEXICON["unspecific_determiners"]
UNSPECIFIC_STATE_NOUNS = LEXICON["unspecific_state_nouns"]
PLACE_PREPOSITIONS = LEXICON["place_prepositions"]
HOME_OFFICIALS = LEXICON["home_official_plurals"]

# the reasons ActorReader.span writes when it lends a role word a country its words do not say
LENT_REASONS = {
    DATELINE: "country {} from the dateline",
    FRONTED_PLACE: "country {}: of the place the sentence opens with",
    SENTENCE_COUNTRY: "country {}: the one country the sentence names",
    OTHER_THAN_TARGET: "country {}: the sentence's one country besides the one its act is aimed at",
    NAMED_BEFORE: "country {}: of the same noun named before with its country",
    STORY_LEAD: "country {}: the one country the story's lead names (a sentence naming no place)",
}


def lend(r: ActorRef, how: LentCountry) -> ActorRef:
    """``r`` given the country ``how`` lends it, with why."""
    return replace(r.in_country(how.country, LENT_REASONS[how.by].format(how.country)), lent=how)


def lent(r: ActorRef) -> bool:
    """Whether a role word's country was lent by the dateline, the place a sentence opens with or
    the one country a sentence names (ActorReader.span), not said by its own words."""
    return r.country is not None and r.lent is not None and r.lent.by in LENT_REASONS and r.lent.country == r.country


def home_force(r: ActorRef, sentence: int | None, disc: Discourse) -> bool:
    """Troops, officers, security forces known only by a role word, in a story about the
    dateline's country, in a sentence that names no place and no people of another country: the
    dateline country's own ("SEOUL - Armed troops entered the parliament building"); so are armed
    groups fighting the state (sector group armed: "militants demanded the release of ...",
    "guerrillas renewed their demand"), not gunmen of no known side. A story filed from a neighbour ("NAIROBI - ... in
    Rwanda") lends its forces no country."""
    return (
        disc.home_story
        and sentence is not None
        and sentence not in disc.foreign_sentences
        and r.kind == "sector"
        and (r.sector in STATE_SECTORS or r.sector in ARMED_GROUP_SECTORS)
    )


def home_actor(r: ActorRef) -> bool:
    """An unnamed state institution of the dateline's country: police, courts, parliament, or one
    named office ("the interior ministry"); plural groups ("delegations", "officials") may be
    foreign. Unnamed people of the street (protesters, students, workers, the opposition) are
    of the dateline's country too; rebels and refugees often are not. A plural ends in "s" or
    "men" ("presidential guardsmen" in a story filed from a neighbour may be foreign)."""
    if r.kind != "sector":
        return False
    if r.sector in LOCAL_PEOPLE_SECTORS:
        return True  # "protesters", "students", "opposition parties" in a story from their country
    if r.sector not in STATE_SECTORS:
        return False
    return r.sector in DOMESTIC_SECTORS or not plural_word(r.entity_text)


def plural_word(words: str) -> bool:
    """Whether a role phrase's last word is a plural: "officials", and "guardsmen", "servicemen"."""
    low = words.lower()
    return low.endswith("s") or low.endswith("men")


BODY_POSSESSIVES = frozenset({"its", "their"})  # the possessive determiners a body is told by ("his": a person)


def body_owner(first: str, speaker: Sequence[ActorRef], disc: Discourse) -> ActorRef | None:
    """The international body (sector IGO, of no country: an alliance, a regional bloc, the UN) a
    possessive role phrase ("its soldiers", "their leaders"; ``first``: its possessive) belongs to:
    the speaker of its reported clause ("the alliance said its soldiers were ready"), else, for
    "its", the last body named as the actor of a main clause ("The bloc suspended Guinea. Its leaders
    will meet ..."). Such a body's people are no state's: the country a dateline or a place lent the
    role word gives way to the body itself. None where the owner is not such a body. ActorReader.owned
    asks only where "its" follows no country named before it in its sentence ("the bloc suspended
    Guinea after its junta refused": the junta is Guinea's)."""
    if first not in BODY_POSSESSIVES:
        return None  # "saying his government ...": a person's, not the speaking body's
    owner = next(iter(speaker), None)
    if owner is None and first == "its" and disc.last_body:
        owner = disc.last_body[0]
    if owner is None or owner.country is not None or owner.sector != "IGO" or owner.kb_id is None:
        return None
    return owner


def abroad(r: ActorRef, words: str) -> bool:
    """A role word that names no party of the place a story is filed from: an envoy or an embassy
    (lexicon diplomatic_nouns) is another state's where it sits ("stormed the ambassador's
    residence" in a story from Lima), and an international body ("an international tribunal")
    is no state's; nor is a state's noun after a determiner that names no particular one ("any
    country that tried to interfere", lexicon unspecific_determiners, unspecific_state_nouns)."""
    if any(w in DIPLOMATIC_NOUNS for w in r.entity_text.lower().split()):
        return True
    before = words[: r.end_char] if r.end_char >= 0 else words  # its own modifiers, not a phrase after it
    low = before.lower().split()
    unspecific = bool(low) and low[0] in UNSPECIFIC_DETERMINERS and low[-1] in UNSPECIFIC_STATE_NOUNS
    return unspecific or any(w in INTERNATIONAL_WORDS for w in low)


def loose_role(r: ActorRef, told: Sequence[ActorRef]) -> bool:
    """Whether ``r`` is a role word of a force (lexicon role_anaphor_sectors: troops, police, aircraft)
    lent the country of where the story or its paragraph is told from (the dateline's, the fronted
    place's) while another actor told with it, a subject of the same verb, names another party by its
    own words ("Colombian troops and aircraft attacked", "U.S. and British warships and a submarine
    fired"): the subjects of one verb told together are one side, not the dateline's forces. Leaders and
    officials told with others are often parties of their own ("NOUMEA - The French government, Kanak
    leader X and loyalist leader Y signed an agreement"), and a country the sentence itself lends stays."""
    if not lent(r) or r.lent is None or r.lent.by not in (DATELINE, FRONTED_PLACE):
        return False
    if r.kind != "sector" or r.sector not in FORCE_SECTORS:  # not "leader X" beside the French government
        return False
    named = {o.country for o in told if o.country is not None and o.lent is None}
    return bool(named) and r.country not in named  # the same country lent as named: nothing to undo


TOLD_TOGETHER = "no country lent: told with a party named by its own words"


def told_together(refs: Sequence[ActorRef]) -> list[ActorRef]:
    """The actors of one verb, a role word :func:`loose_role` finds keeping no country rather than a
    lent one."""
    return [
        replace(r, country=None, code=r.sector, lent=None, reason=f"{r.reason}; {TOLD_TOGETHER}")
        if loose_role(r, refs)
        else r
        for r in refs
    ]


def sentence_force(r: ActorRef, sentence: int | None, disc: Discourse) -> LentCountry | None:
    """A state institution known only by a role word ("parliament", "lawmakers", "troops", "the
    government"; not a plural of the government's, "leaders", "negotiators", but "officials" and
    "authorities", lexicon home_official_plurals), in a story without a
    dateline, in a sentence whose places and peoples are of one country only: that country's ("South
    Korean President Yoon declared martial law, but lawmakers voted ..."); so are people of the
    street (sector group local_people: "rioters clashed with police in several Dutch cities",
    "Peruvian voters rejected ..., and the opposition urged ..."), and, in a sentence whose countries
    are a governed territory and the state that rules it, of the territory ("rioters set fire to
    Papeete's airport after France resumed its tests"; its police may be the ruler's). In a sentence after the lead that
    names no place at all ("Police said they had arrested dozens of people"), the country of the
    story's lead when it names one country only (story_lead)."""
    if sentence is None or r.country is not None:
        return None
    if not disc.one_country_sentences and not disc.territory_sentences and disc.lead_country is None:
        return None
    if r.kind != "sector":
        return None
    # people of the street ("protesters", "the opposition", "rioters" in "... in several Dutch
    # cities") are of that country as a state's role words are
    if r.sector not in STATE_SECTORS and r.sector not in LOCAL_PEOPLE_SECTORS:
        return None
    if r.sector == "GOV" and plural_word(r.entity_text) and r.entity_text.lower() not in HOME_OFFICIALS:
        return None  # "leaders", "negotiators", "delegates", "governments": often of several countries
    one = next((c for i, c in disc.one_country_sentences if i == sentence), None)
    if one is None and r.sector in LOCAL_PEOPLE_SECTORS:  # the territory's people, not its ruler's
        one = next((c for i, c in disc.territory_sentences if i == sentence), None)
    if one is not None:
        return LentCountry(SENTENCE_COUNTRY, one)
    if disc.lead_country is not None and sentence in disc.unplaced_sentences:
        return LentCountry(STORY_LEAD, disc.lead_country)
    return None


def story_lead(by_sentence: dict[int, set[str]], sentences: int) -> tuple[str | None, tuple[int, ...]]:
    """The country of the first sentence naming a place or a people, when it names one country only,
    and the sentences after it that name none (``by_sentence``: each placed sentence's countries):
    where a story without a dateline is told from, as a dateline says it (rounds 26-45 stories: five
    more actors and recipients right, none lost)."""
    if not by_sentence:
        return None, ()
    lead = min(by_sentence)
    if len(by_sentence[lead]) != 1:
        return None, ()
    return next(iter(by_sentence[lead])), tuple(i for i in range(lead + 1, sentences) if i not in by_sentence)


def besides_target(
    doc: Doc, refs: Sequence[ActorRef], frame: Frame, places: Sequence[Mention], disc: Discourse
) -> str | None:
    """'A former Lebanese premier was killed in Beirut, and opposition leaders blamed Syria', 'Gunmen
    attacked India's parliament in New Delhi, and the government blamed militants backed by
    Pakistan': one role word of sentence_force's kinds, with no country, in a story without a
    dateline, in a sentence whose places are of two countries or more, all but one of them inside
    the act's own object or recipient phrase: the one left (who blames, rejects or answers a state
    is not of it; "Rioters burned much of Tonga's capital, and the government asked Australia and
    New Zealand to send troops": Tonga's). None otherwise."""
    if len(refs) != 1 or refs[0].country is not None or _filed(disc):
        return None
    r = refs[0]
    if r.kind != "sector":
        return None
    if r.sector not in STATE_SECTORS and r.sector not in LOCAL_PEOPLE_SECTORS:
        return None
    if r.sector == "GOV" and r.entity_text.lower().endswith("s"):
        return None  # "leaders", "negotiators", "governments": often of several countries
    aimed = [_whole(doc, span) for span in frame.object_spans + frame.recipient_spans]
    here = [m for m in places if m.sentence_index == frame.sentence_index and m.place is not None]
    if any(a <= m.start_char < b for m in here for a, b in frame.actor_spans):
        return None  # "Ethiopian-backed government troops": the phrase's own country word was read and declined
    countries = {m.place.country_code for m in here if m.place is not None and m.place.country_code}
    if len(countries) < 2:
        return None
    target = {
        m.place.country_code
        for m in here
        if m.place is not None
        and m.label != "demonym"  # "Honduran President X": a person of the country, not the country
        and any(a <= m.start_char < b for a, b in aimed)
        and not _where_it_is(doc, m)
    }
    rest = countries - target
    if not target or None in target or len(rest) != 1:
        return None  # "Troops from Chad arrived in Niger, and the government thanked France": whose is not said
    return rest.pop()


def _where_it_is(doc: Doc, m: Mention) -> bool:
    """Whether a place only says where the object is ("stormed its embassy in the Iranian capital"):
    a preposition of place on a noun above it; the protesters there may well be of that country."""
    here = span_at(doc, m.start_char, m.end_char)
    if here is None:
        return False
    tok = here.root
    for _ in range(6):  # "the terminal in Papeete, the capital of French Polynesia": up through the apposition
        if tok.dep_ == "prep" and tok.lower_ in PLACE_PREPOSITIONS and tok.head.pos_ in {"NOUN", "PROPN"}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _whole(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A phrase with all its words ("militants backed by Pakistan" where the frame kept "militants")."""
    here = span_at(doc, span[0], span[1])
    if here is None:
        return span
    right = here.root.right_edge
    clauses = [c for c in here.root.children if c.dep_ == "relcl"]  # "a statement in which Trump ...": no
    if clauses:
        right = doc[max(here.root.i, clauses[0].left_edge.i - 1)]
    return min(span[0], here.root.left_edge.idx), max(span[1], right.idx + len(right))


def _filed(disc: Discourse) -> bool:
    """Whether the story has a dateline the actors' role words may take their country from."""
    return disc.home_country is not None or disc.city_country is not None
