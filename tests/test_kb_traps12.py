"""Safe matching, issue 12 item 3 (traps12 session): the project's own trap set
(tests/data/own_traps12.tsv, written from general knowledge, not from any gold or probe set) scored with a
floor, and each mechanism beside a real counterpart that must keep its country (name_context.yaml:
team_qualifiers, bare_team_heads, nickname_heads, past_words, the topic of a thing, and the added
callings, thing heads, club and team words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import phrase_refs
from newsevents.evaluate.probes import score_actor_probes
from newsevents.kb import KnowledgeBase

DATA = Path(__file__).parent / "data"


def _countries(kb: KnowledgeBase, text: str, day: str) -> set[str | None]:
    return {r.country for r in phrase_refs(kb, text, day)}


def test_own_trap_set_floor(kb: KnowledgeBase) -> None:
    s = score_actor_probes(DATA / "own_traps12.tsv", kb.resolve_phrase)
    assert s.traps[1] >= 390 and s.real == (0, 0)
    # with the code before this session: 204/229 = 0.891 on the first batch, 332/396 = 0.838 on all;
    # 381/396 = 0.962 at the session's end
    assert s.share("traps") >= 0.96, "\n".join(s.wrong)


@pytest.mark.parametrize(
    ("trap", "real", "day", "country"),
    [
        # a country's sports team is not its government: a team qualifier, a bare squad, a sport's side
        ("the German national team", "the German government", "2014-07-13", "DEU"),
        ("the Russian Olympic team", "the Russian defence ministry", "2018-02-09", "RUS"),
        ("the Brazil squad", "the Brazilian government", "2014-07-08", "BRA"),
        ("the Dutch squad", "Dutch troops", "2010-07-11", "NLD"),
        ("Ireland's rugby side", "the Irish government", "2018-03-17", "IRL"),
        # a team's nickname after a place name, a possessive or a demonym
        ("Ghana's Black Stars", "Ghana's president", "2010-07-02", "GHA"),
        ("the Nigerian Super Eagles", "the Nigerian army", "2013-02-10", "NGA"),
        ("the Ottawa Senators", "Canada's senators", "2017-05-25", "CAN"),
        ("the Chennai Super Kings", "the Indian government", "2018-05-27", "IND"),
        ("Team USA", "the USA", "2016-08-21", "USA"),
        # a calling before a name: a private person
        ("Portuguese forward Cristiano Ronaldo", "Portuguese troops", "2016-07-10", "PRT"),
        ("the Chinese pianist Lang Lang", "the Chinese foreign ministry", "2008-08-08", "CHN"),
        # a demonym as a common noun; a past state
        ("Danish pastries", "Danish police", "2010-01-01", "DNK"),
        ("Chinese checkers", "Chinese officials", "2010-01-01", "CHN"),
        ("ancient Egypt", "Egypt", "2010-01-01", "EGY"),
        ("the Cuban missile crisis", "the Cuban government", "2012-10-16", "CUB"),
        # the topic of a thing, not an actor
        ("the Geneva talks on Syria", "the Syrian government", "2014-01-22", "SYR"),
        # a sport before "team"; a sport or a dish named with a demonym; a geographic feature "of" a place
        ("the Kenyan relay team", "the Kenyan police", "2016-08-19", "KEN"),
        ("Thai boxing", "Thai troops", "2010-01-01", "THA"),
        ("the Sea of Japan", "the Japanese navy", "2010-01-01", "JPN"),
        ("the Gulf of Guinea", "Guinea", "2010-01-01", "GIN"),
        # a place before a capitalised run that ends in a thing, past a sector word; a club before a capital
        ("the Washington Naval Treaty", "Washington", "2022-02-06", "USA"),
        ("Benfica Lisbon", "Lisbon", "2013-05-15", "PRT"),
        ("the South Korean archery team", "the South Korean army", "2016-08-07", "KOR"),
        # a capital that is also a surname
        ("Adriana Lima", "Lima", "2010-01-01", "PER"),
    ],
)
def test_trap_beside_its_real_counterpart(kb: KnowledgeBase, trap: str, real: str, day: str, country: str) -> None:
    assert country not in _countries(kb, trap, day), trap
    assert country in _countries(kb, real, day), real


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("Canada's Senators", "2017-01-01", "CAN"),  # a sector word in the run after a possessive: senators
        ("Saudi Kings", "2010-01-01", "SAU"),  # a demonym and a sector word: kings
        ("the Colombian death squads", "1995-01-01", "COL"),  # a word between the demonym and the squad
        ("the Israeli side", "2000-07-11", "ISR"),  # no sport word: a party to talks
        ("the Iranian team", "2015-04-02", "IRN"),  # a bare "team" may be negotiators
    ],
)
def test_what_stays_an_actor(kb: KnowledgeBase, text: str, day: str, country: str) -> None:
    assert country in _countries(kb, text, day), text


def test_a_team_is_named_with_no_country(kb: KnowledgeBase) -> None:
    refs = phrase_refs(kb, "Ghana's Black Stars", "2010-07-02")
    assert [(r.country, r.sector, r.kb_id) for r in refs] == [(None, None, None)]
    assert "Black Stars" in refs[0].name
