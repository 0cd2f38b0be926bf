"""Pronouns that name parties told before: "it" or "them" charged with or urged to something is the
party named last before it ("cut ties with Qatar, accusing it of ..."), and "them" after a phrase
that counts parties is those parties ("wrote to both leaders, urging them to ..."). Read by
participants/recipients.py on an object that names no one."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc

from newsevents.code.groups import COUNTS
from newsevents.parse.tree import span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.stateanaphor import PARTY_ENTS
from newsevents.progress import Discourse
from newsevents.records import ActorRef

PARTY_PRONOUNS = {"it", "them"}
CHARGE_AFTER = re.compile(r"^\s+(?:of|to|for)\b", re.IGNORECASE)


def pronoun_party(
    reader: ActorReader, doc: Doc, span: tuple[int, int], actor_keys: set[tuple[Any, str]],
    on_date: dt.date | None, disc: Discourse, addressed: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """'Four states cut ties with Qatar, accusing it of supporting terrorism', 'urged them to
    disarm': "it" or "them" as the object of a verb that goes on to say of what or to do what is
    the party named last before it, in its sentence or the one before (a country, an organisation
    or a group with a country, not the event's own actors). "Them" after a phrase that counts
    parties, told since the last name of its sentence, is those parties (:func:`counted_before`,
    read in ``addressed``: the discourse without the actors' own country)."""
    words = reader.text[span[0] : span[1]].strip().lower()
    if words not in PARTY_PRONOUNS or not CHARGE_AFTER.match(reader.text[span[1] : span[1] + 6]):
        return None
    here = span_at(doc, span[0], span[1])
    if here is None:
        return None
    start = here.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    ents = [e for e in doc.ents if start <= e.start and e.end_char <= span[0] and e.label_ in PARTY_ENTS]
    after = max((e.end for e in ents if e.sent.start == here.sent.start), default=here.sent.start)
    if words == "them" and (counted := counted_before(reader, doc, after, here.start, actor_keys, on_date, addressed)):
        return counted
    for ent in reversed(ents):
        refs = [
            r
            for r in reader.span((ent.start_char, ent.end_char), on_date, disc)
            if r.country and (r.key(), r.entity_text.lower()) not in actor_keys
        ]
        if refs:
            return refs, f"'{words}' = {ent.text}, the party named before it"
    return None


COUNTING_WORDS = {"both", "two", *COUNTS}


def counted_before(
    reader: ActorReader, doc: Doc, start: int, end: int, actor_keys: set[tuple[Any, str]],
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """'wrote to both leaders, urging them to ...', 'Russia, which has bases in both countries, urged
    them to ...': "them" after a phrase that counts parties ("both X", "the two X", "the three X"),
    told in its sentence after the last name (tokens ``start`` to ``end``), is the parties that
    phrase names (the actor reader's pair readings), when they are of two countries or more and not
    the event's own actors."""
    for tok in reversed(doc[start:end]):
        low = tok.lower_
        if low not in COUNTING_WORDS or (low != "both" and (tok.i == 0 or doc[tok.i - 1].lower_ not in {"the", "all"})):
            continue
        noun = tok.head
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i <= tok.i or noun.i >= end:
            continue
        first = tok if low == "both" else doc[tok.i - 1]
        phrase = (first.idx, noun.idx + len(noun.text))
        refs = [
            r
            for r in reader.span(phrase, on_date, disc)
            if r.country and (r.key(), r.entity_text.lower()) not in actor_keys
        ]
        if len({r.country for r in refs}) >= 2:
            return refs, f"'them' = '{doc.text[phrase[0] : phrase[1]]}', the parties counted before it"
        return None
    return None
