"""Where: names of places that say whose a party is or where a party is, not where an event was.

* A country's name that stands for its state: the object of "with" or "against" ("broke off
  relations with Britain"), or of "for" after a noun, the state a thing is for ("a package of aid
  for Ukraine, Israel and Taiwan").
* A country's name compounded before a noun of a state's agents (lexicon ``placed_party_nouns``:
  leaders, officials, forces, craft, bodies): "a sitting U.S. president", "U.S. Air Force planes",
  a title before a person's name ("U.S. President Ronald Reagan"), and a noun of a state's mission
  with a place of its own (lexicon ``diplomatic_nouns``: "the U.S. consulate in X") name whose they are, like a
  demonym ("a North Korean leader"), and an event takes no place from them (they often stand abroad).
  Not a possessive ("after a meeting of China's leaders" stays a place the recipients read).
* The object of a verbal act that is a party with a locative phrase of its own ("gave the junta in
  Niger a week", "urged the leaders in Kabul"): the phrase says where the party is, not where the
  act was said (:func:`party_object`, read by where/said.py).
* The subject of a clause that the parser conjoined to the day told before it ("on Friday and Turkey
  imposed ...": :func:`dated_subject`).
* A name that says whose act moved the event: the possessor of a motive or of what a motive is at
  ("at Moscow's request", "in protest at France's resumption of tests": :func:`motive_owner`).
* A national capital that stands for its state as a verb's subject or object ("a referendum that
  Madrid had declared illegal", "accused Madrid of brutality"): a party, not a town its sentence
  sets an act in (:func:`state_metonym`, read by the one-town narrowing of where/location.py).
* A place in an origin ("returned from a summit in X"): no place the sentence sets its act in, so
  it does not keep a later act of a datelined story from the dateline's city or from the place of
  the event told before (:func:`elsewhere_named`, read by the story step of where/location.py). A
  name inside another name still does ("The U.S. State Department said ...": not where the story's
  last event was).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import compound_head, list_head
from newsevents.parse.tree import children, memo, span_at
from newsevents.records import Mention

__all__ = ["PLACED_PARTY_NOUNS", "elsewhere_named", "motive_owner", "party_like", "party_object", "state_metonym"]

PLACED_PARTY_NOUNS = LEXICON["placed_party_nouns"]
# a state's missions abroad: a country's name before one says whose it is ("the U.S. consulate in X"), not where
MISSION_NOUNS = LEXICON["diplomatic_nouns"]
MOTIVE_NOUNS = LEXICON["motive_nouns"]
# verbs whose object is a party charged: "accused Madrid of brutality", "blamed Belgrade"
_CHARGING_VERBS = LEXICON["charging_verbs"]
# verbs whose capital subject speaks for its state: "a vote that Madrid had declared illegal"
_STATE_VOICE_VERBS = LEXICON["state_voice_verbs"]
# the arcs by which a name says whose a party is ("a U.S. president")
_OWNER_DEPS = frozenset({"compound"})


class _PartyLike(dict[tuple[int, int], bool]):
    """party_like of the country names of one document, by offsets (every event of the article
    asks about every place of it)."""


def party_like(doc: Doc, m: Mention) -> bool:
    """Whether a country's name stands for its state or for whose a party is, or a place's name for
    whose act moved the event (:func:`motive_owner`), not for a place (module doc)."""
    if m.place is None:
        return False
    known = memo(doc, _PartyLike)
    key = (m.start_char, m.end_char)
    said = known.get(key)
    if said is None:
        said = known[key] = _party_like(doc, key, m.place.level == "country")
    return said


def _party_like(doc: Doc, offsets: tuple[int, int], country: bool) -> bool:
    span = span_at(doc, *offsets)
    if span is None:
        return False
    tok = span.root
    if motive_owner(tok) or dated_subject(tok):
        return True
    if not country:
        return False
    if _owner_of_party(tok):
        return True
    tok = list_head(tok)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in {"with", "against"} or (prep.lower_ == "for" and prep.head.pos_ in {"NOUN", "PROPN"})


def _owner_of_party(tok: Token) -> bool:
    """Whether a name modifies, through compounds, a noun of a party ("U.S. Air Force planes"), or
    a title of one before a person's name ("U.S. President Ronald Reagan": the title is a compound
    of the name, and the parser tags it a proper noun); not a person's name that is a possessor
    ("U.S. President Donald Trump's tariffs": the thing's country, read like any possessive)."""
    if tok.dep_ not in _OWNER_DEPS:
        return False
    head = compound_head(tok.head)
    if head.pos_ == "NOUN" and head.lemma_.lower() in PLACED_PARTY_NOUNS:
        return True  # "U.S. Air Force planes"
    if head.pos_ == "NOUN" and head.lemma_.lower() in MISSION_NOUNS and _sited(head):
        return True  # "stormed the U.S. consulate in Basra": whose the mission is; the town says where (places43)
    t = tok.head
    while t.dep_ == "compound" and t.head.i != t.i:  # the words between the name and the person's name
        if (
            t.lower_ in PLACED_PARTY_NOUNS
            and head.pos_ == "PROPN"
            and head.ent_type_ == "PERSON"
            and head.dep_ != "poss"
        ):
            return True
        t = t.head
    return False


def _sited(noun: Token) -> bool:
    """Whether a mission's noun, or the verb it is the object of, has a named place of its own ("stormed
    the U.S. consulate in Basra"): only then is its country's name no place; without one ("a bomb
    exploded outside the U.S. embassy") the name stays the event's place, as before places43 (an
    event left with no place there was dropped: tests/test_recall_round6.py)."""
    verb = noun.head if noun.dep_ in {"dobj", "obj"} else noun.head.head if noun.dep_ == "pobj" else noun
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and c.i != noun.head.i
        and any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"} for g in children(c))
        for c in (*children(noun), *children(verb))
    )


