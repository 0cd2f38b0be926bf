"""Readers: formats, headers, ids and every kind of bad input (no model needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import SAMPLES
from newsevents.read import ReadOptions, ReadProblem, parse_header, read_inputs
from newsevents.records import Article


def _read(*paths: str | Path, **kw: object) -> tuple[list[Article], list[ReadProblem]]:
    arts, probs = [], []
    for item in read_inputs([str(p) for p in paths], ReadOptions(**kw)):  # type: ignore[arg-type]
        (arts if isinstance(item, Article) else probs).append(item)
    return arts, probs


def test_header_and_dateline_on_one_line(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date 2022-03-14 MOSCOW, March 14. /TASS/. The ministry said it would act.\n\nMore text.")
    (a,), probs = _read(f)
    assert probs == []
    assert a.pub_date == dt.date(2022, 3, 14)
    assert a.dateline == "MOSCOW" and a.publisher == "TASS"
    assert a.text.startswith("The ministry said")
    assert a.id.startswith("a-")


def test_header_on_its_own_line_and_wire_datelines() -> None:
    h = parse_header(" date 2024-03-05\nLUANDA, March 5. /Example News/. Delegations met.")
    assert (h.pub_date, h.dateline, h.publisher) == (dt.date(2024, 3, 5), "LUANDA", "Example News")
    h = parse_header("KABUL, Aug 15 (Reuters) - Fighters entered the city.")
    assert (h.dateline, h.publisher) == ("KABUL", "Reuters")
    h = parse_header("NATO said on Monday it would meet.")
    assert h.dateline is None and h.body_offset == 0


def test_dateline_of_two_cities_is_cut_off_the_body() -> None:
    # a story filed from two cities: the whole dateline is cut, the place keeps both names
    text = "LIMA/QUITO, May 2 (Reuters) - Peru and Ecuador reopened their border."
    h = parse_header(text)
    assert (h.dateline, h.publisher) == ("LIMA/QUITO", "Reuters")
    assert text[h.body_offset :].startswith("Peru and Ecuador")
    h = parse_header("SAN JOSE/MANAGUA (AP) - Costa Rica protested.")
    assert h.dateline == "SAN JOSE/MANAGUA" and h.publisher == "AP"
    h = parse_header("UN/EU officials met on Monday.")
    assert h.dateline is None and h.body_offset == 0


def test_plain_text_without_header_takes_date_option(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text("Kenyan police arrested protesters in Nairobi.")
    (a,), _ = _read(f)
    assert a.pub_date is None
    (a,), _ = _read(f, default_date=dt.date(2025, 1, 2))
    assert a.pub_date == dt.date(2025, 1, 2)


def test_jsonl_keeps_ids_and_reads_alternative_fields(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    rows = [
        {"id": "r1", "text": "A text.", "date": "2020-01-02", "title": "T", "url": "http://x", "publisher": "P"},
        {"id": 7, "body": "Another.", "published": "Tue, 10 Jun 2003 04:00:00 GMT"},
        {"text": "No id here.", "pub_date": "2019-05-06T10:00:00Z"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows))
    arts, probs = _read(f)
    assert probs == []
    assert [a.id for a in arts][:2] == ["r1", "7"]
    assert arts[0].publisher == "P" and arts[0].url == "http://x" and arts[0].title == "T"
    assert arts[1].pub_date == dt.date(2003, 6, 10)
    assert arts[2].pub_date == dt.date(2019, 5, 6) and arts[2].id == Article.make_id("No id here.")


def test_csv_and_folder_and_glob(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.csv").write_text('id,title,text,date\nc1,Hello,"Text, with comma.",2022-02-02\n')
    (tmp_path / "d" / "b.txt").write_text("Plain text.")
    (tmp_path / "d" / "ignored.bin").write_bytes(b"\x00\x01")
    arts, probs = _read(tmp_path / "d")
    assert {a.id for a in arts} == {"c1", Article.make_id("Plain text.")}
    assert {a.text for a in arts} == {"Text, with comma.", "Plain text."}
    arts2, _ = _read(str(tmp_path / "d" / "*.csv"))
    assert [a.id for a in arts2] == ["c1"]


def test_bundled_samples_parse() -> None:
    arts, probs = _read(SAMPLES)
    assert probs == [] and len(arts) >= 6
    assert all(a.pub_date is not None and a.dateline for a in arts)


# --- bad input -------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("")
    arts, (p,) = _read(f)
    assert arts == [] and p.skipped and "empty.txt" in str(p) and "empty" in p.reason


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 4)
    arts, (p,) = _read(f)
    assert arts == [] and "binary" in p.reason and "blob.txt" in p.source


def test_jsonl_with_one_broken_line(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "g1", "text": "Good one."}\n{"id": "bad", "text": \n{"id": "g2", "text": "Good two."}\n')
    arts, (p,) = _read(f)
    assert [a.id for a in arts] == ["g1", "g2"]
    assert p.source.endswith("mixed.jsonl:2") and "invalid JSON" in p.reason


def test_huge_text_file_is_skipped_with_reason(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("Police arrested protesters. " * 750_000)  # about 21 MB
    good = tmp_path / "good.txt"
    good.write_text("Police arrested protesters.")
    arts, (p,) = _read(f, good, long_articles="skip")
    assert [a.text for a in arts] == ["Police arrested protesters."]
    assert "huge.txt" in p.source and "over the limit" in p.reason


def test_latin1_file_is_read_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Le président a visité Besançon.".encode("latin-1"))
    (a,), (p,) = _read(f)
    assert a.text == "Le président a visité Besançon."
    assert not p.skipped and "not valid UTF-8" in p.reason and "latin.txt" in p.source


def test_csv_without_text_column(tmp_path: Path) -> None:
    f = tmp_path / "notext.csv"
    f.write_text("id,title\n1,Hello\n")
    arts, (p,) = _read(f)
    assert arts == [] and "no text column" in p.reason and "id, title" in p.reason


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    arts, probs = _read(tmp_path / "nope.txt", str(tmp_path / "*.jsonl"))
    assert arts == [] and len(probs) == 2
    assert "no such file" in probs[0].reason and "no file matches" in probs[1].reason


def test_dateline_date_gives_the_publication_date(tmp_path: Path) -> None:
    f = tmp_path / "wire.txt"
    f.write_text("WASHINGTON, May 3, 2021 (Reuters) - The Senate passed the bill.")
    (a,), _ = _read(f)
    assert a.pub_date == dt.date(2021, 5, 3) and a.publisher == "Reuters" and a.dateline == "WASHINGTON"
    g = tmp_path / "tass.txt"
    g.write_text("MOSCOW, August 23. /TASS/. The ministry said it would act.")
    (b,), _ = _read(g)
    assert b.pub_date is None  # a month and day alone: no year to place them in
    (c,), _ = _read(g, default_date=dt.date(2021, 8, 24))
    assert c.pub_date == dt.date(2021, 8, 23)
