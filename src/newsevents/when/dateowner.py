"""When: whether a date mention the parser hung below the trigger is its clause's date.

Read by when/stage.py (phrase_owner): the way from a date mention up to the trigger may pass only
through nouns, prepositions and non-finite verbs ("fired tear gas to break up marches ... in the
main city on Wednesday"); a clause of its own between them (a finite verb, a reported, relative or
adverbial clause, a participle clause: "..., citing fraud in ...") keeps the date for itself. The
parser's misreadings that are no clause of their own: a to-infinitive read as an adverbial clause
("gave the rebels 24 hours to surrender in a broadcast on Monday"), a noun and its participle read as
a complement clause (object_participle: "clubbed students marching through Prague on Friday") or as
an adverbial clause of the verb (noun_participle: "fired tear gas at protesters blocking roads on
Sunday"), a past participle read as a clause of its own (past_participle: "struck a base crowded with
refugees on Thursday", "landed in Haiti unopposed on Monday"), a free relative naming what the trigger acted
on ("struck what New Delhi called a camp on Tuesday") and a date read as a noun's modifier after a
preposition left with no object (dangling_preposition: "ousted him on Friday and business leader X was sworn
in", the date read into the next clause's subject).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import to_infinitive
from newsevents.parse.tree import children, span_at

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SPEECH = frozenset(LEXICON["speech_verbs"])
# what makes a verb's clause its own: an auxiliary, a subordinator, a passive subject, an object
_OWN_CLAUSE = frozenset({"aux", "auxpass", "mark", "nsubjpass", "csubj", "dobj", "expl"})


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
    dangling = dangling_preposition(doc, words.start)
    if dangling is not None:  # "ousted him on Friday and business leader X was sworn in": the preposition's date
        t, steps = dangling, 1
    elif t.head.i >= words.end and t.head.pos_ in {"NOUN", "PROPN"}:
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
            and not past_participle(t)
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


def dangling_preposition(doc: Doc, start: int) -> Token | None:
    """The preposition right before a date that the parser left with no object and hung on a verb, while it
    read the date as the modifier of a noun after it ("forced him from power on Friday and business leader X
    was sworn in", "struck armoured vehicles on Saturday and U.S. ships fired ...": the date read into the
    subject of the next clause): the date is that preposition's object, so the verb's. None otherwise."""
    if start < 1:
        return None
    prep = doc[start - 1]
    if prep.dep_ != "prep" or prep.lower_ not in {"on", "at"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"pobj", "pcomp"} for c in children(prep)):
        return None
    return prep


def past_participle(tok: Token) -> bool:
    """A past participle the parser read as a clause of its own, an adverbial or a complement clause of the
    verb before it, with no comma before it and no auxiliary, subordinator or object of its own: a reduced
    passive relative on a noun of the verb's clause ("shelled a camp crowded with displaced families at X on
    Monday", "killed the last gunmen holed up in a school on Friday", the noun read as its
    subject; "signed a treaty in Lisbon on Thursday designed to ...") or a depictive ("landed in Haiti
    unopposed on Monday"). It has no tense of its own, so a day hung under it is its head's clause's. Not a
    clause reported by a verb of saying ("confirmed troops withdrew on Monday"), nor one with a pronoun for
    its subject ("said they withdrew")."""
    head = tok.head
    if tok.dep_ not in {"advcl", "ccomp"} or tok.tag_ not in {"VBD", "VBN"} or head.pos_ != "VERB" or head.i > tok.i:
        return False
    if head.lemma_.lower() in _SPEECH or any(c.dep_ in _OWN_CLAUSE for c in children(tok)):
        return False
    subjects = [c for c in children(tok) if c.dep_ == "nsubj"]
    if subjects:  # the noun read as its subject: the head verb's object, right before the participle
        noun = subjects[0]
        return (
            len(subjects) == 1
            and noun.pos_ in {"NOUN", "PROPN", "ADJ"}
            and noun.left_edge.i == head.i + 1
            and noun.right_edge.i == tok.i - 1
            and not any(c.dep_ == "dobj" for c in children(head))
        )
    first = tok.left_edge.i
    before = tok.doc[first - 1] if first > 0 else None
    return before is not None and before.pos_ in {"NOUN", "PROPN"} and before.i > head.i and head.is_ancestor(before)


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
