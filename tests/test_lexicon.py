"""The lexicon (newsevents.lexicon, data/lexicon.yaml) and the sector groups of kb/sectors.yaml."""

from __future__ import annotations

import pytest

from newsevents.errors import KnowledgeError, NewseventsError
from newsevents.kb import KnowledgeBase
from newsevents.lexicon import LEXICON, SECTOR_GROUPS, parse_lexicon, parse_sector_groups, sector_group, table

SMALL = """
version: 1
lists:
  narrow: [in, at]
  wide:
    include: [narrow]
    words: [onto, along]
  widest:
    include: [wide, other]
    words: [amid]
  other: ["on", "off"]
tables:
  adjectives: {european: Europe}
"""


def test_includes_resolve_in_any_order() -> None:
    lists, tables = parse_lexicon(SMALL, "small.yaml")
    assert lists["narrow"] == frozenset({"in", "at"})
    assert lists["wide"] == frozenset({"in", "at", "onto", "along"})
    assert lists["widest"] == frozenset({"in", "at", "onto", "along", "on", "off", "amid"})
    assert dict(tables["adjectives"]) == {"european": "Europe"}


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("lists:\n  a: {include: [b], words: [x]}\n", "include 'b': no such list"),
        ("lists:\n  a: {include: [b], words: [x]}\n  b: {include: [a], words: [y]}\n", "include each other"),
        ("lists:\n  a: [x, y]\n  b: {include: [a], words: [y, z]}\n", "['y'] already come from an included list"),
        ("lists:\n  a: [x, x]\n", "'x' is listed twice"),
        ("lists:\n  a: [x, no]\n", "quote yes/no"),
        ("lists:\n  a: []\n", "non-empty list"),
        ("lists:\n  A: [x]\n", "lower case"),
        ("lists:\n  a: {words: [x]}\n", "'include' and 'words' only"),
        ("version: 2\nlists: {}\n", "unsupported version"),
        ("lists: {}\nwords: [x]\n", "unknown key"),
        ("lists: [x]\n", "'lists' mapping"),
        ("lists: {a: [x]}\ntables:\n  t: {x: 1}\n", "table 't'"),
        ("lists: {a: [x\n", "not valid YAML"),
    ],
)
def test_bad_lexicon_names_the_file_and_the_list(text: str, needle: str) -> None:
    with pytest.raises(KnowledgeError) as info:
        parse_lexicon(text, "bad_lexicon.yaml")
    assert isinstance(info.value, NewseventsError)
    assert str(info.value).startswith("bad_lexicon.yaml")
    assert needle in str(info.value)


def test_builtin_prepositions_of_place_nest() -> None:
    subject = LEXICON["subject_locative_prepositions"]
    phrase = LEXICON["place_phrase_prepositions"]
    place = LEXICON["place_prepositions"]
    locative = LEXICON["locative_prepositions"]
    assert subject < phrase < place < locative
    assert (len(subject), len(phrase), len(place), len(locative)) == (5, 7, 12, 23)  # "off" (sent24: "off Crete")
    assert "off" in phrase
    assert "around" in phrase - subject and "toward" in locative - place and "on" in place
    # not "including": "killed 85 people, including 13 U.S. service members", "titles including Pravda"
    assert "including" not in locative


def test_builtin_place_nouns() -> None:
    assert LEXICON["place_anaphor_nouns"] == {"city", "town", "village"}
    assert LEXICON["place_nouns"] < LEXICON["place_part_nouns"]
    assert "refugee" in LEXICON["place_name_nouns"] and "refugee" not in LEXICON["place_part_nouns"]
    assert "%" in LEXICON["not_year_after"] and "no" in LEXICON["not_year_before"]
    assert "Good" in LEXICON["not_weekday_before"]  # case kept: "Good Friday"
    assert table("region_adjectives")["middle eastern"] == "Middle East"
    assert all(isinstance(words, frozenset) and words for words in LEXICON.values())


def test_unknown_names_are_key_errors() -> None:
    with pytest.raises(KeyError, match="no list 'nope'"):
        LEXICON["nope"]
    with pytest.raises(KeyError, match="no table 'nope'"):
        table("nope")
    with pytest.raises(KeyError, match="unknown sector group"):
        sector_group("nope")


def test_sector_groups() -> None:
    state, domestic = sector_group("state"), sector_group("domestic")
    non_state, local = sector_group("non_state"), sector_group("local_people")
    assert {"GOV", "MIL", "COP"} <= state and domestic == {"COP", "JUD", "LEG"}
    assert domestic < state and local < non_state and not state & non_state
    kb = KnowledgeBase.default()
    for group in SECTOR_GROUPS:
        assert sector_group(group) == {code for code, s in kb.sectors.items() if group in s.groups}


def test_bad_sector_group_names_the_file_and_the_sector() -> None:
    text = "- code: GOV\n  name: Government\n  groups: [state, royal]\n"
    with pytest.raises(KnowledgeError, match=r"sectors\.yaml entry 1 \(GOV\): unknown sector group 'royal'"):
        parse_sector_groups(text, "sectors.yaml")
    assert parse_sector_groups("- code: mil\n  groups: [state]\n", "s.yaml")["state"] == {"MIL"}


def test_lemmatiser_quirks_have_twins_in_the_verb_frames() -> None:
    """Every verb-frame pattern written with a quirk lemma ("stag protest") has its twin with the
    true lemma ("stage protest"), with the same code when it has context words ("rap" alone is a
    verb of its own: "rapped the decision")."""
    from newsevents.code.verbframes import VerbFrames

    vf = VerbFrames.default()
    quirks = table("lemmatiser_quirks")
    assert quirks["stag"] == "stage"
    for quirk, lemma in quirks.items():
        true_codes = {text: code for text, code, _ in vf.patterns_for(lemma)}
        spelled = vf.patterns_for(quirk)
        assert spelled, f"no pattern uses the quirk {quirk!r}"
        for text, code, _ in spelled:
            twin = lemma + text[len(quirk) :]
            assert twin in true_codes, f"{text!r} has no twin {twin!r}"
            if text != quirk:
                assert true_codes[twin] == code, f"{text!r} and {twin!r} differ in code"
