"""Floors on the blind sets kept with the project (tests/data/blind: first round, tests/data/blind2:
second round; their READMEs say who wrote them and how they were measured).

They were written blind to the code, so they show accuracy on news the rules were not tuned to. The
floors are the figures at the end of the session that measured them; only ever raise them. The
stories' places floors are those after the places session of 2026-12-03 (0.860 and 0.846), which
used both rounds for error analysis: they no longer measure blind accuracy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import DATA
from newsevents.evaluate.probes import score_actor_probes, score_dates
from newsevents.evaluate.scorer import evaluate_file

pytestmark = pytest.mark.model

EVENT_FLOORS: dict[str, dict[str, float]] = {
    "blind/sentences.jsonl": {
        "group_recall": 0.69,
        "precision": 0.77,
        "actor_country": 0.91,
        "recipient_country": 0.80,
    },
    "blind/stories.jsonl": {
        "group_recall": 0.76,
        "precision": 0.85,
        "actor_country": 0.91,
        "recipient_country": 0.69,
        "dates": 0.90,
        "places": 0.86,
    },
    "blind2/sentences.jsonl": {
        "group_recall": 0.74,
        "precision": 0.81,
        "actor_country": 0.90,
        "recipient_country": 0.78,
    },
    "blind2/stories.jsonl": {
        "group_recall": 0.78,
        "precision": 0.77,
        "actor_country": 0.85,
        "recipient_country": 0.68,
        "dates": 0.89,
        "places": 0.84,
    },
}
# (real right, traps right, sector on real rows)
PROBE_FLOORS = {"blind/actor_probes.tsv": (0.98, 0.99, 0.94), "blind2/actor_probes.tsv": (0.98, 0.99, 0.92)}
# (strict, value only)
DATE_FLOORS = {"blind/dates.tsv": (0.98, 0.98), "blind2/dates.tsv": (0.90, 0.93)}


@pytest.mark.parametrize("name", sorted(EVENT_FLOORS))
def test_blind_event_floors(name: str, pipeline: Any) -> None:
    scores = evaluate_file(DATA / name, pipeline)
    for metric, floor in EVENT_FLOORS[name].items():
        value = getattr(scores, metric).value
        assert value is not None and value >= floor, f"{name} {metric}: {value} < {floor}"


@pytest.mark.parametrize("name", sorted(PROBE_FLOORS))
def test_blind_actor_probe_floors(name: str, pipeline: Any) -> None:
    scores = score_actor_probes(DATA / name, pipeline.res.resolve_phrase)
    real, traps, sector = PROBE_FLOORS[name]
    assert scores.share("real") >= real, scores.wrong[:10]
    assert scores.share("traps") >= traps, [w for w in scores.wrong if w.startswith("[trap]")][:10]
    assert scores.share("sector") >= sector


@pytest.mark.parametrize("name", sorted(DATE_FLOORS))
def test_blind_date_floors(name: str) -> None:
    scores = score_dates(DATA / name)
    strict, lenient = DATE_FLOORS[name]
    assert scores.rows > 300
    assert scores.strict / scores.rows >= strict, scores.wrong[:10]
    assert scores.lenient / scores.rows >= lenient


def test_probe_scorer_tells_right_from_wrong(tmp_path: Path) -> None:
    probes = tmp_path / "probes.tsv"
    probes.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "Freedonian police\t2001-05-01\tFRE\tCOP\t-\tno\tmade up\n"
        "Paris Hilton\t2001-05-01\tUSA\t-\tParis Hilton\tyes\tmade up\n",
        encoding="utf-8",
    )
    from newsevents.records import ActorRef

    def resolve(phrase: str, day: object) -> list[ActorRef]:
        if phrase.startswith("Freedonian"):
            return [ActorRef(phrase, None, "FRECOP", "FRE", "COP", None)]
        return [ActorRef(phrase, "France", "FRA", "FRA", "GOV", "country:FRA")]

    scores = score_actor_probes(probes, resolve)
    assert scores.real == (1, 1) and scores.sector == (1, 1)
    assert scores.traps == (0, 1) and scores.wrong[0].startswith("[trap] 'Paris Hilton'")
