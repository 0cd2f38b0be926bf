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

Recip34: whom a force posture is meant to deter (``deterred``) comes first, before any phrase of
place or party: "ordered troops and warplanes to Saudi Arabia to defend the kingdom against a
possible attack by Iraq" (Iraq; the analysed rounds 18-30 code this so in 8 of 8 tellings, not Saudi
Arabia), "sent a carrier group to the Gulf as a warning to Iran" (Iran). A word of lexicon
defending_verbs with an "against" phrase, of deterring_verbs with an object, or of warning_nouns
after "as" with a "to" phrase, in the trigger's own clause (not in a clause with its own subject),
names the threat; its parties of a country other than the actors' are the recipients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, Mention

DEPLOYMENT_PREPOSITIONS = LEXICON["deployment_prepositions"]
DEFENDING_VERBS = LEXICON["defending_verbs"]
DETERRING_VERBS = LEXICON["deterring_verbs"]
WARNING_NOUNS = LEXICON["warning_nouns"]
SUBJECTS = {"nsubj", "nsubjpass"}
FORCE_POSTURE = "15"  # CAMEO 15: exhibit force posture
# place mentions that do not name the destination by its name: a demonym, and a noun that describes
# or refers back to a place ("the capital", "the city": recognize/ labels them "description", "anaphor")
NO_POINT = {"demonym", "anaphor", "description"}


def deployed_into(
    doc: Doc, frame: Frame, places: Sequence[Mention], root: str | None
) -> tuple[list[ActorRef], str] | None:
    """(the people of the destination's country, why) for a force posture moved into a place
    named in a prepositional phrase of its frame; else None."""
    if root != FORCE_POSTURE:
        return None
    for a, b in frame.recipient_spans:
        phrase = doc.char_span(a, b, alignment_mode="expand")
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


def deterred(
    reader: ActorReader, doc: Doc, frame: Frame, actors: Sequence[ActorRef], root: str | None,
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(the threat a force posture is meant to deter, why) (module doc); else None."""
    trigger = trigger_span(doc, frame) if root == FORCE_POSTURE else None
    if trigger is None:
        return None
    own = {a.country for a in actors if a.country}
    for tok in _own_clause(trigger.root):
        lemma = tok.lemma_.lower()
        if lemma in DEFENDING_VERBS and tok.pos_ == "VERB":
            threats = [o for p in tok.children if p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]
        elif lemma in DETERRING_VERBS and tok.pos_ == "VERB":
            threats = [o for o in tok.children if o.dep_ == "dobj"]
        elif lemma in WARNING_NOUNS and tok.head.lower_ == "as":
            threats = [o for p in tok.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        for threat in threats:
            span = subtree_span(threat)
            refs = [r for r in reader.span(span, on_date, disc) if r.country and r.country not in own]
            if refs:
                words = doc.text[span[0] : span[1]]
                return refs, f"recipient: whom the force posture is meant to deter ('{tok.text} ... {words}')"
    return None


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s subtree outside any clause below it with a subject of its own."""
    out: list[Token] = []
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in tok.children):
            continue  # another doer's clause ("after the king agreed to ...")
        out.append(tok)
        stack.extend(tok.children)
    return out
