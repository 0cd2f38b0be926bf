"""Stage: recognize places. Place mentions of an article, resolved in the gazetteer.

Where mentions come from (each one's ``label`` says which):

* spaCy GPE/LOC/FAC entities (label = the spaCy label);
* descriptions such as "the Tajik capital" (``description``: the capital of that country), and
  national institutions of a named country ("Peru's Congress": the capital of Peru);
* demonyms and adjectival forms ("Russian", "Chinese", "European": ``demonym``). They resolve
  to the *country* (or the continent / region), never to a city of that name ("Kazakh" is not
  Petropavl), and an event location never takes one;
* entities of other labels (ORG, PERSON, NORP, PRODUCT, ...) and untagged proper nouns, only
  when they are not an organisation or person known to the knowledge base and either name a
  country, a first-level division or a region, or stand where a place stands: the object of a
  locative preposition ("in Samarra"), after a place noun and "of" ("the town of Huddur"), or
  before a place noun ("Makhmur district") (``gazetteer``). Such a mention may stay unresolved
  (place None) when the name is not in the gazetteer but the place noun makes it a place;
  also the possessor of a place noun ("X's streets"), the object of a place-taking verb, a
  proper-noun modifier of a locative noun ("in the X campaign"), and facility names ("the X
  School", unresolved) where a place stands;
* "the A-B border" between two countries (``border``, no point);
* "the city" / "the town" with no name of its own (``anaphor``): the town named last, in this
  sentence or the two before.

Names are cleaned before lookup: a leading "the", a trailing possessive ("South Korea's") and
trailing debris after a dash are dropped. A country name always resolves to the country.
Resolution uses the article's countries as context: the dateline's country strongly, the countries
it names (other places, actors) weakly (docs/gazetteer.md, rule 4).

How a name is read and a mention recorded is in recognize/placenames.py; the mentions that are no
place names (directional regions, a capital described, an institution's capital, a border, "the
city") are found in recognize/described.py.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents.frame.locative import PLACE_TAKING_VERBS
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import PLACE_ENTS, ents, tokens
from newsevents.recognize.capital_named import DESCRIPTIONS, capital_named_before
from newsevents.recognize.context import Context, article_countries
from newsevents.recognize.described import (
    add_anaphors,
    add_borders,
    add_capitals,
    add_directional_regions,
    add_institutions,
)
from newsevents.recognize.facilities import named_by_town
from newsevents.recognize.longnames import longer_name
from newsevents.recognize.nearby import read_by_neighbours
from newsevents.recognize.owner import owned_by_town
from newsevents.recognize.particles import hyphenated_names, joined_names, swallowed_places
from newsevents.recognize.placecues import (
    LOCATIVE_PREPS,
    MODIFIER_CUE,
    PERSON_TAGGED,
    camps,
    describes_state,
    locative_noun,
    place_cue,
)
from newsevents.recognize.placenames import (
    Knowledge,
    add_mention,
    demonym_place,
    known_actor,
    large_place,
    portfolio,
    resolve_name,
)
from newsevents.recognize.shortnames import by_full_name, dateline_town
from newsevents.recognize.toponyms import (
    Named,
    clean_name,
    comma_parts,
    containing_place,
    dated_month,
    embedded_toponyms,
    is_site,
    joined_to_place,
    landmark,
    numeric_name,
    overlaps,
    possessed_site,
    same_sense,
    untagged_toponyms,
)
from newsevents.recognize.venuetown import venue_towns_at_home
from newsevents.records import Mention, Place
from newsevents.resolve.gazetteer import CONTEXT_DWARF, Reading
from newsevents.work import Resources, StageFunc, Work, register

if TYPE_CHECKING:
    pass

# Entity labels that may still be a place when the gazetteer and the syntax agree.
OTHER_LABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# Labels of numbers and times that the small model also gives to names ("in Manbij" as a DATE):
# such an entity is a place only where the syntax says so, and never when it holds a digit.
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# Mentions whose name, spelled again elsewhere in the article, is the same place.
NAMING_LABELS = {"GPE", "LOC", "gazetteer"}
# Last words of facility names: such a name where a place stands is a place without coordinates.
FACILITY_NOUNS = LEXICON["facility_nouns"]
# Population above which a place's alternate name is enough outside a locative phrase.
STRONG_POPULATION = 50_000


def _proper_spans(work: Work, taken: list[tuple[int, int]]) -> Iterable[Span]:
    """Untagged proper-noun sequences that stand where a place stands: the object of a
    locative preposition ("in Samarra"), the object of a place-taking verb ("Gibraltar was
    captured"), or a modifier of a locative noun ("near the Deir ez-Zor military airport")."""
    doc = work.doc
    for tok in tokens(doc):
        if tok.pos_ != "PROPN" or tok.ent_type_ or dated_month(tok):
            continue  # (a month told with its day, "the night of August 7", is a date the model left untagged)
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS | {"from", "of"}:
            pass
        elif tok.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in PLACE_TAKING_VERBS:
            pass
        elif (tok.dep_ in {"compound", "nmod"} and head.pos_ == "NOUN" and locative_noun(head) and tok.i + 1 < len(doc)
              and not (doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].head.i == head.i)):  # fmt: skip
            pass  # the last word of a proper-noun modifier ("the Manbij campaign")
        else:
            continue
        modifier = tok.dep_ in {"compound", "nmod"}
        left = tok.i
        while left > 0:
            prev = doc[left - 1]
            inside = left - 1 <= prev.head.i <= tok.i
            if modifier:  # "the Deir ez-Zor military airport": all words modify the noun
                ok = (inside or prev.head.i == head.i) and (prev.pos_ == "PROPN" or prev.text[:1].isupper())
            else:
                ok = inside and prev.pos_ == "PROPN"
            if not ok:
                break
            left -= 1
        span = doc[left : tok.i + 1]
        if overlaps(span, taken):
            continue
        if not span.text[:1].isupper() or any(t.ent_type_ for t in span):
            continue
        yield span


