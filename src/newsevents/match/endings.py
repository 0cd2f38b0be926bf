"""Acts ended by their doer: "the rebel officers ended a four-day mutiny", "France ended its nuclear
tests", "halted joint war games". A verb of ending (lexicon ``ended_act_codes``) with no pattern that
fits, whose direct object is an event noun that alone is an act of material conflict (quad class 4 in
the dictionary: a mutiny, an occupation, tests, drills), ends that act: the verb takes the code the
table gives it (de-escalation, 087), as the dictionary's own "end offensive", "stop drill" and "halt
revolt" do for the nouns written with them. Not a definite noun ("troops ended the siege of the
school": an act told before, not necessarily the subject's), not an act between two sides (code_rules
``reciprocal_nouns``: "ending a nine-year war" is the peace of both, told by the accord or truce that
ends it), not a noun the verb has a pattern naming (the verb's own reading stands), not a passive (who
ended it is not told), not a participle telling what another act brought about ("the flights began,
ending a ban of six decades"), not an end only wanted ("stepped in to end a purge"), not an act whose noun
names another doer ("halted his fighters' march": the object then read as the recipient). Format and measures:
docs/verb-frames.md, "Acts carried by a verb"."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.lexicon import table
from newsevents.parse.syntax import DEMONSTRATIVES
from newsevents.parse.tree import children

__all__ = ["ENDED_ACT_CODES", "ended_act"]

ENDED_ACT_CODES = table("ended_act_codes")
_EVENT_NOUN = "event-noun"


def _named(frames: VerbFrames, verb: str, noun: str) -> bool:
    """Whether a pattern of ``verb`` names ``noun`` ("end hostility": the verb reads it itself)."""
    return any(noun in pattern.split()[1:] for pattern, _, _ in frames.patterns_for(verb))


def ended_act(frames: VerbFrames, tok: Token, reciprocal: Collection[str]) -> tuple[FrameMatch | None, str]:
    """The de-escalation told by a verb of ending whose object names its subject's act of material
    conflict, and why; (None, "") otherwise. ``reciprocal``: the nouns of acts between two sides."""
    verb = tok.lemma_.lower()
    code = ENDED_ACT_CODES.get(verb)
    if code is None or tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in children(tok)):
        return None, ""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return None, ""  # "took off from Kabul, ending the war": what another act brought about
    if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return None, ""  # "ready to step in to end a purge", "helped end a coup": wanted, or another's act
    for noun in children(tok):
        if noun.dep_ not in {"dobj", "obj"} or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in children(noun)):
            continue
        if any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in children(noun)):
            continue  # "halted his fighters' march": the act of another doer, read as the recipient
        lemma = noun.lemma_.lower()
        if lemma in reciprocal:
            continue
        context = [c.lemma_.lower() for c in children(noun) if c.dep_ in {"amod", "compound"}]
        alone = frames.match(lemma, [*context, _EVENT_NOUN])
        if alone is None or alone.code is None or alone.code.quad_class != 4 or _named(frames, verb, lemma):
            continue
        found = FrameMatch(frames.code(code), f"{verb} {lemma}", 2, "lexicon ended_act_codes")
        return found, f"the act '{noun.text}' ({alone.code.code}) ended by its doer"
    return None, ""
