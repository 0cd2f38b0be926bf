"""Who a name stands for when a story names a person again (participants/actors.py reads these):
the words a full name is told again by (its surname; for names written family name first, its
first word too), a form of address before a name ("Mr Kim"), and the roles a name read without a
date takes in a story of its time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from newsevents.kb.entries import fold
from newsevents.kb.name_context import name_context
from newsevents.lexicon import LEXICON
from newsevents.participants.anaphora import SENTENCE_END, Resolve
from newsevents.progress import Discourse
from newsevents.records import ROLE_LATEST, ROLE_ON_DAY, ActorRef


def read_on_day(resolve: Resolve, day: dt.date, words: str, on: dt.date | None) -> list[ActorRef]:
    """A phrase read without a date (the discourse's reading, before an event's own date is known)
    names a person who holds no role today by the latest role they held; when that person held a
    role on the story's day, that role is theirs ("Saakashvili" in a 2008 story is Georgia's
    president, not a later governor in Ukraine), when that role is of another country than the
    latest. A role that ended before the story's day keeps the latest reading (the event may be
    told from before it: "Morales, who resigned ...")."""
    plain = resolve(words, on)
    if on is not None or not any(r.role_basis == ROLE_LATEST for r in plain):
        return plain
    dated = resolve(words, day)
    people = [r for r in dated if r.kind == "person"]
    if not people or not all(r.role_basis == ROLE_ON_DAY for r in people):
        return plain
    # only a country the latest role gets wrong is read again (the sector of a role held on the day
    # may differ from the latest one's without the actor's country being in doubt)
    return dated if {r.country for r in dated} != {r.country for r in plain} else plain


def surname_of(
    words: str, found: list[ActorRef], surnames: tuple[tuple[str, tuple[ActorRef, ...]], ...]
) -> ActorRef | None:
    """'Masra later accused ...' after 'opposition leader Succes Masra': a one-word name the
    knowledge base does not place is the person named before in the article with that surname
    (the last one named)."""
    word = bare_name(words)
    if any(r.country or r.kind not in (None, "sector") for r in found):
        return None
    return next((refs[0] for name, refs in reversed(surnames) if name == word and refs), None)


FAMILY_NAME_FIRST = frozenset(LEXICON["family_name_first_countries"])


def surnames(name: str, refs: Sequence[ActorRef]) -> tuple[str, ...]:
    """The words a person's full name is told again by: its last word ("Masra" for "Succes Masra");
    for a person of a country whose names put the family name first (lexicon
    family_name_first_countries), its first word too ("Kim" for "Kim Jong Un", "Moon" for "Moon
    Jae-in"). None for a one-word name."""
    words = name.split()
    if len(words) < 2:
        return ()
    first = any(r.country in FAMILY_NAME_FIRST and r.kind == "person" for r in refs)
    return (words[-1], words[0]) if first else (words[-1],)


def own_refs(found: Sequence[ActorRef], start: int, end: int) -> tuple[ActorRef, ...]:
    """The references of a phrase read from a person's name at [start, end) ("Kim Jong Un" in "Donald
    Trump and Kim Jong Un"); all of them when none is placed there."""
    own = tuple(r for r in found if r.start_char < end and start < r.end_char and r.end_char > r.start_char >= 0)
    return own or tuple(found)


def bare_name(words: str) -> str:
    """A phrase without the form of address before a name ("Mr Kim" -> "Kim", "Mrs. Bhutto" ->
    "Bhutto"; kb name_context address_words)."""
    parts = words.split()
    if len(parts) == 2 and fold(parts[0]).replace(".", "") in name_context().address_words:
        return parts[1]
    return words.strip()


# not on into a second name of three letters or more ("the Iran-Iraq front": two names, each a side)
HYPHENED = re.compile(r"(?:-(?![A-Z][a-z]{2})[^\W_]+)+")


def whole_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A phrase's span that ends inside a hyphened name runs on to the name's end: the parser reads
    "in" of "Moon Jae-in" as a preposition and ends the phrase at "Jae" ("South Korean President Moon
    Jae-in met ...", "Yoon Suk-yeol"); not into a capitalised second name ("Iran" of "the Iran-Iraq
    front" is Iran alone)."""
    end = span[1]
    if end < len(text) and end > span[0] and text[end - 1].isalpha():
        m = HYPHENED.match(text, end)
        if m is not None:
            return span[0], m.end()
    return span


def country_before(text: str, span: tuple[int, int], disc: Discourse) -> str | None:
    """The country named last before a phrase in the phrase's own sentence, in any role (the
    owner of an 'its' there: "suspended Nigeria after its military rulers ..."); None when the
    sentence names none before it."""
    for _s, e, country in reversed(disc.country_spans):
        if e > span[0]:
            continue
        return None if SENTENCE_END.search(text[e : span[0] + 1]) else country
    return None
