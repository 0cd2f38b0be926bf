"""Stage: backoff. Events the rules missed, from a classifier trained on the project's own gold.

After the coder, each sentence's features (features.py) go through a one-vs-rest logistic
regression over the PLOVER types (model.py; weights in data/backoff/weights.json.gz, trained by
scripts/train_backoff.py). Where a type's probability reaches its threshold
(data/backoff/settings.yaml) and the rules coded no event of that type in the sentence, the
sentence gets an event of that type with the type's generic CAMEO code, built from one of the
sentence's frames:

* the frame whose verb (or event noun) most supports the type in the model, among the frames whose
  actors the participants stage resolved (the coder's own machinery: pronouns, surnames, the
  discourse); no actor, no event;
* its recipients as the coder reads them (participants.recipients), its modality and negation as
  the frames stage read them (a negated or hypothetical act is stored, not exported), its clause's
  date;
* a party that makes it political, as for every event (code.parties.political);
* reasons that say so: "pattern 'learned backoff p=0.71: v:storm, vo:storm_building' (backoff)".

Off by default (docs/backoff.md says why); on with ``Resources(backoff=True)``, ``--backoff`` or
``NEWSEVENTS_BACKOFF=on``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

from newsevents.backoff.features import sentence_features, span_of
from newsevents.backoff.model import BackoffModel
from newsevents.code.event import Parties, assemble, local_parties
from newsevents.code.parties import political
from newsevents.code.verbframes import CameoCode, FrameMatch
from newsevents.errors import KnowledgeError
from newsevents.frame.facts import clause_date
from newsevents.participants.actors import ActorReader
from newsevents.participants.recipients import recipients
from newsevents.records import ActorRef, Event
from newsevents.when.dating import role_day
from newsevents.where.location import location
from newsevents.where.stage import article_setting
from newsevents.work import Resources, StageFunc, Work, register

__all__ = ["BackoffSettings", "make_backoff"]

SETTINGS_FILE = "backoff/settings.yaml"
SOURCE = "backoff"


@dataclass(frozen=True)
class BackoffSettings:
    """data/backoff/settings.yaml: the generic code of each type and the thresholds."""

    generic_codes: dict[str, str]
    threshold: float
    thresholds: dict[str, float]
    after_rules: float
    recode: float

    @classmethod
    def default(cls) -> BackoffSettings:
        return _default_settings()

    @classmethod
    def parse(cls, text: str, source: str = SETTINGS_FILE) -> BackoffSettings:
        try:
            data = yaml.safe_load(text) or {}
            return cls(
                generic_codes={str(k): str(v) for k, v in dict(data["generic_codes"]).items()},
                threshold=float(data.get("threshold", 0.5)),
                thresholds={str(k): float(v) for k, v in dict(data.get("thresholds") or {}).items()},
                after_rules=float(data.get("after_rules", 0.0)),
                recode=float(data.get("recode", 1.0)),
            )
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as e:
            raise KnowledgeError(f"{source}: not valid backoff settings ({type(e).__name__}: {e})") from e

    def needs(self, type_: str, ruled: bool) -> float:
        """The probability ``type_`` needs in a sentence where the rules coded an event (``ruled``)
        or none."""
        own = self.thresholds.get(type_, self.threshold)
        return max(own, self.after_rules) if ruled else own


@functools.cache
def _default_settings() -> BackoffSettings:
    text = resources.files("newsevents").joinpath("data", *SETTINGS_FILE.split("/")).read_text(encoding="utf-8")
    return BackoffSettings.parse(text)


@functools.cache
def default_model() -> BackoffModel:
    return BackoffModel.default()


def _support(model: BackoffModel, feats: set[str], lemma: str, type_: str) -> float:
    """How much the features naming ``lemma`` (its verb, its object, its prepositions) push ``type_``."""
    col = model.types.index(type_)
    own = {f"v:{lemma}", f"r:{lemma}", f"w:{lemma}"}
    rows = model.rows(f for f in feats if f in own or f.startswith((f"vo:{lemma}_", f"vp:{lemma}_", f"vpo:{lemma}_")))
    return float(model.weights[rows, col].sum()) if rows else 0.0


class _SentenceCoder:
    """The backoff's events of one article."""

    def __init__(self, work: Work, res: Resources, model: BackoffModel, settings: BackoffSettings) -> None:
        self.work = work
        self.model = model
        self.settings = settings
        self.rules = res.rules
        self.codes: dict[str, CameoCode] = {t: res.frames.code(c) for t, c in settings.generic_codes.items()}
        self.reader = ActorReader(work.article.text, res.resolve_phrase, res.rules)
        self.at = {info.token_i: frame for frame, info in work.frames}
        self.triggers: set[int] = set()  # where the events of the rules' triggers start
        self.setting = article_setting(res.gazetteer, work)

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
                feats = sentence_features(span, sent.index, len(work.sentences))
                read[sent.index] = (feats, self.model.probabilities(feats))
        told: dict[int, set[str]] = {}
        for e in work.events:
            for si in {e.sentence_index, *(m[0] for m in e.mentions)}:
                told.setdefault(si, set()).add(e.event or "")
        self.triggers = {m[1] for e in work.events for m in e.mentions}
        new: list[Event] = []
        for si, (feats, probs) in read.items():
            ks = [k for k in by_sentence[si] if self.actors(k)[0]]
            ruled = told.get(si, set())
            for type_, p in zip(self.model.types, probs, strict=True):
                if not ks or p < self.settings.needs(type_, bool(ruled)) or type_ in ruled or type_ not in self.codes:
                    continue
                event = self.event(ks, feats, type_, float(p))
                if event is not None:
                    new.append(event)
        work.events.extend(new)

    def event(self, ks: list[int], feats: set[str], type_: str, p: float) -> Event | None:
        work, model = self.work, self.model
        root = {t.i for t in work.doc if t.dep_ == "ROOT"}

        def rank(k: int) -> tuple[float, int, int]:
            frame, info = work.frames[k]
            return (-_support(model, feats, frame.predicate_lemma, type_), info.token_i not in root, info.token_i)

        k = min(ks, key=rank)
        frame, info = work.frames[k]
        if frame.trigger_start in self.triggers and p < self.settings.recode:
            return None  # the verb that most supports the type is an event of the rules' already
        actors, why_actors = self.actors(k)
        code = self.codes[type_]
        top = ", ".join(model.top_features(feats, type_)) or "-"
        match = FrameMatch(code, f"learned backoff p={p:.2f}: {top}", 0, SOURCE)
        art = work.article
        date = clause_date(frame, art.text, art.pub_date)
        on_date = role_day(date, art.pub_date)
        own_year = date.info.value[:4] if date.info is not None and date.text else None
        loc, why_loc, own = location(work.doc, frame, code, work.places, self.setting, actors, [], False, own_year)
        disc = work.participants[k].discourse
        found, why_recipient = recipients(self.reader, work.doc, frame, actors, on_date, disc, self.at.get, code.root)
        parties = Parties(actors, found, why_actors, why_recipient)
        parties = local_parties(parties, loc if own else None, code, art.text, frame.predicate_lemma)
        sent = work.sentences[frame.sentence_index]
        event = assemble(art, sent, frame, match, parties, date, loc, why_loc, work.coded_date.isoformat())
        return event if political(event, self.rules.apolitical_sectors) else None


@register("backoff", requires=("sentences", "places", "frames", "participants", "events"), sets=("events",))
def make_backoff(res: Resources) -> StageFunc:
    if not res.backoff:
        return lambda work: None
    model, settings = default_model(), BackoffSettings.default()

    def backoff(work: Work) -> None:
        if work.sentences and work.frames:
            _SentenceCoder(work, res, model, settings).run()

    return backoff
