"""A surname told again after a person named with a title the knowledge base does not know (issue 11,
storydrop57: built from the count of scripts/dropped_causes.py over the stories of rounds 26-67, where a
lone surname read as no one dropped its act), on sentences written for this test (none taken from a gold
or blind set): the person is read from the title they were named with (participants/titled.py), with
traps: a name never named before, and a surname whose last bearer was named without a title.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 9)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


def _actor(pipeline: Any, text: str, event: str, trigger: str) -> set[tuple[str | None, str | None]]:
    found = [e for e in _of(pipeline, text, event) if e.event_text == trigger]
    return {(r.country, r.sector) for e in found for r in e.actor}


@pytest.mark.parametrize(
    ("text", "event", "trigger", "actor"),
    [
        # the title phrase the name stands in apposition to
        ("Peru's trade minister, Arjun Mehtrani, said talks would resume on Monday. "
         "Hours later Mehtrani accused Chile of dumping copper.", "ACCUSE", "accused", ("PER", "GOV")),
        # the words before the name in its own phrase; the country the title's sentence names
        ("Soldiers in Togo seized power on Tuesday while President Edem Kodjovi was abroad. "
         "Kodjovi condemned the coup.", "ACCUSE", "condemned", ("TGO", "GOV")),
        # a surname of two words, told with a capital
        ("Rebels in Gabon seized the radio station while President Luis da Silveira was abroad. "
         "Da Silveira condemned the rebels.", "ACCUSE", "condemned", ("GAB", "GOV")),
    ],
)  # fmt: skip
def test_a_surname_takes_the_title_it_was_named_with(
    pipeline: Any, text: str, event: str, trigger: str, actor: tuple[str, str]
) -> None:
    assert actor in _actor(pipeline, text, event, trigger), _shown(pipeline, text)


def test_a_name_never_named_before_takes_no_title(pipeline: Any) -> None:
    text = "Soldiers in Togo seized power on Tuesday. Kodjovi condemned the coup."
    assert ("TGO", "GOV") not in _actor(pipeline, text, "ACCUSE", "condemned"), _shown(pipeline, text)


def test_a_surname_last_named_without_a_title_takes_none(pipeline: Any) -> None:
    # the last person of that surname was named bare: the title of an earlier namesake does not tell them
    text = (
        "Soldiers in Togo seized power on Tuesday while President Edem Kodjovi was abroad. "
        "Kofi Kodjovi was also seen in the crowd. Kodjovi condemned the coup."
    )
    assert ("TGO", "GOV") not in _actor(pipeline, text, "ACCUSE", "condemned"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a military rank: whose side the person is on, not that they act for a state
        "Soldiers in Togo seized power on Tuesday while General Edem Kodjovi was abroad. Kodjovi condemned the coup.",
        # a title owned by a pronoun: whose leader is a reading of its own
        "The assembly of Togo accepted the resignation of its leader Edem Kodjovi on Tuesday. "
        "Kodjovi condemned the protesters.",
    ],
)
def test_only_a_title_of_state_office_told_by_itself_is_read(pipeline: Any, text: str) -> None:
    # the surname reads as no one, as before the titled reading: its act is dropped for want of an actor
    assert not _actor(pipeline, text, "ACCUSE", "condemned"), _shown(pipeline, text)
