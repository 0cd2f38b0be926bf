"""Stage: code. Frames with their matches and participants → events.

The stages before it decided what each frame is (frames: modality, dates, place phrases; match:
the verb-frame dictionary, background; told: the own date of a judged act; participants: actors
and the discourse; derive: the code; when: the date; where: the location). The coder reads the
frames in the same order and decides, frame by frame, what needs the events told before it:

* a complement or purpose clause of a verb that is itself an event is part of that event
  ("urged the parties to establish dialogue and cease confrontation" is one REQUEST), and an
  event noun counts only where its clause gave no event ("launched an attack"), unless its verb
  judges it as done ("condemned an airstrike by ..."): code/sofar.py, with the events told so far;
* a clause reported by a speech verb (CAMEO 01, which PLOVER does not code) is coded on its
  own; a speech verb reporting that another party must act is a demand (stage derive);
* an event needs an actor (a meeting told without parties is held by the last meeting's; an
  agentless passive of a state act is the state's of the event's place, else of the authority
  reporting it, of the story's scene or of the one country its sentence names, and a release told so is by
  whoever held them: code/agentless.py; the
  participants stage keeps a name the knowledge base lacks as text, and says when an attack
  may have an unknown attacker), and a party that makes it political;
* "the strike hit a market": the attack told before; the coder links the telling to it
  (``work.retellings``) and the dedupe stage merges them.
* "the African Union condemned the detentions": a judgement of an act named only by a definite
  phrase is aimed at whoever did the last material conflict told before (judged.judged_before);
  one named by a noun of a kind of act ("condemned the coup") at whoever did the last act of that
  kind told before in the article (judged.judged_act), or by a word of an earlier conflict's
  pattern ("regretted the tests": judged.named_before).

Each event is built in steps from what the stages before decided (its code: derive; its date:
when; its location: where): the date of the event told before for "... and subsequently", its
parties at its date (whom it is aimed at: code/aims.py, from participants.recipients and the events told
before), their countries from its place (event.py), the later rules reading one record of the event's clause
(participants/context.EventContext).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Token

from newsevents.code.accords import (
    ACCORD_CODE,
    FIGHT_ROOTS,
    TRUCE_NOUNS,
    accord_parties,
    begun_parties,
    fight_setting,
    fight_sides,
    fought_with,
    last_fight,
    last_sanction,
    names_pair,
    own_measure,
    tells_accord,
)
from newsevents.code.agentless import custody_release, custody_state, holders, releases, story_authority
from newsevents.code.aims import Aims
from newsevents.code.clauses import untold
from newsevents.code.crowds import PROTEST_ROOT, crowd_of_place, sentence_state
from newsevents.code.event import CODER, Parties, assemble, local_parties
from newsevents.code.feelings import unaimed_feeling
from newsevents.code.firedon import add_crowd_protests
from newsevents.code.pairs import same_talks, the_two
from newsevents.code.parties import (
    STATE_SECTORS,
    countryless,
    home_visit,
    local_people,
    native_peoples,
    political,
    seized_property,
    state_of_place,
    visited,
)
from newsevents.code.requested import asked_of
from newsevents.code.rules import CodeRules
from newsevents.code.series import answered_by_rival, series_tests
from newsevents.code.sessions import lone_session
from newsevents.code.sought import caused_party
from newsevents.code.stances import aimed_elsewhere, told_in_clause
from newsevents.code.statesector import governed
from newsevents.code.storyside import story_side
from newsevents.code.toldbefore import (
    last_attack,
)
from newsevents.code.toldtime import mediated_parties
from newsevents.code.verbframes import FrameMatch, state_act
from newsevents.code.vowaims import vow_aimed
from newsevents.frame.facts import coding_order
from newsevents.frame.frames import NOMINAL_EVENT
from newsevents.frame.subjects import PARTICIPLE_AGENT
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children
from newsevents.participants.actors import ActorReader
from newsevents.participants.answered import answering_state
from newsevents.participants.context import EventContext
from newsevents.participants.counterattack import counter_attack
from newsevents.participants.counterpart import counterpart, names_party
from newsevents.participants.deployment import deployed_at_home
from newsevents.participants.homeaim import dateline_aim, home_aim, home_roles
from newsevents.participants.institutions import other_country
from newsevents.participants.ledby import follow
from newsevents.participants.lending import told_together
from newsevents.participants.provoked import provoker
from newsevents.participants.ruling import ruling_state
from newsevents.participants.scene import on_the_ground
from newsevents.progress import Cast, ClauseDate, Dated, Placed
from newsevents.records import ActorRef, Event, Frame, Retelling, countries_of
from newsevents.when.dating import event_date, role_day, sequence_date, undated
from newsevents.work import Resources, StageFunc, Work, register

__all__ = ["CODER", "make_code"]

PEOPLE_HIT_ROOTS = {"14", "17", "18", "19", "20"}  # protest, coerce, assault, fight, mass violence
ADDITIVE_ADVERBS = LEXICON["additive_adverbs"]


def additive(tok: Token) -> bool:
    """Whether the clause of ``tok`` tells its act as one more of those told before ("was also hit";
    lexicon ``additive_adverbs``)."""
    return any(c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in children(tok))


def agentive(frame: Frame, actors: list[ActorRef]) -> bool:
    """Whether a passive frame names who acted: a "by" agent, not an "of" phrase of its subject
    (frame.frames._nominal_agent: "a session of the council was held")."""
    return bool(actors) and not frame.subject_how.startswith(NOMINAL_EVENT)


class _ArticleCoder(Aims):
    """The decisions that read the events told before, for one article."""

    def make_event(
        self, frame: Frame, match: FrameMatch, cast: Cast, actors: list[ActorRef], why_actors: list[str],
        when: Dated | None, where: Placed, aim: Frame | None = None, aimless: bool = False,
    ) -> Event:  # fmt: skip
        """The date (stage when; "subsequently" linked here to the event told before) → the parties
        at that date → their countries from the place (stage where) → the record. ``aim``: the frame whose
        phrases say whom the event is aimed at, where not its own (the derive stage's ``Derived.aim``);
        ``aimless``: the people of its place are no target of it (``Derived.aimless``)."""
        code = match.code
        assert code is not None and when is not None
        art, disc = self.work.article, cast.discourse
        date = when.date
        if when.follows and undated(date):
            just = when.just_before is not None
            linked = sequence_date(
                frame, self.told_before(), when.shift, just_before=just, earlier=when.earlier, told=when.told
            )
            if linked is not None and when.just_before is not None:
                linked = replace(linked, via=f"{linked.via} ({when.just_before})")
            if linked is None and when.shift and frame.tense == "past" and frame.modality in {"asserted", "negated"}:
                # "a day later", a past act after no act told with a day: no day, not the publication's
                date = ClauseDate(None, None, f"{when.shift:+d} day(s) from an act told with no day: no date")
            date = event_date(date, linked)
        on_date = role_day(date, art.pub_date)
        if on_date is not None and not any(p.linked for p in cast.phrases):
            at = frame.sentence_index  # roles are read at the event's own date (not the actors the discourse lent)
            # "Colombian troops and aircraft": subjects told together are one side (lending.told_together)
            again = told_together([r for s in frame.actor_spans for r in self.reader.span(s, on_date, disc, None, at)])
            actors = again or actors
        actors, found, why_recipient = self.aimed_at(aim or frame, code, actors, on_date, cast, where)
        own_loc = where.loc if where.own else None  # a fallback place does not tell the parties' countries
        parties = Parties(actors, found, why_actors, why_recipient)
        mediated = None if found else mediated_parties(self.doc, frame, self.firsts(), self.asides, actors)
        if mediated is not None:  # "The deal, brokered by Annan, ...": between the deal's parties, where they met
            parties = replace(parties, recipients=mediated[0], why_recipient=mediated[1])
            if where.loc is None and mediated[2] is not None:
                where = replace(where, loc=mediated[2], why="the place of the accord it mediated", own=False)
        met = own_loc is not None and self.met_at(frame, own_loc)  # "at a summit in Nairobi, ... imposed"
        # a test at its range is aimed at no people of the place: the place lends its country to the actors only
        seized = seized_property(self.doc, aim or frame, code.code, self.rules.property_nouns)  # "seized the mines"
        # by the state's own bodies ("the president ordered ..."): veterans occupying farms stay aimed at the people
        seized = seized and bool(actors) and all(a.sector in STATE_SECTORS for a in actors)
        parties = local_parties(parties, own_loc, code, art.text, frame.predicate_lemma, met or aimless, seized)
        sent = self.work.sentences[frame.sentence_index]

        def read(span: tuple[int, int]) -> list[ActorRef]:  # the references a phrase names, on the event's day
            return self.reader.span(span, on_date, disc)

        ctx = EventContext(
            self.doc, frame, code.root, where, sent.text, read, disc, self.work.places,
            lambda: self.countries_named(frame), self.story_country,
        )  # fmt: skip
        led = follow(self.doc, parties.actors, cast.leaders, read) if frame.actor_spans else None
        if led is not None:  # "gunmen led by X": the side of their leader (found by the participants stage)
            parties = replace(parties, actors=led[0], why_actors=[*parties.why_actors, led[1]])
        parties = on_the_ground(ctx, parties)  # "gunmen stormed ..., and troops backed by X"
        phrases = [art.text[a:b] for a, b in (*frame.place_spans, *frame.recipient_spans)]
        hosts, why_visit = visited(parties.recipients, where.loc, parties.actors, code.code, phrases)
        if why_visit:  # "arrived in Beijing for talks": the visited state
            parties = replace(parties, recipients=hosts, why_recipient=why_visit)
        if code.root in PEOPLE_HIT_ROOTS and own_loc is None and where.loc and where.loc.extracted_place in sent.text:
            # "... burst into southern Israel, killing hundreds of people": people hit (or protesting)
            # where the sentence places the event, when its own clause names no place
            people, why_people = local_people(parties.recipients, parties.actors, where.loc, "")
            if why_people:
                parties = replace(
                    parties, recipients=people, why_recipient=f"{parties.why_recipient}; recipient {why_people}"
                )
        ruled = ruling_state(parties.recipients, parties.actors, code.root)
        if ruled is not None:  # "rioters set fire to the airport in Papeete": to France
            parties = replace(parties, recipients=ruled[0], why_recipient=f"{parties.why_recipient}; {ruled[1]}")
        found, actors = parties.recipients, parties.actors
        if code.root == PROTEST_ROOT and not any(r.country and r.country not in countries_of(actors) for r in found):
            # "Sudanese marched through Khartoum, a day after U.S. cruise missiles destroyed a factory"
            provoked = provoker(self.reader, self.doc, frame, actors, on_date, disc)
            if provoked is not None:
                parties = replace(parties, recipients=provoked[0], why_recipient=provoked[1])
                found = parties.recipients
        other = other_country(self.reader, self.doc, frame, found, actors, code.root, on_date, disc)
        if other is not None:  # "threatened sanctions on the generals" after "Sudan's army seized power"
            parties = replace(parties, recipients=other[0], why_recipient=f"{parties.why_recipient}; {other[1]}")
        hit_back = counter_attack(
            self.doc, frame, parties.actors, parties.recipients, code.root, self.told_before, code.code
        )
        if hit_back is not None:  # "Israel struck Iran's nuclear sites, and Tehran hit back": Israel
            parties = replace(parties, recipients=hit_back[0], why_recipient=hit_back[1])
        placed_in = where.loc.country_code if where.loc is not None else None
        own_place_c = ctx.own_place
        answering = answering_state(
            self.doc, frame, parties.actors, parties.recipients, code.root, placed_in, read
        )  # fmt: skip
        if answering is not None:  # "North Korean boats fired on a fleet, and Seoul demanded an apology": KOR
            parties = replace(parties, recipients=answering[0], why_recipient=answering[1])
        if not names_party(parties.recipients):  # "Finland joined NATO, and Moscow warned ...": Finland
            reacting = code.root if code.root in self.rules.reaction_roots else None
            halting = code.code in self.rules.deescalation_codes  # "NATO suspended its bombing campaign"
            answered = counterpart(
                self.reader, self.doc, frame, parties.actors, reacting, on_date, disc, self.told_before(), halting
            )
            if answered is not None:
                parties = replace(parties, recipients=answered[0], why_recipient=answered[1])
        aimed = None
        home_roots = (self.rules.home_aim_roots, self.rules.home_story_roots, self.rules.home_dateline_roots)
        # property seized as a thing ("occupied the gas fields") names no people: not aimed at home (types44)
        if any(code.root in roots for roots in home_roots) and not seized:
            own_c = countries_of(parties.actors)  # a demand told again merges into the first (dedupe): no target read
            retold = not parties.recipients and any(
                e.cameo_root == code.root and countries_of(e.actor) & own_c for e in self.told_before()
            )
            # none named: the actors' own country; role words only ("accused the television station"): theirs
            aim_home = home_aim if not parties.recipients else home_roles
            aimed = None if retold else aim_home(ctx, parties.actors, parties.recipients, home_roots)
        if aimed is None and not parties.recipients and code.root in self.rules.dateline_appeal_roots:
            aimed = dateline_aim(ctx, parties.actors, parties.recipients, self.rules.dateline_appeal_roots)
        if aimed is not None:  # "opposition leaders demanded that the minister resign": at home
            parties = replace(parties, recipients=aimed[0], why_recipient=aimed[1])
        if not parties.recipients:  # "deployed soldiers on the streets": a state's forces moved at home
            at_home = deployed_at_home(
                self.doc, frame, parties.actors, self.work.places, code.code, ctx.countries, own_place_c, disc,
            )  # fmt: skip
            if at_home is not None:
                parties = replace(parties, recipients=at_home[0], why_recipient=at_home[1])
        filed = None if self.story_country else self.filed_country(frame, disc.home_country)
        sided, why_sided = story_side(parties.actors, self.story_country or filed, placed_in, filed is not None)
        if why_sided:  # "Militiamen seized the armoury" in a story about one country
            parties = replace(parties, actors=sided, why_actors=[*parties.why_actors, f"actor {why_sided}"])
        if own_loc is None:  # "Indian rebels" where the story, not the clause, places the act in Mexico
            told_in = placed_in or self.story_country
            natives = native_peoples(parties.actors, told_in), native_peoples(parties.recipients, told_in)
            parties = replace(parties, actors=natives[0], recipients=natives[1])
        coded_date = self.work.coded_date.isoformat()
        event = assemble(art, sent, frame, match, parties, date, where, coded_date)
        if PARTICIPLE_AGENT in frame.subject_how:
            self.asides.add(event.id)
        return event

    def run(self) -> None:
        doc, rules, work = self.doc, self.rules, self.work
        for k in coding_order(doc, work.frames):
            frame, info = work.frames[k]
            matched, cast = work.matches[k], work.participants[k]
            if (matched.match is None or matched.match.code is None) and work.derived[k].match is not None:
                # a verb with no pattern (or a discarded use) whose act the derive stage found ("responded
                # with air strikes", "called the test a provocative act")
                matched = replace(matched, match=work.derived[k].match)
            tok = doc[info.token_i]
            absorbed = self.is_absorbed(k)
            attack = None
            if cast.retells:
                words = next(p.retold for p in cast.phrases if p.retold is not None)
                attack = last_attack(words or "", [], frame.sentence_index, self.firsts(), rules)
            actors, why_actors = cast.with_attack(attack)
            # "denied that its troops had taken part and called on ...": the speaker's own act (participants.speakers)
            spoken = cast.continued(matched.match, rules.continuing_roots) is not None
            absorbed = absorbed and not spoken
            if absorbed or (matched.background and not told_in_clause(tok, matched.match)) or untold(tok, rules):
                self.absorbed.add(tok.i)
                continue
            match = matched.match
            if match is None or match.code is None:
                continue
            if not actors and (match.code.root == "04" or the_two(frame, self.work.article.text)):
                # a meeting told without parties, or "the two" after one: the last meeting's parties
                actors, why_actors = same_talks(self.firsts(), "04", self.asides)
            begun = None
            if not actors and info.begun and match.code.root in FIGHT_ROOTS:
                # "The offensive began on November 27": the doers of the fighting told before
                begun = last_fight(self.firsts(), rules.armed_sectors)
            elif not actors and info.begun and match.code.root == PROTEST_ROOT:
                # "The uprising began on January 25": the doers of the protest told before
                begun = last_fight(self.firsts(), (), {PROTEST_ROOT})
            if not actors and begun is None and frame.passive and match.code.root in FIGHT_ROOTS and additive(tok):
                # "Kandahar was also hit": one more blow of the attack told before, by its doers
                begun = last_fight(self.firsts(), ())
            # fighting told again by a noun of both sides: fought by both sides
            mutual = begun is not None and frame.predicate_lemma in rules.reciprocal_nouns
            setting = fight_setting(tok) if not actors and begun is None and frame.passive else None
            setting = setting if match.code.root in FIGHT_ROOTS else None
            fought = fought_with(setting) if setting is not None else None
            named = [r for r in self.reader.span(fought, None, cast.discourse) if r.country] if fought else []
            if named:
                # "were killed in clashes with police": the side named after "with" (or "between")
                text = self.work.article.text
                assert fought is not None
                actors, why_actors = named, [f"actor: the side the fighting was with ('{text[fought[0] : fought[1]]}')"]
            elif setting is not None:
                # "a soldier was shot dead in the exchange of fire": a blow of the fighting told before,
                # by its sides where the noun is one of both sides ("clashes"), else by its doers
                begun = last_fight(self.firsts(), ())
                mutual = begun is not None and setting.lemma_.lower() in rules.reciprocal_nouns
            if begun is not None:
                actors, why_actors = fight_sides(begun) if mutual else begun_parties(begun)
                if setting is not None:
                    why_actors = [f"actor: a blow set in fighting ('{setting.text}')", *why_actors]
            elif not actors and info.begun and frame.predicate_lemma in TRUCE_NOUNS:
                # "a ceasefire took effect on Saturday": the sides of the fighting told before
                truce = [frame.predicate_lemma]
                actors, why_actors = accord_parties(self.firsts(), truce, self.asides, fight_only=True)
            elif not actors and info.measure:
                # "a 20 percent levy on cars took effect": whoever last imposed or threatened a sanction
                actors, why_actors = begun_parties(last_sanction(self.firsts()))
            text = self.work.article.text
            spans = frame.actor_spans
            pair = bool(spans) and all(names_pair(text[a:b], rules.pair_nouns) for a, b in spans)
            # an accord still to be signed too: round 2's annotators leave its parties open, rounds 8 and
            # 16-27 fill them (storyrec28 session)
            told_accord = tells_accord(match.code, frame.context)
            if (not actors or pair) and told_accord:
                # "It is to be signed in Paris", "a ceasefire plan was agreed", "the framework the two sides
                # reached": the parties of the accord told before
                signed = match.code.code == ACCORD_CODE
                sides, why_sides = accord_parties(self.firsts(), frame.context, self.asides, signed=signed)
                if sides:
                    actors, why_actors = sides, why_sides
                    frame = replace(frame, actor_spans=())  # not read again at the event's date
            derived, when, where = work.derived[k], work.when[k], work.locations[k]
            # "the jailed editor was released in Harare", "were freed from prison in Lusaka": a release from a
            # state's custody, at a place its own sentence tells (a fallback place, the dateline's or the scene's,
            # need not be where the custody was: "freed from detention in Jakarta" in a story datelined Dili)
            own_place = where.own and where.step == "sentence" and where.loc is not None
            custody = custody_release(match, tok) if frame.passive and own_place else None
            if frame.passive and (state_act(match, rules) or custody) and not agentive(frame, actors):
                # "hundreds of protesters were arrested": the passive's subject is whom the act was done to
                # a place only continued from the event told before, or the story's scene, is the story's
                # guess, not the sentence's: the dateline's state acts at home ("Bazoum has been held since
                # Wednesday"); with no dateline the scene's state is the story authority's to give (it knows
                # a time clause answered by its sentence's other act: code/agentless.story_authority)
                home = cast.discourse.home_country
                guessed = where.step == "scene" or (where.step == "continued" and home is not None)
                actors, why_actors = state_of_place(None if guessed else where.loc, home)
                if not actors:  # no place, no dateline: the reporting authority's, else the story's scene
                    actors, why_actors = story_authority(
                        match.code.code, frame, cast.speakers, self.firsts(), tok, work.places
                    )
                if not actors and custody is not None:  # no state found: whoever held them, as for any release
                    actors, why_actors = holders(self.firsts())
                elif actors and custody is not None:
                    why_actors = [*why_actors, f"actor: a release from a state's custody ('{custody}')"]
                frame = replace(frame, actor_spans=())  # not read again at the event's date
            elif frame.passive and releases(match) and not agentive(frame, actors):
                held, why_held = holders(self.firsts())  # "was freed": by whoever held them
                if not held and where.loc is None:  # "... and the jailed leader was freed from prison"
                    held, why_held = custody_state(match, tok, work.places)
                if held:
                    actors, why_actors, frame = held, why_held, replace(frame, actor_spans=())
            if not actors and (info.crowd or info.begun) and match.code.root == PROTEST_ROOT:
                # "protests erupted in Santiago", "sparked violent protests": the people of the place
                told = sentence_state(self.work.events, frame.sentence_index)
                state = told[0] if told else None
                if told is not None and where.loc is None and told[1] is not None:
                    why = "the place of the state's act in its sentence"  # the unrest of the state it tells of
                    where = Placed(where.token_i, told[1], why, False, "sentence")
                actors, why_actors = crowd_of_place(where.loc, cast.discourse.home_country, frame.trigger_text, state)
            if not actors:  # a name the knowledge base lacks, kept as text (stage participants)
                unnamed = cast.unnamed
                actors, why_actors = (list(unnamed.refs), list(unnamed.why)) if unnamed else ([], [])
            if not actors and not cast.unknown_attacker:
                continue
            if match.code.plover is None:
                if derived.demand is not None:  # a speech verb reporting a demand (stage derive)
                    said = derived.demand
                    if said.clause_i >= 0:  # a judgement leaves the reported clause open (derive.statements.judgement)
                        self.absorbed.add(said.clause_i)
                        self.event_verbs.add(tok.i)
                    event = self.make_event(said.frame, said.match, cast, actors, [said.why], when, where)
                    if said.vow is not None:  # "said the armed struggle would go on": aimed by code.vowaims
                        disc = cast.discourse
                        read = partial(self.reader.span, on_date=None, disc=disc)  # the parties a phrase names
                        event = vow_aimed(event, said.vow, work.article.text, read, self.told_before())
                    work.events.append(event)
                continue
            if derived.match is None:
                continue
            match = derived.match
            if derived.stated and frame.modality != "asserted":  # "Poland will not accept more refugees": a refusal
                why = f"modality: asserted (the statement of a {frame.modality} act)"
                frame = replace(frame, modality="asserted", negated=False, reasons=(*frame.reasons, why))
            if derived.planned and frame.modality == "asserted":  # "agreed to meet": the meeting, still to come
                frame = replace(frame, modality="future", reasons=(*frame.reasons, "modality: future (the act agreed)"))
            reasons = [*why_actors, derived.why] if derived.why else why_actors
            event = self.make_event(frame, match, cast, actors, reasons, when, where, derived.aim, derived.aimless)
            struck = countries_of(event.recipient) if setting is not None and mutual else set()
            if struck and (kept := tuple(a for a in event.actor if a.country not in struck)):
                # "a Pakistani soldier was shot dead in the exchange": by the other side, not the side struck
                why = "actor: the sides of the fighting less the side struck"
                event = replace(event, actor=kept, reasons=(*event.reasons, why))
            told_day = frame.date_spans or when is None or when.date.text is not None
            if setting is not None and begun is not None and begun.date and not told_day:
                why = f"date: the day of the fighting it was set in ('{begun.event_text}')"
                event = replace(
                    event, date=begun.date, date_precision=begun.date_precision, date_text=begun.date_text,
                    reasons=(*event.reasons, why),
                )  # fmt: skip
            if begun is not None and begun.recipient and not event.recipient and not mutual:
                why = f"recipient: whom the act told before was aimed at ('{begun.event_text}')"
                event = replace(event, recipient=begun.recipient, reasons=(*event.reasons, why))
            if info.noun:  # "he sent troops at the request of X": X asked the party that sent them
                event = asked_of(event, tok, work.events)
            # an attack by an unknown hand in a place with a country (participants.unknown) is political
            bombing = cast.unknown_attacker and not event.actor
            if lone_session(event, frame, doc) is not None or unaimed_feeling(event, frame) is not None:
                continue  # "the cabinet met on Sunday": a session, no meeting; "pleased by the outcome": no one judged
            if info.measure and not cast.actors and own_measure(event, self.countries_named(frame)):
                continue  # "a levy on American cars took effect" after Washington's threat: not Washington's
            if caused_party(tok) is not None and all(countryless(a) for a in event.actor):
                continue  # "..., prompting militias to go on a rampage": a party moved to act, known by no name
            if aimed_elsewhere(tok, matched.match, event.recipient):
                continue  # "a man whom the state blames for the attacks on Kampala": not Uganda (code.stances)
            if derived.aimless:  # "India exploded three devices at its range", answered by Pakistan's tests
                event = answered_by_rival(event, self.told_before())
            if (political(event, rules.apolitical_sectors) or bombing) and not home_visit(event):
                self.event_verbs.add(tok.i)
                work.events.append(event)
                if derived.aimless:  # "..., two days after three blasts there": the tests of its series
                    read_then = partial(self.reader.span, on_date=None, disc=cast.discourse)
                    work.events.extend(series_tests(event, tok, work.dates, rules, read_then))
                if attack is not None and attack.event == event.event:  # the attack told again: dedupe merges
                    work.retellings.append(Retelling(event.id, attack.id))
                    self.tellings.add(event.id)


def build_event(
    work: Work, rules: CodeRules, reader: ActorReader, frame: Frame, match: FrameMatch, actors: list[ActorRef],
    why_actors: list[str], k: int, when: Dated, where: Placed,
) -> Event:  # fmt: skip
    """An event of frame ``k`` built as the coder builds its own (the stage backoff's): its date by
    the when stage's chain and the events told before, its parties at that date, its recipients
    and place-given countries by the same steps."""
    coder = _ArticleCoder(work, rules, reader)
    return coder.make_event(frame, match, work.participants[k], actors, why_actors, when, where)


@register(
    "code",
    requires=("sentences", "places", "frames", "matches", "participants", "derived", "when", "locations"),
    sets=("events", "retellings"),
)
def make_code(res: Resources) -> StageFunc:
    rules, resolve = res.rules, res.resolve_phrase
    protest = res.frames.code(rules.label_codes["fired_on_crowd_nouns"])  # a crowd fired on protests

    def code(work: Work) -> None:
        _ArticleCoder(work, rules, ActorReader(work.article.text, resolve, rules)).run()
        add_crowd_protests(work, protest)
        work.events[:] = governed(work.events, rules.state_recipient_roots)  # a state named: its government

    return code
