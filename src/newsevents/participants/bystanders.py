"""Parties a phrase names that are not whom the act is done to (participants/recipients.py reads
the candidates; these say which of what a candidate phrase names to leave out).

A role word that names no one where it stands (no_party); whose words name the target
(wording); the broker of a deal (mediating); and, seventh session, whoever reacts to the act
("drawing condemnation from Washington and Tokyo", "despite warnings from the United States":
reacting); ninth session, a place named where a thing of the phrase stands ("signed his letter in
Tunis": located); recip29, the people who go along with the actor ("fled the palace with his
family": companion) and the frame of a record ("the largest aid package in Australia's history":
record)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsevents.code.clauses import LOCATIVE_PREPS
from newsevents.code.toldby import names_party
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS, list_head
from newsevents.parse.tree import children, span_at
from newsevents.parse.tree import text as doc_text
from newsevents.records import ActorRef

WORDING_VERBS = LEXICON["calling_verbs"] | LEXICON["speech_verbs"]
REACTION_NOUNS = LEXICON["reaction_nouns"]
MEETING_NOUNS = LEXICON["meeting_nouns"]
COMPANION_NOUNS = LEXICON["companion_nouns"]
RECORD_NOUNS = LEXICON["record_nouns"]
SEAT_METONYM = "metonym "  # the knowledge base's reason for a seat of government ("the Kremlin"), not a capital
# "-brokered", "- and Saudi-brokered", "-, Qatari- and Turkish-mediated": the words after a broker
BROKERED = re.compile(
    r"-\s*(?:(?:,|and|or)?\s*[A-Z][\w.]*-?\s*)*(?:"
    + "|".join(sorted(LEXICON["mediation_participles"] | LEXICON["sponsor_participles"]))
    + r")\b"
)


def bystander(doc: Doc, ref: ActorRef, span: tuple[int, int] | None = None) -> bool:
    """Whether a party a candidate phrase names is none of whom the act is done to; with the
    candidate's ``span`` (for acts not done to places), also where a thing of it stands (located)."""
    if span is not None and located(doc, ref, span):
        return True
    return any(rule(doc, ref) for rule in (no_party, wording, mediating, reacting, companion, kin_owner, record))


def _words(doc: Doc, ref: ActorRef) -> Span | None:
    """The tokens of the phrase ``ref`` was read from; None for a reference with no place in the text
    (start -1), or whose characters are no tokens' span."""
    return span_at(doc, ref.start_char, ref.end_char) if ref.start_char >= 0 else None


def record(doc: Doc, ref: ActorRef) -> bool:
    """'the largest aid package in Australia's history', 'the worst attack in U.S. history': a party
    named in an "in" phrase of a record noun (lexicon record_nouns) is the frame a superlative is
    measured in, not whom the act is done to."""
    words = _words(doc, ref)
    if words is None:
        return False
    for tok in words:
        head = tok.head
        if tok.dep_ in {"poss", "compound", "amod", "nmod"} and head.lemma_.lower() in RECORD_NOUNS:
            return head.dep_ == "pobj" and head.head.lower_ == "in"
    return False


def companion(doc: Doc, ref: ActorRef) -> bool:
    """'fled the palace with his family', 'arrived with her husband and aides': people of the
    actor's own (lexicon companion_nouns, owned by a pronoun) in a "with" phrase of a verb go along
    with the actor; the act is not done to them ("arrested the dissident and his family" is)."""
    words = _words(doc, ref)
    if words is None:
        return False
    tok = list_head(words.root)  # "with his wife and children"
    prep = tok.head
    return (
        tok.lemma_.lower() in COMPANION_NOUNS
        and tok.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in tok.children)
    )


def kin_owner(doc: Doc, ref: ActorRef) -> bool:
    """'fled the country, ending four decades of his family's rule', 'ending 29 years of family rule': a
    noun of people of one's own (lexicon companion_nouns) that owns or modifies another noun says whose
    that thing is (sentrecip51); the act is not done to them. A companion noun that heads its phrase
    ("arrested his family", "the family of the victim") is read as before."""
    words = _words(doc, ref)
    if words is None or len(words) != 1:
        return False
    tok = words.root
    return tok.lemma_.lower() in COMPANION_NOUNS and tok.dep_ in {"poss", "compound"} and tok.head.pos_ == "NOUN"