@register("places", requires=("sentences",), sets=("places",))
def make_places(res: Resources) -> StageFunc:
    know = Knowledge(res.kb, res.gazetteer, res.resolve_phrase)

    def run(work: Work) -> None:
        places(work, know)

    return run


def places(work: Work, know: Knowledge) -> None:
    kb = know.kb
    context = article_countries(work, know.kb, know.gazetteer)
    text = work.article.text
    taken: list[tuple[int, int]] = camps(work.doc)  # "fled to the West": a camp of the world, no town
    add_directional_regions(work, know, taken)
    if "capital" in text:
        add_capitals(work, know, context, taken)
    add_institutions(work, know, taken)
    for whole, town in hyphenated_names(work.doc, lambda words: resolve_name(work, know, words, context).place):
        if not overlaps(whole, taken):  # "Rostov-on-Don" with "Rostov" tagged alone: one name across its hyphens
            taken.append((whole.start_char, whole.end_char))
            add_mention(work, whole, "GPE", town, [town], f"'{whole.text}': one name across its hyphens")
    for whole, town in joined_names(work.doc, lambda words: resolve_name(work, know, words, context).place):
        if not overlaps(whole, taken):  # "San Juan de" + "la Maguana": one name across its particles
            taken.append((whole.start_char, whole.end_char))
            add_mention(work, whole, "GPE", town, [town], f"'{whole.text}': one name across its particles")
    for inner in swallowed_places(work.doc, lambda words: resolve_name(work, know, words, context).place):
        if not overlaps(inner, taken):  # "the Islamic Salvation Front near Algiers" as one ORG
            found = resolve_name(work, know, clean_name(inner.text), context)
            taken.append((inner.start_char, inner.end_char))
            add_mention(work, inner, "GPE", found.place, found.candidates,
                        f"a place after '{inner[0].nbor(-1).text}' inside an organisation's name; {found.reason}",
                        found.by_alternate)  # fmt: skip
    for ent in ents(work.doc):
        if ent.label_ not in PLACE_ENTS | OTHER_LABELS | NUMERIC_LABELS:
            continue
        if overlaps(ent, taken) or (ent.label_ in NUMERIC_LABELS and not numeric_name(ent)):
            continue
        name = clean_name(ent.text)
        if not name or not name[:1].isupper() and name[:3].lower() not in {"al-", "el-", "ad-", "as-", "ar-"}:
            continue
        if describes_state(ent):
            continue
        if portfolio(ent):
            taken.append((ent.start_char, ent.end_char))
            continue  # "the Indian Affairs Minister" of Canada: a portfolio, no place
        dem = demonym_place(work, know, name)
        if dem is not None:
            place, why = dem
            if place is not None:
                taken.append((ent.start_char, ent.end_char))
                add_mention(work, ent, "demonym", place, [place], why)
            continue  # "Afghan" names people; it is never a city
        if ent.label_ in PLACE_ENTS and "," in ent.text and resolve_name(work, know, name, context)[0] is None:
            # "Thruxton, Hampshire" as one entity: each part is a mention of its own
            taken.append((ent.start_char, ent.end_char))
            for part in comma_parts(ent):
                place, cands, reason, alt, _ = resolve_name(work, know, clean_name(part.text), context)
                add_mention(work, part, ent.label_, place, cands, f"part of '{ent.text}'; {reason}", alt)
            continue
        if ent.label_ in PLACE_ENTS:
            found = resolve_name(work, know, name, context)
            if found.place is None or found.by_alternate:  # "Port" + "Moresby": the tagger cut the name short
                ent, found = _cut_short(work, know, ent, context) or (ent, found)
            taken.append((ent.start_char, ent.end_char))
            if found.place is None and ent.text.endswith("."):  # an abbreviation keeps its dot: "N.J.", "Wash."
                found = know.gazetteer.read(name + ".", context_countries=context.home, named_countries=context.named)
            if found.place is None:
                found = _with_country_before(work, know, ent, context) or found
            if found.place is None:  # "at the Wadi Araba crossing"
                found = _with_nouns(work, know, ent, name, context) or found
            add_mention(work, ent, ent.label_, found.place, found.candidates, found.reason, found.by_alternate)
            continue
        if known_actor(work, know, name):
            continue  # an organisation or person of the knowledge base
        _other_entity(work, know, ent, name, context, taken)
    for span in _proper_spans(work, taken):
        name = clean_name(span.text)
        if describes_state(span):
            continue
        if known_actor(work, know, name) or kb.is_demonym(name):
            continue
        place, cands, reason, alt, _ = resolve_name(work, know, name, context)
        if place is not None and place.level == "city" and place.population < 1000:
            continue
        weak = alt and place is not None and place.population < STRONG_POPULATION
        if weak and span.root.dep_ != "pobj":
            continue  # outside a locative phrase, a small place's alternate name is not enough
        if place is not None:
            taken.append((span.start_char, span.end_char))
            add_mention(work, span, "gazetteer", place, cands,
                        f"proper noun {place_cue(span) or 'in a locative phrase'}; " + reason, alt)  # fmt: skip
    _toponyms(work, know, context, taken)
    work.places[:] = [m for m in work.places if longer_name(work.doc, m) is None]  # "the Summit of the Americas"
    _in_named_divisions(work, know)
    read_by_neighbours(work)
    by_full_name(work, dateline_town(know.gazetteer, work.article.dateline))  # "San Cristobal" filed from its full name
    _same_sense(work, taken)
    _contained(work)
    named_by_town(work, lambda name: resolve_name(work, know, name, context), {*context.home, *context.named})
    venue_towns_at_home(
        work, {*context.home, *context.named, *context.told_named}
    )  # "Miraflores palace" in a story from Caracas
    owned_by_town(work, lambda name: resolve_name(work, know, name, context))  # "Honiara's Chinatown"
    add_borders(work, know, text)
    add_anaphors(work)
    capital_named_before(work, know.gazetteer)


