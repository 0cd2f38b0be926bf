"""Why the syntax says a proper name is a place: the cues of recognize/places.py ("in X", "X province",
"the vicinity of X", "Grozny's streets", a dateline in capitals), each returned as a reason."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.frame.locative import PLACE_TAKING_VERBS
from newsevents.frame.prepositions import PLACE_PART_NOUNS
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import Mention

LOCATIVE_PREPS = LEXICON["place_prepositions"]
# Nouns after which a proper noun is a place: "X province", "X village" (not "X base": an org's).
NAME_BEFORE_NOUNS = LEXICON["place_name_nouns"]
# The wider list of prepositions of an event's place ("between", "along", "towards").
EVENT_PLACE_PREPS = LEXICON["locative_prepositions"]
STATE_NOUNS = LEXICON["state_anaphor_nouns"]
# Verbs of the actor's own journey: the object of "to" / "into" after one, and what is visited, is where
# it went ("flew to X", "visited X"), whatever the entity's label (lexicon going_verbs, visiting_verbs,
# arriving_verbs).
JOURNEY_VERBS = LEXICON["going_verbs"] | LEXICON["visiting_verbs"] | LEXICON["arriving_verbs"]
REGION_MODIFIERS = LEXICON["region_modifiers"]
CAMP_WORDS = LEXICON["camp_words"]
MODIFIER_CUE = "modifier of the noun"
# the mark of a cue read for a name tagged as a person, which makes it a place only if it is a large town
# ("flew to Niamey", where the tagger read a person: a capital, or a town of 100,000; not "went to Clinton")
PERSON_TAGGED = " (a name tagged as a person)"


def describes_state(span: Span) -> bool:
    """'the Pacific territory', 'the Baltic state': a state named before described (lexicon region_modifiers)."""
    if len(span) != 1 or span[0].lower_ not in REGION_MODIFIERS:
        return False
    head = span[0].head
    return span[0].dep_ in {"compound", "amod", "nmod"} and head.lemma_.lower() in STATE_NOUNS and head.i > span[0].i


def camps(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of 'the West', 'the East' told alone (lexicon camp_words): a camp of the world,
    no town ("fled to the West"); not 'West Berlin', 'the East Timor'."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ not in CAMP_WORDS or not tok.text[:1].isupper() or tok.i == 0 or tok.nbor(-1).lower_ != "the":
            continue
        if tok.i + 1 < len(doc) and tok.nbor(1).pos_ == "PROPN":
            continue
        found.append((tok.idx, tok.idx + len(tok.text)))
    return found


def locative_noun(tok: Token) -> bool:
    """The object of a locative preposition, or of "of" after a place noun ("the vicinity of X")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in PLACE_PART_NOUNS
    return prep.lower_ in LOCATIVE_PREPS


def place_cue(span: Span) -> str | None:
    """Why the syntax says this span is a place, or None."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    root = span.root
    head = root.head
    if root.dep_ == "poss" and (head.lemma_.lower() in PLACE_PART_NOUNS or head.lower_ in PLACE_PART_NOUNS):
        return f"possessor of '{head.text}'"  # "Grozny's streets"
    if after is not None and after.lower_ in {"'s", "’s", "'"} and span.label_ == "PERSON":
        return None  # "Patten's hotel": a person's, not a place
    if before is not None and before.lower_ == "of" and span.start > 1:
        noun = doc[span.start - 2]
        if noun.lemma_.lower() in PLACE_PART_NOUNS or noun.lower_ in PLACE_PART_NOUNS:
            return f"after '{noun.text} of'"
    if after is not None and after.lower_ in NAME_BEFORE_NOUNS and after.pos_ == "NOUN":
        return f"before '{after.text}'"
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return f"object of '{head.text}'"
    wide = span.label_ != "PERSON"  # a name tagged as a person needs a narrower cue
    if wide and root.dep_ == "pobj" and head.lower_ in EVENT_PLACE_PREPS and head.lower_ != "from":
        return f"object of '{head.text}'"  # "between X and Y", "along X"
    prep = head.head
    joined = root.dep_ == "conj" and head.dep_ == "pobj"
    if wide and joined and prep.lower_ in EVENT_PLACE_PREPS and prep.lower_ != "from":
        return f"joined to the object of '{prep.text}'"  # "between Mosul and X"
    if root.dep_ == "appos" and head.lemma_.lower() in PLACE_PART_NOUNS and head.pos_ == "NOUN":
        return f"naming '{head.text}'"  # "the capital Naypyitaw", "the town, X,"
    if root.dep_ == "pobj" and head.lower_ in {"to", "into"} and head.head.lemma_.lower() in JOURNEY_VERBS:
        # "flew to X": an ORG-tagged capital too; a name tagged as a person only for a large town (places51)
        return f"where '{head.head.text}' went" + ("" if wide else PERSON_TAGGED)
    if wide and root.dep_ == "dobj" and head.lemma_.lower() in LEXICON["visiting_verbs"]:
        return f"visited by '{head.text}'"  # "visited X"
    if root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in PLACE_TAKING_VERBS:
        return f"object of '{head.text}'"
    if root.dep_ == "appos" and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in PLACE_TAKING_VERBS:
        return f"named object of '{head.head.text}'"
    if root.dep_ in {"compound", "nmod"} and span.label_ != "PERSON" and locative_noun(head):
        return f"modifier of '{head.text}' in a locative phrase"
    if before is not None and before.lower_ in LOCATIVE_PREPS:
        return f"after '{before.text}'"
    dash = after is not None and after.text in {"—", "–", "-", ","}
    if span.text.isupper() and span.start == span.sent.start and dash:
        return "a dateline in capitals"  # "WINNIPEG — ..."
    if root.dep_ == "compound" and head.pos_ == "NOUN" and span.label_ != "PERSON":
        return f"{MODIFIER_CUE} '{head.text}'"  # "a Saskatoon police officer": needs a large place
    return None


def capital_acting(doc: Doc, m: Mention) -> bool:
    """A capital named as the subject of a verb ("Kerry said Washington would review ...",
    "Moscow denied ..."): its state acting, not a town named as a place, so no later "the city"
    refers back to it."""
    if m.place is None or m.place.feature_code != "PPLC":
        return False
    span = span_at(doc, m.start_char, m.end_char)
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.pos_ in {"VERB", "AUX"}
