"""The destination of a force posture: where forces are moved is whom the move is aimed at.

A force posture (CAMEO 15: mobilise, deploy, send or order forces) that names no party is aimed at
the country of the place its forces are moved into: "the governor ordered the National Guard into
the city" (the people of the city's country, the act's own country when it is at home: the
analysed rounds code a deployment into a city of the actor's own country so), "sent troops to the
province" (the province's country). The place is a place mention (stage places, resolved by the
gazetteer to a country) that stands in one of the frame's prepositional phrases after a
preposition of lexicon deployment_prepositions, named there by its name: a demonym names no place of
its own, and a noun that refers back to a place named before ("sent tanks into the capital") is
left out: the analysed rounds code tanks sent into the putschists' own capital in a coup with no
recipient (rounds 12, 19 and 27). A phrase that names a party (a country, a government) is read by
participants/recipients.py before this.

Sentrecip51: a deployment (CAMEO 154) by a state that names no destination by its name is a
deployment at home when nothing in its sentence is of another country ("deployed soldiers on the
streets", "activated the National Guard", "sent in more troops", "ordered troops onto the streets"):
the people of the state's own country (:func:`deployed_at_home`). Not forces raised rather than moved
(lexicon force_raising_words: "ordered a mobilisation", "called up reservists"), which the analysed
rounds code with no recipient or with the enemy the sentence names; nor armour moved (lexicon
armour_nouns: "deployed tanks in Moscow", a show of force in a coup, coded with no recipient).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsevents.code.parties import state_actor
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.participants.homeaim import story_home
from newsevents.progress import Discourse
from newsevents.recognize.capital_named import DESCRIPTIONS
from newsevents.records import ActorRef, Frame, Mention, sole_country

DEPLOYMENT_PREPOSITIONS = LEXICON["deployment_prepositions"]
FORCE_RAISING_WORDS = LEXICON["force_raising_words"]
ARMOUR_NOUNS = LEXICON["armour_nouns"]
NOT_AT_HOME_OBJECTS = FORCE_RAISING_WORDS | ARMOUR_NOUNS  # forces raised, or armour shown
DEPLOY_CODE = "154"  # CAMEO 154: mobilise or deploy armed forces
FORCE_POSTURE = "15"  # CAMEO 15: exhibit force posture
# place mentions that do not name the destination by its name: a demonym, and a noun that describes
# or refers back to a place ("the capital", "the city": recognize/ labels them "description", "anaphor")
NO_POINT = {"demonym", "anaphor", *DESCRIPTIONS}


def deployed_into(
    doc: Doc, frame: Frame, places: Sequence[Mention], root: str | None
) -> tuple[list[ActorRef], str] | None:
    """(the people of the destination's country, why) for a force posture moved into a place
    named in a prepositional phrase of its frame; else None."""
    if root != FORCE_POSTURE:
        return None
    for a, b in frame.recipient_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or phrase.root.dep_ != "pobj" or phrase.root.head.lower_ not in DEPLOYMENT_PREPOSITIONS:
            continue
        for m in places:
            if m.place is None or not m.place.country_code or m.label in NO_POINT or not a <= m.start_char < b:
                continue
            c = m.place.country_code
            why = (
                f"recipient: the place forces are moved into ('{phrase.root.head.text} {m.text}'): "
                f"the people of its country, {c}"
            )
            return [ActorRef.people_of(c, m.text, why, m.start_char, m.end_char)], why
    return None


def deployed_at_home(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], places: Sequence[Mention], code: str,
    named: Callable[[], set[str]], placed_in: str | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(the people of the actors' country, why) for a deployment (CAMEO 154) by a state of one country
    (a country, or institutions of the state; not a role word whose country the story only lends) that
    names no one: "President X deployed soldiers on the streets", "the governor activated the National
    Guard", "sent in more troops". Not when the event's place (``placed_in``), a place named in its
    sentence (``named()``: their countries), the dateline, or a party or place the story names up to
    the trigger (``disc``: homeaim.story_home) is of another country ("Iraqi troops invaded Kuwait ...
    Iraq massed more troops"), nor when a phrase after a preposition
    of deployment names a place the gazetteer gives no country or another country ("ordered a carrier
    group to the eastern Mediterranean", "sent troops to West Africa"), nor when forces are raised rather
    than moved (the trigger or an object's head in lexicon force_raising_words: "ordered a mobilisation",
    "called up reservists"), nor armour (an object's head in lexicon armour_nouns: "deployed tanks in the
    capital"). Else None."""
    if code != DEPLOY_CODE or not actors:
        return None
    c = sole_country(actors)
    if c is None or not all(state_actor(a) for a in actors):
        return None
    if any(a.lent is not None and a.kind != "country" for a in actors):
        return None  # "troops" of the dateline's country: the story lends it, the phrase does not say it
    if placed_in not in {None, c} or disc.home_country not in {None, c} or not story_home(frame, c, disc):
        return None
    if named() - {c}:
        return None
    if _raised(doc, frame):
        return None
    for a, b in frame.recipient_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or phrase.root.dep_ != "pobj" or phrase.root.head.lower_ not in DEPLOYMENT_PREPOSITIONS:
            continue
        if any(a <= m.start_char < b and (m.place is None or m.place.country_code != c) for m in places):
            return None  # "to West Africa", "to the eastern Mediterranean": somewhere not said to be at home
    why = f"recipient: a deployment ('{frame.trigger_text}') by a state that names no one is at home, {c}"
    return [ActorRef.people_of(c, "", why)], why


def _raised(doc: Doc, frame: Frame) -> bool:
    """Whether the deployment raises forces rather than moves them: its trigger or an object's head is a
    word of lexicon force_raising_words ("mobilised", "ordered a mobilisation", "called up reservists")."""
    if frame.predicate_lemma in FORCE_RAISING_WORDS:
        return True
    for a, b in frame.object_spans:
        phrase = span_at(doc, a, b)
        if phrase is not None and phrase.root.lemma_.lower() in NOT_AT_HOME_OBJECTS:
            return True  # "deployed tanks in the capital": armour in a coup (lexicon armour_nouns)
    return False
