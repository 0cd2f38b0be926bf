"""An organisation that became another country's or another sector's on a day (``became`` in
organizations.yaml: "the SPLA", Sudan's rebels, South Sudan's army from its independence on 2011-07-09):
the actors :class:`newsevents.kb.resolve.PhraseResolver` found, as they stood on the phrase's date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from newsevents.kb.entries import OrgEntry
from newsevents.records import ActorRef


def org_eras(
    orgs: Mapping[str, OrgEntry], refs: list[ActorRef], on_date: dt.date | None
) -> tuple[list[ActorRef], bool]:
    """(the actors on ``on_date``, whether the date can change them). An actor of such an organisation
    takes the country, code and sector of the latest ``became`` before the date; a sector a word of the
    phrase gave instead of the organisation's own ("SPLA rebels") is kept."""
    out: list[ActorRef] = []
    dated = False
    for r in refs:
        org = orgs.get(r.kb_ref) if r.kind == "org" else None
        if org is None or not org.became:
            out.append(r)
            continue
        dated = True
        era = org.era(on_date)
        if era is not None and era[1:] != (org.country, org.sector, org.code):
            since, country, sector, code = era
            own = r.sector == org.sector
            why = f"{r.reason}; {org.name} was {country or 'no state'}'s {sector} from {since.isoformat()}"
            r = dataclasses.replace(r, country=country, sector=sector if own else r.sector, code=code, reason=why)
        out.append(r)
    return out, dated
