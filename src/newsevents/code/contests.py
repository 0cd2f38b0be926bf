"""Contests told with the words of a fight: a match, a race or a vote won ("Morocco beat Portugal
1-0", "storming through the streets to win the marathon", "beating Cyprus into second place",
"narrowly beating Beijing in a vote to host the Olympics"). Pure functions of the dependency parse;
the words are the lexicon's (``match_nouns``, ``goal_nouns``, ``contest_verbs``, ``match_times``,
``rank_ordinals``; docs/lexicon.md)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

MATCH_NOUNS = LEXICON["match_nouns"]  # what a match is played in or on, or what a contest wins
GOAL_NOUNS = LEXICON["goal_nouns"]  # what is scored in a match
CONTEST_VERBS = LEXICON["contest_verbs"]  # what a contest's winner does with what it wins
MATCH_TIMES = LEXICON["match_times"]  # the closing minutes of a match ("extra time")
RANK_ORDINALS = LEXICON["rank_ordinals"]  # "into second place"
# a match score ("1-0", "2 - 2", "114-110"), not a day range ("3-5 March")
_SCORE = re.compile(
    r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,])(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I
)
# how a verb of the fight hangs on the clause that tells the contest: "won the World Cup, with
# Iniesta striking the winner" (acl, pobj, prep), "to run a marathon ..., storming through the
# streets" (advcl), "chosen to host the Olympics, narrowly beating Beijing"; not a coordinated clause
# ("the team won the cup, and police beat fans": its own act) nor a reported one
_GOVERNED_BY = {"advcl", "xcomp", "acl", "pcomp", "pobj", "prep", "npadvmod"}
# from a governing clause down to the contest it names: "became the first man to run a marathon",
# "was chosen to host the Games", "won the right to host the Games" (through the object)
_LEADS_TO = {"xcomp", "advcl", "acl", "relcl", "attr", "oprd", "dobj"}


def _match_time(t: Token) -> bool:
    """ "in extra time", "in injury time": a modifier and the noun of a match's closing minutes."""
    name = " ".join([*(w.lower_ for w in children(t) if w.dep_ in {"amod", "compound"}), t.lemma_.lower()])
    return any(name.endswith(p) for p in MATCH_TIMES)


def _played_in(c: Token) -> bool:
    """A prepositional phrase of a match: "on penalties", "in four sets", "from two goals down",
    "into second place", "in extra time"."""
    if c.dep_ != "prep":
        return False
    for g in children(c):
        if g.dep_ != "pobj":
            continue
        lemma = g.lemma_.lower()
        if lemma in MATCH_NOUNS or _match_time(g):
            return True
        if lemma in GOAL_NOUNS and any(w.dep_ == "nummod" for w in children(g)):
            return True  # "from two goals down"; not "talks on a more ambitious goal"
        if lemma == "place" and any(w.lower_ in RANK_ORDINALS for w in children(g)):
            return True
    return False


def _phrases(v: Token) -> list[Token]:
    """The verb's own phrases and those of its adverb: "fought back from two goals down" (the parser
    hangs "from" on "back")."""
    own = list(children(v))
    return own + [g for c in own if c.dep_ == "advmod" for g in children(c)]


def _wins(v: Token) -> bool:
    """A verb of winning with the contest it wins: "to win the World Cup", "to seal victory", "to
    run a marathon", "to host the Olympics", "to become world chess champion"."""
    return v.lemma_.lower() in CONTEST_VERBS and any(
        c.dep_ in {"dobj", "obj", "attr", "oprd"} and c.lemma_.lower() in MATCH_NOUNS for c in children(v)
    )


def _contest_above(tok: Token) -> bool:
    """Whether a clause that governs the verb, or one it leads to, tells a contest won or a match's
    closing minutes ("Spain's attack broke down the Dutch defence in extra time")."""
    t, seen = tok, 0
    while seen < 6 and t.head.i != t.i and (t.dep_ in _GOVERNED_BY or (t is tok and t.dep_ == "nsubj")):
        t, seen = t.head, seen + 1
        if any(_match_time(g) for c in children(t) if c.dep_ == "prep" for g in children(c) if g.dep_ == "pobj"):
            return True
        stack = [(t, 0)]
        while stack:
            v, depth = stack.pop()
            if _wins(v):
                return True
            if depth < 3:
                stack.extend((c, depth + 1) for c in children(v) if c.dep_ in _LEADS_TO)
    return False


def sports_result(tok: Token, score_verbs: frozenset[str]) -> bool:
    """'Morocco beat Portugal 1-0', 'fought back to draw 2-2 with Chelsea', 'beat Chile to win the
    World Cup', 'stormed to victory in the marathon', 'won the song contest, beating Cyprus into
    second place': a match or a contest, not a fight."""
    if tok.lemma_.lower() not in score_verbs:
        return False
    near = [t for t in tok.subtree if t.head.i == tok.i or t.head.head.i == tok.i or t.i == tok.i]
    clauses = [tok]
    if tok.dep_ == "compound":  # "Peru beat hosts Chile 2-0": the verb read as a modifier of "hosts"
        near.extend(g for g in tok.head.subtree if g.head.i == tok.head.i or g.head.head.i == tok.head.i)
        clauses.append(tok.head)
    for t in children(tok):  # "fought back to draw 2-2": the clause it leads to
        if t.dep_ in {"advcl", "xcomp", "conj"}:
            near.extend(g for g in t.subtree if g.head.i == t.i or g.head.head.i == t.i)
            clauses.append(t)
    # the words between the first and the last near word: "3-1" is parsed "3" <- "1" <- "-"
    lo, hi = min(t.i for t in near), max(t.i for t in near)
    words = tok.doc[lo : hi + 1].text
    # "Italy beat France on penalties in the World Cup final", "striking the winner", "to win the
    # European Championship", "stormed to victory": a match without its score
    scored = any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in GOAL_NOUNS for v in clauses for c in children(v))
    played = scored or any(_played_in(c) for v in clauses for c in _phrases(v)) or any(_wins(v) for v in clauses)
    return played or bool(_SCORE.search(words)) or _contest_above(tok)
