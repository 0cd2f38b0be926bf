"""The resolver says in a typed field (ActorRef.read, records.CountryRead) which word a country was
read from and how, so that later stages (participants.venue, visited, recipients) need not parse the
reason text. Phrases written for this test."""

from __future__ import annotations

import pytest

from coding import phrase_one
from newsevents.kb import KnowledgeBase
from newsevents.records import CountryRead


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        ("officials in Ankara", CountryRead("capital metonym", "Ankara", "in")),
        ("the Afghan people", CountryRead("demonym", "Afghan", None)),
        ("Peru", CountryRead("country name", "Peru", None)),
        ("riot police in Chile", CountryRead("country name", "Chile", "in")),
    ],
)
def test_the_country_word_and_its_kind_are_kept(kb: KnowledgeBase, phrase: str, read: CountryRead) -> None:
    assert phrase_one(kb, phrase, "2015-06-01").read == read


def test_an_organisation_or_a_person_has_no_country_read(kb: KnowledgeBase) -> None:
    assert phrase_one(kb, "NATO", "2015-06-01").read is None
    assert phrase_one(kb, "President Barack Obama", "2015-06-01").read is None
