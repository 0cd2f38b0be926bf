"""Where: the location of an event, by a fallback chain whose every step is a reason on the event.

0. **"here"** beside the trigger in a datelined story: the dateline city.
1. **The event's own clause** (:func:`newsevents.code.location.choose_location`): a place in a
   locative phrase of the predicate or its object, the object of a place-taking verb, then the
   conjoined clauses, the subject's phrases and the single place elsewhere in the sentence.
   Material events (and protests) take all of these; verbal ones only a place in a locative
   phrase of the trigger itself ("met in Luanda", "signed ... in the Caribbean city of
   Cartagena", "told reporters in Nairobi"), of the party met or agreed with ("signed a deal with
   the government in Arusha"), or of an adjunct told before the subject ("In a statement issued
   in Moscow, ... called on"), since a place elsewhere is often only what they are about. A material
   act of a verb of taking out with none of these: the town of its "from" phrase ("abducted pupils
   from a school in X": where/taken.py).
2. **The destination** of a verb of going, sending or visiting, also for an act done by going
   ("sent negotiators to Havana to meet ..."); where the actor was, told as the setting of the act;
   for a verbal event the meeting it was made at ("agreed to a ceasefire after talks in Geneva"), or
   the meeting of its actors it is coordinated after ("held talks in Paris and agreed ..."), or the town
   of any other act of its actors it is coordinated after (where/sharedscene.py);
   for a meeting or an agreement the place that names it ("the Geneva talks ended") or the place
   told last in its object's phrase, right before the day ("signed a declaration on fisheries
   cooperation in Lisbon on Tuesday": where/closing.py).
3. **The nearest place of the sentence** by distance in the dependency tree: a place in a
   locative phrase (never "from", never where a speaker was, never inside what a verbal event
   says, never wider than a country or where another verb of going went).
4. **The seat** of a state (its capital on the story's day) or an organisation
   (data/geo/seats.tsv) for its statement or decision, when the state or organisation itself acts;
   an organisation's own meeting too ("the Security Council met": its seat).
5. **The story's place**: the event told just before, or the dateline city for an event local to
   the story or told in the lead sentence, when the sentence names no other place it sets an act
   in (a demonym, an origin: where/whose.elsewhere_named).
6. **The seat** of a state's or an organisation's people.
7. **The country of the actors** for a domestic event, narrowed to the one town (or division, or
   site) its sentence names; its capital (on the story's day) for the state's own act (a
   statement, decision, resignation or coercion by its government or parliament, or a coup by
   its army), unless the actor phrase names a town of the sentence (a local government).
8. Else none.

A country's name that says whose a state's agents are ("a U.S. president", "U.S. Air Force planes") or
stands for its state ("relations with Britain") is no place in any step (where/whose.py).

A capital that stands for its state in the actor phrase of a domestic event ("Madrid had declared")
is not taken by step 7: it says who acted, not where (where/actorphrase.py).

A country chosen by steps 1-3 is narrowed to the dateline city when that city lies in it. Every
location carries a precision (``city``, ``admin1`` or ``country``; ``EventLocation.precision``).

Before step 3, an act told in a participle adjunct or an "as" / "with" clause takes the town of the clause
whose scene it shares (where/headclause.py). Step 3 is read in where/nearest.py; the seat and capital steps
(4, 6, 7) in where/seat.py.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.location import choose_location, event_location, place_location, precision
from newsevents.code.verbframes import CameoCode
from newsevents.frame.locative import TIER_MARKERS
from newsevents.geo import haversine_km
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import lowered_conjunct, trigger_span, whereabouts
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, EventLocation, Frame, Mention, Place, countries_of
from newsevents.where.actorphrase import (
    ACTOR_TOWN,
    POSTED,
    actor_town,
    local_office,
    posted,
    posted_at,
    towns_acting,
)
from newsevents.where.chamber import chamber_site
from newsevents.where.closing import closing_place
from newsevents.where.destination import VISITING_VERBS, place_noun_head, sentence_places, where_gone
from newsevents.where.headclause import HEAD_CLAUSE, head_clause_town
from newsevents.where.left import YIELDING_ROOT, place_left
from newsevents.where.narrowing import TARGET_TOWN, names_target, target_town
from newsevents.where.nearest import PLACE_PREPS, locative_object, nearest_place, tree_distance, with_ancestors
from newsevents.where.said import (
    MEETING_ROOTS,
    meeting_adjunct,
    meeting_setting,
    named_meeting,
    said_there,
    shared_meeting,
    told_chamber,
    where_told,
)
from newsevents.where.seat import seat_location, state_own_act
from newsevents.where.sharedscene import SHARED_SCENE, shared_scene
from newsevents.where.steps import (
    CAPITAL_FOR_STATE,
    DOMESTIC_CHAMBER,
    DOMESTIC_TOWN,
    NARROWED,
    SEAT,
    STATE_CAPITAL,
    Placing,
    continued,
)
from newsevents.where.story import NO_SETTING, Setting, Told, story_place
from newsevents.where.taken import TAKEN_FROM, taken_from
from newsevents.where.whose import elsewhere_named, party_like, state_metonym

__all__ = ["location", "said_there"]

# CAMEO roots of material acts done from afar: a reduction of relations or a sanction ("imposed sanctions on a
# Moscow bank") is decided at home, not where the thing it names is (no town of the object or the doer; places44)
AFAR_ROOTS = frozenset({"16"})
# Adverbs that place an act in the dateline's city ("arraigned in federal court here").
DATELINE_ADVERBS = LEXICON["dateline_adverbs"]
# Prepositions of a destination: "flew to Belfast", "stormed into X".
GOING_VERBS = LEXICON["going_verbs"]
VISITING_WORDS = LEXICON["visiting_verbs"]  # "on a visit to Poland", "on a tour of Asia": the noun of a visit
# Clauses of a verbal event that hold what it says, not where it was said.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "csubj"})
# A meeting in the subject's phrase ("delegates meeting in X", "envoys at a conference in X"): its nouns, and the
# participles of its verbs that the parser may read as nouns (place58)
_CONVENING = LEXICON["convening_nouns"]
_CONVENING_FORMS = frozenset(f"{v}ing" if not v.endswith("e") else f"{v[:-1]}ing" for v in LEXICON["convening_verbs"])


def _elsewhere(doc: Doc, frame: Frame, m: Mention) -> str | None:
    """Why a place of the sentence outside the event's own clause is not where it happened: it is
    wider than a country ("the first coup in Central America"), or it stands in the phrase of
    another verb of going ("stepped down and flew into exile in Nigeria"); None if neither."""
    if m.place is not None and precision(m.place) is None:
        return f"'{m.text}' is wider than a country"
    span = span_at(doc, m.start_char, m.end_char)
    trigger = trigger_span(doc, frame)
    if span is None or trigger is None:
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.i != trigger.root.i and verb.lemma_.lower() in GOING_VERBS:
        return f"'{m.text}' is where '{verb.text}' went"
    return None


def _left(doc: Doc, m: Mention) -> bool:
    """A place named as the one left ("pulled its troops out of X"): where the act was, not whose
    people it was aimed at (its country is lent to no party)."""
    span = span_at(doc, m.start_char, m.end_char)
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in {"compound", "appos", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out"


def _speaker_setting(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """Where the actor was when acting, told as a setting before the subject or beside it: "From
    his hotel in Geneva, the president declared ...", "Speaking by telephone from his farm near
    Eldoret, the opposition leader accused ...", "The Ugandan president, visiting Kigali on
    Wednesday, warned ...". A verb coordinated with the one the setting opens shares it (also one the
    parser hung on a verb of that verb's clause, parse.syntax.lowered_conjunct); what
    the actor reports ("said the gunmen had come from X") does not."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.i != verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        # a conjunct the parser hung on a verb of the first conjunct's clause continues the verb above
        # ("The president, visiting Kigali, told reporters that the army would hunt down the rebels and urged ...")
        verb = lowered_conjunct(verb) or verb.head
    while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} and not _subjects(verb):
        # a to-infinitive shares the setting of the verb it hangs on, whose subject acts ("Ministers meeting in X
        # failed to agree ...": places55)
        verb = verb.head
    subjects = _subjects(verb)
    if not subjects:
        return None
    found: list[tuple[int, Mention]] = []
    for m, span in sentence_places(doc, frame, places):
        path = list(itertools.takewhile(lambda x: x.i != verb.i, with_ancestors(span.root)))
        if not path or path[-1].head.i != verb.i:
            continue
        top = path[-1]
        inner = path[:-1]
        if any(x.dep_ not in _SETTING_DEPS and not whereabouts(x) for x in inner) or any(
            x.dep_ == "advcl" for x in inner
        ):
            continue
        fronted = top.dep_ in {"prep", "advcl"} and all(top.right_edge.i < s.left_edge.i for s in subjects)
        # "Bush, speaking at his home in X, called ...", "Biden, on a visit to Poland, called ...": a participle or
        # a visit set off between the subject and the verb
        between = top.i < verb.i and all(s.right_edge.i < top.i for s in subjects)
        visit = any(x.dep_ == "pobj" and x.lemma_.lower() in VISITING_WORDS for x in path)
        if between and ((top.dep_ == "advcl" and top.tag_ == "VBG") or (top.dep_ == "prep" and visit)):
            found.append((len(path), m))
            continue
        if fronted and (top.dep_ == "advcl" or top.lower_ in PLACE_PREPS | {"from"}):
            found.append((len(path), m))
            continue
        beside = top.dep_ in {"nsubj", "nsubjpass"} and (
            visit or any((x.dep_ == "acl" and _participle(x)) or whereabouts(x) for x in inner) or _convened_at(path)
        )
        visited = any(x.dep_ == "dobj" and x.head.lemma_.lower() in VISITING_VERBS for x in path)
        placed = any(x.dep_ == "prep" and x.lower_ in PLACE_PREPS | {"from"} for x in inner)
        if beside and (visited or placed or visit):
            found.append((len(path), m))
    return min(found, key=lambda x: x[0])[1] if found else None


