"""Header and dateline parsing for plain-text news articles.

The seed shape is a first line `` date YYYY-MM-DD`` followed by a dateline such as
``MOSCOW, August 23. /TASS/.`` and the body. Wire styles such as ``KABUL, Aug 15 (Reuters) -``
and ``NAIROBI (AP) —`` are recognised too, and so is a place in capitals followed by a dash alone
(``NAIROBI - ``, ``PORT HARCOURT, Nigeria — ``); a place in title case only with a date and an agency
before the dash (``Buenos Aires, Dec. 9 (AFP) -``). The header and the dateline are cut off the body:
they are not part of any event sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\n?[ \t]*")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_CITY = r"[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+)*"
# one place or several joined by slashes ("ABUJA/NIAMEY", "MEXICO CITY/OTTAWA"): a story filed from two cities
_PLACE = rf"{_CITY}(?:/{_CITY})*(?:,\s(?!{_MONTH}\s+\d)[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*)?"
# MOSCOW, August 23. /TASS/.   |   KABUL, Aug 15 (Reuters) -   |   NAIROBI (AP) —   |   NAIROBI -
_DATELINE = re.compile(
    rf"\A(?P<place>{_PLACE})"
    rf"(?:,\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\.?)?"
    r"(?:\s*/(?P<pub1>[^/\n]{1,40})/\.?|\s*\((?P<pub2>[^)\n]{1,40})\)\s*[-\u2013\u2014:]+"
    r"|[ \t]+(?P<dash>[-\u2013\u2014]{1,2})(?=\s+[A-Z0-9\"'\u201c]))?"
    r"\s*"
)
# A wire dateline whose place is written in title case ("Buenos Aires, Dec. 9 (AFP) -"): only with both a
# date and an agency in parentheses before the dash, which body text does not begin with
_TITLE_DATELINE = re.compile(
    rf"\A(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,3}}),\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
    r"\s*\((?P<pub2>[^)\n]{1,40})\)\s*[-\u2013\u2014:]+\s*"
    r"(?P<pub1>(?!x)x)?(?P<dash>(?!x)x)?"  # the groups of _DATELINE it lacks, never set
)
# a dash alone makes a dateline only after a place written in capitals, one word of three letters at
# least ("NAIROBI -", "THE HAGUE -"), not after an acronym or a name ("UN - ", "Reuters - "), and only
# before a capitalised sentence ("NATO - the alliance met" is body text)
_CAPS_PLACE = re.compile(r"\A(?=[A-Z'.\-\s]*[A-Z]{3})[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+)*(?:,|\Z)")


@dataclass(frozen=True)
class Header:
    pub_date: dt.date | None
    dateline: str | None  # the dateline place, e.g. "MOSCOW"
    dateline_text: str | None  # the whole dateline as written
    publisher: str | None
    body_offset: int  # where the body starts in the raw text
    dateline_date: str | None = None  # the dateline's date as written ("August 23", "Aug 15, 2021")


def parse_header(raw: str) -> Header:
    """Split a raw plain-text article into its header fields and the offset of the body."""
    pos = 0
    pub_date: dt.date | None = None
    m = _HEADER.match(raw)
    if m:
        try:
            pub_date = dt.date.fromisoformat(m.group(1))
        except ValueError:
            pub_date = None
        pos = m.end()
    rest = raw[pos:]
    d = _DATELINE.match(rest)
    if d is None or not (d.group("date") or d.group("pub1") or d.group("pub2")):
        d = _TITLE_DATELINE.match(rest) or d
    # A dateline needs a date or a publisher after the place: a capitalised first word alone
    # ("NATO said ...") is body text, not a dateline.
    dash = d is not None and d.group("dash") is not None and _CAPS_PLACE.match(d.group("place")) is not None
    if d and (d.group("date") or d.group("pub1") or d.group("pub2") or dash):
        publisher = (d.group("pub1") or d.group("pub2") or "").strip() or None
        return Header(
            pub_date=pub_date,
            dateline=d.group("place").strip(),
            dateline_text=rest[: d.end()].strip(),
            publisher=publisher,
            body_offset=pos + d.end(),
            dateline_date=d.group("date"),
        )
    return Header(pub_date, None, None, None, pos)
