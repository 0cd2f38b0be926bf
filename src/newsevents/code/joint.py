"""Whom a judgement of an accord or talks told before is aimed at.

``accord_judged``: "the European Union welcomed the agreement", "Cairo denounced the pact",
"Washington praised the talks": a judgement, a welcome or an acceptance (code_rules
accord_judging_roots) whose object is a definite noun of an accord or talks (lexicon accord_nouns,
talk_nouns) names no party; it is aimed at the parties of the last accord (for an accord noun) or
talks (for a talks noun) told before in the article. A party of the judge's own country stays ("the
rebels rejected the deal" that their government signed with a neighbour is aimed at both signers),
but a judge of the same country and sector as a party judges its own accord ("the two prime
ministers endorsed the deal", a party of the talks denouncing it) and names no one; so does an
accord of its own name ("the Oslo Treaty"), not necessarily the one told before.

(Tried and dropped, docs/stories.md: the coordinated parties of a joint accord as each other's
recipients; only one round's annotator codes them so.)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.code.accords import ACCORD_CODE, TALKS_CODES
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import DEMONSTRATIVES
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, Event

__all__ = ["accord_judged"]

ACCORD_NOUNS = frozenset(LEXICON["accord_nouns"])
JUDGED_TALK_NOUNS = frozenset({*LEXICON["talk_nouns"], "ceremony", "signing"}) - {"call", "conversation"}


def _judged_noun(doc: Doc, span: tuple[int, int]) -> str | None:
    """The lemma of the phrase's head when it is a definite noun of an accord or talks."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or len(phrase) == 0:
        return None
    root = phrase.root
    lemma = root.lemma_.lower()
    if root.pos_ not in {"NOUN", "PROPN"} or lemma not in ACCORD_NOUNS | JUDGED_TALK_NOUNS:
        return None
    if not any(t.lower_ in DEMONSTRATIVES and t.head.i == root.i for t in phrase):
        return None  # "a deal", "any agreement": not the one told before
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.i == root.i for t in phrase):
        return None  # "the Oslo Treaty": an accord of its own name, not necessarily the one told before
    return lemma


def accord_judged(
    doc: Doc,
    span: tuple[int, int],
    actors: Sequence[ActorRef],
    code_root: str,
    events: Sequence[Event],
    roots: Collection[str],
    asides: Collection[str],
) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) of a judgement (CAMEO roots ``roots``) of the definite accord or talks noun
    at ``span``: the parties of the last accord or talks told before, the judge left out."""
    if code_root not in roots:
        return None
    noun = _judged_noun(doc, span)
    if noun is None:
        return None
    accord = noun in ACCORD_NOUNS  # an accord judged is an accord told before; talks judged, talks
    earlier = next(
        (
            e
            for e in reversed(events)
            if e.cameo in TALKS_CODES and (e.cameo == ACCORD_CODE) == accord and e.actor and e.id not in asides
        ),
        None,
    )
    if earlier is None:
        return None
    own = {a.key() for a in actors}
    judges = {(a.country, a.sector) for a in actors if a.country}
    if judges & {(r.country, r.sector) for r in [*earlier.actor, *earlier.recipient]}:
        return None  # a party judging its own accord ("the two leaders endorsed the deal they reached")
    sides: list[ActorRef] = []
    for r in [*earlier.actor, *earlier.recipient]:
        if r.place_people or r.key() in own or r in sides or not r.country:
            continue
        sides.append(r)
    if not sides:
        return None
    names = " + ".join(dict.fromkeys(r.code or r.entity_text for r in sides))
    return sides, f"recipient: the parties of '{earlier.event_text}' (told before), the {noun} judged ({names})"
