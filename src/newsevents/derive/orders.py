"""Derived codes: what an order is (derive/codes.py calls it): the act it orders, forces sent, a measure
it imposes, or no demand at all (data/code_rules.yaml: command_verbs, ordering_verbs, commanded_roots,
commanded_sectors, ordered_as)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.clauses import coordinated_clause
from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Frame, countries_of


def coded(frame: Frame, frames: VerbFrames) -> bool:
    """Whether the dictionary codes a frame with a PLOVER type."""
    m = frames.match(frame.predicate_lemma, frame.context)
    return m is not None and m.code is not None and bool(m.code.plover)


FORCE_POSTURE = "15"


def _done_to_others(m: FrameMatch) -> bool:
    """Whether the act ordered is done to others, so that whom it is aimed at is read from its own clause: not
    a force posture (forces sent, read from the order: "ordered the army to deploy there") and not a verbal act
    (quad class 1: "ordered his envoy to travel to Havana", whom the envoy meets; "ordered the newspaper to
    suspend publication", a restriction on the party ordered, is read from the order too)."""
    code = m.code
    return code is not None and code.root != FORCE_POSTURE and code.quad_class != 1


Revise = Callable[[Frame, Token, FrameMatch], tuple[FrameMatch, str | None]]


def commanded(
    frame: Frame, tok: Token, match: FrameMatch, frame_at: Callable[[int], Frame | None], frames: VerbFrames,
    rules: CodeRules, match_at: Callable[[int], FrameMatch | None],
    parties: Callable[[Sequence[tuple[int, int]]], Sequence[ActorRef]], actors: Sequence[ActorRef],
    revise: Revise = lambda f, t, m: (m, None),
) -> tuple[FrameMatch, str | None] | None:  # fmt: skip
    """(the match, why) of an order read as what it orders (``ordered``), else None."""
    found = ordered(frame, tok, match, frame_at, frames, rules, match_at, parties, actors, revise)
    return (found[0], found[1]) if found is not None else None


def ordered(
    frame: Frame, tok: Token, match: FrameMatch, frame_at: Callable[[int], Frame | None], frames: VerbFrames,
    rules: CodeRules, match_at: Callable[[int], FrameMatch | None],
    parties: Callable[[Sequence[tuple[int, int]]], Sequence[ActorRef]], actors: Sequence[ActorRef],
    revise: Revise = lambda f, t, m: (m, None),
) -> tuple[FrameMatch, str | None, Frame | None] | None:  # fmt: skip
    """(the match, why, the frame of the act ordered) for an order read as what it orders, else None; the frame
    is the complement's where the orderer's own people are told to do the act ("ordered troops to occupy the
    oil fields": whom the occupation is aimed at is whom the event is, not the troops ordered; types44), else
    None. An order is the act ordered, by whoever orders it (data/code_rules.yaml, command_verbs):
    "ordered the newspaper to suspend publication" (a restriction, ``commanded_roots``, whoever is
    ordered). An order of ``ordering_verbs`` ("order", not "force") also: "ordered troops to
    withdraw" (the complement, when the ordered are the orderer's own people); "ordered a trade
    embargo against Cuba" (an event noun as object); "ordered troops to the border" (forces sent
    somewhere: ``commanded_sectors``). An order to the orderer's own people that tells no act
    ("ordered the operation", "ordered controls tightened") is no demand: the match loses its
    code. An order to another country's party stays a demand (CAMEO 10). The act ordered by a
    complement takes the code its own object gives it (``revise``, derive/codes.by_object): "ordered
    troops to occupy the oil fields" is property seized (171), as "troops occupied the oil fields" is."""
    code = match.code
    assert code is not None
    kids = children(tok)
    objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
    home = countries_of(actors)

    def foreign(spans: Sequence[tuple[int, int]]) -> bool:
        """Whether the phrases name someone not the orderer's own: of another country, or of no
        country and not of a sector that takes orders (``commanded_sectors``: "the rebels")."""
        return any(
            r.country not in home if r.country else r.sector not in rules.commanded_sectors for r in parties(spans)
        )

    ordered = list(parties(frame.object_spans))
    own = not foreign(frame.object_spans)
    sent = any(c.dep_ == "prep" and c.lower_ in {"to", "into", "onto", "toward", "towards"} for c in kids) or any(
        c.dep_ == "advmod" and c.lower_ in {"in", "into", "back", "there"} for c in kids
    )
    sector = next((r.sector for r in ordered if r.sector in rules.commanded_sectors), None)
    if sent and sector is not None and own and frame.predicate_lemma in rules.ordering_verbs:
        # "ordered federal troops into Los Angeles to quell the riots": the forces sent are the act, the
        # to-infinitive its aim
        target = rules.commanded_sectors[sector]
        why = f"'{tok.text} ... to': forces of sector {sector} sent by order, CAMEO {code.code} becomes {target}"
        return replace(match, code=frames.code(target)), why, None
    for c in kids:
        if c.dep_ not in {"xcomp", "ccomp"}:
            continue
        inner = frame_at(c.i)
        m = frames.match(inner.predicate_lemma, inner.context) if inner else None
        if m is None or m.code is None or not m.code.plover:
            continue
        # "ordered the newspaper to suspend publication": a restriction, whoever is ordered
        ordering = frame.predicate_lemma in rules.ordering_verbs
        # the orderer's own people told to act: the act is aimed where theirs is, not at them
        by_own = ordering and own and inner is not None and not foreign(inner.actor_spans)
        if m.code.root in rules.commanded_roots or by_own:
            why = f"'{tok.text} ... {c.text}': the order is the act ordered, CAMEO {code.code} becomes {m.code.code}"
            revised, how = revise(inner, c, m) if inner is not None else (m, None)
            done = revised if how is not None and revised.code is not None and revised.code.plover else m
            # "ordered that the government take control": a clause naming its own doer is read as before
            aim = inner if by_own and c.dep_ == "xcomp" and _done_to_others(done) else None
            return done, f"{why}; {how}" if done is revised and how is not None else why, aim
    if match.specificity > 1 or frame.predicate_lemma not in rules.ordering_verbs:
        return None  # a pattern of its own ("ordered them out": an expulsion), or force ("forced them to flee")
    for c in objects:  # "ordered a trade embargo against Cuba", "ordered a halt to the offensive"
        if parties([(c.idx, c.idx + len(c.text))]):
            continue  # "ordered the rebels to ...": whom the order is given to, not what it orders
        m = match_at(c.i) or frames.match(c.lemma_.lower(), [w.lemma_.lower() for w in c.subtree if w.i != c.i])
        if m is not None and m.code is not None and m.code.plover:
            why = f"'{tok.text} {c.text}': the order is the act ordered, CAMEO {code.code} becomes {m.code.code}"
            return m, why, None
    # "ordered tariffs on imports": a measure ordered is imposed; not with a complement, whose act is the one
    # ordered ("ordered the military to confront the party" read as "impose military rule")
    complement = any(c.dep_ in {"xcomp", "ccomp"} and not coordinated_clause(c) for c in kids)
    for light in sorted(rules.ordered_as) if not complement else ():
        m = frames.match(light, frame.context)
        if m is not None and m.code is not None and m.code.plover and m.specificity > 1:
            why = f"'{tok.text}' read as '{m.pattern}': the order is the act ordered"
            return m, f"{why}, CAMEO {code.code} becomes {m.code.code}", None
    addressed = any(parties([(c.idx, c.idx + len(c.text))]) for c in objects)
    if (
        not addressed
        and not any(c.dep_ in {"xcomp", "ccomp", "dative"} for c in kids)
        and (objects or tok.dep_ == "acl")
    ):
        # "ordered 25 percent tariffs on imports from Canada", "the price rises ordered by the government": a
        # measure ordered names no one told to act, no demand (prec32: 10 such demands over rounds 1-31, none right)
        return replace(match, code=None), f"'{tok.text}': an order that names no one told to act, no demand", None
    if not own:
        return None  # "ordered the United States to leave the base": a demand on another country
    tasks = [frame_at(c.i) for c in kids if c.dep_ == "xcomp"]
    if sector is not None and own and tasks and not any(t is not None and coded(t, frames) for t in tasks):
        # "ordered the army to secure the ports", "ordered troops to protect the embassy": the orderer's own
        # forces set to a task no pattern codes are forces sent to do it (sentrec47)
        target = rules.commanded_sectors[sector]
        why = f"'{tok.text} ... to': forces of sector {sector} set to a task by order, CAMEO {code.code} -> {target}"
        return replace(match, code=frames.code(target)), why, None
    if objects or any(c.dep_ in {"xcomp", "ccomp"} for c in kids):
        return replace(match, code=None), f"'{tok.text}': an order to its own people that tells no act", None
    return None
