"""participants.actors.sentence_force: in a text without a dateline, a state institution known only by
a role word takes the one country its sentence names (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import code_events
from newsevents.participants.actors import sentence_force
from newsevents.progress import Discourse
from newsevents.records import ActorRef


def _lent(*args: Any) -> str | None:
    """The country sentence_force lends (it returns a LentCountry: the country and why)."""
    lent = sentence_force(*args)
    return lent.country if lent is not None else None


DAY = dt.date(2023, 3, 6)


def _bare(sector: str) -> ActorRef:
    return ActorRef("lawmakers", "Legislature", sector, None, sector, f"sector:{sector}")


def test_one_country_sentence() -> None:
    disc = Discourse(one_country_sentences=((0, "ZMB"), (2, "KEN")))
    assert _lent(_bare("LEG"), 0, disc) == "ZMB"
    assert _lent(_bare("LEG"), 1, disc) is None  # a sentence of no or several countries
    assert _lent(_bare("LEG"), None, disc) is None  # a recipient: not read so
    assert _lent(_bare("REB"), 2, disc) is None  # rebels, protesters: not a state's
    leaders = ActorRef("leaders", "Government", "GOV", None, "GOV", "sector:GOV")
    assert _lent(leaders, 0, disc) is None  # a plural of the government's: often several countries
    government = ActorRef("government", "Government", "GOV", None, "GOV", "sector:GOV")
    assert _lent(government, 0, disc) == "ZMB"
    named = ActorRef("Kenya", "Kenya", "KEN", "KEN", None, "country:KEN")
    assert _lent(named, 2, disc) is None


def _actor_countries(pipeline: object, text: str, trigger: str) -> set[str | None]:
    events = [e for e in code_events(pipeline, text, DAY) if e.event_text == trigger]
    assert events, [(e.event, e.event_text) for e in code_events(pipeline, text, DAY)]
    return {r.country for e in events for r in e.actor}


def test_lawmakers_of_the_one_country_named(pipeline: object) -> None:
    text = (
        "Zambian President Hakainde Hichilema sacked his finance minister on Monday after lawmakers "
        "rejected the budget."
    )
    assert _actor_countries(pipeline, text, "rejected") == {"ZMB"}


def test_no_country_when_the_sentence_names_two(pipeline: object) -> None:
    text = "Kenyan President William Ruto met Ugandan officials on Monday after lawmakers rejected the budget."
    assert _actor_countries(pipeline, text, "rejected") <= {None}


def test_a_dateline_still_decides(pipeline: object) -> None:
    text = "NAIROBI, March 6 (Reuters) - Lawmakers rejected the budget on Monday, Zambian officials said."
    assert "ZMB" not in _actor_countries(pipeline, text, "rejected")  # the dateline's country, not the sentence's
