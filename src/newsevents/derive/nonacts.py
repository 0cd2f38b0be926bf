"""Acts a trigger seems to tell that no party does (prec42, from the story false events of rounds 22-41):
power a force hands to its own commander ("the army handed power to commander-in-chief X": the
takeover's step, told by its own acts), a thing's purpose told with a passive of intending ("the drill
is intended as a show of deterrence"), and an act asked about in an open question ("did not say how
long the army intended to hold power"); prec44 adds an arrival told as the time of another act ("met
the commander soon after arriving") and an act counted in a series ("It is the nation's fourth coup").
Pure functions of the dependency parse and the lexicon; read by derive/stage.py, which drops the event
with the reason returned."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.verbframes import CameoCode
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

COMMAND_TITLES = LEXICON["command_titles"]
PURPOSE_PASSIVES = LEXICON["purpose_passives"]
OPEN_WH_WORDS = LEXICON["open_wh_words"]
ARRIVAL_LEMMAS = LEXICON["arrival_lemmas"]
SETTING_PREPS = LEXICON["setting_preps"]
SERIES_ORDINALS = LEXICON["series_ordinals"]
SERIES_SUBJECTS = LEXICON["series_subjects"]
CEDE_CODE = "0831"  # power or control handed over
LINK_DEPS = frozenset({"xcomp", "conj"})


def own_commander(tok: Token, code: CameoCode) -> str | None:
    """The title of the commander to whom ``tok`` hands power (CAMEO 0831), when the "to" phrase names
    one of ``command_titles`` before or around a name ("handed power to commander-in-chief General X",
    "handing power to its commander"): a force putting its own chief in charge, the step of a takeover
    its other acts tell, no leader yielding office (verb_frames' "CEDE CONTROL_NOUN commander" where the
    parser hangs the "to" phrase as a dative or the title on the name); else None."""
    if code.code != CEDE_CODE:
        return None
    for c in children(tok):
        to_phrase = c.lower_ == "to" and c.dep_ in {"prep", "dative"}
        misparsed = c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c))
        if not (to_phrase or misparsed):
            continue  # "to commander-in-chief X" read as an infinitive "to commander" is the misparse
        title = next((w for w in c.subtree if w.lemma_.lower() in COMMAND_TITLES), None)
        if title is not None:
            return title.text
    return None


def told_purpose(tok: Token) -> str | None:
    """The passive of intending that tells what a thing is for ("the exercise is intended as a show of
    deterrence", "his decision was intended to allow a smooth transfer": ``purpose_passives`` with a
    passive auxiliary), no party's intent; else None."""
    if tok.lemma_.lower() not in PURPOSE_PASSIVES:
        return None
    return tok.text if any(c.dep_ == "auxpass" for c in children(tok)) else None


def asked_about(tok: Token) -> str | None:
    """The wh-words of an open question that ``tok`` (or the verb its to-infinitive hangs on) is asked in,
    under a negated verb or a noun with "no" ("did not say how long the army intended to hold power",
    "gave no indication of when the troops would leave"): the act is what nobody told, not told; else
    None. Only wh-words of extent and time (``open_wh_words``): "told reporters how troops stormed the
    building" tells the storming."""
    t = tok
    for _ in range(3):
        wh = _wh_words(t)
        if wh is not None:
            return wh if _denied(t) else None
        if t.dep_ not in LINK_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def arrival_setting(tok: Token) -> str | None:
    """The words that make the arrival at ``tok`` the time of another act ("met the commander soon after
    arriving in Dili", "held talks shortly after arriving"): a gerund of ``arrival_lemmas`` under a
    preposition of ``setting_preps`` hung on a verb dates that verb's act and tells none of its own
    (prec44); else None. A finite arrival ("troops arrived in Dili") or one with its own verb of beginning
    ("began arriving") stays."""
    prep = tok.head
    if tok.lemma_.lower() not in ARRIVAL_LEMMAS or tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return None
    if prep.lower_ not in SETTING_PREPS or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return f"{prep.text} {tok.text}"


def series_count(tok: Token) -> str | None:
    """The ordinal that counts the act at ``tok`` in a series, when the act is the predicate of a copula
    whose subject is a pronoun ("It is the nation's fourth coup since 1987", "This was their third
    summit"): one of ``series_ordinals`` (past the first) sums up an act the story tells, no act of its
    own (prec44; its "since 1987" dated it to the series' start); else None. "It was the first meeting
    between ..." is news of its own and stays."""
    be = tok.head
    if tok.dep_ != "attr" or be.lemma_.lower() != "be" or be.i == tok.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in SERIES_SUBJECTS for c in children(be)):
        return None
    return next((c.text for c in children(tok) if c.dep_ in {"amod", "nummod"} and c.lower_ in SERIES_ORDINALS), None)


def _wh_words(verb: Token) -> str | None:
    """'how long', 'when', ... when the clause of ``verb`` opens with one of ``open_wh_words``."""
    for c in children(verb):
        if c.i > verb.i or c.dep_ not in {"advmod", "npadvmod", "dobj"}:
            continue
        words = [w.lower_ for w in c.subtree]
        if " ".join(words) in OPEN_WH_WORDS or c.lower_ in OPEN_WH_WORDS:
            return " ".join(w.text for w in c.subtree)
    return None


def _denied(clause: Token) -> bool:
    """Whether the clause hangs on a negated verb ("did not say how ...") or on a noun with "no" ("gave
    no indication of how ...", through its "of" phrase)."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "indication of how ...": the noun
    if head.i == clause.i:
        return False
    if any(c.dep_ == "neg" for c in children(head)):
        return True
    if head.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in children(head))
    return False
