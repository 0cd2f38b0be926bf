"""Safe matching: drop an alias match that is only part of a longer proper name of someone or
something else (docs/knowledge-base.md, "Safe matching").

The matcher finds aliases word by word; a surname, an organisation's one-word name or a place name
can stand inside a longer name the knowledge base does not know.  This module looks at the words
around each match (spaCy-free: the phrase's tokens and their capitals) and drops the match when

* **a person's name** has another capitalised word before or after it that the knowledge base does
  not know, that is not one of that person's own names and not a title or form of address
  ("Jerome Powell" is not Colin Powell, "Werner Herzog" not Isaac Herzog, "Donald Trump Jr." not
  Donald Trump; "Mr. Powell", "Colin L. Powell" are);
* **an organisation's one-word name** (not an acronym) has such a word before or after it
  ("Richard Wagner", "Michael Bloomberg"), or an imported organisation's longer name has one right
  before it ("Bougainville Revolutionary Army" is not the imported "Revolutionary Army");
* **a place name** (not a demonym: an adjective before a capitalised noun, "Danish Web sites",
  keeps its country) is followed by such a word ("Paris Agreement", "Oslo Accords", "Jersey City",
  "Sofia Coppola") or by a generic place head ("Niger State") — unless the capitalised run after it
  reaches a sector word ("Israel Defense Forces", "Afghan National Army") — or, inside the phrase,
  preceded by one ("Paris Hilton" in "socialite Paris Hilton" is caught by the first rule);
* **a demonym** follows a compass word ("the North Pole", "West Indian");
* **a place name or demonym** is the first part of a hyphen compound with a language word
  ("Russian-speaking residents", "Spanish-language media": the language, not the country);
* **a person's name** is followed by a thing or place named after the person ("the Bush doctrine",
  "Ronald Reagan Washington National Airport"); a capitalised word before a full name that starts
  with the person's given name is a title ("Commodore Frank Bainimarama");
* **a person's name** is followed by an Arabic numeral ("Queen Elizabeth 2": a ship), or a one-word
  name by a place name ("Kerry Washington" is neither John Kerry nor Washington's government);
* **a country name that is also a subdivision elsewhere** follows "<unknown capitalised word>,"
  ("Atlanta, Georgia");
* **a place name** follows a lower-case word of the past ("ancient Egypt", "medieval England"), or
  a thing or document and a topic word ("the Geneva talks on Syria": the topic, not an actor).

Rules that need the whole phrase (a currency after a possessive, speakers of a language, an institution
abroad, a place inside a name a demonym opens) are in ``kb/name_parts.py``.

The word lists (titles, compass words, people nouns that do not form names, generic place heads,
namesakes) are in ``data/kb/name_context.yaml``, read by ``kb/name_context.py``.  An unknown person
thus stays unknown (a textual actor for the coder) instead of borrowing a known person's code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsevents.kb.entries import fold
from newsevents.kb.match import PLACE_KINDS, PREPOSITIONS, Hit, Match, Token, is_people, tokenize
from newsevents.kb.name_context import NameContext, name_context
from newsevents.kb.name_parts import inner_drops, named_place_of, other_regnal, run_then_thing, work_titles
from newsevents.kb.spellings import without_articles

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase

_TOPIC = frozenset({"on", "over", "about", "concerning", "regarding"})  # after a thing: its topic
_FUNCTION = PREPOSITIONS | {"the", "a", "an", "and", "or", "nor", "but", "'s"}


@functools.lru_cache(maxsize=1 << 14)
def _own_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.key for n in names for t in tokenize(n))


@functools.lru_cache(maxsize=1 << 14)
def _first_word(name: str) -> str:
    found = tokenize(name)
    return found[0].key if found else ""


def _named_after(tokens: Sequence[Token], k: int, ctx: NameContext) -> bool:
    """Whether the words from ``k`` on make a thing or place named after the name before them: a
    lower-case ``named_after_heads`` word right after it ("the Bush doctrine"), or a run of capitalised
    words that ends in one ("Ronald Reagan Washington National Airport", "the Nelson Mandela Foundation")."""
    if k < len(tokens) and tokens[k].is_word and tokens[k].text.islower():
        return tokens[k].key in ctx.named_after_heads
    last = None
    while k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper():
        last = tokens[k].key
        k += 1
    return last is not None and last in ctx.named_after_heads


def _thing_after(tokens: Sequence[Token], k: int, covered: set[int], ctx: NameContext) -> bool:
    """Whether a ``thing_heads`` word follows a name at ``k``, right after it or after one or two other
    lower-case words that no alias covers ("Swiss cheese", "the Paris climate agreement", "the Oslo peace
    accords"; "Israeli army dogs" is no thing: "army" is a sector word), or a ``goods`` word not followed by an
    alias ("Egyptian cotton"; "Egyptian cotton farmers" are farmers)."""
    for j in range(k, min(k + 3, len(tokens))):
        t = tokens[j]
        if not t.is_word or not t.text.islower() or t.key in _FUNCTION:
            return False
        if t.key in ctx.thing_heads or t.key in ctx.currencies:
            return True
        if t.key in ctx.goods:
            # "Egyptian cotton farmers": goods before a sector word name the people of the country
            return not (j + 1 < len(tokens) and j + 1 in covered and j not in covered)
        if j in covered:
            return False
    return False


def _document_of(tokens: Sequence[Token], i: int) -> bool:
    """Whether the name at ``i`` follows "<document head> of" ("the Treaty of Rome", "the Treaty of
    Lisbon", "the Peace of Westphalia"): the name of a treaty or an event, not an actor."""
    ctx = name_context()
    heads = ctx.document_heads | ctx.feature_of_heads  # and "the Sea of Japan": a feature
    return i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in heads


def sponsor_only(units: Sequence[Match | Token], head: Sequence[Match]) -> bool:
    """Whether every place the head names is a sponsor, written as a hyphen compound with a sponsor word
    ("Iranian-backed militias in Iraq": the militias are of Iraq, if the phrase names it)."""
    words = name_context().sponsor_words
    places = [m for m in head if m.of(*PLACE_KINDS)]
    for m in places:
        k = next((i for i, u in enumerate(units) if u is m), -1)
        nxt = units[k + 1] if 0 <= k < len(units) - 1 else None
        if not (m.compound and isinstance(nxt, Token) and nxt.key in words):
            return False
    return bool(places)


def ethnic_only(head: Sequence[Match]) -> bool:
    """Whether the head is only a people's plural demonym of ``ethnic_peoples`` ("Albanians", "Uzbeks"):
    with a place after "in", "of" or "from" the people are of that place ("Albanians of southern Serbia"
    -> SRB, "Uzbeks in southern Kyrgyzstan" -> KGZ); an adjective before a noun stays the nationality
    ("Chinese workers in Pakistan", "Russian troops in Ukraine")."""
    if len(head) != 1 or head[0].kinds != frozenset({"demonym"}):
        return False
    word = fold(head[0].text)
    return word in name_context().ethnic_peoples and word.endswith("s")


def minority_only(units: Sequence[Match | Token], head: Sequence[Match]) -> bool:
    """ "the Hungarian minority (in Slovakia)": a demonym alone before a ``minority_words`` word; with a place
    after "in", "of" or "from" the minority is of that place, as an ethnic people's plural is (``ethnic_only``)."""
    if len(head) != 1 or head[0].kinds != frozenset({"demonym"}):
        return False
    words = name_context().minority_words
    return any(isinstance(u, Token) and u.key in words and u.start >= head[0].end for u in units)


def _company(kb: KnowledgeBase, org_id: str) -> bool:
    """Whether the organisation is a company or a broadcaster, whose name may end in a legal form."""
    org = kb.orgs.get(org_id)
    return org is not None and org.type in ("company", "media")


def _initial(t: Token) -> bool:
    return len(t.key) == 1 and t.text[:1].isupper()


def _neighbour(tokens: Sequence[Token], k: int, step: int) -> int | None:
    """Index of the next word token from ``k`` in direction ``step``, skipping initials ("Colin L. Powell")."""
    while 0 <= k < len(tokens):
        t = tokens[k]
        if not _initial(t):
            return k
        k += step
    return None


def _stranger(tokens: Sequence[Token], k: int | None, covered: set[int], ctx: NameContext) -> bool:
    """Whether token ``k`` is a capitalised word the knowledge base does not know and that cannot
    stand next to a name without being part of it."""
    if k is None:
        return False
    t = tokens[k]
    if k in covered or not t.is_word or t.key in _FUNCTION:
        return False
    if not t.text[:1].isupper() and not _joined_particle(t.text):
        return False
    return t.key not in ctx.honorifics and t.key not in ctx.not_name_forming and t.key not in ctx.directions


def _joined_particle(text: str) -> bool:
    """A name word written with a short lower-case particle joined to it: "al-Islam" in "Saif al-Islam
    Gaddafi", "ad-Din", "el-Hadi" (a capitalised name word, for the rules of a stranger)."""
    head, _, rest = text.partition("-")
    return 1 < len(head) <= 3 and head.isalpha() and head.islower() and rest[:1].isupper()


def _own_word(key: str, own: frozenset[str]) -> bool:
    """Whether a word is one of a person's own name words, also when written with a joined particle
    that the name writes apart ("el-Abidine" for "Zine El Abidine Ben Ali")."""
    return key in own or ("-" in key and key.partition("-")[2] in own)


def _run_ends_in(tokens: Sequence[Token], k: int, heads: frozenset[str]) -> bool:
    """Whether the run of capitalised words from ``k`` on ends in one of ``heads``."""
    last = None
    while k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper():
        last = tokens[k].key
        k += 1
    return last is not None and last in heads


def _event_after(tokens: Sequence[Token], m: Match, ctx: NameContext) -> bool:
    """Whether a capitalised run ending in an event head follows the match, right after it or after its
    possessive ("the French Open", "the Hungarian Grand Prix", "the America's Cup")."""
    k = m.j + 1 if m.j + 1 < len(tokens) and tokens[m.j].key == "'s" else m.j
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text[:1].isupper():
        return False
    return _run_ends_in(tokens, k, ctx.event_heads)


def _run_reaches_sector(tokens: Sequence[Token], k: int, sector_at: set[int]) -> bool:
    """Whether the run of capitalised words from ``k`` on reaches a sector word ("Defense Forces")."""
    while k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper():
        if k in sector_at:
            return True
        k += 1
    return False


def _portfolio(tokens: Sequence[Token], m: Match, sector_at: set[int], ctx: NameContext) -> bool:
    """Whether a place word names a portfolio, what an office deals with (name_context portfolio_nouns):
    right before "Affairs" with an office after it ("Indian Affairs Minister") or before it ("the
    Minister of Indian Affairs", "the Department of Indian Affairs")."""
    if m.j >= len(tokens) or tokens[m.j].key not in ctx.portfolio_nouns:
        return False
    offices = ctx.office_heads | ctx.portfolio_offices
    after = m.j + 1
    if after < len(tokens) and (after in sector_at or tokens[after].key in offices):
        return True
    office = m.i - 2  # "<office> of|for <place> Affairs"
    return (
        office >= 0 and tokens[m.i - 1].key in {"of", "for"} and (office in sector_at or tokens[office].key in offices)
    )


def guard(kb: KnowledgeBase, tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
    """The matches minus the hits that are part of a longer name of someone or something else."""
    if not matches:
        return matches
    ctx = name_context()
    # a misspelling match is a guess, and an imported agent word is no name: next to a name they are
    # taken for a word of that name ("Georgina Bloomberg", "Hunter Blair")
    covered = {
        k
        for m in matches
        if "(spelt so;" not in m.text and not all(h.imported for h in m.hits)
        for k in range(m.i, m.j)
    }
    sector_at = {k for m in matches if "sector" in m.kinds for k in range(m.i, m.j)}
    places_at = {k: {h.ref for h in m.of(*PLACE_KINDS)} for m in matches if m.of(*PLACE_KINDS) for k in range(m.i, m.j)}
    persons_at = {m.i for m in matches if "person" in m.kinds}
    # a demonym or a people's name ("Coptic Pope Shenouda III") is an adjective, not a given name
    demonym_at = {k for m in matches if "demonym" in m.kinds or any(map(is_people, m.hits)) for k in range(m.i, m.j)}
    out: list[Match] = []
    starts = {m.i: m for m in matches}
    ends = {m.j: m for m in matches}
    no_place, no_sector = inner_drops(tokens, matches, ctx)  # "Russian speakers", "the Norwegian Helsinki Committee"
    titled = work_titles(tokens, ctx)  # "the film Gandhi": a work's title names no actor
    for m in matches:
        where = (covered, sector_at, places_at, persons_at, demonym_at)
        if _town_of(m, starts, tokens, ctx) or _ethnic_people(m, ends.get(m.i), ctx) or m.i in titled:
            continue
        hits = [
            h
            for h in m.hits
            if not (m.i in no_place and h.kind in PLACE_KINDS)
            and not (m.i in no_sector and h.kind == "sector")
            and _keep(kb, h, m, tokens, *where, ctx)
        ]
        if len(hits) == len(m.hits):
            out.append(m)
        elif hits:
            out.append(Match(m.i, m.j, m.start, m.end, m.text, hits, m.compound))
    return out


def article_reading(
    kb: KnowledgeBase,
    match: Callable[[str, Sequence[Token]], list[Match]],
    text: str,
    tokens: list[Token],
    matches: list[Match],
) -> tuple[list[Token], list[Match]]:
    """The phrase's tokens and guarded matches, or those of a reading with its joined Arabic articles written
    apart or left out (kb/spellings.py: "Walid al-Muallem" for the file's "Walid Muallem", "Hamad bin Khalifa
    al-Thani" for "... Al Thani") where that reading takes a person's full name (two words or more: a surname
    alone may be a relative's, "Maher al-Assad") over a word the phrase's own matches leave bare."""
    readings = without_articles(text)
    if not readings:
        return tokens, matches
    covered = {k for m in matches for k in range(m.start, m.end)}
    for bare in readings:
        alt = tokenize(bare)
        found = guard(kb, alt, match(bare, alt))
        if any(
            "person" in m.kinds and m.j - m.i > 1 and any(k not in covered for k in range(m.start, m.end))
            for m in found
        ):
            return alt, found
    return tokens, matches


def _ethnic_people(m: Match, before: Match | None, ctx: NameContext) -> bool:
    """ "Croatian Serbs", "Iraqi Turkmen", "Kosovo Albanians": a people's demonym (``ethnic_peoples``)
    right after another country's demonym or name is an ethnic group of that country, not the country
    its demonym names ("Greek Cypriots", "Mexican Americans" are citizens: not in the list)."""
    if before is None or not m.of("demonym") or fold(m.text) not in ctx.ethnic_peoples:
        return False
    other = {h.ref for h in before.of("country", "demonym")}
    return bool(other) and not other & {h.ref for h in m.of("demonym")}


def _town_of(m: Match, starts: dict[int, Match], tokens: Sequence[Token], ctx: NameContext) -> bool:
    """ "Paris, Texas", "London, Ontario", "Athens, Georgia": a place name followed by a comma and a
    subdivision (a region) of another country, or a namesake country, that ends the phrase or is not
    followed by a list ("Lebanon, Syria and Jordan" are three countries): a town of that name there.
    A country's name or a capital (not a demonym) is also a town of that name when the place after the
    comma is another country ("Armenia, Colombia", "Liberia, Costa Rica", "Tripoli, Lebanon"), also after
    "in" and a compass word ("Tripoli, in northern Lebanon"): two countries alone are no list."""
    places = {h.ref for h in m.of("country", "metonym", "region")}
    if not places or m.of("demonym") or m.j + 1 >= len(tokens) or tokens[m.j].text != ",":
        return False
    k = m.j + 1
    located = tokens[k].key == "in" and k + 1 < len(tokens)  # "Tripoli, in northern Lebanon"
    if located:
        k += 1 + (tokens[k + 1].key in ctx.directions and k + 2 < len(tokens))
    nxt = starts.get(k)
    if nxt is None:
        return False
    where = {h.ref for h in nxt.of("region")}
    where |= {h.ref for h in nxt.of("country") if fold(h.alias) in ctx.namesakes}
    country = set()
    if m.of("country", "metonym") and not m.of("region") and not (m.i > 0 and tokens[m.i - 1].text == ","):
        country = {h.ref for h in nxt.of("country")}  # "Armenia, Colombia": a town named like a country (not
        # the end of a list: "Kenya, Tanzania, Uganda")
    if not where | country or (where | country) & places or (located and not nxt.of("country")):
        return False
    if nxt.j + 1 < len(tokens) and tokens[nxt.j].text == ",":
        if not where:
            return False  # a list of countries: "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain"
        after = tokens[nxt.j + 1]  # "Moscow, Idaho, police": a lower-case word goes on, no list
        return after.is_word and after.text.islower() and after.key not in {"and", "or", "nor"}
    return nxt.j >= len(tokens) or tokens[nxt.j].key not in {",", "and", "or", "&", ";", "/"}


def _namesake_head(tokens: Sequence[Token], k: int, owned: bool, ctx: NameContext) -> bool:
    """Whether the words from ``k`` on, after a namesake country (``owned``: after its possessive), make it
    the subdivision of that name: a ``namesake_heads`` word ("Georgia Governor X", "Georgia state
    troopers"; after the possessive in lower case too, "state" only before another head: "Georgia's
    governor", "Georgia's state legislature"), or a capitalised run holding a ``namesake_run_heads``
    word ("Georgia's Fulton County District Attorney")."""
    word = tokens[k]
    if word.key in ctx.namesake_heads:
        if not owned or word.text[:1].isupper() or word.key != "state":
            return True
        return k + 1 < len(tokens) and tokens[k + 1].key in ctx.namesake_heads
    while k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper():
        if tokens[k].key in ctx.namesake_run_heads:
            return True
        k += 1
    return False


_INDEFINITE = frozenset({"a", "an"})


def _common_acronym(tokens: Sequence[Token], m: Match, ctx: NameContext) -> bool:
    """Whether an organisation's acronym heads its phrase as a common noun: after an indefinite
    article, across at most two capitalised words ("a Roth IRA", "an ETA of ten minutes"), or after
    a common noun's possessive ("the flight's ETA"; not a body's or a state's: "the country's NDS",
    name_context acronym_owners). An organisation is neither counted nor owned by a thing; an acronym
    that modifies the head stays the organisation ("an IRA bomb", "Iran's IRGC")."""
    nxt = tokens[m.j] if m.j < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.key not in PREPOSITIONS:
        return False
    k = m.i - 1
    if k >= 1 and tokens[k].key == "'s":
        owner = tokens[k - 1]
        return owner.is_word and owner.text.islower() and owner.key not in ctx.acronym_owners
    while k >= 0 and k >= m.i - 3 and tokens[k].is_word and tokens[k].text[:1].isupper():
        k -= 1
    return k >= 0 and tokens[k].key in _INDEFINITE


def _keep(
    kb: KnowledgeBase,
    h: Hit,
    m: Match,
    tokens: Sequence[Token],
    covered: set[int],
    sector_at: set[int],
    places_at: dict[int, set[str]],
    persons_at: set[int],
    demonym_at: set[int],
    ctx: NameContext,
) -> bool:
    word_before = tokens[m.i - 1] if m.i > 0 else None
    if h.kind in PLACE_KINDS and word_before is not None and word_before.text[:1].isupper():
        if word_before.key in ctx.club_words:
            return False  # "Real Madrid", "Dynamo Kyiv", "Team USA": a sports club or team
        if word_before.key in ctx.address_words:
            return False  # "Miss France", "Mr. Jordan": a form of address makes a person's name or a pageant's title
    if h.kind in PLACE_KINDS and _event_after(tokens, m, ctx):
        return False  # "the French Open", "the US Open", "the America's Cup": a sports event named after the place
    if h.kind == "org" and h.case == "upper" and _common_acronym(tokens, m, ctx):
        return False  # "a Roth IRA", "the flight's ETA": an acronym used as a common noun
    if h.kind in ("sector", "blocker") or h.case == "upper":
        return True
    before = _neighbour(tokens, m.i - 1, -1)
    after = _neighbour(tokens, m.j, 1)
    if h.kind == "person":
        person = kb.persons.get(h.ref)
        own = _own_words((person.name, *person.aliases)) if person else frozenset()
        # a full name that starts with the person's given name: a capitalised word before it is a title
        # the lists lack ("Commodore Frank Bainimarama", "State Counsellor Aung San Suu Kyi")
        full = person is not None and m.j - m.i > 1 and tokens[m.i].key == _first_word(person.name)
        if full and before is not None and tokens[before].key in ctx.named_after_heads | ctx.place_prefixes:
            return False  # "Avenue Habib Bourguiba", "Fort Bragg": a place named after the person
        for k in (after,) if full else (before, after):
            if _stranger(tokens, k, covered, ctx) and k is not None and not _own_word(tokens[k].key, own):
                return False
        if _named_after(tokens, m.j, ctx):
            return False  # "the Bush doctrine", "Ronald Reagan Washington National Airport"
        if not full and before is not None and before == m.i - 1 and before in places_at and before not in demonym_at:
            return False  # after a place name used as a given name ("Paris Jackson"; not before a given name)
        if m.j < len(tokens) and tokens[m.j].key.isdigit():
            return False  # a name and an Arabic numeral: a ship or a product ("Queen Elizabeth 2")
        if other_regnal(tokens, m.j, own) or named_place_of(tokens, m.i, ctx):
            return False  # "Queen Elizabeth I" is not Elizabeth II; "the port of Turkmenbashi" is a place
        nxt = m.j if m.j < len(tokens) else None
        if m.j - m.i == 1 and nxt in places_at and nxt not in demonym_at and tokens[nxt].text[:1].isupper():
            return False  # a surname alone before a place name is another person's given name ("Kerry Washington")
        return True
    if h.kind == "org":
        if m.j - m.i != 1 and m.i > 0 and _stranger(tokens, m.i - 1, covered, ctx):
            if kb.layer_of(f"org:{h.ref}") == "imported":
                return False  # an imported generic name inside a longer one: "Bougainville Revolutionary Army"
        if m.j - m.i != 1 and m.j < len(tokens) and tokens[m.j].is_word and tokens[m.j].text[:1].isupper():
            if tokens[m.j].key in ctx.org_heads | ctx.office_heads and kb.layer_of(f"org:{h.ref}") == "imported":
                return False  # ... or before a name's head: "National Resistance Army" is not "National Resistance"
        if m.j - m.i != 1 or (after is not None and tokens[after].key in ctx.org_heads):
            return True  # "the Fatah Party": the organisation's own name
        if after is not None and tokens[after].key in ctx.company_suffixes and _company(kb, h.ref):
            return not _stranger(tokens, before, covered, ctx)  # "Sony Corp.": the company's legal form
        return not (_stranger(tokens, before, covered, ctx) or _stranger(tokens, after, covered, ctx))
    if h.kind not in PLACE_KINDS:
        return True
    if m.compound and m.j < len(tokens) and tokens[m.j].key in ctx.language_words:
        return False  # "Russian-speaking residents", "Spanish-language media": a language, not the country
    if _portfolio(tokens, m, sector_at, ctx):
        return False  # "the Indian Affairs Minister" of Canada: what the office deals with, not its country
    nxt_word = tokens[m.j] if m.j < len(tokens) and tokens[m.j].is_word else None
    owned = m.j + 1 < len(tokens) and tokens[m.j].key == "'s"  # "Georgia's Secretary of State", "America's Cup"
    if m.i >= 2 and tokens[m.i - 1].key in ctx.name_particles and tokens[m.i - 2].key in ctx.event_heads:
        if tokens[m.i - 2].text[:1].isupper():
            return False  # "the Tour de France": an event whose name ends in the place
    if nxt_word is not None and nxt_word.text.islower() and _thing_after(tokens, m.j, covered, ctx):
        return False  # "Swiss cheese", "the Minsk agreements", "the Paris climate accord": a thing
    if (
        h.kind == "country"
        and nxt_word is not None
        and nxt_word.text.islower()
        and nxt_word.key in ctx.subdivision_nouns
    ):
        return False  # "Belgium's Luxembourg province", "the Macedonia region of Greece": a subdivision of that name
    if _document_of(tokens, m.i):
        return False  # "the Treaty of Rome", "the Peace of Westphalia": a document or event named after the place
    # (a demonym after the topic word is an adjective: "an accord on Palestinian self-rule" keeps its people)
    if h.kind != "demonym" and m.i >= 2 and tokens[m.i - 1].key in _TOPIC:
        if tokens[m.i - 2].key in ctx.thing_heads | ctx.document_heads:
            return False  # "the Geneva talks on Syria", "the Sochi agreement on Idlib": the topic, not an actor
    if m.i > 0 and tokens[m.i - 1].key in ctx.past_words and tokens[m.i - 1].text.islower():
        return False  # "ancient Egypt", "medieval England": a past state or civilisation, not today's country
    if h.kind == "demonym" and nxt_word is not None and nxt_word.text[:1].isupper():
        if _run_ends_in(tokens, m.j, ctx.feature_heads):
            return False  # "Indian Wells", "Dutch Harbor": a place whose name starts with a demonym
        if _run_ends_in(tokens, m.j, ctx.thing_heads) and not _run_reaches_sector(tokens, m.j, sector_at):
            return False  # "the Swiss Market Index": a thing whose name starts with a demonym
    if run_then_thing(tokens, m.j, covered, ctx, _thing_after):
        return False  # "the Russian RTS index", "the Brazilian Bovespa index": a thing
    if nxt_word is not None and nxt_word.key in ctx.name_particles and nxt_word.text.islower():
        k = m.j + 1
        if k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper():
            return False  # "Santiago de Compostela", "Chad le Clos"
    if m.i > 0 and tokens[m.i - 1].key in ctx.place_prefixes and tokens[m.i - 1].text[:1].isupper():
        if h.kind != "demonym" and m.i - 1 not in covered:
            return False  # "Little Havana", "Lake Chad": another place
    head_at = m.j + 1 if owned else m.j
    if h.kind == "country" and fold(h.alias) in ctx.namesakes and head_at < len(tokens) and tokens[head_at].is_word:
        if _namesake_head(tokens, head_at, owned, ctx):
            return False  # "Georgia Governor Brian Kemp", "Georgia state troopers": the subdivision
    if "(spelt so;" in m.text:  # a guessed spelling next to another capitalised word: a name ("Georgina Bloomberg")
        return not any(k is not None and tokens[k].is_word and tokens[k].text[:1].isupper() for k in (before, after))
    if h.kind != "demonym" and m.i - 1 in persons_at and tokens[m.i].text[:1].isupper():
        return False  # after a one-word name: "Kerry Washington" is a person's full name
    nxt = m.j if m.j < len(tokens) else None
    if h.kind != "demonym" and nxt in persons_at and tokens[m.i].text[:1].isupper():
        return False  # a place name as a given name: "Paris Jackson", "Georgia Brown"
    if nxt is not None and h.kind != "demonym" and tokens[nxt].is_word and tokens[nxt].text[:1].isupper():
        # (a demonym is an adjective: "Danish Web sites", "Russian Orthodox priests" keep it)
        end = nxt  # the last word of the capitalised run: "Niger State", "Washington National Airport"
        while end + 1 < len(tokens) and tokens[end + 1].is_word and tokens[end + 1].text[:1].isupper():
            end += 1
        if tokens[end].key in ctx.place_heads:
            if h.kind != "region":
                return False
            # (a region's own head keeps it: "Imo State", "Sichuan Province")
        elif h.kind != "region" and tokens[nxt].key == "city":
            return False  # "City" right after the name, before a title: "Jersey City Mayor X" (the run goes on: "Israel
            # State Comptroller", "the Montenegro Municipality Association" keep the country)
        elif tokens[end].key in ctx.thing_heads:
            return False  # "the Washington Naval Treaty", "the Tokyo Olympic Games": a thing, even past a sector word
        elif _stranger(tokens, nxt, covered, ctx) and not _run_reaches_sector(tokens, nxt, sector_at):
            return False
    prev = m.i - 1
    if prev >= 0 and tokens[prev].is_word and tokens[prev].text[:1].isupper() and prev not in covered:
        if h.kind == "demonym" and tokens[prev].key in ctx.directions:
            return False  # "the North Pole", "West Indian"
        if prev == 0 and h.kind == "metonym" and m.j == len(tokens) and _stranger(tokens, prev, covered, ctx):
            return False  # "Benfica Lisbon", "Besiktas Istanbul": a club or another name ending in a capital
        if prev == 0 and fold(h.alias) in ctx.surname_places and _stranger(tokens, prev, covered, ctx):
            nxt_is = m.j < len(tokens) and tokens[m.j].is_word
            if not (nxt_is and (tokens[m.j].text[:1].isupper() or h.kind == "demonym")):
                return False  # "Steve Israel", "Dawn French": a surname after a given name ("Angry French workers")
        if prev > 0 and _stranger(tokens, prev, covered, ctx):
            if not (h.kind == "demonym" and _run_reaches_sector(tokens, m.j, sector_at)):
                return False  # inside the phrase: "socialite Paris Hilton", "the Greater Sofia Municipality"
            # (a demonym in a force's name stays: "the Royal Thai Army", "the Royal Australian Navy")
    if h.kind == "country" and fold(h.alias) in ctx.namesakes and prev >= 1 and tokens[prev].text == ",":
        k = prev - 1
        elsewhere = places_at.get(k)
        if (
            tokens[k].is_word
            and tokens[k].text[:1].isupper()
            and (k not in covered or (elsewhere is not None and h.ref not in elsewhere))
        ):
            return False  # "Atlanta, Georgia": a place that is not in the country, then the name
    if h.kind == "country" and m.j + 1 < len(tokens) and tokens[m.j].text == ",":
        k = m.j + 1
        if tokens[k].is_word and tokens[k].text[:1].isupper() and k not in covered:
            if fold(h.alias) in ctx.namesakes:
                return False  # "Lebanon, Pennsylvania": the name, then an unknown place it is in
            rest = tokens[k:]
            if all(t.is_word and t.text[:1].isupper() for t in rest) and not covered & set(range(k, len(tokens))):
                return False  # "Jamaica, Queens", "Mexico, Pampanga": a town, then the unknown place ending the phrase
    return True
