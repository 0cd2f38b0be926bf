"""Knowledge base, seventh session (issue 12): an entry's aliases that differ only in case, names that
start with a longer alias after "the", ... (examples written for these tests, not taken from the blind
sets)."""

from __future__ import annotations

import pytest

from coding import phrase_one, phrase_refs
from newsevents.kb import KnowledgeBase
from newsevents.kb.match import Hit
from newsevents.kb.resolve import PhraseResolver


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


# -- one entry's aliases that differ only in case ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Renamo guerrillas", "MOZREBREN"),  # "RENAMO" and "Renamo" are both aliases
        ("RENAMO guerrillas", "MOZREBREN"),
        ("Zanu-PF supporters", "ZWEPTYZANU"),  # name "ZANU-PF", alias "Zanu-PF"
        ("ZANU-PF", "ZWEPTYZANU"),
    ],
)
def test_an_alias_in_capitals_does_not_hide_its_capitalised_spelling(kb: KnowledgeBase, text: str, code: str) -> None:
    assert phrase_one(kb, text, "1990-08-01" if "enamo" in text.lower() else "2013-07-01").code == code


def test_the_looser_case_rule_is_kept_once(kb: KnowledgeBase) -> None:
    resolver = PhraseResolver(kb)
    resolver._add("Velanic Front", Hit("org", "zz-test", "VELANIC FRONT", case="upper"))
    resolver._add("Velanic Front", Hit("org", "zz-test", "Velanic Front", case="cap"))
    hits = [h for h in resolver.index[("velanic", "front")] if h.ref == "zz-test"]
    assert [h.case for h in hits] == ["cap"]
    resolver._add("Velanic Front", Hit("org", "zz-test", "VELANIC FRONT", case="upper"))
    assert [h.case for h in resolver.index[("velanic", "front")] if h.ref == "zz-test"] == ["cap"]


def test_all_capitals_alone_still_needs_capitals(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "who", "2020-01-01") == []  # WHO
    assert phrase_refs(kb, "us", "2020-01-01") == []  # US
