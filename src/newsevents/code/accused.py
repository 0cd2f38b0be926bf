"""Whom a denial of "the charges" answers when the accusation was told far back (recip41).

"Moldova's president accused Bucharest of arming the separatists ... [three or more sentences of
background] ... Romania rejected the accusations as a provocation": a denial (data/code_rules.yaml
``denying_codes``) whose object is a definite noun of an accusation (lexicon ``accusation_nouns``:
"the accusation", "these allegations", "the charges"; not "a charge", "any claim", nor one with an
owner, "Lula's accusation", whose owner the recipient rules read) refers to an accusation told
before: it answers whoever made the last accusation (CAMEO root 11) told before it anywhere in the
story, when parties of one country other than the denier's made it and it was aimed at the denier's
country or at no one of a country. code/answers.accuser_before reads the last three sentences first,
and wants the accusation aimed at the denier; this one reads the whole story back, since the definite
noun says the accusation was told. Not an accusation by the denier's own side (the army's fraud claims
rejected by an election commission at home: no foreign accuser), nor one aimed at a third country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import DEMONSTRATIVES
from newsevents.parse.tree import children, span_at
from newsevents.records import ActorRef, Event, Frame, countries_of

__all__ = ["accusation_answered"]

ACCUSATION_NOUNS = frozenset(LEXICON["accusation_nouns"])
ACCUSING_ROOT = "11"  # disapprove, accuse, blame (PLOVER ACCUSE)


def _told_accusation(doc: Doc, frame: Frame) -> str | None:
    """The text of the denial's object when it is a definite noun of an accusation with no owner."""
    if not frame.object_spans:
        return None
    a, b = frame.object_spans[0]
    phrase = span_at(doc, a, b)
    if phrase is None or len(phrase) == 0:
        return None
    head = phrase.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ACCUSATION_NOUNS:
        return None
    dets = [t for t in children(head) if t.dep_ in {"det", "poss"}]
    if len(dets) != 1 or dets[0].dep_ != "det" or dets[0].lower_ not in DEMONSTRATIVES:
        return None  # "a charge", "any claim", "Lula's accusation", "its claims": not the one told before
    return doc.text[a:b]


def accusation_answered(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(the accusers, why) of the last accusation told before the denial at ``frame`` anywhere in the
    story (module doc), when its object is a definite noun of an accusation; None otherwise."""
    own = countries_of(actors)
    words = _told_accusation(doc, frame)
    if not own or words is None:
        return None
    for e in reversed(events):
        if e.sentence_index > frame.sentence_index or e.start_char >= frame.trigger_start:
            continue
        if e.cameo_root != ACCUSING_ROOT or e.modality != "asserted":
            continue
        accusers = [a for a in e.actor if a.country]
        accused = countries_of(e.recipient)
        if not accusers:
            continue
        if countries_of(accusers) & own or len(countries_of(accusers)) != 1 or (accused and not accused & own):
            return None  # the denier's own side, several sides, or an accusation aimed at a third country
        return accusers, f"recipient: who made '{e.event_text}' (told before), what '{words}' refers to"
    return None
