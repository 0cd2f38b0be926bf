"""How a wire story names again who acted (issue 11, stories): a person told by age alone ("the
93-year-old") and the pair its sentence has named ("the two men", "the two leaders", "both
neighbours"). The actor reader (participants/actors.py) asks these before its other rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from newsevents.code.parties import pair_noun
from newsevents.code.rules import CodeRules
from newsevents.progress import Discourse
from newsevents.records import ActorRef

Resolve = Callable[[str, dt.date | None], list[ActorRef]]

# "the 93-year-old", "the 71-year-old leader", "the seventy-year-old": a person told by age alone,
# with at most a common noun after it (a name after it, "the 33-year-old Skripal", names the person)
AGE_EPITHET = re.compile(r"the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+[a-z]+)?", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]?\s+[A-Z\"\u201c]|\n")


def age_epithet(words: str) -> bool:
    """Whether a phrase tells a person by age alone ("the 93-year-old", "the 56-year-old leader")."""
    w = " ".join(words.split())
    return AGE_EPITHET.fullmatch(w) is not None and (len(w.split()) < 3 or w.split()[2].islower())


def person_before(text: str, resolve: Resolve, span: tuple[int, int], disc: Discourse) -> tuple[ActorRef, ...] | None:
    """The last person named before ``span`` in any role whom the knowledge base places (a
    country), else the last person named as an actor."""
    for s, e in reversed(disc.person_spans):
        if e > span[0]:
            continue
        refs = resolve(text[s:e], None)
        known = [r for r in refs if r.country and (r.kb_id or "").startswith("person:")]
        if known:
            return (known[0],)
        break
    return disc.last_person or None


def sentence_pair(
    text: str, resolve: Resolve, rules: CodeRules, words: str, span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'the two leaders', 'the two men' after two people of two countries named before them in
    their own sentence, in any role ("Abe, in Seoul for talks with Roh, said the two leaders
    agreed"): those two people."""
    low = words.lower().split()
    noun = " ".join(low[2:] if low[:2] == ["the", "two"] else low[1:] if low[:1] == ["both"] else [])
    if noun not in rules.pair_people_nouns | rules.pair_leader_nouns:
        return []
    people: list[ActorRef] = []
    for s, e in reversed(disc.person_spans):
        if e > span[0]:
            continue
        if SENTENCE_END.search(text[e : span[0] + 1]):
            break
        refs = resolve(text[s:e], None)
        known = [r for r in refs if r.country and (r.kb_id or "").startswith("person:")]
        if known and all(p.country != known[0].country for p in people):
            people.append(known[0])
        if len(people) == 2:
            two = (people[1], people[0])
            names = f"{two[0].entity_text}, {two[1].entity_text}"
            why = f"'{words}': the two people named before in the sentence ({names})"
            return [replace(p, entity_text=words, start_char=span[0], end_char=span[1], reason=why) for p in two]
    return []


def coordinated_countries(
    text: str, rules: CodeRules, words: str, refs: list[ActorRef], span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'both neighbours', 'the two countries' after two countries named as a coordinated pair
    before them in their own sentence, in any role ("tariffs on imports from Mexico and Canada,
    after both neighbours agreed"): those two countries."""
    noun = pair_noun(words)
    if noun is None or noun not in rules.pair_nouns or noun in rules.pair_leader_nouns:
        return []
    before = [c for c in disc.country_spans if c[1] <= span[0]]
    if len(before) < 2:
        return []
    (_, e1, c1), (s2, e2, c2) = before[-2], before[-1]
    if c1 == c2 or text[e1:s2].strip(" ,") != "and" or SENTENCE_END.search(text[e2 : span[0] + 1]):
        return []
    why = f"'{words}': the two countries named together before in the sentence ({c1}, {c2})"
    sector = refs[0].sector if len(refs) == 1 else None  # 'the two governments'
    return [ActorRef.group_member(c, sector, words, span, why) for c in (c1, c2)]
