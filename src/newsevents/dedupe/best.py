"""The best-evidenced date and place of a cluster: each member votes for its date (a single day counts
twice) and its place; the most precise wins, then the most votes, then the first told. Used by the
store's running tallies (``store/cluster_tally.py``) and when a cluster is recomputed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from newsevents.dedupe.cluster_features import Features, PlaceKey

_PRECISION_RANK = {"day": 4, "month": 3, "year": 2, "publication": 1, "unknown": 0}
_PLACE_RANK = {"sub-city": 4, "city": 3, "admin1": 2, "region": 1, "country": 0}


DateKey = tuple[str | None, str, int, int]  # (date, precision, first day, last day)


def date_key(f: Features) -> DateKey:
    return (f.date, f.date_precision, f.date_lo, f.date_hi)


def date_weight(f: Features) -> int:
    """A member's vote for its date: 2 for a single day, else 1."""
    return 2 if f.date_hi == f.date_lo else 1


def best_date_of(votes: Mapping[DateKey, int]) -> tuple[str | None, str, int, int]:
    """The best-evidenced date of the votes (in the order the dates were first told): the most precise,
    then the one most events give, then the earliest; on a full tie the first told."""
    if not votes:
        return (None, "unknown", dt.date.min.toordinal(), dt.date.max.toordinal())
    return max(votes, key=lambda k: (_PRECISION_RANK.get(k[1], 0), k[3] == k[2], votes[k], -k[2]))


def best_place_of(votes: Mapping[PlaceKey, int]) -> PlaceKey | None:
    """The best-evidenced place of the votes (in the order the places were first told): the most precise
    told twice, else the most precise, then the one most events give; on a full tie the first told."""
    if not votes:
        return None
    return max(votes, key=lambda p: (votes[p] > 1, _PLACE_RANK.get(p.resolution, 0), votes[p], p.name))


def best_date(members: Iterable[Features]) -> tuple[str | None, str, int, int]:
    """The best-evidenced date of a cluster's members (in order): :func:`best_date_of` their votes."""
    votes: dict[DateKey, int] = {}
    for f in members:
        key = date_key(f)
        votes[key] = votes.get(key, 0) + date_weight(f)
    return best_date_of(votes)


def best_place(members: Iterable[Features]) -> PlaceKey | None:
    """The best-evidenced place of a cluster's members (in order): :func:`best_place_of` their votes."""
    votes: dict[PlaceKey, int] = {}
    for f in members:
        if f.place is not None:
            votes[f.place] = votes.get(f.place, 0) + 1
    return best_place_of(votes)
