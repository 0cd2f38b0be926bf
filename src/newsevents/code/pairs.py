"""The parties of an event told as a pair or as the parties of a meeting.

"both sides" and "the two governments" are the two countries named last (pair_of); "each other"
names the parties of a pair (reciprocal); "Reagan and Gorbachev met" is held by the first with the
others (meeting_pair); a meeting told without its parties is held by those of the meeting told
before it (the_two, same_talks). Split from code/parties.py (fifty-second session, at ~600 lines).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, span_at
from newsevents.records import ActorRef, Event, Frame

DISTRIBUTIVE = ("each", "either")  # determiners that take the members of a group one at a time
DISTRIBUTIVE_PAIR_NOUNS = LEXICON["distributive_pair_nouns"]


def pair_of(
    words: str, refs: list[ActorRef], span: tuple[int, int], named: Sequence[ActorRef], pair_nouns: Collection[str]
) -> list[ActorRef]:
    """'both sides', 'the two governments', 'both delegations': the two countries named last in
    the article (data/code_rules.yaml, pair_nouns)."""
    noun = pair_noun(words)
    if noun is None or noun not in pair_nouns or any(r.country for r in refs):
        return []
    countries: list[str] = []
    for r in reversed(named):
        if r.country and r.country not in countries:
            countries.append(r.country)
    if len(countries) < 2:
        return []
    sector = refs[0].sector if len(refs) == 1 else None
    why = f"'{words}': the two countries named last ({countries[1]}, {countries[0]})"
    return [ActorRef.group_member(c, sector, words, span, why) for c in (countries[1], countries[0])]


def pair_noun(words: str) -> str | None:
    """The noun of a phrase that names two parties ("both sides", "the two governments" -> "sides",
    "governments"); "each side", "either party" (a distributive determiner before a noun of
    lexicon distributive_pair_nouns) name both parties one at a time, read as their plural
    ("sides", "parties"); None for any other phrase."""
    low = words.lower().split()
    if low[:1] == ["both"]:
        return " ".join(low[1:])
    if low[:2] == ["the", "two"]:
        return " ".join(low[2:])
    if len(low) == 2 and low[0] in DISTRIBUTIVE and low[1] in DISTRIBUTIVE_PAIR_NOUNS:
        return plural(low[1])
    return None


def plural(noun: str) -> str:
    """The regular plural of a countable noun: "side" -> "sides", "party" -> "parties"."""
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


RECIPROCAL = {"each other", "one another", "the other", "the other side", "the other party", "the others"}


def reciprocal(
    words: str, span: tuple[int, int], actors: Sequence[ActorRef], named: Sequence[ActorRef]
) -> tuple[list[ActorRef], str] | None:
    """'Ethiopia and Eritrea accused each other', 'each side blamed the other': a reciprocal phrase
    names the parties of a pair: the actors themselves when they are of two countries or more, else
    the two countries named last in the article (the actor's among them)."""
    if words.lower().strip() not in RECIPROCAL:
        return None
    countries = list(dict.fromkeys(a.country for a in actors if a.country))
    if len(countries) < 2:
        countries = []
        for r in reversed(named):
            if r.country and r.country not in countries:
                countries.append(r.country)
        countries = countries[:2][::-1]
    if len(countries) < 2:
        return None
    why = f"'{words}': the parties of a pair ({', '.join(countries)})"
    refs = [ActorRef(words, None, c, c, None, f"country:{c}", None, span[0], span[1], why) for c in countries]
    return refs, why


MEETING_ROOT = "04"  # CAMEO 04: consult (meet, hold talks, visit, host)
MEDIATE = "045"  # CAMEO 045: mediate (between others: its coordinated parties mediate together)


def meeting_pair(doc: Doc, actors: Sequence[ActorRef], code: str) -> tuple[list[ActorRef], list[ActorRef], str] | None:
    """'Reagan and Gorbachev met in Geneva', 'a summit between Biden and Xi': a meeting (CAMEO 04)
    whose parties are coordinated noun phrases ("X and Y", "X, Y and Z") is held by the first with
    the others: (actors, recipients, why). A name read inside another party's phrase is that
    party; coordinated modifiers of one noun name one group ("U.S. and Russian negotiators met",
    "delegations from X and Y", "the leaders of X and Y"), left as it is, and so is a party named
    twice; mediators mediate together ("Egypt and Qatar mediated a truce")."""
    if not code.startswith(MEETING_ROOT) or code == MEDIATE or len(actors) < 2 or any(r.start_char < 0 for r in actors):
        return None
    parties: list[list[ActorRef]] = []
    for r in sorted(actors, key=lambda r: (r.start_char, -r.end_char)):
        if parties and r.start_char < max(x.end_char for x in parties[-1]):
            parties[-1].append(r)  # "opposition leader" inside "opposition leader Raila Odinga"
        else:
            parties.append([r])
    if len(parties) < 2:
        return None
    lead = span_at(doc, parties[0][0].start_char, parties[0][0].end_char)
    if (
        lead is not None
        and lead.root.tag_ == "NNS"
        and any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in children(lead.root))
    ):
        return None  # "delegations from X and Y", "the leaders of X and Y": one group
    spans = [(min(x.start_char for x in p), max(x.end_char for x in p)) for p in parties]
    heads = [span_at(doc, a, b) for a, b in spans]
    if any(h is None for h in heads):
        return None
    roots = [h.root for h in heads if h is not None]
    for k, tok in enumerate(roots[1:], start=1):
        if tok.dep_ != "conj" or not any(tok.head.i == o.i for o in roots[:k]):
            return None  # not "X and Y": a modifier, "delegations from X and Y" (one group), another clause's
    first, others = parties[0], [r for p in parties[1:] for r in p]
    if {r.key() for r in others} & {r.key() for r in first}:
        return None
    names = ", ".join(text for text in dict.fromkeys(r.entity_text for r in others))
    why = f"recipient: '{names}', the other party of a meeting told with coordinated parties"
    return list(first), others, why


