"""The alias matcher's precomputed tables and fast paths give what the plain rules give."""

from __future__ import annotations

import pytest

from newsevents.kb import KnowledgeBase
from newsevents.kb.match import _TOKEN_RE, Hit, Match, Token, _case_ok, _word_tokens, tokenize
from newsevents.kb.resolve import PhraseResolver


@pytest.fixture(scope="module")
def resolver() -> PhraseResolver:
    return PhraseResolver(KnowledgeBase.default())


def _reference_tokenize(text: str) -> list[tuple[str, int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        for word, start, end, key in _word_tokens(m.group()):
            out.append((word, m.start() + start, m.start() + end, key))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "U.S.-backed forces and the U.S. Army",
        "__Kabul__ ,, Kabul;Kabul (Kabul)",
        "Côte d’Ivoire's president, Côte d’Ivoire",
        "a.b. a.b.. a.b a",
        "Hungarian and Romanian officials -- officials-- officials",
        "",
        "  ,  ",
    ],
)
def test_tokenize_offsets(text: str) -> None:
    assert [tuple(t) for t in tokenize(text)] == _reference_tokenize(text)
    for t in tokenize(text):
        assert isinstance(t, Token)


def test_match_kinds_computed_or_given() -> None:
    hits = [Hit("country", "AFG", "Afghanistan"), Hit("sector", "GOV", "government", sector="GOV")]
    assert Match(0, 1, 0, 3, "abc", hits).kinds == {"country", "sector"}
    assert Match(0, 1, 0, 3, "abc", hits, False, frozenset({"country"})).kinds == {"country"}


def test_cased_tables_agree_with_case_rules(resolver: PhraseResolver) -> None:
    for key, hits in resolver.index.items():
        entry = resolver.cased.get(key)
        if any(h.case == "upper" for h in hits) or key in resolver.imported_keys:
            assert entry is None
            continue
        assert entry is not None
        for capital, (expected_hits, expected_kinds) in ((True, entry[:2]), (False, entry[2:])):
            span = [Token(("X" if capital else "x") + k, 0, 1, k) for k in key]
            want = [h for h in hits if _case_ok(h.case, span)]
            assert expected_hits == want
            assert expected_kinds == {h.kind for h in want}
        top, one = resolver.first[key[0]]
        assert top >= len(key)
        if top == 1:
            assert one is resolver.cased.get(key)


def test_misspelling_memo_gives_the_same_result(resolver: PhraseResolver) -> None:
    first = resolver.resolve("Afganistan officials and Ethopia")
    again = resolver.resolve("Afganistan officials and Ethopia")
    assert first == again
    assert [r.code for r in first] == ["AFGGOV", "ETH"]
    assert resolver.resolve("Jordon Peterson") == resolver.resolve("Jordon Peterson") == []