def _with_nouns(work: Work, know: Knowledge, ent: Span, name: str, context: Context) -> Reading | None:
    """A name before its place noun read with the nouns after it, the longest first (two at most): "the
    Korean peninsula" ("Korean" alone is no place), "the Arava border crossing" (places47); by its own name."""
    doc = ent.doc
    nouns = list(itertools.takewhile(lambda t: t.pos_ == "NOUN" and t.is_lower, doc[ent.end : ent.end + 2]))
    for k in range(len(nouns), 0, -1):
        whole = f"{name} {doc[ent.end : ent.end + k].text}"
        found = resolve_name(work, know, whole, context)
        if found.place is not None and not found.by_alternate:
            return Reading(found.place, found.candidates, f"read with its nouns, '{whole}'; {found.reason}")
    return None


def _cut_short(work: Work, know: Knowledge, ent: Span, context: Context) -> tuple[Span, Reading] | None:
    """A place entity the tagger cut short of the capitalised word after it ("Port" + "Moresby", the rest
    read as a person): the whole name, when the gazetteer knows it by its own name and the entity alone
    is no place or only an alternate name of one (Le Port on Réunion); None otherwise."""
    doc = work.doc
    if ent.end >= len(doc):
        return None
    nxt = doc[ent.end]
    if nxt.pos_ != "PROPN" or not nxt.is_title:
        return None
    whole = doc[ent.start : ent.end + 1]
    found = resolve_name(work, know, clean_name(whole.text), context)
    if found.place is None or found.by_alternate:
        return None
    why = f"'{whole.text}': one name the tagger cut short; {found.reason}"
    return whole, Reading(found.place, found.candidates, why)


