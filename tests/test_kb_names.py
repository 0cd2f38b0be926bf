"""Safe matching (newsevents.kb.names): a surname, a one-word organisation name or a place name
inside a longer proper name does not match; the real uses still do."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.kb import KnowledgeBase

DAY = dt.date(2019, 6, 1)


def _countries(kb: KnowledgeBase, text: str, day: dt.date = DAY) -> list[str | None]:
    return [r.country for r in kb.resolve_phrase(text, day)]


def _persons(kb: KnowledgeBase, text: str, day: dt.date = DAY) -> list[str]:
    return [r.kb_id or "" for r in kb.resolve_phrase(text, day) if (r.kb_id or "").startswith("person:")]


# (phrase, the only country allowed or None) - none of them may name a known person either
TRAPS = [
    # the cases
    ("the North Pole", None), ("Paris Hilton", None), ("the Paris Agreement", None), ("Sofia Coppola", None),
    ("Dwight Powell", None), ("Werner Herzog", None), ("Richard Wagner", None), ("Ruth Bloomberg", None),
    ("Jersey City police", None), ("Niger State governor", "NGA"), ("Oslo Accords", None),
    ("Atlanta, Georgia", "USA"),
    # written for this test: given names before known surnames
    ("Chelsea Clinton", None), ("Billy Bush", None), ("Laura Bush", None), ("Ahmed Wali Karzai", None),
    ("Kimberly Guilfoyle", None), ("Rand Paul", None), ("Wesley Clark", None), ("Jason Biden", None),
    ("Hunter Blair", None), ("Kevin Macron", None), ("Harold Wilson Jr.", None),
    ("Donald Trump Jr.", None), ("Steve Bannon", None), ("Nancy Sinatra", None),
    # places inside longer names
    ("the Washington Post", "USA"), ("Paris Saint-Germain", None), ("the Beijing Olympics", None),
    ("Moscow Mule", None), ("the Vienna Convention", None), ("the Geneva Conventions", None),
    ("Kabul Bank", "AFG"), ("the Cairo Declaration", None), ("the Madrid Protocol", None),
    ("Panama Papers", None), ("the Berlin Wall", None), ("the Tehran Times", None),
    ("the Sydney Opera House", "AUS"), ("Lagos State governor", "NGA"), ("Kano State police", "NGA"),
    ("Delhi Capitals", None), ("Mexico City officials", "MEX"), ("Jordan Peterson", None),
    ("Georgia Brown", None), ("Paris Jackson", None), ("Chad Smith", None),
    ("the South Pole", None), ("a West Indian cricketer", None), ("the Magnetic Pole", None),
    ("Savannah, Georgia", "USA"), ("Lebanon, Pennsylvania", "USA"),
    # organisations' one-word names as surnames
    ("Cosima Wagner", None), ("Georgina Bloomberg", None),
]  # fmt: skip

REAL = [
    ("Colin Powell", dt.date(2003, 2, 5), "USA"), ("Secretary of State Powell", dt.date(2003, 2, 5), "USA"),
    ("Mr. Powell", dt.date(2003, 2, 5), "USA"), ("Isaac Herzog", dt.date(2022, 1, 1), "ISR"),
    ("President Herzog", dt.date(2022, 1, 1), "ISR"), ("Israeli President Isaac Herzog", dt.date(2022, 1, 1), "ISR"),
    ("Hamid Karzai", dt.date(2010, 1, 1), "AFG"), ("President Karzai", dt.date(2010, 1, 1), "AFG"),
    ("Afghan President Hamid Karzai", dt.date(2010, 1, 1), "AFG"), ("Mr. Karzai", dt.date(2010, 1, 1), "AFG"),
    ("Sheikh Hasina", dt.date(2020, 1, 1), "BGD"), ("Vladimir Putin", dt.date(2020, 1, 1), "RUS"),
    ("Russia's Putin", dt.date(2020, 1, 1), "RUS"), ("Kremlin spokesman", DAY, "RUS"),
    ("Paris", DAY, "FRA"), ("French officials in Paris", DAY, "FRA"), ("the Paris government", DAY, "FRA"),
    ("Northern Iraq", DAY, "IRQ"), ("South Lebanon", DAY, "LBN"), ("Iraqi Kurds", DAY, "IRQ"),
    ("Israel Defense Forces", DAY, "ISR"), ("the Afghan National Army", DAY, "AFG"),
    ("Pakistan Army", DAY, "PAK"), ("the Russian Foreign Ministry", DAY, "RUS"),
    ("Georgian troops", DAY, "GEO"), ("Tbilisi, Georgia", DAY, "GEO"), ("Georgia", DAY, "GEO"),
    ("Kabul, Afghanistan", DAY, "AFG"), ("Poles", DAY, "POL"), ("Polish President Andrzej Duda", DAY, "POL"),
    ("New South Wales police", DAY, "AUS"), ("Nigerian police", DAY, "NGA"), ("Niger's government", DAY, "NER"),
    ("Jordanian troops", DAY, "JOR"), ("King Abdullah of Jordan", DAY, "JOR"),
    ("Bulgarian officials in Sofia", DAY, "BGR"),
    ("Norwegian mediators", DAY, "NOR"), ("Oslo", DAY, "NOR"), ("Chinese Premier Li Peng", dt.date(1995, 1, 1), "CHN"),
    ("Lebanese Shiites", DAY, "LBN"), ("Rwandan Hutus", dt.date(1994, 5, 1), "RWA"),
    ("Turkish troops on Monday", DAY, "TUR"), ("Danish Web sites", DAY, "DNK"),
    ("Lebanon, Syria and Jordan", DAY, "LBN"), ("activists of the Fatah Party", DAY, "PSE"),
    ("Montenegro Municipality Association officials", DAY, "MNE"), ("Georgia, Armenia and Azerbaijan", DAY, "GEO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), TRAPS)
def test_a_name_inside_a_longer_name_does_not_match(kb: KnowledgeBase, text: str, country: str | None) -> None:
    refs = kb.resolve_phrase(text, DAY)
    assert all(r.country in (None, country) for r in refs), [(r.name, r.code, r.reason) for r in refs]
    assert _persons(kb, text) == [], [(r.name, r.reason) for r in refs]


@pytest.mark.parametrize(("text", "day", "country"), REAL)
def test_the_real_uses_still_match(kb: KnowledgeBase, text: str, day: dt.date, country: str) -> None:
    assert country in _countries(kb, text, day), [(r.name, r.code, r.reason) for r in kb.resolve_phrase(text, day)]


def test_the_known_persons_given_names_keep_the_person(kb: KnowledgeBase) -> None:
    assert _persons(kb, "Colin Powell", dt.date(2003, 2, 5)) == ["person:colin-powell"]
    assert _persons(kb, "Dwight Powell") == []  # not Colin Powell
    # eighth session: Jerome Powell and Jeb Bush are known persons now, each his own entry
    assert _persons(kb, "Jerome Powell", dt.date(2019, 1, 1)) == ["person:jerome-powell"]
    assert _persons(kb, "Jeb Bush", dt.date(2003, 1, 1)) == ["person:jeb-bush"]
    assert _persons(kb, "Colin L. Powell", dt.date(2003, 2, 5)) == ["person:colin-powell"]  # an initial is skipped


def test_an_organisation_keeps_its_full_name_and_acronyms(kb: KnowledgeBase) -> None:
    assert [r.name for r in kb.resolve_phrase("Wagner Group fighters", DAY)] == ["Wagner Group"]
    assert [r.sector for r in kb.resolve_phrase("Richard Wagner", DAY)] == []
    assert [r.name for r in kb.resolve_phrase("Bloomberg", DAY)] == ["Bloomberg News"]
    assert kb.resolve_phrase("Ruth Bloomberg", DAY) == []
    # eighth session: the mayor is a known person now, not the news agency
    assert [r.kb_id for r in kb.resolve_phrase("Michael Bloomberg", DAY)] == ["person:michael-bloomberg"]


def test_the_counts() -> None:
    assert len(TRAPS) + len(REAL) >= 72
    assert len(TRAPS) >= 30 and len(REAL) >= 30
