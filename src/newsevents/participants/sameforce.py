"""'Villagers threw rocks at Serbian troops, and soldiers opened fire': a state's force
known only by a role word ("soldiers", "the police", "troops") that its sentence named before with a
country ("Serbian troops", in any role) is that force (participants.stage reads it when the actor
phrase names no country of its own). News names a force once with its nationality and then by its
role word alone; the place of the act (code/parties.py local_people) would otherwise give it the
country of the people it faces."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_head
from newsevents.parse.tree import span_at
from newsevents.participants.actors import ActorReader
from newsevents.records import ActorRef

FORCE_SECTORS = LEXICON["taken_up_force_sectors"]
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _role_only(refs: list[ActorRef]) -> ActorRef | None:
    """The one role word of a state's force (lexicon taken_up_force_sectors; no country, no entity of
    its own) a phrase names, if it names one."""
    if len(refs) != 1:
        return None
    r = refs[0]
    bare = r.country is None and r.kind == "sector"
    return r if bare and r.sector in FORCE_SECTORS else None


def _subject(tok: Token) -> bool:
    """A subject, or a conjunct of one ("Indian and Pakistani troops", "X and Y exchanged fire")."""
    return list_head(tok).dep_ in SUBJECT_DEPS


def same_force(
    reader: ActorReader, doc: Doc, span: tuple[int, int], on_date: dt.date | None
) -> tuple[list[ActorRef], str] | None:
    """The force named before in the sentence with a country that the role word of ``span`` takes
    up: a noun phrase before it, not a subject, of the same sector, naming one country; None when
    the phrase is not a force's role word alone, or the sentence named no such force or forces of
    two countries."""
    words = reader.text[span[0] : span[1]]
    role = _role_only(reader.resolve(words, on_date))
    here = span_at(doc, span[0], span[1])
    if role is None or here is None:
        return None
    # a force acted on or faced ("rocks at Serbian troops"), not the subject of a clause of its own
    # ("Russian-led troops began arriving ..., as security forces fought protesters")
    before = [c for c in here.sent.noun_chunks if c.end_char <= span[0] and not _subject(c.root)]
    found: dict[str, ActorRef] = {}
    for chunk in before:
        for r in reader.resolve(chunk.text, on_date):
            if r.country and r.sector == role.sector and r.kb_id == f"country:{r.country}":
                found.setdefault(r.country, r)
    if len(found) != 1:
        return None
    ((country, earlier),) = found.items()
    ref = ActorRef(
        words, earlier.name, f"{country}{role.sector}", country, role.sector, earlier.kb_id, None, span[0], span[1],
        f"'{words}' = {earlier.entity_text}, the force of that kind its sentence named before",
    )  # fmt: skip
    return [ref], ref.reason
