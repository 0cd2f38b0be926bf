"""How a wire story names again who acted (issue 11, stories): a person told by age alone ("the
93-year-old") and the pair its sentence has named ("the two men", "the two leaders", "both
neighbours"). The actor reader (participants/actors.py) asks these before its other rules; the recipients
stage asks :func:`force_named_before` for a definite role word of a force ("the bombers").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from operator import is_

from newsevents.code.pairs import pair_noun
from newsevents.code.rules import CodeRules
from newsevents.lexicon import LEXICON
from newsevents.participants.lending import lent
from newsevents.progress import Discourse
from newsevents.records import ActorRef

Resolve = Callable[[str, dt.date | None], list[ActorRef]]

# "the 93-year-old", "the 71-year-old leader", "the seventy-year-old": a person told by age alone,
# with at most a common noun after it (a name after it, "the 33-year-old Skripal", names the person)
AGE_EPITHET = re.compile(r"the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+[a-z]+)?", re.IGNORECASE)


# "Yanukovich's camp", "his own presidential guard", "members of her party": a phrase owned by a
# person, after an optional "members of"-like head; the owner is a pronoun or a one-word name
OWNED_BY = re.compile(
    r"(?:(?i:members|some|one|elements|units|part|officers|soldiers|supporters) of\s+)?"
    r"(?:(?P<pronoun>(?i:his|her))|(?:[A-Z][\w.-]*\s+)?(?P<name>[A-Z][\w-]+)(?:'s|\u2019s))"
    r"\s+(?:own\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
)


# the author of a text after its document noun: "... in Suu Kyi's name", "(issued) by the ministry",
# "from the presidency" (up to a comma)
NAMED_IN = re.compile(r"\bin\s+(?P<author>[A-Z][^,;]*?)(?:'s|\u2019s)\s+name\b")
AUTHOR_BY = re.compile(
    r"^\s*(?:(?:issued|released|signed|posted|published|sent|put\s+out|read\s+out)\s+)?(?:by|from)\s+(?P<author>[^,;]+)"
)


PLACE_PREPOSITIONS = LEXICON["place_prepositions"]


SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]?\s+[A-Z\"\u201c]|\n")


def age_epithet(words: str) -> bool:
    """Whether a phrase tells a person by age alone ("the 93-year-old", "the 56-year-old leader")."""
    w = " ".join(words.split())
    return AGE_EPITHET.fullmatch(w) is not None and (len(w.split()) < 3 or w.split()[2].islower())


def owner_word(words: str) -> tuple[str, bool] | None:
    """The owner of a phrase owned by a person ("Yanukovich's camp" -> ("Yanukovich", False),
    "members of his own guard" -> ("his", True)), with at most two lower-case words after the
    owner; None for any other phrase, and for nouns that name other people ("his predecessor",
    lexicon not_owner_side_nouns)."""
    m = OWNED_BY.fullmatch(" ".join(words.split()))
    if m is None or (words.split()[-1].lower() in LEXICON["not_owner_side_nouns"]):
        return None
    if m.group("pronoun"):
        return m.group("pronoun").lower(), True
    return m.group("name"), False


def author_span(words: str) -> tuple[int, int] | None:
    """Where the author of a text stands in a phrase headed by a document noun (lexicon
    document_nouns) among its first three words: "A statement issued by the Kenyan foreign
    ministry" -> the offsets of "the Kenyan foreign ministry"; "in Suu Kyi's name" wins over a page
    it was posted on; None for other phrases."""
    nouns = LEXICON["document_nouns"]
    head = next((m for m in re.finditer(r"[\w\u00e9]+", words[:60]) if m.group().lower() in nouns), None)
    if head is None or len(words[: head.start()].split()) > 2:
        return None
    rest = words[head.end() :]
    named = NAMED_IN.search(rest) or AUTHOR_BY.match(rest)
    if named is None:
        return None
    return head.end() + named.start("author"), head.end() + named.end("author")


def countryless_ref(r: ActorRef) -> bool:
    """A role word or a bare text: no country and no entity of the knowledge base."""
    return r.country is None and r.kind in (None, "sector")


ROLE_ANAPHOR_SECTORS = LEXICON["role_anaphor_sectors"]


def force_named_before(
    words: str, found: list[ActorRef], named: tuple[ActorRef, ...], plural: bool
) -> tuple[ActorRef, str] | None:
    """'U.S. bombers struck Tripoli ... France refused to let the bombers cross its airspace': a definite
    role word of no country (up to three words) of a force (lexicon ``role_anaphor_sectors``), read as an
    object or a prepositional phrase (``found``: the one reference it names), is the party of that sector
    named last before it in the story as an actor with a country of its own words (``named``: the
    recipients stage leaves out the actors' own country; a country a dateline or a sentence lent is none),
    when the word is ``plural`` ("the bombers", "the rebels") or the earlier phrase ends in the same noun
    ("the force" after "a Nigerian-led force"): a singular title names a person ("the general"), not a
    side."""
    low = words.lower().split()
    if len(low) > 3 or low[:1] != ["the"] or len(found) != 1 or not countryless_ref(found[0]):
        return None
    sector = found[0].sector
    if found[0].kind != "sector" or sector not in ROLE_ANAPHOR_SECTORS:
        return None
    last = next((r for r in reversed(named) if r.sector == sector and r.country and r.lent is None), None)
    if last is None or not (plural or last.entity_text.lower().split()[-1:] == low[-1:]):
        return None
    return last, f"'{words}' = {last.name or last.entity_text}, the force named before in the story"


def side_of(
    text: str, resolve: Resolve, words: str, span: tuple[int, int], found: list[ActorRef], disc: Discourse,
    named: Callable[[str, tuple[int, int]], ActorRef | None],
) -> tuple[ActorRef, str] | None:  # fmt: skip
    """'Yanukovich's camp', 'members of his own presidential guard': a phrase that names no one by
    itself (``found``), owned by a person the story named before (a surname, ``named(word, span)``,
    or for 'his'/'her' the last person named), is that person's side: the person's country, with
    the phrase's own sector where it has one (the guard: MIL), else the person's; a rival of the
    person ("his main challenger", lexicon owner_rival_nouns) only the person's country. (actor,
    reason), or None."""
    if any(not countryless_ref(r) for r in found):
        return None
    owned = owner_word(words)
    if owned is None:
        return None
    word, pronoun = owned
    if pronoun:
        before = person_before(text, resolve, span, disc)
        owner = before[0] if before else None
    else:
        at = text.find(word, span[0], span[1])
        owner = named(word, (at, at + len(word)) if at >= 0 else span)
    if owner is None or owner.country is None:
        return None
    who = owner.name or owner.entity_text
    sector = next((r.sector for r in found if r.sector), None)
    if words.split()[-1].lower() in LEXICON["owner_rival_nouns"]:  # "his main challenger": of his country
        rival = ActorRef(words, None, f"{owner.country}{sector or ''}", owner.country, sector, None)
        return rival, f"a rival of {who}, named before: of {owner.country}"
    said = f"the side of {who}, named before"
    if sector is None or sector == owner.sector:
        return owner, said
    return replace(owner, sector=sector, code=f"{owner.country}{sector}"), said


def person_before(text: str, resolve: Resolve, span: tuple[int, int], disc: Discourse) -> tuple[ActorRef, ...] | None:
    """The last person named before ``span`` in any role whom the knowledge base places (a
    country), else the last person named as an actor."""
    for s, e in reversed(disc.person_spans):
        if e > span[0]:
            continue
        refs = resolve(text[s:e], None)
        known = [r for r in refs if r.country and r.kind == "person"]
        if known:
            return (known[0],)
        break
    return disc.last_person or None


def sentence_pair(
    text: str, resolve: Resolve, rules: CodeRules, words: str, span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'the two leaders', 'the two men' after two people of two countries named before them in
    their own sentence, in any role ("Abe, in Seoul for talks with Roh, said the two leaders
    agreed"): those two people."""
    low = words.lower().split()
    noun = " ".join(low[2:] if low[:2] == ["the", "two"] else low[1:] if low[:1] == ["both"] else [])
    if noun not in rules.pair_people_nouns | rules.pair_leader_nouns:
        return []
    people: list[ActorRef] = []
    for s, e in reversed(disc.person_spans):
        if e > span[0]:
            continue
        if SENTENCE_END.search(text[e : span[0] + 1]):
            break
        refs = resolve(text[s:e], None)
        known = [r for r in refs if r.country and r.kind == "person"]
        if known and all(p.country != known[0].country for p in people):
            people.append(known[0])
        if len(people) == 2:
            two = (people[1], people[0])
            names = f"{two[0].entity_text}, {two[1].entity_text}"
            why = f"'{words}': the two people named before in the sentence ({names})"
            return [replace(p, entity_text=words, start_char=span[0], end_char=span[1], reason=why) for p in two]
    return []


