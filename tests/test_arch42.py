"""arch42: the tables that say what each stage reads and writes (docs/architecture.md, the README) agree with the
registry; the one chooser between same-named places (recognize/namesakes.py); the blow told by the side it struck
reads the speaker the participants stage recorded (code/struckside.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.pipeline import DEFAULT_STAGES, load_stage_modules
from newsevents.recognize.namesakes import same_named_town
from newsevents.records import Place
from newsevents.work import STAGES

ROOT = Path(__file__).resolve().parent.parent


def _table(path: Path, reads: int, writes: int) -> dict[str, tuple[set[str], set[str]]]:
    """{stage: (reads, writes)} from the rows of a markdown table whose first cell is a stage's name."""
    rows: dict[str, tuple[set[str], set[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] in DEFAULT_STAGES and len(cells) > max(reads, writes):
            rows[cells[0]] = (set(re.split(r",\s*", cells[reads])), set(re.split(r",\s*", cells[writes])))
    return rows


@pytest.mark.parametrize(("doc", "reads", "writes"), [("docs/architecture.md", 2, 3), ("README.md", 1, 2)])
def test_the_stage_tables_say_what_each_stage_declares(doc: str, reads: int, writes: int) -> None:
    load_stage_modules()
    rows = _table(ROOT / doc, reads, writes)
    assert set(rows) == set(DEFAULT_STAGES)
    for name in DEFAULT_STAGES:
        stage = STAGES[name]
        assert rows[name] == (set(stage.requires), set(stage.sets)), name


def _town(name: str, iso3: str, gid: int, level: str = "city", code: str = "PPL", people: int = 1000) -> Place:
    return Place(name, gid, 0.0, 0.0, iso3, feature_code=code, population=people, level=level)  # type: ignore[arg-type]


ABROAD = _town("Springvale", "AUS", 1)
AT_HOME = _town("Springvale", "CAN", 2)
OTHER = _town("Springvale Heights", "CAN", 3)


def test_a_town_of_the_same_name_in_the_articles_country_is_chosen() -> None:
    got = same_named_town(ABROAD, [ABROAD, OTHER, AT_HOME], False, "Springvale", {"CAN"}, lambda p: False)
    assert got == AT_HOME


def test_the_gazetteers_choice_stands_where_the_callers_evidence_lets_it() -> None:
    got = same_named_town(ABROAD, [ABROAD, AT_HOME], False, "Springvale", {"CAN"}, lambda p: True)
    assert got == ABROAD


def test_no_town_of_the_name_in_the_articles_countries_gives_none() -> None:
    assert same_named_town(ABROAD, [ABROAD, OTHER], False, "Springvale", {"CAN"}, lambda p: False) is None


def test_a_choice_read_by_an_alternate_name_never_stands_by_itself() -> None:
    assert same_named_town(ABROAD, [ABROAD], True, "Springvale", set(), lambda p: True) is None


def test_the_levels_asked_bound_both_the_choice_and_the_namesakes() -> None:
    region = _town("Springvale", "CAN", 4, level="region")
    assert same_named_town(region, [region], False, "Springvale", {"CAN"}, lambda p: True, {"city"}) is None
    got = same_named_town(region, [region, AT_HOME], False, "Springvale", {"CAN"}, lambda p: True, {"city"})
    assert got == AT_HOME


@pytest.mark.model
def test_the_side_struck_is_read_from_the_speaker_the_participants_stage_recorded(pipeline: object) -> None:
    from newsevents.records import Article

    text = "Armenia's defence ministry said Azerbaijani drones had bombed two villages overnight."
    coded = pipeline.code(Article(id="arch42", text=text))  # type: ignore[attr-defined]
    bombed = [e for e in coded.events if e.event_text.startswith("bombed")]
    assert bombed and {r.country for r in bombed[0].recipient} == {"ARM"}
    assert any("the side struck" in why for why in bombed[0].reasons)
