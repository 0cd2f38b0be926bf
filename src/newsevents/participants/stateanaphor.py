"""'the country', 'the tiny territory', 'the Pacific nation': a described state that stands for the
last country named before it (participants.recipients and participants.stage read it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
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
    here = doc.char_span(span[0], span[1], alignment_mode="expand")
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
            if r.country and r.country not in own and (r.kb_id or "").startswith("country:")
        ]
        if refs:
            return refs[:1], f"'{' '.join(words)}' = {ent.text}, the country named before it"
    return None
