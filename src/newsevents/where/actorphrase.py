"""Where: the towns an event's actor phrase names, which say who acted rather than where (a capital
standing for its state, "Madrid had declared"), or a local government acting at home ("Hamburg's
mayor"), and the envoys and missions of a state, which act where they are posted: read by the
chain of where/location.py."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.location import precision
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import PLACE_ENTS, span_at
from newsevents.records import POSTED_THERE, ActorRef, Frame, Mention, Place
from newsevents.where.narrowing import divided
from newsevents.where.steps import TOWNS

__all__ = ["ACTOR_TOWN", "POSTED", "actor_town", "local_office", "posted", "posted_at", "towns_acting"]


def towns_acting(frame: Frame, here: Sequence[Mention]) -> set[int]:
    """The towns named by their own name in the event's actor phrase (a tagged or gazetteer
    mention, not a description such as "the Russian parliament"), by geonameid: where one is the
    capital of the acting state ("Madrid had declared", "Washington urged", "Pyongyang's envoy"),
    it stands for the state and says who acted, never where."""
    out: set[int] = set()
    for m in here:
        p = m.place
        if p is None or p.geonameid is None or p.level != "city":
            continue
        if m.label not in PLACE_ENTS | {"gazetteer"}:
            continue
        if _in_actor_phrase(frame, m):
            out.add(p.geonameid)
    return out


def local_office(frame: Frame, here: Sequence[Mention], capital: Place) -> bool:
    """Whether the event's actor phrase names a town or division of the sentence other than the
    capital ("Hamburg's mayor", "the governor of Texas", "the Lagos state government"): a local
    government, which acts there, not at the capital ("the Russian parliament" names Moscow)."""
    towns = [
        m for m in here
        if m.place is not None and precision(m.place) in {"city", "admin1"} and m.place.name != capital.name
    ]  # fmt: skip
    return any(_in_actor_phrase(frame, m) for m in towns)


def _in_actor_phrase(frame: Frame, m: Mention) -> bool:
    """Whether the mention lies inside one of the event's actor phrases."""
    return any(a <= m.start_char and m.end_char <= b for a, b in frame.actor_spans)


# Nouns of a state's missions and envoys abroad (lexicon diplomatic_nouns), with their plurals.
_DIPLOMATIC = (
    LEXICON["diplomatic_nouns"]
    | {f"{w}s" for w in LEXICON["diplomatic_nouns"]}
    | {f"{w[:-1]}ies" for w in LEXICON["diplomatic_nouns"] if w.endswith("y")}
)


def posted(a: ActorRef) -> bool:
    """An envoy or a mission of a state ("North Korea's U.N. ambassador", "the U.S. embassy", "a
    special envoy"): it acts where it is posted or sent, neither at its state's capital nor
    anywhere in its state; so is an officer of another country that a role word of a story filed from
    where it serves names ("DILI - The force commander, Australian General X, met ...": records.POSTED_THERE)."""
    if a.lent is not None and a.lent.by == POSTED_THERE:
        return True
    words = {w.strip(",.'’").removesuffix("'s").removesuffix("’s") for w in a.entity_text.lower().split()}
    return bool(words & _DIPLOMATIC) or (a.role or "").lower() in _DIPLOMATIC


POSTED = "an envoy or a mission acts where it is posted: the dateline city"


def posted_at(actors: Sequence[ActorRef], dateline: Place | None) -> Place | None:
    """Where an envoy or a mission among the actors acted, when its sentence tells no place and the
    story's own place gave none: the dateline city, where the story is filed and it is posted
    ("UNITED NATIONS - Kuwait's ambassador urged the council", "PANAMA CITY - The Vatican's envoy had
    urged ..."), not its state's capital. None without a dateline city or an envoy."""
    return dateline if dateline is not None and any(posted(a) for a in actors) else None


# a material act of a doer a town's name modifies ("Kabul police arrested ..."), its clause naming no other place
ACTOR_TOWN = "a material act of a doer of the town its name modifies"
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})
# the clauses inside an act's clause that tell other acts ("after a bomb exploded in X", "Pakistan said")
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "xcomp"})


def actor_town(doc: Doc, frame: Frame, here: Sequence[Mention], actors: Sequence[ActorRef]) -> Mention | None:
    """The town whose name modifies the doer of a material act ("Kabul police arrested three men", "Gaza
    residents marched", "a Mosul-based militia attacked"), where the act's own clause (without the clauses inside
    it) names no other place: the doer is of that town and acts where it is (places44; read by
    where/location.py for a material act no step before the seats placed). A country or a first-level division
    so named gives none ("New Zealand police", and Hong Kong, a country in the gazetteer); nor does a national
    capital's possessive, which stands for its state ("Beijing's warships"), nor a town that is the doer itself
    ("Kabul arrested"), nor a town before a noun that names no doer ("the Nairobi blast flattened ..."): the
    town's name must stand in the phrase of one of the act's ``actors`` that a role word gave a sector."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    own = _own_clause(trigger.root)
    towns: dict[str, Mention] = {}
    for m in here:
        if m.place is None or m.label == "demonym" or not _in_actor_phrase(frame, m):
            continue
        span = span_at(doc, m.start_char, m.end_char)
        if span is None or m.place.level not in TOWNS or not _modifies(span.root) or divided(m):
            continue
        if not any(a.sector and m.text in a.entity_text for a in actors):
            continue  # "the Nairobi blast": no doer of the town
        if span.root.dep_ == "poss" and (m.place.feature_code or "").startswith("PPLC"):
            continue  # "Beijing's warships": the state's
        towns[m.place.name] = m
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    for m in here:  # another place of the act's own clause says where it was, or leaves it untold
        span = span_at(doc, m.start_char, m.end_char)
        if m.place is None or m.label == "demonym" or m.place.name == (town.place.name if town.place else None):
            continue
        if span is not None and span.root.i in own:
            return None
    return town


def _modifies(tok: Token) -> bool:
    """Whether a name modifies a noun of its phrase: a compound or possessive ("Kabul police", "Basra's
    governor"), or "X-based" ("a Mosul-based militia")."""
    while tok.dep_ == "flat" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in _MODIFIER_DEPS:
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ not in PLACE_ENTS)
    based = tok.head
    return tok.dep_ == "npadvmod" and based.lower_ == "based" and based.dep_ == "amod"


def _own_clause(verb: Token) -> set[int]:
    """The tokens of a verb's own clause: its subtree without the clauses inside it."""
    out: set[int] = set()
    todo = [verb]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSES)
    return out
