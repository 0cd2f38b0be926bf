"""A document as the subject of what it says: "The resolution demands that Iraq withdraw", "The council's
resolution also called on both sides to negotiate", "A statement attributed to the party leader urged people
to protest". The document speaks for whoever issued it (data/code_rules.yaml ``statement_nouns``; storyrec46):

* the party it is given to inside its own phrase ("a statement attributed to X", "a resolution drafted by
  X", "a statement from X");
* else the party that issued, adopted or passed a document of the same noun told before ("The council
  adopted Resolution 660. ... The resolution also called on ...");
* else the party an earlier actor phrase names by the document's owner word ("The U.N. Security Council
  voted 14-0 to condemn the invasion. The council's resolution demands ...").

Not the body that voted just before, with no owner word ("The council voted to impose sanctions. Resolution
1718 also calls on all countries to inspect cargo"): measured, it made an appeal round 20's writer does not code
(round 20 stories' precision under its floor) for one group found (round 44).

Each step reads only frames told before and their casts (the participants stage's records)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.progress import Cast
from newsevents.records import ActorRef, Frame

# participles inside a document's phrase whose agent or object is its author ("attributed to X", "issued by X",
# "tabled by X": lexicon document_author_participles)
AUTHOR_PARTICIPLES = LEXICON["document_author_participles"]
AUTHOR_PREPS = frozenset({"by", "from", "to"})
ISSUING_DEPS = frozenset({"dobj", "nsubjpass"})  # "adopted a resolution", "a resolution was adopted"


def document_subject(doc: Doc, frame: Frame, nouns: frozenset[str]) -> Span | None:
    """The frame's one actor phrase when its head is a document noun of ``nouns`` and a subject, else None."""
    if len(frame.actor_spans) != 1:
        return None
    phrase = span_at(doc, frame.actor_spans[0][0], frame.actor_spans[0][1])
    if phrase is None or phrase.root.lemma_.lower() not in nouns or phrase.root.dep_ != "nsubj":
        return None  # not "signed orders freezing assets": the object a participle hangs on is no subject
    return phrase


def _own_author(phrase: Span) -> list[tuple[int, int]]:
    """The spans of the parties a document's own phrase gives it to ("attributed to X", "drafted by X",
    "a statement from X")."""
    out: list[tuple[int, int]] = []
    heads = [phrase.root, *(c for c in children(phrase.root) if c.dep_ == "acl" and c.lemma_ in AUTHOR_PARTICIPLES)]
    for head in heads:
        for prep in children(head):
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in AUTHOR_PREPS:
                continue
            if prep.lower_ == "to" and head.i == phrase.root.i:
                continue  # "a letter to X": whom it is sent to
            objs = [o for o in children(prep) if o.dep_ == "pobj"]
            out.extend(subtree_span(o) for o in objs)
    return out


def _issued_before(
    doc: Doc, lemma: str, before: int, sentence_start: int, read: Callable[[int], Cast | None]
) -> tuple[tuple[ActorRef, ...], int | None]:
    """The actors of the last verb before token ``before`` (from ``sentence_start`` on) that issued,
    adopted or passed a document of ``lemma`` ("The council adopted Resolution 660"), and that verb."""
    for tok in reversed(doc[sentence_start:before]):
        if tok.lemma_.lower() != lemma or tok.dep_ not in ISSUING_DEPS:
            continue
        cast = read(tok.head.i)
        if cast is not None and cast.actors:
            return cast.actors, tok.head.i
    return (), None


def _owner_named(phrase: Span, casts: Sequence[Cast]) -> tuple[tuple[ActorRef, ...], int | None]:
    """The actors of the last cast told before whose actor names the document's owner word ("the
    council's resolution" after "The U.N. Security Council voted ..."), and that cast's trigger token."""
    owner = next((c for c in children(phrase.root) if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
    if owner is None:
        return (), None
    word = owner.lemma_.lower()
    for cast in reversed(casts):
        named = [a for a in cast.actors if word in (a.entity_text or "").lower().split()]
        if named:
            return tuple(named), cast.token_i
    return (), None


def document_author(
    doc: Doc, phrase: Span, read_span: Callable[[tuple[int, int]], list[ActorRef]],
    read: Callable[[int], Cast | None], casts: Sequence[Cast],
) -> tuple[tuple[ActorRef, ...], str, int | None] | None:  # fmt: skip
    """(actors, why, the trigger token of the vote or adoption they were read from) for a document subject
    with no actor of its own (module doc), else None."""
    for span in _own_author(phrase):
        refs = read_span(span)
        if refs:
            named = doc.text[span[0] : span[1]]
            return tuple(refs), f"actor: the author the document's own phrase names ('{named}')", None
    issued, issued_at = _issued_before(doc, phrase.root.lemma_.lower(), phrase.start, 0, read)
    if issued:
        return issued, f"actor: who issued the {phrase.root.text} told before", issued_at
    owned, owned_at = _owner_named(phrase, casts)
    if owned:
        return owned, f"actor: the party named before by the document's owner word ('{phrase.text}')", owned_at
    return None
