"""The date-probe scorer compares values at their precision, whatever their spelling."""

from __future__ import annotations

from pathlib import Path

from newsevents.evaluate.probes import score_dates

HEADER = "text\tpub_date\ttense\texpected_value\texpected_precision\texpected_end\n"


def _score(tmp_path: Path, rows: list[str]) -> tuple[int, int, int]:
    f = tmp_path / "d.tsv"
    f.write_text(HEADER + "# == a group\n" + "\n".join(rows) + "\n", encoding="utf-8")
    s = score_dates(f)
    return s.rows, s.strict, s.lenient


def test_spellings_of_one_value_at_its_precision_agree(tmp_path: Path) -> None:
    rows = [
        "in 2003\t2004-05-05\tpast\t2003-01-01\tyear\t",  # the normaliser writes "2003"
        "in March 2004\t2005-01-01\tpast\t2004-03-01\tmonth\t",  # ... "2004-03"
        "the 1990s\t2005-01-01\tpast\t1990-01-01\tyear\t1999-12-31",  # ... end "1999"
        "from January to March 2010\t2010-06-01\tpast\t2010-01\tmonth\t2010-03-31",
    ]
    assert _score(tmp_path, rows) == (4, 4, 4)


def test_a_wrong_value_or_precision_or_end_still_counts_wrong(tmp_path: Path) -> None:
    rows = [
        "in 2003\t2004-05-05\tpast\t2002-01-01\tyear\t",  # wrong year
        "in March 2004\t2005-01-01\tpast\t2004-03-01\tday\t",  # wrong precision: value right
        "the 1990s\t2005-01-01\tpast\t1990-01-01\tyear\t1998-12-31",  # wrong end: value right
    ]
    assert _score(tmp_path, rows) == (3, 0, 2)


def test_a_week_matches_its_seven_days_only(tmp_path: Path) -> None:
    rows = [
        "last week\t2016-10-05\tpast\t2016-09-26\tweek\t",  # the normaliser: Monday to Sunday
        "last week\t2016-10-05\tpast\t2016-09-19\tweek\t",  # another week
    ]
    assert _score(tmp_path, rows) == (2, 1, 1)


def test_a_person_of_no_state_is_right_on_a_row_without_a_country(tmp_path: Path) -> None:
    import datetime as dt

    from newsevents.evaluate.probes import score_actor_probes
    from newsevents.records import ActorRef

    f = tmp_path / "a.tsv"
    f.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "Velan Orr\t2001-10-07\t-\tREB\tVelan Orr\tno\ta group's leader, no state\n"
        "Velan Orr\t2001-10-07\t-\tREB\tSomeone Else\tno\tthe name must still agree\n"
        "Kasha Dun\t2001-10-07\t-\tREB\tKasha Dun\tno\ta person of a state is not right\n",
        encoding="utf-8",
    )
    refs = {
        "Velan Orr": [ActorRef("Velan Orr", "Velan Orr", "REB", None, "REB", "person:velan-orr")],
        "Kasha Dun": [ActorRef("Kasha Dun", "Kasha Dun", "AFGREB", "AFG", "REB", "person:kasha-dun")],
        "Someone Else": [],
    }

    def resolve(text: str, day: dt.date | None) -> list[ActorRef]:
        return refs.get(text, [])

    s = score_actor_probes(f, resolve)
    assert s.real == (1, 3)


def test_traps_are_counted_by_the_kind_their_note_opens_with(tmp_path: Path) -> None:
    import datetime as dt

    from newsevents.evaluate.probes import score_actor_probes
    from newsevents.records import ActorRef

    f = tmp_path / "a.tsv"
    f.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "Orrland spruce\t2001-10-07\t-\t-\t-\tyes\t[common-noun] a tree\n"
        "Orrland bacon\t2001-10-07\t-\t-\t-\tyes\t[Common-Noun] food\n"
        "the Orrland Accord\t2001-10-07\t-\t-\t-\tyes\t[treaty] an accord\n"
        "Orrland ham\t2001-10-07\t-\t-\t-\tyes\tno kind given\n",
        encoding="utf-8",
    )
    orrland = [ActorRef("Orrland", "Orrland", "ORR", "ORR", None, "country:ORR")]

    def resolve(text: str, day: dt.date | None) -> list[ActorRef]:
        return orrland if "bacon" in text or "ham" in text else []

    s = score_actor_probes(f, resolve)
    assert s.traps == (2, 4)
    assert s.trap_kinds == {"common-noun": (1, 2), "treaty": (1, 1), "?": (0, 1)}
