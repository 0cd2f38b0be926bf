"""A known person's actor on a date: the role valid then (narrowed by the phrase's title or sector word),
else what the phrase and the person's other roles say (a former office holder: country and ELI); and a
name several persons share. Used by :class:`newsevents.kb.resolve.PhraseResolver`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.kb.drafts import Draft
from newsevents.kb.entries import OrgEntry, PersonEntry, Role, fold
from newsevents.kb.match import Match, pick_sector
from newsevents.kb.name_context import name_context
from newsevents.kb.offices import titled_roles as _titled
from newsevents.kb.roles import acting_for, envoy_to, narrow, sector_without_role
from newsevents.records import ROLE_LATEST, ROLE_ON_DAY

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase


def role_country(kb: KnowledgeBase, role: Role) -> str | None:
    """The role's country, else its organisation's."""
    if role.country:
        return role.country
    org = kb.orgs.get(role.org or "")
    return org.country if org else None


def home_country(kb: KnowledgeBase, roles: Sequence[Role], on_date: dt.date) -> str | None:
    """The country of a person out of office on the date, where the roles nearest in time are an
    international organisation's ("reform campaigner X" after X's years at the IAEA is of X's own state,
    known from the roles held for states): the country the person served longest, the nearest role's
    where two served as long (Chris Patten, 13 years a British MP and 5 Governor of Hong Kong, is
    British); None when no role has one."""
    homes = [(r, c) for r in roles if (c := role_country(kb, r))]
    if not homes:
        return None

    def distance(home: tuple[Role, str]) -> int:
        r = home[0]
        if r.end is not None and r.end < on_date:
            return (on_date - r.end).days
        return abs(((r.start or on_date) - on_date).days)

    served: dict[str, int] = {}
    for r, c in homes:
        served[c] = served.get(c, 0) + max(1, ((r.end or on_date) - (r.start or on_date)).days)
    nearest = min(homes, key=distance)[1]
    return nearest if served[nearest] == max(served.values()) else max(served, key=served.__getitem__)


def ambiguous(
    kb: KnowledgeBase,
    m: Match,
    span: Sequence[Match],
    candidates: Sequence[PersonEntry],
    ctx_country: str | None,
    on_date: dt.date | None,
    ids: str,
) -> Draft:
    """A name shared by several persons: the shared country, and a sector only where the phrase
    or all candidates agree ("the Bush administration" -> USA GOV)."""
    roles = [r for p in candidates for r in p.roles]
    countries = {role_country(kb, r) for r in roles}
    country = ctx_country or (countries.pop() if len(countries) == 1 else None)
    reasons = [f"ambiguous name '{m.text}': {ids}"]
    picked = pick_sector([x for x in span if x is not m])
    sectors = {r.sector for r in roles}
    sector: str | None = None
    if picked is not None:
        sector = picked[1].sector
        reasons.append(f"sector word '{picked[0].text}'")
    elif on_date is not None and roles and all(r.end is not None and r.end < on_date for r in roles):
        sector = "ELI"
        reasons.append(f"every candidate's roles ended before {on_date.isoformat()} -> ELI")
    elif on_date is None and len(sectors) == 1:
        sector = sectors.pop()
        reasons.append(f"every candidate's roles are {sector}")
    return Draft("ambiguous", list(span), country=country, sector=sector, reasons=reasons)


def person_role(
    kb: KnowledgeBase,
    person: PersonEntry,
    m: Match,
    span: Sequence[Match],
    on_date: dt.date | None,
    former: bool,
    ctx_country: str | None,
    reasons: list[str],
    calling: str | None = None,
) -> Draft:
    d = Draft("person", list(span), kb_id=person.kb_id, name=person.name, reasons=reasons)
    d.imported = kb.layer_of(person.kb_id) == "imported"
    arts = name_context().arts_callings
    if calling and person.calling and (fold(calling) in arts) != (fold(person.calling) in arts):
        d.kind = "nobody"  # "actor Imran Khan": a namesake of the cricketer (dropped by kb/resolve.py)
        reasons.append(f"the phrase's calling '{calling}' is not the {person.calling}'s: a namesake")
        return d
    if not person.roles:
        d.country = ctx_country
        picked = pick_sector(span)
        d.sector = picked[1].sector if picked else None
        reasons.append(f"person alias '{m.text}' without roles in the KB; country and sector from the phrase")
        return d
    roles = person.roles
    if on_date is not None:
        valid = [r for r in roles if r.valid_on(on_date)]
    else:
        valid = [r for r in roles if r.current]
    titled = _titled(roles, span)
    if on_date is None and titled:
        valid = [r for r in titled if r.current] or [max(titled, key=lambda r: r.end or dt.date.max)]
    elif len(valid) > 1:
        valid = narrow(valid, span, m)  # the title, the sector word, a state role before a party office
    if valid:
        local = [r for r in valid if role_country(kb, r) == ctx_country]
        role = (local or sorted(valid, key=lambda r: r.start or dt.date.min))[-1]
        apply_role(kb, d, role)
        if on_date is not None:
            d.role_basis = ROLE_ON_DAY
            reasons.append(f"person role valid on {on_date.isoformat()}: {role.title}")
        elif role.end is not None:
            reasons.append(f"no date given; role named in the phrase: {role.title} (ended {role.end_text})")
        else:
            reasons.append(f"person's current role (no date given): {role.title}")
    elif on_date is None:
        role = max(roles, key=lambda r: r.end or dt.date.max)
        apply_role(kb, d, role)
        d.role_basis = ROLE_LATEST
        reasons.append(f"no date given; latest role: {role.title} (ended {role.end_text})")
    elif (acting := acting_for(m, span)) is not None and not former:
        namesakes = [kb.orgs[h.ref] for h in acting.of("org")]
        home = home_country(kb, roles, on_date) if len(namesakes) > 1 else None
        own = [o for o in namesakes if o.country and o.country == home]
        org = own[0] if len(own) == 1 else namesakes[0]  # "NUM leader X": the union of X's own country
        homes = [r for r in roles if r.country]
        if org.sector == "IGO" and homes and envoy_to(acting, m, span):
            near = min(homes, key=lambda r: abs(((r.start or on_date) - on_date).days))
            d.country, d.sector = near.country, "GOV"
            reasons.append(
                f"no role valid on {on_date.isoformat()}; an envoy to {org.name} ('{acting.text}' before the "
                f"name) speaks for a state: the country of the nearest role ({near.title}), GOV"
            )
            return d
        d.country, d.sector, d.code = org.country, org.sector, org.code
        reasons.append(
            f"no role valid on {on_date.isoformat()}; the phrase's organisation '{acting.text}' "
            f"before the name: acting for {org.name}"
        )
        return d
    elif (said := sector_without_role(span, m, former, roles)) is not None:
        ended = [r for r in roles if r.end is not None and r.end < on_date]
        near = max(ended, key=lambda r: r.end or on_date) if ended else roles[0]
        d.country, d.sector = ctx_country or role_country(kb, near) or home_country(kb, roles, on_date), said
        reasons.append(f"no role valid on {on_date.isoformat()}; the phrase's sector word -> {said}")
        return d
    else:
        cut = [r for r in roles if r.known_until is not None and r.known_until < on_date]
        past = [r for r in roles if r.end is not None and r.end < on_date]
        if past and not cut:
            # the latest role ended, of the phrase's country where it names one ("former Georgian President X")
            local_past = [r for r in past if ctx_country and role_country(kb, r) == ctx_country]
            role = max(local_past or past, key=lambda r: r.end or dt.date.min)
            d.country = role_country(kb, role) or home_country(kb, roles, on_date)
            d.sector = "ELI"
            reasons.append(
                f"role {role.title} ended {role.end_text}, before {on_date.isoformat()}: "
                "former office holder, country kept, sector ELI (not GOV)"
            )
        elif ctx_country is not None and not cut:
            # "Belgian Foreign Minister X" before X's known roles: the phrase's country and title
            picked = pick_sector([x for x in span if x is not m])
            d.country, d.sector = ctx_country, picked[1].sector if picked else None
            reasons.append(f"no role valid on {on_date.isoformat()}; the phrase's country {ctx_country}")
            if former:
                d.sector = "ELI"
                reasons.append("'former' -> ELI")
            return d
        elif (calling or person.calling) is not None and not cut:
            # "cricketer Imran Khan" in 1992, "Arnold Schwarzenegger" in 1991: before any office, the private
            # person the phrase's calling word or the entry's calling names
            first = min(roles, key=lambda r: r.start or dt.date.max)
            said = f"the calling '{calling}'" if calling else f"known as {person.calling} before any office"
            reasons.append(
                f"no role valid on {on_date.isoformat()} and none before it; first role ({first.title}) starts "
                f"{first.start_text}; {said}: a private person, no political actor (actor36: no actor at all,"
                " as for a person the knowledge base does not know)"
            )
            d.kind = "nobody"  # dropped by kb/resolve.py
            return d
        else:
            role = cut[0] if cut else min(roles, key=lambda r: r.start or dt.date.min)
            d.country = role_country(kb, role)
            why = f"first role ({role.title}) starts {role.start_text}"
            if cut:
                why = f"role {role.title} known only to {role.known_until}: country kept, no sector"
            reasons.append(f"no role valid on {on_date.isoformat()}; {why}")
    if former and d.sector != "ELI":
        d.sector, d.code, d.role = "ELI", None, None
        reasons.append("'former' -> ELI")
        if ctx_country and d.country != ctx_country and any(role_country(kb, r) == ctx_country for r in roles):
            d.country = ctx_country  # "former Georgian President X" while X serves another state: the phrase's
            reasons.append(f"the phrase's country {ctx_country}, of a role the person held")
    if role.uncertain:
        reasons.append("role dates marked uncertain")
    return d


def apply_role(kb: KnowledgeBase, d: Draft, role: Role) -> None:
    org: OrgEntry | None = kb.orgs.get(role.org) if role.org else None
    d.country = role.country or (org.country if org else None)
    d.sector = role.sector or (org.sector if org else None)
    d.role = role.title
    if org is not None and d.sector == org.sector:
        d.code = org.code
