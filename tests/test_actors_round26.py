"""Actor resolution, session 26 (sentences written for these tests): the per-sentence reading of a
sentence's entities (ActorReader.entities); officials known only by a role word take no country from
the place they act at (code.parties.local_people)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import spacy
from spacy.tokens import Span

from coding import code_on
from newsevents.code.parties import local_people
from newsevents.code.rules import CodeRules
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, EventLocation

LABELS = frozenset({"GPE", "PERSON"})


def _doc_and_reader() -> tuple[spacy.tokens.Doc, ActorReader, list[str]]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Poland protested to Hungary. Belgium said nothing.")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE"), Span(doc, 5, 6, "GPE")]
    calls: list[str] = []

    def resolve(words: str, day: dt.date | None) -> list[ActorRef]:
        iso = {"Poland": "POL", "Hungary": "HUN", "Belgium": "BEL"}.get(words)
        if iso is None:
            return []
        calls.append(words)
        return [ActorRef(words, words, iso, iso, None, f"country:{iso}")]

    return doc, ActorReader(doc.text, resolve, CodeRules.load()), calls


def test_a_sentences_entities_are_read_once_per_discourse() -> None:
    doc, reader, calls = _doc_and_reader()
    first = next(iter(doc.sents))
    disc = Discourse()
    got = reader.entities(first, LABELS, None, disc)
    assert [(e.text, [r.country for r in refs]) for e, refs in got] == [("Poland", ["POL"]), ("Hungary", ["HUN"])]
    assert reader.entities(first, LABELS, None, disc) is got  # the second rule asking reads nothing again
    assert calls == ["Poland", "Hungary"]


def test_another_discourse_or_date_or_sentence_reads_again() -> None:
    doc, reader, calls = _doc_and_reader()
    first, second = list(doc.sents)
    disc = Discourse()
    reader.entities(first, LABELS, None, disc)
    reader.entities(first, LABELS, None, Discourse(home_country="POL"))  # a later discourse: read again
    reader.entities(first, LABELS, dt.date(1990, 1, 1), disc)  # another date: read again
    assert calls == ["Poland", "Hungary"] * 3
    assert [e.text for e, _ in reader.entities(second, LABELS, None, disc)] == ["Belgium"]
    assert reader.entities(first, frozenset({"PERSON"}), None, disc) == ()  # labels chosen


# -- officials take no country from the place they act at (code.parties.local_people) ----------------


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, words, sector, None, sector, f"sector:{sector}")


def _place(name: str, iso: str) -> EventLocation:
    return EventLocation(name, name, None, None, None, iso, None, None, None, "test")


def test_officials_acting_at_a_place_are_not_of_its_country() -> None:
    for words in ("regional governments", "the leaders", "the national security adviser"):
        refs, why = local_people([_role(words, "GOV")], [], _place("Accra", "GHA"), "163", officials=False)
        assert refs[0].country is None and why is None, words


def test_people_acting_at_a_place_are_still_of_its_country() -> None:
    for words, sector in (("students", "EDU"), ("protesters", "OPP"), ("rebels", "REB"), ("villagers", "CVL")):
        refs, _ = local_people([_role(words, sector)], [], _place("Dhaka", "BGD"), "145", officials=False)
        assert refs[0].country == "BGD", words


def test_a_recipient_official_keeps_the_place_rule() -> None:
    refs, _ = local_people([_role("officials", "GOV")], [], _place("Accra", "GHA"), "")  # officials=True
    assert refs[0].country == "GHA"


def test_a_summit_of_governments_names_no_host_as_actor(pipeline: Any) -> None:
    text = "Regional governments imposed sanctions at a summit in Accra on Tuesday."
    events = code_on(pipeline, text, "2015-05-15")
    assert "GHA" not in {r.country for e in events for r in e.actor}


def test_actors_a_word_of_several_states_names_take_no_country_from_the_place() -> None:
    for words in ("Western donors", "international monitors", "European envoys"):
        refs, why = local_people([_role(words, "CVL")], [], _place("Brussels", "BEL"), "070", officials=False)
        assert refs[0].country is None and why is None, words
