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
  opens with "Operation" ("Operation Iraqi Freedom") names the operation, not an actor;
* **an event named after a place** (actor36 session): a place or a demonym before an ``event_nouns`` word
  that ends the phrase or comes before a preposition ("the Syrian civil war", "the Kosovo war", "the
  Iranian revolution", "the Kenyan election", "the Doha round", "Moscow time"), right after it or after one
  or two lower-case words or capitalised ones ("the Russian Revolution"): a war, a vote or a round of talks
  is no actor, and a demonym there says where it happened, not who acted. A ``place_event_nouns`` word (an
  attack or a crackdown, "the Lockerbie bombing", "the Srebrenica massacre") does so after a place name
  only: after a demonym it names the agent ("the Russian bombing of Aleppo"). Before another noun the event
  word is a modifier and the place stays ("the Iraqi election commission", "Serbian war crimes prosecutors"),
  and so it does in a modifier after a preposition ("the parties to the Afghan conflict": the war's place is
  theirs) and in a hyphen compound ("a U.S.-led war": its leader);
* **a title as a surname** (actor36): a ``title_surnames`` word (King, Pope, Chancellor, ...) right after an
  unknown capitalised given name and ending the name ("Stephen King", "Alexander Pope", "Burger King") is a
  surname or a name's last word, not the monarch, the Pope or a government;
* **a place located by its region** (actor36): a phrase that is only "<a place the knowledge base does not
  know>, <its region or country>" ("Paris, Texas", "Moscow, Idaho", "Panama City, Florida", "London,
  Ontario", "the town of China, Maine") is a location, not an actor (:func:`located_place`): the town's
  name was dropped by the rules above, and the region after the comma only says where the town is.
* **a work's title** (actor38): the capitalised run after a lower-case ``work_heads`` word ("the film Gandhi",
  "the series The Americans", "the television series Tehran") is the title of a film, a book or a song; no name
  inside it is an actor (:func:`work_titles`);
