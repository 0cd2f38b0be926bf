"""Stage: code. Frames → events: CAMEO code, PLOVER type, actors, recipient, date, place, modality.

The verb-frame dictionary decides what a predicate means (and whether it is an event at all);
this module holds only the mechanisms:

* a complement or purpose clause of a verb that is itself an event is part of that event
  ("urged the parties to establish dialogue and cease confrontation" is one REQUEST);
* a clause reported by a speech verb (CAMEO 01, which PLOVER does not code) is coded on its
  own, and a pronoun subject in it is the speaker ("Ghani said he had stepped down");
* a pronoun elsewhere is the last person named before it in the article;
* an event needs an actor; its recipient is the first object, else the first prepositional
  phrase, that names an actor other than the actor itself;
* the date is the date mention of the event's own clause, normalised with the clause's tense;
  without one, the publication date with precision ``publication``;
* the location is a resolved place in a locative phrase of the predicate or its object.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from newsevents import __version__
from newsevents.code.clauses import (
    LINK_DEPS,
    SIMULTANEOUS_MARKS,
    claimed,
    conjoined,
    consequence,
    fronted,
    noun_background,
    own_clause,
    place_phrase,
    purpose_clauses,
    shared_setting,
    sports_result,
    weapon_subject,
)
from newsevents.code.location import choose_location, event_location
from newsevents.code.parties import (
    DOMESTIC_SECTORS,
    STATE_SECTORS,
    domestic,
    ethnic,
    last_attack,
    local_people,
    pair_of,
    place_recipient,
    political,
    unbordered,
    unknown_named,
)
from newsevents.code.verbframes import CameoCode, FrameMatch
from newsevents.dedupe.merge import retold
from newsevents.frame.frames import PERSONAL_PRONOUNS
from newsevents.lexicon import sector_group
from newsevents.parse.syntax import clause_verb, misparsed_finite
from newsevents.parse.tree import children, ents
from newsevents.records import ActorRef, DateInfo, Event, EventLocation, Frame, Mention, Source
from newsevents.resolve.dates import normalize
from newsevents.work import Resources, StageFunc, Work, register

CODER = f"newsevents {__version__}"
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
COMPLAINT_ROOTS = {"11", "12"}  # disapprove / accuse, reject
ABOUT_BEFORE = re.compile(r"\b(?:over|about|against|of)\s+(?:the\s+)?$", re.IGNORECASE)
LOCAL_PEOPLE_SECTORS = sector_group("local_people")


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


class _ArticleCoder:
    def __init__(self, work: Work, res: Resources) -> None:
        self.work = work
        self.res = res
        self.text = work.article.text
        self.pub = work.article.pub_date
        self.matches: dict[int, FrameMatch | None] = {}
        self.actors_of: dict[int, tuple[ActorRef, ...]] = {}
        self.event_verbs: set[int] = set()
        self.absorbed: set[int] = set()
        self.retold_attack: dict[int, Event] = {}  # trigger token -> the attack "the strike" refers to
        self.last_person: tuple[ActorRef, ...] = ()
        self.frame_at: dict[int, Frame] = {}
        self.named: list[ActorRef] = []  # actors named so far (a country or a known entity), in order
        self.last_person_date: tuple[DateInfo | None, str | None, str] | None = None
        self.linked_date: dict[int, tuple[DateInfo | None, str | None, str] | None] = {}
        self.person_spans = [(e.start_char, e.end_char) for e in ents(work.doc) if e.label_ == "PERSON"]
        self.home_country = self._dateline_country()

    @staticmethod
    def _home_actor(r: ActorRef) -> bool:
        """An unnamed state institution of the dateline's country: police, courts, parliament, or one
        named office ("the interior ministry"); plural groups ("delegations", "officials") may be
        foreign. Unnamed people of the street (protesters, students, workers, the opposition) are
        of the dateline's country too; rebels and refugees often are not."""
        if not (r.kb_id or "").startswith("sector:"):
            return False
        if r.sector in LOCAL_PEOPLE_SECTORS:
            return True  # "protesters", "students", "opposition parties" in a story from their country
        if r.sector not in STATE_SECTORS:
            return False
        return r.sector in DOMESTIC_SECTORS or not r.entity_text.lower().endswith("s")

    def _dateline_country(self) -> str | None:
        """The country of the dateline: unnamed state actors ("police", "the interior minister") are its."""
        dateline = self.work.article.dateline
        if not dateline:
            return None
        entry = self.res.kb.country_for_word(dateline.split(",")[0].title())
        return entry.iso3 if entry is not None else None

    # -- actors -----------------------------------------------------------------------------
    def _resolve_span(self, span: tuple[int, int], on_date: dt.date | None, words: str | None = None) -> list[ActorRef]:
        words = self.text[span[0] : span[1]] if words is None else words
        refs = self.res.resolve_phrase(words, on_date)
        pair = pair_of(words, refs, span, self.named, self.res.rules.pair_nouns)
        if pair:
            return pair
        out = []
        home = self.home_country
        for r in refs:
            if home is not None and r.country is None and self._home_actor(r):
                r = replace(
                    r, country=home, code=f"{home}{r.sector}", reason=f"{r.reason}; country {home} from the dateline"
                )
            s = span[0] + r.start_char if r.start_char >= 0 else span[0]
            e = span[0] + r.end_char if r.end_char >= 0 else span[1]
            out.append(ActorRef(r.entity_text, r.name, r.code, r.country, r.sector, r.kb_id, r.role, s, e, r.reason))
        return out

    def _speaker(self, tok: Token) -> tuple[ActorRef, ...]:
        """The actors of the speech verb whose reported clause holds ``tok``'s clause."""
        t = tok
        while (t.dep_ in LINK_DEPS or t.dep_ == "acomp") and t.head.i != t.i:  # "it is prepared to ..."
            t = t.head
        if t.dep_ == "ccomp" and t.head.i != t.i:
            m = self.matches.get(t.head.i)
            if m is not None and m.code is not None and m.code.root == "01":
                return self.actors_of.get(t.head.i, ())
        return ()

    def actors(self, frame: Frame, tok: Token, on_date: dt.date | None) -> tuple[list[ActorRef], list[str]]:
        refs: list[ActorRef] = []
        why: list[str] = []
        for span in frame.actor_spans:
            words = self.text[span[0] : span[1]]
            if words.lower() in PERSONAL_PRONOUNS:
                speaker = self._speaker(tok)
                if speaker:
                    refs.extend(speaker)
                    why.append(f"actor '{words}' = the speaker of the reported clause")
                elif words.lower() in {"he", "she"} and self.last_person:
                    refs.extend(self.last_person)
                    why.append(f"actor '{words}' = the last person named ({self.last_person[0].entity_text})")
                    self.linked_date[frame.trigger_start] = self.last_person_date
                continue
            found = self._resolve_span(span, on_date)
            found = self._owned(words, found, tok, why)
            attack = last_attack(words, found, frame.sentence_index, self.work.events, self.res.rules)
            if attack is not None:
                why.append(f"actor '{words}' = the attack told before ('{attack.event_text}')")
                refs.extend(attack.actor)
                self.retold_attack[tok.i] = attack
                continue
            earlier = self.antecedent(words, found)
            if earlier is not None:
                why.append(f"actor '{words}' = {earlier.name or earlier.entity_text}, named before in the article")
                found = [replace(earlier, entity_text=words, start_char=span[0], end_char=span[1])]
            else:
                why.extend(f"actor '{r.entity_text}': {r.reason}" for r in found)
            refs.extend(found)
            self.named.extend(r for r in found if r.country or not (r.kb_id or "sector:").startswith("sector:"))
            names_person = any(s < span[1] and span[0] < e for s, e in self.person_spans)
            if found and (names_person or any((r.kb_id or "").startswith("person:") for r in found)):
                self.last_person = tuple(found)
                info, date_text, _ = self.date(frame)
                own = info is not None and info.precision != "publication"
                self.last_person_date = (info, date_text, f"the pronoun's person ({words})") if own else None
        return refs, why

    def _owned(self, words: str, found: list[ActorRef], tok: Token, why: list[str]) -> list[ActorRef]:
        """'their forces', 'its troops': a role of the owner, the speaker of the reported clause or
        else the last actor named with a country ("Bosnian Serbs said their forces had withdrawn")."""
        first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
        if first not in POSSESSIVE_PRONOUNS:
            return found
        if not found:  # "its teams", "their envoys": the owner's own people
            owner_ref = next(iter(self._speaker(tok)), None)
            if owner_ref is None:
                return found
            why.append(f"'{words}': people of {owner_ref.name or owner_ref.entity_text}, the speaker")
            return [replace(owner_ref, entity_text=words)]
        if len(found) != 1 or found[0].country is not None:
            return found
        owner = next((r for r in self._speaker(tok) if r.country), None)
        owner = owner or next((r for r in reversed(self.named) if r.country), None)
        if owner is None or owner.country is None:
            return found
        ref = found[0]
        sector = ref.sector or ""
        why.append(f"'{first}' in '{words}' = {owner.name or owner.entity_text}")
        return [replace(ref, country=owner.country, code=f"{owner.country}{sector}")]

    def antecedent(self, words: str, found: list[ActorRef]) -> ActorRef | None:
        """'the president', 'the court', 'the group', 'the movement': the entity of that kind named
        last in the article (data/code_rules.yaml, anaphors)."""
        low = words.lower()
        if not low.startswith("the ") or len(low.split()) > 3:
            return None
        if len(found) == 1 and found[0].country is None and (found[0].kb_id or "").startswith("sector:"):
            sectors = {found[0].sector}
        elif not found:
            sectors = set(self.res.rules.anaphors.get(low.split()[-1], ()))
        else:
            return None
        return next((r for r in reversed(self.named) if r.sector in sectors), None)

    def recipients(
        self, frame: Frame, actors: list[ActorRef], on_date: dt.date | None, root: str | None = None
    ) -> tuple[list[ActorRef], str]:
        """The first candidate phrase that names a country or a known entity; a bare role word
        ("troops", "refugees") only when no candidate names more. A complaint's target is what it
        is about ("complained to the UN over Israeli raids"), not whom it is told to."""
        # the actor itself named again ("Croatia ... by Croatia"), not another party of its country
        actor_keys = {(a.key(), a.entity_text.lower()) for a in actors}
        weak: tuple[list[ActorRef], str] | None = None
        preps = frame.recipient_spans
        if root in COMPLAINT_ROOTS:
            about = [sp for sp in preps if ABOUT_BEFORE.search(self.text[max(0, sp[0] - 12) : sp[0]])]
            preps = tuple(about) + tuple(sp for sp in preps if sp not in about)
        for kind, spans in (("object", frame.object_spans), ("prepositional phrase", preps)):
            for span in spans:
                if kind == "prepositional phrase" and place_phrase(self.work.doc, span):
                    continue
                group = [span, *conjoined(self.work.doc, span, spans)]
                found = [
                    r
                    for sp in group
                    for r in self._resolve_span(sp, on_date, unbordered(self.work.doc, sp, self.text))
                    if (r.key(), r.entity_text.lower()) not in actor_keys
                ]
                if not found:
                    continue
                why = f"recipient from the {kind} '{', '.join(self.text[a:b] for a, b in group)}'"
                if any(r.country or not (r.kb_id or "sector:").startswith("sector:") for r in found):
                    return found, why
                weak = weak or (found, why + " (a role word only)")
        if weak is None and root is not None:
            for inner in (self.frame_at[c.i] for c in purpose_clauses(self.work.doc, frame) if c.i in self.frame_at):
                found, why = self.recipients(inner, actors, on_date)
                if found:
                    return found, f"{why}, in the purpose clause '{inner.trigger_text} ...'"
        return weak or ([], "no recipient named")

    # -- date and place ---------------------------------------------------------------------
    def date(self, frame: Frame) -> tuple[DateInfo | None, str | None, str]:
        for span in frame.date_spans:
            words = self.text[span[0] : span[1]]
            info = normalize(words, self.pub, frame.tense)
            if info is not None:
                return info, words, f"date '{words}' in the event's clause ({info.reason})"
        if self.pub is not None:
            return (
                DateInfo(self.pub.isoformat(), "publication", None, "publication date"),
                None,
                ("no date in the event's clause: publication date"),
            )
        return None, None, "no date in the event's clause and no publication date"

    def location(self, frame: Frame, code: CameoCode) -> tuple[EventLocation | None, str]:
        # material events (and protests, which take to the streets) happen somewhere in the
        # sentence; verbal ones are often only about a place
        material = code.quad_class in {2, 4} or code.root == "14"
        chosen, why = choose_location(frame, self.work.places, sentence_fallback=material)
        if chosen is not None and not material and not self._said_there(frame, chosen):
            return None, (f"'{chosen.text}' is what the statement is about, not where it was made "
                          "(a verbal event takes only its own locative phrase)")  # fmt: skip
        return (event_location(chosen) if chosen else None), why

    def _said_there(self, frame: Frame, place: Mention) -> bool:
        """Whether a place stands in a locative phrase of the trigger itself ("met in Luanda",
        "told reporters in Nairobi"), not in its complement ("urged them to stop fighting in X")."""
        doc = self.work.doc
        trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
        span = doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
        if trigger is None or span is None:
            return False
        t = span.root
        while t.head.i != t.i and t.dep_ != "prep":
            t = t.head
        holder = t.head
        return holder.i == trigger.root.i or (holder.head.i == trigger.root.i and holder.dep_ in {"dobj", "nsubjpass"})

    # -- the event --------------------------------------------------------------------------
    def derive(self, frame: Frame, tok: Token, match: FrameMatch) -> tuple[FrameMatch, str | None]:
        """Intent, threat and rejection codes for announced, planned or negated acts (data/code_rules.yaml)."""
        code = match.code
        assert code is not None
        rules = self.res.rules
        if frame.predicate_lemma in rules.command_verbs:
            for c in children(tok):  # "ordered the newspaper to suspend publication": the restriction
                inner = self.frame_at.get(c.i) if c.dep_ == "xcomp" else None
                m = self.res.frames.match(inner.predicate_lemma, inner.context) if inner else None
                if m is not None and m.code is not None and m.code.root in rules.commanded_roots:
                    why = f"'{tok.text} ... to {c.text}': the order imposes it, CAMEO {code.code} becomes {m.code.code}"
                    return m, why
        derived: str | None = None
        if frame.modality == "negated" and frame.tense != "past":
            derived = rules.negated.get(code.root)
            why = "refusal of a cooperative act (negated, not past) → rejection"
        elif (frame.modality == "future" or (frame.modality == "hypothetical" and frame.tense == "future")) and (
            not frame.passive
        ):
            derived = rules.intent.get(code.root)
            why = "announced or planned act by its own actor → intent" if code.quad_class <= 2 else "→ threat"
        if derived is None or derived == code.code:
            return match, None
        new = replace(match, code=self.res.frames.code(derived))
        return new, f"{why}: CAMEO {code.code} becomes {derived}"

    def demand(self, frame: Frame, tok: Token, actors: list[ActorRef]) -> Event | None:
        """A speech verb reporting that another party must or should act is a demand or an appeal."""
        rules = self.res.rules
        for child in children(tok):
            if child.dep_ != "ccomp":
                continue
            modal = next(
                (
                    a.lemma_.lower()
                    for a in children(child)
                    if a.dep_ == "aux" and a.lemma_.lower() in rules.demand_modals
                ),
                None,
            )
            inner = self.frame_at.get(child.i)
            if modal is None or inner is None:
                continue
            if not any(self._resolve_span(span, None) for span in inner.actor_spans):
                continue  # a demand needs an addressee ("everything should be done" has none)
            code = self.res.frames.code(rules.demand_modals[modal])
            match = FrameMatch(code, f"{frame.predicate_lemma} ... {modal}", 1, "code_rules.yaml")
            self.absorbed.add(child.i)
            recipient_frame = replace(frame, object_spans=inner.actor_spans, recipient_spans=())
            why = f"'{tok.text} that ... {modal}': a demand on the subject of the reported clause"
            return self.make_event(recipient_frame, match, actors, [why])
        return None

    def sequence_date(self, frame: Frame) -> tuple[DateInfo | None, str | None, str] | None:
        """'... and subsequently fled': the date of the last dated event told before this one."""
        trigger = self.work.doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
        tok = trigger.root if trigger is not None else None
        if tok is None or not any(
            c.dep_ == "advmod" and c.lemma_.lower() in self.res.rules.sequence_adverbs for c in children(tok)
        ):
            return None
        for ev in reversed(self.work.events):
            if ev.date_precision in {"day", "month", "year"} and ev.sentence_index <= frame.sentence_index:
                info = DateInfo(ev.date or "", ev.date_precision, None, "date of the event told before")
                return info, ev.date_text, f"the event told before ('{ev.event_text}')"
        return None

    def background(self, tok: Token) -> bool:
        """Relative clauses and clauses inside a noun phrase ("refugees who entered the country", "an
        admission that forces murdered ...") are background, except the clause that tells an attack
        named by its head ("an airstrike that killed seven civilians")."""
        if tok.dep_ not in {"relcl", "acl"}:
            return False
        if misparsed_finite(tok):
            return False  # a finite verb misparsed as a modifier ("police arrested 40 people, X said")
        if self._issuer(tok) is not None:
            return False  # "issued a statement condemning ...": what the statement says is the event
        return tok.head.lemma_.lower() not in self.res.rules.attack_instruments

    def _issuer(self, tok: Token) -> Token | None:
        """The verb that issued the statement a participle describes ("the party issued a declaration
        demanding that ...", "adopted a resolution urging ...")."""
        head = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBG" or head.lemma_.lower() not in self.res.rules.statement_nouns:
            return None
        verb = head.head
        return verb if head.dep_ in {"dobj", "nsubjpass"} and verb.i in self.actors_of else None

    def _told_act(self, verb: Token | None, match: FrameMatch | None) -> bool:
        """'Chad condemned an airstrike by Sudanese aircraft': a material act named by a noun is an
        event of its own when the verb of its clause judges it as done (data/code_rules.yaml,
        judging_codes: praise, investigate, condemn, accuse), not when it is the same act
        ("launched an attack") or one only opposed or asked for ("opposed the deployment of ...")."""
        told = self.matches.get(verb.i) if verb is not None and verb.i in self.event_verbs else None
        return (
            told is not None
            and told.code is not None
            and told.code.code in self.res.rules.judging_codes
            and match is not None
            and match.code is not None
            and match.code.quad_class in {2, 4}
        )

    def same_talks(self, root: str) -> tuple[list[ActorRef], list[str]]:
        """A meeting told without its parties ("the next round of talks will be held in Nairobi")
        is held by the parties of the last meeting told before it in the article."""
        earlier = next((e for e in reversed(self.work.events) if e.cameo_root == root and e.actor), None)
        if earlier is None:
            return [], []
        names = " + ".join(a.code or a.entity_text for a in earlier.actor)
        return list(earlier.actor), [f"parties of the meeting told before ('{earlier.event_text}': {names})"]

    def unknown_attacker(self, tok: Token, match: FrameMatch) -> bool:
        """An event needs an actor, except an attack told in a main clause whose target is a named
        country's people ("a roadside bomb killed three U.S. soldiers")."""
        code = match.code
        if code is None or code.root not in {"18", "19", "20"}:
            return False
        main = tok.dep_ in {"ROOT", "ccomp"} or (tok.dep_ in {"conj", "advcl"} and tok.head.dep_ == "ROOT")
        main = main and (tok.dep_ != "advcl" or consequence(tok, match))
        frame = self.frame_at.get(tok.i)
        if not main or frame is None:
            return False
        for a, b in frame.actor_spans:  # the subject must be the means of an attack, not "the cyclone"
            span = self.work.doc.char_span(a, b, alignment_mode="expand")
            if span is None or span.root.lemma_.lower() not in self.res.rules.attack_instruments:
                return False
        targets = self.recipients(frame, [], None)[0]
        if any(r.country for r in targets):
            return True
        # "a journalist was killed in a car bomb explosion in Beirut": people hit by an attack named
        # in the clause, in a place with a country
        instruments = self.res.rules.attack_instruments
        named = any(
            p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in instruments for o in children(p))
            for p in children(tok)
        )
        loc = self.location(frame, code)[0] if named and targets else None
        return loc is not None and bool(loc.country_code)

    def run(self) -> None:
        doc = self.work.doc
        rules = self.res.rules
        self.frame_at = {info.token_i: frame for frame, info in self.work.frames}
        for frame, info in sorted(self.work.frames, key=lambda fi: (fi[0].sentence_index, _depth(doc[fi[1].token_i]))):
            tok = doc[info.token_i]
            head = tok.head
            head_frame = self.frame_at.get(head.i)
            planned = head.lemma_.lower() in rules.future_heads or (
                head_frame is not None and head_frame.modality == "future"
            )
            to_clause = tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.lower_ == "to" for c in children(tok)))
            if to_clause and planned and frame.modality == "asserted":
                frame = replace(
                    frame,
                    modality="future",
                    tense="future",
                    reasons=(*frame.reasons, f"modality: planned ('{head.text} to ...')"),
                )
                self.frame_at[tok.i] = frame
            claim = claimed(tok, rules)
            if claim and frame.modality == "asserted":
                frame = replace(frame, modality="reported", reasons=(*frame.reasons, f"modality: reported ({claim})"))
                self.frame_at[tok.i] = frame
            match = self.res.frames.match(frame.predicate_lemma, frame.context)
            if match is not None and match.code is None and weapon_subject(doc, frame, rules.attack_instruments):
                # "a missile hit the market" is an attack, "shares hit the market" is not
                match = self.res.frames.match(frame.predicate_lemma, ())
            if match is not None and match.code is not None and sports_result(tok, rules.score_verbs):
                match = None  # "Morocco beat Portugal 1-0"
            self.matches[tok.i] = match
            # A complement or purpose clause of an event is part of it ("urged X to establish dialogue",
            # "denied that its aircraft had entered"); a coordinated verb is an event of its own.
            absorbed = (
                tok.i in self.absorbed
                or (tok.dep_ in {"xcomp", "advcl", "conj", "ccomp"} and head.i in self.absorbed)
                or (tok.dep_ in {"xcomp", "advcl", "ccomp"} and head.i in self.event_verbs and not fronted(tok))
            ) and not (consequence(tok, match) or own_clause(tok))
            background = self.background(tok)
            if info.noun:  # an event noun counts only where its clause gave no event ("launched an attack")
                verb = clause_verb(tok.head) if tok.head.i != tok.i else None
                absorbed = verb is not None and (verb.i in self.event_verbs or verb.i in self.absorbed)
                if absorbed and self._told_act(verb, match):
                    absorbed = False  # its date is its own, not the date of the verb that judges it
                    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
                    frame = replace(frame, date_spans=tuple(d for d in frame.date_spans if lo <= d[0] and d[1] <= hi))
                    self.frame_at[tok.i] = frame
                background = noun_background(tok, verb, rules)
            # Roles are read at the event's own date when its clause has one (make_event); until then,
            # and for events dated only by the publication, the knowledge base's latest role.
            actors, why_actors = self.actors(frame, tok, None)
            issuer = self._issuer(tok) if not frame.actor_spans else None
            if issuer is not None:
                actors = list(self.actors_of[issuer.i])
                why_actors = [f"actor: who {issuer.text} the {tok.head.text}"]
            self.actors_of[tok.i] = tuple(actors)
            if absorbed or background:
                self.absorbed.add(tok.i)
                continue
            if match is None or match.code is None:
                continue
            if not actors and match.code.root == "04":
                actors, why_actors = self.same_talks(match.code.root)
            if not actors:
                actors, why_actors = unknown_named(doc, frame, rules.people_suffixes)
            if not actors and not self.unknown_attacker(tok, match):
                continue
            if match.code.plover is None:
                if match.code.root == "01":
                    ev = self.demand(frame, tok, actors)
                    if ev is not None:
                        self.event_verbs.add(tok.i)
                        self.work.events.append(ev)
                continue
            if own_clause(tok) and any(c.lower_ in SIMULTANEOUS_MARKS for c in children(tok)):
                frame = shared_setting(frame, self.frame_at.get(tok.head.i), tok)
            match, why_derived = self.derive(frame, tok, match)
            if match.code is None or match.code.plover is None:
                continue
            reasons = [*why_actors, why_derived] if why_derived else why_actors
            event = self.make_event(frame, match, actors, reasons)
            if political(event, rules.apolitical_sectors):
                self.event_verbs.add(tok.i)
                self.work.events.append(event)
                attack = self.retold_attack.get(tok.i)
                if attack is not None and attack in self.work.events and attack.event == event.event:
                    self.work.events.remove(event)
                    self.work.events[self.work.events.index(attack)] = retold(attack, event)

    def make_event(self, frame: Frame, match: FrameMatch, actors: list[ActorRef], why_actors: list[str]) -> Event:
        code = match.code
        assert code is not None
        art = self.work.article
        info, date_text, why_date = self.date(frame)
        linked = self.linked_date.get(frame.trigger_start) or self.sequence_date(frame)
        if linked is not None and (info is None or info.precision == "publication"):
            info, date_text = linked[0], linked[1]
            why_date = f"date '{date_text}' linked through {linked[2]}"
        on_date = dt.date.fromisoformat(info.value) if info and info.precision == "day" else None
        if on_date is not None:
            actors = [r for span in frame.actor_spans for r in self._resolve_span(span, on_date)] or actors
        recipients, why_recipient = self.recipients(frame, actors, on_date, code.root)
        loc, why_loc = self.location(frame, code)
        actors, why_home = local_people(actors, recipients, loc, code.root)
        if why_home:
            why_actors = [*why_actors, f"actor {why_home}"]
        recipients, why_local = domestic(recipients, actors, code.root)
        if why_local is None:
            recipients, why_local = local_people(recipients, actors, loc, "")
        if why_local:
            why_recipient = f"{why_recipient}; recipient {why_local}"
        recipients, why_place = place_recipient(recipients, loc, code.quad_class)
        why_recipient = why_place or why_recipient
        actors, recipients = ethnic(actors, loc, self.text), ethnic(recipients, loc, self.text)
        sent = self.work.sentences[frame.sentence_index]
        confidence = 0.4 + 0.1 * min(match.specificity, 3)
        confidence += 0.15 if any(a.kb_id for a in actors) else 0.0
        confidence += 0.05 if recipients else 0.0
        confidence += 0.05 if date_text else 0.0
        reasons = (
            f"pattern '{match.pattern}' ({match.source}) → CAMEO {code.code} {code.name}",
            *frame.reasons,
            *why_actors,
            why_recipient,
            why_date,
            why_loc,
        )
        return Event(
            id=Event.make_id(art.id, frame.sentence_index, frame.trigger_start, frame.trigger_end, code.code),
            article_id=art.id,
            sentence_index=frame.sentence_index,
            date=info.value if info else None,
            date_precision=info.precision if info else "unknown",
            date_text=date_text,
            end_date=info.end_value if info else None,
            event=code.plover,
            mode=code.mode,
            context=(),
            cameo=code.code,
            cameo_root=code.root,
            quad_code=code.quad_class,
            goldstein=code.goldstein,
            modality=frame.modality,
            actor=tuple(actors),
            recipient=tuple(recipients),
            event_loc=loc,
            event_text=frame.trigger_text,
            text=sent.text,
            start_char=frame.trigger_start,
            end_char=frame.trigger_end,
            source=Source(art.publisher, art.url, art.pub_date.isoformat() if art.pub_date else None, art.dateline),
            confidence=round(min(confidence, 0.95), 2),
            reasons=reasons,
            coder=CODER,
            coded_date=self.work.coded_date.isoformat(),
            pattern=match.pattern,
            mentions=((frame.sentence_index, frame.trigger_start, frame.trigger_end),),
        )


@register("code", requires=("frames", "places", "actors", "dates"), sets=("events",))
def make_code(res: Resources) -> StageFunc:
    def code(work: Work) -> None:
        _ArticleCoder(work, res).run()

    return code