def _with_country_before(work: Work, know: Knowledge, ent: Span, context: Context) -> Reading | None:
    """A site whose own name starts with the country's name that the parse split off ("the U.S.
    Capitol": "U.S." a GPE, "Capitol" a facility): the site, when the gazetteer knows the whole
    name as a curated site (docs/gazetteer.md); None otherwise."""
    if ent.start == 0:
        return None
    before = work.doc[ent.start - 1]
    if before.ent_type_ != "GPE" or before.ent_iob_ != "B":
        return None
    name = clean_name(work.doc[before.i : ent.end].text)
    place, cands, reason, alt, _ = resolve_name(work, know, name, context)
    if place is None or not landmark(place):
        return None
    return Reading(place, cands, f"with the country's name before it, '{name}'; {reason}", alt)


def _contained(work: Work) -> None:
    """A name without a point of its own (a street, a site, a village the gazetteer lacks), or a
    site's name after a town in the possessive ("Istanbul's Ataturk airport"), takes the point of
    the place the text puts it in (recognize/toponyms.py: containing_place, possessed_site)."""
    named = [Named(m.start_char, m.end_char, m.sentence_index, m.place, m.text) for m in work.places
             if m.place is not None and m.label in PLACE_ENTS | {"gazetteer"} | DESCRIPTIONS]  # fmt: skip
    if not named:
        return
    text = work.article.text
    for k, m in enumerate(work.places):
        site = m.place is not None and possessed_site(text, m.start_char, m.end_char, m.sentence_index, named)
        if (m.place is not None and not site) or m.label in {"border", "anaphor", "region"}:
            continue
        host = containing_place(text, m.start_char, m.end_char, m.sentence_index, site or is_site(m.text), named)
        if host is not None:
            n, how = host
            own = "a site in a town named as its owner" if site else "no point of its own"
            why = f"{m.reason}; {own}: the point of '{n.text}', {how}"
            work.places[k] = dataclasses.replace(m, place=n.place, candidates=(), reason=why)


def _same_sense(work: Work, taken: list[tuple[int, int]]) -> None:
    """A name of a place the article names, spelled again where no mention stands (inside an
    organisation's name: ``embedded``, never an event location; untagged: ``gazetteer``)."""
    persons = [e for e in ents(work.doc) if e.label_ == "PERSON"]
    person_words = {t.lower_ for e in persons for t in e}
    named = {
        " ".join(clean_name(m.text).split()).casefold(): (m.place, m.text)
        for m in work.places
        if m.label in NAMING_LABELS and m.place is not None and m.place.level != "sub-city" and clean_name(m.text)
        and not landmark(m.place)  # a site is a place only where the syntax says so
        and not m.by_alternate and not (m.text.isupper() and len(m.text) <= 4)
        and (m.place.population >= 1000 or m.place.level != "city")
    }  # fmt: skip
    named = {k: v for k, v in named.items() if not set(k.split()) & person_words}  # a name also a person's
    taken = [*taken, *((e.start_char, e.end_char) for e in persons)]
    others = [(e.start_char, e.end_char) for e in ents(work.doc) if e.label_ not in PLACE_ENTS]
    for span, place, why in list(same_sense(work.doc, named, taken)):
        taken.append((span.start_char, span.end_char))
        label = "embedded" if overlaps(span, others) else "gazetteer"
        add_mention(work, span, label, place, [place], why)


def _in_named_divisions(work: Work, know: Knowledge) -> None:
    """A town the article places in a division it names ("Red Oak ... Iowa"): of the towns of that
    name, the one in a first-level division the article names, for every mention of it (one sense
    per article). Not a national capital read by its own name, unless the division is named right
    after it ("Panama City, Florida"): "Panama City" in a story that names Florida elsewhere is
    Panama's."""
    states = {(m.place.country_code, m.place.admin1) for m in work.places
              if m.place is not None and m.place.level == "admin1" and m.place.admin1}  # fmt: skip
    if not states:
        return
    for k, m in enumerate(work.places):
        p = m.place
        if (
            p is None
            or p.level != "city"
            or (p.country_code, p.admin1) in states
            or m.label not in PLACE_ENTS | {"gazetteer"}
        ):
            continue
        if p.feature_code == "PPLC" and not m.by_alternate and not _qualified(work, m):
            continue  # a capital by its own name: "Panama City" in a story that names Florida elsewhere
        name = clean_name(m.text)
        alt = next(
            (c for c in know.gazetteer.candidates(name, limit=25)
             if c.level == "city" and (c.country_code, c.admin1) in states
             and (c.name.casefold() == name.casefold() or c.population >= p.population)
             and c.population * CONTEXT_DWARF >= p.population),
            None,
        )  # fmt: skip  # by its own name: "Washington" is no alternate name of a small Ohio town; nor
        # is a capital a hamlet 100 times smaller ("Havana" in a story that names Florida)
        if alt is not None:
            why = f"{m.reason}; the one in {alt.admin1}, {alt.country_code}: a division the article names"
            work.places[k] = dataclasses.replace(m, place=alt, reason=why)


