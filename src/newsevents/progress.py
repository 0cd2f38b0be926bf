"""Work in progress on one article's frames: the typed record each stage between ``frames`` and
``code`` writes for every frame (one list a stage on :class:`~newsevents.work.Work`, aligned with
``work.frames``), and what the participants stage carries from sentence to sentence
(:class:`Discourse`). Records only; the stages that fill them are named on each.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsevents.code.verbframes import FrameMatch
from newsevents.records import ActorRef, DateInfo, Event, EventLocation, Frame
from newsevents.where.steps import Step


@dataclass(frozen=True, slots=True)
class ClauseDate:
    """The date an event is given, the words it was read from, and why. ``from_news``: the date was
    counted back from the story's news (when/stage.py, records.NEWS_COUNT), told by no words, and so
    is every date derived from it."""

    info: DateInfo | None
    text: str | None
    why: str
    from_news: bool = False

    def via(self, why: str) -> ClauseDate:
        """This date, given to another clause for the reason ``why``."""
        return ClauseDate(self.info, self.text, why, self.from_news)


@dataclass(frozen=True, slots=True)
class LinkedDate:
    """A date an event takes from elsewhere in the article: the sentence naming the person a
    pronoun refers to, or the event told before ("... and subsequently fled")."""

    info: DateInfo | None
    text: str | None
    via: str


@dataclass(frozen=True, slots=True)
class CountryTally:
    """The mentions of places and peoples with a country, in text order: (start, end, ISO3, named
    as a country: a country's name or a people, not a city or a region of it) and the number of
    sentences of the text. The dateline is not counted (counting it once broke older rounds' floors:
    docs/stories.md, storyact50)."""

    mentions: tuple[tuple[int, int, str, bool], ...] = ()
    sentences: int = 0

    def counts(self, before: int | None = None, every_place: bool = True) -> Counter[str]:
        """How often each country is named, in the whole text or before the offset ``before``: by
        every place (a country, a people, a city or a region of it), or (``every_place`` False) by the
        names of countries and peoples alone."""
        told = (c for _, e, c, whole in self.mentions if (before is None or e <= before) and (every_place or whole))
        return Counter(told)

    def country_spans(self) -> tuple[tuple[int, int, str], ...]:
        """The mentions naming a country as such (its name or a people), in text order."""
        return tuple((s, e, c) for s, e, c, whole in self.mentions if whole)

    def first_at(self, country: str) -> int:
        """The offset of the first mention of a country (the end of the text for one never named)."""
        return next((s for s, _, c, _ in self.mentions if c == country), 1 << 30)


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences said: the dateline's country, the people named so far (in order,
    with a country or a known entity) and the last person named, with that person's date; the
    last single body named as the actor of a main clause (a country, a government, an
    organisation: "it") and the last such actor phrase naming several parties or a plural group
    ("they")."""

    home_country: str | None = None
    person_spans: tuple[tuple[int, int], ...] = ()
    named: tuple[ActorRef, ...] = ()
    last_person: tuple[ActorRef, ...] = ()
    last_person_date: LinkedDate | None = None
    # each person (knowledge-base id) named as an actor so far → the date of the clause naming them last
    person_dates: tuple[tuple[str, LinkedDate | None], ...] = ()
    # the surname of each person named so far ("Masra" of "Succes Masra") → the actors named with it
    surnames: tuple[tuple[str, tuple[ActorRef, ...]], ...] = ()
    # each person named with a title phrase of their own ("President Joaquim da Costa"): (name start, name
    # end, title phrase start, end, its sentence), for the surname told again (participants/titled.py)
    titled: tuple[tuple[int, int, int, int, int], ...] = ()
    # the countries the article names as places, in text order: (start, end, ISO3) of each mention
    # of a country, for "both neighbours" after "imports from Mexico and Canada"
    country_spans: tuple[tuple[int, int, str], ...] = ()
    # every mention of a place or a people with a country, counted once per article
    # (participants/tally.py): the countries a story names most, before a phrase or in all
    tally: CountryTally = CountryTally()
    # the last body and the last group named as the actor of a main clause, with their sentences
    last_body: tuple[ActorRef, ...] = ()
    last_group: tuple[ActorRef, ...] = ()
    last_body_sentence: int = -1
    last_group_sentence: int = -1
    # the organisations, groups and nationalities the parse found in the article (where "the party"
    # finds a party named before in any role)
    org_spans: tuple[tuple[int, int], ...] = ()
    # the story is about the dateline's country (its first sentence naming a place or a people
    # names that country), and the sentences that name a place or a people of another country
    home_story: bool = False
    foreign_sentences: tuple[int, ...] = ()
    # the sentences that name places or peoples of one country only, with that country (a story
    # without a dateline: "Zimbabwe's Robert Mugabe resigned after parliament began ...")
    one_country_sentences: tuple[tuple[int, str], ...] = ()
    # the sentences that name places or peoples of a governed territory and of the state that rules it
    # only (lexicon ruling_states), with the territory ("Rioters set fire to Papeete's airport after
    # France resumed its tests": French Polynesia's rioters; participants/lending.sentence_force)
    territory_sentences: tuple[tuple[int, str], ...] = ()
    # a story without a dateline whose first sentence naming a place names one country only: that
    # country, and the later sentences that name no place (participants/lending.story_lead)
    lead_country: str | None = None
    unplaced_sentences: tuple[int, ...] = ()
    # the sentences that open with a place ("In Kiev, Prime Minister ..."), with its country: where
    # what the sentence tells is told from, for role words in it (a dateline within the story)
    fronted_places: tuple[tuple[int, str], ...] = ()
    # the country of a dateline's city the knowledge base does not know ("CAPE TOWN"): lent to the
    # role words of actors, as home_country is (participants/opening.opening)
    city_country: str | None = None
    # the common nouns named with a country of their own words ("the military junta in Niger", "China's
    # commerce ministry"): (start, lower-case form, lemma, ISO3), for the same noun taken up again
    # (participants/samenoun.py)
    noun_countries: tuple[tuple[int, str, str, str], ...] = ()
    # the common nouns described by words of their own ("a military council"): (start, end, lower-case
    # head, its lemma), for "the council" told again (participants/retold.py)
    described: tuple[tuple[int, int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    """One actor phrase of a frame: the actors it names and why. ``retold`` holds the phrase's
    words when it names the attack told before ("the strike hit a market"): its actors are that
    attack's, known only once the events before it are (the coder links them)."""

    refs: tuple[ActorRef, ...]
    why: tuple[str, ...]
    retold: str | None = None
    # the actors come from the discourse (a pronoun, "the party", a surname, "their forces", the
    # speaker), not from the phrase's own words: the coder does not read the phrase again at the
    # event's date
    linked: bool = False


@dataclass(frozen=True, slots=True)
class Cast:
    """The participants stage's record of one frame (``work.participants`` is aligned with
    ``work.frames``): its actor phrases, the discourse as it stood once they were read (what the
    frame's recipients and its actors at the event's date are resolved against), the date a
    pronoun subject links the frame to, and the actor kept as text when no phrase names a known one."""

    token_i: int
    phrases: tuple[ActorPhrase, ...]
    discourse: Discourse
    linked_date: LinkedDate | None = None
    # a person or a group of people the knowledge base lacks (participants.unnamed.unknown_named); the
    # coder takes it when the frame has no other actor and no meeting told before lends its parties
    unnamed: ActorPhrase | None = None
    # no actor at all, but an attack on a named country's people (participants.unknown)
    unknown_attacker: bool = False
    # a document subject's act ("The resolution demands ..."): the trigger token of the vote or adoption its
    # author was read from (participants/documents.py), whose day it takes when its own clause has none
    adopted_at: int | None = None
    # the speech verb whose sentence the frame's clause continues, a plain past beside a reported clause ("denied
    # that its troops had crossed and called on ..."): participants/speakers.continued_speech, taken for an act
    # whose code has one of code_rules continuing_roots (``continued``)
    continues: int | None = None
    # the actors of the speech verb whose reported clause holds the frame's clause (participants/speakers.speaker_of:
    # a head is read before its dependents, so the speech verb's own cast is final when this one is read)
    speakers: tuple[ActorRef, ...] = ()
    # the token of that speech verb, where ``speakers`` names any (the coder reads its word: code/struckside.py)
    speech: int | None = None
    # the phrases naming whom the doers follow, the "by" phrases of a participle of leading on the actor phrase
    # ("gunmen led by X": participants/ledby.leaders); the coder reads them at the event's date (ledby.follow)
    leaders: tuple[tuple[int, int], ...] = ()

    @property
    def actors(self) -> tuple[ActorRef, ...]:
        """The actors named in the frame itself (the attack told before left out)."""
        phrases = self.phrases
        if len(phrases) == 1 and type(phrases[0].refs) is tuple:  # the common case, asked many times
            return phrases[0].refs
        return tuple(r for p in phrases for r in p.refs)

    @property
    def retells(self) -> bool:
        return any(p.retold is not None for p in self.phrases)

    def continued(self, match: FrameMatch | None, roots: frozenset[str]) -> int | None:
        """The speech verb whose sentence the act continues (``continues``) where the act's code (``match``) has
        one of ``roots`` (code_rules ``continuing_roots``: an appeal, a demand, a judgement, a refusal, a warning),
        else None."""
        if self.continues is None or match is None or match.code is None or match.code.root not in roots:
            return None
        return self.continues

    def with_attack(self, attack: Event | None) -> tuple[list[ActorRef], list[str]]:
        """(actors, reasons), the attack told before standing for a phrase that names it."""
        refs: list[ActorRef] = []
        why: list[str] = []
        for p in self.phrases:
            refs.extend(p.refs)
            why.extend(p.why)
            if p.retold is not None and attack is not None:
                refs.extend(attack.actor)
                why.append(f"actor '{p.retold}' = the attack told before ('{attack.event_text}')")
        return refs, why


@dataclass(frozen=True, slots=True)
class Matched:
    """What the dictionary says of one frame (``work.matches`` is aligned with ``work.frames``)."""

    token_i: int
    match: FrameMatch | None
    background: bool  # the frame tells no event of its own (a relative clause, a noun of the setting)
    why: str = ""  # how the dictionary's answer was revised, if it was
    # a material act named by a noun that the verb of its clause judges ("condemned an airstrike by X"):
    # told as done, with a date of its own (match/matching.told_act; read by the told stage and the coder)
    judged: bool = False


@dataclass(frozen=True, slots=True)
class Vow:
    """A threat a speech verb reports in a clause with no pattern of its own (derive/vows.py): a
    ``warning`` of the reprisal any hostile act would meet (``against``: the span of the act warned
    against), or a ``struggle`` vowed to go on (``against``: the span of what it is "against", None where
    none is named; ``held``: that is a system held by a state, "apartheid", "the occupation": lexicon
    ``held_system_nouns``, rather than a party). The coder aims it
    (code/vowaims.py) and the where stage places it only by the telling's own phrase."""

    kind: str  # "warning" | "struggle"
    against: tuple[int, int] | None = None
    held: bool = False
    armed: bool = False  # an armed struggle ("armed struggle", "military action"), not a war named as such


@dataclass(frozen=True, slots=True)
class Demand:
    """A demand told by a speech verb: the frame to code it from (its recipients are the
    reported clause's subject), its match, why, and the reported clause (part of the demand; -1
    where none is: a judgement, derive.statements.judgement)."""

    frame: Frame
    match: FrameMatch
    why: str
    clause_i: int
    vow: Vow | None = None  # a threat read from the reported clause (derive/vows.py)


@dataclass(frozen=True, slots=True)
class Derived:
    """The derive stage's record of one frame (``work.derived`` is aligned with ``work.frames``):
    the match its event takes with why it differs from the dictionary's, or the demand a speech
    verb reports; ``match`` is None when the frame tells no PLOVER event of its own."""

    token_i: int
    match: FrameMatch | None = None
    why: str | None = None
    demand: Demand | None = None
    stated: bool = False  # the code is the statement of a planned, refused or threatened act: asserted
    planned: bool = False  # the code is the act planned or agreed ("agreed to meet"): modality future
    # the frame whose phrases say whom the event is aimed at, where not the frame's own (types44): the act
    # ordered's ("ordered troops to occupy the fields": not the troops), a test's less its place of tests
    aim: Frame | None = None
    aimless: bool = False  # a show of force at a place of tests: not aimed at its place's people (types44)


@dataclass(frozen=True, slots=True)
class Dated:
    """The when stage's record of one frame (``work.when`` is aligned with ``work.frames``): the
    date of the event it tells, and whether, lacking a date of its own, it follows the event told
    before ("... and subsequently fled"; the coder, which knows the events, links that date)."""

    token_i: int
    date: ClauseDate
    follows: bool = False
    shift: int = 0  # days after the event told before ("a day later", "the following day")
    just_before: str | None = None  # why only the event told just before lends its date ("also", past perfect)
    # the shift is its first verb's ("crossed the next day and arrested ..."): counted from the
    # events of the sentences before, not from that verb's own event
    earlier: bool = False
    # the last day told in a sentence before the event's (sentence index, day, words), where the last
    # sentence to name a date named that one day: "Hours later" counts from it when no event told after
    # it has a date (when/narrative.told_days)
    told: tuple[int, DateInfo, str] | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    """The where stage's record of one frame (``work.locations`` is aligned with ``work.frames``):
    the location of the event the frame tells (its demand's, for a speech verb), and why."""

    token_i: int
    loc: EventLocation | None = None
    why: str = ""
    # the location is a material event's own clause's place, not a fallback (the nearest place of
    # the sentence, the dateline, the actors' country) nor where a statement or meeting was made:
    # only such a place tells the parties' countries
    own: bool = True
    step: Step = "none"  # the step of the chain that gave the location (where/steps.py)
