"""Safe matching over the whole phrase (docs/knowledge-base.md, "Safe matching", actor34 session): a
place word that is only a part of another proper name, or of a common noun, where deciding it needs
more than the words right beside the match.  ``names.guard`` asks :func:`inner_drops` first and
drops the hits it names.

* **a currency after a possessive** ("Russia's rouble", "Turkey's currency"): the currency, not the
  state (after a demonym the ``currencies`` are ``thing_heads``: "the Turkish lira");
* **speakers of a language** ("Russian speakers in Estonia", "Arabic speakers"): a lower-case
  ``language_nouns`` word right after a capitalised word names the people who speak that language;
  it is no sector word (not the LEG "speaker"), and a demonym before it is the language: the actor
  is of the place a modifier names, if any ("Russian speakers in Estonia" -> EST);
* **an institution abroad** ("the American University of Beirut", "the German University in
  Cairo", "the American Hospital of Paris"): a demonym that opens a capitalised name ending in an
  ``abroad_heads`` word, followed by "of" or "in" and a place of another country, names the style
  of a local institution: the place's country, not the demonym's;
* **a subject place** ("the American Israel Public Affairs Committee", "the Norwegian Helsinki
  Committee", "the Israeli Gaza Division", "the Dutch East India Company"): a place name inside a capitalised
  name that opens with
  another country's demonym (or an all-capitals country alias: "the US China Business Council") and
  goes on to an organisation's, an office's or a sector head is the name's subject: the
  organisation is of the demonym's country;
* **a military operation's name** (``operation_words``): a place or a demonym inside a capitalised run that
  opens with "Operation" ("Operation Iraqi Freedom") names the operation, not an actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.kb.match import PLACE_KINDS, Match, Token

if TYPE_CHECKING:
    from newsevents.kb.names import NameContext

_STATE_PLACES = ("country", "metonym", "region")  # the place kinds that are no adjective
_LOCATING = frozenset({"of", "in"})


def _capital(t: Token) -> bool:
    return t.is_word and t.text[:1].isupper() and t.key != "the"


def _run_start(tokens: Sequence[Token], i: int) -> int:
    """The first word of the run of capitalised words that token ``i`` ends or is in."""
    while i > 0 and _capital(tokens[i - 1]):
        i -= 1
    return i


def _refs(m: Match, *kinds: str) -> set[str]:
    return {h.ref for h in m.of(*kinds)}


def inner_drops(tokens: Sequence[Token], matches: Sequence[Match], ctx: NameContext) -> tuple[set[int], set[int]]:
    """(the first token indices of the matches whose place hits are dropped, those whose sector hits are)."""
    places: set[int] = set()
    sectors: set[int] = set()
    starts = {m.i: m for m in matches}
    ends = {m.j: m for m in matches}
    sector_at = {k for m in matches if "sector" in m.kinds for k in range(m.i, m.j)}
    for m in matches:
        if "sector" in m.kinds and _speakers(tokens, m, ctx):
            sectors.add(m.i)
            before = ends.get(m.i)
            if before is not None and before.of(*PLACE_KINDS):
                places.add(before.i)  # "Russian speakers": the language
        if not m.of(*PLACE_KINDS):
            continue
        if _currency_owned(tokens, m, ctx) or _institution_abroad(tokens, m, starts, ctx):
            places.add(m.i)
        elif tokens[_run_start(tokens, m.i)].key in ctx.operation_words and _run_start(tokens, m.i) < m.i:
            places.add(m.i)  # "Operation Iraqi Freedom": the name of a military operation
        elif _subject_place(tokens, m, starts, sector_at, ctx):
            places.add(m.i)
    return places, sectors


def _speakers(tokens: Sequence[Token], m: Match, ctx: NameContext) -> bool:
    """ "Russian speakers", "Arabic speakers": a lower-case language noun after a capitalised word."""
    t = tokens[m.i]
    return m.j - m.i == 1 and t.text.islower() and t.key in ctx.language_nouns and m.i > 0 and _capital(tokens[m.i - 1])


def _currency_owned(tokens: Sequence[Token], m: Match, ctx: NameContext) -> bool:
    """ "Russia's rouble", "Turkey's currency": a place's possessive before a lower-case currency word."""
    k = m.j
    if k + 1 >= len(tokens) or tokens[k].key != "'s" or not m.of(*_STATE_PLACES):
        return False
    nxt = tokens[k + 1]
    return nxt.is_word and nxt.text.islower() and nxt.key in ctx.currencies


def _institution_abroad(tokens: Sequence[Token], m: Match, starts: dict[int, Match], ctx: NameContext) -> bool:
    """ "the American University of Beirut": a demonym, a capitalised run ending in an institution head,
    "of"/"in" and a place of another country."""
    if not m.of("demonym"):
        return False
    k = m.j
    while k < len(tokens) and _capital(tokens[k]) and tokens[k].key not in ctx.abroad_heads:
        k += 1
    if k >= len(tokens) - 2 or not _capital(tokens[k]) or tokens[k + 1].key not in _LOCATING:
        return False
    at = k + 3 if tokens[k + 2].key == "the" else k + 2
    place = starts.get(at)
    if place is None or not place.of(*_STATE_PLACES):
        return False
    return not _refs(place, *PLACE_KINDS) & _refs(m, "demonym")


def _subject_place(
    tokens: Sequence[Token],
    m: Match,
    starts: dict[int, Match],
    sector_at: set[int],
    ctx: NameContext,
) -> bool:
    """ "the American Israel Public Affairs Committee": a place inside a name that opens with another
    country's demonym and ends in an organisation's, an office's or a sector head."""
    if m.of("demonym") or not m.of(*_STATE_PLACES) or not _capital(tokens[m.i]):
        return False
    first = _run_start(tokens, m.i)  # the first word of the capitalised run ("the Dutch East India Company")
    opener = starts.get(first)
    if opener is None or opener is m or opener.j > m.i or not _opens_name(tokens, opener):
        return False
    if _refs(opener, "demonym", "country") & _refs(m, *PLACE_KINDS):
        return False  # "the Iraqi Kurdistan Regional Government": a place of the same country
    last = None
    k = m.j
    while k < len(tokens) and _capital(tokens[k]):
        last = k
        k += 1
    if last is None:
        return False
    heads = ctx.org_heads | ctx.office_heads
    return tokens[last].key in heads or last in sector_at


def _opens_name(tokens: Sequence[Token], m: Match) -> bool:
    """Whether ``m`` is a demonym, or an all-capitals country alias ("US", "U.S."), that opens a run of
    capitalised words (no capitalised word before it)."""
    adjective = bool(m.of("demonym")) or any(h.case == "upper" for h in m.of("country"))
    return adjective and (m.i == 0 or not _capital(tokens[m.i - 1]))