def group_pair(
    rules: CodeRules, words: str, span: tuple[int, int], disc: Discourse, sentence: int | None
) -> list[ActorRef]:
    """'the two men', 'the two leaders' after a main clause of this sentence or the two before whose
    actors were two people of two countries ("Trump and Kim pledged ... The two men shook hands"):
    those two people (the group "they" would take up, Discourse.last_group). "Both" or "the two" with
    no noun takes up the two parties a main clause of its sentence or the one before named as its
    actors, of any kind and country, each with a country ("Two opposition leaders, X and Y, filed the
    case ... Both welcomed the ruling"; storycoref58)."""
    low = words.lower().split()
    if low in (["both"], ["the", "two"]):
        return lone_pair(words, span, disc, sentence)
    noun = " ".join(low[2:] if low[:2] == ["the", "two"] else low[1:] if low[:1] == ["both"] else [])
    if noun not in rules.pair_people_nouns | rules.pair_leader_nouns or sentence is None:
        return []
    two = disc.last_group
    if not 0 <= sentence - disc.last_group_sentence <= 2 or len(two) != 2:
        return []
    if any(p.kind != "person" or not p.country for p in two) or two[0].country == two[1].country:
        return []
    names = f"{two[0].entity_text}, {two[1].entity_text}"
    why = f"'{words}': the two people named last as a main clause's actors ({names})"
    return [replace(p, entity_text=words, start_char=span[0], end_char=span[1], reason=why) for p in two]


