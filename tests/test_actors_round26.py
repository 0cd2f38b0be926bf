"""Actor resolution, session 26: the per-sentence reading of a sentence's entities (ActorReader.entities)."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Span

from newsevents.code.rules import CodeRules
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef

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
