"""Stage: backoff. Events the rules missed, from a classifier trained on the project's own gold.

After the coder, each sentence's features (features.py) go through a one-vs-rest logistic
regression over the PLOVER types (model.py; weights in data/backoff/weights.json.gz, trained by
scripts/train_backoff.py). Where a type's probability reaches its threshold
(data/backoff/settings.yaml) and the rules coded no event of that type in the sentence, the
sentence gets an event of that type with the type's generic CAMEO code, built from one of the
sentence's frames:

* the frame whose verb (or event noun) most supports the type in the model; it must name an actor
  (resolved by the participants stage: pronouns, surnames, the discourse; or the state of the
  place for an agentless passive of a state act), its own words must support the type
  (``min_support``; ``low_support`` below probability ``sure``), else no event;
* built as the coder builds its own (code.coder.build_event): the date by the when stage's chain
  (time clauses, "a day later", "subsequently" linked to the event told before), the actors read
  again at that date, recipients, visits and place-given countries by the same steps; its place by
  the where stage's chain, continuing the places of the events told before;
* a dyadic type's event needs a recipient (``dyadic``); a party that makes it political, as for
  every event (code.parties.political);
* reasons that say so: "pattern 'learned backoff p=0.71 (frame 4.20): v:storm, ...' (backoff)".

* not on a frame the dictionary matched or judged, nor where a sense the rules know refuses the
  type to the frame's verb (senses.py);
* its fields judged where a pattern would have judged them (fields.py, setting ``fields``): no
  recipient under a preposition of place, no event noun as the doer, the place of the accord or
  meeting the verb governs when the clause names none;

On by default since backoff12 (docs/backoff.md); off with ``Resources(backoff=False)``,
``--no-backoff`` or ``NEWSEVENTS_BACKOFF=off``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

import numpy as np

from newsevents.backoff.features import sentence_features, span_of, word_class
from newsevents.backoff.fields import (
    event_noun_doer,
    governing_verb,
    meeting_place,
    night_before,
    others_act,
    placed,
)
from newsevents.backoff.model import BackoffModel
from newsevents.backoff.senses import Senses
from newsevents.backoff.settings import BackoffSettings, _default_settings
from newsevents.code.coder import agentive, build_event
from newsevents.code.location import event_location
from newsevents.code.parties import political, state_of_place
from newsevents.code.statesector import governed
from newsevents.code.verbframes import CameoCode, FrameMatch
from newsevents.frame.facts import clause_date
from newsevents.parse.tree import tokens
from newsevents.participants.actors import ActorReader
from newsevents.progress import ClauseDate, Dated, Placed
from newsevents.records import ActorRef, DateInfo, Event, Frame
from newsevents.where.location import location
from newsevents.where.stage import article_setting
from newsevents.where.steps import continued
from newsevents.where.story import Setting, Told
from newsevents.work import Resources, StageFunc, Work, register

__all__ = ["BackoffSettings", "make_backoff"]

SOURCE = "backoff"


@functools.cache
def default_model() -> BackoffModel:
    return BackoffModel.default()


def _uses_classes(model: BackoffModel) -> bool:
    """Whether the model was trained with the word classes (features.py; its meta says so)."""
    return model.meta.get("classes") is True


def _unseen_class(model: BackoffModel, lemma: str) -> str | None:
    """The word class of a verb the model never saw (None for a verb it knows: its own weights say
    what it tells, not its class's, so that "died" is not read as its class's "killed"; None for
    a model trained without the classes)."""
    if not _uses_classes(model) or f"v:{lemma}" in model.vocab or f"w:{lemma}" in model.vocab:
        return None
    return word_class(lemma.lower().replace(" ", "_").split("_")[0])


def _complement_prefixes(model: BackoffModel, lemma: str) -> tuple[tuple[str, ...], str | None]:
    """The prefixes of the features of ``lemma``'s complement (its object, its prepositions and their
    nouns), with those of its word class for a verb never seen in training (features.py), and that class."""
    starts = (f"vo:{lemma}_", f"vp:{lemma}_", f"vpo:{lemma}_", f"voc:{lemma}_")
    cls = _unseen_class(model, lemma)
    return (*starts, f"vco:{cls}_", f"vpc:{cls}_") if cls is not None else starts, cls


def _support(model: BackoffModel, feats: set[str], lemma: str, type_: str) -> float:
    """How much the features naming ``lemma`` (its verb, its object, its prepositions) push ``type_``."""
    col = model.types.index(type_)
    own = {f"v:{lemma}", f"r:{lemma}", f"w:{lemma}"}
    starts, cls = _complement_prefixes(model, lemma)
    if cls is not None:  # a verb never seen in training: what the words of its class taught (features.py)
        own.add(f"vc:{cls}")
    rows = model.rows(f for f in feats if f in own or f.startswith(starts))
    return float(model.weights[rows, col].sum()) if rows else 0.0


def _weight(model: BackoffModel, type_: str, feature: str) -> float:
    """How much one feature pushes ``type_`` (0 for a feature the model does not know)."""
    row = model.vocab.get(feature)
    return 0.0 if row is None else float(model.weights[row, model.types.index(type_)])


def _complement(model: BackoffModel, feats: set[str], lemma: str, type_: str) -> float:
    """How much the verb's own complement (its object, its prepositions and their nouns), not the
    bare verb nor the sentence's other words, pushes ``type_``."""
    col = model.types.index(type_)
    starts, _ = _complement_prefixes(model, lemma)
    rows = model.rows(f for f in feats if f.startswith(starts))
    return float(model.weights[rows, col].sum()) if rows else 0.0


