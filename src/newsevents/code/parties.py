"""Rules that fill in or check the parties of an event once the parse has named them.

Each rule is small and says why in the actor's ``reason``: unknown people kept as text, the
country of people known only by a role word, ethnic groups, borders in a phrase, and whether an
event has a political party at all (data/code_rules.yaml: apolitical_sectors, people_suffixes).
Parties told as a pair or as a meeting's ("both sides", "each other", "X and Y met") are in
code/pairs.py.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.clauses import LOCATIVE_PREPS, PLACE_NOUNS
from newsevents.code.crowds import place_country
from newsevents.frame.prepositions import PLACE_PART_NOUNS
from newsevents.lexicon import LEXICON, sector_group, table
from newsevents.parse.tree import PLACE_ENTS, children, span_at
from newsevents.records import (
    AGENTLESS_PASSIVE,
    DATELINE,
    ActorRef,
    Event,
    EventLocation,
    Frame,
    LentCountry,
    countries_of,
)

BOUNDARY_NOUNS = LEXICON["boundary_nouns"]
MEETING_NOUNS = LEXICON["meeting_nouns"]
FLEEING_VERBS = LEXICON["fleeing_verbs"]
DOMESTIC_SECTORS = sector_group("domestic")  # state actors that act at home: police, courts, parliaments
STATE_SECTORS = sector_group("state")
NON_STATE_SECTORS = sector_group("non_state")
OFFICIAL_SECTORS = {"GOV"}  # officials: the place they act at does not say whose they are (local_people)
NATIVE_DEMONYMS = table("native_demonyms")  # country -> the demonym that names its own native people there
NATIVE_PEOPLE_NOUNS = LEXICON["native_people_nouns"]
INTERNATIONAL_WORDS = LEXICON["international_adjectives"]  # "Western", "European": no one state's


def _international(r: ActorRef) -> bool:
    return any(w in INTERNATIONAL_WORDS for w in r.entity_text.lower().split())


def countryless(r: ActorRef) -> bool:
    """An actor known only by a role word or by its text (no country, no entity of its own)."""
    return r.country is None and r.kind in (None, "sector")


def _with_country(refs: Sequence[ActorRef], country: str, why: str) -> list[ActorRef]:
    return [r.in_country(country, f"country {country}: {why}") for r in refs]


def local_people(
    people: list[ActorRef], others: list[ActorRef], loc: EventLocation | None, root: str, officials: bool = True
) -> tuple[list[ActorRef], str | None]:
    """People without a country ("prisoners", "students", "supporters of X") are of the country
    where they acted; protesters without a place are of the country whose people they protest to.
    With ``officials`` False (the actors of an event), officials known only by a role word
    (OFFICIAL_SECTORS: "leaders", "governments", "the national security adviser") take no country
    from the place: leaders act where they meet or visit, so the place does not say whose they are
    (rounds 12-24: 1 of 9 such actors was of the place's country); nor do actors a word of several
    states names ("Western donors", "international monitors": lexicon international_adjectives), as
    they take none from the dateline (participants.lending.abroad)."""
    if not people or not all(countryless(a) for a in people):
        return people, None
    if not officials and any(a.sector in OFFICIAL_SECTORS or _international(a) for a in people):
        return people, None
    countries = countries_of(others)
    if loc is not None and loc.country_code:
        country, why = loc.country_code, f"the country of the event's place ({loc.extracted_place})"
    elif root == "14" and len(countries) == 1:
        country, why = countries.pop(), "a protest without a place: the country of its target"
    else:
        return people, None
    return _with_country(people, country, why), f"country {country}: {why}"


LOCAL_PEOPLE_SECTORS = sector_group("local_people")


def from_dateline(r: ActorRef) -> bool:
    """Whether ``r`` was lent the dateline's country (participants.lending), moved since or not."""
    return r.lent is not None and r.lent.by == DATELINE


def placed_home(refs: list[ActorRef], loc: EventLocation | None) -> tuple[list[ActorRef], str | None]:
    """Police, courts, parliaments and people of the street given the dateline's country (they
    were read before the event's place was known) are of the country where the event happened
    when that differs: "police detained hundreds at protests in Moscow" in a story from Kyiv."""
    if loc is None or not loc.country_code:
        return refs, None
    country = loc.country_code
    moved = [
        r
        for r in refs
        if from_dateline(r)
        and r.country != country
        and (r.sector in DOMESTIC_SECTORS or r.sector in LOCAL_PEOPLE_SECTORS)
    ]
    if not moved:
        return refs, None
    why = f"the country of the event's place ({loc.extracted_place}), not the dateline's"
    out = [r.in_country(country, why) if r in moved else r for r in refs]
    return out, f"country {country}: {why}"


def domestic(
    recipients: list[ActorRef], actors: list[ActorRef], root: str, loc: EventLocation | None = None
) -> tuple[list[ActorRef], str | None]:
    """Police, courts and parliaments act at home, and so does whoever coerces (CAMEO 17: arrests,
    bans, restrictions): role words they act on ("police dispersed demonstrators", "the government
    closed the opposition newspaper", "the Taliban banned women from universities") are of their
    country. So are the people outside the state (sector group non_state: rebels, the opposition,
    parties, civilians) that one state acts on ("Ukraine accused separatists", "the government
    accepted the rebels' demands", "the president praised the protesters"), except by force where
    the event's place is in another country or unknown ("warplanes bombed militants"), nor for
    aid ("pledged $50 million for the victims of the cyclone": abroad as often as at home).
    Rebels, the opposition and civilians act against their own state: state institutions they act
    on ("rebels attacked government troops", "dismissed an appeal from the president") are of
    their country."""
    if not recipients or not all(countryless(r) for r in recipients):
        return recipients, None
    home = {a.country for a in actors if a.country and (root == "17" or a.sector in DOMESTIC_SECTORS)}
    if len(home) == 1:
        country = home.pop()
        why = f"people acted on by their own state ({country})"
        return _with_country(recipients, country, why), f"country {country}: {why}"
    state = {a.country for a in actors if a.country and state_actor(a)}
    if (
        len(state) == 1
        and all(state_actor(a) for a in actors if a.country)
        and all(r.sector in NON_STATE_SECTORS for r in recipients)
        and (root not in VIOLENT_ROOTS or (loc is not None and loc.country_code in state))
        and root != AID_ROOT
    ):
        country = state.pop()
        why = f"people outside the state acted on by their own state ({country})"
        return _with_country(recipients, country, why), f"country {country}: {why}"
    home = {a.country for a in actors if a.country and a.sector in NON_STATE_SECTORS}
    if len(home) == 1 and all(r.sector in STATE_SECTORS for r in recipients):
        country = home.pop()
        why = f"the state of a non-state actor of {country} (rebels, opposition, civilians)"
        return _with_country(recipients, country, why), f"country {country}: {why}"
    return recipients, None


VIOLENT_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
AID_ROOT = "07"  # aid "for the victims" goes abroad as often as not (rounds 4-24: 0 of 7 were the giver's own)


def state_actor(a: ActorRef) -> bool:
    """A state, its institutions or its officials: a country or a state sector."""
    return a.sector in STATE_SECTORS or (a.sector is None and a.kind == "country")


def ethnic(refs: list[ActorRef], loc: EventLocation | None, text: str) -> list[ActorRef]:
    """An ethnic group ("ethnic Albanians", "ethnic Serb fighters") is of the country where it
    acts, not of the country its name comes from; so is a people a demonym names in the sense it
    has where the act is told ("Indian peasants" in Mexico: lexicon table native_demonyms)."""
    if loc is None or not loc.country_code:
        return refs
    c = loc.country_code
    out = []
    for r in refs:
        before = text[max(0, r.start_char - 8) : r.start_char].lower()
        if r.country and r.country != c and before.rstrip().endswith("ethnic"):
            r = r.in_country(c, f"an ethnic group in {c}")
        out.append(r)
    return native_peoples(out, c)


def native_peoples(refs: list[ActorRef], c: str | None) -> list[ActorRef]:
    """``refs`` with a people named by a demonym in the sense it has in the country ``c`` where the
    act is told (lexicon table native_demonyms: "Indian peasants" in Mexico) made that country's."""
    native = NATIVE_DEMONYMS.get(c) if c else None
    if not native or c is None:
        return refs
    return [
        replace(r.in_country(c, f"'{native}' names a native people in {c}"), name=None, kb_id=None)
        if r.country and r.country != c and _native_people(r, native)
        else r
        for r in refs
    ]


def _native_people(r: ActorRef, word: str) -> bool:
    """Whether a non-state group is named by the demonym ``word`` with a noun of a native people
    ("Indian rebels", "Indian peasants", "Indians"; lexicon native_people_nouns), not by a country's
    name, a person, a state's body ("the Indian ambassador") or a calling ("Indian engineers")."""
    if r.kind == "person" or r.sector in STATE_SECTORS:
        return False
    words = r.entity_text.replace("-", " ").split()
    if f"{word}s" in words or words == [word]:
        return True  # "Indians", "Mohawk Indians"; the demonym alone ("demanded Indian autonomy")
    if word not in words:  # "the guerrillas" told after "Indian rebels": the country read from the demonym
        read = r.read is not None and r.read.kind == "demonym" and r.read.text == word
        return read and bool(words) and words[-1].lower() in NATIVE_PEOPLE_NOUNS
    at = words.index(word)
    return any(w.lower() in NATIVE_PEOPLE_NOUNS for w in words[at + 1 :])


def unbordered(doc: Doc, span: tuple[int, int], text: str) -> str:
    """The words of a phrase with the names of borders and of named towns blanked out ("a
    stronghold on the Thai border", "Macedonia's border with Bulgaria", "talks in the Kenyan city
    of Mombasa", and the place of a meeting or accord: "talks in Riyadh"): they tell where, not
    whom; so is an act someone is accused of inside the phrase ("separatists of shooting down a
    Malaysia Airlines jet"). Offsets stay. ``text`` is the document's text
    (``doc.text`` joins all its tokens anew on every call)."""
    words = list(text[span[0] : span[1]])
    for tok in span_at(doc, span[0], span[1]) or ():
        if tok.lemma_.lower() in BOUNDARY_NOUNS:
            blank = [c for c in children(tok) if c.dep_ in {"amod", "compound", "poss", "nmod", "prep"}]
        elif tok.dep_ == "prep" and tok.lower_ in {"of", "for"} and tok.idx > span[0]:
            # "accused separatists of shooting down a Malaysia Airlines jet": what they are accused of
            blank = [tok] if any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children(tok)) else []
        elif tok.dep_ == "prep" and tok.lemma_.lower() in LOCATIVE_PREPS:  # "talks in the Kenyan city of X"
            objs = [o for o in children(tok) if o.dep_ == "pobj"]
            held = tok.head.lemma_.lower() in MEETING_NOUNS  # "talks in Riyadh", "a summit in Singapore"
            blank = (
                [tok]
                if any(o.lemma_.lower() in PLACE_NOUNS or (held and o.ent_type_ in PLACE_ENTS) for o in objs)
                else []
            )
        else:
            continue
        for c in blank:
            sub = doc[c.left_edge.i : c.right_edge.i + 1]
            for k in range(max(sub.start_char, span[0]), min(sub.end_char, span[1])):
                words[k - span[0]] = " "
    return "".join(words)


