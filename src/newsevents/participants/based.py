"""The country of a group named by a role word and placed by a participle ("militants based in X").

A recipient phrase that names only a role word of no country ("militants", "militant groups", "a
cell") with a participle of lexicon base_participles hung on its head ("based", "headquartered",
"stationed"), whose "in" or "from" phrase names one country (by its name, a place of it or a
demonym), is of that country: "Afghanistan blamed militants based in Pakistan" is aimed at Pakistan,
as "Pakistan-based militants" already was (the knowledge base reads the hyphenated form). Before, the
participle stood outside the object's span, the role word had no country, and it was given the
accuser's own country as its own people (code.parties.domestic). Where a group acts ("guerrillas
operating in Macedonia") is no participle of base: it may be abroad.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, countries_of

BASE_PARTICIPLES = LEXICON["base_participles"]
BASE_PREPOSITIONS = {"in", "from"}


def based_in(
    reader: ActorReader, doc: Doc, span: tuple[int, int], found: Sequence[ActorRef], on_date: dt.date | None,
    disc: Discourse,
) -> list[ActorRef]:  # fmt: skip
    """``found`` (read from the phrase ``span``) placed in the one country a participle of base on the
    phrase's head names (module doc); ``found`` unchanged otherwise."""
    if not found or any(r.country is not None or r.kind not in (None, "sector") for r in found):
        return list(found)
    phrase = span_at(doc, span[0], span[1])
    if phrase is None:
        return list(found)
    countries: set[str] = set()
    for part in children(phrase.root):
        if part.dep_ != "acl" or part.lemma_.lower() not in BASE_PARTICIPLES:
            continue
        for prep in children(part):
            if prep.dep_ != "prep" or prep.lower_ not in BASE_PREPOSITIONS:
                continue
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    countries |= countries_of(reader.span(subtree_span(obj), on_date, disc))
    if len(countries) != 1:
        return list(found)
    c = next(iter(countries))
    why = f"of {c}: the country the participle of base on the role word names"
    return [r.in_country(c, why) for r in found]
