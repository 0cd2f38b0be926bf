"""The person a phrase names after a title or a calling when the knowledge base does not know them
(docs/knowledge-base.md, rule 6, named holders), used by :class:`newsevents.kb.resolve.PhraseResolver`.

* A named holder: "Turkish Interior Minister Suleyman Soylu", "Lok Sabha Speaker Om Birla", "Gen.
  Stanley McChrystal": a run of capitalised words that no alias matches, ending the phrase right after
  a sector word (the title; honorifics such as "Gen." or "Prince" may stand between), is the name of
  the title's holder. The actor keeps the country and sector the title gives and takes that name; it
  borrows no known person (no ``person:`` id).
* A private person or a team: a non-political calling (``name_context.yaml`` ``callings``: "sprinter",
  "tennis star", "singer") before such a name ("Jamaican sprinter Usain Bolt"), or a team head
  (``team_heads``: "the England cricket team", "Brazil's national football team", "the Miss Venezuela
  pageant"), names someone or something outside politics: the name, no country and no sector. A
  calling word that is also a sector word ("striker") counts only before a name ("Korean strikers"
  are workers on strike).
* A named party: a phrase ending in a party head (``party_heads``: "Party", "party") right after a
  capitalised word ("Spain's Popular Party", "the Georgian Dream party"), resolved to a country with no
  sector, is a party of that country (PTY) that the knowledge base does not know by name; so is one the
  party word made PTY ("Japan's Liberal Democratic Party").
* A named institution (actor38): a phrase ending in a capitalised ``institution_heads`` word (Court, Tribunal,
  Council, Guard) right after a capitalised word, resolved to a country's actor of a sector ("Brazil's Supreme
  Federal Court" BRA JUD, "Venezuela's National Guard" VEN MIL), keeps that country and sector and takes the
  institution's name instead of the country's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from newsevents.kb.match import PLACE_KINDS, Match, Token
from newsevents.kb.name_context import name_context
from newsevents.kb.sport import sport_head, team_role
from newsevents.records import ActorRef

_BLOCKER = frozenset({"blocker"})
_MAX_NAME_WORDS = 5
_GENERIC_KINDS = ("country", "sector")  # a country or a sector word: an actor that may take a holder's name


def _capitalised(t: Token) -> bool:
    """A capitalised word, or one after a lower-case particle and a hyphen ("al-Naimi", "el-Adly")."""
    if not t.is_word:
        return False
    if t.text[:1].isupper():
        return True
    head, _, tail = t.text.partition("-")
    return head.lower() in name_context().linking_particles and tail[:1].isupper()


def _title_word(t: Token) -> bool:
    """An honorific or a rank written before a name ("Gen.", "Prince", "Major"; not "Don", a given name)."""
    ctx = name_context()
    return (t.key in ctx.honorifics and t.key not in ctx.given_name_honorifics) or t.key in ctx.ranks


def trailing_name(tokens: Sequence[Token], matches: Sequence[Match]) -> tuple[Token, Token] | None:
    """(first, last) token of the capitalised run that ends the phrase after its last matched alias (a
    known person's name the resolver did not take counts as no alias), with leading honorifics left out;
    None when the phrase does not end in such a run or the run holds a word of an institution's, a
    team's or a place's name, or a day or a month."""
    named = [m for m in matches if not m.kinds <= _BLOCKER and not m.kinds <= _PERSON]
    last_end = max((m.end for m in named), default=0)
    words = list(tokens)
    while words and words[-1].key in {",", "."}:
        words.pop()
    ctx = name_context()
    not_names = (
        ctx.org_heads
        | ctx.place_heads
        | ctx.named_after_heads
        | ctx.not_name_forming
        | ctx.team_heads
        | ctx.office_heads
    )
    k = len(words)
    while k > 0 and words[k - 1].start >= last_end:
        t = words[k - 1]
        if _capitalised(t) and not _title_word(t):
            k -= 1
        elif t.key in ctx.name_particles or t.key in ctx.linking_particles:
            k -= 1
        else:
            break
    run = words[k:]
    while run and not _capitalised(run[0]):
        run = run[1:]
    if not run or len(run) > _MAX_NAME_WORDS or any(t.key in not_names or t.key == "'s" for t in run):
        return None
    return run[0], run[-1]


_PERSON = frozenset({"person"})
_GROUP_ENDINGS = ("ists", "ats", "ives", "als", "ans", "ites")  # the members of a party or a movement
_LISTS = frozenset({"and", "or", "&", "/", ",", ";"})


def _calling(tokens: Sequence[Token], before: int) -> Token | None:
    """A calling word written in lower case before the character offset ``before``."""
    callings = name_context().callings
    return next((t for t in tokens if t.end <= before and t.text.islower() and t.key in callings), None)


def _team(tokens: Sequence[Token], matches: Sequence[Match] = ()) -> Token | None:
    """The team head that ends the phrase, where a calling word, another team word or a team qualifier
    ("the German national team") comes before it; a bare team head right after a place name or demonym
    ("the Brazil squad", "the Dutch squad"); a team's nickname after a place name (``_nickname``); or a sports
    body, a league or a national team's player named with a place (``kb/sport.py``)."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 2:
        return None
    ctx = name_context()
    last = words[-1]
    if last.key in ctx.team_heads and last.text.islower():
        if last.key in ctx.named_team_heads or words[-2].key in ctx.team_qualifiers:
            return last
        if any(t.key in ctx.callings or t.key in ctx.team_heads for t in words[:-1]):
            return last
    if last.key in ctx.bare_team_heads and last.text.islower():
        before = words[-2]
        if any(m.end == before.end and m.of(*PLACE_KINDS) for m in matches):
            return last
    return _nickname(tokens, matches) or sport_head(tokens, matches)


def _nickname(tokens: Sequence[Token], matches: Sequence[Match]) -> Token | None:
    """ "Ghana's Black Stars", "Argentina's Pumas", "the Ottawa Senators", "the Chennai Super Kings": a
    capitalised run ending the phrase in a ``nickname_heads`` word after a place name, or after a place
    name's possessive or a demonym when the run holds no sector word ("the Nigerian Super Eagles";
    "Canada's Senators" are senators, "Saudi Kings" kings), is a team's name."""
    ctx = name_context()
    words = [t for t in tokens if t.is_word]
    last = words[-1]
    if last.key not in ctx.nickname_heads or not last.text[:1].isupper():
        return None
    places = [m for m in matches if m.of(*PLACE_KINDS)]
    k = len(words) - 1
    while k > 0 and words[k - 1].text[:1].isupper() and not any(m.start <= words[k - 1].start < m.end for m in places):
        k -= 1
    if k == 0:
        return None
    place = next((m for m in places if m.end == words[k - 1].end), None)
    if place is None:
        return None
    owned = any(t.key == "'s" and place.end <= t.start < words[k].start for t in tokens)
    if (owned or place.of("demonym")) and any("sector" in m.kinds and m.start >= words[k].start for m in matches):
        return None
    return last


def named_holders(
    text: str,
    tokens: Sequence[Token],
    matches: Sequence[Match],
    refs: list[ActorRef],
    home: Callable[[Match], str | None] = lambda m: None,
    sole: Callable[[str], str | None] = lambda title: None,
) -> list[ActorRef]:
    """``refs`` with the rules of the module docstring applied (unchanged when none applies). ``home``
    gives the one country of every role of the persons a name matches (None when they differ or there
    are none): a title without a country word before a known name the resolver did not take for its
    date ("Interior Minister Wolfgang Schaeuble" before the roles the knowledge base knows) takes it;
    ``sole`` the country of a title that exists in one country only ("Chancellor of the Exchequer X")."""
    if not refs or any(r.kind == "person" for r in refs):
        return refs
    if any(r.kind == "org" for r in refs):
        return _org_holder(text, tokens, matches, refs)
    team = _team(tokens, matches)
    if team is not None:
        words = [t for t in tokens if t.is_word and t.key != "the"]
        start = words[0].start
        why = f"'{team.text}' ends a team's or a contest's name: not a political actor; no country"
        return [
            ActorRef(text[start : team.end], text[start : team.end], None, None, None, None, None, start, team.end, why)
        ]
    run = trailing_name(tokens, matches)
    if run is None or any(t.key in _LISTS for t in tokens if t.end <= run[0].start):
        return refs  # "X, the speaker Y and mayor Z": a list, whose names are not one actor's
    first, last = run
    name = text[first.start : last.end]
    calling = _calling(tokens, first.start) or team_role(tokens, matches) or _possessed(tokens, matches, refs, run)
    if calling is not None:
        start = refs[0].start_char if refs[0].start_char >= 0 else first.start
        why = f"calling '{calling.text}' before the name '{name}': a private person, no country and no sector"
        return [ActorRef(text[start : last.end], name, None, None, None, None, None, start, last.end, why)]
    if not _titled(tokens, matches, first):
        return refs
    if first is last and first.key.endswith("s") and not any(t.end <= first.start and _title_word(t) for t in tokens):
        return refs  # one plural-looking word after a title, no rank before it: "Army Rangers" is a unit
    generic = [r for r in refs if r.sector and r.kind in _GENERIC_KINDS and 0 <= r.end_char <= first.start]
    if not generic:
        return refs
    holder = max(generic, key=lambda r: r.end_char)
    out: list[ActorRef] = []
    for r in refs:
        if r is holder:
            why = f"{r.reason}; '{name}' after the title: its holder, unknown to the knowledge base"
            same = next((m for m in matches if m.start == first.start and m.end == last.end and m.of("person")), None)
            country = home(same) if same is not None and r.country is None else None
            only = sole(r.entity_text) if r.country is None and country is None else None
            if only is not None:
                why = f"{r.reason}; '{name}' after the title '{r.entity_text}', an office of {only} only: its holder"
            elif country is not None:
                why = (
                    f"{r.reason}; '{name}' after the title: its holder, a person of {country} whose known roles "
                    "do not cover the date"
                )
            if (given := only or country) is not None:
                r = dataclasses.replace(r, country=given, code=f"{given}{r.sector or ''}", kb_id=f"country:{given}")
            r = dataclasses.replace(r, name=name, reason=why)
        out.append(r)
    return out


def _org_holder(text: str, tokens: Sequence[Token], matches: Sequence[Match], refs: list[ActorRef]) -> list[ActorRef]:
    """ "Sony chairman Akio Morita", "ECB Vice-President Lucas Papademos": a name the knowledge base does
    not know after a title right after the one organisation the phrase names is the title's holder, acting
    for it: the organisation's actor (its code, country and sector) under the person's name."""
    orgs = [r for r in refs if r.kind == "org"]
    run = trailing_name(tokens, matches)
    if len(orgs) != 1 or run is None or not _titled(tokens, matches, run[0]):
        return refs
    org, (first, last) = orgs[0], run
    oid = org.kb_ref
    named = [m for m in matches if any(h.ref == oid for h in m.of("org")) and m.end <= first.start]
    end = max((m.end for m in named), default=first.start)
    titles = [m for m in matches if "sector" in m.kinds and end <= m.start and m.end <= first.start]
    between = [t for t in tokens if end <= t.start and t.end <= first.start and t.key != "'s"]
    if not titles or any(t.is_word and not any(m.start <= t.start < m.end for m in titles) for t in between):
        return refs  # only the title stands between the organisation and the name
    name = text[first.start : last.end]
    why = f"{org.reason}; '{name}' after the title: its holder, acting for it, unknown to the knowledge base"
    return [dataclasses.replace(r, name=name, reason=why) if r is org else r for r in refs]


def _possessed(
    tokens: Sequence[Token], matches: Sequence[Match], refs: list[ActorRef], run: tuple[Token, Token]
) -> Token | None:
    """ "Kenya's Wanjiru Kamau": a full name (two words or more) the knowledge base does not know, right after
    a country's possessive with no title between, names a person of that nationality, not an act of the
    state (the sportsmen and artists the press introduces so; a known office holder is taken before this):
    the possessive, or None."""
    first, last = run
    before = [t for t in tokens if t.end <= first.start]
    if len(before) < 2 or before[-1].key != "'s" or first is last:
        return None
    ctx = name_context()
    if any(t.key in ctx.directions or t.key in ctx.place_adjectives for t in tokens if first.start <= t.start):
        return None  # "Russia's Far East": a place
    if (
        last.key.endswith(_GROUP_ENDINGS)
        or " ".join(t.key for t in tokens if first.start <= t.start) in ctx.generic_org_names
    ):
        return None  # "Germany's Social Democrats", "Italy's Liberals": a party's members
    if not any(m.end == before[-2].end and m.of("country") for m in matches):
        return None
    if any(r.sector or r.kind != "country" for r in refs):
        return None
    return before[-1]


def _titled(tokens: Sequence[Token], matches: Sequence[Match], first: Token) -> bool:
    """Whether a sector word (the title) or an honorific ("Gen.", "Prince") ends right before the name."""
    before = [t for t in tokens if t.end <= first.start]
    if not before:
        return False
    if _capitalised(before[-1]) and _title_word(before[-1]):
        return True
    return any(m.end == before[-1].end and "sector" in m.kinds for m in matches)


def named_party(text: str, tokens: Sequence[Token], refs: list[ActorRef]) -> list[ActorRef]:
    """``refs`` with a country's actor of no sector (or PTY) made the party the phrase names, and a country's
    actor of a sector named after the institution the phrase names (module docstring)."""
    ctx = name_context()
    last = tokens[-1].key if tokens else ""
    party, institution = last in ctx.party_heads, last in ctx.institution_heads and tokens[-1].text[:1].isupper()
    if len(tokens) < 2 or not (party or institution) or not _capitalised(tokens[-2]):
        return refs
    k = len(tokens) - 2
    while k > 0 and _capitalised(tokens[k - 1]):
        k -= 1
    name = text[tokens[k].start : tokens[-1].end]
    out = []
    for r in refs:
        if r.kind == "country" and r.country and r.name != name:
            if party and r.sector in (None, "PTY"):
                why = f"{r.reason}; '{name}': a party of {r.country} the knowledge base does not know by name -> PTY"
                r = dataclasses.replace(r, name=name, sector="PTY", code=f"{r.country}PTY", reason=why)
            elif institution and r.sector is not None:
                why = f"{r.reason}; '{name}': an institution of {r.country} the knowledge base does not know by name"
                r = dataclasses.replace(r, name=name, reason=why)
        out.append(r)
    return out