def _convened_at(path: Sequence[Token]) -> bool:
    """Whether a place of the subject's phrase stands in a locative phrase of a meeting's noun there, from the
    place up (``path``): "Delegates meeting in X approved ...", "Members of parliament meeting in the town of X
    approved ...", where the parser reads "meeting" as a noun of the subject's phrase, and "Envoys at a
    conference in X agreed ...": the subject's members acted at that meeting (place58)."""
    preps = [i for i, x in enumerate(path) if x.dep_ == "prep" and x.lower_ in PLACE_PREPS]
    return bool(preps) and any(
        x.lemma_.lower() in _CONVENING or x.lower_ in _CONVENING_FORMS for x in path[preps[0] + 1 :]
    )


def _participle(tok: Token) -> bool:
    """A participle, also one the tagger read as a noun ("leaders meeting in X": places55)."""
    return tok.tag_ == "VBG" or (tok.tag_ == "NN" and tok.lower_.endswith("ing"))


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


# Arcs a place may stand under in a setting: names, phrases, nouns, a participle and its object.
_SETTING_DEPS = frozenset({"pobj", "prep", "compound", "appos", "amod", "poss", "dobj", "acl", "advcl", "npadvmod"})


def _said_there_instead(
    doc: Doc, frame: Frame, places: Sequence[Mention], chosen: Mention, consult: bool
) -> Mention | None:
    """Another place of the event's own clause, a town, that stands in its own locative phrase,
    when the first one is only what it is about ("signed an accord in X on the future of Y": X),
    in the order of the clause's phrases."""
    own: list[tuple[int, int]] = []
    for span in frame.place_spans:
        if span in TIER_MARKERS:
            break
        own.append(span)
    best: tuple[int, Mention] | None = None
    for m, _ in sentence_places(doc, frame, places):
        if m is chosen or m.place is None or m.place == chosen.place or precision(m.place) != "city":
            continue  # a town or a site, not a country ("called on Russia")
        k = next((i for i, (a, b) in enumerate(own) if a <= m.start_char and m.end_char <= b), None)
        if k is None or (best is not None and best[0] <= k):
            continue
        if said_there(doc, frame, m, consult=consult):
            best = (k, m)
    return best[1] if best is not None else None


