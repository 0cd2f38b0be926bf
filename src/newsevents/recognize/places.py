"""Stage: recognize places. Place mentions of an article, resolved in the gazetteer.

spaCy GPE/LOC/FAC entities and descriptions such as "the Tajik capital", with guards (a demonym
or an organisation is not a place; a country name is always the country), resolved with the
article's countries (dateline, other places, actors) as context.
"""

from __future__ import annotations

import re

from newsevents.pipeline import Work, register
from newsevents.recognize.mentions import sentence_index_at
from newsevents.records import Mention, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CAPITAL_DESC = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+capital\b")


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
