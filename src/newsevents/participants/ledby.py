"""Doers known by a role word and by their leader: "gunmen led by X", "troops commanded by General Y".

"Gunmen led by a businessman, X, stormed the parliament", "a column of soldiers commanded by General Y
seized the airport": a participle of leading (lexicon leading_participles) hung on an actor phrase, with
a "by" agent, names whom the doers follow. The parse cuts the participle off the actor's phrase, so the
role word was read alone: of no country, or lent one by the story (the dateline's, the event's place's),
and the act of armed men in a story filed from a neighbour's capital went to that capital's country.
Where the "by" phrase names parties of one country (a known person, an organisation, a state), the role
words of a force (lexicon role_anaphor_sectors: troops, rebels, gunmen, police) of no country of their
own words take that country: their leader's side. Not leaders or officials ("leaders of the bloc, led
by the president of X": the head of a group of states is one of them, not their side), nor people of
the street ("opposition supporters led by X": read so, a storming of parliament lost its target's
country, for a reason not yet traced, and round 35's sentences fell under their recipient floor). Role
words of an armed force of no known side (sector UAF: "gunmen") take the leader's sector too where it is
an armed group's (sector group armed: a rebel leader's REB), not a businessman's or an official's.
Nothing when the "by" phrase names no party with a country, or parties of two countries, and nothing for
an actor that named its own country ("Kenyan troops commanded by a Ugandan general" stay Kenyan). The reason names the
leader's phrase.

The participants stage finds the leaders' phrases once (``leaders``) and carries them on its record of the frame
(progress.Cast.leaders); the coder reads them at the event's date, as it reads the actors (a person's side can
depend on the date: a businessman who led a coup is an armed group's leader at its date), and gives the side to
the event's actors (``follow``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.tree import children, span_at
from newsevents.participants.backers import Read, participle_agents
from newsevents.participants.lending import lent
from newsevents.records import ActorRef

__all__ = ["follow", "leaders"]

LEADING_PARTICIPLES = LEXICON["leading_participles"]
FORCE_SECTORS = LEXICON["role_anaphor_sectors"]  # armed forces, rebels, armed men, police, intelligence
ARMED_GROUP_SECTORS = sector_group("armed")
UNKNOWN_SIDE = "UAF"  # an armed force of no known side ("gunmen"): takes its leader's armed sector


def _phrase(tok: Token) -> tuple[int, int]:
    """The characters of the leader's noun phrase with its modifiers and apposition ("a businessman,
    X"), not the nouns coordinated after it nor a clause."""
    right = tok
    for c in children(tok):
        if c.i > tok.i and c.dep_ not in {"cc", "conj", "relcl", "acl"}:
            right = max(right, c.right_edge, key=lambda t: t.i)
    while right.i > tok.i and right.is_punct:
        right = tok.doc[right.i - 1]
    left = tok.left_edge
    return left.idx, right.idx + len(right)


def _unsaid(r: ActorRef) -> bool:
    """A role word of a force whose own words name no country (none, or one the story lent it)."""
    return r.kind == "sector" and r.sector in FORCE_SECTORS and (r.country is None or lent(r))


def leaders(doc: Doc, actor_spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The phrases (characters) of the "by" agents of a participle of leading hung on the frame's actor phrases
    ("gunmen led by X": X), in order. Found once by the participants stage and carried on its record
    (progress.Cast.leaders) for the coder."""
    out: list[tuple[int, int]] = []
    for a, b in actor_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or len(phrase) == 0:
            continue
        out.extend(_phrase(tok) for tok in participle_agents(phrase.root, LEADING_PARTICIPLES))
    return tuple(out)


def follow(
    doc: Doc, actors: Sequence[ActorRef], spans: Sequence[tuple[int, int]], read: Read
) -> tuple[list[ActorRef], str] | None:
    """The actors with their leader's country given to the role words of no country of their own, and why: the
    leader is the first of ``spans`` (``leaders``) whose parties (``read``: on the event's date) are of one
    country. None where none is, or no actor is such a role word (see the module's docstring)."""
    if not spans or not actors or not any(_unsaid(r) for r in actors):
        return None
    for span in spans:
        refs = [r for r in read(span) if r.country]
        countries = {r.country for r in refs}
        if len(countries) != 1:
            continue
        leader = refs[0]
        country = leader.country
        assert country is not None
        words = doc.text[span[0] : span[1]]
        why = f"the side of their leader ('{words}', {country})"
        out = []
        for r in actors:
            if not _unsaid(r):
                out.append(r)
                continue
            moved = replace(r.in_country(country, why), lent=None)
            if r.sector == UNKNOWN_SIDE and leader.sector in ARMED_GROUP_SECTORS:
                moved = replace(moved, sector=leader.sector, code=f"{country}{leader.sector}")
            out.append(moved)
        return out, f"actor {why}"
    return None
