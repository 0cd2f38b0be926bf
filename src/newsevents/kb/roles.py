"""Which of a person's roles a phrase means (docs/knowledge-base.md, rule 4, persons).

* Several roles valid on the date: a role title the phrase names wins ("Prime Minister Haniyeh");
  else a role of the sector the phrase's strong sector word names ("General X" -> the military
  command, not the junta's chair; "Senator X" -> the seat in the legislature); else a state role
  before a party office ("Raúl Castro" in 2015 is Cuba's president more than the party's first
  secretary).
* No role valid on the date: a strong sector word of the phrase says what the person was then
  ("rebel leader Charles Taylor" in 1990 -> REB, "opposition leader X" after X's term -> OPP,
  "Colonel X" before X's first office -> MIL, "Finance Minister X" years before X's known office
  as prime minister -> GOV: a government title that names none of the person's known roles is an
  office held on the day of the news, which the knowledge base does not know; one that names a known
  role outside its dates gives no sector: "President X" after X's term).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsevents.kb.entries import PersonEntry, Role, fold
from newsevents.kb.match import Match, Token, pick_sector
from newsevents.kb.name_context import name_context
from newsevents.kb.offices import office_words, titled_roles

# sectors of a party office: a person who also holds a state role is named for the state role
_SECONDARY = frozenset({"PTY"})
# sectors a phrase's word cannot give a person with no role valid on the date ("former" has its own rule);
# a government title does (eleventh session: "Home Secretary X" before X's known premiership is GOV, where
# the country alone lost the sector on every probe round that had such rows)
_NOT_FROM_PHRASE = frozenset({"ELI"})


def phrase_sector(span: Sequence[Match], person: Match) -> str | None:
    """The sector of the phrase's last strong curated sector word, the person's own name aside."""
    picked = pick_sector([x for x in span if x is not person])
    if picked is None or picked[1].weak or picked[1].imported:
        return None
    return picked[1].sector


def narrow(valid: list[Role], span: Sequence[Match], person: Match) -> list[Role]:
    """The roles among several valid ones that the phrase means (module docstring)."""
    titled = titled_roles(valid, span)
    if titled:
        return titled
    sector = phrase_sector(span, person)
    same = [r for r in valid if r.sector == sector] if sector else []
    if same:
        return same
    return [r for r in valid if r.sector not in _SECONDARY] or valid


def sector_without_role(span: Sequence[Match], person: Match, former: bool, roles: Sequence[Role]) -> str | None:
    """The sector a phrase's own word gives a person with no role valid on the date, or None. A government
    title that names one of the person's known roles outside its dates ("President Viktor Yushchenko" after
    his term, "President X" years before X's presidency) is that role named out of its time, and gives none;
    so is a title of another sector that names a role of the person's own ("Chief Executive Carrie Lam" after
    her term is Hong Kong's former chief executive, not a business)."""
    if former:
        return None
    sector = phrase_sector(span, person)
    titled = titled_roles(roles, span)
    if titled and (sector == "GOV" or any((r.sector or "GOV") != sector for r in titled)):
        return None
    return None if sector in _NOT_FROM_PHRASE else sector


def acting_for(person: Match, span: Sequence[Match]) -> Match | None:
    """ "UN envoy Martti Ahtisaari", "Freedom Party leader X": an organisation named before the
    person in the same phrase, which the person acts for when no known role is valid."""
    before = [x for x in span if x is not person and x.of("org") and x.end <= person.start]
    return before[-1] if before else None


# words that, between an intergovernmental organisation and a person's name, make the person a state's
# envoy to the organisation ("UN Ambassador X", "NATO ambassador X"), not the organisation's own
_ENVOY_TO = frozenset({"ambassador", "permanent representative", "representative"})


def envoy_to(org: Match, person: Match, span: Sequence[Match]) -> bool:
    """ "UN Ambassador Madeleine Albright": an envoy word between the organisation and the name."""
    return any(
        x.start >= org.end and x.end <= person.start and x.text.lower() in _ENVOY_TO for x in span if x is not person
    )


def calling_in(units: Sequence[Match | Token]) -> str | None:
    """A non-political calling of ``name_context.yaml`` written in the phrase ("cricketer", "singer"), or None:
    before a person's first office it makes the person the private one (``person_roles.person_role``)."""
    callings = name_context().callings
    for u in units:
        key = u.key if isinstance(u, Token) else fold(u.text)
        if key in callings:
            return u.text
    return None


def sport_titles(units: Sequence[Match | Token]) -> list[Match]:
    """Sector words written right after a calling word ("cricket captain", "football star", "chess
    champion"): the calling's own title, not a rank or an office of a state, so they give the person no
    sector (the calling rule of ``person_roles.person_role`` then applies)."""
    callings = name_context().callings
    out: list[Match] = []
    for before, after in zip(units, units[1:], strict=False):
        key = before.key if isinstance(before, Token) else fold(before.text)
        if key in callings and isinstance(after, Match) and "sector" in after.kinds and after.start - before.end <= 1:
            out.append(after)
    return out


# office words whose holders head a state or government: of several namesakes in office on the date, the
# one who holds such an office is the one a bare surname means ("Castro" in 1995: Fidel, not the minister)
_HEAD_OFFICES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                 "supreme leader", "head of government")  # fmt: skip


def heads_of_state(persons: Sequence[PersonEntry], on_date: dt.date) -> list[PersonEntry]:
    """The persons who head a state or government on the date (an office of ``_HEAD_OFFICES``)."""
    titles = office_words().titles
    heads = frozenset().union(*(titles.get(w, frozenset()) for w in _HEAD_OFFICES))
    return [p for p in persons if any(r.valid_on(on_date) and fold(r.title) in heads for r in p.roles)]