def location(
    doc: Doc,
    frame: Frame,
    code: CameoCode,
    places: Sequence[Mention],
    setting: Setting = NO_SETTING,
    actors: Sequence[ActorRef] = (),
    told: Sequence[Told] = (),
    verbal: bool = False,
    year: str | None = None,
) -> Placing:
    """(the event's location or None, why, whether it may tell the parties' countries: a material
    event's own clause's place, the step that gave it): the first step of the chain that gives one. ``told``: the
    located events told before in the article (the last one is continued). A country named in
    the sentence is narrowed to the dateline city when that city lies in it ("police fired on
    protesters in Kenya" under a NAIROBI dateline). ``verbal``: placed as a statement whatever its
    code (an admission: "admitted that its agents had sunk the ship in Auckland" was not in Auckland).
    ``year``: the year of the event's own date words, where its clause has them (an event of another
    year does not continue the place of the event told just before)."""
    loc, why, own, step = _chain(doc, frame, code, places, setting, actors, told, verbal, year)
    material = (code.quad_class in {2, 4} or code.root == "14") and not verbal
    # a division only for a material act ("crossed into Texas at Laredo"), and not a direction's region
    wide = loc is not None and (loc.precision == "country" or (material and loc.resolution == "admin1"))
    if loc is not None and wide and continued(step):
        division = loc if loc.precision != "country" else None
        inside = _city_named_in(doc, frame, places, loc.country_code, division, material)
        if inside is not None and inside.place is not None:
            narrowed = dataclasses.replace(event_location(inside), extracted_place=loc.extracted_place)
            return Placing(
                narrowed, f"{why}; narrowed to '{inside.text}', a place in that country the sentence names", own, step
            )
    city = setting.dateline
    if (
        loc is not None
        and city is not None
        and loc.precision == "country"
        and loc.country_code == city.country_code
        and continued(step)
    ):
        narrowed = dataclasses.replace(place_location(city, city.name), extracted_place=loc.extracted_place)
        return Placing(narrowed, f"{why}{NARROWED} '{city.name}' in that country", own, step)
    return Placing(loc, why, own, step)


