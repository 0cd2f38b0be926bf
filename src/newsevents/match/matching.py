"""Matching frames against the verb-frame dictionary, and whether a frame can tell an event at all.

* "a missile hit the market" is an attack, "shares hit the market" is not: a predicate the
  dictionary codes only with an object is matched bare when its subject is the means of an attack;
* "Morocco beat Portugal 1-0" is a match result, not a fight;
* relative and noun-modifying clauses and event nouns of a sentence's setting are background
  (``background``), except the clause that tells an attack named by its head;
* an act named by a noun and judged by the verb of its clause ("condemned an airstrike by ...")
  is told as done: its date is its own, not the date of the judgement (``told_act``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.code.clauses import done_by_party, noun_background, weapon_subject
from newsevents.code.contests import sports_result
from newsevents.code.crowds import PROTEST_ROOT
from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.frame.frames import VerbInfo
from newsevents.lexicon import LEXICON, table
from newsevents.match.endings import ended_act
from newsevents.match.objects import ObjectClasses, object_heads
from newsevents.match.synonyms import Synonym
from newsevents.parse.syntax import clause_verb, misparsed_finite, subtree_span
from newsevents.parse.tree import children
from newsevents.records import Frame


def _is_noun(tok: Token) -> bool:
    """An event noun's frame (the synonym table is of verbs)."""
    return tok.pos_ in {"NOUN", "PROPN"}


NOUN_VERBS = table("event_noun_verbs")


def _noun_as_verb(frame: Frame, match: FrameMatch | None, frames: VerbFrames) -> tuple[FrameMatch | None, str]:
    """An event noun derived from a verb (lexicon event_noun_verbs) matched with its verb's patterns
    in its own context ("ordered the closure of the border": "close border") when the noun has no
    pattern of its own that fits, or only a less specific one ("the withdrawal of the candidate from
    the race" is the verb's discarded "withdraw from race", not the noun's bare retreat)."""
    verb = NOUN_VERBS.get(frame.predicate_lemma.lower())
    if verb is None:
        return match, ""
    as_verb = frames.match(verb, frame.context)
    if as_verb is None or (match is not None and as_verb.specificity <= match.specificity):
        return match, ""
    return as_verb, f"the verb '{verb}' of the noun"


def match_frame(
    frame: Frame,
    tok: Token,
    frames: VerbFrames,
    rules: CodeRules,
    synonyms: Mapping[str, Synonym] | None = None,
    objects: ObjectClasses | None = None,
) -> tuple[FrameMatch | None, str]:
    """The dictionary's answer for a frame, and how it was revised. A verb with no pattern in any
    loaded file takes the patterns of its synonym in ``synonyms`` (match/synonyms.py), in its own
    context, and the pattern's source says so ("lambasted": synonym of criticize). A predicate none
    of whose patterns fits takes those of an object read as another member of its object class
    (``objects``, match/objects.py: "scrapped the pact" as "scrap agreement")."""
    lemma, why = frame.predicate_lemma, ""
    synonym = synonyms.get(lemma.lower()) if synonyms and not _is_noun(tok) else None
    if synonym is not None and lemma.lower() not in frames.predicates() and lemma not in frames.predicates():
        lemma, why = synonym.synonym, synonym.reason
    match = frames.match(lemma, frame.context)
    if _is_noun(tok):
        match, why = _noun_as_verb(frame, match, frames)
    if match is None and objects is not None:
        match, why = objects.match(frames, lemma, frame.context, object_heads(tok))
    if match is None and not _is_noun(tok):
        match, why = ended_act(frames, tok, rules.reciprocal_nouns)
    if match is not None and why:
        match = replace(match, source=f"{match.source}; {why}")
    elif match is None:
        why = ""
    if match is not None and match.code is None and weapon_subject(tok.doc, frame, rules.attack_instruments):
        bare = frames.match(lemma, ())  # "a missile hit the market"
        if bare is None or bare.code is None or bare.code.root not in rules.speech_roots:
            match, why = bare, "the subject is the means of an attack"
        # else "shells slammed into a base": a weapon says nothing, the physical sense stays discarded
    means = rules.instrument_codes.get(match.code.code) if match is not None and match.code is not None else None
    if means is not None and match is not None and weapon_subject(tok.doc, frame, rules.attack_instruments):
        match, why = replace(match, code=frames.code(means)), "the subject is the means of an attack"
    if match is not None and match.code is not None and sports_result(tok, rules.score_verbs):
        return None, "a sports result"  # "Morocco beat Portugal 1-0"
    return match, why


DECISION_VERBS = LEXICON["decision_verbs"]
ACT_HEADS = LEXICON["act_relative_heads"]
# what a decision taken is coded as, where the decision verb has no pattern of its own for it: the
# sanction decided ("agreed on Tuesday to impose sanctions": the body that imposes them decided it)
DECIDED_ROOTS = frozenset({"16"})
GENERIC_INTENT = "030"


