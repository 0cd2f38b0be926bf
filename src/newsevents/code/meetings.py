"""A meeting told as the setting of its own parties' act (sentrec49).

"Biden and Xi agreed on Wednesday to resume military talks at their first meeting in a year", "Trump and
Kim pledged to work towards denuclearisation at a summit in Singapore", "the leaders of Britain and
Argentina agreed after two days of talks in Madrid": a noun of talks (lexicon talk_nouns) in a time
adjunct (lexicon talk_adjunct_preps) of a clause whose subject names two parties side by side is the
meeting of that pair, an event of its own beside the act the clause tells. With one party for subject
("at talks in Geneva, Iran offered ...", "was abroad at a summit") the subject may only have attended,
and nothing is said (code/clauses.talks_clause, which takes a meeting whose other side its own "with"
phrase names); nor with three or more (members attending a gathering as often as its parties), nor
where the meeting is a forum's ("pledged at the APEC summit") or a long history ("signed the deal after a
decade of negotiations": lexicon meeting_span_units names the spans a meeting is told by).

Pure functions of the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import coordinated, measured_by
from newsevents.parse.tree import children

MEETING_SPANS = LEXICON["meeting_span_units"]

# The clause links through which an adjunct's verb shares its subject's clause: "pledged to work ...
# at a summit" (the adjunct hung on the infinitive), "met and agreed ... after talks".
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj"})
NAME_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``'s clause, through infinitives and conjoined verbs with none of
    their own; None in a passive clause ("a deal brokered after talks") or where none is found."""
    seen = 0
    while seen < 4:
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(verb)):
            return None
        subj = next((c for c in children(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
        seen += 1
    return None


def _named(tok: Token) -> bool:
    """A name of a party: a proper noun or a named country, people, body or person."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTS


def _names(tok: Token) -> list[Token]:
    """The names a subject gives side by side: its conjuncts ("Biden and Xi", "he and Prime Minister
    Abbott"), or those of the "of" phrase of a plural head ("the leaders of Russia, Ukraine,
    Germany and France", "the presidents of Bosnia, Croatia and Serbia")."""
    members = coordinated(tok)
    if len(members) >= 2:
        return [m for m in members if _named(m) or m.pos_ == "PRON"]
    if tok.tag_ != "NNS":
        return []
    of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in children(of) if g.dep_ == "pobj"), None) if of is not None else None
    return [m for m in coordinated(obj) if _named(m)] if obj is not None else []


def met_as_pair(verb: Token) -> bool:
    """Whether the subject of ``verb``'s clause names two parties side by side, both by name, so that
    a meeting in the clause's time adjunct is theirs. Three or more ("The United States, Britain and
    Russia gave Ukraine assurances at a summit in Budapest") are as often members attending a
    gathering (rounds 33, 44) as its parties: left."""
    subj = _subject(verb)
    if subj is None:
        return False
    names = _names(subj)
    return len(names) == 2 and all(_named(m) for m in names)


def own_meeting(noun: Token) -> bool:
    """Whether a noun of talks can be a pair's own meeting: not a forum's, named before it ("the APEC
    summit", "a NATO summit"), nor a long history counted before it ("a decade of negotiations", "years
    of talks"; "four hours of talks", "two days of talks" are a meeting's span, lexicon
    meeting_span_units)."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(noun)):
        return False
    unit = measured_by(noun)
    return unit is None or unit.pos_ != "NOUN" or unit.lemma_.lower() in MEETING_SPANS