def _city_named_in(
    doc: Doc, frame: Frame, places: Sequence[Mention], country: str | None, division: EventLocation | None = None,
    material: bool = False,
) -> Mention | None:  # fmt: skip
    """A city of ``country`` (of the ``division`` chosen, where it was one: by its code, or where the
    gazetteer gives it none within :data:`DIVISION_KM` of its point) that the
    event's sentence names in a locative phrase ("invaded Kuwait and seized the palace in Kuwait City",
    "attacks across Afghanistan, including Kabul", "crossed into Texas at Laredo"): the one nearest the
    trigger in the tree. For a material act also a town that names what the act was done to
    (:func:`newsevents.where.narrowing.names_target`: "set fire to a Toulouse police station in France",
    "struck Syria's Palmyra air base": places55)."""
    trigger = trigger_span(doc, frame)
    if trigger is None or country is None:
        return None
    best: tuple[int, Mention] | None = None
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or m.place.country_code != country or precision(m.place) != "city":
            continue
        if division is not None and (not _in_division(m.place, division) or _coordinated(span.root)):
            continue  # "bombed bases in X and the coastal city of Y": Y beside the division X, not in it
        where = locative_object(span.root, trigger.root, verbal=False)
        if _elsewhere(doc, frame, m) or not (where or (material and names_target(span.root, trigger.root))):
            continue
        d = tree_distance(span.root, trigger.root)
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best is not None else None


# How far from a division's point a town may lie to be read as in it, where the gazetteer gives the division no
# code (a division of the curated regions: "Chiapas", "Moxico"); places55
DIVISION_KM = 300.0


def _in_division(place: Place, division: EventLocation) -> bool:
    """Whether a town lies in a first-level division: the same code, or near its point when it has none."""
    if division.admin1 is not None:
        return place.admin1 == division.admin1
    if division.lat is None or division.lon is None:
        return False
    return haversine_km(place.lat, place.lon, division.lat, division.lon) <= DIVISION_KM


def _coordinated(tok: Token) -> bool:
    """Whether a place's name is one of coordinated places ("in X and the city of Y")."""
    head = place_noun_head(tok)
    return head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)


