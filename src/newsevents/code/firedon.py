"""Crowds fired on: a state's forces firing on people who protest tell two acts (stage code).

"Troops fired on thousands of demonstrators", "police fired tear gas at protesters": the
shooting is the forces' act on the crowd (the event the coder builds from the verb), and the
crowd's protest is told in the same words: the people shot at were protesting, against the state
whose forces fired. This module reads the second act off the first:

* the firing is a trigger of ``firing_verbs`` ("fire", "shoot"), or of ``firing_light_verbs``
  whose frame context holds one of ``firing_objects`` ("used tear gas", "turned water cannon on");
  not "opened fire" (the onset of a shooting, most often a massacre: the writers code the killing and
  leave the crowd's protest optional or uncoded, lexicon firing_light_verbs);
* its doers are a state's forces (a state sector with a country: police, troops, guards, the
  government);
* the crowd is a recipient phrase whose head, or the "of" phrase of whose head ("crowds of
  protesters", "thousands of demonstrators"), is one of ``fired_on_crowd_nouns`` (lexicon); a bare
  "crowd" or "mourners" is not enough, a crowd shot at need not be protesting.

The shooting must have a place: a protest with none stands nowhere, and the writers place it (where
the shooting is told with no place, "Hong Kong police fired tear gas at protesters", nothing is
added). The protest (``label_codes`` fired_on_crowd_nouns, CAMEO 141) is the crowd's: the civilians of the
country the shooting's recipients name, else of the shooting's place, else of the state; it is aimed
at the state whose forces fired (its government), not at another party of the sentence. It shares
the shooting's date, place and modality, and its words are the crowd's noun. It is added only
where the article tells no protest already (``wanted``): a story that tells the protest as an
event of its own ("protesters stormed parliament and police opened fire on them") or in words of
its own ("crushing seven weeks of protests", "the protests erupted in February", coded or not)
keeps that one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.code.crowds import CROWD_SECTOR, PROTEST_ROOT, STATE_SECTORS
from newsevents.code.verbframes import CameoCode
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, tokens, tokens_from
from newsevents.records import ActorRef, Event, Frame
from newsevents.work import Work

__all__ = ["add_crowd_protests", "crowd_fired_on", "firing", "protesting_crowd", "wanted"]

FIRING_VERBS = LEXICON["firing_verbs"]
FIRING_LIGHT_VERBS = LEXICON["firing_light_verbs"]
FIRING_OBJECTS = LEXICON["firing_objects"]
CROWD_NOUNS = LEXICON["fired_on_crowd_nouns"]
TOLD_PROTEST_WORDS = LEXICON["told_protest_words"]
STATE_TARGET_SECTOR = "GOV"  # the state a crowd protests against: its government


def firing(frame: Frame) -> bool:
    """The frame tells a firing: "fired on", "shot at", "used tear gas on" (not "opened fire on")."""
    lemma = frame.predicate_lemma.lower()
    if lemma in FIRING_VERBS:
        return True
    return lemma in FIRING_LIGHT_VERBS and any(w.lower() in FIRING_OBJECTS for w in frame.context)


def _crowd_head(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in CROWD_NOUNS


def protesting_crowd(doc: Doc, span: tuple[int, int]) -> Token | None:
    """The noun of a protesting crowd that the phrase at ``span`` names: its head, or the object of
    an "of" on its head ("crowds of protesters", "some of the demonstrators"); None otherwise
    ("buses carrying protesters", "the crowd")."""
    toks = tokens_from(doc, *span)
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    for head in heads:
        if _crowd_head(head):
            return head
        for prep in children(head):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
                if obj is not None and _crowd_head(obj):
                    return obj
    return None


def _state(actors: Sequence[ActorRef]) -> str | None:
    return next((a.country for a in actors if a.country and a.sector in STATE_SECTORS), None)


def crowd_fired_on(event: Event, frame: Frame, doc: Doc, code: CameoCode) -> Event | None:
    """The protest of the crowd a state's forces fired on in ``event`` (built from ``frame``), or
    None where the event is no firing, its doers no state's forces or its recipients no protesting
    crowd (module docstring)."""
    if not firing(frame):
        return None
    state = _state(event.actor)
    if state is None:
        return None
    if event.event_loc is None:
        return None  # where the crowd was is not known: its protest would stand nowhere (round 60's places)
    crowd = next((t for span in frame.recipient_spans if (t := protesting_crowd(doc, span)) is not None), None)
    if crowd is None:
        return None
    place = event.event_loc.country_code
    country = next((r.country for r in event.recipient if r.country), None) or place or state
    start, end = crowd.idx, crowd.idx + len(crowd.text)
    why_actor = f"actor: the crowd the state's forces fired on ('{crowd.text}'), the people of {country}"
    why_recipient = f"recipient: the state whose forces fired on the crowd, {state}"
    actor = ActorRef.group_member(country, CROWD_SECTOR, crowd.text, (start, end), why_actor)
    target = ActorRef.government_of(state, "", why_recipient)
    return replace(
        event,
        id=Event.make_id(event.article_id, event.sentence_index, start, end, code.code),
        event=code.plover,
        mode=code.mode,
        cameo=code.code,
        cameo_root=code.root,
        quad_code=code.quad_class,
        goldstein=code.goldstein,
        actor=(actor,),
        recipient=(target,),
        event_text=crowd.text,
        start_char=start,
        end_char=end,
        reasons=(
            f"pattern '{frame.predicate_lemma} ... {crowd.lemma_}' (a crowd fired on protests: code/firedon) → CAMEO "
            f"{code.code} {code.name}",
            why_actor,
            why_recipient,
            f"date, place and modality: the shooting's ('{event.event_text}')",
        ),
        pattern=f"{frame.predicate_lemma} ... {crowd.lemma_}",
        mentions=((event.sentence_index, start, end),),
    )


def wanted(protest: Event, events: Sequence[Event], doc: Doc) -> bool:
    """The article tells no protest of its own: no protest event of the crowd's country ("protesters
    stormed parliament and police fired on them") and no word of protest (``told_protest_words``:
    "crushing seven weeks of protests", "the protests erupted on February 14" three sentences on),
    which is the protest the crowd was holding, told by the story, coded or not."""
    crowd = {a.country for a in protest.actor}
    if any(e.cameo_root == PROTEST_ROOT and (not e.actor or crowd & {a.country for a in e.actor}) for e in events):
        return False
    return not any(t.lemma_.lower() in TOLD_PROTEST_WORDS for t in tokens(doc))


def add_crowd_protests(work: Work, code: CameoCode) -> None:
    """After the coder: the protest of each crowd that a state's forces fired on in an event of
    ``work.events``, where the article tells none of that crowd's country (``wanted``)."""
    frames = {(f.sentence_index, f.trigger_start): f for f, _ in work.frames}
    found: list[Event] = []
    for event in work.events:
        frame = frames.get((event.sentence_index, event.start_char))
        protest = crowd_fired_on(event, frame, work.doc, code) if frame is not None else None
        if protest is not None and wanted(protest, [*work.events, *found], work.doc):
            found.append(protest)
    work.events.extend(found)