def no_party(doc: Doc, ref: ActorRef) -> bool:
    """A role word that names no one where it stands: an adjective ("a general strike", "military
    exercises") or "state" in "a state of emergency" (of a common noun: "the state of Texas" is a
    place, "the State of Israel" a name)."""
    words = _words(doc, ref)
    if words is None:
        return False
    tok = words.root  # "a state of emergency in New Caledonia": still a state of emergency
    if tok.lemma_.lower() == "state" and any(
        o.pos_ == "NOUN" for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
    ):
        return True
    if ref.kind != "sector" or len(words) != 1:
        return False
    return tok.pos_ == "ADJ" and tok.dep_ == "amod"


def mediating(doc: Doc, ref: ActorRef) -> bool:
    """A party named as the broker of what the act is about ("signed a Norwegian-brokered
    ceasefire", "U.S.- and Saudi-brokered talks") or as the sponsor of it ("landed at the start of a
    U.N.-backed mission", recip38): a third party, not whom the act is done to (lexicon
    mediation_participles and sponsor_participles after a hyphen)."""
    return ref.end_char >= 0 and BROKERED.match(doc_text(doc), ref.end_char) is not None


def wording(doc: Doc, ref: ActorRef) -> bool:
    """'struck what New Delhi described as a militant camp': the subject of a "what" clause of a
    speech or calling verb (lexicon speech_verbs, calling_verbs) says whose words name the
    target; it is no recipient."""
    words = _words(doc, ref)
    if words is None:
        return False
    tok = words.root
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in WORDING_VERBS
        and any(w.lower_ == "what" and w.i < tok.i for w in verb.subtree)
    )


def reacting(doc: Doc, ref: ActorRef) -> bool:
    """A party named in a "from" phrase of a reaction noun (lexicon reaction_nouns: "drawing
    condemnation from Washington and Tokyo", "despite warnings from the United States and
    China"): it reacts to the act, it is not whom the act is done to."""
    words = _words(doc, ref)
    if words is None:
        return False
    tok = list_head(words.root)  # "from Washington, Tokyo and Seoul"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    holder = prep.head  # "condemnation from X", or "drawing condemnation from X" (the verb's phrase)
    return holder.lemma_.lower() in REACTION_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in REACTION_NOUNS for c in children(holder)
    )


def located(doc: Doc, ref: ActorRef, span: tuple[int, int]) -> bool:
    """'signed his letter in Tunis', 'initialled an agreement at a U.S. air base', 'talks at a
    military base in Alaska': a party named in a locative phrase (lexicon place_phrase_prepositions)
    of a meeting or an accord noun inside the candidate phrase ``span`` (lexicon meeting_nouns; not
    of other things: "the conflict in Iraq" names whom), or modifying the noun of a candidate that
    is itself such a phrase and names a thing, not people ("at a U.S. air base"; not "to refugees
    in Sudan"), says where the act happened, not whom it is done to. Only the first phrase above
    the name counts ("a ceasefire in its war with Iraq": Iraq is whom the war is with)."""
    words = _words(doc, ref)
    if words is None or (ref.reason or "").startswith(SEAT_METONYM):
        return False  # "signed the treaty in the Kremlin": a seat of government names its host
    tok = words.root
    while tok.head.i != tok.i and span[0] <= tok.head.idx < span[1]:
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ not in LOCATIVE_PREPS or prep.head.i == prep.i:
                return False
            holder = prep.head
            return holder.idx >= span[0] and holder.lemma_.lower() in MEETING_NOUNS
        tok = tok.head
    # the phrase itself a place of a thing: "at a U.S. air base", a name modifying its noun
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in LOCATIVE_PREPS
        and tok.pos_ == "NOUN"
        and tok.i != words.root.i
        and not names_party(tok)
    )
