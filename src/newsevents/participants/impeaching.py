"""Whose legislature impeaches: a chamber named by a role word alone ("the House of Representatives
impeached President X", "parliament began impeachment proceedings against the president", "the Senate
voted to impeach the governor") brings its charge against an official of its own state. A legislature
(sector LEG) with no country of its own that brings a legal charge (CAMEO 115, an impeachment since
sentrec47) against officials (sector GOV or JUD) who are all of one country is of that country; then the
act is the state's own (where/seat.py: at its capital). A chamber whose words name a country, a
charge against a party of no country or of several, or one brought by anyone but a legislature is left
alone. Counted over rounds 2-47: every gold impeachment names the impeached official's own country as
the actor's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsevents.code.verbframes import FrameMatch
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame

CHARGE_CODES = frozenset({"115"})  # CAMEO 115, bring lawsuit against: an impeachment
CHAMBER_SECTORS = frozenset({"LEG"})
OFFICIAL_SECTORS = frozenset({"GOV", "JUD"})


def impeaching_chamber(
    reader: ActorReader, frame: Frame, match: FrameMatch | None, actors: Sequence[ActorRef], on_date: dt.date | None,
    disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(the chamber in the country of the officials it charges, why), or None (module doc)."""
    if match is None or match.code is None or match.code.code not in CHARGE_CODES or not actors:
        return None
    if any(a.country or a.sector not in CHAMBER_SECTORS or a.kind not in (None, "sector") for a in actors):
        return None
    charged = [r for sp in (*frame.object_spans, *frame.recipient_spans) for r in reader.span(sp, on_date, disc)]
    countries = {r.country for r in charged}
    if len(countries) != 1 or None in countries or not all(r.sector in OFFICIAL_SECTORS for r in charged):
        return None
    country = next(iter(countries))
    assert country is not None
    why = f"actor country {country}: a legislature named by its role word charges an official of its own state"
    return [a.in_country(country, why) for a in actors], why
