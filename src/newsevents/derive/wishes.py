"""A speaker's own wish for another party's act, reported by a speech verb (storyrec56): an appeal by the speaker
(``label_codes`` wishing_verbs, CAMEO 020, PLOVER REQUEST) aimed at the party asked to act, the speaker the actor,
dated and placed as the telling (the event is coded from the speech verb's own frame).

* A verb of ``wishing_verbs`` in the reported clause whose subject is a personal pronoun (the speaker's own wish:
  "said it wanted the governor to resign", "said they wanted the two smugglers sent home", "said it hoped both
  governments would settle their quarrel"), with a complement clause whose own subject names a party (a name or a
  party noun; not a pronoun, which may be the wisher's own side).
* A verb of ``telling_verbs`` itself, with an object and a to-infinitive ("told the looters to go home", "told them
  to hand in their rifles"): the party told to act is the object (a pronoun object too; not a role word of no
  country of its own, "the envoy told militants to ...": the sentence would lend it the teller's country).
* A verb of ``asking_verbs`` in the reported clause with an object and a "from" phrase that names a party ("said it
  would seek damages from Sweden"): what the speaker will ask of that party.

Not a wish for the speaker's own act ("said they wanted to meet the mediators": an intent, read elsewhere), not a
wish told of someone else ("said the rebels wanted ...": hearsay, no act of the speaker's), not a negated or
conditional wish, not under a verb of denial or a negated speech verb, and not a wished act done by no party ("hoped
the negotiations would bear fruit") or by people of no politics ("told reporters to expect more arrests":
``apolitical_sectors``) or refugees (``unasked_sectors``: "hoped the refugees would go home" tells what the speaker
hopes will happen to them), not the sides of a conflict (``side_nouns``: "wished all sides would make peace" names
none of them), not a wished act told as a possibility ("hoped they could return") and not a told act negated ("told
the minister not to trust them": the writers leave such advice), nor an object owned by a pronoun ("told her trade
minister to draw up tariffs": an order to the teller's own, whose act is the event). The wished act did not happen:
it is absorbed into the appeal ("wanted the governor to resign" is no resignation).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.toldby import names_party
from newsevents.code.verbframes import VerbFrames
from newsevents.derive.statements import CONDITION_WORDS, aimed
from newsevents.parse.syntax import has_condition, negated, subject_of, subtree_span, to_infinitive
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import ActorRef, Frame

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might"})


def _closed(verb: Token) -> bool:
    """A verb told negated or on a condition ("did not want", "hoped ... if")."""
    return negated(verb) or has_condition(verb, CONDITION_WORDS)


def _wished_party(wish: Token, rules: CodeRules) -> Token | None:
    """The party a wish asks to act: the subject of the wish's complement clause, other than the wisher."""
    wisher = subject_of(wish)
    if wisher is None or wisher.tag_ != "PRP":
        return None  # a wish told of another ("said the rebels wanted ..."): hearsay, not the speaker's appeal
    for clause in children(wish):
        if clause.dep_ not in COMPLEMENT_DEPS or clause.pos_ not in {"VERB", "AUX"}:
            continue
        party = subject_of(clause)
        if party is None or party.tag_ in {"WP", "WDT", "EX"} or party.lower_ == wisher.lower_:
            continue
        if party.lower_ in rules.side_nouns:
            return None  # "wished all sides would ...": the sides of a conflict, whom the wish does not name
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in children(clause)):
            return None  # "hoped the refugees could return": a hope of what may happen, nothing asked
        return party
    return None


def _asked_party(ask: Token) -> Token | None:
    """The party a request is made of: the object of "from" after a verb of asking with an object."""
    kids = children(ask)
    if not any(c.dep_ in {"dobj", "obj"} for c in kids):
        return None
    froms = [p for p in kids if p.dep_ == "prep" and p.lower_ == "from"]
    return next((o for p in froms for o in children(p) if o.dep_ == "pobj"), None)


def _told_party(tok: Token) -> tuple[Token, Token] | None:
    """The object a verb of telling tells to act and the act's verb ("told the looters to go home"), else None;
    not a passive ("was told to leave": the one told is the subject, and who told is not said)."""
    kids = children(tok)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
        return None
    party = next((c for c in kids if c.dep_ in {"dobj", "obj"}), None)
    act = next((c for c in kids if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if act is not None and negated(act):
        return None  # "told the minister not to trust them": advice against an act, which the writers leave
    if party is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(party)):
        return None  # "told her trade minister to draw up tariffs": an order to one's own, the act is the event
    return (party, act) if party is not None and act is not None else None


def _named(party: Token, refs_of: Callable[[tuple[int, int]], list[ActorRef]]) -> list[ActorRef]:
    """The actors a phrase names, read once for the checks below; none for a pronoun (whoever the story makes
    of it)."""
    return refs_of(subtree_span(party)) if party.tag_ != "PRP" else []


def _political(party: Token, refs: list[ActorRef], rules: CodeRules) -> bool:
    """Whether a phrase (``refs``: the actors it names) names a party of politics (not reporters or a firm:
    ``apolitical_sectors``); a third person's pronoun object ("told them to ...") is taken as one."""
    if party.tag_ == "PRP" and party.dep_ in {"dobj", "obj"}:
        return party.lower_ in {"him", "her", "them"}
    unasked = rules.apolitical_sectors | rules.unasked_sectors
    return any(r.sector not in unasked for r in refs)


def _countryless(refs: list[ActorRef]) -> bool:
    """Whether a phrase told to act (``refs``: the actors it names) names no country of its own words (a role word
    alone: "the envoy told militants to surrender"): the coder would lend it the sentence's country, often the
    teller's own, and whom the teller addresses is not known."""
    return bool(refs) and all(r.country is None for r in refs)


def reported_wish(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules,
    refs_of: Callable[[tuple[int, int]], list[ActorRef]],
) -> Demand | None:  # fmt: skip
    """A speech verb reporting the speaker's wish for another party's act, or a request the speaker makes of a
    party (see the module's docstring): an appeal by the speaker, aimed at that party; None otherwise
    (``refs_of(span)``: the actors a phrase names)."""
    if tok.lemma_.lower() in rules.denying_verbs or _closed(tok):
        return None
    told = _told_party(tok) if tok.lemma_.lower() in rules.telling_verbs else None
    refs = _named(told[0], refs_of) if told is not None else []  # the party told to act, read once
    if told is not None and _political(told[0], refs, rules) and not _countryless(refs):
        whom, act = told
        code = frames.code(rules.label_codes["wishing_verbs"])
        why = f"'{tok.text} {whom.text} to {act.text}': the speaker tells a party to act, CAMEO {code.code}"
        return aimed(frame, code, f"to {act.lemma_.lower()}", subtree_span(whom), why, act.i)
    for clause in children(tok):
        if clause.dep_ != "ccomp" or _closed(clause):
            continue
        party: Token | None
        lemma = clause.lemma_.lower()
        if lemma in rules.wishing_verbs:
            party = _wished_party(clause, rules)
            absorbed = clause.i
        elif lemma in rules.asking_verbs:
            party = _asked_party(clause)
            absorbed = -1  # "would seek damages from X" has no pattern of its own
        else:
            continue
        if party is None or party.tag_ == "PRP" or not names_party(party):
            continue
        if not _political(party, _named(party, refs_of), rules):
            continue
        code = frames.code(rules.label_codes["wishing_verbs"])
        why = f"'{tok.text} ... {clause.text} ... {party.text}': the speaker asks a party to act, CAMEO {code.code}"
        return aimed(frame, code, lemma, subtree_span(party), why, absorbed)
    return None
