"""Property tests over the readers: whatever the bytes, no exception escapes, and every good
record among bad ones is kept (hypothesis; no spaCy model needed)."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.read import ReadOptions, ReadProblem, read_inputs
from newsevents.records import Article

# derandomize: the same examples on every run, so that CI is reproducible (a failure found once is a test case)
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
# article text that no header or dateline rule touches: lower-case words
WORDS = st.lists(st.sampled_from("police army protest talks border minister city port".split()), min_size=1).map(
    " ".join
)
JUNK_TEXT = st.text(st.characters(codec="utf-8"), max_size=60)


def _read_file(name: str, data: bytes, **kw: object) -> tuple[list[Article], list[ReadProblem]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        arts: list[Article] = []
        probs: list[ReadProblem] = []
        for item in read_inputs([str(path)], ReadOptions(**kw)):  # type: ignore[arg-type]
            assert isinstance(item, Article | ReadProblem)
            (arts if isinstance(item, Article) else probs).append(item)
    for a in arts:
        assert a.text.strip() and "\x00" not in a.text
    return arts, probs


@SETTINGS
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".rss", ".json", ""]))
def test_random_bytes_never_raise(data: bytes, ext: str) -> None:
    _read_file("input" + ext, data)


@SETTINGS
@given(
    good=st.lists(WORDS, min_size=1, max_size=6),
    junk=st.lists(
        st.one_of(
            JUNK_TEXT.map(lambda t: t.replace("\n", " ")),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | JUNK_TEXT,
                lambda kids: st.lists(kids, max_size=3) | st.dictionaries(JUNK_TEXT, kids, max_size=3),
                max_leaves=8,
            ).map(lambda v: json.dumps(v, ensure_ascii=False).replace("\n", " ")),
        ),
        max_size=8,
    ),
    order=st.randoms(use_true_random=False),
)
def test_random_json_lines_keep_every_good_record(good: list[str], junk: list[str], order: object) -> None:
    lines = [json.dumps({"id": f"good-{i}", "text": t, "date": "2025-02-13"}) for i, t in enumerate(good)] + junk
    order.shuffle(lines)  # type: ignore[attr-defined]
    arts, _ = _read_file("f.jsonl", "\n".join(lines).encode("utf-8"), detect_language=False)
    kept = {a.id: a.text for a in arts if a.id.startswith("good-")}
    assert kept == {f"good-{i}": t for i, t in enumerate(good)}


@SETTINGS
@given(
    good=st.lists(WORDS, min_size=1, max_size=6),
    junk=st.lists(st.tuples(JUNK_TEXT, JUNK_TEXT, JUNK_TEXT), max_size=8),
    order=st.randoms(use_true_random=False),
)
def test_random_csv_rows_keep_every_good_record(
    good: list[str], junk: list[tuple[str, str, str]], order: object
) -> None:
    rows = [(f"good-{i}", "2025-02-13", t) for i, t in enumerate(good)] + [(f"junk-{a}", b, c) for a, b, c in junk]
    order.shuffle(rows)  # type: ignore[attr-defined]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "date", "text"])
    writer.writerows(rows)
    arts, _ = _read_file("f.csv", out.getvalue().encode("utf-8"), detect_language=False)
    kept = {a.id: a.text for a in arts if a.id.startswith("good-")}
    assert kept == {f"good-{i}": t for i, t in enumerate(good)}


TAGS = st.sampled_from(["p", "div", "span", "nav", "footer", "script", "article", "h1", "li", "table", "td"])


@SETTINGS
@given(parts=st.lists(st.tuples(TAGS, JUNK_TEXT), max_size=12), ext=st.sampled_from([".html", ".txt"]))
def test_random_html_never_raises(parts: list[tuple[str, str]], ext: str) -> None:
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in parts)
    page = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    arts, probs = _read_file("page" + ext, page.encode("utf-8"))
    assert len(arts) + sum(p.skipped for p in probs) == 1  # one page: an article, or a reason


@SETTINGS
@given(items=st.lists(st.tuples(JUNK_TEXT, JUNK_TEXT, JUNK_TEXT), max_size=6))
def test_random_feed_items_never_raise(items: list[tuple[str, str, str]]) -> None:
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(t)}</title><pubDate>{escape(d)}</pubDate><description>{escape(x)}</description></item>"
        for t, d, x in items
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    _read_file("feed.rss", feed.encode("utf-8"))


def test_control_characters_in_a_small_csv_keep_its_good_row() -> None:
    """Found by the fuzzer: a short UTF-8 file with a run of control characters is text, not binary."""
    data = b"id,date,text\ngood-0,2025-02-13,police\njunk-,,\x1f\x1f\x1f\n"
    arts, probs = _read_file("f.csv", data, detect_language=False)
    assert [a.id for a in arts] == ["good-0"]
    assert any("control" in p.reason and not p.skipped for p in probs)
