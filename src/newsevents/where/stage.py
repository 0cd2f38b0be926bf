"""Stage: where (see location.py)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON
from newsevents.progress import Placed
from newsevents.records import Mention, Place
from newsevents.resolve.capitals import capital_on
from newsevents.resolve.datelines import qualifier_countries
from newsevents.resolve.seats import seat_place
from newsevents.where.location import location
from newsevents.where.party import Met, met_at, party_place
from newsevents.where.scene import SCENE_TOLD, story_scene
from newsevents.where.site import test_site
from newsevents.where.steps import continued
from newsevents.where.story import SAME_SENTENCE, Setting, Told, sentence_sibling
from newsevents.where.vowplace import vow_place
from newsevents.work import Resources, StageFunc, Work, register

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.resolve.gazetteer import Gazetteer

# the people of a town that a story filed from elsewhere in its country may be set in (where/story._scene)
SCENE_POPULATION = 50_000
# a yielding order is placed where it was given ("ordered a halt to military operations in X"), like a statement
ORDERING_VERBS = LEXICON["ordering_verbs"]


def dateline_setting(gazetteer: Gazetteer, dateline: str | None) -> Setting:
    """The dateline's place ("NAIROBI", "Port-au-Prince, Haiti") and country; a dateline that is
    a country's name gives the country and no city, unless its capital bears the country's name
    ("KUWAIT": Kuwait City; "SINGAPORE"); a dateline of data/geo/seats.tsv ("UNITED NATIONS")
    gives its place. A qualifier after the city ("OKA, Quebec") is the context of its name."""
    country = gazetteer.country
    if not dateline:
        return Setting(country_place=country)
    name = dateline.split(",")[0].split("/")[0].strip()
    if not name:
        return Setting(country_place=country)
    place: Place | None = seat_place(gazetteer, "dateline", name)
    qualified = qualifier_countries(gazetteer, dateline)  # "OKA, Quebec": the Oka in Canada
    for form in dict.fromkeys((name.title(), name)) if place is None else ():
        place, _, _ = gazetteer.resolve(form, context_countries=qualified)
        if place is not None:
            break
    if place is None:
        return Setting(country_place=country)
    if place.level == "country":
        capital = gazetteer.capital_of(place.country_code) if place.country_code else None
        if capital is None or not _fold(capital.name).startswith(_fold(name)):
            return Setting(None, place.country_code, country)
        place = capital
    return Setting(place, place.country_code, country)


def article_setting(gazetteer: Gazetteer, work: Work) -> Setting:
    """The article's setting for :func:`~newsevents.where.location.location`: its dateline, and
    the capitals and seats on its publication day (the where stage's and the backoff's)."""
    setting = dateline_setting(gazetteer, work.article.dateline)
    day = work.article.pub_date
    return dataclasses.replace(
        setting,
        abroad=filed_abroad(setting, work),
        lead=0 if setting.dateline is not None and work.article.offset == 0 else None,
        capital=lambda iso3: capital_on(gazetteer, iso3, day)[0],
        seat=lambda code: seat_place(gazetteer, "org", code),
        populous=lambda gid: (p := gazetteer.place(gid)) is not None and p.population >= SCENE_POPULATION,
        named=frozenset(
            m.place.country_code
            for m in work.places
            if m.place is not None and m.place.level == "country" and m.place.country_code
        ),
    )


def filed_abroad(setting: Setting, work: Work) -> bool:
    """Whether a story is filed from a post abroad: its dateline names a city ("NAIROBI") of a country
    that no place mention of the story is in (no name, demonym or town of it), while it names places
    elsewhere (a story of Kigali filed from Nairobi, of a coup in Ouagadougou filed from Abidjan). Its
    actors' countries do not tell: an unnamed army or police is read as the dateline country's."""
    if setting.dateline is None or setting.country is None:
        return False
    named = {m.place.country_code for m in work.places if m.place is not None}
    return bool(named) and setting.country not in named


def _halts(verb: Token, root: str) -> bool:
    """Whether a yielding act (CAMEO 08) is an order of a thing ("ordered a halt to military
    operations in X", "decreed an end to ..."): placed as a statement, where the one who ordered
    was, not where what was halted went on. An order sending someone to act ("ordered troops to
    withdraw from X") is placed where they act; an ordered attack ("ordered an offensive against
    X") where it is."""
    return (
        root == "08"
        and verb.lemma_.lower() in ORDERING_VERBS
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
    )


def _names_place(m: Mention, si: int) -> bool:
    """Whether a place mention is a place named in sentence ``si`` (not a demonym)."""
    return m.sentence_index == si and m.place is not None and m.label != "demonym"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


@register("where", requires=("frames", "places", "participants", "derived", "when"), sets=("locations",))
def make_where(res: Resources) -> StageFunc:
    gazetteer = res.gazetteer
    admitting = res.rules.admitting_verbs  # an admission is placed as a statement, not where the act admitted was

    def where(work: Work) -> None:
        out: list[Placed] = [Placed(info.token_i) for _, info in work.frames]
        setting = article_setting(gazetteer, work)
        told: list[Told] = []
        met: list[Met] = []  # the meetings of the story placed so far, with their persons
        for k in sorted(range(len(work.frames)), key=lambda k: work.frames[k][1].token_i):  # in the text's order
            (frame, info), cast, derived = work.frames[k], work.participants[k], work.derived[k]
            match: FrameMatch | None
            if derived.demand is not None:
                frame, match = derived.demand.frame, derived.demand.match
            else:
                match = derived.match
            if match is None or match.code is None:
                continue
            verbal = frame.predicate_lemma in admitting or _halts(work.doc[info.token_i], match.code.root)
            dated = work.when[k] if k < len(work.when) else None
            info_ = dated.date.info if dated is not None else None
            year = info_.value[:4] if info_ is not None else None  # the event's year, whatever gave it
            own_year = year if dated is not None and dated.date.text else None  # from its own date words
            args = (setting, cast.actors, told, verbal, own_year)
            loc, why, own, step = location(work.doc, frame, match.code, work.places, *args)
            day = info_.value if info_ is not None else None
            party = party_place(step, cast.actors, met, day, own_year is not None, frame.sentence_index)
            if party is not None:  # "At a news conference, Gorbachev blamed ...": still at the summit
                loc, why, own, step = party[0], f"{why}; {party[1]}", False, "continued"
            site = test_site(work.doc, frame, step, cast.actors, year, loc)
            if site is not None:  # "SEOUL - North Korea said it had carried out a nuclear test"
                loc, why, own, step = site[0], f"{why}; {site[1]}", False, "site"
            material = (match.code.quad_class in {2, 4} or match.code.root == "14") and not verbal
            if step == "none" or (step == "domestic" and loc is not None and loc.precision == "country"):
                inland = loc.country_code if loc is not None else None
                sib = sentence_sibling(frame.sentence_index, told, own_year, material, inland)
                if sib is not None:  # "was shot dead at a rally in Tel Aviv, and police arrested the gunman"
                    loc, why, own, step = sib.loc, f"{why}; {SAME_SENTENCE} ('{sib.text}')", False, "continued"
            if loc is None and step == "none":
                named = (
                    m.place.country_code
                    for m in work.places
                    if m.place is not None and _names_place(m, frame.sentence_index)
                )
                scene = story_scene(frame.sentence_index, told, own_year, named)
                if scene is not None:  # "Troops fired on marchers in X ... Later the army detained the organisers"
                    how = f"{SCENE_TOLD} ('{scene.text}', sentence {scene.sentence_index})"
                    loc, why, own, step = scene.loc, f"{why}; {how}", False, "scene"
            vowed = vow_place(step, frame, told, work.places) if derived.demand and derived.demand.vow else None
            if vowed is not None:  # "told the rally the armed struggle would go on": not at the speaker's capital
                loc, why, own, step = vowed[0], f"{why}; {vowed[1]}", False, vowed[2]
            if m := met_at(match.code.root, loc, step, cast.actors, frame.sentence_index, frame.trigger_text, day):
                met.append(m)
            out[k] = Placed(info.token_i, loc, why, own, step)
            if loc is not None and loc.lat is not None and continued(step):
                told.append(Told(frame.sentence_index, loc, loc.extracted_place, year, material))
        work.locations = out

    return where
