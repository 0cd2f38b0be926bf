"""Adjuncts of a verb that are no arguments of its patterns (stage frame; storyprec20): a setting told
before the subject ("Under the deal, Iran will cut its stockpile"), the object of a preposition of
sequence ("left Belgrade following talks with Milosevic"), and a prefix the tokenizer split off by a
hyphen ("defence co-operation" is "cooperation" to the patterns)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

SEQUENCE_PREPS = LEXICON["sequence_prepositions"]
HYPHEN_PREFIXES = frozenset({"co"})  # "co-operation": the spelling with a hyphen of "cooperation"
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})


def sequence_preposition(prep: Token) -> bool:
    """Whether a preposition sets its verb's act in time beside another act (lexicon
    ``sequence_prepositions``: "after", "following", "amid")."""
    return prep.lemma_.lower() in SEQUENCE_PREPS or prep.lower_ in SEQUENCE_PREPS


def hyphen_joined(n: Token) -> str:
    """The lemma of a noun, with a prefix the tokenizer split off by a hyphen joined back ("defence
    co-operation", tokenized "co", "-", "operation": "cooperation", as the patterns spell it)."""
    lemma = n.lemma_.lower()
    doc = n.doc
    if n.i >= 2 and doc[n.i - 1].text == "-" and doc[n.i - 2].lower_ in HYPHEN_PREFIXES:
        return doc[n.i - 2].lower_ + lemma
    return lemma


def fronted_setting(prep: Token, verb: Token) -> bool:
    """A prepositional phrase told before the subject of a verb that has an object of its own
    ("Under the deal, Iran will cut its stockpile", "After talks with Kim, Moon signed the bill"):
    the setting of the clause, not a second object of the verb. Without an object of its own the
    phrase may still say what the verb is about ("Under the agreement, Israel agreed to ...")."""
    subjects = [c.i for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if not any(c.dep_ in OBJECT_DEPS for c in children(verb)):
        return False
    return bool(subjects) and prep.i < min(subjects)


def sequence_modified(noun: Token) -> bool:
    """An object the parser gives a modifier of sequence ("following talks" read as an adjective
    before the noun): the noun is that preposition's object, not the verb's."""
    return any(m.dep_ in {"amod", "compound"} and m.i < noun.i and m.lower_ in SEQUENCE_PREPS for m in children(noun))
