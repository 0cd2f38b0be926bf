"""Country names in sport (docs/knowledge-base.md, "Safe matching"): a phrase that names a place and then a
sports body, a league or a national team's player or staff names something outside politics, not the
state. Used by :func:`newsevents.kb.holders.named_holders` (the actor becomes the phrase's name, with no
country and no sector). The word lists are in ``data/kb/name_context.yaml``:

* **a sports body**: a phrase ending in a ``sport_body_heads`` word with a ``sport_words`` word before it,
  after the place ("the Ghana Football Association", "the Russian Olympic Committee", "the Indian cricket
  board");
* **a league**: a phrase ending in "League" with a ``league_words`` word before it ("the Chinese Super
  League", "the Saudi Pro League"; "the Arab League", "the Awami League" have none), or holding a
  ``league_names`` word ("the German Bundesliga", "Italy's Serie A");
* **a national team's people**: a ``sport_roles`` word right after a country's name or its possessive
  ("the England captain", "Brazil's coach", "the Argentina striker"), or a ``sport_positions`` word right
  after a demonym ("the Brazilian striker", "a German goalkeeper"), ending the phrase; followed only by a
  capitalised name ("England captain X") the role is a calling, and the name a private person's
  (:func:`team_role`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.kb.match import PLACE_KINDS, Match, Token
from newsevents.kb.name_context import NameContext, name_context


def sport_head(tokens: Sequence[Token], matches: Sequence[Match]) -> Token | None:
    """The word that makes the phrase a sports body, a league or a national team's player (module
    docstring), or None."""
    ctx = name_context()
    places = [m for m in matches if m.of(*PLACE_KINDS)]
    start = min(m.end for m in places) if places else 0
    words = [t for t in tokens if t.is_word and t.start >= start]
    if not words:
        return None
    last = words[-1]
    if last.key in ("league", "leagues") and last.text[:1].isupper():
        if any(t.key in ctx.league_words and t.text[:1].isupper() for t in words[:-1]):
            return last  # (also with no place: "the Premier League" is no government's premier)
    if not places:
        return None
    if any("sector" in m.kinds and start <= m.start and m.end <= last.start for m in matches):
        return _team_person(tokens, places, ctx)  # "the Kenyan government's sports board": the government's
    if last.key in ctx.sport_body_heads and any(t.key in ctx.sport_words for t in words[:-1]):
        return last
    if any(t.key in ctx.league_names and t.text[:1].isupper() for t in words):
        return last
    return _team_person(tokens, places, ctx)


def team_role(tokens: Sequence[Token], matches: Sequence[Match]) -> Token | None:
    """ "England captain X", "Australia skipper X": the role word of a national team's player or staff before
    a capitalised name that ends the phrase (the name is then a private person's, as after a calling)."""
    places = [m for m in matches if m.of(*PLACE_KINDS)]
    return _team_person(tokens, places, name_context(), named=True) if places else None


def _team_person(
    tokens: Sequence[Token], places: Sequence[Match], ctx: NameContext, named: bool = False
) -> Token | None:
    """ "the England captain", "the Brazilian striker": the role word ending the phrase (``named``: followed by a
    capitalised name that ends it) (module docstring)."""
    for m in places:
        k = m.j + 1 if m.j + 1 < len(tokens) and tokens[m.j].key == "'s" else m.j
        if k >= len(tokens):
            continue
        role = tokens[k]
        if not role.is_word or not role.text.islower():
            continue
        demonym = bool(m.of("demonym")) and not m.of("country", "metonym")
        if role.key not in (ctx.sport_positions if demonym else ctx.sport_roles):
            continue
        rest = [t for t in tokens[k + 1 :] if t.key not in {",", "."}]
        if bool(rest) == named and all(t.is_word and t.text[:1].isupper() for t in rest):
            return role
    return None
