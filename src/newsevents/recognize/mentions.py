"""Stage: recognize. Sentences, and the date and actor mentions of an article (places: places.py).

Dates: spaCy DATE entities merged with the project's own date patterns, each normalised
against the publication date. Places: spaCy GPE/LOC/FAC entities and descriptions such as
"the Tajik capital", with guards (a demonym or an organisation is not a place), resolved in
the gazetteer with the article's countries as context. Actors: named entities resolved in the
knowledge base.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.parse.tree import ents
from newsevents.recognize.dates import find_date_expressions
from newsevents.records import ActorRef, Mention, Sentence
from newsevents.resolve.dates import normalize
from newsevents.work import Resources, StageFunc, Work, register

ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def sentence_index_at(work: Work, pos: int) -> int:
    for s in work.sentences:
        if s.start_char <= pos < s.end_char:
            return s.index
    return max(0, len(work.sentences) - 1)


@register("sentences", requires=("doc",), sets=("sentences",))
def make_sentences(res: Resources) -> StageFunc:
    return sentences


def sentences(work: Work) -> None:
    idx = 0
    whole = work.article.text  # the doc's text (Doc.text joins every token anew)
    for s in work.doc.sents:
        raw = whole[s.start_char : s.end_char]  # slicing the text is cheaper than Span.text
        text = raw.strip()
        if not text:
            continue
        start = s.start_char + len(raw) - len(raw.lstrip())
        work.sentences.append(Sentence(idx, start, start + len(text), text))
        idx += 1


@register("dates", requires=("sentences",), sets=("dates",))
def make_dates(res: Resources) -> StageFunc:
    return dates


def dates(work: Work) -> None:
    text = work.article.text
    spans = {(e.start_char, e.end_char) for e in ents(work.doc) if e.label_ == "DATE"}
    own = find_date_expressions(text)
    # Where the project's patterns and spaCy overlap, the project's span wins (it is normalisable).
    for o in own:
        spans = {s for s in spans if s[1] <= o[0] or s[0] >= o[1]}
    spans.update(own)
    for start, end in sorted(spans):
        words = text[start:end]
        info = normalize(words, work.article.pub_date, None)
        label = "pattern" if (start, end) in own else "DATE"
        if info is None:
            reason = "not a calendar date" if work.article.pub_date else "relative date without a publication date"
            work.dates.append(Mention("date", start, end, words, sentence_index_at(work, start), label, reason=reason))
        else:
            work.dates.append(
                Mention("date", start, end, words, sentence_index_at(work, start), label, date=info, reason=info.reason)
            )


@register("actors", requires=("sentences",), sets=("actors",))
def make_actors(res: Resources) -> StageFunc:
    resolve_phrase = res.resolve_phrase

    def actors(work: Work) -> None:
        _actors(work, resolve_phrase)

    return actors


def _actors(work: Work, resolve_phrase: Callable[[str, dt.date | None], list[ActorRef]]) -> None:
    pub = work.article.pub_date
    for ent in ents(work.doc):
        if ent.label_ not in ACTOR_LABELS:
            continue
        for ref in resolve_phrase(ent.text, pub):
            start = ent.start_char + max(ref.start_char, 0)
            end = ent.start_char + ref.end_char if ref.end_char >= 0 else ent.end_char
            work.actors.append(
                Mention(
                    "actor",
                    start,
                    end,
                    work.article.text[start:end],
                    sentence_index_at(work, start),
                    ent.label_,
                    actor=ref,
                    reason=ref.reason,
                )
            )
