"""Typed fields read instead of reason text or local copies: records.first_day, the determiner sets of
parse.syntax, the gazetteer's Reading.by_alternate and Mention.by_alternate."""

import datetime as dt

from newsevents.parse.syntax import DEFINITE_DETERMINERS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from newsevents.records import first_day


def test_day_month_year() -> None:
    assert first_day("2019-03-14") == dt.date(2019, 3, 14)
    assert first_day("2019-03") == dt.date(2019, 3, 1)
    assert first_day("1994") == dt.date(1994, 1, 1)


def test_no_value_or_no_date() -> None:
    assert first_day(None) is None
    assert first_day("") is None
    assert first_day("2019-02-30") is None
    assert first_day("unknown") is None


def test_determiner_sets() -> None:
    assert DEFINITE_DETERMINERS == DEMONSTRATIVES | POSSESSIVE_DETERMINERS
    assert "the" in DEMONSTRATIVES and "their" not in DEMONSTRATIVES
    assert POSSESSIVE_DETERMINERS == {"its", "his", "her", "their"}


def test_mention_by_alternate_from_the_gazetteer() -> None:
    """A place mention read by an alternate name only carries ``by_alternate``; one read by its
    own name does not (recognize/places.py; read by nearby, owner and toponyms)."""
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    art = Article(id="t1", text="Troops moved from Kaboul to Kandahar on Monday.", pub_date=dt.date(2001, 11, 12))
    places = {m.text: m for m in Pipeline().code(art).mentions if m.kind == "place"}
    assert places["Kaboul"].place is not None and places["Kaboul"].place.name == "Kabul"
    assert places["Kaboul"].by_alternate
    assert not places["Kandahar"].by_alternate


def test_kind_of_a_knowledge_base_id() -> None:
    """ActorRef.kind and kb_ref read the id's kind and local part (records.kb_kind), for every
    reader that used to test the id's prefix."""
    from newsevents.records import ActorRef, kb_kind

    assert kb_kind("person:vladimir_putin") == "person"
    assert kb_kind("sector:MIL") == "sector"
    assert kb_kind(None) is None and kb_kind("") is None and kb_kind("nocolon") is None
    nato = ActorRef("NATO", "NATO", "IGOWSTNAT", None, "IGO", "org:nato")
    assert nato.kind == "org" and nato.kb_ref == "nato" and not nato.place_people
    people = ActorRef.people_of("FRA", "Parisians", "people of a place")
    assert people.kind == "place" and people.place_people
    assert ActorRef("them", None, None, None, None, None).kind is None


def test_embedded_town_named_with_its_place_noun() -> None:
    """A small town in an organisation's name counts only when its place noun is named with it
    ("the Ennis Town Council", 28,000 people): the gazetteer's Reading.place_noun, not the reason's
    words (recognize/toponyms._embedded_ok)."""
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    text = "The Ennis Town Council said on Monday it would close the road."
    art = Article(id="t2", text=text, pub_date=dt.date(2019, 5, 14))
    places = [m.place for m in Pipeline().code(art).mentions if m.kind == "place" and m.place is not None]
    assert [(p.name, p.country_code, p.level) for p in places] == [("Ennis", "IRL", "city")]


def test_where_stage_names_the_step_of_each_place() -> None:
    """The where stage's record says which step of the chain placed an event (where/steps.Step):
    the sentence's own place, the dateline city of a local event, the place continued from the event
    told just before; only the sentence's own place may be continued (steps.continued), and only a
    seat or a state's capital is inferred from who acted (steps.inferred)."""
    from newsevents.parse.tree import open_index, release
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article
    from newsevents.where.steps import continued, inferred
    from newsevents.work import Work

    text = (
        "Kenyan police arrested ten opposition activists in Mombasa on Monday. "
        "Police also detained two journalists. "
        "Kenyan police arrested five students."
    )
    p = Pipeline()
    article = Article(id="t3", text=text, pub_date=dt.date(2015, 3, 4), dateline="NAIROBI")
    doc = p.res.nlp(text)
    work = Work(article=article, doc=doc, coded_date=p.coded_date, index=open_index(doc))
    try:
        for st in p.stages:
            st.factory(p.res)(work)
    finally:
        release(doc)
    steps = [(f.trigger_text, placed.step, placed.loc.extracted_place if placed.loc else None)
             for (f, _), placed in zip(work.frames, work.locations, strict=True)]  # fmt: skip
    assert ("arrested", "sentence", "Mombasa") in steps
    assert ("detained", "continued", "Mombasa") in steps
    assert ("arrested", "continued", "Mombasa") in steps  # two sentences on: still the story's scene
    assert continued("sentence") and not continued("continued") and not continued("dateline")
    assert inferred("seat") and inferred("state_capital") and not inferred("domestic")
