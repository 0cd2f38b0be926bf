"""The actor's own side named inside what an act is about is no target of the act.

"The leaders of Russia, Ukraine, Germany and France agreed a ceasefire for eastern Ukraine",
"the gunmen demanded the release of 50 Palestinians", "the accords provide for the withdrawal of
Cuban troops", "Belgrade rejected a peace plan for Kosovo": a country the actors belong to, named
only by a ``for`` phrase of a noun ("a plan for X") or by an ``of`` phrase of a noun ("the release
of X", "the withdrawal of X troops") in the act's phrases, tells what the act is about; the act is
not aimed at the actors' own country. Over the blind rounds 4-24 such a recipient was right 6 times
in 26 (those were people hit themselves: "killed scores of Afghans", which a number before "of"
keeps). A name that stands as the phrase's own head ("sanctions on Russia") or after other
prepositions is not read here, nor a country's own name after "of". A country the actors belong to named as
the owner of the act's object ("ordered soldiers to take over the nation's gas fields") owns what they act on:
no target either (types44).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, countries_of

CONTENT_PREPS = {"for", "of"}  # "a ceasefire for X", "the release of X": what the noun is about
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}  # "Cuban troops", "Kosovo's status"
STATE_ANAPHORS = LEXICON["state_anaphor_nouns"]  # "the country", "the nation": a state named before
OBJECT_DEPS = {"dobj", "obj"}  # "occupy the country's fields": the thing acted on
COUNTING_HEADS = {"hundred", "thousand", "dozen", "score", "million", "number", "lot", "group", "crowd"}


def _noun_of_content(tok: Token) -> bool:
    """Whether ``tok`` (a country word) stands as a name in a ``for`` phrase of a noun ("a plan for
    Kosovo"; a demonym there, "in exchange for Palestinian prisoners", is left as it is), or as a
    demonym in an ``of`` phrase of a noun ("the release of Palestinians", "the withdrawal of
    Cuban troops"; a country's own name there, "a mobilisation of Russia's reservists", is left as
    it is), directly or as a modifier of the phrase's noun, and that noun is no count ("scores of
    Afghans": the people themselves)."""
    demonym = tok.ent_type_ == "NORP"
    while tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in CONTENT_PREPS or prep.dep_ != "prep" or demonym != (prep.lower_ == "of"):
        return False
    noun = prep.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep  # "scores of Afghans", however the parser hangs "of"
    counted = {noun.lemma_.lower(), before.lemma_.lower()} & COUNTING_HEADS or "CD" in {noun.tag_, before.tag_}
    return noun.pos_ in {"NOUN", "PROPN"} and not counted


def own_content(
    doc: Doc, found: Sequence[ActorRef], actors: Sequence[ActorRef], things: Collection[str] = ()
) -> list[ActorRef]:
    """``found`` without the recipients of the actors' own countries named only as what the act is
    about (the module's rule); the others unchanged."""
    own = countries_of(actors)
    if not own:
        return list(found)
    kept = []
    for r in found:
        span = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
        if r.country in own and span is not None and len(span) and _noun_of_content(span.root):
            continue
        if span is not None and len(span) and _own_owner(span.root, r, own, things):
            continue
        kept.append(r)
    return kept


def _own_owner(tok: Token, r: ActorRef, own: set[str], things: Collection[str]) -> bool:
    """Whether ``tok`` (the word of ``r``) names the actors' own state as the owner of the thing they act on: a
    possessive of the object's noun that is their country's name or a word for a state ("ordered soldiers to take over
    the nation's gas fields"; types44), the object a thing of ``things`` (code_rules property_nouns; not
    "backed Madrid's efforts"); not a person nor a party of the state ("accepted the opposition's demand")."""
    if tok.dep_ != "poss" or tok.head.dep_ not in OBJECT_DEPS or tok.head.lemma_.lower() not in things:
        return False
    state = r.kind == "country" or tok.lemma_.lower() in STATE_ANAPHORS  # "Bolivia's", "the country's"
    return state and (r.country in own or r.country is None)