* **another regnal number** (actor38): a Roman numeral right after a person's name that none of the person's
  own names holds is another monarch or pope of that name ("I" only where they hold another numeral: "Pope
  Francis I" is Francis) ("Queen Elizabeth I", "King Abdullah I", "Pope John
  Paul I"; :func:`other_regnal`);
* **a place named after a person** (actor38): a person's name right after "the <settlement word> of" ("the port
  of Turkmenbashi") names the place (:func:`named_place_of`);
* **a thing after a name** (actor38): a lower-case ``thing_heads`` word after a place name and a run of
  capitalised words no alias covers ("the Russian RTS index", "the Brazilian Bovespa index") makes the phrase
  that thing (:func:`run_then_thing`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsevents.kb.match import PLACE_KINDS, PREPOSITIONS, Match, Token

if TYPE_CHECKING:
    from newsevents.kb.name_context import NameContext

_STATE_PLACES = ("country", "metonym", "region")  # the place kinds that are no adjective
_LOCATING = frozenset({"of", "in"})
_SUFFIXES = frozenset({"jr", "sr", "jr.", "sr."})  # after a surname
_NOT_BETWEEN = PREPOSITIONS | {"the", "a", "an", "and", "or", "'s"}  # no event noun is reached past these


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
    covered = {k for m in matches for k in range(m.i, m.j)}
    for m in matches:
        if "sector" in m.kinds and _title_surname(tokens, m, covered, ctx):
            sectors.add(m.i)  # "Stephen King", "Alexander Pope": a surname, not a monarch or the Pope
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
        elif _subject_place(tokens, m, starts, sector_at, ctx) or _event_named(tokens, m, sector_at, ctx):
            places.add(m.i)
    return places, sectors


def _event_named(tokens: Sequence[Token], m: Match, sector_at: set[int], ctx: NameContext) -> bool:
    """ "the Syrian civil war", "the Lockerbie bombing", "the Russian Revolution": an event named after the
    place, its noun ending the phrase (or before a preposition) one to three words after the place (no sector
    word between: "the Israeli army siege" is the army's)."""
    if m.compound or any(t.key in PREPOSITIONS for t in tokens[: m.i]):
        return False  # "a U.S.-led war on Iraq": its leader; "the parties to the Afghan conflict": their place
    adjective = m.of("demonym") and not m.of(*_STATE_PLACES)
    nouns = ctx.event_nouns if adjective else ctx.event_nouns | ctx.place_event_nouns
    for k in range(m.j, min(m.j + 3, len(tokens))):
        t = tokens[k]
        if not t.is_word or t.key in _NOT_BETWEEN or k in sector_at:
            return False
        if t.key in nouns:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or not nxt.is_word or nxt.key in PREPOSITIONS
    return False


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


def located_place(tokens: Sequence[Token], matches: Sequence[Match], ctx: NameContext) -> bool:
    """Whether the phrase is "<capitalised words no match stands on>, <a region or country name>" and
    nothing else ("Paris, Texas"; after "the town of": ``settlement_words``): a town located by its region,
    no actor. "Kabul, Afghanistan" (a known
    capital) and "police in Paris, Texas" (a sector word) are not."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma == 0 or not _capital(tokens[comma - 1]):
        return False
    first = 0
    if comma > 3 and tokens[2].key == "of" and tokens[1].key in ctx.settlement_words and tokens[0].key == "the":
        first = 3  # "the town of China, Maine" ("village" may be a sector word: not an actor here)
    inside = [m for m in matches if m.i >= first]
    if len(inside) != 1 or not all(_capital(t) for t in tokens[first:comma]):
        return False  # "a rally in Butler, Pennsylvania": a place inside a longer phrase
    m = inside[0]
    end = len(tokens)
    while end > m.j and not tokens[end - 1].is_word:
        end -= 1  # a closing comma or full stop
    return m.i == comma + 1 and m.j == end and bool(m.of("region", "country")) and set(m.kinds) <= set(PLACE_KINDS)


def _title_surname(tokens: Sequence[Token], m: Match, covered: set[int], ctx: NameContext) -> bool:
    """ "Stephen King", "Alexander Pope", "John Chancellor", "Martin Luther King Jr.": a ``title_surnames`` word
    written with a capital right after a capitalised word no alias covers and no title or form of address
    ("Crown Prince", "Former King", "Saudi King" are titles), ending the run of capitalised words (or before
    "Jr."): a surname of a person the knowledge base does not know, not the office."""
    if m.j - m.i != 1 or m.i == 0 or not _capital(tokens[m.i]) or tokens[m.i].key not in ctx.title_surnames:
        return False
    prev = tokens[m.i - 1]
    if not _capital(prev) or m.i - 1 in covered or prev.key in ctx.honorifics | ctx.directions:
        return False
    nxt = tokens[m.j] if m.j < len(tokens) else None
    return nxt is None or not _capital(nxt) or nxt.key in _SUFFIXES


_TITLE_SMALL = frozenset({"of", "in", "and", "the", "for", "to", "a", "on", "'s"})  # small words inside a title
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii".split())


def _upper_word(t: Token) -> bool:
    return t.is_word and t.text[:1].isupper()


def work_titles(tokens: Sequence[Token], ctx: NameContext) -> set[int]:
    """The token indices of the titles of works and the names of shops: the capitalised run (with the small
    words a title keeps lower-case between capitalised ones: "Lawrence of Arabia") after a lower-case
    ``work_heads`` or ``shop_heads`` word ("the film Gandhi", "the supermarket chain Iceland")."""
    out: set[int] = set()
    heads = ctx.work_heads | ctx.shop_heads
    for i, t in enumerate(tokens[:-1]):
        if not (t.is_word and t.text.islower() and t.key in heads and _upper_word(tokens[i + 1])):
            continue
        k = i + 1
        while k < len(tokens):
            small = tokens[k].key in _TITLE_SMALL and k + 1 < len(tokens) and _upper_word(tokens[k + 1])
            if not (_upper_word(tokens[k]) or (small and k > i + 1)):
                break
            out.add(k)
            k += 1
    return out


def other_regnal(tokens: Sequence[Token], k: int, own: frozenset[str]) -> bool:
    """Whether token ``k``, right after a person's name, is a Roman numeral (capitals, ending the run of
    capitalised words: not an initial before a surname) that the person's own names lack: "Queen Elizabeth I" is
    not Elizabeth II, "King Fahd II" not King Fahd; "I" only where the names hold another numeral ("King Baudouin
    I" is King Baudouin, "King Abdullah I" is not Abdullah II)."""
    if k >= len(tokens) or tokens[k].key not in _ROMAN or not tokens[k].text.isupper():
        return False
    if k + 1 < len(tokens) and _upper_word(tokens[k + 1]):
        return False  # an initial: "Abdullah I. Smith"
    numerals = own & _ROMAN
    # "I" alone is also written after a sole monarch or pope of the name ("King Baudouin I", "Pope Francis I")
    return tokens[k].key not in numerals if numerals else tokens[k].key != "i"


def named_place_of(tokens: Sequence[Token], i: int, ctx: NameContext) -> bool:
    """Whether the name at ``i`` follows "the <settlement word> of" ("the port of Turkmenbashi", "the city of
    Ho Chi Minh"): a place named after the person, not the person."""
    return (
        i >= 3
        and tokens[i - 1].key == "of"
        and tokens[i - 2].key in ctx.settlement_words
        and tokens[i - 3].key == "the"
    )


def run_then_thing(
    tokens: Sequence[Token],
    k: int,
    covered: set[int],
    ctx: NameContext,
    thing_after: Callable[[Sequence[Token], int, set[int], NameContext], bool],
) -> bool:
    """Whether a run of capitalised words no alias covers follows a place name at ``k`` and a lower-case
    ``thing_heads`` word follows the run ("the Russian RTS index": the index, not Russia)."""
    j = k
    while j < len(tokens) and _upper_word(tokens[j]) and j not in covered:
        j += 1
    return j > k and j < len(tokens) and tokens[j].text.islower() and thing_after(tokens, j, covered, ctx)
