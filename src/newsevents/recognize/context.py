"""The countries an article gives as context for resolving its place names (docs/gazetteer.md, rule 4):
its dateline's country, a strong context, and the countries its place and group names stand for, a
weak one (a town there does not beat a far larger town of the same name elsewhere)."""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import ents
from newsevents.recognize.toponyms import clean_name
from newsevents.resolve.datelines import qualifier_countries
from newsevents.work import Work

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer


# the sentences of a story's lead, where a story filed from abroad names the country it tells of
LEAD_SENTENCES = 2
# nouns of a state's agents: a country's name compounded before one says whose they are, like a demonym
# ("U.S. troops invaded Panama", "New Zealand police arrived in Tonga"), not the country the story tells of
_PARTY_NOUNS = LEXICON["placed_party_nouns"]


@dataclasses.dataclass(frozen=True)
class Context:
    """An article's countries for resolving its place names (ISO3): the dateline's, and those it names."""

    home: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    # the countries the article names, in order, the dateline's too (also by its demonym), also by an entity of
    # another label ("Burkina Faso's" tagged as an organisation); another country only in the lead's
    # :data:`LEAD_SENTENCES` sentences, and not by its demonym ("Belgian peacekeepers" in a story filed from
    # Kigali that never names Rwanda): what :attr:`told` reads
    told_named: tuple[str, ...] = ()

    @property
    def first(self) -> str | None:
        """The dateline's country, else the country the article names first."""
        return (self.home or self.named or (None,))[0]

    @property
    def told(self) -> str | None:
        """The country the story tells of: the dateline's, unless the article never names it (its name,
        demonym or the dateline's city) and names others (a story of Rwanda filed from Nairobi): then the
        first it names; without a dateline, the first its lead names other than by whose agents are ("U.S.
        troops invaded Panama": Panama, places52); else :attr:`first`."""
        if self.told_named and (not self.home or self.home[0] not in self.told_named):
            return self.told_named[0]
        return self.first


def article_countries(work: Work, kb: KnowledgeBase, gazetteer: Gazetteer) -> Context:
    """The dateline's country (the city's, else the country named after it) and the countries the
    article's place and group names stand for."""
    home: list[str] = []
    if work.article.dateline:  # "NAIROBI", "Port-au-Prince, Haiti": the city, else the country after it
        # "TRIPOLI, Lebanon": the city in the country its qualifier names, before the capital the name
        # is best known as (resolve/datelines.py)
        qualified = qualifier_countries(gazetteer, work.article.dateline)
        city = work.article.dateline.split(",")[0].strip().title()
        place, _, _ = gazetteer.resolve(city, context_countries=qualified) if qualified else (None, [], "")
        if place is not None and place.country_code in qualified:
            home.append(place.country_code)
        for part in (work.article.dateline, *work.article.dateline.split(",")) if not home else ():
            entry = kb.country_for_word(part.strip())
            if entry is not None:
                home.append(entry.iso3)
                break
            place, _, _ = gazetteer.resolve(part.strip().title())
            if place is not None and place.country_code:
                home.append(place.country_code)
                break
    named: list[str] = []
    told: list[str] = []
    lead = list(itertools.islice(work.doc.sents, LEAD_SENTENCES))
    lead_end = lead[-1].end_char if lead else 0
    for ent in ents(work.doc):
        if ent.label_ in {"GPE", "NORP"}:
            entry = kb.country_for_word(clean_name(ent.text))
            if entry is not None and entry.iso3 not in home + named:
                named.append(entry.iso3)
        else:  # "Burkina Faso's" tagged as an organisation, "the Solomon Islands" as a location
            entry = kb.country_named(clean_name(ent.text))
        # "Belgian peacekeepers", "U.S. troops": whose agents they are
        demonym = (ent.label_ == "NORP" or _party_owner(ent.root)) and entry is not None and entry.iso3 not in home
        home_told = entry is not None and entry.iso3 in home
        if entry is not None and entry.iso3 not in told and not demonym and (home_told or ent.end_char <= lead_end):
            told.append(entry.iso3)  # another country only in the lead: "a meeting in Costa Rica" told last is not it
    city = (work.article.dateline or "").split(",")[0].split("/")[0].strip().title()
    if home and len(city) > 2 and city in work.article.text:  # the story names its dateline's city: it is told there
        told.insert(0, home[0])
    return Context(tuple(home), tuple(named), tuple(told))


def _party_owner(tok: Token) -> bool:
    """Whether a name is compounded before a noun of a state's agents ("U.S. troops", "New Zealand
    police", through a conjunct: "Australian and New Zealand troops")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in {"compound", "amod", "nmod"} or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in _PARTY_NOUNS
