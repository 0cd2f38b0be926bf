"""A relative clause that tells a party's stance held up to now, in the present perfect or the present (storydrop56).

code.toldby.told_by_party reads a relative clause as an act of its own only in the past ("Kenyan
police, who fired tear gas"): a present perfect mostly sums up a history ("which has given billions
in aid since 2001") and a present describes. One kind of such a clause still tells the conflict a
story is about, and :func:`held_stance` reads it as an act of its own:

* a stance a party holds up to now, an accusation or a rejection (lexicon ``held_stance_roots``:
  CAMEO 11, 12), in the present perfect ("a lawmaker who has accused the cabinet of fraud", "the
  referendum, which the opposition has rejected") or the present ("Kenya, which accuses its
  neighbour of arming rebels", "a court whose rulings the government rejects").

Other acts in these tenses stay background: a material act in the present ("rebels who attack
convoys") is a habit; in the present perfect it mostly sums up a history ("a state which has fought
two wars with its neighbour", "whose soldiers have held drills for a month": storyrec26 found such
clauses false on earlier rounds) or lasts ("where students have called for a new vote"); demands and
campaigns ("who is lobbying for a boycott") likewise.

Who tells it is read as told_by_party reads a past clause: the relative pronoun standing for a
party the head noun names ("who", "which"; "that" after a plural party noun or a noun set beside a
name), a subject whose "whose" belongs to such a party, a personal pronoun after "which", "whom"
or "where", or a subject of its own that names a party. The party the stance is aimed at must be
named too (:func:`_named_target`): a pronoun object is read as the last person named, which in
such a clause is often another party than the one the sentence around it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.code.toldby import party_subject, told_by_party
from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children
from newsevents.records import ActorRef

_PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
_PRESENT_AUX = frozenset({"is", "are", "'re"})
_MODALS = frozenset({"would", "could", "might", "should", "will", "can", "may", "must", "shall", "'d", "'ll"})
_RELATIVES = frozenset({"who", "which", "that"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
HELD_STANCE_ROOTS = LEXICON["held_stance_roots"]


def tense_of(tok: Token) -> str | None:
    """'perfect' ("has accused", "have been protesting"), 'present' ("accuses", "are demanding")
    or None (past, modal, or no finite verb) for the verb of a clause."""
    auxes = {c.lower_ for c in children(tok) if c.dep_ in {"aux", "auxpass"}}
    if auxes & _MODALS:
        return None
    if auxes & _PERFECT_AUX and tok.tag_ in {"VBN", "VBG"}:
        return "perfect"
    if tok.tag_ in {"VBZ", "VBP"} and not auxes or tok.tag_ == "VBG" and auxes & _PRESENT_AUX:
        return "present"
    return None


def held_stance(tok: Token, match: FrameMatch | None) -> bool:
    """Whether the relative clause of ``tok`` tells a party's stance (an accusation, a rejection)
    held up to now, in the present perfect or the present (see the module's docstring)."""
    if tok.dep_ != "relcl" or match is None or match.code is None:
        return False
    if match.code.root not in HELD_STANCE_ROOTS or tense_of(tok) is None:
        return False
    return party_subject(tok) and _named_target(tok)


def _name(tok: Token) -> bool:
    """A proper name or a named entity of a party, or a noun owned or modified by one ("Uganda",
    "the Kenyan government", "Gruevski's cabinet")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_ENTS:
        return True
    return any(
        c.dep_ in {"poss", "compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS)
        for c in children(tok)
    )


def _named_target(tok: Token) -> bool:
    """Whether the stance of the clause of ``tok`` is aimed at a party it names: its object is a
    name ("which accuses Uganda of ..."), or the relative word is its object, directly or through
    "whose", and the noun the clause hangs on is one ("Uganda, which Nairobi accuses of ...", "the
    court, whose rulings Kenya rejects"). A pronoun object ("which accuses him of ...") stands for
    a party of the sentence around the clause, and a group known by a common noun ("refugees whom
    the minister has refused to let in") is often placed nowhere: neither is coded."""
    obj = next((c for c in children(tok) if c.dep_ in {"dobj", "obj"}), None)
    if obj is None:
        return False
    return _name(tok.head) if _object_relative(tok) else _name(obj)


def _object_relative(tok: Token) -> bool:
    """Whether the relative word is the object of the clause of ``tok``, directly or through
    "whose" ("Uganda, which Nairobi accuses of ...", "the court, whose rulings Kenya rejects")."""
    for obj in (c for c in children(tok) if c.dep_ in {"dobj", "obj"}):
        whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in children(obj))
        return obj.lower_ in _RELATIVES or obj.lower_ == "whom" or whose
    return False


def aimed_elsewhere(tok: Token, match: FrameMatch | None, recipients: Sequence[ActorRef]) -> bool:
    """Whether a stance held up to now (:func:`held_stance`, not a past act) aimed at the name the
    clause hangs on found its recipient elsewhere: none of ``recipients`` was read from that noun's
    phrase ("a man whom the state blames for the attacks on Mombasa and Kampala", the man unknown
    to the knowledge base, gave Uganda from "Kampala"). Such an event is not coded."""
    if told_by_party(tok) or not held_stance(tok, match) or not _object_relative(tok):
        return False
    start, end = tok.head.left_edge.idx, tok.head.idx + len(tok.head.text)
    return not any(start <= r.start_char < end for r in recipients)


def told_in_clause(tok: Token, match: FrameMatch | None) -> bool:
    """Whether a background clause tells an act of its own: a past act of a named party
    (code.toldby.told_by_party) or a party's stance held up to now (:func:`held_stance`)."""
    return told_by_party(tok) or held_stance(tok, match)
