"""Stage: recognize places. Place mentions of an article, resolved in the gazetteer.

Where mentions come from (each one's ``label`` says which):

* spaCy GPE/LOC/FAC entities (label = the spaCy label);
* descriptions such as "the Tajik capital" (``description``: the capital of that country);
* demonyms and adjectival forms ("Russian", "Chinese", "European": ``demonym``). They resolve
  to the *country* (or the continent / region), never to a city of that name ("Kazakh" is not
  Petropavl), and an event location never takes one;
* entities of other labels (ORG, PERSON, NORP, PRODUCT, ...) and untagged proper nouns, only
  when they are not an organisation or person known to the knowledge base and either name a
  country, a first-level division or a region, or stand where a place stands: the object of a
  locative preposition ("in Samarra"), after a place noun and "of" ("the town of Huddur"), or
  before a place noun ("Makhmur district") (``gazetteer``). Such a mention may stay unresolved
  (place None) when the name is not in the gazetteer but the place noun makes it a place.

Names are cleaned before lookup: a leading "the", a trailing possessive ("South Korea's") and
trailing debris after a dash are dropped. A country name always resolves to the country.
Resolution uses the article's countries (dateline, other places, actors) as context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from newsevents.code.location import PLACE_PART_NOUNS, PLACE_TAKING_VERBS
from newsevents.pipeline import Work, register
from newsevents.recognize.mentions import sentence_index_at
from newsevents.records import Mention, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entity labels that may still be a place when the gazetteer and the syntax agree.
OTHER_LABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "into", "across", "throughout", "within", "on"}
# Nouns after which a proper noun is a place: "X province", "X village" (not "X base": an org's).
NAME_BEFORE_NOUNS = {
    "town", "city", "village", "province", "region", "district", "governorate", "neighbourhood",
    "neighborhood", "county", "state", "valley", "countryside", "municipality", "prefecture", "island",
    "suburbs", "outskirts", "area", "refugee",
}  # fmt: skip
# Adjectives of continents and regions that the knowledge base does not list as demonyms.
REGION_ADJECTIVES = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "latin american": "Latin America",
    "central american": "Central America",
    "north american": "North America",
    "south american": "South America",
    "middle eastern": "Middle East",
    "southeast asian": "Southeast Asia",
    "central asian": "Central Asia",
    "caribbean": "Caribbean",
    "balkan": "Balkans",
    "scandinavian": "Scandinavia",
}
_CAPITAL_DESC = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+capital\b")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+.*$")


def clean_name(text: str) -> str:
    """The name to look up: no leading "the", no trailing possessive or dash debris."""
    name = _DASH_TAIL.sub("", text.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if _POSSESSIVE.search(name) and not name.endswith("s'"):
        name = _POSSESSIVE.sub("", name)
    elif name.endswith("s'") or name.endswith("s’"):
        name = name[:-1]
    return name.strip(" ,.;:")


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
            entry = kb.country_for_word(clean_name(ent.text))
            if entry is not None and entry.iso3 not in out:
                out.append(entry.iso3)
    return out


def _place_cue(span: Span) -> str | None:
    """Why the syntax says this span is a place, or None."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in {"'s", "’s", "'"} and span.label_ == "PERSON":
        return None  # "Patten's hotel": a person's, not a place
    if before is not None and before.lower_ == "of" and span.start > 1:
        noun = doc[span.start - 2]
        if noun.lemma_.lower() in PLACE_PART_NOUNS or noun.lower_ in PLACE_PART_NOUNS:
            return f"after '{noun.text} of'"
    if after is not None and after.lower_ in NAME_BEFORE_NOUNS and after.pos_ == "NOUN":
        return f"before '{after.text}'"
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return f"object of '{head.text}'"
    if root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in PLACE_TAKING_VERBS:
        return f"object of '{head.text}'"
    if before is not None and before.lower_ in LOCATIVE_PREPS:
        return f"after '{before.text}'"
    return None


def _known_actor(work: Work, name: str) -> bool:
    """An organisation or a person of the knowledge base ("Hezbollah", "SDF")."""
    refs = work.res.kb.resolve_phrase(name)
    return any(r.kb_id and not r.kb_id.startswith("country:") for r in refs)


def _proper_spans(work: Work, taken: list[tuple[int, int]]) -> Iterable[Span]:
    """Untagged proper-noun sequences that are the object of a locative preposition."""
    doc = work.doc
    for tok in doc:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ not in LOCATIVE_PREPS | {"from", "of"}:
            continue
        if tok.ent_type_:
            continue
        left = tok.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i in range(left - 1, tok.i + 1):
            left -= 1
        span = doc[left : tok.i + 1]
        if any(not (span.end_char <= s or span.start_char >= e) for s, e in taken):
            continue
        if not span.text[:1].isupper():
            continue
        yield span


