"""Readers for what users save from the web: HTML pages and RSS/Atom feeds.

An HTML page gives one article: its main text as trafilatura extracts it (navigation, cookie
banners, asides and footers dropped), the title, the publication date and the publisher from
the page's metadata (``<meta>``, Open Graph, JSON-LD). Dates are taken from metadata and the
article's own markup only, never guessed from a footer's "© 2025".

A feed gives one article an item: its content (or, without content, its summary) as text, its
link, its date and the feed's title as the publisher.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_BLOCK = re.compile(r"<\s*(?:/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b|br\s*/?)[^>]*>", re.I)
_BLANKS = re.compile(r"\n\s*\n+")
MIN_WORDS = 3
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class WebDoc:
    """What a page or a feed item gives before it becomes an Article."""

    text: str
    title: str | None = None
    date: str | None = None  # as written in the metadata
    publisher: str | None = None
    url: str | None = None
    where: str = ""  # "item 3" for a feed item
    reason: str | None = None  # why no text could be had (the item is then skipped)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content), one paragraph a block element."""
    import lxml.html
    from lxml.etree import ParserError

    marked = _BLOCK.sub("\n\n", fragment)
    try:
        root = lxml.html.fromstring(f"<div>{marked}</div>")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    text = root.text_content()
    paragraphs = (_SPACES.sub(" ", p).strip() for p in _BLANKS.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def read_html(html: str) -> WebDoc:
    """The main text and metadata of an HTML page."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return WebDoc("", reason="no main text found in the HTML page")
    meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = _clean(meta.get("title"))
    lines = [_SPACES.sub(" ", line).strip() for line in (meta.get("text") or "").splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the headline, already the title
    text = "\n\n".join(lines)
    if len(text.split()) < MIN_WORDS:  # a menu item or a caption is no article
        return WebDoc("", title=title, reason="no main text found in the HTML page")
    return WebDoc(
        text,
        title=title,
        date=_clean(meta.get("date")),
        publisher=_clean(meta.get("sitename")) or _clean(meta.get("hostname")),
        url=_clean(meta.get("url")),
    )


def read_feed(raw: bytes) -> tuple[list[WebDoc], str | None]:
    """The items of an RSS or Atom feed, and a reason when the bytes are no feed at all."""
    import feedparser

    parsed = feedparser.parse(raw)  # bytes: parsed as a document, never fetched
    if not parsed.entries:
        if parsed.get("bozo"):
            return [], f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})"
        return [], "feed has no items"
    publisher = _clean(parsed.feed.get("title"))
    docs = []
    for n, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        body = next((c.get("value") for c in content if c.get("value")), None) or entry.get("summary") or ""
        text = html_to_text(body)
        title = _clean(html_to_text(entry.get("title") or ""))
        keys = set(entry.keys())  # asking for a missing "updated" makes feedparser warn
        raw_date = next((entry[k] for k in ("published", "updated", "created") if k in keys and entry[k]), None)
        if not raw_date:
            stamp = next((entry[k] for k in ("published_parsed", "updated_parsed") if k in keys and entry[k]), None)
            raw_date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat() if stamp else None
        source = entry.get("source") or {}
        docs.append(
            WebDoc(
                text,
                title=title,
                date=raw_date,
                publisher=_clean(source.get("title")) or publisher,
                url=_clean(entry.get("link")),
                where=f"item {n}",
                reason=None if text else "feed item has no content or summary",
            )
        )
    return docs, None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None
