"""What branch actor38 added to the knowledge base (organizations.yaml, persons_2026_actors38.yaml)
against the blind second check by another helper who saw only the names (checks/actors38_blindcheck.tsv)."""

from __future__ import annotations

import datetime as dt

from kbchecks import check_rows
from newsevents.kb import KnowledgeBase


def test_organisations_agree_with_the_blind_check() -> None:
    kb = KnowledgeBase.default()
    by_name = {o.name: o for o in kb.orgs.values()}
    rows = [r for r in check_rows("actors38_blindcheck.tsv") if r["kind"] == "org"]
    assert len(rows) == 52
    for row in rows:
        assert by_name[row["name"]].country == row["country"], row


def test_drafted_roles_agree_with_the_blind_check() -> None:
    rows = [r for r in check_rows("actors38_blindcheck.tsv") if r["kind"] == "person"]
    checked = {(r["name"], r["start"], r["end"]) for r in rows}
    assert ("Maryam Nawaz", "2024-02-26", "open") in checked
    assert ("Chad Wolf", "2019-11-13", "2021-01-11") in checked
    assert ("Alberto Núñez Feijóo", "2009-04-18", "2022-05-14") in checked
    kb = KnowledgeBase.default()
    for name, start in (("Maryam Nawaz", "2024-02-26"), ("Chad Wolf", "2019-11-13")):
        person = next(p for p in kb.persons.values() if p.name == name)
        assert any(r.start == dt.date.fromisoformat(start) for r in person.roles), name
