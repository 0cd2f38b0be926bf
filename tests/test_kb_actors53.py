"""Actor sectors, session 53: a party leads the national government or opposes it on a day
(organizations.yaml ``became``, kb/eras.org_eras), and a leader's role in it takes the party's standing
(kb/person_roles.apply_role); a party's people and a party said to be the opposition keep what the
phrase says (kb/resolve.py)."""

from __future__ import annotations

from typing import Any

from coding import phrase_one

# -- a party in power or out of it on a day (organizations.yaml became) -------------------------------


def test_a_party_governs_or_opposes_by_the_day(kb: Any) -> None:
    assert phrase_one(kb, "the Bharatiya Janata Party", "2010-06-01").sector == "OPP"
    assert phrase_one(kb, "the Bharatiya Janata Party", "2016-06-01").sector == "GOV"
    assert phrase_one(kb, "Law and Justice", "2012-06-01").sector == "OPP"
    assert phrase_one(kb, "Law and Justice", "2017-06-01").sector == "GOV"


def test_a_party_leaders_sector_follows_the_party(kb: Any) -> None:
    assert phrase_one(kb, "Marine Le Pen", "2017-05-01").sector == "OPP"
    # a role that names its own sector keeps it; a party with no eras keeps its own (PTY)
    assert phrase_one(kb, "the Inkatha Freedom Party", "2010-06-01").sector == "PTY"


def test_a_partys_people_keep_the_partys_sector(kb: Any) -> None:
    # trap: the party is in power, its activists are no government
    assert phrase_one(kb, "Likud", "2010-01-01").sector == "GOV"
    assert phrase_one(kb, "Likud activists", "2010-01-01").sector == "PTY"
    assert phrase_one(kb, "the opposition Kuomintang", "2010-01-01").sector == "OPP"
