"""A readiness told twice (storyprec49, from the story false events of rounds 26-51): "said it was ready
to talk to the mediators" gave two events, the copula's "be ready" (CAMEO 030, PLOVER AGREE) and the
act it is ready for (the talks, an intent: 036): one act told twice, both false where the gold codes the
talks themselves (rounds 28, 38, 48, 50, 51), one redundant where it codes the intent. The act readied tells
the event; the copula tells none of its own when that act has a code, and the act, when it is an intent, is
the statement of readiness that was made: asserted, as the copula's event was ("Jordan said it was ready to
resume talks": an intent to negotiate, told now). A readiness for an act the dictionary lacks ("was ready to
act if needed") keeps the copula's intent.
A pure function of the dependency parse and the lexicon; read by derive/stage.py, which drops the
copula's event with the reason returned."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

READINESS_WORDS = LEXICON["readiness_words"]
FORCE_READINESS_VERBS = frozenset(LEXICON["force_readiness_verbs"])
INTENT_ROOT = "03"  # an intent to cooperate: the readiness stated, asserted
ALERT_CODE = "152"  # Increase military alert status (PLOVER MOBILIZE)


def _readied(
    tok: Token, match_at: Callable[[int], FrameMatch | None]
) -> Iterator[tuple[Token, Token, FrameMatch | None]]:
    """(the readiness word, the word it governs, the dictionary's match of that word when a to-infinitive) for
    the copula "be" at ``tok`` with an adjective of ``readiness_words`` ("was ready to talk"); nothing else."""
    if tok.lemma_.lower() != "be":
        return
    for word in children(tok):
        if word.dep_ != "acomp" or word.lower_ not in READINESS_WORDS:
            continue
        for act in children(word):
            yield word, act, (match_at(act.i) if act.dep_ == "xcomp" else None)


def ready_copula(tok: Token, match_at: Callable[[int], FrameMatch | None]) -> str | None:
    """Why the copula "be ready" (or one of the other ``readiness_words``: "willing", "prepared") at
    ``tok`` tells no event of its own, when the to-infinitive of its adjective is an act with a PLOVER
    code of its own ("was ready to talk to the mediators", "is willing to send troops"), else None.
    ``match_at(i)``: the dictionary's match of the frame at token i."""
    for word, act, told in _readied(tok, match_at):
        if told is not None and told.code is not None and told.code.plover:
            return f"'{tok.text} {word.text} to {act.text}': the act readied tells the event, not the copula"
    return None


def readied_force(tok: Token, match_at: Callable[[int], FrameMatch | None]) -> str | None:
    """Why the copula "be ready" at ``tok`` is a force's alert (CAMEO 152, PLOVER MOBILIZE), when its
    to-infinitive is one of ``force_readiness_verbs`` with no code of its own ("the garrison was ready to act
    should the fighting spread", "its units were prepared to intervene"), else None: a readiness
    to use force told without naming its act (storyprec52)."""
    for word, act, told in _readied(tok, match_at):
        coded = told is not None and told.code is not None and told.code.plover is not None
        if act.dep_ == "xcomp" and act.lemma_.lower() in FORCE_READINESS_VERBS and not coded:
            return f"'{tok.text} {word.text} to {act.text}': a readiness to use force, a raised alert"
    return None


def readied_at_copula(tok: Token) -> str | None:
    """The readiness word (one of ``readiness_words``) on a copula whose to-infinitive ``tok`` is ("was
    ready to resume talks": "ready"), else None: the act that tells the readiness in the copula's stead."""
    word = tok.head
    if tok.dep_ != "xcomp" or word.i == tok.i or word.dep_ != "acomp" or word.lower_ not in READINESS_WORDS:
        return None
    return word.text if word.head.lemma_.lower() == "be" else None