def decided_act(
    tok: Token, match: FrameMatch | None, match_at: Callable[[int], FrameMatch | None]
) -> FrameMatch | None:
    """The act a decision verb with no pattern for it decides (lexicon decision_verbs: "agreed to",
    "decided to"): its to-infinitive's match when that is a sanction ("EU ministers agreed on
    Monday to recall their ambassadors", "decided to cut ties"), else None. A vote does the same
    by itself (it has no pattern: its complement is coded)."""
    if match is None or match.code is None or match.code.code != GENERIC_INTENT:
        return None
    if tok.lemma_.lower() not in DECISION_VERBS:
        return None
    for c in children(tok):
        if c.dep_ == "xcomp":
            act = match_at(c.i)
            if act is not None and act.code is not None and act.code.root in DECIDED_ROOTS:
                return act
    return None


def protest_by_party(tok: Token, match: FrameMatch | None) -> bool:
    """A protest named by a noun whose "by" phrase names who protests ("after days of protests by
    students", "to end protests by farmers", "sparking a walkout by doctors"): an act of its own,
    though the noun is only the setting of its sentence or the object of a verb that is an event
    ("weeks of protests", with no one named, stays the setting)."""
    return match is not None and match.code is not None and match.code.root == PROTEST_ROOT and done_by_party(tok)


DOCUMENT_STANCE_VERBS = frozenset(LEXICON["document_stance_verbs"])


def issuer(tok: Token, rules: CodeRules, is_frame: Callable[[int], bool]) -> Token | None:
    """The verb that issued the statement a participle describes ("the party issued a declaration
    demanding that ...", "adopted a resolution urging ..."), or that enacted the document it describes
    (code_rules ``enacted_documents``, ``enacting_verbs``: "signed a law tightening the embargo",
    "overrode the veto of a bill imposing sanctions"; sentrec48). Not a verb by which a party takes a stance
    on a document another issued (lexicon ``document_stance_verbs``): in "Syria accepted a resolution
    calling for an end to the fighting" the call is the council's, told before, not Syria's (storyprec48); a
    participle after a comma is the acceptor's own act ("rejected the ultimatum, calling it illegal")."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return None
    noun = head.lemma_.lower()
    if noun in rules.statement_nouns:
        verb = head.head
        after_comma = tok.i > 0 and tok.nbor(-1).text == ","  # "rejected the ultimatum, calling it illegal": its own
        if verb.lemma_.lower() in DOCUMENT_STANCE_VERBS and not after_comma:
            return None
        return verb if head.dep_ in {"dobj", "nsubjpass"} and is_frame(verb.i) else None
    if noun not in rules.enacted_documents:
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in {"dobj", "nsubjpass"}:
        head = head.head.head  # "overrode the veto of a bill imposing ...": the veto is what is overridden
    verb = head.head
    if head.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in rules.enacting_verbs:
        return None
    return verb if is_frame(verb.i) else None


def background(tok: Token, info: VerbInfo, rules: CodeRules, is_frame: Callable[[int], bool]) -> bool:
    """Relative clauses and clauses inside a noun phrase ("refugees who entered the country", "an
    admission that forces murdered ...") are background, except the clause that tells an attack
    named by its head ("an airstrike that killed seven civilians"). An event noun is background
    when it is only the setting of its sentence or is ended or averted (clauses.noun_background)."""
    if info.noun:  # unrest told with no doer (frame/nouns._unrest) was read as having happened
        return not info.crowd and noun_background(tok, clause_verb(tok.head) if tok.head.i != tok.i else None, rules)
    if tok.dep_ not in {"relcl", "acl"}:
        return False
    if misparsed_finite(tok):
        return False  # a finite verb misparsed as a modifier ("police arrested 40 people, X said")
    if issuer(tok, rules, is_frame) is not None:
        return False  # "issued a statement condemning ...": what the statement says is the event
    head = tok.head.lemma_.lower()  # "an airstrike that killed seven", "a coup that toppled the president"
    return head not in rules.attack_instruments and head not in ACT_HEADS


def told_act(info: VerbInfo, match: FrameMatch | None, verb_match: FrameMatch | None, rules: CodeRules) -> bool:
    """'Chad condemned an airstrike by Sudanese aircraft': a material act named by a noun is told
    as done when the verb of its clause judges it (data/code_rules.yaml, judging_codes: praise,
    investigate, condemn, accuse), not when it is the same act ("launched an attack") or one only
    opposed or asked for ("opposed the deployment of ...")."""
    return (
        info.noun
        and verb_match is not None
        and verb_match.code is not None
        and verb_match.code.code in rules.judging_codes
        and match is not None
        and match.code is not None
        and match.code.quad_class in {2, 4}
    )


def judging_verb(doc: Doc, info: VerbInfo) -> Token | None:
    """The verb of the clause an event noun stands in."""
    tok = doc[info.token_i]
    return clause_verb(tok.head) if info.noun and tok.head.i != tok.i else None


def own_dates(frame: Frame, tok: Token) -> tuple[tuple[int, int], ...]:
    """The date mentions inside the noun phrase of a told act ("the airstrike of 3 May")."""
    lo, hi = subtree_span(tok)
    return tuple(d for d in frame.date_spans if lo <= d[0] and d[1] <= hi)
