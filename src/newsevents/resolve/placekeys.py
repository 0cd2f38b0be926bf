"""Place names as the gazetteer keys them, and the one piece of geometry its build needs.

``fold`` is the lookup key of a name (the build writes it, the queries of ``resolve/gazetteer.py``, the GeoNames
import and the recognisers read it); ``is_latin`` and ``keep_alternate`` are the guards on GeoNames alternate
names (``resolve/gazetteer_build.py`` and ``resolve/geonames_import.py``); ``population_centroid`` is the point
the build gives a country or a US state from its cities. Split from ``resolve/gazetteer_build.py`` (arch43).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# --------------------------------------------------------------------------- names


_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "’": "'", "‘": "'"}
)


def fold(name: str) -> str:
    """The lookup key: case-folded, diacritics removed, whitespace collapsed."""
    if name.isascii():  # the same key, without the Unicode steps (nothing to fold, decompose or map)
        return " ".join(name.lower().split())
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_FOLD_EXTRA)
    return " ".join(s.split())


@lru_cache(maxsize=8192)
def _latin_char(ch: str) -> bool:
    if not ch.isalpha():
        return unicodedata.category(ch)[0] in "MNPZ"  # marks, digits, punctuation, spaces
    return unicodedata.name(ch, "").startswith("LATIN")


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is a Latin-script letter."""
    if name.isascii():
        return True
    return all(_latin_char(ch) for ch in name)


def keep_alternate(alt: str) -> bool:
    """The guards applied to GeoNames alternate names (not to primary or curated names).

    Kept: Latin script, at least 3 characters, starting with an upper-case letter or a digit
    or punctuation (drops romanisation debris such as "ba li", "kabul"), and not an all-caps
    code of at most 4 letters (IATA/ICAO codes such as "PAR", "KBL").
    """
    alt = alt.strip()
    if len(alt) < 3 or not is_latin(alt):
        return False
    if alt[0].islower():
        return False
    return not (len(alt) <= 4 and alt.isalpha() and alt.isupper())


# --------------------------------------------------------------------------- geometry


def population_centroid(points: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Population-weighted mean centre of (lat, lon, population) points on the sphere."""
    x = y = z = 0.0
    n = 0
    for lat, lon, pop in points:
        w = float(max(pop, 1))
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
        n += 1
    if n == 0 or math.hypot(x, y, z) == 0.0:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)
