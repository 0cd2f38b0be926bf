"""A feeling about an act, told with "be" and an adjective of lexicon ``feeling_adjectives`` (storyrec44):
"said he was very pleased by the move", "was deeply disappointed with the ruling". The frame of "be" holds
the adjective's form, its preposition and that phrase's object (the object read as a verb's would be, so the
judged act's doer is the recipient); verb_frames' "be GLAD_ADJ FEELING_PREP" (051) and "be DISMAYED_ADJ
FEELING_PREP" (110) code it. The parser reads some of them as a passive participle ("it was dismayed by the
expulsions": the judged act parsed as the passive's agent), which is built as the same frame of "be", its
subject the one who feels. Pure functions of the dependency parse and the lexicon; read by frame/frames.py."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

PLAIN_FEELINGS = LEXICON["feeling_adjectives"]
GRAVE_FEELINGS = LEXICON["grave_feelings"]
GRAVE_ADVERBS = LEXICON["grave_adverbs"]
# every adjective that can tell a feeling about an act (code/feelings.py drops one that names no act)
FEELING_ADJS = PLAIN_FEELINGS | GRAVE_FEELINGS
CAUSATIVE_FEELINGS = LEXICON["causative_feelings"]
COPULA = "be"
ABOUT_DEPS = frozenset({"prep", "agent"})  # "pleased with", "disappointed by" (parsed as a passive's agent)
# how the subject of a feeling told by a passive participle was found (Frame.subject_how)
FELT = "a feeling told by a passive participle: the one who feels"


def feeling(adj: Token) -> bool:
    """Whether ``adj`` is an adjective of ``feeling_adjectives`` (by its lemma or its form: "dismayed" is
    often lemmatised "dismay"), or one of ``grave_feelings`` told with an adverb of ``grave_adverbs`` ("deeply
    concerned": disapproval in a diplomat's words; a plain "concerned about the violence" is a worry)."""
    lemma, form = adj.lemma_.lower(), adj.lower_
    if lemma in PLAIN_FEELINGS or form in PLAIN_FEELINGS:
        return True
    if form not in GRAVE_FEELINGS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in GRAVE_ADVERBS for c in children(adj))


def felt_about(adj: Token) -> tuple[list[str], list[Token]]:
    """(context words, objects) of what the feeling ``adj`` is about: its form, then each preposition with an
    object and that object's lemma; the objects of those phrases."""
    ctx = [adj.lower_]
    objects: list[Token] = []
    for p in children(adj):
        about = [o for o in children(p) if o.dep_ == "pobj"] if p.dep_ in ABOUT_DEPS else []
        if about:
            ctx.extend([p.lemma_.lower(), *(o.lemma_.lower() for o in about)])
            objects.extend(about)
    return ctx, objects


def felt_passive(verb: Token) -> tuple[list[str], list[Token], list[Token]] | None:
    """(context words, objects, the ones who feel) of a feeling parsed as a passive participle with "be"
    ("it was dismayed by the expulsions", "Tokyo was angered by the decision"), when it says what it is about;
    else None. Not one of ``causative_feelings`` ("protesters were encouraged by the party to march": an act
    done to the subject), nor a participle with a clause of its own."""
    if verb.tag_ != "VBN" or not feeling(verb) or verb.lower_ in CAUSATIVE_FEELINGS:
        return None
    kids = children(verb)
    told_with_be = any(c.dep_ == "auxpass" and c.lemma_.lower() == COPULA for c in kids)
    if not told_with_be or any(c.dep_ == "xcomp" for c in kids):
        return None
    feelers = [c for c in kids if c.dep_ == "nsubjpass"]
    ctx, objects = felt_about(verb)
    return (ctx, objects, feelers) if feelers and objects else None