def dated_subject(tok: Token) -> bool:
    """Whether a name is the subject of the next clause that the parser conjoined to the day before it
    ("bombed X's airport on Friday and Turkey imposed a blockade": "Friday and Turkey"): a party, not a
    place of the first clause's phrase (places43)."""
    name = list_head(tok) if tok.dep_ != "conj" else tok
    while name.dep_ in {"compound", "flat"} and name.head.i != name.i:
        name = name.head
    if name.dep_ != "conj" or name.head.ent_type_ not in {"DATE", "TIME"}:
        return False
    after = name.right_edge.i + 1
    return after < len(name.doc) and name.doc[after].pos_ in {"VERB", "AUX"}


def motive_owner(tok: Token) -> bool:
    """Whether a name is the possessor of a motive ("at Moscow's request") or of the object of a
    preposition after one ("in protest at France's resumption of tests", "in retaliation for Israel's
    raid"): it says whose act moved the event, not where the event was (lexicon motive_nouns)."""
    if tok.dep_ != "poss" or tok.head.i == tok.i:
        return False
    owned = tok.head
    if owned.lemma_.lower() in MOTIVE_NOUNS:
        return True
    prep = owned.head
    if owned.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    # the preposition hangs on the motive, or right after it on the verb ("fought police in protest at X's
    # ...": the parser's attachment)
    before = tok.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.head.lemma_.lower() in MOTIVE_NOUNS or before.lemma_.lower() in MOTIVE_NOUNS


def party_object(holder: Token) -> bool:
    """Whether the noun a locative phrase hangs on is a party ("the junta in Niger", "leaders in
    Kabul"), so that the phrase says where the party is, not where an act on it was said."""
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in PLACED_PARTY_NOUNS


# labels of mentions that name no place an act is set in (a demonym)
_NOT_SCENES = frozenset({"demonym"})


def elsewhere_named(doc: Doc, m: Mention) -> bool:
    """Whether a place mention names no place its sentence sets an act in: a demonym, or a place in
    an origin ("the two leaders returned from a summit in X": up to the verb, a "from" phrase)."""
    if m.label in _NOT_SCENES:
        return True
    span = span_at(doc, m.start_char, m.end_char)
    if span is None:
        return False
    for tok in span.root.ancestors:
        if tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "from":
            return True
    return False


def state_metonym(doc: Doc, m: Mention) -> bool:
    """Whether a national capital's name stands for its state: the subject of a verb of speaking or
    deciding for it (``state_voice_verbs``: "a referendum that Madrid had declared illegal", "Moscow
    denied"; not "the worst unrest Paris has seen") or the direct object of a verb of charging
    (``charging_verbs``: "accused Madrid of brutality") or of one asking it to act ("urged Washington to
    intervene"); not "seized Kabul", "protesters paralysed Nairobi"."""
    if m.place is None or m.place.feature_code != "PPLC":
        return False
    span = span_at(doc, m.start_char, m.end_char)
    if span is None:
        return False
    tok = span.root
    if tok.head.i == tok.i or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = tok.head
    if tok.dep_ == "nsubj":
        return verb.lemma_.lower() in _STATE_VOICE_VERBS
    asked = any(c.dep_ == "xcomp" for c in verb.children)
    return tok.dep_ == "dobj" and (verb.lemma_.lower() in _CHARGING_VERBS or asked)
