"""'the three countries', 'the four governments': a counted group of countries named before as one
list ("Spain, Ireland and Norway said ..., prompting Israel to recall its ambassadors from the three
countries"). "the two ..." and "both ..." are the two countries named last (code.pairs.pair_of); a
larger count names the last list of exactly that many countries, written as one coordination
("A, B and C"), before the phrase. Nouns are data/code_rules.yaml ``pair_nouns``."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef

ACCORD_NOUNS = LEXICON["accord_nouns"]
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+&\s+)$")


def counted_group(
    words: str, refs: Sequence[ActorRef], span: tuple[int, int], named: Sequence[ActorRef], pair_nouns: Collection[str],
    text: str,
) -> list[ActorRef]:  # fmt: skip
    """The countries of the last coordinated list of as many names as 'the three countries' counts."""
    low = words.lower().split()
    if len(low) < 3 or low[0] not in {"the", "all"} or low[1] not in COUNTS or any(r.country for r in refs):
        return []
    if " ".join(low[2:]) not in pair_nouns:
        return []
    n = COUNTS[low[1]]
    before = sorted(
        (r for r in named if r.country and 0 <= r.start_char and r.end_char <= span[0]), key=lambda r: r.start_char
    )
    best: list[ActorRef] = []
    run: list[ActorRef] = []
    for r in before:
        joined = bool(run) and _JOIN.match(text[run[-1].end_char : r.start_char]) is not None
        run = [*run, r] if joined else [r]
        if len(run) == n and len({x.country for x in run}) == n:
            best = list(run)
    if not best:
        return []
    sector = refs[0].sector if len(refs) == 1 else None
    names = ", ".join(r.country or "" for r in best)
    why = f"'{words}': the {n} countries named together before ({names})"
    return [ActorRef.group_member(r.country or "", sector, words, span, why) for r in best]


def accord_name(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether ``span`` is a name compounded into an accord's name ("the Iran nuclear
    deal", "the Paris climate accord"; lexicon accord_nouns): the party itself only when it is
    the country's own name, not a city's (participants/recipients.py)."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None:
        return False
    root = phrase.root
    return root.dep_ in {"compound", "nmod"} and root.head.lemma_.lower() in ACCORD_NOUNS
