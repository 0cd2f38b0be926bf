"""The country a war, an invasion or a military action is waged on: no party to opposing it (recip42).

"Hundreds of thousands marched through London to protest against a possible war on Iraq", "Britain's
parliament voted against military action in Syria", "students rallied against the bombing of Serbia": the
country after "on", "in", "against" or "of" on a noun of armed action (lexicon ``war_nouns``) is where the
war would be fought, what the opposition is about; those who oppose it oppose whoever wages or plans it.
For a protest or a rejection (CAMEO roots 14 and 12) such a country is no recipient, and it does not stop a
protest that names no one from being aimed at the protesters' own government
(participants/owngov.home_government: "marched through London ... against a war on Iraq": Britain). The
one who leads the war keeps its place ("a U.S.-led war on Iraq": the United States).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import compound_head, list_head
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef

WAR_NOUNS = LEXICON["war_nouns"]
TARGET_PREPOSITIONS = {"on", "in", "against", "of"}
OPPOSING_ROOTS = {"12", "14"}  # CAMEO: reject, protest


def waged_on(tok: Token) -> bool:
    """Whether the name at ``tok`` is the object of "on", "in", "against" or "of" after a noun of armed
    action ("a war on Iraq", "military action in Syria", "the bombing of Serbia and Montenegro")."""
    head = list_head(compound_head(tok))
    prep = head.head
    if head.dep_ != "pobj" or prep.i == head.i or prep.lower_ not in TARGET_PREPOSITIONS:
        return False
    return prep.head.i != prep.i and prep.head.lemma_.lower() in WAR_NOUNS


def war_target(doc: Doc, ref: ActorRef) -> bool:
    """Whether the country word a reference was read from stands where a war is waged (waged_on)."""
    span = span_at(doc, ref.start_char, ref.end_char)
    if span is None:
        return False
    said = set(ref.read.text.split()) if ref.read is not None else None
    return any(waged_on(t) for t in span if t.pos_ == "PROPN" and (said is None or t.text in said))


def war_target_span(doc: Doc, start: int, end: int) -> bool:
    """Whether a named entity at ``start``..``end`` stands where a war is waged (waged_on)."""
    span = span_at(doc, start, end)
    return span is not None and waged_on(span.root)
