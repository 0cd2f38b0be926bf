"""`newsevents eval`: the scorer itself, and pinned floors on the project's own gold and the seed.

Floors are what the coder reached when they were set; only ever raise them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA
from newsevents.errors import GoldFormatError
from newsevents.evaluate.scorer import Scores, evaluate_file, haversine_km, read_gold

pytestmark = pytest.mark.model

OWN_FLOORS = {
    "group_recall": 0.96,  # 0.962 with the fourth session's clauses (issue 11)
    "precision": 0.96,
    "actor_country": 1.0,
    "recipient_country": 0.95,  # 0.952 (thirty-first session, merged: acts aimed at home); 0.927 (thirtieth)
    "dates": 0.92,  # 0.929 (thirtieth session, merged); 0.857 (fourth session, end)
    "modality": 1.0,
    "places": 0.80,  # found more (issue 11, fourth session): 8/9 -> 8/10 (a relief convoy found, told with no place)
}
# 100 news-style sentences written for the project by a helper who saw neither the code nor the
# development gold (tests/data/heldout_news.jsonl; events between real countries, some invented:
# they are test sentences, not reports). First measured blind: recall 0.847, precision 0.899,
# actor country F1 0.953, recipient country F1 0.867; since then used for development too.
HELDOUT_FLOORS = {
    "group_recall": 0.96,  # 0.965 with the recall and the precision mechanisms of issue 11 (third session)
    "precision": 0.95,  # 0.959 (negatives' false events counted since the twenty-seventh session; was 0.96)
    "actor_country": 0.97,  # 0.973
    "recipient_country": 0.90,  # 0.902 with the recipients of issue 12 (fourth session); 0.901 sixth session
}
SEED_FLOORS = {
    "group_recall": 1.0,
    "precision": 1.0,
    "actor_country": 1.0,
    "recipient_country": 1.0,
    "dates": 1.0,
    "modality": 1.0,
    "places": 1.0,
}


def _check(scores: Scores, floors: dict[str, float]) -> None:
    for name, floor in floors.items():
        value = getattr(scores, name).value
        assert value is not None and value >= floor, f"{name}: {value} < {floor}"


def test_haversine() -> None:
    assert haversine_km(34.5281, 69.1723, 38.5358, 68.7791) == pytest.approx(446, abs=5)  # Kabul–Dushanbe
    assert haversine_km(0, 0, 0, 0) == 0


def test_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "x", "text": "ok"}\n{not json\n')
    with pytest.raises(GoldFormatError, match="g.jsonl:2"):
        list(read_gold(f))


def test_scorer_counts_misses_and_false_positives(tmp_path: Path, pipeline: Any) -> None:
    rec = {
        "id": "t1",
        "date": "2024-03-06",
        "text": "Israeli warplanes bombed Hamas positions in Gaza on Tuesday.",
        "events": [
            {
                "id": "e1",
                "event": "PROTEST",
                "actor": [{"country": "ISR"}],
                "recipient": [],
                "evidence": "Israeli warplanes bombed",
                "group": "g",
                "optional": False,
            }
        ],
    }
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(rec))
    s = evaluate_file(f, pipeline)
    assert s.group_recall.hit == 0 and s.group_recall.total == 1
    assert s.false_positives == 1  # the ASSAULT matches no gold event
    rec["events"][0]["event"] = "ASSAULT"
    rec["events"][0]["date"] = "2024-03-05"
    f.write_text(json.dumps(rec))
    s = evaluate_file(f, pipeline)
    assert (s.group_recall.hit, s.false_positives, s.dates.hit, s.dates.total) == (1, 0, 1, 1)
    assert s.actor_country.value == 1.0


def test_output_events_of_a_negative_record_are_false_events(tmp_path: Path, pipeline: Any) -> None:
    # A record with no gold event (a negative) in a file of coded events: whatever the coder outputs
    # there is a false event; a file with no event type at all (location gold) scores no precision.
    coded = {
        "id": "n0",
        "date": "2019-05-02",
        "text": "Kenyan police arrested three opposition leaders in Nairobi on Monday.",
        "events": [
            {
                "id": "e1",
                "event": "COERCE",
                "actor": [{"country": "KEN"}],
                "recipient": [{"country": "KEN"}],
                "evidence": "arrested",
                "group": "g",
                "optional": False,
            }
        ],
    }
    negative = {
        "id": "n1",
        "date": "2019-05-02",
        "text": "Chilean troops shelled a rebel camp on Monday.",
        "events": [],
    }
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(coded) + "\n" + json.dumps(negative) + "\n")
    s = evaluate_file(f, pipeline)
    assert s.group_recall.hit == 1
    assert s.false_positives >= 1 and s.precision.total == s.precision.hit + s.false_positives
    assert any(line.startswith("n1:") and "ASSAULT" in line for line in s.report)
    f.write_text(json.dumps(negative) + "\n")
    s = evaluate_file(f, pipeline)
    assert s.precision.total == 0 and s.false_positives == 0


def test_each_group_is_scored_on_the_act_its_evidence_tells(tmp_path: Path, pipeline: Any) -> None:
    # Two acts of one type in a sentence: each gold group's fields are compared with the output whose
    # trigger stands inside that group's evidence (and one output is not scored for two groups), whatever
    # order the gold lists them in.
    events = [
        ("a", "Germany condemned Syria", "DEU", "SYR"),
        ("b", "France condemned Iran", "FRA", "IRN"),
    ]
    rec = {
        "id": "t2",
        "date": "2024-03-06",
        "text": "France condemned Iran on Monday, and Germany condemned Syria on Tuesday.",
        "events": [
            {
                "id": f"e{i}",
                "event": "ACCUSE",
                "actor": [{"country": actor}],
                "recipient": [{"country": recipient}],
                "evidence": evidence,
                "group": group,
                "optional": False,
            }
            for i, (group, evidence, actor, recipient) in enumerate(events)
        ],
    }
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(rec))
    s = evaluate_file(f, pipeline)
    assert s.group_recall.hit == 2
    assert (s.actor_country.value, s.recipient_country.value) == (1.0, 1.0)


def test_gold_pseudo_countries_match_international_organisations() -> None:
    from newsevents.evaluate.scorer import _pseudo_countries
    from newsevents.records import ActorRef

    red_cross = ActorRef("Red Cross", "ICRC", "NGOICRC", None, "NGO", "org:icrc")
    al_qaeda = ActorRef("al-Qaeda", "al-Qaeda", "IMGREBAQ", None, "REB", "org:al-qaeda")
    kenya = ActorRef("Kenya", "Kenya", "KEN", "KEN", None, "country:KEN")
    assert _pseudo_countries({"IGO"}, (red_cross, kenya)) == {"IGO"}
    assert _pseudo_countries({"IMG", "USA"}, (al_qaeda,)) == {"IMG"}
    assert _pseudo_countries({"IGO"}, (kenya,)) == set()


def test_own_gold_floors(pipeline: Any) -> None:
    _check(evaluate_file(DATA / "own_gold.jsonl", pipeline), OWN_FLOORS)


def test_heldout_news_floors(pipeline: Any) -> None:
    _check(evaluate_file(DATA / "heldout_news.jsonl", pipeline), HELDOUT_FLOORS)


def test_seed_floors(pipeline: Any, shared: Callable[[str], Path]) -> None:
    scores = evaluate_file(shared("gold/seed.jsonl"), pipeline)
    _check(scores, SEED_FLOORS)
    assert scores.false_positives == 0


def test_toponym_recognition_is_scored_apart_from_resolution(tmp_path: Path, pipeline: Any) -> None:
    text = "Floods hit Lusaka and the Foobarville district on Monday, officials in Lusaka said."
    start = text.index("Foobarville")
    rec = {
        "id": "t2",
        "text": text,
        "events": [],
        "toponyms": [
            {"text": "Lusaka", "lat": -15.41, "lon": 28.28, "span": [10, 16]},
            {"text": "Foobarville", "lat": -15.0, "lon": 28.0, "span": [start, start + 11]},
        ],
    }
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(rec))
    s = evaluate_file(f, pipeline)
    assert (s.toponym_recall.hit, s.toponym_recall.total) == (1, 2)  # the invented town is not in the gazetteer
    # the second "Lusaka" is a place the gold does not list: recognised, but not a gold toponym
    assert s.toponym_precision.total == 2 and s.toponym_precision.hit == 1
    assert s.toponyms_all.hit == 1 and s.toponyms_recognised.value == 1.0


# Development gold in ../shared (skipped without it): where the places session of 2026-12-03 left
# them (event_location_dev: the frame's chosen place 0.855, the output events' 0.609;
# geo_gwn_dev: recognition recall 0.854, precision 0.970, within 161 km over all gold toponyms 0.800).
EVENT_LOCATION_FLOORS = {"event_location": 0.85, "event_location_output": 0.68}  # output 0.681 (thirtieth session)
# toponyms_all lowered in the sixth session (0.801 -> 0.799): datelines written "WINNIPEG — " are cut off
# the body as "WASHINGTON (AP) -" already were, so their toponyms (3 of gwn_dev's) are no mentions of the text;
# the same rule reads round 5's sentences right (places 0.467 -> 0.875, recall 0.830 -> 0.892)
GEO_FLOORS = {"toponym_recall": 0.85, "toponym_precision": 0.96, "toponyms_all": 0.79}
# plover_dev at the end of the fourth session: recall 0.793, precision 0.770 (0.782 after the fifth session's
# precision classes), actor country 0.930,
# recipient country 0.871 (the targets are 0.88 / 0.85 / 0.92 / 0.88).
# actor_country 0.940 in the fifth session (0.930 before: "the Security Council", peoples of a place)
# sixth session, merged: recall 0.799, precision 0.779, actor country 0.941, recipient country 0.8806
# (tp 118, fp 8, fn 24; 0.8755 at its start)
# twelfth session, merged: recall 0.821, precision 0.809, actor country 0.940, recipient country 0.890
# seventeenth session, merged: recall 0.827, precision 0.810, actor country 0.940, recipient country 0.891 (unchanged)
PLOVER_DEV_FLOORS = {"group_recall": 0.82, "precision": 0.80, "actor_country": 0.94, "recipient_country": 0.89}


@pytest.mark.slow
def test_event_location_dev_floors(pipeline: Any, shared: Callable[[str], Path]) -> None:
    _check(evaluate_file(shared("gold/event_location_dev.jsonl"), pipeline), EVENT_LOCATION_FLOORS)


@pytest.mark.slow
def test_plover_dev_floors(pipeline: Any, shared: Callable[[str], Path]) -> None:
    _check(evaluate_file(shared("gold/plover_dev.jsonl"), pipeline), PLOVER_DEV_FLOORS)


@pytest.mark.slow
def test_geoparsing_dev_floors(pipeline: Any, shared: Callable[[str], Path]) -> None:
    _check(evaluate_file(shared("gold/geo_gwn_dev.jsonl"), pipeline), GEO_FLOORS)
