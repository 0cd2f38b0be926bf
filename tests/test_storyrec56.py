"""Story recall, storyrec56 (issue 11): the speaker's own wish for another party's act, a party told to act
(derive/wishes.reported_wish), docs/stories.md "storyrec56". Each test codes sentences written for it (none taken
from a gold set): a speaker who says it wants or hopes that a named party will act, that it will seek something from
a named party, or who tells a party to act, appeals to that party (020, REQUEST), the speaker the actor; the wish
for the speaker's own act, a wish told of someone else, a negated wish, a denial, a wish for an act of no party and
an order to one's own minister appeal to no one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2021, 3, 9)


def _requests(pipeline: Any, text: str) -> list[tuple[list[str | None], list[str | None], str]]:
    return [
        ([a.country for a in e.actor], [r.country for r in e.recipient], e.event_text)
        for e in code_events(pipeline, text, PUB)
        if e.event == "REQUEST"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # "want" + a complement clause with a subject of its own (an infinitive)
        ("The Kenyan opposition said on Monday that it wanted President Ruto to step down.", "KEN", "KEN"),
        # "want" + a participle clause
        ("Officials in Lisbon said they wanted the two Spanish smugglers sent back to Spain.", "PRT", "ESP"),
        # "hope" + a finite clause of another party (the model lemmatises "hoped" as "hop")
        ("Beijing said it hoped the Indian and Pakistani governments would settle their quarrel.", "CHN", "IND"),
        # a request made of a party: "seek" + an object + "from"
        ("Norway said it would seek damages from Sweden over the oil spill.", "NOR", "SWE"),
    ],
)
def test_a_reported_wish_is_an_appeal_to_the_party(pipeline: Any, text: str, actor: str, recipient: str) -> None:
    found = _requests(pipeline, text)
    assert found, text
    actors, recipients, trigger = found[0]
    assert trigger in {"said", "told"}
    assert actor in actors and recipient in recipients


@pytest.mark.model
def test_the_wished_act_did_not_happen(pipeline: Any) -> None:
    # the resignation wished is part of the appeal, no resignation of its own
    events = code_events(pipeline, "The Kenyan opposition said it wanted President Ruto to step down.", PUB)
    assert not [e for e in events if e.event == "RETREAT"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the wisher's own act: an intent, no appeal
        "The Tamil rebels said they wanted to meet the Norwegian mediators in Oslo.",
        # a wish told of someone else: hearsay, not the speaker's appeal
        "Officials in Lisbon said the Spanish fishermen wanted Morocco to hand back their boats.",
        # negated, and denied
        "Beijing said it did not want Tokyo to send its navy.",
        "Beijing denied that it wanted Tokyo to send its navy.",
        # a wished act of no party
        "Chile said it hoped the negotiations in Lima would bear fruit.",
        # a request of no one
        "Norway said it would seek damages over the oil spill.",
        # the sides of a conflict, none of them named
        "Brazil said it wanted all sides to end the standoff peacefully.",
        # an order to the teller's own minister; reporters told to expect more
        "The Chilean president told her finance minister to draft new levies on Peruvian copper.",
        "The Kenyan minister told reporters to expect more arrests.",
        # a party told to act: off while code_rules telling_verbs is empty (a telling is not placed as its teller)
        "The Ghanaian president told the Togolese junta to hand power back to civilians.",
    ],
)
def test_no_appeal_without_another_party_wished_to_act(pipeline: Any, text: str) -> None:
    assert not [r for r in _requests(pipeline, text) if r[2] in {"said", "told"}], text
