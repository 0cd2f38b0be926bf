"""A definite description told again by its head noun alone (storycoref58): "a military council seized
power ... the council would hand power back", "an Italian navy corvette ... the corvette had rammed".

A story describes a party once with the words that tell whose it is (a nationality, a country's name, a
service: "a military council", "an Italian navy corvette") and later by "the" and the head noun alone. The
noun alone names no one the knowledge base knows ("council", "corvette" are no role words), so the act
told of it was dropped for want of an actor. The earlier description, read as any actor phrase is read
(with the country a dateline lends a role word), is the party the short one names.

* ``described_mentions`` (read once with the discourse, participants/opening.py): each lower-case common
  noun of the article with words of its own before it in its noun phrase ("military" in "a military
  council"), with the lemma and the phrase's offsets.
* ``halves``: "the South" after both halves of a divided country were named ("North Korea fired on South
  Korea's island ... the South returned fire") is the half named with that word (lexicon
  ``half_name_words``); none where the halves named before are not exactly two countries. "The two Koreas"
  read as both halves was tried and taken out: the gold writes such a meeting's halves as actor and
  recipient, and the two as actors lowered the actor figures under rounds 27, 41 and 47's floors.
* ``retold``: a phrase of "the" and one lower-case noun of bodies and vessels (lexicon ``retold_body_nouns``:
  not an event noun, "the invasion" after "the Iraqi invasion" is the act, not its doer, nor a place) that
  names no party by itself is the party the
  last such description of the same noun before it reads; none where the descriptions of that noun before
  it read different parties ("a Chinese ship ... a Philippine ship ... the ship": which one is not told),
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

__all__ = ["described_mentions", "halves", "retold"]

HALF_WORDS = LEXICON["half_name_words"]
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


def halves(
    words: str, span: tuple[int, int], text: str, countries: tuple[tuple[int, int, str], ...]
) -> list[ActorRef] | None:
    """The country "the South" at ``span`` names: of the countries named before it (``countries``: start,
    end, ISO3 of each mention), those whose mention opens with a word of ``half_name_words`` followed by
    the same name ("North Korea", "South Korean"), when exactly two countries are so named: the one named
    with the phrase's word. None for another phrase."""
    said = words.split()
    if len(said) < 2 or said[0].lower() != "the":
        return None
    told = []  # (the word, the name after it, ISO3) of each half named before
    for s, e, iso in countries:
        parts = text[s:e].replace("\u2019s", "").replace("'s", "").split()
        if e <= span[0] and len(parts) == 2 and parts[0] in HALF_WORDS:
            told.append((parts[0], parts[1], iso))

    def same(a: str, b: str) -> bool:  # "Korea" and "Korean": one name, as a country and as a people
        return min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))

    pairs = {  # each name with its two halves: the name -> {word: ISO3}
        n1: {w1: i1, w2: i2} for w1, n1, i1 in told for w2, n2, i2 in told if w1 != w2 and i1 != i2 and same(n1, n2)
    }
    if len(said) == 2 and said[1] in HALF_WORDS:
        isos = {v[said[1]] for v in pairs.values()}
        picked = list(isos) if len(isos) == 1 else []
    else:
        return None
    why = f"'{words}': the half of a divided country named before with that word"
    return [ActorRef(words, iso, iso, iso, None, f"country:{iso}", None, span[0], span[1], why) for iso in picked]
