"""Stage: recognize. Sentences, and the date, place and actor mentions of an article.

Dates: spaCy DATE entities merged with the project's own date patterns, each normalised
against the publication date. Places: spaCy GPE/LOC/FAC entities and descriptions such as
"the Tajik capital", with guards (a demonym or an organisation is not a place), resolved in
the gazetteer with the article's countries as context. Actors: named entities resolved in the
knowledge base.
"""

from __future__ import annotations

import re

from newsevents.pipeline import Work, register
from newsevents.recognize.dates import find_date_expressions
from newsevents.records import Mention, Place, Sentence
from newsevents.resolve.dates import normalize

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_CAPITAL_DESC = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+capital\b")


def sentence_index_at(work: Work, pos: int) -> int:
    for s in work.sentences:
        if s.start_char <= pos < s.end_char:
            return s.index
    return max(0, len(work.sentences) - 1)


@register("sentences", requires=("doc",), sets=("sentences",))
def sentences(work: Work) -> None:
    idx = 0
    for s in work.doc.sents:
        text = s.text.strip()
        if not text:
            continue
        lead = len(s.text) - len(s.text.lstrip())
        start = s.start_char + lead
        work.sentences.append(Sentence(idx, start, start + len(text), text))
        idx += 1


@register("dates", requires=("sentences",), sets=("dates",))
def dates(work: Work) -> None:
    text = work.article.text
    spans = {(e.start_char, e.end_char) for e in work.doc.ents if e.label_ == "DATE"}
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


def _context_countries(work: Work) -> list[str]:
    kb = work.res.kb
    out: list[str] = []
    if work.article.dateline:
        entry = kb.country_for_word(work.article.dateline)
        if entry is not None:
            out.append(entry.iso3)
        else:
            place, _, _ = work.res.gazetteer.resolve(work.article.dateline.title())
            if place is not None and place.country_code:
                out.append(place.country_code)
    for ent in work.doc.ents:
        if ent.label_ in {"GPE", "NORP"}:
            entry = kb.country_for_word(ent.text)
            if entry is not None and entry.iso3 not in out:
                out.append(entry.iso3)
    return out


@register("places", requires=("sentences",), sets=("places",))
def places(work: Work) -> None:
    kb, gaz = work.res.kb, work.res.gazetteer
    context = _context_countries(work)
    text = work.article.text
    taken: list[tuple[int, int]] = []
    for m in _CAPITAL_DESC.finditer(text):
        entry = kb.country_for_word(m.group(1))
        capital = gaz.capital_of(entry.iso3) if entry is not None else None
        if capital is None:
            continue
        taken.append((m.start(), m.end()))
        work.places.append(
            Mention(
                "place",
                m.start(),
                m.end(),
                m.group(0),
                sentence_index_at(work, m.start()),
                "description",
                place=capital,
                reason=f"'{m.group(1)} capital' → capital of {entry.iso3 if entry else '?'}",
            )
        )
    for ent in work.doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        if any(not (ent.end_char <= s or ent.start_char >= e) for s, e in taken):
            continue
        words = ent.text
        bare = re.sub(r"^the\s+", "", words, flags=re.I)
        if kb.is_demonym(bare):
            continue  # "Afghan" names people, not a place
        sidx = sentence_index_at(work, ent.start_char)
        country = kb.country_named(bare)
        place: Place | None
        if country is not None:
            place = gaz.country(country.iso3)
            cands = [place] if place else []
            reason = f"country name → {country.iso3}"
        else:
            place, cands, reason = gaz.resolve(bare, context_countries=context)
        work.places.append(
            Mention(
                "place",
                ent.start_char,
                ent.end_char,
                words,
                sidx,
                ent.label_,
                place=place,
                candidates=tuple(cands[:5]),
                reason=reason,
            )
        )


@register("actors", requires=("sentences",), sets=("actors",))
def actors(work: Work) -> None:
    kb = work.res.kb
    pub = work.article.pub_date
    for ent in work.doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        for ref in kb.resolve_phrase(ent.text, pub):
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
