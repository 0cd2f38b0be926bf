"""Whom: the recipient of an event, read from its object and prepositional phrases.

The first candidate phrase that names a country or a known entity; a bare role word ("troops",
"refugees") only when no candidate names more. A complaint's target is what it is about
("complained to the UN over Israeli raids"), not whom it is told to. The actor itself named
again ("Croatia ... by Croatia") is no recipient; another party of its country is. A phrase that
refers back ("both countries", "the president") refers to parties other than the actor's
country ("China, an ally of Pakistan, urged both countries to ...": India and Pakistan).

The candidates, in order: what "in protest against X" names; for a threat, the subject of its
"if"/"unless" condition; for a transfer (lexicon transfer_verbs), where it goes ("extradited the
suspect to Spain"); the objects; the prepositional phrases; for a threat, the named subject of
its warning ("warned that North Korea would ..."); for a protest or an attack, a foreign mission
where it happened ("rallied outside the French embassy"). Each phrase may refer back: "him",
"her", "his X" and a bare surname are a person named before (ActorReader.referent). A state
naming itself ("pulled the United States out of the deal") is no recipient; an embassy or envoy
is its sending state's, except the actor's own, which points at the host; the place someone
fled to or from is none (lexicon fleeing_verbs). The candidates besides the frame's objects and
prepositional phrases are found in candidates.py; an embassy or envoy is read in missions.py; "it"/"them"
named before in partypronoun.py; the agent of an act judged in actagent.py; the government a
coup or a street protest naming no one is aimed at in owngov.py.

Phrases that name the parties of a pair or someone named before: "each other", "the other
(side)" (code.pairs.reciprocal); "it"/"them" charged with or urged to something ("accusing it
of ...": pronoun_party). Phrases that name no one: a role word as an adjective or "a state of
emergency" (no_party), and a state's own forces moved in a force posture or a withdrawal
(own_forces); a force posture faces the neighbour of its border phrase (bordering). Whose words
name the target is no recipient ("struck what New Delhi described as a camp": wording; these
checks, with the broker of a deal and whoever reacts to the act, are in bystanders.py); nor is a
seat of government where a cooperative act happens ("signed at the White House": seat_of) or
a site or town where it was held ("at a naval base in X, Chile": venue.venue_country), nor,
in a purpose clause, the acting state's own state. A coup that names no one ("the army seized
power") is aimed at its own country's government (seized_power).

Sixth session: an act aimed at a "what" clause is aimed at what it names, not at whose words they
are ("struck what it called militant sites in Lebanon": described); what an act takes its actor
out of reads like a "from" phrase ("pulled out of Mali", "out of the deal with Iran": out_of);
"the country" or "the republic" alone is the last country named before (state_anaphor); a
judgement, demand, protest or intent about an act named with its agent is aimed at the agent
("the detention of two soldiers by Turkey": act_agent); recip40: also at the state whose jails hold
those whose release it asks ("the release of 50 prisoners held in Israeli jails": holder.held_in).

Recip32: an attack's to-clause on its object is read as its purpose clause ("launched an offensive
to retake the region": phrases.object_purposes).

Storyrecip49: "them" after a phrase that counts parties in its sentence ("wrote to both leaders,
urging them to ...") is the parties that phrase names (counted_before).

Recip47: a phrase of a sanction that names only the actors' own country (code.parties.not_own_sanction
would drop it all: "suspended all U.S. government arms sales ... to China", "a ban on travel to New
Zealand") tells what is cut, not whom: the next phrase is read ("to China"), else the chain after the
phrases ("... a day after the army seized power": the story's lead doer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.clauses import LOCATIVE_PREPS, conjoined, place_phrase, purpose_clauses
from newsevents.code.groups import accord_name
from newsevents.code.pairs import reciprocal
from newsevents.code.parties import (
    LEAVING_OFFICE,
    meeting_place,
    not_own_sanction,
    state_actor,
    unbordered,
)
from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS
from newsevents.parse.tree import PLACE_ENTS, children, span_at, token_at
from newsevents.parse.tree import text as doc_text
from newsevents.participants.actagent import AGENT_ROOTS, act_agent
from newsevents.participants.actors import ActorReader
from newsevents.participants.addressee import addressee
from newsevents.participants.anaphora import force_named_before
from newsevents.participants.based import based_in
from newsevents.participants.bystanders import bystander
from newsevents.participants.candidates import conditioned, passengers, protested
from newsevents.participants.chamber import own_chamber
from newsevents.participants.described import described
from newsevents.participants.holder import held_in
from newsevents.participants.institutions import home_institution, named_country, told_content
from newsevents.participants.missions import envoy_noun, mission, with_modifiers
from newsevents.participants.owngov import home_government, seized_power
from newsevents.participants.partypronoun import pronoun_party
from newsevents.participants.phrases import (
    bordering,
    carried_to,
    noun_patients,
    object_purposes,
    out_of,
    particle_objects,
    shared_objects,
)
from newsevents.participants.possessor import possessor
from newsevents.participants.setting import placed_party
from newsevents.participants.stateanaphor import state_anaphor
from newsevents.participants.takenup import taken_up
from newsevents.participants.venue import VISIT_CODES, venue_country
from newsevents.participants.wartarget import OPPOSING_ROOTS, war_target
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, countries_of

COMPLAINT_ROOTS = {"11", "12"}  # disapprove / accuse, reject
ABOUT_BEFORE = re.compile(r"\b(?:over|about|against|of)\s+(?:the\s+)?$", re.IGNORECASE)
TO_BEFORE = re.compile(r"\b(?:to|into)\s+$", re.IGNORECASE)
TRANSFER_VERBS = LEXICON["transfer_verbs"]
SETTLER_NOUNS = LEXICON["settler_nouns"]  # a state's own settlers, taken out in a withdrawal
STATE_SECTORS = sector_group("state")
FLEEING_VERBS = LEXICON["fleeing_verbs"]
THREAT_ROOT = "13"  # CAMEO 13: threaten
HOSTILE_ROOTS = {"14", "18", "19", "20"}  # protest, assault, fight, mass violence: a mission there is the target
FORCE_POSTURE = "15"  # CAMEO 15: exhibit force posture
PLACE_ROOTS = {*HOSTILE_ROOTS, "15", "17", None}  # acts done to a place: a place in the phrase may be whom
WHERE_AIMED = {*HOSTILE_ROOTS, FORCE_POSTURE, None}  # acts aimed where they fall: a town in the phrase keeps its party
SINGLE_KINDS = {"border", "protest", "place of a mission", "condition", "reported clause"}  # one phrase, no "and"
ADHERENT_NOUNS = LEXICON["adherent_nouns"]
PLACE_HEADS = LEXICON["place_nouns"] | LEXICON["facility_nouns"] | {"country"}
COOPERATING_ROOTS = {"03", "05", "06"}  # intent to cooperate, diplomatic and material cooperation
PURPOSE_CLAUSE = "in the purpose clause"  # a recipient found only in a clause of the trigger, said in its reason
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


AIMING_PREPS = {"against", "on"}  # "sanctions against Pyongyang": whom a sanction is aimed at


def own_goods(doc: Doc, found: list[ActorRef], actors: list[ActorRef], root: str | None) -> bool:
    """Whether a sanction's phrase names only the actors' own country (code.parties.not_own_sanction
    would drop every party it names), as what is cut ("suspended all U.S. arms sales", "a ban on travel to
    New Zealand"), not as whom the sanction is aimed at ("sanctions against Pyongyang" after an actor
    misread as North Korea: left to not_own_sanction, which drops it)."""
    if not found or root is None or not_own_sanction(found, actors, root)[0]:
        return False
    heads = (token_at(doc, r.start_char) for r in found if r.start_char >= 0)
    return not any(t is not None and t.head.lower_ in AIMING_PREPS for t in heads)


def recipients(
    reader: ActorReader,
    doc: Doc,
    frame: Frame,
    actors: list[ActorRef],
    on_date: dt.date | None,
    disc: Discourse,
    frame_at: Callable[[int], Frame | None],
    root: str | None = None,
    cameo: str | None = None,
) -> tuple[list[ActorRef], str]:
    """(recipients, why). ``frame_at(i)``: the frame of token ``i``, for purpose clauses ("went on
    strike to demand the resignation of X"), read when the event's own phrases name no one.
    ``cameo``: the event's code, for the venue of a cooperative act (venue.venue_country)."""
    text = reader.text
    actor_keys = {(a.key(), a.entity_text.lower()) for a in actors}
    own = countries_of(actors)
    told = disc  # everyone named so far ("its embassy": the state named before, whoever acts)
    if own:  # "China urged both countries", "the president": whom the actor addresses, not the actor
        disc = replace(disc, named=tuple(r for r in disc.named if r.country not in own))
    weak: tuple[list[ActorRef], str] | None = None
    states = [a for a in actors if a.kind in ("country", "org")]
    owner_ok = not any(one_person(doc, sp, states) for sp in frame.actor_spans)  # "his resignation": his own
    extra = (*particle_objects(doc, frame), *out_of(doc, frame))  # "called on Kenyans", "out of Mali"
    preps = frame.recipient_spans + tuple(sp for sp in extra if sp not in frame.recipient_spans)
    if root in COMPLAINT_ROOTS:
        about = [sp for sp in preps if ABOUT_BEFORE.search(text[max(0, sp[0] - 12) : sp[0]])]
        preps = tuple(about) + tuple(sp for sp in preps if sp not in about)
    objects = frame.object_spans or shared_objects(doc, frame)  # "shot and killed a guard"
    order = [("object", objects), ("prepositional phrase", preps)]
    if targets := described(doc, frame):  # "struck what it called militant camps in Lebanon"
        order.insert(0, ("described target", targets))
    if root in HOSTILE_ROOTS and (carried := passengers(doc, frame)):
        order.insert(0, ("people carried", carried))  # "a plane carrying the presidents of X and Y was shot down"
    if targets := protested(doc, frame):  # "in protest against France's reform"
        order.insert(0, ("protest", targets))
    if root == THREAT_ROOT:  # "warned that it would strike if Iran attacked"
        conditions, reported = conditioned(doc, frame)
        order = [("condition", conditions), *order, ("reported clause", reported)]
    if root in HOSTILE_ROOTS:  # "rallied outside the French embassy", "a bomb exploded at the U.S. embassy"
        missions = tuple(with_modifiers(doc, sp) for sp in frame.place_spans if envoy_noun(doc, sp))
        order.append(("place of a mission", missions))
    if root == FORCE_POSTURE:  # "massed troops along its border with Ukraine": the neighbour faced
        order.append(("border", bordering(doc, (*frame.object_spans, *preps, *frame.place_spans))))
    if patients := noun_patients(doc, frame):  # "Russia's annexation of Crimea"
        order.append(("complement", patients))
    if frame.predicate_lemma in TRANSFER_VERBS:  # "extradited the suspect to Spain": where it goes first
        to = tuple(sp for sp in preps if TO_BEFORE.search(text[max(0, sp[0] - 6) : sp[0]]))
        to += tuple(sp for sp in carried_to(doc, objects) if sp not in to)  # "aircraft loaded with food to Samoa"
        order = [("destination", to), ("object", objects), ("prepositional phrase", preps)]
    for kind, spans in order:
        for span in spans:
            named_place = place_phrase(doc, span) or meeting_place(doc, span)
            if kind not in {"object", "place of a mission", "border", "described target"} and named_place:
                continue
            if frame.predicate_lemma in FLEEING_VERBS and a_place(doc, span):  # "fled to Moscow"
                continue
            words = text[span[0] : span[1]]
            if root in AGENT_ROOTS and kind in {"object", "prepositional phrase", "protest"}:
                agent = act_agent(reader, doc, span, actor_keys, on_date, disc)
                agent = agent or held_in(reader, doc, span, actor_keys, on_date, disc)  # "held in Israeli jails"
                if agent is not None:  # "protested against the detention of two soldiers by Turkey"
                    return agent[0], f"recipient from the {kind} '{words}': {agent[1]}"
            pair = reciprocal(words.split(" of ")[0], span, actors, told.named) if kind != "protest" else None
            if pair is not None:  # "accused each other", "each side blamed the other"
                return pair[0], f"recipient from the {kind}: {pair[1]}"
            group = [span, *conjoined(doc, span, preps if kind == "destination" else spans)]  # "to X and Y"
            group = group if kind not in SINGLE_KINDS else [span]
            placed = ""
            found = [
                r
                for sp in group
                for r in reader.span(sp, on_date, disc, unbordered(doc, sp, text))
                if (r.key(), r.entity_text.lower()) not in actor_keys
                and not bystander(doc, r, None if root in PLACE_ROOTS else sp)  # "signed his letter in Tunis"
                and not (kind == "object" and meeting_place(doc, (r.start_char, r.end_char)))  # "talks off Malta"
                and not (root in OPPOSING_ROOTS and war_target(doc, r))  # "protested against a war on Iraq"
            ]
            if kind in {"object", "prepositional phrase"} and found:  # "signed a pact at a base in Ohio"
                found = [r for r in found if not venue_country(doc, frame, r, found, cameo)]
                if root not in WHERE_AIMED and (cameo or "")[:3] not in VISIT_CODES:
                    found, placed = placed_party(found)  # "arrested X in Lyon": where X was, not whom
            found = based_in(reader, doc, span, found, on_date, disc)  # "blamed militants based in Pakistan"
            if kind == "prepositional phrase" and root not in HOSTILE_ROOTS and seat_of(doc, span, found):
                continue  # "signed a treaty at the White House": where, not whom
            if kind == "prepositional phrase" and accord_name(doc, span):
                # "out of the Iran nuclear deal": the country itself; "the Paris climate accord": a city
                found = [r for r in found if r.name and r.name.lower() in words.lower()]
                if not found:
                    continue
            if own_goods(doc, found, actors, root):
                continue  # "suspended U.S. arms sales to China": what the own country cuts, not whom; read on
            why = f"recipient from the {kind} '{', '.join(text[a:b] for a, b in group)}'{placed}"
            if kind == "object" and (asked := own_chamber(doc, found, actors, root)) is not None:
                return asked[0], f"{why}; {asked[1]}"  # "asked parliament to impose martial law"
            if len(group) == 1 and not found and (people := adherents(doc, span, actors)) is not None:
                return people  # "urged his supporters to take to the streets"
            if len(group) == 1:  # "him", "his departure", a surname named before
                earlier = reader.referent(words, span, found, disc, actors, owner_ok and kind == "object")
                if earlier is not None:
                    ref = replace(earlier[0], entity_text=words, start_char=span[0], end_char=span[1])
                    return [ref], f"{why}: {earlier[1]}"
            phrase = span_at(doc, span[0], span[1])
            head = phrase.root if phrase is not None else None
            plural = head is not None and head.tag_ in PLURAL_TAGS  # "the bombers", not "the general"
            # "condemned the killing of the peacekeepers": whom the act judged hit, not whom the judgement aims at
            of_act = head is None or (head.head.lower_ == "of" and head.head.head.pos_ == "NOUN")
            same = force_named_before(words, found, disc.named, plural) if len(group) == 1 and not of_act else None
            if same is not None:
                ref = replace(same[0], entity_text=words, start_char=span[0], end_char=span[1])
                return [ref], f"{why}: {same[1]}"  # "... imposed travel bans on the junta": the junta named before
            if len(group) == 1 and (state := state_anaphor(reader, doc, span, own, on_date, told)) is not None:
                return state[0], f"{why}: {state[1]}"  # "imposed sanctions on the country"
            if not found and kind == "object":  # "cut ties with Qatar, accusing it of ..."
                back = pronoun_party(reader, doc, span, actor_keys, on_date, told, disc)
                back = back or taken_up(words, frame, actors, told)  # "welcomed them": the group told as subject
                if back is not None:
                    return back[0], f"{why}: {back[1]}"
            if len(group) == 1 and kind in OWNED_KINDS and not any(r.country for r in found):
                owner = possessor(reader, doc, frame, span, actors, on_date, told)
                if owner is not None:  # "would not approve their membership": the party "their" takes up
                    return owner[0], f"{why}: {owner[1]}"
            envoy = mission(reader, doc, span, actors, on_date, told)
            if envoy is not None:  # "its embassy in Tehran", "Venezuela's embassy in Bogota"
                if not envoy[0]:
                    continue  # the actor's own envoy with no host named in the phrase ("recalled its ambassador")
                return envoy[0], f"{why}: {envoy[1]}"
            if kind == "place of a mission":
                continue
            if not found or self_named(found, actors) or own_forces(doc, span, found, own, root):
                continue
            if any(named_country(r) or r.kind not in (None, "sector") for r in found):
                return found, why
            weak = weak or (found, why + " (a role word only)")
    if weak is None and (coup := seized_power(doc, frame, actors)) is not None:
        return coup
    if weak is None and (home := home_government(reader, doc, frame, actors, root, on_date, disc)) is not None:
        return home
    if weak is None and root is not None and cameo != LEAVING_OFFICE:  # "resigned, asking Russians to forgive him"
        aims = object_purposes(doc, frame) if root in HOSTILE_ROOTS else []  # "an offensive to retake X"
        for c in [*purpose_clauses(doc, frame), *aims]:
            if told_content(c):
                continue
            inner = frame_at(c.i)
            if inner is None:
                continue
            found, why = recipients(reader, doc, inner, actors, on_date, disc, frame_at)
            found = [r for r in found if not (root in OPPOSING_ROOTS and war_target(doc, r))]  # "to oppose a war on X"
            acting = {a.country for a in actors if a.country and state_actor(a)}  # not students demanding
            # the acting state itself named again in what an accord or cooperation does ("a treaty to
            # destroy all Brazilian weapons", "postponing a decision on Darfur's status"): no party
            joint = root in COOPERATING_ROOTS
            own_state = [r for r in found if joint and itself(doc, r)]
            found = [r for r in found if r.country not in acting or not (r.sector in STATE_SECTORS or r in own_state)]
            if c in aims:  # the object's clause names whom itself ("to retake the region"), not by referring back
                found = [r for r in found if c.left_edge.idx <= r.start_char < c.right_edge.idx + len(c.right_edge)]
            if found:
                return found, f"{why}, {PURPOSE_CLAUSE} '{inner.trigger_text} ...'"
    if weak is not None and (home := home_institution(reader, doc, frame, weak[0], actors, root, on_date, disc)):
        return home[0], f"{weak[1]}; {home[1]}"  # "the prime minister asked parliament to ..."
    if weak is None and (
        addressed := addressee(doc, frame, root, lambda sp: reader.span(sp, on_date, disc), actor_keys)
    ):
        return addressed  # "telephoned Bush, offering his support"
    return weak or ([], "no recipient named")


def itself(doc: Doc, r: ActorRef) -> bool:
    """A country named by its name or a place of it, with no sector: the state itself. Not a demonym
    ("to launch Palestinian self-rule": its people, whom annotators write as the accord's recipient)."""
    words = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
    if words is None or words.root.ent_type_ == "NORP":
        return False
    return r.sector is None and r.kind in ("country", "place")


OWNED_KINDS = {"object", "prepositional phrase"}  # "approve their membership", "voted against its entry"


def seat_of(doc: Doc, span: tuple[int, int], found: list[ActorRef]) -> bool:
    """'signed a treaty at the White House', 'talks in Washington': a seat of government that
    stands for its state (a metonym) after a locative preposition is where a cooperative act
    happened, not whom it is done to."""
    phrase = span_at(doc, span[0], span[1])
    if not found or phrase is None or phrase.root.head.lemma_.lower() not in LOCATIVE_PREPS:
        return False
    return all(r.read is not None and r.read.kind in {"metonym", "capital metonym"} for r in found)


def a_place(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase names a place: a place name, or a place or building noun ("the
    country", "the presidential palace")."""
    phrase = span_at(doc, span[0], span[1])
    return phrase is not None and (phrase.root.ent_type_ in PLACE_ENTS or phrase.root.lemma_.lower() in PLACE_HEADS)


def adherents(doc: Doc, span: tuple[int, int], actors: list[ActorRef]) -> tuple[list[ActorRef], str] | None:
    """'urged his supporters to take to the streets', 'accused his opponents': people named only
    by a noun of adherents (lexicon adherent_nouns) owned by a pronoun are of the country of the
    actor it stands for, when the actors have one country."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or phrase.root.lemma_.lower() not in ADHERENT_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in children(phrase.root)):
        return None
    countries = countries_of(actors)
    if len(countries) != 1:
        return None
    c, end = countries.pop(), phrase.root.idx + len(phrase.root)
    words = doc_text(doc)[phrase.start_char : end]  # "his opponents", not "... of attacking his home"
    why = f"recipient from the phrase '{words}': people of the actor's country, {c}"
    return [ActorRef(words, None, c, c, None, None, None, phrase.start_char, end, why)], why


def self_named(found: list[ActorRef], actors: list[ActorRef]) -> bool:
    """A state acting names itself: "Trump pulled the United States out of the deal", "Putin
    ordered Russia's first mobilisation", "the minister warned that the United States would
    strike". A phrase that names only the country itself by its name (not a demonym, not a name
    inside a phrase about something else: "support from the Montenegro assembly") when every
    actor is that one state or one of its institutions is no recipient; rebels or an opposition
    acting on their own state are ("rebels attacked Colombia")."""
    if not actors or not all(a.country and (a.sector is None or a.sector in STATE_SECTORS) for a in actors):
        return False
    state = {a.country for a in actors}
    return len(state) == 1 and all(
        r.country in state
        and r.sector is None
        and r.kind == "country"
        and r.read is not None
        and r.read.kind == "country name"
        and r.read.prep is None
        for r in found
    )


FORCE_ROOTS = {"15", "08"}  # CAMEO 15: force posture (mobilise, deploy); 08: yield (withdraw)


def own_forces(doc: Doc, span: tuple[int, int], found: list[ActorRef], own: set[str], root: str | None) -> bool:
    """A state moving its own forces names no recipient by them: "Putin ordered the military to
    mobilise", "Clinton ordered U.S. forces out of Somalia", "withdrew its troops from the border"
    (forces of the actor's country, or, in a force posture, forces of no country named); nor by its own
    settlers taken out in a withdrawal ("evacuated its settlers from X": lexicon settler_nouns)."""
    phrase = span_at(doc, span[0], span[1])
    settlers = root == "08" and phrase is not None and phrase.root.lemma_.lower() in SETTLER_NOUNS
    if settlers and own and all(r.country in own for r in found):
        return True
    if root not in FORCE_ROOTS or not own or not all(r.sector == "MIL" for r in found):
        return False
    owned = phrase is not None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(phrase.root))
    return all(r.country in own or (r.country is None and (root == "15" or owned)) for r in found)


def one_person(doc: Doc, span: tuple[int, int], states: list[ActorRef]) -> bool:
    """Whether a phrase may name one person ("Carmona", "the president"): its head is a singular
    noun that names no organisation or nationality, and the phrase resolved to no country or
    organisation (``states``)."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or any(span[0] <= a.start_char < span[1] for a in states):
        return False
    root = phrase.root
    return root.tag_ in {"NN", "NNP"} and root.ent_type_ not in {"ORG", "NORP"}
