"""The events told so far in one article, and which frames are part of another event (stage code).

The coder (code/coder.py) reads an article's frames in order; this base keeps what it has told so
far and answers what needs it:

* a complement or purpose clause of a verb that is itself an event is part of that event
  ("urged the parties to establish dialogue and cease confrontation" is one REQUEST), and an
  event noun counts only where its clause gave no event ("launched an attack"), unless its verb
  judges it as done ("condemned an airstrike by ...") (``is_absorbed``, ``stray_infinitive``);
* the events told so far, with and without their retellings (``firsts``, ``told_before``), the
  frame and match at a token, the countries named in a frame's sentence;
* whom the verb a frame's clause hangs on is aimed at (``governed``, code.governing) and whose
  act an event answers (``answered``, code.responses).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents.code.clauses import (
    consequence_told,
    coordinated_clause,
    during_by_party,
    fronted,
    own_clause,
    participle_clause,
    setting_when,
    talks_clause,
)
from newsevents.code.governing import event_of, governing_verb, shared_recipients
from newsevents.code.labelled import label_told
from newsevents.code.listed import listed_head
from newsevents.code.location import met_there
from newsevents.code.ownacts import purpose_appeal
from newsevents.code.pairs import pair_noun
from newsevents.code.requested import asked_clause
from newsevents.code.responses import answered_span
from newsevents.code.rules import CodeRules
from newsevents.code.sought import caused_party
from newsevents.code.storyside import filed_country, story_country
from newsevents.code.toldbefore import THREAT_ROOT
from newsevents.code.verbframes import FrameMatch
from newsevents.dedupe.merge import apply_retellings
from newsevents.frame.frames import PERSONAL_PRONOUNS, VISITING_GUEST
from newsevents.lexicon import LEXICON
from newsevents.match.matching import protest_by_party
from newsevents.parse.syntax import clause_verb, trigger_span
from newsevents.parse.tree import children
from newsevents.participants.actors import ActorReader
from newsevents.participants.recipients import recipients
from newsevents.participants.tally import country_tally
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Event, EventLocation, Frame, countries_of
from newsevents.work import Work

__all__ = ["ToldSoFar"]

STATE_ANAPHORS = LEXICON["state_anaphor_nouns"]
INTERNATIONAL_WORDS = LEXICON["international_adjectives"]  # "West African troops": no one state's


class ToldSoFar:
    """What the coder has told so far in one article, and the decisions that read it."""

    def __init__(self, work: Work, rules: CodeRules, reader: ActorReader) -> None:
        self.work = work
        self.doc = work.doc
        self.rules = rules
        self.reader = reader
        self.at = {info.token_i: k for k, (_, info) in enumerate(work.frames)}
        self.event_verbs: set[int] = set()  # triggers of the events told so far
        self.absorbed: set[int] = set()  # triggers that are part of another event
        self.tellings: set[str] = set()  # ids of the events that tell an earlier one again
        # ids of the meetings and accords told aside, a participle after a noun ("the talks, mediated
        # by Angola"): their party is not the talks' (code/pairs.same_talks, code/accords, code/joint)
        self.asides: set[str] = set()
        # the one country the story names far more than any other, for role words left without one
        self.tally = country_tally(work.doc, work.places, len(work.sentences))
        self.story_country = story_country(self.tally)

    def firsts(self) -> list[Event]:
        """The events told so far, retellings left out."""
        return [e for e in self.work.events if e.id not in self.tellings]

    def told_before(self) -> list[Event]:
        """The events told so far, one per real event (a retelling merged into what it retells)."""
        return apply_retellings(self.work.events, self.work.retellings)

    def filed_country(self, frame: Frame, home: str | None) -> str | None:
        """The dateline's country as the story's (code/storyside.filed_country) for the actors of a
        frame whose sentence names no other country and whose actor phrases no word of several states
        ("West African troops": lexicon international_adjectives)."""
        filed = filed_country(self.tally, home)
        if filed is None or self.countries_named(frame) - {filed}:
            return None
        text = self.work.article.text
        words = {w for a, b in frame.actor_spans for w in text[a:b].lower().split()}
        return None if words & INTERNATIONAL_WORDS else filed

    def countries_named(self, frame: Frame) -> set[str]:
        """The countries of the places (names, demonyms) named in the frame's sentence."""
        sent = self.work.sentences[frame.sentence_index]
        return {
            m.place.country_code
            for m in self.work.places
            if m.place is not None and m.place.country_code and sent.start_char <= m.start_char < sent.end_char
        }

    def asks_sides(self, frame: Frame) -> bool:
        """Whether an object or prepositional phrase of the frame is "both sides", "the two sides" (a pair
        phrase whose noun is one of code_rules side_nouns): the sides of a conflict, not two names."""
        text = self.work.article.text
        spans = (*frame.object_spans, *frame.recipient_spans)
        return any(pair_noun(text[a:b].strip()) in self.rules.side_nouns for a, b in spans)

    def names_other(self, frame: Frame) -> bool:
        """Whether a prepositional phrase of the frame refers to a party the knowledge base cannot
        place: a pronoun or "the" and a state noun ("cut off gas to the republic", "a ban on them")."""
        for a, b in frame.recipient_spans:
            words = self.work.article.text[a:b].lower().split()
            if len(words) == 1 and words[0] in PERSONAL_PRONOUNS:
                return True
            if len(words) == 2 and words[0] == "the" and words[1] in STATE_ANAPHORS:
                return True
        return False

    def met_at(self, frame: Frame, loc: EventLocation) -> bool:
        """Whether the event's place is named in its sentence where its parties met (location.met_there)."""
        sent = self.work.sentences[frame.sentence_index]
        return any(
            met_there(self.doc, frame, m)
            for m in self.work.places
            if sent.start_char <= m.start_char < sent.end_char and m.text == loc.extracted_place
        )

    def frame_at(self, i: int) -> Frame | None:
        k = self.at.get(i)
        return self.work.frames[k][0] if k is not None else None

    def match_at(self, i: int) -> FrameMatch | None:
        k = self.at.get(i)
        return self.work.matches[k].match if k is not None else None

    def is_absorbed(self, k: int) -> bool:
        """Whether frame ``k`` is part of an event told by its head."""
        frame, info = self.work.frames[k]
        tok = self.doc[info.token_i]
        match = self.work.matches[k].match
        if info.crowd:  # "..., sparking violent protests": unrest of its own, not the arrest's
            return False
        if frame.subject_how == VISITING_GUEST:  # "told visiting Prime Minister X": X's visit, beside what is told
            return False
        if info.noun:  # an event noun counts only where its clause gave no event ("launched an attack")
            if talks_clause(tok) is not None or protest_by_party(tok, match) or during_by_party(tok):
                # "agreed after talks with X": a meeting of its own; "resigned after protests by
                # students": a protest its "by" phrase gives a doer of its own
                return False
            if asked_clause(tok) is not None:  # "sent troops at the request of X": X's request, beside it
                return False
            verb = clause_verb(tok.head) if tok.head.i != tok.i else None
            if verb is None or not (verb.i in self.event_verbs or verb.i in self.absorbed):
                return False
            # an act its verb judges as done is an event of its own (stage match: Matched.judged; its date: stage told)
            return not (verb.i in self.event_verbs and self.work.matches[k].judged)
        head = tok.head
        main = listed_head(tok)
        if main is not None:
            # "declared martial law, announced that ...", "..., saying X, and later accepted a plan": the
            # next act of the subject's list, part of no event but one its main verb is part of
            return tok.i in self.absorbed or main.i in self.absorbed
        if caused_party(tok) is not None:
            # "shelled the post, prompting India to condemn the attack": India's act, not part of the shelling
            return tok.i in self.absorbed
        absorbed = (
            tok.i in self.absorbed
            or (tok.dep_ in {"xcomp", "advcl", "conj", "ccomp"} and head.i in self.absorbed)
            or (tok.dep_ in {"xcomp", "advcl", "ccomp"} and head.i in self.event_verbs and not fronted(tok))
            # "shelled the island, killing two marines and setting houses ablaze": a participle coordinated
            # with the participle clause of an event is a consequence of that event, as its first one is
            or (tok.dep_ == "conj" and participle_clause(tok) and head.head.i in self.event_verbs)
        )
        if not (absorbed or self.stray_infinitive(tok)):
            return False  # what follows only says which absorbed acts are told in their own right
        head_match = self.match_at(head.i)
        told = consequence_told(tok, match, self.rules, head_match)
        derived = self.work.derived[k].match
        if not told and derived is not None and derived.code is not None and derived.code.root == THREAT_ROOT:
            # "seized a ship, vowing to target more vessels": the vow is a threat (stage derive), told with the act
            told = consequence_told(tok, derived, self.rules, head_match)
        if not told and label_told(tok, derived, head_match, self.rules):
            # "recalled its envoy, calling the raid an act of war": a name given is a charge of its own (code/labelled)
            told = consequence_told(tok, derived, self.rules, head_match)
        # "expelled 23 diplomats, saying Moscow was culpable": a speech verb's judgement (stage derive) is
        # a statement of its own, not a part of the act it follows
        said = self.work.derived[k].demand
        judged = said is not None and said.match.code is not None and said.match.code.plover == "ACCUSE"
        # "the dispute, which began when troops attacked a post": the act that set a background clause
        setting = setting_when(tok) and head.i in self.absorbed and head.i not in self.event_verbs
        # "flew to Nairobi to press the two leaders to ...": an appeal made at the visit (code.ownacts)
        appeal = purpose_appeal(tok, match, head_match, self.rules.protest_roots)
        return not (told or own_clause(tok) or coordinated_clause(tok) or judged or setting or appeal)

    def stray_infinitive(self, tok: Token) -> bool:
        """A bare infinitive parsed as a conjunct of a finite verb whose to-infinitive it continues
        ("called on Russia to stop its attacks, respect the border and withdraw its forces"): part of
        the event of that verb, as its to-infinitive is."""
        if (
            tok.dep_ != "conj"
            or tok.tag_ != "VB"
            or any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in children(tok))
        ):
            return False
        head = tok.head
        while head.dep_ == "conj" and head.tag_ == "VB" and head.head.i != head.i:
            head = head.head
        if head.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ == "xcomp" for c in children(head)):
            return False
        return head.i in self.event_verbs or head.i in self.absorbed

    def governed(
        self, frame: Frame, actors: list[ActorRef], on_date: dt.date | None, disc: Discourse
    ) -> tuple[list[ActorRef], str] | None:
        """Whom the verb this frame's clause hangs on is aimed at (code.governing)."""
        trigger = trigger_span(self.doc, frame)
        head = governing_verb(trigger.root) if trigger is not None else None
        if head is None:
            return None
        told = event_of(self.work.events, frame.sentence_index, head)
        head_frame = self.frame_at(head.i) if told is None else None
        found = None
        if head_frame is not None:
            found = recipients(self.reader, self.doc, head_frame, actors, on_date, disc, self.frame_at)[0]
        return shared_recipients(told, actors, found, head.text)

    def answered(
        self, frame: Frame, actors: list[ActorRef], on_date: dt.date | None, disc: Discourse
    ) -> tuple[list[ActorRef], str] | None:
        """The party whose act the event answers ("in retaliation for Britain's expulsion of ...",
        code.responses), of another country than the actors'."""
        span = answered_span(self.doc, frame.trigger_start, frame.trigger_end)
        if span is None:
            return None
        own = countries_of(actors)
        refs = [r for r in self.reader.span(span, on_date, disc) if r.country and r.country not in own]
        if not refs:
            return None
        return refs, f"recipient: whose act the event answers ('{self.work.article.text[span[0] : span[1]]}')"
