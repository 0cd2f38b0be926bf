"""Phrases of a frame that name a party although the frame's own phrases lack them: what an act
takes its actor or object "out of" (out_of), and the neighbour a border phrase names (bordering).
Read by participants/recipients.py."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children
from newsevents.records import Frame

BOUNDARY_NOUNS = LEXICON["boundary_nouns"]
MEETING_NOUNS = LEXICON["meeting_nouns"]
PLACE_PARTS = LEXICON["place_part_nouns"]


def out_of(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'pulled its troops out of Mali', 'pulled the United States out of the deal with Iran': what
    an act takes its actor or object out of, read like a "from" phrase (the frame's phrases lack
    it: "out" is a particle or a preposition with "of" below it). Out of an accord or talks
    (lexicon meeting_nouns), only the parties it is "with" or "between", else a country compounded
    into its name ("out of the Iran nuclear deal"; "the Paris climate accord" reads as France, a rare
    wording with "out of"); out of a part of a place ("an area of
    southern Colombia", lexicon place_part_nouns), the place it is part of."""
    trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
    if trigger is None:
        return ()
    out = []
    for o in children(trigger.root):
        if o.lower_ != "out" or o.dep_ not in {"prep", "prt", "advmod"}:
            continue
        for p in children(o):
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for t in children(p):
                if t.dep_ != "pobj":
                    continue
                if t.lemma_.lower() in PLACE_PARTS:  # "out of a Switzerland-sized area of southern Colombia"
                    t = next((w for q in children(t) if q.dep_ == "prep" and q.lower_ == "of" for w in children(q)), t)
                if t.lemma_.lower() not in MEETING_NOUNS:
                    out.append(subtree_span(t))
                    continue
                parties = [
                    w for q in children(t) if q.dep_ == "prep" and q.lower_ in {"with", "between"} for w in children(q)
                ]
                out += [subtree_span(w) for w in parties if w.dep_ == "pobj"]
                if not parties:  # "pulled out of the Iran nuclear deal": the party the deal is named after
                    named = [w for w in children(t) if w.dep_ in {"compound", "nmod"} and w.ent_type_ == "GPE"]
                    out += [subtree_span(w) for w in named]
    return tuple(out)


def bordering(doc: Doc, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """'along its border with Pakistan', 'near the frontier with Ukraine': the neighbour a border
    phrase names (lexicon boundary_nouns)."""
    out = []
    for a, b in spans:
        for tok in doc.char_span(a, b, alignment_mode="expand") or ():
            if tok.lemma_.lower() not in BOUNDARY_NOUNS:
                continue
            for p in children(tok):
                if p.dep_ == "prep" and p.lower_ == "with":
                    objs = [o for o in children(p) if o.dep_ == "pobj"]
                    out += [subtree_span(o) for o in objs]
    return tuple(dict.fromkeys(out))
