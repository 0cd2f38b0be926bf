"""Dates the parser hid from the act (dates44 session): a ballot named by its day in the clause of an
electorate's vote, however deep the parser hung it (when/naming.ballot_date); a meeting noun held or
placed in a dated clause is the occasion of that day (when/newsday.occasion_verb); a time clause whose past
verb the parser read as a modifier of a noun of its head's clause (when/offsets.misread_time_clause).
Every text is written for this test (none is taken from a gold or blind set); traps must stay as they
are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.records import Event

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07, Monday 06-06, Sunday 06-05


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a ballot named by its day, in the clause of an electorate's vote -------------------------------------


@pytest.mark.model
def test_a_ballot_under_the_object_dates_the_electorates_vote(pipeline: Any) -> None:
    text = "Irish voters rejected a treaty to reform the union's institutions in Tuesday's referendum."
    rejected = _at(pipeline, text, "rejected")
    assert rejected and rejected[0].date == "2011-06-07" and rejected[0].date_precision == "day"
    text = "Swiss voters turned down a plan offered by the government in Sunday's referendum."
    turned = _at(pipeline, text, "turned down")
    assert turned and turned[0].date == "2011-06-05" and turned[0].date_precision == "day"


@pytest.mark.model
def test_a_ballot_under_a_gerund_dates_a_vote(pipeline: Any) -> None:
    text = "Bolivians voted against extending the president's term in Tuesday's plebiscite."
    voted = _at(pipeline, text, "voted")
    assert voted and voted[0].date == "2011-06-07" and voted[0].date_precision == "day"


@pytest.mark.model
def test_a_ballot_is_no_date_of_a_rejection_by_another_than_the_electorate(pipeline: Any) -> None:  # trap
    text = "The opposition rejected the fraud committed in Tuesday's election."
    for ev in _at(pipeline, text, "rejected"):
        assert ev.date != "2011-06-07"


def test_only_a_vote_of_the_electorate_is_dated_by_its_ballot() -> None:
    """The word lists and the walk, on parses built by hand (no model)."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.when.naming import ballot_date

    vocab = spacy.blank("en").vocab
    words = ["Swiss", "voters", "rejected", "a", "plan", "offered", "by", "Bern", "in", "Sunday", "'s"]
    words += ["referendum", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 6, 5, 11, 9, 8, 2]
    deps = ["amod", "nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "prep", "poss", "case", "pobj", "punct"]
    lemmas = ["swiss", "voter", "reject", "a", "plan", "offer", "by", "bern", "in", "sunday", "'s", "referendum", "."]
    pos = ["ADJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    sunday = (doc[9].idx, doc[9].idx + len("Sunday"))
    assert ballot_date(doc, [sunday], doc[2]) == sunday
    lemmas[1], words[1] = "opposition", "opposition"  # trap: not the electorate's vote
    other = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert ballot_date(other, [(other[9].idx, other[9].idx + len("Sunday"))], other[2]) is None
    lemmas[1], words[1], lemmas[11], words[11] = "voter", "voters", "rally", "rally"  # trap: no ballot
    rally = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert ballot_date(rally, [(rally[9].idx, rally[9].idx + len("Sunday"))], rally[2]) is None


# --- a time clause whose past verb the parser read as a noun's modifier -----------------------------------


def test_a_time_clause_read_as_a_compound_counts_from_the_clause_above() -> None:
    """The parser may read "..., a day after the army hanged writer X" as "hanged writer", a compound of
    the object of the clause before: the clause is still counted a day before that clause's verb (a
    parse built by hand)."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.when.offsets import subordinate_offset

    vocab = spacy.blank("en").vocab
    words = ["Donors", "suspended", "Chad", "on", "Saturday", ",", "a", "day", "after", "the", "army", "hanged"]
    words += ["writer", "Idriss", "Deby", "."]
    heads = [1, 1, 14, 1, 3, 1, 7, 11, 11, 10, 11, 12, 14, 14, 1, 1]
    deps = ["nsubj", "ROOT", "compound", "prep", "pobj", "punct", "det", "npadvmod", "mark", "det", "nsubj"]
    deps += ["compound", "compound", "compound", "dobj", "punct"]
    tags = ["NNS", "VBD", "NNP", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "VBD", "NN", "NNP", "NNP", "."]
    pos = ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB"]
    pos += ["NOUN", "PROPN", "PROPN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[11] = "hang"
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    counted = subordinate_offset(doc[11])
    assert counted is not None and counted[0].i == 1 and counted[1] == -1 and counted[2] == "a day after"
    deps[8] = "det"  # trap: no subordinator of its own ("the army-hanged writer"): a noun's modifier
    plain = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert subordinate_offset(plain[11]) is None


# --- a meeting noun is the occasion of its clause ----------------------------------------------------------


@pytest.mark.model
def test_a_summit_opened_on_a_day_is_that_days(pipeline: Any) -> None:
    text = "Leaders of the five nations opened a two-day summit in Lusaka on Tuesday."
    summit = _at(pipeline, text, "summit")
    assert summit and summit[0].date == "2011-06-07" and summit[0].date_precision == "day"


@pytest.mark.model
def test_a_meeting_or_a_visit_placed_in_a_dated_clause_is_that_days(pipeline: Any) -> None:
    text = "The two presidents shook hands in Hanoi on Tuesday at the first meeting between leaders of the two sides."
    meeting = _at(pipeline, text, "meeting")
    assert meeting and meeting[0].date == "2011-06-07" and meeting[0].date_precision == "day"
    text = "The premier agreed on Tuesday to cut tariffs on steel during a visit by the Korean president."
    visit = _at(pipeline, text, "visit")
    assert visit and visit[0].date == "2011-06-07"


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Any:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_only_a_meeting_held_or_placed_at_is_the_occasion() -> None:
    """when/newsday.occasion_verb on parses built by hand (no model): traps for a meeting called off, one
    a purpose ("for talks") and one counted from ("two days after talks")."""
    from newsevents.lexicon import LEXICON
    from newsevents.when.newsday import occasion_verb

    nouns, verbs = LEXICON["occasion_nouns"], LEXICON["occasion_verbs"]
    words = ["Leaders", "opened", "the", "summit", "on", "Tuesday", "."]
    heads, deps = [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    opened = _doc(words, heads, deps, pos, ["leader", "open", "the", "summit", "on", "tuesday", "."])
    verb = occasion_verb(opened[3], nouns, verbs)
    assert verb is not None and verb.i == 1
    called = _doc(words, heads, deps, pos, ["leader", "cancel", "the", "summit", "on", "tuesday", "."])
    assert occasion_verb(called[3], nouns, verbs) is None  # trap: a meeting called off
    words = ["Ministers", "flew", "in", "on", "Tuesday", "for", "talks", "."]
    heads, deps = [1, 1, 1, 1, 3, 1, 5, 1], ["nsubj", "ROOT", "advmod", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "ADV", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["minister", "fly", "in", "on", "tuesday", "for", "talk", "."]
    assert occasion_verb(_doc(words, heads, deps, pos, lemmas)[6], nouns, verbs) is None  # trap: a purpose
    words = ["Ministers", "met", "two", "days", "after", "talks", "."]
    heads, deps = [1, 1, 3, 4, 1, 4, 1], ["nsubj", "ROOT", "nummod", "npadvmod", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["minister", "meet", "two", "day", "after", "talk", "."]
    assert occasion_verb(_doc(words, heads, deps, pos, lemmas)[5], nouns, verbs) is None  # trap: counted
