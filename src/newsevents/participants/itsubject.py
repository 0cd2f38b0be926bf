""" "It" as a subject, read as the one organisation or state named as a subject just before.

The participants stage reads "it" in a main clause as the last body named as the actor of a main clause in
its sentence or the one before (participants/actors.py). "It" of another clause ("..., saying it had shelled
the depot", "the ministry, which said it would expel ...", "after it seized the port") or after a body
named only in a clause the coder does not read as main was left without an actor, and its event dropped.

Such an "it", the subject of the frame's own verb, is read as the organisation or state named as a doer
(an active subject, or the object of a passive's "by", before the pronoun) in its own sentence or the
sentence before, when it is the one doer named there: a name tagged as an organisation, a country or a city.
Any other doer named there (another name, a person, a proper noun the tagger left untagged, a singular noun
that can name a party, "the government") makes it two, and "it" stays without an actor (a wrong actor is
worse than none); a plural ("the rebels") cannot be "it" and does not count. Nor in a relative clause, a
clause of "as" or "while", or a time clause dated by an offset from its head's act ("a day after it
expelled ...": see ``_setting``), nor for a verb of speech (its "it" speaks for the acts reported, which the
speech stage reads: the caller checks).
The caller keeps the reading only when the name resolves to a party that is no person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.code.toldby import names_party
from newsevents.participants.insentence import SCENE_MARKS

__all__ = ["BODY_LABELS", "it_antecedent"]

# entity labels of an organisation or a state
BODY_LABELS = frozenset({"ORG", "GPE"})


def _doer_named(tok: Token) -> Span | Token | None:
    """The party a word names in a doer's role (an active subject, or the object of a passive's "by"):
    a name's entity (of any label), a proper noun, or a singular noun that can name a party ("the
    government"); None for a pronoun, a plural or another role."""
    agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
    if (tok.dep_ != "nsubj" and not agent) or tok.pos_ == "PRON" or tok.tag_ in {"NNS", "NNPS"}:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    if ent is not None:
        return ent
    return tok if tok.pos_ == "PROPN" or names_party(tok) else None


def _setting(verb: Token) -> bool:
    """A clause whose "it" is not read here: one that describes or sets a scene, a relative clause ("the
    resolution, which it had resisted", "the attack, which it blames on ...": its object is the noun it hangs
    on, whose phrase the recipient stage then misreads; a history told as background), a clause of "as" or
    "while" ("as it began its drills"), or a time clause dated by an offset from its head's act ("a day
    after it expelled the envoy", "15 years after it first applied"), whose date the head's act gives."""
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in verb.children):
        return True
    return any(c.dep_ == "npadvmod" for c in verb.children if c.i < verb.i)


def it_antecedent(doc: Doc, span: tuple[int, int], verb: int) -> tuple[tuple[int, int], str] | None:
    """(the antecedent's span, its words) of "it" at ``span``, the subject of the verb at token ``verb``:
    the one organisation or state named as a subject before it in its sentence or in the one before; None
    when the phrase is not that "it", or when none or several are named."""
    pron = doc.char_span(span[0], span[1])
    if pron is None or len(pron) != 1 or pron[0].lower_ != "it":
        return None
    tok = pron[0]
    if tok.head.i != verb or tok.dep_ != "nsubj":
        return None
    sent = tok.sent
    words = list(doc[sent.start : tok.i])
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        words = [*before, *words]
    named: dict[str, Span | Token] = {}
    for t in words:
        doer = _doer_named(t)
        if doer is not None:
            named.setdefault(doer.text.lower().removeprefix("the "), doer)
    if len(named) != 1 or _setting(tok.head):
        return None
    one = next(iter(named.values()))
    if not isinstance(one, Span) or one.label_ not in BODY_LABELS:
        return None  # the one doer named is a person, a people or a noun: not read as "it" here
    a, b = one.start_char, one.end_char
    return (a, b), doc.text[a:b]
