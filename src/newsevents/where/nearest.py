"""Where, step 3: the nearest place of the sentence, by distance in the dependency tree.

Read by where/location.py. Only a place in a locative phrase may be where the event was
(locative_object): never inside an origin ("returned from a summit in X"), never where a speaker
was ("told reporters in X", "Speaking in X, the minister said ..."), never an idiom or what an act
is aimed on ("in the wake of", "sanctions on X"); for a verbal event never inside what it says,
unless told as the setting before its subject ("Meeting in X on Sunday, the council demanded":
fronted), and never where another verb's act went ("fired rockets into X": aimed_elsewhere).
A place that modifies a noun comes after one that heads its phrase ("the U.S. embassies in Kenya").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.frame.locative import SPEECH_VERBS
from newsevents.frame.prepositions import IDIOM_OBJECTS, aimed_on
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_path, trigger_span
from newsevents.parse.tree import children
from newsevents.records import Frame, Mention
from newsevents.where.destination import TOWARDS, sentence_places

# Prepositions whose object is where something happened; "from" (an origin) is not among them.
PLACE_PREPS = LEXICON["locative_prepositions"] - {"from"}
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def with_ancestors(tok: Token) -> list[Token]:
    return [tok, *tok.ancestors]


def tree_distance(a: Token, b: Token) -> int:
    up = {t.i: k for k, t in enumerate(with_ancestors(a))}
    for k, t in enumerate(with_ancestors(b)):
        if t.i in up:
            return up[t.i] + k
    return 10_000


def locative_object(tok: Token, trigger: Token, verbal: bool) -> bool:
    """Whether a place's token stands in a locative phrase that may be where the event was."""
    t = tok
    while t.dep_ in {"compound", "amod", "appos", "conj"} or (t.dep_ == "pobj" and t.head.lower_ == "of"):
        t = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS or t.lemma_.lower() in IDIOM_OBJECTS or aimed_on(t.head):
        return False  # "over the objections of X's governor", "in the wake of ...", "sanctions on X": no place
    holder = t.head.head
    path = with_ancestors(holder)
    if any(v.dep_ == "prep" and v.lower_ == "from" for v in path):
        return False  # inside an origin ("returned from a summit in X")
    reported = any(v.i == holder.i for v in trigger.ancestors)  # "In X, he said they would press"
    speaker = [v for v in path[:2] if v.lemma_.lower() in SPEECH_VERBS and v.i != trigger.i]
    if speaker and not (verbal and reported):
        return False  # where a speaker was ("told reporters in X", "an official in X said")
    opening = next((v for v in path if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i < v.head.i), None)
    speaking = opening is not None and opening.head.lemma_.lower() in SPEECH_VERBS
    if speaking and opening is not None and opening.head.i not in verb_chain(trigger):
        return False  # "Speaking in X, the minister said the troops had fired": the speaker's place, not theirs
    if verbal and fronted_setting(path, trigger):
        return True  # "Meeting in X on Sunday, the council demanded ...": the setting told first
    if verbal:  # never what a statement is about: a place inside the trigger's own clauses
        if any(v.i == trigger.i for v in path):
            return False
        if holder.pos_ not in {"VERB", "AUX"}:
            return False  # a phrase of a noun ("air incidents over X") is what is talked about
    return True


def verb_chain(tok: Token) -> set[int]:
    """The token and the verbs it is coordinated under ("said ... and accused": both)."""
    return {t.i for t in list_path(tok)}


def fronted_setting(path: list[Token], trigger: Token) -> bool:
    """Whether a phrase hangs on the trigger through an adjunct told before its subject ("In a
    statement issued in X, the ministers called on ...", "Meeting in X on Sunday, the leaders
    gave ..."): the setting of what follows, not what it says."""
    top = next((v for v in path if v.head.i == trigger.i and v.i != trigger.i), None)
    if top is None or top.dep_ not in {"prep", "advcl"} or top.i > trigger.i:
        return False
    subjects = [c for c in children(trigger) if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(top.right_edge.i < s.left_edge.i for s in subjects)


def nearest_place(doc: Doc, frame: Frame, places: Sequence[Mention], verbal: bool) -> tuple[Mention, int] | None:
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    root = trigger.root
    best: tuple[Mention, int] | None = None
    best_key: tuple[int, int] = (2, 0)
    for m, span in sentence_places(doc, frame, places):
        if not locative_object(span.root, root, verbal) or (verbal and aimed_elsewhere(span.root, root)):
            continue
        d = tree_distance(span.root, root)
        key = (1 if span.root.dep_ in _MODIFIER_DEPS else 0, d)  # "the U.S. embassies in Kenya": Kenya
        if best is None or key < best_key:
            best, best_key = (m, d), key
    return best


def aimed_elsewhere(tok: Token, trigger: Token) -> bool:
    """Whether a place is where another verb's act went ("As the accords were being signed, militants
    fired rockets into X": not where they were signed): the object of a preposition of direction
    (``TOWARDS``) of a verb other than the trigger that sends a thing there (it has an object); not
    where its subject went ("stepped across the line into X, and the two leaders pledged": they were
    there) (places46)."""
    while (tok.dep_ in {"compound", "amod", "appos", "conj"} or (tok.dep_ == "pobj" and tok.head.lower_ == "of")) and (
        tok.head.i != tok.i
    ):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head  # "into the town of X"
    if tok.dep_ != "pobj" or tok.head.lower_ not in TOWARDS:
        return False
    holder = tok.head.head
    sent = any(c.dep_ in {"dobj", "obj"} for c in children(holder))  # a thing sent, not its subject going
    return holder.i != trigger.i and holder.pos_ in {"VERB", "AUX"} and sent