class _SentenceCoder:
    """The backoff's events of one article."""

    def __init__(
        self,
        work: Work,
        res: Resources,
        model: BackoffModel,
        settings: BackoffSettings,
        codes: dict[str, CameoCode],
        senses: Senses,
    ) -> None:
        self.work = work
        self.res = res
        self.model = model
        self.settings = settings
        self.rules = res.rules
        self.codes = codes  # the generic code of each type
        self.senses = senses
        self.reader = ActorReader(work.article.text, res.resolve_phrase, res.rules)
        self.triggers: set[int] = set()  # where the events of the rules' triggers start

    @functools.cached_property
    def setting(self) -> Setting:
        """The article's setting for the where chain, read only when an event is built."""
        return article_setting(self.res.gazetteer, self.work)

    @functools.cached_property
    def roots(self) -> frozenset[int]:
        """The sentences' root tokens, read once per article (every type of every sentence asks)."""
        return frozenset(t.i for t in tokens(self.work.doc) if t.dep_ == "ROOT")

    def actors(self, k: int) -> tuple[list[ActorRef], list[str]]:
        cast = self.work.participants[k]
        refs, why = cast.with_attack(None)
        if not refs and cast.unnamed is not None:
            refs, why = list(cast.unnamed.refs), list(cast.unnamed.why)
        return refs, why

    def run(self) -> None:
        work = self.work
        by_sentence: dict[int, list[int]] = {}
        for k, (frame, _) in enumerate(work.frames):
            by_sentence.setdefault(frame.sentence_index, []).append(k)
        read: dict[int, tuple[set[str], np.ndarray]] = {}
        for sent in work.sentences:
            span = span_of(work.doc, sent.start_char, sent.end_char) if sent.index in by_sentence else None
            if span is not None:
                feats = sentence_features(span, sent.index, len(work.sentences), _uses_classes(self.model))
                read[sent.index] = (feats, self.model.probabilities(feats))
        told: dict[int, set[str]] = {}
        for e in work.events:
            for si in {e.sentence_index, *(m[0] for m in e.mentions)}:
                told.setdefault(si, set()).add(e.event or "")
        self.triggers = {m[1] for e in work.events for m in e.mentions}
        new: list[Event] = []
        for si, (feats, probs) in read.items():
            ks = by_sentence[si]
            ruled = told.get(si, set())
            for type_, p in zip(self.model.types, probs, strict=True):
                if p < self.settings.needs(type_, bool(ruled)) or type_ in ruled or type_ not in self.codes:
                    continue
                event = self.event(ks, feats, type_, float(p))
                if event is not None:
                    new.append(event)
        work.events.extend(governed(new, self.res.rules.state_recipient_roots))  # a state named: its government

    def choose(self, ks: list[int], feats: set[str], type_: str, p: float) -> tuple[int, float] | None:
        """The frame the type's event is told by: the one whose own verb, object and prepositions
        most support the type, among the frames with an actor; a frame without an actor whose words
        support the type more wins (its act is told without a doer: no event)."""
        work, model, root = self.work, self.model, self.roots

        def rank(k: int) -> tuple[float, int, int]:
            frame, info = work.frames[k]
            return (-_support(model, feats, frame.predicate_lemma, type_), info.token_i not in root, info.token_i)

        ranked = sorted(ks, key=rank)
        with_actor = [k for k in ranked if self.actors(k)[0] or self.passive_state(k, type_)]
        if not with_actor:
            return None
        best = with_actor[0]
        # the frame must be the one whose words most support the type (within ``margin``)
        if self.settings.grounded and rank(ranked[0])[0] < rank(best)[0] - self.settings.margin:
            return None  # the words that tell the type are a clause whose doer is not named
        support = -rank(best)[0]
        if support <= self.settings.min_support:
            return None  # no word of the frame's own tells the type: the sentence's other words do
        if p < self.settings.sure and support < self.settings.low_support:
            return None  # a less sure type needs the frame's own words to tell it
        return best, support

    def passive_state(self, k: int, type_: str) -> bool:
        """ "Hundreds were detained": an agentless passive of a state act, done by the place's state."""
        frame, _ = self.work.frames[k]
        return frame.passive and self.codes[type_].root in self.rules.state_act_roots

    def own_date(self, frame: Frame, verb_i: int, dated: Dated) -> Dated:
        """The date of an act whose clause names none: the night before the story's day for a past
        act told "overnight" (fields.night_before: before the date the when stage's chain linked
        from the clause it depends on, "streamed in overnight and on Friday after ..."), else,
        without a date at all, the date its governing clause names, for an act told in a time
        clause (fields.governing_verb)."""
        work, st, pub = self.work, self.settings, self.work.article.pub_date
        if st.night_before and pub is not None and frame.tense == "past":
            if night_before(work.doc, verb_i, st.night_before, st.time_clause_marks):
                day = (pub - dt.timedelta(days=1)).isoformat()
                why = "told 'overnight' with no date of its own: the night before the publication day (backoff)"
                return replace(dated, date=ClauseDate(DateInfo(day, "day", None, why), None, why))
        if dated.date.text is not None:
            return dated  # the when stage's chain linked it ("after" X: X's date)
        head = governing_verb(work.doc, verb_i, st.time_clause_marks) if st.time_clause_marks else None
        if head is None:
            return dated
        k = next((j for j, (_, inf) in enumerate(work.frames) if inf.token_i == head), None)
        own = work.when[k] if k is not None and k < len(work.when) else None
        if own is None or own.date.text is None or own.date.info is None:
            return dated
        why = f"{own.date.why}, of the clause its time clause depends on (backoff)"
        return replace(dated, date=own.date.via(why))

    def told_places(self, before: int) -> list[Told]:
        """The places of the events told before the frame at ``before`` (as the where stage keeps them)."""
        work = self.work
        told: list[Told] = []
        for k in sorted(range(len(work.frames)), key=lambda k: work.frames[k][1].token_i):
            frame, info = work.frames[k]
            if info.token_i >= before:
                break
            placed = work.locations[k]
            loc = placed.loc
            if loc is not None and loc.lat is not None and continued(placed.step):
                dated = work.when[k] if k < len(work.when) else None
                info_ = dated.date.info if dated is not None else None
                told.append(Told(frame.sentence_index, loc, loc.extracted_place, info_.value[:4] if info_ else None))
        return told

    def event(self, ks: list[int], feats: set[str], type_: str, p: float) -> Event | None:
        work, model = self.work, self.model
        chosen = self.choose(ks, feats, type_, p)
        if chosen is None:
            return None
        k, support = chosen
        frame, info = work.frames[k]
        if frame.trigger_start in self.triggers and p < self.settings.recode:
            return None  # the verb that most supports the type is an event of the rules' already
        if work.matches[k].match is not None or work.matches[k].why:
            return None  # the dictionary knows the frame and judged it (a sense, a sport, a negation): the rules' say
        if self.senses.refuses(frame, type_) is not None:
            return None  # the verb has no such sense (a celebration), or only with a participant the frame lacks
        if self.senses.needs_complement(frame, type_):
            if _complement(model, feats, frame.predicate_lemma, type_) < self.settings.complement_support:
                return None  # the dictionary tells the type from this verb only with words the frame lacks
        if self.settings.fields and event_noun_doer(work.doc, frame):
            return None  # "talks opened": the subject names the act, not its doer
        if self.settings.agent_prepositions and others_act(
            work.doc, frame, functools.partial(_weight, model, type_), self.settings.agent_prepositions
        ):
            return None  # "answered a request from X": the act the type tells is another party's
        actors, why_actors = self.actors(k)
        code = self.codes[type_]
        top = ", ".join(model.top_features(feats, type_)) or "-"
        match = FrameMatch(code, f"learned backoff p={p:.2f} (frame {support:.2f}): {top}", 0, SOURCE)
        dated = work.when[k] if k < len(work.when) else None
        date = dated.date if dated is not None else clause_date(frame, work.article.text, work.article.pub_date)
        own_year = date.info.value[:4] if date.info is not None and date.text else None
        told = self.told_places(info.token_i)
        loc, why_loc, own, step = location(
            work.doc, frame, code, work.places, self.setting, actors, told, False, own_year
        )
        if self.settings.fields and (loc is None or not own):
            held = meeting_place(work.doc, frame, work.places)
            if held is not None:
                loc, own, step = event_location(held), False, "sentence"
                why_loc = f"location '{held.text}', where the meeting or accord the verb governs was held (backoff)"
        if frame.passive and code.root in self.rules.state_act_roots and not agentive(frame, actors):
            actors, why_actors = state_of_place(loc, work.participants[k].discourse.home_country)
            frame = replace(frame, actor_spans=())  # not read again at the event's date
        if not actors:
            return None
        if dated is None:  # the when stage dated only the rules' frames (resources built without the backoff)
            dated = Dated(info.token_i, date)
        if not frame.date_spans and not dated.follows:
            dated = self.own_date(frame, info.token_i, dated)
        where = Placed(info.token_i, loc, why_loc, own, step)
        event = build_event(work, self.rules, self.reader, frame, match, actors, why_actors, k, dated, where)
        if self.settings.fields:
            event = _unplaced(event, work, info.token_i)
        if type_ in self.settings.dyadic and not event.recipient:
            return None  # an act done to someone whose target the frame does not name: too often not the act told
        return event if political(event, self.rules.apolitical_sectors) else None


def _unplaced(event: Event, work: Work, trigger_i: int) -> Event:
    """The event without the recipients read under a preposition of place (fields.placed): "face
    to face in Madrid" tells where the act was, "at a ceremony with X" before whom."""
    gone = [r for r in event.recipient if placed(work.doc, trigger_i, r, work.places)]
    if not gone:
        return event
    kept = tuple(r for r in event.recipient if r not in gone)
    why = tuple(f"recipient '{r.entity_text}' left out: named under a preposition of place (backoff)" for r in gone)
    return replace(event, recipient=kept, reasons=(*event.reasons, *why))


@register(
    "backoff",
    requires=("sentences", "places", "frames", "matches", "participants", "when", "locations", "events", "retellings"),
    sets=("events",),
)
def make_backoff(res: Resources) -> StageFunc:
    if not res.backoff:
        return lambda work: None
    model, settings = default_model(), _default_settings()  # read here, so that a test may replace them
    codes = {t: res.frames.code(c) for t, c in settings.generic_codes.items()}
    senses = Senses(settings, res.rules, res.frames)

    def backoff(work: Work) -> None:
        if work.sentences and work.frames:
            _SentenceCoder(work, res, model, settings, codes, senses).run()

    return backoff
