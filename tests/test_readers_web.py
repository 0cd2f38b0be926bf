"""Readers for real inputs: HTML pages, RSS/Atom feeds, sniffing, languages, NULs, bad dates, huge
articles (no spaCy model needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import DATA
from newsevents.read import ReadOptions, ReadProblem, read_inputs
from newsevents.read.clean import clean_controls, split_text
from newsevents.read.language import coded_languages, detect_language
from newsevents.read.readers import binary_kind, sniff_format
from newsevents.records import Article

MIXED = DATA / "mixed"


def _read(*paths: str | Path, **kw: object) -> tuple[list[Article], list[ReadProblem]]:
    arts, probs = [], []
    for item in read_inputs([str(p) for p in paths], ReadOptions(**kw)):  # type: ignore[arg-type]
        (arts if isinstance(item, Article) else probs).append(item)
    return arts, probs


def test_html_page_saved_as_txt_is_read_as_html() -> None:
    (a,), probs = _read(MIXED / "kenya_protest.txt")
    assert probs == []
    assert a.title == "Kenya police detain protesters in Nairobi"
    assert a.pub_date == dt.date(2025, 2, 13)  # article:published_time, not the footer's © 2025
    assert a.publisher == "The Daily Ledger"
    assert a.text.startswith("Kenyan police arrested 40 protesters in Nairobi")
    for boilerplate in ("<", "©", "cookies", "Subscribe", "Most read", "Football", "Privacy", "By Staff Reporter"):
        assert boilerplate not in a.text, boilerplate
    assert "\n\nDemonstrators had gathered" in a.text  # paragraphs kept apart
    assert a.language == "en"


def test_html_page_with_plain_meta_tags(tmp_path: Path) -> None:
    (a,), probs = _read(MIXED / "sanctions.html")
    assert probs == []
    assert (a.title, a.pub_date, a.publisher) == ("EU agrees new sanctions", dt.date(2024, 6, 24), "Continental Wire")
    # the page's "BRUSSELS — " is a dateline (a place in capitals and a dash), cut off the body
    assert a.dateline == "BRUSSELS"
    assert a.text.startswith("European Union foreign ministers") and "Advertise" not in a.text
    # without any date in the metadata, the footer's year is not taken for a publication date
    page = (MIXED / "sanctions.html").read_text().replace('<meta name="date" content="2024-06-24">', "")
    (tmp_path / "p.htm").write_text(page)
    (b,), _ = _read(tmp_path / "p.htm", default_date=dt.date(2024, 7, 1))
    assert b.pub_date == dt.date(2024, 7, 1)


def test_html_without_main_text_is_skipped_with_reason(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    good = tmp_path / "good.txt"
    good.write_text("Police arrested protesters in Lagos on Monday.")
    arts, (p,) = _read(f, good)
    assert [a.text for a in arts] == ["Police arrested protesters in Lagos on Monday."]
    assert p.skipped and "empty.html" in p.source and "no main text" in p.reason


def test_rss_items_are_articles_with_link_date_and_source() -> None:
    arts, probs = _read(MIXED / "wire.rss")
    assert [a.title for a in arts] == ["Ministers meet in Geneva", "Troops deployed to the border"]
    first = arts[0]
    assert first.url == "https://harbour-wire.example/2025/03/ministers-geneva"
    assert first.pub_date == dt.date(2025, 3, 4) and first.publisher == "Harbour Wire"
    assert first.text == (
        "The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday to discuss a peace treaty, "
        "officials said.\n\nBoth sides described the talks as constructive."
    )
    assert first.source_name is not None and first.source_name.endswith("wire.rss item 1")
    (p,) = probs
    assert p.skipped and p.source.endswith("wire.rss item 3") and "no content or summary" in p.reason


def test_atom_feed_and_a_folder_of_feeds(tmp_path: Path) -> None:
    (a,), _ = _read(MIXED / "northern.atom")
    assert (a.title, a.pub_date, a.publisher) == ("Norway expels diplomat", dt.date(2025, 4, 1), "Northern Desk")
    assert a.url == "https://northern-desk.example/norway-expels"
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "a.xml").write_bytes((MIXED / "wire.rss").read_bytes())
    (folder / "b.atom").write_bytes((MIXED / "northern.atom").read_bytes())
    arts, _ = _read(folder)
    assert len(arts) in (3, 4) and all(len(a.text) <= 10_000 for a in arts)


def test_a_feed_with_another_extension_and_forced_formats(tmp_path: Path) -> None:
    f = tmp_path / "feed.txt"
    f.write_bytes((MIXED / "wire.rss").read_bytes())
    assert len(_read(f)[0]) == 2  # sniffed
    g = tmp_path / "page.dat"
    g.write_text((MIXED / "sanctions.html").read_text())
    (a,), _ = _read(g, input_format="html")
    assert a.title == "EU agrees new sanctions"
    assert sniff_format("x.txt", "  <!DOCTYPE html><html>") == "html"
    assert sniff_format("x.txt", "The <b>bold</b> claim.") == "txt"
    assert sniff_format("-", '{"text": "x"}') == "jsonl"


def test_garbage_feed_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "bad.rss"
    f.write_text("<rss><channel><item><title>unclosed")
    arts, probs = _read(f)
    assert all(isinstance(a, Article) for a in arts)
    assert arts or any("bad.rss" in p.source for p in probs)


def test_languages_are_detected() -> None:
    arts, _ = _read(MIXED / "moscow_ru.txt", MIXED / "cairo_ar.txt", MIXED / "sanctions.html")
    assert [a.language for a in arts] == ["ru", "ar", "en"]
    assert coded_languages() == frozenset({"en"})
    # short or ambiguous English stays English (nothing English is left uncoded)
    for text in ("Argentina met Colombia in the final of the Copa America in Miami on Sunday.", "NATO", ""):
        assert detect_language(text) == "en"
    assert detect_language("Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie.") == "fr"


def test_stray_nul_and_control_characters_are_cleaned_with_a_warning() -> None:
    (a,), (p,) = _read(MIXED / "nul_bytes.txt")
    assert "\x00" not in a.text and "\x07" not in a.text
    assert a.text.startswith("Kenyan police arrested twelve opposition activists")
    assert a.pub_date == dt.date(2025, 1, 20) and a.publisher == "AP"
    assert not p.skipped and "nul_bytes.txt" in p.source and "removed 4" in p.reason
    assert clean_controls("a\x00b\tc\nd\x1b") == ("ab\tc\nd", 2)


def test_json_escaped_nul_is_cleaned_and_named_by_line(tmp_path: Path) -> None:
    f = tmp_path / "n.jsonl"
    f.write_text(json.dumps({"id": "n1", "text": "Police\u0000 arrested protesters."}) + "\n")
    (a,), (p,) = _read(f)
    assert a.text == "Police arrested protesters." and p.source.endswith("n.jsonl:1") and not p.skipped


def test_real_binary_files_are_still_refused(tmp_path: Path) -> None:
    assert binary_kind(b"%PDF-1.7\n...") == "a PDF"
    assert binary_kind(bytes(range(256)) * 4) == "binary file"
    assert binary_kind(b"Police arrested\x00 protesters.") is None
    f = tmp_path / "doc.txt"
    f.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    arts, (p,) = _read(f)
    assert arts == [] and "a PDF" in p.reason


def test_invalid_dates_are_reported_by_file_and_line() -> None:
    arts, probs = _read(MIXED / "broken.jsonl", MIXED / "broken.csv")
    by_id = {a.id: a for a in arts}
    assert by_id["m-j2"].pub_date is None and by_id["m-c2"].pub_date is None
    warnings = {p.source.rsplit("/", 1)[-1]: p.reason for p in probs if not p.skipped}
    assert "'2025-13-45'" in warnings["broken.jsonl:2"] and "YYYY-MM-DD" in warnings["broken.jsonl:2"]
    assert "'yesterday'" in warnings["broken.csv:3"]
    assert {"m-j1", "m-j2", "m-j5", "m-c1", "m-c2"} <= set(by_id)


def test_json_array_file(tmp_path: Path) -> None:
    f = tmp_path / "export.json"
    f.write_text(json.dumps([{"id": "x1", "text": "Chad closed its border."}, 5, {"id": "x2", "body": "Mali"}]))
    arts, (p,) = _read(f)
    assert [a.id for a in arts] == ["x1", "x2"] and p.source.endswith("export.json[2]")


def _paragraphs(n_chars: int) -> str:
    para = (
        "Police in the capital arrested dozens of demonstrators on Monday, officials said. "
        "The protesters had marched against rising prices.\n\n"
    )
    return (para * (n_chars // len(para) + 1))[:n_chars]


def test_a_5_mb_article_is_split_at_paragraphs_keeping_offsets(tmp_path: Path) -> None:
    text = _paragraphs(5_000_000)
    f = tmp_path / "huge.txt"
    f.write_text(text)
    arts, (warning,) = _read(f, max_chars=2_500_000, part_chars=1_000_000)
    assert not warning.skipped and "split at paragraph boundaries" in warning.reason
    assert len(arts) >= 5 and all(len(a.text) <= 1_000_000 for a in arts)
    whole = arts[0].part_of
    assert whole is not None and all(a.part_of == whole for a in arts)
    assert [a.id for a in arts] == [f"{whole}-part{k}" for k in range(1, len(arts) + 1)]
    for a in arts:
        assert text[a.offset : a.offset + len(a.text)] == a.text  # offsets into the original
    assert all(a.text.endswith("\n\n") for a in arts[:-1])  # cut after a paragraph
    assert "".join(a.text for a in arts) == text


def test_long_article_refused_with_the_reason_when_asked(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text(_paragraphs(30_000))
    arts, (p,) = _read(f, max_chars=10_000, long_articles="skip")
    assert arts == [] and p.skipped and "30,000 characters" in p.reason and "--long-articles split" in p.reason
    # an article under --max-chars but over what the parser takes is split all the same
    arts, _ = _read(f, max_chars=50_000, part_chars=10_000, long_articles="skip")
    assert len(arts) in (3, 4) and all(len(a.text) <= 10_000 for a in arts)


@pytest.mark.parametrize("limit", [1, 7, 50, 1000])
def test_split_text_is_exact(limit: int) -> None:
    text = "One.\n\nTwo two.\nThree three three. Four four four four" + "x" * 120
    parts = split_text(text, limit)
    assert "".join(p.text for p in parts) == text
    assert all(0 < len(p.text) <= limit for p in parts)
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in parts)