def lone_pair(words: str, span: tuple[int, int], disc: Discourse, sentence: int | None) -> list[ActorRef]:
    """'Both', 'the two' alone: the two parties named last as a main clause's actors, in the phrase's
    sentence or the one before, when each has a country and the two are not one party told twice."""
    two = disc.last_group
    if sentence is None or not 0 <= sentence - disc.last_group_sentence <= 1 or len(two) != 2:
        return []
    if any(not p.country for p in two) or (two[0].code, two[0].name) == (two[1].code, two[1].name):
        return []
    names = f"{two[0].entity_text}, {two[1].entity_text}"
    why = f"'{words}': the two parties named last as a main clause's actors ({names})"
    return [replace(p, entity_text=words, start_char=span[0], end_char=span[1], reason=why) for p in two]


def placed_in(r: ActorRef) -> bool:
    """Whether a reference's country was read from a place its phrase puts it in ("officials in
    Managua", "the two sides in the Saudi port"): a preposition of place before the word."""
    return r.read is not None and r.read.prep in PLACE_PREPOSITIONS


class NamedParties:
    """The parties a discourse has named so far, its names (``Discourse.named``) without a country
    lent a role word (lending.lent) or one read from a place it stands in (placed_in). The names
    only grow along an article, one reader asking at every phrase: of a tuple that extends the one
    read last, only the names added are read."""

    def __init__(self) -> None:
        self._named: tuple[ActorRef, ...] = ()
        self._parties: list[ActorRef] = []

    def __call__(self, named: tuple[ActorRef, ...]) -> list[ActorRef]:
        if named is not self._named:
            before = self._named
            grown = len(named) >= len(before) and all(map(is_, before, named))
            start, parties = (len(before), list(self._parties)) if grown else (0, [])
            parties.extend(r for r in named[start:] if not lent(r) and not placed_in(r))
            self._named, self._parties = named, parties
        return self._parties


def pair_without_place(words: str, refs: list[ActorRef], pair_nouns: frozenset[str]) -> tuple[str, list[ActorRef]]:
    """'the two neighbours in the Saudi port of Jeddah', 'both sides at the talks in Geneva': a phrase
    that names a pair (data/code_rules.yaml pair_nouns) followed by the place where they are (a
    preposition of place, lexicon place_prepositions) names the pair alone; the country of the place
    (a reference read after the preposition, ``ActorRef.read.prep``) is where, not who. The phrase's
    words up to the preposition and its references without the place's; ``words`` and ``refs``
    unchanged for any other phrase, and where the place gives no country ("the two sides at a
    military camp": no country was misread, and the two named last are often not the pair)."""
    low = words.split()
    cut = next((k for k, w in enumerate(low) if k > 1 and w.lower() in PLACE_PREPOSITIONS), None)
    if cut is None:
        return words, refs
    head = " ".join(low[:cut])
    noun = pair_noun(head)
    kept = [r for r in refs if not placed_in(r)]
    if noun is None or noun not in pair_nouns or len(kept) == len(refs):
        return words, refs  # no pair, or a place that gives no country ("at a military camp"): read as it is
    return head, kept


