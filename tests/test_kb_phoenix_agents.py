"""The imported agent words (newsevents.kb.phoenix_agents): the converter on an agents file of our
own, curated knowledge winning, the shipped layer, and the reader's checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.kb import KBError, KnowledgeBase
from newsevents.kb.files import load_builtin
from newsevents.kb.name_context import name_context
from newsevents.kb.phoenix_agents import (
    AGENTS_FILE,
    SOURCE,
    convert_agents,
    curated_names,
    merge_agents,
    read_agents,
)

AGENTS = """\
# an agents file of our own
!PERSON! = MAN, WOMAN
BEEKEEPER_ [~AGR]  # a new word of a known sector
RIVER_PILOT_ [~BUS]
+!PERSON!_OF_THE_RIVER_  # expands to MAN_OF_THE_RIVER_ and WOMAN_OF_THE_RIVER_: curated "man", "woman"
STATE_MEDIA_ [~GOV]  # the curated head noun 'media' is MED: left out
SOLDIER_ [~MIL]  # a curated sector word: left out
PRINCE_ [~GOV]  # a title before names: left out
A_WAR_COUNCIL_ [~MIL]  # the article is dropped
SPACE_CADET_ [~XYZ]  # a sector code the project lacks
"""


@pytest.fixture(scope="module")
def converted() -> tuple[str, list[tuple[str, str, str]]]:
    t = load_builtin(imported=False)
    text, counts = convert_agents(AGENTS, t.sectors, curated_names(t.countries, t.orgs, t.persons),
                                  name_context().honorifics)  # fmt: skip
    assert counts.other_codes == 1 and counts.honorifics == 1 and counts.curated == 4, counts
    rows = [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith(("#", "word\t"))]
    return text, rows  # type: ignore[return-value]


def test_the_converter_keeps_new_words_of_known_sectors(converted: tuple[str, list[tuple[str, str, str]]]) -> None:
    _text, rows = converted
    words = {w: (s, p) for w, s, p in rows}
    assert words["beekeeper"] == ("AGR", "beekeepers")
    assert words["river pilot"] == ("BUS", "river pilots")
    assert words["war council"] == ("MIL", "war councils")  # "A_" dropped
    # a curated word in the phrase ("media", "soldier", "man"), a title, an unknown sector: left out
    assert set(words) == {"beekeeper", "river pilot", "war council"}


def test_merged_words_resolve_below_the_curated_ones(converted: tuple[str, list[tuple[str, str, str]]]) -> None:
    _text, rows = converted
    t = load_builtin(imported=False)
    merge_agents(t.sectors, [tuple(r) for r in rows])  # type: ignore[misc]
    kb = KnowledgeBase(t.countries, t.orgs, t.persons, t.sectors)
    assert [(r.country, r.sector) for r in kb.resolve_phrase("Kenyan beekeepers")] == [("KEN", "AGR")]
    assert [(r.country, r.sector) for r in kb.resolve_phrase("Chinese state media")] == [("CHN", "MED")]


def test_an_unknown_sector_in_the_layer_is_refused() -> None:
    t = load_builtin(imported=False)
    with pytest.raises(KBError, match="unknown sector 'XYZ'"):
        merge_agents(t.sectors, [("space cadet", "XYZ", "")])


def test_the_shipped_agents_are_what_the_converter_writes(shared: Callable[[str], Path]) -> None:
    """Fails when the curated files or the converter changed: rerun scripts/import_petrarch.py."""
    source = shared(f"petrarch/{SOURCE}")
    t = load_builtin(imported=False)
    text, counts = convert_agents(source.read_text(encoding="utf-8", errors="replace"), t.sectors,
                                  curated_names(t.countries, t.orgs, t.persons), name_context().honorifics)  # fmt: skip
    shipped = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "kb" / "imported" / AGENTS_FILE
    assert shipped.read_text(encoding="utf-8") == text
    assert counts.words > 500


def test_the_default_kb_has_the_agent_words() -> None:
    assert len(read_agents()) > 500
    kb = KnowledgeBase.default()
    assert [(r.country, r.sector) for r in kb.resolve_phrase("Italian abbots")] == [("ITA", "REL")]
    assert kb.resolve_phrase("abbots") == []  # an agent word alone makes no actor
    # a curated strong word wins over an agent word ("rulers" is GOV in the agents file)
    assert [r.sector for r in kb.resolve_phrase("Niger's military rulers")] == ["MIL"]
    assert [r.sector for r in kb.resolve_phrase("Afghan rulers")] == ["GOV"]
    assert kb.sizes()["agent_words"] > 1000  # with plurals
