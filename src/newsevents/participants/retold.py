"""A definite description told again by its head noun alone (storycoref58): "a military council seized
power ... the council would hand power back", "a rebel faction seized the port ... the faction said".

A story describes a party once with the words that tell whose it is (a nationality, a country's name, a
service: "a military council", "a Somali rebel faction") and later by "the" and the head noun alone. The
noun alone names no one the knowledge base knows ("council", "faction" are no role words), so the act
told of it was dropped for want of an actor. The earlier description, read as any actor phrase is read
(with the country a dateline lends a role word), is the party the short one names.

* ``described_mentions`` (read once with the discourse, participants/opening.py): each lower-case common
  noun of the article with words of its own before it in its noun phrase ("military" in "a military
  council"), with the lemma and the phrase's offsets.
* ``retold``: a phrase of "the" and one lower-case noun of a body (lexicon ``retold_body_nouns``:
  not an event noun, "the invasion" after "the Iraqi invasion" is the act, not its doer, nor a place) that
  names no party by itself is the party the
  last such description of the same noun before it reads; none where the descriptions of that noun before
  it read different parties ("a Somali faction ... an Ethiopian faction ... the faction": which one is not told),
  nor where the noun's last description reads no party.

Role words the knowledge base reads (a "ministry", "the rebels") keep their own reading and the rules that
lend them a country (participants/samenoun.py for the same noun named with a country's name); the words
of ``anaphors`` ("the group", "the party") keep theirs (the kind of party named last,
participants/actors.ActorReader.antecedent); this rule reads only what those leave with no one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import tokens
from newsevents.records import ActorRef

__all__ = ["described_mentions", "retold"]

BODY_NOUNS = LEXICON["retold_body_nouns"]

# (phrase start, phrase end, the head noun in lower case, its lemma) in chars
Described = tuple[tuple[int, int, str, str], ...]

# the dependants before a noun that describe it: "a military council", "an Italian navy corvette",
# "Chad's army"
DESCRIBING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})


def described_mentions(doc: Doc) -> Described:
    """Each lower-case common noun with describing words before it in its own phrase, in text order."""
    out = []
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or not tok.is_lower or not tok.is_alpha:
            continue
        left = [c for c in tok.lefts if c.dep_ in DESCRIBING_DEPS]
        if not left:
            continue
        start = min(c.left_edge.i for c in left)
        begin = doc[start].idx
        out.append((begin, tok.idx + len(tok.text), tok.lower_, tok.lemma_.lower()))
    return tuple(out)


def retold(
    words: str, span: tuple[int, int], found: list[ActorRef], mentions: Described,
    read: Callable[[tuple[int, int]], list[ActorRef]],
) -> tuple[list[ActorRef], tuple[int, int]] | None:  # fmt: skip
    """The parties a phrase "the" + noun at ``span`` names by the last description of that noun told
    before it (``read``: the actors a phrase names), with the offsets of that description; None for
    another phrase, one that names a party by itself, a noun whose last description before it reads no
    party, or one whose descriptions before it read different parties."""
    said = words.split()
    if len(said) != 2 or said[0].lower() != "the" or not said[1].isalpha() or not said[1].islower():
        return None
    if found:  # a role word the knowledge base reads keeps its reading
        return None
    readings: list[tuple[list[ActorRef], tuple[int, int]]] = []
    for start, end, lower, lemma in mentions:
        if end > span[0] or said[1] not in (lower, lemma) or lemma not in BODY_NOUNS:
            continue
        parties = [r for r in read((start, end)) if r.country or r.kind not in (None, "sector")]
        readings.append((parties, (start, end)))
    if not readings or not readings[-1][0]:
        return None
    last, at = readings[-1]
    codes = {r.code for r in last}
    if any(refs and {r.code for r in refs} != codes for refs, _ in readings):
        return None
    return last, at
