"""Whom an accord is made with when its parties are told together, and whom a judgement of an
accord told before is aimed at.

* ``joint_accord``: "Ethiopia and Eritrea signed a border accord", "the presidents of Chad, Niger
  and Mali signed a pact": an accord (CAMEO 057, or an agreement whose object is an accord noun)
  told with two parties or more as its subject and no recipient named is made by each party with
  the others: its recipients are its parties (the scorer compares country sets, so each party is
  both a signer and the one signed with).
* ``accord_judged``: "the European Union welcomed the agreement", "Cairo denounced the pact",
  "Washington hailed the summit": a judgement, a welcome or an acceptance whose object is a
  definite noun of an accord or talks (lexicon accord_nouns, talk_nouns) names no party; it is
  aimed at the parties of the last accord or talks told before in the article; a party of the
  judge's own country stays ("the rebels rejected the deal" that their government signed with a
  neighbour is aimed at both signers), but a judge of the same country and sector as a party
  judges its own accord ("the two prime ministers endorsed the deal", a party of the talks
  denouncing it) and names no one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.code.accords import TALKS_CODES
from newsevents.code.parties import aside
from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef, Event

__all__ = ["accord_judged", "joint_accord"]

ACCORD_CODE = "057"  # sign a formal agreement
AGREE_ROOT = "03"  # express intent to cooperate ("agreed a ceasefire plan")
ACCORD_NOUNS = frozenset(LEXICON["accord_nouns"])
JUDGED_TALK_NOUNS = frozenset({*LEXICON["talk_nouns"], "ceremony", "signing"}) - {"call", "conversation"}
DEFINITE = {"the", "this", "that", "these", "those"}


def _parties(actors: Sequence[ActorRef]) -> list[list[ActorRef]]:
    """The actors grouped by their phrase: a name read inside another's phrase ("opposition leader"
    inside "opposition leader Raila Odinga") is that party."""
    parties: list[list[ActorRef]] = []
    for r in sorted(actors, key=lambda r: (r.start_char, -r.end_char)):
        if parties and r.start_char < max(x.end_char for x in parties[-1]):
            parties[-1].append(r)
        else:
            parties.append([r])
    return parties


def joint_accord(actors: Sequence[ActorRef], code: str, context: Sequence[str]) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) of an accord made by its coordinated subject with no recipient named:
    the parties themselves, when there are two or more of them (distinct codes or countries)."""
    accord = code == ACCORD_CODE or (code.startswith(AGREE_ROOT) and any(w in ACCORD_NOUNS for w in context))
    if not accord or len(actors) < 2 or any(r.start_char < 0 for r in actors):
        return None
    parties = _parties(actors)
    if len(parties) < 2:
        return None
    keys = {(r.code or r.entity_text, r.country) for p in parties for r in p}
    if len(keys) < 2:
        return None
    names = ", ".join(dict.fromkeys(p[0].entity_text for p in parties))
    return list(actors), f"recipient: the parties of a joint accord ('{names}'), each made it with the others"


def _judged_noun(doc: Doc, span: tuple[int, int]) -> str | None:
    """The lemma of the phrase's head when it is a definite noun of an accord or talks."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    root = phrase.root
    lemma = root.lemma_.lower()
    if root.pos_ not in {"NOUN", "PROPN"} or lemma not in ACCORD_NOUNS | JUDGED_TALK_NOUNS:
        return None
    if not any(t.lower_ in DEFINITE and t.head.i == root.i for t in phrase):
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
            if e.cameo in TALKS_CODES and (e.cameo == ACCORD_CODE) == accord and e.actor and not aside(e)
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
        if (r.kb_id or "").startswith("place:") or r.key() in own or r in sides or not r.country:
            continue
        sides.append(r)
    if not sides:
        return None
    names = " + ".join(dict.fromkeys(r.code or r.entity_text for r in sides))
    return sides, f"recipient: the parties of '{earlier.event_text}' (told before), the {noun} judged ({names})"