def meeting_place(doc: Doc, span: tuple[int, int]) -> bool:
    """'Riyadh' in "held talks in Riyadh", "a summit in Singapore": the place where a meeting or an
    accord (lexicon: meeting_nouns) was held, not a party to it."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or phrase.root.ent_type_ not in PLACE_ENTS:
        return False
    prep = phrase.root.head
    return prep.lemma_.lower() in LOCATIVE_PREPS and prep.head.lemma_.lower() in MEETING_NOUNS


def home_visit(event: Event) -> bool:
    """A visit with no one visited, by parties of the country where it happens ("Zimbabwe ...
    arrived in Harare"): no visit (CAMEO 042 is a visit to another party)."""
    loc = event.event_loc
    home = {a.country for a in event.actor}
    return (
        event.cameo == "042"
        and not event.recipient
        and loc is not None
        and loc.country_code is not None
        and home == {loc.country_code}
    )


def political(event: Event, apolitical: Collection[str]) -> bool:
    """Whether some party of the event is a named entity of the knowledge base (a country, an
    organisation, a person), has a political sector (data/code_rules.yaml, apolitical_sectors),
    or is a group of people with a country ("prisoners" rioting in Dili). Role words of
    apolitical sectors do not count, even with the country of the place ("a bank's chief
    executive resigned in London"), except in a protest, which is political whoever holds it
    ("students protested outside the embassy in Manila"), and in material conflict, which is
    political whoever it hits ("a journalist was killed in a car bomb explosion in Beirut")."""

    def party(r: ActorRef) -> bool:
        if r.place_people:
            return False  # the people of the event's place (place_recipient): named by no one
        if r.kind not in (None, "sector"):
            return True  # a country, an organisation, a person
        if r.sector and r.sector not in apolitical:
            return True  # police, protesters, rebels ...
        if r.sector and event.cameo_root != "14" and event.quad_code != 4:
            return False  # a bank, scientists, doctors ...
        return r.country is not None

    return any(party(r) for r in (*event.actor, *event.recipient))


COOPERATION_ROOT = "06"  # CAMEO 06: engage in material cooperation
LEAVING_OFFICE = "0831"  # resign, step down: done by the leader, to no one (PLOVER's gold names no target)


def place_recipient(
    recipients: list[ActorRef],
    loc: EventLocation | None,
    quad_class: int,
    actors: Sequence[ActorRef] = (),
    root: str = "",
    predicate: str = "",
    cameo: str = "",
) -> tuple[list[ActorRef], str | None]:
    """A material act with no one named as its target ("lifted the curfew in Montenegro", "troops
    remained on alert in the West Bank") is aimed at the people of the place where it happened,
    except forces moved within their own country ("army troops were sent to the region", CAMEO
    15): a deployment at home is aimed at no one named; nor is a fight, a force posture or a
    material cooperation (CAMEO 19, 15, quad class 2) between two or more parties when the place
    is the country of one of them named as such, not a role word lent the place's country ("the
    army and a paramilitary force fought in Khartoum", "the United States and Cuba restored
    relations"; not "Australian-led troops and police landed in Tonga"): it is done between them.
    Nor is a flight (lexicon fleeing_verbs, ``predicate``): the place fled ("fled the capital",
    "fled the palace in Manila") is where it began, not whom it is done to. Nor is material
    cooperation (CAMEO 06: "joined NATO in Washington", "restored relations at talks in Madrid"):
    it is done between its parties, and its place is where they met. Nor is a resignation (CAMEO
    0831, "resigned", "stepped down"): a leader leaves office, aimed at no one the text names.
    Nor is aid (CAMEO 07) given in the giver's own country ("Assad arrived in Moscow, where he was
    granted asylum"; recip29): a giver gives to others, so its own people there are no recipient.
    """
    if cameo == LEAVING_OFFICE:
        return recipients, None
    if recipients or loc is None or not loc.country_code or quad_class not in {2, 4}:
        return recipients, None
    if root == COOPERATION_ROOT:
        return recipients, None
    if predicate in FLEEING_VERBS:
        return recipients, None
    home = {a.country for a in actors}
    if root == "15" and home == {loc.country_code}:
        return recipients, None
    if root == AID_ROOT and loc.country_code in home:
        return recipients, None
    between = quad_class == 2 or root in {"15", "19"}
    named_home = {a.country for a in actors if not countryless(a) and a.kind != "sector"}
    if between and len({a.key() for a in actors}) >= 2 and loc.country_code in named_home:
        return recipients, None
    c = loc.country_code
    why = f"no target named: the people of the event's place ({loc.extracted_place})"
    return [ActorRef.people_of(c, loc.extracted_place, why)], why


COERCE_ROOT = "17"
PROPERTY_SEIZURE = "171"  # CAMEO 171, seize or damage property (and 1711, 1712): done to things, not to people
# CAMEO 137, threaten with repression ("said those responsible would be punished": derive/statements.punishment)
REPRESSION_THREAT = "137"


EMERGENCY_CODE = "1724"  # CAMEO 1724: impose a state of emergency or martial law


def seized_property(doc: Doc, frame: Frame, code: str, nouns: Collection[str]) -> bool:
    """Whether the act seizes or damages property (CAMEO 171) named as a thing: its object's noun is one of
    ``nouns`` (code_rules property_nouns: "occupied the gas fields"; not "seized control"; types44)."""
    if not code.startswith(PROPERTY_SEIZURE):
        return False
    spans = (span_at(doc, a, b) for a, b in frame.object_spans)
    return any(sp is not None and len(sp) and sp.root.lemma_.lower() in nouns for sp in spans)


def own_people(
    recipients: list[ActorRef], actors: Sequence[ActorRef], root: str, code: str, seized: bool = False
) -> tuple[list[ActorRef], str | None]:
    """A coercion (CAMEO 17) by actors of one country that names no one as its target and no place
    of its own ("President X ordered the arrest of the plotters", "the Bolivian army began arresting
    them", "the Congress approved a state of emergency") is aimed at the people of that country.
    Until the twenty-sixth session (storyact46) only a civil state body's was (not a person's nor an army's); rounds
    26-45 of the stories name the actor's own country as the target of every such act but one. A role
    word whose country the story only lends (the dateline's: "police dispersed them") is still left
    out: taking it too gave rounds 26-45 stories 8 more right recipients, but found one more act in
    round 31 dated by the publication day, below that set's dates floor. A state of emergency or
    martial law (1724) keeps the old limits: rounds 26-45 code the own country for 30 of 31 declared
    by a person or an army, but the first, second and sixth rounds code none, and taking it lowered
    their floored recipient F1. A threat of repression (137: "the minister said those responsible would be
    punished") is aimed at them as the coercion it warns of (storyrec52: rounds 55 and 56 name the speaker's
    own people as the target of such threats against "those responsible"). Property seized or damaged, named as a
    thing (``seized``, seized_property: "ordered troops to occupy the gas fields"), names no people (types44)."""
    if recipients or (root != COERCE_ROOT and code != REPRESSION_THREAT) or not actors:
        return recipients, None
    if seized:  # "troops occupied the gas fields": property seized, no people named
        return recipients, None
    home = {a.country for a in actors}
    if len(home) != 1 or None in home:
        return recipients, None
    if any(a.lent is not None and a.kind != "country" for a in actors):
        return recipients, None  # a role word whose country the story only lends (the dateline's)
    if code == EMERGENCY_CODE and not state_body(actors):
        return recipients, None
    c = next(iter(home))
    assert c is not None
    why = f"no target named: a state's coercion falls on its own people ({c})"
    return [ActorRef.people_of(c, c, why)], why


def state_body(actors: Sequence[ActorRef]) -> bool:
    """Whether the actors are civil state bodies with their country named ("Albania's parliament"; not a
    person, not an army, not a role word alone such as "the committee" of the dateline's country)."""
    if any(a.kind == "person" or a.sector == "MIL" for a in actors):
        return False
    return all(a.kind == "country" and a.sector in STATE_SECTORS for a in actors)


SANCTION_ROOT = "16"
# a state's own rebels or opposition: a sanction may be aimed at them ("broke off talks with the rebels")
OWN_SIDE_TARGETS = sector_group("armed") | {"OPP"}


def not_own_sanction(
    recipients: list[ActorRef], actors: Sequence[ActorRef], root: str
) -> tuple[list[ActorRef], str | None]:
    """A sanction (CAMEO 16: cutting ties, aid, trade or talks, expelling) by actors of one country
    is not aimed at that country: its own name in the sanction's phrases tells what is cut or where
    ("suspended U.S. arms sales to China", "called off a meeting between Shevardnadze and Shultz",
    "tariffs on goods from the United States' trading partners", "a ban on travel to New Zealand"),
    so a recipient of the actors' country is dropped, unless it is that country's rebels or
    opposition ("the government broke off talks with the rebels")."""
    if root != SANCTION_ROOT or not recipients or not actors:
        return recipients, None
    home = {a.country for a in actors}
    if len(home) != 1 or None in home:
        return recipients, None
    kept = [r for r in recipients if r.country not in home or r.sector in OWN_SIDE_TARGETS]
    if len(kept) == len(recipients):
        return recipients, None
    c = next(iter(home))
    return kept, f"dropped {c}: a sanction is not aimed at the actors' own country"


VISIT_CODE = "042"  # CAMEO 042: make a visit


def visited(
    recipients: list[ActorRef], loc: EventLocation | None, actors: Sequence[ActorRef], cameo: str,
    own_phrases: Sequence[str],
) -> tuple[list[ActorRef], str | None]:  # fmt: skip
    """'Gorbachev arrived in Beijing for a summit': a visit that names no host, or only the
    visitor's own country ("on the first state visit by an Uzbek leader"), is to the state of the
    country where it happens, when the visit's own clause names that place (``own_phrases``: its
    locative and prepositional phrases); a visit at home is none (home_visit)."""
    home = countries_of(actors)
    if cameo != VISIT_CODE or loc is None or not loc.country_code or loc.country_code in home:
        return recipients, None
    if not any(loc.extracted_place in p for p in own_phrases):
        return recipients, None
    if any(r.country and r.country not in home for r in recipients):
        return recipients, None
    c = loc.country_code
    why = f"recipient: a visit to {loc.extracted_place}, so the state of {c}"
    return [ActorRef.government_of(c, loc.extracted_place, why)], why


def attacked_place(
    doc: Doc, text: str, obj: tuple[int, int], found: Sequence[ActorRef], loc: EventLocation | None
) -> tuple[list[ActorRef], str] | None:
    """'Serb forces overran the enclave of Zepa', 'troops stormed Kidal': an attack whose object is
    the place where it happened (its own place, stage where, named inside the object) and that
    names no party with a country is aimed at the state of the place's country. A body named as a
    modifier of a place's own name ("the U.N. safe area of Zepa": lexicon place_part_nouns with
    "of") is kept beside it; an object that names a party otherwise ("the U.N. compound in Gaza")
    is left as it is. Like the people of a place (place_recipient), the target is `place:XXX`, not
    the state itself, so that another act aimed at the state is not taken for its retelling."""
    if loc is None or not loc.country_code or not loc.extracted_place:
        return None
    a, b = obj
    if loc.extracted_place not in text[a:b]:
        return None
    phrase = span_at(doc, a, b)
    named_place = (
        phrase is not None
        and phrase.root.lemma_.lower() in PLACE_PART_NOUNS
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in children(phrase.root))
    )
    if found and not named_place:
        return None
    c = loc.country_code
    why = f"recipient: the state of the place attacked ('{loc.extracted_place}', {c})"
    return [*found, ActorRef.people_of(c, text[a:b], why, a, b)], why


def state_of_place(loc: EventLocation | None, home: str | None) -> tuple[list[ActorRef], list[str]]:
    """'About 3,000 people were detained across the country', 'a curfew was imposed in Lima': an
    agentless passive of a state act (data/code_rules.yaml, state_act_roots) is done by the state
    of the event's place, else of the dateline's country; nothing when neither is known."""
    found = place_country(loc, home)
    if found is None:
        return [], []
    country, where = found
    why = f"actor: an agentless passive of a state act, so the state of {where}, {country}"
    return [replace(ActorRef.government_of(country, "", why), lent=LentCountry(AGENTLESS_PASSIVE, country))], [why]