def sentence_countries(
    text: str, rules: CodeRules, words: str, refs: list[ActorRef], span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'both sides', 'the two countries' after exactly two countries named before
    them in their own sentence, in any role and by name or demonym ("Armenian troops clashed with
    Azerbaijani forces, and both sides accused ..."): those two countries, in the order named."""
    noun = pair_noun(words)
    if noun is None or noun not in rules.pair_nouns or noun in rules.pair_leader_nouns:
        return []
    if any(r.country for r in refs):
        return []
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, span[0] + 1)]
    opening = starts[-1] - 1 if starts else 0
    countries = list(dict.fromkeys(c for s, e, c in disc.country_spans if s >= opening and e <= span[0]))
    if len(countries) != 2:
        return []
    why = f"'{words}': the two countries named before in the sentence ({countries[0]}, {countries[1]})"
    sector = refs[0].sector if len(refs) == 1 else None
    return [ActorRef.group_member(c, sector, words, span, why) for c in countries]


def coordinated_countries(
    text: str, rules: CodeRules, words: str, refs: list[ActorRef], span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'both neighbours', 'the two countries' after two countries named as a coordinated pair
    before them in their own sentence, in any role ("tariffs on imports from Mexico and Canada,
    after both neighbours agreed"): those two countries."""
    noun = pair_noun(words)
    if noun is None or noun not in rules.pair_nouns or noun in rules.pair_leader_nouns:
        return []
    before = [c for c in disc.country_spans if c[1] <= span[0]]
    if len(before) < 2:
        return []
    (_, e1, c1), (s2, e2, c2) = before[-2], before[-1]
    if c1 == c2 or text[e1:s2].strip(" ,") != "and" or SENTENCE_END.search(text[e2 : span[0] + 1]):
        return []
    why = f"'{words}': the two countries named together before in the sentence ({c1}, {c2})"
    sector = refs[0].sector if len(refs) == 1 else None  # 'the two governments'
    return [ActorRef.group_member(c, sector, words, span, why) for c in (c1, c2)]


def story_pair(
    rules: CodeRules, words: str, refs: list[ActorRef], span: tuple[int, int], disc: Discourse
) -> list[ActorRef]:
    """'the two countries', 'both sides', 'the two neighbours' that no sentence rule read: the two
    countries the story has named most often before the phrase (by name or demonym, in any role:
    the article's tally, participants/tally.py, read without its cities, regions and dateline),
    when those two stand out (each named more often than any third): the pair a story is about
    ("Iraq invaded Kuwait ... Washington condemned ... talks between the two neighbours"), where
    the two countries named last may be a mediator or a bystander named since."""
    noun = pair_noun(words)
    if noun is None or noun not in rules.pair_nouns or any(r.country for r in refs):
        return []
    ranked = disc.tally.counts(before=span[0], every_place=False).most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) > 2 and ranked[2][1] >= ranked[1][1]):
        return []
    two = sorted((ranked[0][0], ranked[1][0]), key=disc.tally.first_at)
    why = f"'{words}': the two countries the story named most ({two[0]}, {two[1]})"
    sector = refs[0].sector if len(refs) == 1 else None
    return [ActorRef.group_member(c, sector, words, span, why) for c in two]


# "the leaders of the two countries", "military commanders from both sides", "the foreign ministers
# of the three countries": a role word and its pair phrase, which the parse may leave out of the
# actor's phrase
OF_PAIR = re.compile(
    r"\s+(?:of|from)\s+(?P<pair>(?:the\s+(?:two|three|four|five|six|seven|eight|nine|ten)|both)\s+[a-z]+)\b"
)


def members_of_pair(
    text: str, span: tuple[int, int], refs: list[ActorRef]
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """'the leaders of the two countries', 'commanders from both sides': a role word of no country
    (``refs``: the one sector word the phrase at ``span`` resolves to) owned by a pair phrase, in
    the phrase or right after it, names that role of each party of the pair (the parties read as the
    pair phrase alone would be). The offsets in ``text`` of the whole phrase (from the role word) and
    of the pair phrase, and the role's sector; None for any other phrase."""
    if len(refs) != 1 or not countryless_ref(refs[0]) or refs[0].kind != "sector" or refs[0].sector is None:
        return None
    words = text[span[0] : span[1]]
    cut = OF_PAIR.search(words)
    head = words[: cut.start()] if cut is not None and cut.end() == len(words) else words
    if not head.lower().endswith(refs[0].entity_text.lower()):  # the role word right before "of"
        return None
    m = cut if cut is not None and cut.end() == len(words) else OF_PAIR.match(text, span[1])
    if m is None:
        return None
    at = span[0] if m is cut else 0
    role = span[0] + head.lower().rfind(refs[0].entity_text.lower())
    return (role, at + m.end("pair")), (at + m.start("pair"), at + m.end("pair")), refs[0].sector