PAIR_WORDS = {"the two", "both", "the pair", "the two men", "the two women"}


def the_two(frame: Frame, text: str) -> bool:
    """Whether the frame's actor is "the two" or "both" alone ("X met Y, and the two pledged to ..."):
    the parties of the meeting told before (same_talks)."""
    return bool(frame.actor_spans) and all(text[a:b].lower().strip() in PAIR_WORDS for a, b in frame.actor_spans)


def same_talks(events: Sequence[Event], root: str, asides: Collection[str]) -> tuple[list[ActorRef], list[str]]:
    """A meeting told without its parties ("the next round of talks will be held in Nairobi")
    is held by the parties of the last meeting told before it in the article: its actors and the
    parties it met (not the people of its place), with those of the meetings told in the same
    sentence ("arrived in Pyongyang ... and was met on the tarmac by Kim Jong Il"). ``asides``: the
    ids of the meetings told aside ("the talks, mediated by Angola"), whose party is not the talks'."""
    earlier = next(
        # not a meeting told aside ("the talks, mediated by Angola"): its party is not the talks'
        (e for e in reversed(events) if e.cameo_root == root and e.actor and e.id not in asides),
        None,
    )
    if earlier is None:
        return [], []
    # the meetings told in that sentence together ("arrived in Pyongyang ... and was met by Kim Jong Il")
    told = [e for e in events if e.cameo_root == root and e.actor and e.id not in asides]
    parties: list[ActorRef] = []
    seen: set[tuple[str | None, str | None]] = set()
    for e in (e for e in told if e.sentence_index == earlier.sentence_index):
        for r in [*e.actor, *e.recipient]:
            if not r.place_people and (r.code, r.country) not in seen:
                seen.add((r.code, r.country))
                parties.append(r)
    names = " + ".join(a.code or a.entity_text for a in parties)
    return parties, [f"parties of the meeting told before ('{earlier.event_text}': {names})"]
