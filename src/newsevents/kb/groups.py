"""Peoples after the conjuncts of a phrase are resolved (used by :class:`newsevents.kb.resolve.PhraseResolver`).

* **An armed people** ("Tuareg rebels", "Baloch separatists"): an armed opposition word alone, after the name
  of a people of ``armed_peoples.yaml``, is of the state that people's armed movements fight.
* **A people's or a faith's plural noun** after a country's demonym or name ("Iraqi Kurds", "Bahraini
  Shiites", "Rwandan Hutus"): that group of that country, not the country (docs/knowledge-base.md,
  "Eleventh session"), as follows.

The resolver gives "Iraqi Kurds" the country of the demonym with no sector (the noun is no alias: the
Kurds live in four states); here a capitalised ``ethnic_nouns`` word (or a people of ``peoples.yaml``)
right after the demonym, ending the conjunct, makes the actor that people of the country (CVL, named
"Iraqi Kurds"), and a ``religious_nouns`` word that faith's community (REL: "Bahraini Shiites"). A
sector word after the noun ("Iraqi Kurdish leaders", "Iraqi Shiite militias") is no such noun.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsevents.kb.match import PREPOSITIONS, Match, Token, is_people
from newsevents.kb.name_context import name_context
from newsevents.records import ActorRef

if TYPE_CHECKING:
    from newsevents.kb.base import KnowledgeBase

ARMED = frozenset({"REB", "UAF"})  # the sectors an armed people's name places (armed_peoples.yaml)

_ENDS = PREPOSITIONS | {",", "and", "or", "&", ";", "/", ".", "who", "which", "that"}


def group_nouns(text: str, tokens: Sequence[Token], matches: Sequence[Match], refs: list[ActorRef]) -> list[ActorRef]:
    """``refs`` with a bare country's actor made the group its next word names (module docstring)."""
    ctx = name_context()
    out: list[ActorRef] = []
    for r in refs:
        if r.kind == "country" and r.sector is None and r.country and r.end_char >= 0:
            k = next((n for n, t in enumerate(tokens) if t.start >= r.end_char), None)
            noun = tokens[k] if k is not None else None
            if noun is not None and k is not None and noun.is_word and noun.text[:1].isupper():
                people = any(m.i == k and any(is_people(h) for h in m.hits) for m in matches)
                sector = (
                    "REL" if noun.key in ctx.religious_nouns
                    else "CVL" if noun.key in ctx.ethnic_nouns or people
                    else None
                )  # fmt: skip
                ends = k + 1 >= len(tokens) or tokens[k + 1].key in _ENDS
                if sector is not None and ends:
                    name = text[r.start_char : noun.end]
                    group = "faith" if sector == "REL" else "people"
                    why = f"{r.reason}; '{noun.text}' after it: that {group} of {r.country} -> {sector}"
                    r = dataclasses.replace(
                        r, entity_text=name, name=name, sector=sector, code=f"{r.country}{sector}",
                        end_char=noun.end, reason=why,
                    )  # fmt: skip
        out.append(r)
    return out


def armed_peoples(
    kb: KnowledgeBase, armed: Mapping[str, str], text: str, tokens: Sequence[Token], refs: list[ActorRef]
) -> list[ActorRef]:
    """``refs`` with an armed sector word alone placed in the state an armed people before it fights
    (``armed``: folded word of ``armed_peoples.yaml`` -> ISO3; module docstring)."""
    out: list[ActorRef] = []
    begin = 0
    for r in refs:
        if r.country is None and r.sector in ARMED and r.kind == "sector" and r.start_char >= 0:
            before = (t for t in tokens if begin <= t.start < r.start_char and t.text[:1].isupper())
            word = next((t for t in before if t.key in armed), None)
            if word is not None:
                iso3 = armed[word.key]
                entry = kb.countries[iso3]
                r = ActorRef(
                    text[word.start : r.end_char], entry.name, f"{iso3}{r.sector}", iso3, r.sector,
                    f"country:{iso3}", r.role, word.start, r.end_char,
                    f"people '{word.text}', whose armed movements fight {iso3} + {r.reason}",
                )  # fmt: skip
        out.append(r)
        begin = max(begin, r.end_char)
    return out