def _chain(
    doc: Doc,
    frame: Frame,
    code: CameoCode,
    places: Sequence[Mention],
    setting: Setting = NO_SETTING,
    actors: Sequence[ActorRef] = (),
    told: Sequence[Told] = (),
    verbal: bool = False,
    year: str | None = None,
) -> Placing:
    """The chain of :func:`location` without the refinements."""
    material = (code.quad_class in {2, 4} or code.root == "14") and not verbal
    trigger = trigger_span(doc, frame)
    city = setting.dateline
    if (
        city is not None
        and trigger is not None
        and any(c.dep_ == "advmod" and c.lower_ in DATELINE_ADVERBS for c in trigger.root.children)
    ):  # "was arraigned in federal court here": the city the story is filed from
        why = f"'here' in a story filed from '{city.name}': the dateline city"
        return Placing(place_location(city, city.name), why, material)
    usable = [m for m in places if not party_like(doc, m)]
    chosen, why = choose_location(frame, usable, sentence_fallback=material, doc=doc if material else None)
    if chosen is not None and "nothing in the event's own clause" in why and (away := _elsewhere(doc, frame, chosen)):
        chosen, why = None, f"no place of its own; {away}"
    named = [m for m in places if m.sentence_index == frame.sentence_index and m.place is not None]
    countries = countries_of(actors)
    scene = [m for m in named if not elsewhere_named(doc, m)]  # what may set the sentence elsewhere
    story = story_place(frame, scene, setting, countries, told, year, material)
    if chosen is not None and chosen.place is None:
        # a name without coordinates ("the Palestine Hotel"): the story's place lends them
        if story is not None:
            loc, how, step = story
            return Placing(
                dataclasses.replace(loc, extracted_place=chosen.text), f"{why}; coordinates of {how}", True, step
            )
        return Placing(event_location(chosen), why, True)
    if chosen is not None and material:  # a place left, or told of by a "where" clause, lends no party its country
        return Placing(event_location(chosen), why, not _left(doc, chosen) and not where_told(doc, frame, chosen))
    taken = taken_from(doc, frame, usable) if chosen is None and material else None
    if taken is not None:  # "abducted pupils from a school in X", "rescued hostages from a house in X"
        how = f"{TAKEN_FROM}: '{taken.text}' ({taken.reason})"
        return Placing(event_location(taken), f"{why}; {how}", False)
    if chosen is not None and said_there(doc, frame, chosen, consult=code.root in MEETING_ROOTS):
        # a region or country in the act's own phrase is what it is about when an adjunct names the meeting it came
        # out of in a town: "agreed a ceasefire in the east of the country after all-night talks in X" (places53)
        wide = chosen.place is not None and precision(chosen.place) != "city"
        met = meeting_adjunct(doc, frame, usable) if wide else None
        if met is not None and met.place is not None and precision(met.place) == "city":
            how = f"made at the meeting an adjunct of the act tells of: '{met.text}' ({met.reason})"
            return Placing(event_location(met), f"'{chosen.text}' is wider than the meeting's town; {how}", False)
        # where a statement or a meeting was made says nothing of whose its parties are
        return Placing(event_location(chosen), why, False)
    whys = [why]
    if chosen is not None:
        whys = [f"'{chosen.text}' is what the statement is about, not where it was made "
                "(a verbal event takes only its own locative phrase)"]  # fmt: skip
        other = _said_there_instead(doc, frame, usable, chosen, consult=code.root in MEETING_ROOTS)
        if other is not None:
            how = f"location '{other.text}' in a locative phrase of '{frame.trigger_text}' ({other.reason})"
            return Placing(event_location(other), f"{whys[0]}; {how}", False)
    left = place_left(doc, frame, usable) if code.root == YIELDING_ROOT else None
    if left is not None:  # "the last soldiers left the Gaza Strip", "began withdrawing from Kosovo"
        how = f"the place the withdrawal left: '{left.text}' ({left.reason})"
        return Placing(event_location(left), f"{whys[0]}; {how}", False)
    goes = where_gone(doc, frame, usable)
    if goes is not None:
        how = f"the destination of '{frame.trigger_text}': '{goes.text}' ({goes.reason})"
        return Placing(event_location(goes), f"{whys[0]}; {how}", material)
    setting_place = _speaker_setting(doc, frame, usable)
    if setting_place is not None:
        how = f"where the actor was, told as the setting of the act: '{setting_place.text}' ({setting_place.reason})"
        return Placing(event_location(setting_place), f"{whys[0]}; {how}", False)
    met = meeting_setting(doc, frame, usable) if not material else None
    if met is not None:  # "talks in Geneva collapsed after the president insisted that ..."
        how = f"said at the meeting its head or time clause tells of: '{met.text}' ({met.reason})"
        return Placing(event_location(met), f"{whys[0]}; {how}", False)
    met = meeting_adjunct(doc, frame, usable) if not material else None
    if met is not None:  # "agreed to a ceasefire after talks in Geneva", "met at talks in Vienna"
        how = f"made at the meeting an adjunct of the act tells of: '{met.text}' ({met.reason})"
        return Placing(event_location(met), f"{whys[0]}; {how}", False)
    met = shared_meeting(doc, frame, usable) if not material else None
    if met is not None:  # "held talks in Paris and agreed to ...": done at the meeting it follows
        how = f"done at the meeting it is coordinated after: '{met.text}' ({met.reason})"
        return Placing(event_location(met), f"{whys[0]}; {how}", False)
    first_act = shared_scene(doc, frame, usable) if not material else None
    if first_act is not None:  # "condemned the invasion in Moscow and called on ...": told where the first act was
        how = f"{SHARED_SCENE}: '{first_act.text}' ({first_act.reason})"
        return Placing(event_location(first_act), f"{whys[0]}; {how}", False)
    by_name = named_meeting(doc, frame, usable) if code.root in MEETING_ROOTS else None
    if by_name is not None:  # "The Geneva talks between the rebels and the government ended"
        how = f"the meeting is named by its place: '{by_name.text}' ({by_name.reason})"
        return Placing(event_location(by_name), f"{whys[0]}; {how}", False)
    closing = closing_place(doc, frame, usable) if not material and code.root in MEETING_ROOTS else None
    if closing is not None:  # "signed a declaration on fisheries cooperation in Lisbon on Tuesday"
        how = f"the place told last in its object's phrase, right before the day: '{closing.text}' ({closing.reason})"
        return Placing(event_location(closing), f"{whys[0]}; {how}", False)
    chamber = told_chamber(doc, frame) if code.quad_class not in {2, 4} else None
    iso3 = next(iter(countries)) if chamber is not None and len(countries) == 1 else None
    capital = setting.capital(iso3) if iso3 is not None and setting.capital is not None else None
    if capital is not None:  # "told parliament that ...": said where the chamber sits
        how = f"told to '{chamber}' by a speaker of {iso3}: {SEAT} its chamber, the capital '{capital.name}'"
        return Placing(place_location(capital, capital.name), f"{whys[0]}; {how}", False, "seat")
    here = [m for m in usable if m.sentence_index == frame.sentence_index and not _elsewhere(doc, frame, m)]
    shared = head_clause_town(doc, frame, here)
    if shared is not None:  # "stormed the residence in X, taking hostages and demanding ...": that scene's town
        how = f"{HEAD_CLAUSE}: '{shared.text}' ({shared.reason})"
        return Placing(event_location(shared), f"{whys[0]}; {how}", False)
    near = nearest_place(doc, frame, here, verbal=not material)
    if near is not None:
        m, d = near
        how = f"the nearest place of the sentence in a locative phrase: '{m.text}' ({d} arcs from "
        how += f"'{frame.trigger_text}'; {m.reason})"
        return Placing(event_location(m), f"{whys[0]}; {how}", False)
    on_site = material and code.root not in AFAR_ROOTS  # an act done where its doer or its thing is (places44)
    target = target_town(doc, frame, here) if on_site else None
    if target is not None:  # "troops secured Bangui airport": the act was done to a thing of that town (places44)
        how = f"{TARGET_TOWN}: '{target.text}' ({target.reason})"
        return Placing(event_location(target), f"{whys[0]}; {how}", False)
    doer = actor_town(doc, frame, here, actors) if on_site else None
    if doer is not None:  # "Kabul police arrested three Pakistani men, Pakistan said": where its doer is (places44)
        how = f"{ACTOR_TOWN}: '{doer.text}' ({doer.reason})"
        return Placing(event_location(doer), f"{whys[0]}; {how}", False)
    seat = seat_location(code, actors, setting)
    if seat is not None:
        return Placing(seat[0], f"{whys[0]}; {seat[1]}", False, seat[2])
    if story is not None:
        return Placing(story[0], f"{whys[0]}; {story[1]}", False, story[2])
    seat = seat_location(code, actors, setting, persons=True)
    if seat is not None:
        return Placing(seat[0], f"{whys[0]}; {seat[1]}", False, seat[2])
    if (post := posted_at(actors, setting.dateline)) is not None:  # "UNITED NATIONS - Kuwait's ambassador urged"
        return Placing(place_location(post, post.name), f"{whys[0]}; {POSTED} '{post.name}'", False, "dateline")
    standing = towns_acting(frame, here)
    if (
        len(countries) == 1
        and {m.place.country_code for m in named if m.place is not None} <= countries
        and (setting.country in {None, *countries})
        and not any(posted(a) for a in actors)  # an envoy's act is not at home ("Peru's envoy rejected")
    ):
        iso3 = next(iter(countries))
        capital = setting.capital(iso3) if setting.capital is not None and state_own_act(code, actors) else None
        if capital is not None and capital.geonameid in standing:  # "Madrid had declared ..."
            return Placing(None, f"{whys[0]}; {CAPITAL_FOR_STATE}", True, "none")
        if capital is not None and local_office(frame, here, capital):
            capital = None
        if capital is not None:
            why = f"{whys[0]}; {STATE_CAPITAL}: the capital of its actors' country '{capital.name}' ({iso3})"
            return Placing(place_location(capital, capital.name), why, False, "state_capital")
        country = setting.country_place(iso3) if setting.country_place is not None else None
        town = _one_town(doc, frame, here, verbal=not material)
        if country is not None and town is not None and town.place is not None:
            why = f"{whys[0]}; {DOMESTIC_TOWN} '{town.text}' in its actors' country ({iso3})"
            return Placing(place_location(town.place, town.text), why, False, "domestic")
        chamber = chamber_site(doc, frame) if material and setting.capital is not None else None
        sits = setting.capital(iso3) if chamber is not None and setting.capital is not None else None
        if sits is not None:  # "gunmen stormed parliament": in the capital, not anywhere in the country
            why = f"{whys[0]}; {DOMESTIC_CHAMBER} '{chamber}': the capital of its actors' country '{sits.name}'"
            return Placing(place_location(sits, sits.name), f"{why} ({iso3})", True, "domestic")  # its own clause
        if country is not None:
            why = f"{whys[0]}; a domestic event: the country of its actors ({iso3})"
            return Placing(place_location(country, country.name), why, False, "domestic")
    return Placing(None, whys[0], True, "none")


def _one_town(doc: Doc, frame: Frame, here: Sequence[Mention], verbal: bool = False) -> Mention | None:
    """The one town the sentence of a domestic event names ("the worst unrest X has seen", "a
    Minneapolis police station", "abducted girls from a school in X"): a domestic event with no
    place of its own happened there rather than anywhere in the country; else its one first-level
    division or site ("an offensive against the ruling party of the Tigray region"). None when the
    sentence names two (which of them is not told). For a verbal event only a town in a locative
    phrase outside what it says ("demanded that the rebels on X be fought" was not said on X). A capital
    that stands for its state ("that Madrid had declared illegal": where/whose.state_metonym) is none."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    points = [
        m for m, span in sentence_places(doc, frame, here)
        if m.place is not None and (not verbal or locative_object(span.root, trigger.root, verbal=True))
        and not state_metonym(doc, m)  # "a referendum that Madrid had declared illegal": the state, not a town
    ]  # fmt: skip
    for level in ("city", "admin1"):
        found = {m.place.name: m for m in points if m.place is not None and precision(m.place) == level}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None
