"""The seats table (data/geo/seats.tsv): parsing, its one-line errors, and the shipped rows."""

from __future__ import annotations

import pytest

from newsevents.errors import KnowledgeError
from newsevents.resolve.seats import parse_seats, seats


def test_seats_parse_and_reject_bad_rows() -> None:
    rows = parse_seats("# c\norg\tIGOXX\tGeneva\tche\tnote\ndateline\tunited nations\tNew York City\tUSA\n")
    assert rows[0].iso3 == "CHE" and rows[0].key == "IGOXX"
    assert rows[1].key == "UNITED NATIONS"
    with pytest.raises(KnowledgeError, match="seats.tsv:1"):
        parse_seats("city\tIGOXX\tGeneva\tCHE\n")
    with pytest.raises(KnowledgeError, match="expected kind"):
        parse_seats("org\tIGOXX\tGeneva\n")


def test_shipped_seats_name_the_un() -> None:
    keys = {(s.kind, s.key) for s in seats()}
    assert ("org", "IGOUNO") in keys and ("dateline", "UNITED NATIONS") in keys
