"""The speaker a verb of quoting names for the act it reports: "the party quoted Suu Kyi as urging people
to protest", "the minister was quoted as calling for talks" (lexicon ``quoting_verbs``; storyrec46). The
gerund after "as" is the quoted person's act: its subject is the object of the verb of quoting, or that
verb's passive subject."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

QUOTING_VERBS = LEXICON["quoting_verbs"]


def quoted_speaker(verb: Token) -> Token | None:
    """The person quoted as doing ``verb`` ("quoted X as urging": X), else None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in QUOTING_VERBS or quoting.pos_ not in {"VERB", "AUX"}:
        return None
    deps = ("dobj", "obj", "nsubjpass")
    return next((c for c in children(quoting) if c.dep_ in deps), None)
