"""When: whether a date mention the parser hung below the trigger is its clause's date.

Read by when/stage.py (phrase_owner): the way from a date mention up to the trigger may pass only
through nouns, prepositions and non-finite verbs ("fired tear gas to break up marches ... in the
main city on Wednesday"); a clause of its own between them (a finite verb, a reported, relative or
adverbial clause, a participle clause: "..., citing fraud in ...") keeps the date for itself. The
parser's misreadings that are no clause of their own: a to-infinitive read as an adverbial clause
("gave the rebels 24 hours to surrender in a broadcast on Monday"), a noun and its participle read as
a complement clause (object_participle: "clubbed students marching through Prague on Friday") or as
an adverbial clause of the verb (noun_participle: "fired tear gas at protesters blocking roads on
Sunday") and a free relative naming what the trigger acted on ("struck what New Delhi called a camp on Tuesday").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.parse.syntax import to_infinitive
from newsevents.parse.tree import children, span_at

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(tok: Token) -> bool:
    """A verb heading a clause of its own: a finite form, a finite auxiliary ("were killed") or a
    subordinator ("after they fled")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    return tok.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE or c.dep_ == "mark" for c in children(tok)
    )


def phrase_owner(doc: Doc, span: tuple[int, int], trigger: Token) -> int | None:
    """Arcs from a date mention up to ``trigger`` when the way passes only through nouns,
    prepositions and non-finite verbs ("fired tear gas to break up marches ... in the main city on
    Wednesday", "fired at protesters throwing stones outside the mosque on Friday"): the date is
    the clause's, though the parser hung it lower; None when a clause of its own comes between."""
    words = span_at(doc, span[0], span[1])
    if words is None:
        return None
    t, steps = words.root, 0
    if t.head.i >= words.end and t.head.pos_ in {"NOUN", "PROPN"}:
        return None  # "the November 8 election" names the election
    place = _place_before(doc, words.start)
    if place is not None:  # "in Ferguson, Missouri, on Wednesday night": the date of the place's clause
        t, steps = place, 1
    while t.i != trigger.i:
        if t.head.i == t.i:
            return None
        if (
            not _free_relative(t, trigger)
            and not _bare_infinitive_clause(t)
            and not object_participle(t)
            and not noun_participle(t)
            and ((steps and _finite(t)) or t.dep_ in {"ccomp", "relcl", "parataxis", "advcl"})
        ):
            return None  # a clause of its own, or a participle clause ("..., citing fraud in ...")
        t, steps = t.head, steps + 1
    return steps


def _place_before(doc: Doc, start: int) -> Token | None:
    """The place named right before a date with its region in apposition ("fired on protesters in
    Ferguson, Missouri, on Wednesday night", "initialled the accord in Dayton, Ohio, on Tuesday"), which
    the parser often hangs on a later clause: the date is told of the place's clause, so the way up starts
    at the place. None when the date follows no such apposition."""
    i = start - 1
    if i >= 0 and doc[i].dep_ == "prep" and doc[i].lower_ in {"on", "at"}:
        i -= 1  # the date's preposition, outside the mention
    if i < 2 or doc[i].text != ",":
        return None
    region = doc[i - 1]
    if region.dep_ != "appos" or region.pos_ != "PROPN" or region.head.pos_ != "PROPN" or region.head.i >= i:
        return None
    return region.head if region.head.ent_type_ in {"GPE", "LOC", "FAC"} else None


def _bare_infinitive_clause(tok: Token) -> bool:
    """A to-infinitive the parser read as an adverbial clause, with no subject or subordinator of its own
    ("gave the rebels 24 hours to surrender in a broadcast on Monday", "sent troops to quell riots in
    the capital on Friday"): it has no tense of its own, so a day hung under it is its clause's."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and to_infinitive(tok)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children(tok))
    )


def object_participle(tok: Token) -> bool:
    """A noun and its participle right after a verb that the parser read as a complement clause with
    the noun as its subject ("clubbed students marching through Prague on Friday", "signed accords
    normalising relations at the White House on Tuesday"): a gerund-participle has no tense of its
    own, so a day hung under it is the verb's clause's."""
    if tok.dep_ != "ccomp" or tok.tag_ != "VBG" or tok.head.pos_ != "VERB" or tok.head.i > tok.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in children(tok)):
        return False  # "said troops were marching", "said that rebels marching ...": a clause of its own
    subjects = [c for c in children(tok) if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and subjects[0].pos_ in {"NOUN", "PROPN"}
        and subjects[0].left_edge.i == tok.head.i + 1  # right after the verb: its object
        and subjects[0].i == tok.i - 1
    )


def noun_participle(tok: Token) -> bool:
    """A participle right after a noun of its head's clause that the parser read as an adverbial clause
    of the verb ("fired tear gas at protesters blocking roads on Sunday", "fired water cannon at crowds
    marching in the capital on Wednesday"): with no comma before it and no subject, subordinator or
    auxiliary of its own, it tells of the noun (a reduced relative clause), not of a clause of its own,
    so a day hung under it is the verb's clause's. Not a participle clause set off by a comma
    ("..., citing fraud in the November 8 election")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.i > tok.i or tok.left_edge.i != tok.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in children(tok)):
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ in {"NOUN", "PROPN"} and before.i > tok.head.i and tok.head.is_ancestor(before)


def _free_relative(tok: Token, trigger: Token) -> bool:
    """Whether a verb heads a free relative after the trigger that names what the trigger acted on
    ("struck what New Delhi called a militant camp near X on Tuesday", "bombed what it said was a
    depot on Friday"; also after a preposition, "struck at what Pretoria called rebel bases in three
    capitals on Monday"): a noun phrase the parser read as a clause, so its date is the trigger's."""
    first = tok.doc[tok.left_edge.i]
    return (
        tok.dep_ in {"ccomp", "pcomp"}
        and tok.pos_ in {"VERB", "AUX"}
        and first.lower_ == "what"
        and first.tag_ == "WP"
        and trigger.i < first.i
    )