def _add(work: Work, span: Span | tuple[int, int, str], label: str, place: Place | None,
         cands: Iterable[Place], reason: str) -> None:  # fmt: skip
    if isinstance(span, Span):
        start, end, text = span.start_char, span.end_char, span.text
    else:
        start, end, text = span
    work.places.append(
        Mention(
            "place",
            start,
            end,
            text,
            sentence_index_at(work, start),
            label,
            place=place,
            candidates=tuple(cands)[:5],
            reason=reason,
        )
    )


def _demonym(work: Work, name: str) -> tuple[Place | None, str] | None:
    """(place, reason) when ``name`` is a demonym or a regional adjective; None otherwise."""
    kb, gaz = work.res.kb, work.res.gazetteer
    if kb.is_demonym(name):
        entry = kb.country_for_word(name)
        if entry is not None:
            return gaz.country(entry.iso3), f"demonym → country {entry.iso3}"
        return None, "demonym of no listed country"
    region = REGION_ADJECTIVES.get(" ".join(name.lower().split()))
    if region is not None:
        place, _, _ = gaz.resolve(region)
        return place, f"regional adjective → {region}"
    return None


def _resolve_name(work: Work, name: str, context: list[str]) -> tuple[Place | None, list[Place], str]:
    kb, gaz = work.res.kb, work.res.gazetteer
    country = kb.country_named(name)
    if country is not None:
        place = gaz.country(country.iso3)
        return place, [place] if place else [], f"country name → {country.iso3}"
    return gaz.resolve(name, context_countries=context)


@register("places", requires=("sentences",), sets=("places",))
def places(work: Work) -> None:
    kb, gaz = work.res.kb, work.res.gazetteer
    context = _context_countries(work)
    text = work.article.text
    taken: list[tuple[int, int]] = []
    for m in _CAPITAL_DESC.finditer(text):
        entry = kb.country_for_word(m.group(1))
        capital = gaz.capital_of(entry.iso3) if entry is not None else None
        if capital is None or entry is None:
            continue
        taken.append((m.start(), m.end()))
        _add(work, (m.start(), m.end(), m.group(0)), "description", capital, [capital],
             f"'{m.group(1)} capital' → capital of {entry.iso3}")  # fmt: skip
    for ent in work.doc.ents:
        if ent.label_ not in PLACE_LABELS | OTHER_LABELS:
            continue
        if any(not (ent.end_char <= s or ent.start_char >= e) for s, e in taken):
            continue
        name = clean_name(ent.text)
        if not name or not name[:1].isupper() and name[:3].lower() not in {"al-", "el-", "ad-", "as-", "ar-"}:
            continue
        dem = _demonym(work, name)
        if dem is not None:
            place, why = dem
            if place is not None:
                taken.append((ent.start_char, ent.end_char))
                _add(work, ent, "demonym", place, [place], why)
            continue  # "Afghan" names people; it is never a city
        if ent.label_ in PLACE_LABELS:
            taken.append((ent.start_char, ent.end_char))
            place, cands, reason = _resolve_name(work, name, context)
            _add(work, ent, ent.label_, place, cands, reason)
            continue
        if _known_actor(work, name):
            continue  # an organisation or person of the knowledge base
        _other_entity(work, ent, name, context, taken)
    for span in _proper_spans(work, taken):
        name = clean_name(span.text)
        if _known_actor(work, name) or kb.is_demonym(name):
            continue
        place, cands, reason = _resolve_name(work, name, context)
        if place is not None and place.level == "city" and place.population < 1000:
            continue
        if place is not None:
            taken.append((span.start_char, span.end_char))
            _add(work, span, "gazetteer", place, cands, f"proper noun {_place_cue(span) or 'in a locative phrase'}; "
                 + reason)  # fmt: skip


def _other_entity(work: Work, ent: Span, name: str, context: list[str], taken: list[tuple[int, int]]) -> None:
    """An ORG/PERSON/NORP/... entity that the gazetteer and the syntax say is a place."""
    cue = _place_cue(ent)
    place, cands, reason = _resolve_name(work, name, context)
    strong = (
        place is not None
        and "by alternate name" not in reason
        and (place.level in {"admin1", "region"} or (place.level == "country" and ent.label_ != "PERSON"))
    )
    if place is not None and (strong or cue):
        taken.append((ent.start_char, ent.end_char))
        _add(work, ent, "gazetteer", place, cands, f"{ent.label_} entity {cue or 'named as a division'}; {reason}")
    elif place is None and cue and (cue.startswith("after") and " of'" in cue or cue.startswith("before")):
        taken.append((ent.start_char, ent.end_char))
        _add(work, ent, "gazetteer", None, [], f"{ent.label_} entity {cue}; not in gazetteer")