def _qualified(work: Work, m: Mention) -> bool:
    """Whether a first-level division is named right after a town's name ("Panama City, Florida")."""
    return any(
        d.place is not None and d.place.level == "admin1" and 0 < d.start_char - m.end_char <= 2
        and work.article.text[m.end_char : d.start_char].strip() in {"", ","}
        for d in work.places
    )  # fmt: skip


def _toponyms(work: Work, know: Knowledge, context: Context, taken: list[tuple[int, int]]) -> None:
    """What the entity tagger missed: untagged runs of capitalised words the gazetteer knows
    (recognize/toponyms.py), capitalised demonyms outside any entity ("the Russian Embassy"), and
    the place that opens an organisation's name ("the New York Times": ``embedded``)."""
    kb = know.kb

    def resolve(name: str) -> Reading:
        return resolve_name(work, know, name, context)

    def excluded(name: str) -> bool:
        return kb.is_demonym(name) or known_actor(work, know, name)

    for span, place, why in list(untagged_toponyms(work.doc, taken, resolve, excluded)):
        taken.append((span.start_char, span.end_char))
        add_mention(work, span, "gazetteer", place, [place], why)
    for tok in tokens(work.doc):
        if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "ADJ"}:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)  # read once, not for every mention taken
        if any(not (end <= s or start >= e) for s, e in taken):
            continue
        dem = demonym_place(work, know, tok.text)
        if dem is not None and dem[0] is not None and not portfolio(work.doc[tok.i : tok.i + 1]):
            taken.append((tok.idx, tok.idx + len(tok.text)))
            add_mention(work, (tok.idx, tok.idx + len(tok.text), tok.text), "demonym", dem[0], [dem[0]], dem[1])
    for span, place, why in list(embedded_toponyms(work.doc, taken, resolve)):
        taken.append((span.start_char, span.end_char))
        add_mention(work, span, "embedded", place, [place], why)


def _other_entity(
    work: Work, know: Knowledge, ent: Span, name: str, context: Context, taken: list[tuple[int, int]]
) -> None:
    """An ORG/PERSON/NORP/... entity that the gazetteer and the syntax say is a place."""
    cue = place_cue(ent)
    place, cands, reason, alt, _ = resolve_name(work, know, name, context)
    read = _with_nouns(work, know, ent, name, context) if place is None or alt else None
    if read is not None:  # "the Korean peninsula", "the Arava border crossing": the whole name is the place's own
        place, cands, reason, alt = read.place, read.candidates, read.reason, False
        cue = cue or "named with its place noun"
    if cue is None and place is not None and not alt:
        ranges = [(m.start_char, m.end_char) for m in work.places if m.place is not None and m.label in NAMING_LABELS]
        other = joined_to_place(ent, ranges)
        cue = f"listed with the place '{other}'" if other is not None else None
    strong = (
        place is not None
        and not landmark(place)  # "The White House said": its occupants; "at the White House" has its cue
        and not alt
        and (place.level in {"admin1", "region"} or (place.level == "country" and ent.label_ != "PERSON"))
    )
    if cue is not None and cue.startswith(MODIFIER_CUE) and not large_place(place, alt):
        cue = None
    if cue is not None and cue.endswith(PERSON_TAGGED) and not _large_town(place, alt):
        cue = None
    if place is not None and (strong or cue):
        taken.append((ent.start_char, ent.end_char))
        add_mention(
            work, ent, "gazetteer", place, cands, f"{ent.label_} entity {cue or 'named as a division'}; {reason}", alt
        )
    elif (
        place is None
        and cue
        and (cue.startswith("after") and " of'" in cue or cue.startswith("before") or ent[-1].lower_ in FACILITY_NOUNS)
    ):
        taken.append((ent.start_char, ent.end_char))
        add_mention(work, ent, "gazetteer", None, [], f"{ent.label_} entity {cue}; not in gazetteer")


# the people of a town that a name tagged as a person names after a verb of going ("flew to Niamey")
PERSON_TOWN_POPULATION = 100_000


def _large_town(place: Place | None, by_alternate: bool) -> bool:
    """A national capital, or a town of :data:`PERSON_TOWN_POPULATION` people, by its own name: what a
    name the tagger read as a person must be to be read as where a verb of going went."""
    if place is None or by_alternate or place.level != "city":
        return False
    return place.feature_code == "PPLC" or place.population >= PERSON_TOWN_POPULATION
