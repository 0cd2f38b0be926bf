"""An attack without an attacker: "a roadside bomb killed three U.S. soldiers"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.code.clauses import consequence
from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch
from newsevents.frame.frames import WEAPON_VEHICLE
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.recipients import recipients
from newsevents.progress import Discourse
from newsevents.records import Frame, Mention
from newsevents.where.location import location

PEOPLE_NOUNS = LEXICON["people_nouns"]
HAND_VERBS = LEXICON["hand_verbs"]
PERSON_SUFFIXES = tuple(LEXICON["person_suffixes"])
CLAIMED_NOUNS = LEXICON["claimed_nouns"]
DOWNED_AIRCRAFT = LEXICON["downed_aircraft"]
SETTING_MARKS = LEXICON["attack_setting_marks"]


def unknown_attacker(
    frame: Frame, tok: Token, match: FrameMatch | None, reader: ActorReader, disc: Discourse,
    frame_at: Callable[[int], Frame | None], places: Sequence[Mention], rules: CodeRules,
) -> bool:  # fmt: skip
    """An event needs an actor, except an attack told in a main clause whose subject is the means
    of the attack and whose target is a named country's people ("a roadside bomb killed three
    U.S. soldiers"), or people hit by an attack named in the clause, in a place with a country
    ("a journalist was killed in a car bomb explosion in Beirut"), or an attack whose subject is a
    means that strikes by itself (``unattributed_means``: "car bombs exploded near government
    buildings in Tashkent"), where the event has a place with a country; and a vehicle used as a weapon
    (the context word ``weapon-vehicle``: "hijacked airliners slammed into the towers"), which says by
    its marks that it was driven into its target, wherever that is. The attack may also be told as a
    setting of another act (a time clause or a relative clause of the means: ``_setting_clause``), where
    its means is the subject, it is no history dated by a year, and its target's own words name its
    country or its own clause names a place with one: a target given the dateline's country, or the head
    clause's place ("blasts were heard in the capital as missiles struck army depots"), is not coded
    there, for the event would carry that guess (sentrec52)."""
    code = match.code if match is not None else None
    if code is None or code.root not in {"18", "19", "20"}:
        return False
    assert match is not None
    main = tok.dep_ in {"ROOT", "ccomp"} or (tok.dep_ in {"conj", "advcl"} and tok.head.dep_ == "ROOT")
    main = main and (tok.dep_ != "advcl" or consequence(tok, match))
    setting = not main and _setting_clause(tok)
    if not main and not (setting and frame.actor_spans):  # a setting's attack is told by its means
        return False
    doc = tok.doc
    if setting and _dated_by_year(frame, doc):
        return False
    instruments = rules.attack_instruments
    vehicle = WEAPON_VEHICLE in frame.context
    heads = []
    for a, b in frame.actor_spans:  # the subject must be the means of an attack, not "the cyclone"
        span = span_at(doc, a, b)
        head = _means_head(span.root) if span is not None else None
        if head is None or (head.lemma_.lower() not in instruments and not vehicle):
            return False
        heads.append(head)
    if vehicle:  # a hijacked or explosive-laden vehicle driven into its target: an attack wherever it is
        return True
    targets = recipients(reader, doc, frame, [], None, disc, frame_at)[0]
    if setting and any(r.country and r.read is None for r in targets):
        return False  # a setting's target given a country its words do not say (the dateline's): not placed
    if any(r.country for r in targets):
        return True
    if not setting and _agentless_victim(frame, tok, rules):
        # "Chico Mendes was shot dead outside his home in Xapuri": people hit by an unnamed hand
        loc = location(doc, frame, code, places)[0]
        return loc is not None and bool(loc.country_code)
    named = any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in instruments for o in children(p))
        for p in children(tok)
    )
    # "car bombs exploded near government buildings in Tashkent": means that strike by themselves
    striking = bool(heads) and (vehicle or all(h.lemma_.lower() in rules.unattributed_means for h in heads))
    loc = location(doc, frame, code, places)[0] if (named and targets) or striking else None
    if loc is None or not loc.country_code:
        return False
    # a setting's attack is placed by its own clause, not by its head's ("listed in the port after ...",
    # "blasts were heard in the capital as missiles struck army depots")
    return not setting or _placed_in_clause(tok, places, loc.country_code)


def _placed_in_clause(tok: Token, places: Sequence[Mention], country: str) -> bool:
    """Whether a place of that country is named inside the clause of the verb ``tok``."""
    left, right = tok.left_edge, tok.right_edge
    start, end = left.idx, right.idx + len(right)
    return any(
        m.place is not None and m.place.country_code == country and start <= m.start_char and m.end_char <= end
        for m in places
    )


def _setting_clause(tok: Token) -> bool:
    """A clause that tells an attack as a time setting of another act ("wounded when a grenade blew up
    his jeep", "listed after two blasts tore open its stern": a clause opened by one of lexicon
    ``attack_setting_marks``), or a relative clause of the means itself ("the shells that slammed
    into two schools"), told in a simple tense: a perfect ("a war that has killed thousands") tells a
    toll, not one act. Its subject must still be the means of an attack (the caller checks)."""
    if tok.dep_ == "advcl":
        # "as", "after" are marks; "when" is parsed as a wh-adverb of the clause ("once" as an adverb is "formerly")
        return any(
            c.lower_ in SETTING_MARKS and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
            for c in children(tok)
        )
    if tok.dep_ == "relcl":  # the modified noun is the subject: no subject of its own but the relative word
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(tok)):
            return False
        subjects = [c for c in children(tok) if c.dep_ in {"nsubj", "nsubjpass"}]
        return all(c.tag_ in {"WDT", "WP"} for c in subjects)
    return False


def _dated_by_year(frame: Frame, doc: Doc) -> bool:
    """A clause dated by a year alone tells a history the sentence refers to, not its news ("accused
    them of placing the device that downed the jet in 1994")."""
    for a, b in frame.date_spans:
        span = span_at(doc, a, b)
        if span is not None and span.text.strip().isdigit() and len(span.text.strip()) == 4:
            return True
    return False


def _means_head(root: Token) -> Token:
    """The noun that names the means: the root of the subject, or its "of" object when the root
    only counts it ("a series of car bombs", "a barrage of rockets")."""
    if root.tag_ != "NNS" and root.lemma_.lower() not in {"series", "barrage", "wave", "volley", "salvo", "string"}:
        return root
    of = next((c for c in children(root) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in children(of) if g.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None else root


def _agentless_victim(frame: Frame, tok: Token, rules: CodeRules) -> bool:
    """A passive attack with no "by" agent, told by a verb that needs a hand (lexicon hand_verbs:
    "the journalist was shot dead", "the envoy was stabbed"; not "killed", which a landslide or a
    crash does too), whose subject is a person or people (not "the building was attacked"), or an
    aircraft brought down by it (lexicon downed_aircraft: "the airliner was shot down"): the
    attacker is not named."""
    if not frame.passive or frame.actor_spans or tok.lemma_.lower() not in HAND_VERBS:
        return False
    if any(c.dep_ == "agent" for c in children(tok)):
        return False
    subjects = [c for c in children(tok) if c.dep_ == "nsubjpass"]
    if subjects and any(c.dep_ == "prt" and c.lower_ == "down" for c in children(tok)):
        # "a plane carrying the minister was shot down": an aircraft downed by an unnamed hand
        return all(s.lemma_.lower() in DOWNED_AIRCRAFT for s in subjects)
    return bool(subjects) and all(_person(s, rules) for s in subjects)


def _person(tok: Token, rules: CodeRules) -> bool:
    """A person named (a PERSON entity) or a word for people (lexicon people_nouns, or a noun
    ending like one: lexicon person_suffixes, "journalist"; code_rules people_suffixes,
    "policemen"), also counted ("dozens of soldiers")."""
    if tok.ent_type_ == "PERSON":
        return True
    head = _means_head(tok)
    if head.pos_ != "NOUN" or head.lemma_.lower() in rules.attack_instruments:
        return False
    word = head.lower_
    return head.lemma_.lower() in PEOPLE_NOUNS or word.endswith(PERSON_SUFFIXES) or word.endswith(rules.people_suffixes)


def claimant(frame: Frame, tok: Token, match: FrameMatch | None, rules: CodeRules) -> tuple[int, int] | None:
    """Who claimed an attack told with its means as the subject, in the attack's sentence: the agent of
    "claimed by" on the subject ("drone strikes claimed by the rebels set ablaze ..."), or the subject of
    a verb "claim" whose object is the claim (lexicon claimed_nouns: "..., and the rebels claimed
    responsibility", "X claimed the attack"); a claim named by a noun ("a claim of responsibility by X",
    which the story may dismiss) is not followed. The claimant's span, or None."""
    code = match.code if match is not None else None
    if code is None or code.root not in {"18", "19", "20"} or not frame.actor_spans:
        return None
    doc = tok.doc
    for a, b in frame.actor_spans:
        span = span_at(doc, a, b)
        if span is None or _means_head(span.root).lemma_.lower() not in rules.attack_instruments:
            return None
        for acl in children(span.root):
            if acl.dep_ == "acl" and acl.lemma_.lower() == "claim":
                for agent in (g for g in children(acl) if g.dep_ == "agent"):
                    for o in (g for g in children(agent) if g.dep_ == "pobj"):
                        return subtree_span(o)
    for verb in tok.sent:
        if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB" or verb.i == tok.i:
            continue
        claimed = [c for c in children(verb) if c.dep_ in {"dobj", "obj"}]
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        if subjects and claimed and all(c.lemma_.lower() in CLAIMED_NOUNS | rules.attack_instruments for c in claimed):
            return subtree_span(subjects[0])
    return None
