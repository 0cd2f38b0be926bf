"""Acts told inside a phrase that the clause around them would swallow (issue 11, the fifteenth
session's drops, built from the misses of rounds 19 to 22):

* what an accord provides, in a relative clause opened by "under which", "by which" or "whereby"
  (:func:`provided_by_accord`; code/clauses.told_by_party keeps it, frame/frames leaves it
  undated by the signing);
* an event noun with a named possessive in the phrase of an answer or after "at"
  (:func:`possessed_by_party`; code/coder.is_absorbed keeps it).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

__all__ = ["possessed_by_party", "provided_by_accord"]

ACCORD_NOUNS = LEXICON["accord_nouns"]
RESPONSE_NOUNS = LEXICON["response_nouns"]
_NAME_ENTS = {"GPE", "NORP", "ORG", "PERSON"}

_PROVIDING_PREPS = {"under", "by"}  # "under which", "by which"; "whereby" is one word


def _own_thing(obj: Token) -> bool:
    """An object its party owns: "its nuclear programme", "their plans"."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(obj))


def provided_by_accord(verb: Token) -> bool:
    """A relative clause opened by "under which", "by which" or "whereby" in the noun phrase of an
    accord (lexicon accord_nouns): "signed a deal, under which Russian peacekeepers will deploy",
    "an accord whereby the rebels disarm". It tells what the accord provides, an act of its own
    (its modality from its own verb: "will deploy" is future), not a description of the accord.
    The accord may be a few words up ("a deal to end the fighting in X, under which ..."). A party's
    act on its own thing ("under which Iran will curb its programme") is a restraint of its own that
    the dictionary codes as a sanction: left out (rounds 4 and 6 read it as a concession or retreat)."""
    if verb.dep_ != "relcl":
        return False
    opened = any(
        (c.dep_ == "prep" and c.lower_ in _PROVIDING_PREPS and any(o.lower_ == "which" for o in children(c)))
        or c.lower_ == "whereby"
        for c in children(verb)
    )
    if not opened or any(_own_thing(c) for c in children(verb) if c.dep_ == "dobj"):
        return False
    t = verb.head
    for _ in range(6):  # up the noun phrase, through its prepositions and infinitives, not past a finite verb
        if t.pos_ == "NOUN" and t.lemma_.lower() in ACCORD_NOUNS:
            return True
        if t.head.i == t.i or t.tag_ in {"VBD", "VBZ", "VBP"}:
            return False
        t = t.head
    return False


def possessed_by_party(noun: Token) -> bool:
    """An event noun whose possessive is a name, in the phrase of an answer (lexicon response_nouns:
    "in retaliation for Obama's visit to Taipei", "a response to Canberra's call for an inquiry") or
    after "at" ("at Washington's request"): the act of that party, of its own, not a part of the
    event its clause tells. A pronoun ("its attack") or the clause's own subject names the doer of
    the clause's act, not another."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    answer = prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in RESPONSE_NOUNS
    if not (prep.lower_ == "at" or answer):
        # "called for Bazoum's release": asked for; "involved in Moscow's seizure": a setting;
        # "protesting against Sharon's visit": what is protested, which the annotators leave out
        return False
    owner = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or not (owner.pos_ == "PROPN" or owner.ent_type_ in _NAME_ENTS):
        return False
    verb = noun.head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = {t.lower_ for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return owner.lower_ not in subjects
