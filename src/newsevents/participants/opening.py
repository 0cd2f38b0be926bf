"""Who acts: the discourse before an article's first sentence (participants/stage.py starts from it).

The dateline's country (a country, demonym or capital the knowledge base knows; else, for the
actors' role words only, the country of the dateline's city; none for a story told from abroad,
whose text names no place nor people of that country: filed_abroad), the people and organisations named,
the countries named and where, the sentences naming a place of another country or one country
only, the sentences that open with "In PLACE," (a wire story's way of saying where a paragraph is
told from: fronted_places), the nouns named with a country's name (samenoun.noun_countries) and,
without a dateline, the lead's country (lending.story_lead).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsevents.parse.tree import ents
from newsevents.parse.tree import text as doc_text
from newsevents.participants.lending import story_lead
from newsevents.participants.retold import described_mentions
from newsevents.participants.ruling import ruler
from newsevents.participants.samenoun import noun_countries
from newsevents.participants.tally import country_tally
from newsevents.participants.titled import titled_people
from newsevents.progress import Discourse
from newsevents.records import Article, Mention


def opening(
    doc: Doc, article: Article, country_for_word: Callable[[str], str | None], places: Sequence[Mention] = (),
    city_country: Callable[[str], str | None] | None = None, country_named: Callable[[str], str | None] | None = None,
    region_country: Callable[[str], str | None] | None = None, sentences: int | None = None,
) -> Discourse:  # fmt: skip
    """The discourse before the first sentence: the dateline's country (a country, demonym or
    capital the knowledge base knows; else, for the actors' role words only, the country of the
    dateline's city, ``city_country``, or of the region or country the dateline names after it,
    ``region_country``, when the two differ: "OKA, Quebec" is Canada's, "HILLSBOROUGH, Northern
    Ireland" Britain's, whatever town of that name the gazetteer knows best), the people and the
    organisations named, the sentences naming a place or people of another country, and the nouns
    named with a country's name
    (``country_named``: samenoun.noun_countries); and the article's one count of the
    countries its places and peoples name (participants/tally.py; ``sentences``: the number of the
    text's sentences, else the parse's)."""
    home = city = None
    if article.dateline:
        parts = article.dateline.split("/")[0].split(",")
        word = parts[0].strip().title()
        home = country_for_word(word)
        city = city_country(word) if home is None and city_country is not None else None
        said = region_country(parts[1].strip()) if city is not None and len(parts) > 1 and region_country else None
        city = said or city  # a town the gazetteer finds, of the country the dateline says
    placed = [(m.sentence_index, m.place.country_code) for m in places if m.place is not None and m.place.country_code]
    parsed = len(list(doc.sents))
    if filed_abroad(home or city, placed, parsed if sentences is None else sentences):
        home = city = None  # "NICOSIA - Iraqi troops invaded Kuwait ...": told from abroad, of no dateline country
    lead = min((i for i, _ in placed), default=-1)
    filed = home or city
    home_story = filed is not None and (lead, filed) in placed
    foreign = tuple(sorted({i for i, country in placed if country != filed}))
    spans = tuple((e.start_char, e.end_char) for e in ents(doc) if e.label_ == "PERSON")
    tally = country_tally(doc, places, parsed if sentences is None else sentences)
    orgs = tuple((e.start_char, e.end_char) for e in ents(doc) if e.label_ == "ORG")
    by_sentence: dict[int, set[str]] = {}
    for i, country in placed:
        by_sentence.setdefault(i, set()).add(country)
    one = tuple((i, next(iter(cs))) for i, cs in sorted(by_sentence.items()) if len(cs) == 1)
    governed = tuple((i, t) for i, cs in sorted(by_sentence.items()) if (t := governed_territory(cs)) is not None)
    lead_country, unplaced = story_lead(by_sentence, parsed) if filed is None else (None, ())
    return Discourse(
        home_country=home, person_spans=spans, org_spans=orgs, home_story=home_story, foreign_sentences=foreign,
        country_spans=tally.country_spans(), tally=tally,
        one_country_sentences=one if filed is None else (), fronted_places=fronted_places(doc, places),
        territory_sentences=governed if filed is None else (),
        city_country=city, noun_countries=noun_countries(doc, places, country_named) if country_named else (),
        lead_country=lead_country, unplaced_sentences=unplaced, titled=titled_people(doc),
        described=described_mentions(doc),
    )  # fmt: skip


def governed_territory(countries: set[str]) -> str | None:
    """The territory, where a sentence's countries are a governed territory and the state that rules
    it, and no other (lexicon ruling_states: French Polynesia and France)."""
    if len(countries) != 2:
        return None
    return next((c for c in countries if ruler(c) in countries), None)


def filed_abroad(filed: str | None, placed: Sequence[tuple[int, str]], sentences: int) -> bool:
    """Whether a story is told from abroad: a text of MIN_STORY sentences or more that names places or
    peoples (``placed``: the sentence and country of each), none of them of the dateline's country
    ``filed`` ("NICOSIA - Iraqi troops invaded Kuwait", "NAIROBI - ... in Kigali", "ABIDJAN - ... in
    Ouagadougou"). Its dateline says where the reporter was, not whose role words they are: rounds
    26-57 of the stories lent the dateline's country to 11 actors and recipients in 16 such stories,
    none of them right. A sentence or two need not name their dateline's country again ("HONG KONG -
    Police fired tear gas at protesters ... Beijing's"): one is no story told from abroad."""
    if filed is None or not placed or sentences < MIN_STORY:
        return False
    return all(country != filed for _, country in placed)


MIN_STORY = 3  # sentences: a story, not a sentence or two (as code/storyside.MIN_SENTENCES)


def fronted_places(doc: Doc, places: Sequence[Mention]) -> tuple[tuple[int, str], ...]:
    """The sentences that open with "In PLACE," ("In Kiev, Prime Minister Arseny Yatseniuk said
    ..."), with the place's country: a wire story's way of saying where a paragraph is told from,
    as a dateline says it for the whole story."""
    starts = {s.start_char: i for i, s in enumerate(doc.sents) if len(s) > 3 and s[0].lower_ == "in"}
    out = []
    for m in places:
        if m.place is None or not m.place.country_code:
            continue
        i = starts.get(m.start_char - 3)
        if i is not None and i == m.sentence_index and doc_text(doc)[m.end_char : m.end_char + 1] == ",":
            out.append((i, m.place.country_code))
    return tuple(out)
