"""Acts a trigger seems to tell that no party does (prec42, from the story false events of rounds 22-41):
power a force hands to its own commander ("the army handed power to commander-in-chief X": the
takeover's step, told by its own acts), a thing's purpose told with a passive of intending ("the drill
is intended as a show of deterrence"), and an act asked about in an open question ("did not say how
long the army intended to hold power"); prec44 adds an arrival told as the time of another act ("met
the commander soon after arriving") and an act counted in a series ("It is the nation's fourth coup");
storyprec47 a party described by the war it wages ("aid to the rebels fighting the government");
storyprec48 a state that lasted until the act of the sentence ("freed the aid worker, who had been jailed
for three years"); plover55 an aim striven for ("rebels fighting to overthrow the government").
Pure functions of the dependency parse and the lexicon; read by derive/stage.py, which drops the event
with the reason returned."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.verbframes import CameoCode
from newsevents.derive.senses import CROWD_MOTION_LEMMAS, GRIEVANCE_OR_VOICING
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import negated, to_infinitive
from newsevents.parse.tree import children

COMMAND_TITLES = LEXICON["command_titles"]
PURPOSE_PASSIVES = LEXICON["purpose_passives"]
OPEN_WH_WORDS = LEXICON["open_wh_words"]
ARRIVAL_LEMMAS = LEXICON["arrival_lemmas"]
SETTING_PREPS = LEXICON["setting_preps"]
SERIES_ORDINALS = LEXICON["series_ordinals"]
SERIES_SUBJECTS = LEXICON["series_subjects"]
HOSTING_LEMMAS = LEXICON["hosting_lemmas"]
SETTING_EVENTS = LEXICON["setting_events"]
GUARDING_VERBS = LEXICON["guarding_verbs"]
ADMITTING_VERBS = LEXICON["admitting_verbs"]
STATIVE_VERBS = LEXICON["stative_verbs"]
WAGING_VERBS = LEXICON["waging_verbs"]
STRIVING_VERBS = LEXICON["striving_verbs"]
LASTING_UNITS = LEXICON["lasting_units"]
CEDE_CODE = "0831"  # power or control handed over
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: a use of force
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


def hosted_setting(tok: Token) -> str | None:
    """The ceremony or event that ``tok`` hosts, when it is the setting of what others do there ("signed
    the accords at a White House ceremony hosted by the president", "Clinton, who hosted the ceremony,
    looked on"): a verb of ``hosting_lemmas`` whose object, or the noun its participle describes, is one
    of ``setting_events``; no visit hosted (prec44). Else None: "hosted talks", "hosted the president"."""
    if tok.lemma_.lower() not in HOSTING_LEMMAS:
        return None
    hosted = [c for c in children(tok) if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        hosted.append(tok.head)  # "a ceremony hosted by the president"
    return next((h.text for h in hosted if h.lemma_.lower() in SETTING_EVENTS), None)


def guarding_crowd(tok: Token, code: CameoCode) -> str | None:
    """The verb of guarding that a gathering crowd is there to do ("civilians who had gathered to defend
    the tower", "thousands massed to protect the parliament building"): a protest (14x) at a verb of
    ``crowd_motion_lemmas`` with a to-infinitive of ``guarding_verbs``, in a clause that voices no
    grievance (``grievance_words``, ``voicing_words``; its words and the noun a relative clause hangs on, not
    the police that storm the place): people guarding a place, no protest (prec44); the infinitive itself
    ("to defend it") is their purpose, no act either. Else None. "gathered to protest against the results"
    stays, and so does a crowd that shields a place or people from an adversary ("massed on the highway to
    shield the rebel leaders from the troops"): resistance."""
    if (
        tok.lemma_.lower() in GUARDING_VERBS
        and tok.head.lemma_.lower() in CROWD_MOTION_LEMMAS
        and _guards(tok.head) == tok
    ):
        return tok.text  # "had gathered to defend it": the purpose of the crowd's gathering
    if code.root != "14" or tok.lemma_.lower() not in CROWD_MOTION_LEMMAS:
        return None
    guard = _guards(tok)
    return guard.text if guard is not None else None


def _guards(crowd_verb: Token) -> Token | None:
    """The to-infinitive of ``guarding_verbs`` on ``crowd_verb`` when its clause voices no grievance and
    the infinitive names no adversary ("from", "against"), else None."""
    clause = list(crowd_verb.subtree) + ([crowd_verb.head] if crowd_verb.dep_ == "relcl" else [])
    if {w.lemma_.lower() for w in clause} & GRIEVANCE_OR_VOICING:
        return None
    for c in children(crowd_verb):
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in GUARDING_VERBS:
            marks = {a.lower_ for a in children(c) if a.dep_ in {"aux", "prep"}}
            if "to" in marks and not marks & {"from", "against"}:  # "to shield them from troops": resistance
                return c
    return None


def admitted_state(tok: Token, code: CameoCode) -> str | None:
    """The stative verb of the that-clause that ``tok`` admits, when ``tok`` is a verb of ``admitting_verbs``
    coded as yielding (08x): "acknowledged that differences remained", "acknowledged that the narrow
    margin showed many wanted change", "a declaration acknowledging that the union no longer existed" own a
    state of affairs, no concession (prec44); else None. "admitted that its agents had sunk the ship" (an
    act owned) and "acknowledged the defeat" (an object) stay."""
    if code.root != "08" or tok.lemma_.lower() not in ADMITTING_VERBS:
        return None
    clause = next((c for c in children(tok) if c.dep_ == "ccomp"), None)
    return clause.text if clause is not None and clause.lemma_.lower() in STATIVE_VERBS else None


def waged_by(tok: Token, code: CameoCode) -> str | None:
    """The noun that the present participle ``tok`` describes by the war it wages, when ``tok`` is a verb
    of ``waging_verbs`` coded as force (19) and modifies a noun ("approved aid for the Contra rebels
    fighting the government", "Western powers fighting insurgents in the Sahel", "the guerrillas fighting
    the Kabul government said ..."): who the party is, a war told as its setting, no act of the clause's
    time (storyprec47: rounds 1-47 and PLOVER dev, 11 such false events in eight rounds, and the 9 that
    matched a gold act matched one another output found too). Else None: "rebels fought troops", "the
    fighting"."""
    if code.root != "19" or tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.lemma_.lower() not in WAGING_VERBS:
        return None
    head = tok.head
    return head.text if head.i != tok.i and head.pos_ in {"NOUN", "PROPN"} else None


def striven_aim(tok: Token, code: CameoCode) -> str | None:
    """The verb of striving (lexicon striving_verbs) whose to-infinitive ``tok`` is: what a party
    strives for ("rebels fighting to overthrow the government", "sought to ease tensions"), no act
    told as done or announced; else None. Not under a negation ("would not seek to open talks" is a
    refusal), nor an aim that is itself a use of force (``FORCE_ROOTS``: "said it was fighting to repel
    them" tells the fight)."""
    head = tok.head
    if tok.dep_ not in {"xcomp", "advcl"} or head.i == tok.i or not to_infinitive(tok):
        return None
    if code.root in FORCE_ROOTS:
        return None
    if head.lemma_.lower() not in STRIVING_VERBS:
        return None
    if negated(tok) or negated(head):
        return None
    return head.text


def lasting_state(tok: Token) -> str | None:
    """The span of time of the state a past-perfect relative clause at ``tok`` tells ("freed the aid
    worker, who had been jailed for three years", "the square, which they had occupied for ten days",
    "where gunmen had held 300 hostages for three days": "for", a number and a unit of ``lasting_units``):
    the state its noun was in until the act of the sentence, no act of its own (storyprec48); else None.
    "who were jailed on Monday" (no span, no past perfect), a main clause ("have blocked rail lines for two
    weeks") and an uncounted span ("protesters who had occupied the parliament for days", "who had
    threatened for weeks to remove the government": rounds 27, 28 and 35 code these) stay."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in children(tok)):
        return None
    for c in children(tok):
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        unit = next((o for o in children(c) if o.dep_ == "pobj"), None)
        counted = unit is not None and any(n.dep_ == "nummod" for n in children(unit))
        if counted and unit is not None and unit.lemma_.lower() in LASTING_UNITS:
            return " ".join(w.text for w in c.subtree)
    return None


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
    if negated(head):
        return True
    if head.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in children(head))
    return False
