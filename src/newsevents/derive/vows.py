"""A speaker's threat told in a reported clause with no pattern of its own (storyclause57): a threat by the
speaker (CAMEO 138, threaten with military force; PLOVER THREATEN), the speaker the actor, dated and placed as
the telling (the event is coded from the speech verb's own frame).

* A hostile act warned against, told with the reprisal it would meet: the clause's subject is "any" with a
  noun of ``warned_act_nouns`` ("any incursion", "any military intervention in the region"), its verb
  future ("would", "will"), and a word of ``reprisal_words`` in the rest of the clause ("would be treated as a
  declaration of war", "would be considered an act of aggression", "would bring a swift response", "would see
  us retaliate"). Whom the warning is aimed at is not said (the party that might act): no recipient.
* A fight vowed to go on: a verb of ``continuing_verbs`` in the future ("would keep up", "will continue",
  "would go on") whose object ("would keep up its armed struggle", "will continue the war") or, with no
  object, subject ("the armed struggle would go on", "military action will continue until ...") is a fight:
  a noun of ``fight_nouns``, or of ``armed_fight_nouns`` with a word of ``armed_words`` ("armed struggle",
  "military action"). A fight named as the subject must carry such a word ("fighting would continue for
  weeks" is a forecast, no vow). What the fight is "against" (a party, or a system a state holds: "against
  apartheid", "against the occupation", ``held_system_nouns``) goes to the coder, which aims the threat
  (code/vowaims.py, vows58).

The threat is placed only by the telling's own phrase (where/stage.py): a reported vow told with no place of
its own is not moved to the capital of the speaker's country or to the place of the event told before.

Not under a negated speech verb or one of ``denying_verbs``, not a negated clause ("would not continue the
war"), not a clause told on a condition of the speaker's own ("if ..."; the consequence warning is itself
conditional in sense, and is read as a warning all the same), and not where the clause has a pattern of its
own (the coder codes it as itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.toldby import names_party
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import negated, subject_of, subtree_span
from newsevents.parse.tree import children
from newsevents.progress import Demand, Vow
from newsevents.records import Frame

VOW_CODE = "138"  # threaten with military force
FUTURE = frozenset({"will", "would", "shall", "'ll"})
WARNED_ACT_NOUNS = LEXICON["warned_act_nouns"]
REPRISAL_WORDS = LEXICON["reprisal_words"]
CONTINUING_VERBS = LEXICON["continuing_verbs"]
FIGHT_NOUNS = LEXICON["fight_nouns"]
ARMED_FIGHT_NOUNS = LEXICON["armed_fight_nouns"]
ARMED_WORDS = LEXICON["armed_words"]
HELD_SYSTEM_NOUNS = LEXICON["held_system_nouns"]
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _clauses(tok: Token) -> list[Token]:
    """The clauses a speech verb reports: its complement clauses and the verbs coordinated with them."""
    out: list[Token] = []
    for child in children(tok):
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
            out.append(child)
            out.extend(c for c in children(child) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return out


def _future(clause: Token) -> bool:
    """A clause told in the future and not negated ("would keep up", not "would not continue")."""
    if negated(clause):
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children(clause))


def _warned_act(clause: Token) -> Token | None:
    """The hostile act a clause warns against ("any incursion ... would be treated as war"), else None."""
    subject = subject_of(clause)
    if subject is None or subject.lemma_.lower() not in WARNED_ACT_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in children(subject)):
        return None
    own = {t.i for t in subject.subtree}
    rest = [t for t in clause.subtree if t.i not in own and t.i != clause.i]
    if not any(t.lemma_.lower() in REPRISAL_WORDS or t.lower_ in REPRISAL_WORDS for t in rest):
        return None
    return subject


def _armed(noun: Token) -> bool:
    """A fight noun told as armed: an ``armed_words`` modifier ("armed struggle", "military action")."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in ARMED_WORDS for c in children(noun))


def _fight(clause: Token) -> Token | None:
    """The fight a continuing verb vows to go on with (its object; with no object, an armed subject)."""
    if clause.lemma_.lower() not in CONTINUING_VERBS:
        return None
    kids = children(clause)
    obj = next((c for c in kids if c.dep_ in OBJECT_DEPS), None)
    if obj is None:
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if xcomp is not None and xcomp.lower_ in FIGHT_NOUNS:  # "would continue fighting"
            return xcomp
        subject = subject_of(clause)
        if subject is not None and subject.lemma_.lower() in ARMED_FIGHT_NOUNS | FIGHT_NOUNS and _armed(subject):
            return subject
        return None
    lemma = obj.lemma_.lower()
    if lemma in FIGHT_NOUNS or (lemma in ARMED_FIGHT_NOUNS and _armed(obj)):
        return obj
    return None


def _against(noun: Token) -> tuple[tuple[int, int], bool] | None:
    """What a fight is waged against ("struggle against the regime", "against apartheid"): the phrase's span
    and whether it is a system a state holds (``held_system_nouns``); a name or party noun otherwise; None
    where the fight names neither (a pronoun, "against corruption")."""
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "against":
            target = next((o for o in children(prep) if o.dep_ == "pobj"), None)
            if target is None or target.tag_ == "PRP":
                continue
            if target.lemma_.lower() in HELD_SYSTEM_NOUNS:
                return subtree_span(target), True
            if names_party(target):
                return subtree_span(target), False
    return None


def _coded(tok: Token, match_at: Callable[[int], FrameMatch | None]) -> bool:
    """Whether a word has a pattern of its own with a PLOVER type (the coder codes it as itself)."""
    matched = match_at(tok.i)
    return matched is not None and matched.code is not None and matched.code.plover is not None


def vowed_threat(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules, match_at: Callable[[int], FrameMatch | None]
) -> Demand | None:
    """A speech verb reporting a warning of reprisal or a fight vowed to go on (see the module's docstring): a
    threat by the speaker (138), aimed at the party fought where the clause names one; None otherwise."""
    if tok.lemma_.lower() in rules.denying_verbs or negated(tok):
        return None
    for clause in _clauses(tok):
        if not _future(clause) or _coded(clause, match_at):
            continue
        act = _warned_act(clause)
        fight = _fight(clause) if act is None else None
        if act is None and (fight is None or _coded(fight, match_at)):
            continue  # "would continue fighting": the fighting is coded as itself
        against = _against(fight) if fight is not None else None
        target = against[0] if against is not None and not against[1] else None
        code = frames.code(VOW_CODE)
        said = (act or fight or clause).lemma_.lower()
        match = FrameMatch(code, f"{frame.predicate_lemma} ... {said}", 1, "lexicon.yaml")
        vowed = replace(frame, object_spans=(target,) if target else (), recipient_spans=())
        what = f"any {act.text} would ..." if act is not None else f"would {clause.text} ... {said}"
        why = f"'{tok.text} ... {what}': a threat by the speaker, CAMEO {code.code}"
        if act is not None:
            return Demand(vowed, match, why, -1, Vow("warning", subtree_span(act)))  # the act warned against
        assert fight is not None
        armed = fight.lemma_.lower() in ARMED_FIGHT_NOUNS and _armed(fight)
        held = against is not None and against[1]
        span = against[0] if against is not None else None
        return Demand(vowed, match, why, -1, Vow("struggle", span, held, armed))
    return None
