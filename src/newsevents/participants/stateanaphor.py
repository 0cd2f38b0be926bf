"""'the country', 'the tiny territory', 'the Pacific nation': a described state that stands for the
last country named before it (participants.recipients and participants.stage read it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef

PARTY_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
STATE_ANAPHORS = LEXICON["state_anaphor_nouns"]
OTHER_STATE_WORDS = LEXICON["other_state_words"]
WHERE_PREPS = LEXICON["place_prepositions"] - {"on"}  # "sanctions on the country" names whom


def _described_state(phrase: Any) -> bool:
    """'the country', 'the tiny territory', 'the half-island nation', 'the Pacific nation': "the", common
    words or a region (no name of a party, no demonym), and the state noun as the phrase's head."""
    inner = [t for t in phrase if t.i != phrase.root.i and t.lower_ != "the"]
    if any(t.lower_ in OTHER_STATE_WORDS for t in inner):
        return False  # "the new country", "the neighbouring country": not the one named before
    return phrase.root.lemma_.lower() in STATE_ANAPHORS and all(
        t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"} and t.ent_type_ not in _NAMING_ENTS for t in inner
    )  # a region may describe it ("the Pacific nation"), a name or a demonym not ("the Afghan republic")


_NAMING_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC"})


def state_anaphor(
    reader: ActorReader, doc: Doc, span: tuple[int, int], own: set[str], on_date: dt.date | None, disc: Discourse
) -> tuple[list[ActorRef], str] | None:
    """'gave Niger's junta a week and imposed sanctions on the country', 'Lithuanian officials said
    Moscow had cut off oil to the republic': "the" and a state noun (lexicon state_anaphor_nouns)
    alone is the last country named before it (a name the knowledge base knows as a country), in
    its sentence or the one before, other than the actors' own countries; not where something
    happens ("across the country", lexicon place_prepositions but "on"), nor a country of a list."""
    words = reader.text[span[0] : span[1]].strip().lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in STATE_ANAPHORS:
        return None
    here = span_at(doc, span[0], span[1])
    if here is not None and not _described_state(here):
        return None  # "the Afghan republic", "the United Nations": a name, not a description
    if here is None or (here.root.head.dep_ == "prep" and here.root.head.lower_ in WHERE_PREPS):
        return None  # "struck targets across the country": where, the country the story is about
    start = here.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    ents = [e for e in doc.ents if start <= e.start and e.end_char <= span[0] and e.label_ in PARTY_ENTS]
    for ent in reversed(ents):  # the parser's labels of country names vary ("Niger" as ORG): the knowledge decides
        if ent.root.dep_ == "conj" or any(c.dep_ == "conj" for c in ent.root.children):
            return None  # one of a list ("with the United States, Britain and Germany"): which one is not said
        refs = [
            r
            for r in reader.span((ent.start_char, ent.end_char), on_date, disc)
            if r.country and r.country not in own and r.kind == "country"
        ]
        if refs:
            return refs[:1], f"'{' '.join(words)}' = {ent.text}, the country named before it"
    return None


POSSESSIVE_MARKS = {"'s", "’s", "'"}


def state_owned(
    reader: ActorReader, doc: Doc, span: tuple[int, int], found: list[ActorRef], on_date: dt.date | None,
    disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """'the Pacific nation's cabinet', 'the country's foreign minister', 'the kingdom's police': role
    words (knowledge-base sectors with no country) owned by a described state (state_anaphor's "the"
    and a state noun) are that state's, the last country named before the owner. None when the phrase
    has no such owner, names a country of its own, or the nearest country named before is a capital
    standing for its government ("Kiribati turned to Beijing, and the country's minister ..."
    is ambiguous: the rule gives way)."""
    if not found or not all(r.country is None and r.kind == "sector" for r in found):
        return None
    here = span_at(doc, span[0], span[1])
    if here is None:
        return None
    owner = _state_owner(doc, here)
    if owner is None:
        return None
    start, end = owner.start_char, owner.end_char
    state = state_anaphor(reader, doc, (start, end), set(), on_date, disc)
    if state is None:
        return None
    refs, why = state
    country = refs[0].country
    if country is None:  # state_anaphor keeps only references with a country
        return None
    if refs[0].read is not None and refs[0].read.kind == "capital metonym":
        return None  # a capital named last: its government, perhaps not the state meant
    opening = doc[max(here.sent.start - 1, 0)].sent.start_char
    last = next((c for s, e, c in reversed(disc.country_spans) if opening <= s and e <= start), country)
    if last != country:  # the parser's labels missed a country named later ("the Solomon Islands" as LOC)
        country, why = last, f"'{owner.text}' = {last}, the country named before it"
    said = f"owned by {why}"
    return [r.in_country(country, said) for r in found], said


def _state_owner(doc: Doc, here: Span) -> Span | None:
    """The owner 'the Pacific nation' of a role word's phrase ('the Pacific nation's military'): the
    words from "the" to a state noun with a possessive mark right before the phrase (the parser may
    attach the possessive elsewhere: "the Pacific nation's military seized power"), or the
    phrase's possessor; None when there is none."""
    noun: Token | None
    if here.start >= 2 and doc[here.start - 1].lower_ in POSSESSIVE_MARKS:
        noun = doc[here.start - 2]
    else:
        noun = next((t for t in here.root.children if t.dep_ == "poss"), None)
        if noun is None or not any(t.dep_ == "case" and t.lower_ in POSSESSIVE_MARKS for t in noun.children):
            return None
    if noun is None or noun.lemma_.lower() not in STATE_ANAPHORS:
        return None
    for first in range(noun.i - 1, max(noun.i - 4, -1), -1):  # "the", then up to two describing words
        if doc[first].lower_ == "the":
            return doc[first : noun.i + 1]
        if doc[first].pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return None
    return None
