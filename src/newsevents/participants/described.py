"""What an act is aimed at when the text names it in someone's words: "struck what it called
militant sites in Lebanon", "fired at what the army said were rocket launchers". Read by
participants/recipients.py, which drops whose words they are (bystanders.wording).

The target is the "what" clause's attribute or object predicate; the parser may also read "called
what X Y" as two objects of the calling verb ("struck what officials called army positions":
``positions`` a second object, second_object), and hang the target's place on the calling verb
rather than on the noun ("what New Delhi called a camp near Balakot in Pakistan": the "near" and
"in" phrases, with_place), so the place that tells whose the target is belongs to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children
from newsevents.parse.tree import text as doc_text
from newsevents.participants.bystanders import WORDING_VERBS
from newsevents.records import Frame

TARGET_PREPS = {"at", "on", "against", "into", "upon", "toward", "towards"}  # "fired at what it called ..."
TARGET_PLACE_PREPS = LEXICON["place_phrase_prepositions"]  # "near Balakot", "in Pakistan"
TIME_ENTS = {"DATE", "TIME"}  # "on Tuesday": when, not where


def described(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'struck what it called militant sites in Lebanon', 'fired missiles at what it said were
    training camps in eastern Afghanistan': an act aimed at a "what" clause of a speech or calling
    verb (lexicon speech_verbs, calling_verbs) is aimed at what the clause names (its attribute or
    object predicate, else a second object of the calling verb, with its own phrases and the
    phrases of place the parser hangs on the calling verb after it), not at whose words they are
    (see wording). Only a "what" clause that is the verb's object or follows a preposition of a
    target (at, on, against, into): "in what it called a reprisal" says how the act was called,
    not what it hit."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return ()
    verb = trigger.root
    last = verb.right_edge  # the subtree lies within its edges: no "what" there, no walk
    if "what" not in doc_text(doc)[verb.idx : last.idx + len(last.text)].lower():
        return ()
    out = []
    for what in verb.subtree:
        if what.lower_ != "what" or what.i < verb.i:
            continue
        clause = what.head if what.head.lemma_.lower() in WORDING_VERBS else what.head.head
        if clause.lemma_.lower() not in WORDING_VERBS or not (
            clause.head.i == verb.i
            or (clause.head.head.i == verb.i and clause.head.dep_ == "prep" and clause.head.lower_ in TARGET_PREPS)
        ):  # not "bombed the port, in what Washington called retaliation for ...": how the act was called
            continue
        named = [t for t in clause.subtree if t.dep_ in {"attr", "oprd"} and t.pos_ in {"NOUN", "PROPN"}]
        named = named or second_object(clause, what)
        out += [with_place(clause, t) for t in named]
    return tuple(out)


def second_object(clause: Token, what: Token) -> list[Token]:
    """'what officials called army positions': the noun the parser reads as a second object of
    the calling verb, after "what" (its first)."""
    if what.head.i != clause.i or what.dep_ not in {"dobj", "obj"}:
        return []
    later = [t for t in children(clause) if t.dep_ in {"dobj", "obj"} and t.i > what.i]
    return [t for t in later if t.pos_ in {"NOUN", "PROPN"}][:1]


def with_place(clause: Token, named: Token) -> tuple[int, int]:
    """The target's phrase with the phrases of place that follow it on the calling verb ("a camp"
    + "near Balakot in Pakistan"), up to the first phrase that is not one (a date: "on Tuesday")."""
    start, end = subtree_span(named)
    if named.head.i != clause.i:
        return start, end
    for p in children(clause):
        if p.i <= named.i:
            continue
        objects = [o for o in children(p) if o.dep_ == "pobj"]
        if p.dep_ != "prep" or p.lower_ not in TARGET_PLACE_PREPS or not objects:
            break
        if any(o.ent_type_ in TIME_ENTS for o in objects):
            break
        end = max(end, subtree_span(p)[1])
    return start, end
