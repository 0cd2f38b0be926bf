"""Frames of event nouns: "Putin's visit to Beijing", "the EU's ban on Russian oil", "an attack by
rebels on a convoy".

A noun counts when the verb-frame dictionary knows its lemma as a predicate and it names who acts:
a possessive ("the EU's ban") or a "by" phrase ("an attack by rebels"), or the subject of a
light verb whose object it is ("announced a cessation of military operations", lexicon
agent_verbs), or, for talks with a named side in a time adjunct, the subject of the clause they
set ("agreed after talks with Clinton", lexicon talk_nouns). "of" names the agent only
after the nouns listed in data/code_rules.yaml (``of_agent_nouns``: "the visit of the president",
"the withdrawal of the troops"); after others it names the patient ("the arrest of the opposition
leader"), and a wrong actor is worse than a missed event. After the reciprocal nouns of
``reciprocal_nouns`` ("fighting", "talks", "clashes"), a "between" phrase names both sides. The coder skips a
noun whose clause already gave an event ("held talks", "launched an attack").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Span, Token

from newsevents.code.clauses import doing_participles, talks_clause
from newsevents.code.requested import asked_clause
from newsevents.frame.frames import RECIPIENT_PREPS, VerbInfo
from newsevents.frame.locative import begun_spans, trigger_place_spans
from newsevents.frame.modality import ClauseModality
from newsevents.frame.modality import modality as _modality
from newsevents.frame.subjects import subject_tokens
from newsevents.lexicon import LEXICON, table
from newsevents.parse.syntax import (
    DEFINITE_DETERMINERS,
    DEMONSTRATIVES,
    clause_verb,
    coordinated,
    list_head,
    np_span,
    subtree_span,
)
from newsevents.parse.tree import children, span_at, tokens
from newsevents.parse.tree import text as doc_text
from newsevents.records import Frame

AGENT_VERBS = LEXICON["agent_verbs"]
CROWD_NOUNS = LEXICON["crowd_event_nouns"]
OUTBREAK_VERBS = LEXICON["outbreak_verbs"]
SPARKING_VERBS = LEXICON["sparking_verbs"]
SPARKED_NOUNS = LEXICON["sparked_protest_nouns"]
TOLL_VERBS = LEXICON["toll_verbs"]
QUELLING_VERBS = LEXICON["quelling_verbs"]
SETTING_PREPS = frozenset({"after", "following", "amid", "amidst", "during"})
SETTING_VERBS = LEXICON["unrest_setting_verbs"]
AIM_PREPS = LEXICON["unrest_aim_preps"]
PLACE_PREPS = LEXICON["unrest_place_preps"]
TARGET_PREPS = LEXICON["act_target_preps"]
TIME_MEASURES = LEXICON["unrest_time_measures"]
TIME_UNITS = LEXICON["unrest_time_units"]
PARTICIPATION_VERBS = LEXICON["participation_verbs"]
BODY_PLURALS = LEXICON["body_plurals"]
EVENT_NOUN = "event-noun"  # the context word of every event noun's frame (docs/verb-frames.md)
PERSON_NOUNS = LEXICON["person_nouns"]  # "Gaddafi's forces": a body of people, not an act
BEGUN_NOUNS = LEXICON["begun_event_nouns"]
BEGUN_VERBS = LEXICON["begun_verbs"]
TRUCE_NOUNS = LEXICON["truce_nouns"]
TRUCE_ONSETS = LEXICON["truce_onsets"]
TRUCE_PAIR_NOUNS = LEXICON["truce_pair_nouns"]
MEASURE_ONSETS = table("measure_onset_nouns")
CARRIER_VERBS = LEXICON["carrier_verbs"]
FORCE_NOUNS = LEXICON["force_nouns"]
PARTICLE_ADVS = LEXICON["particle_adverbs"]


def _agent(
    noun: Token, of_agents: Collection[str], reciprocal: Collection[str] = ()
) -> tuple[list[Token], str, str] | None:
    """(agent tokens, how found, the preposition that named it or "")."""
    for c in children(noun):
        if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}:
            return coordinated(c), "possessive of the event noun", ""
    lemma = noun.lemma_.lower()
    # "at the request of the government": who asked (code/requested.py)
    agentive = ["by", "of"] if lemma in of_agents or asked_clause(noun) is not None else ["by"]
    holders = [noun]
    if lemma in reciprocal:  # "fighting between the army and the RSF", "talks between Iran and Iraq"
        agentive.append("between")
        if noun.dep_ == "nsubj":  # "fighting erupted in Khartoum between the army and the RSF"
            holders.append(noun.head)
    for part in doing_participles(noun):
        # "protests led by the opposition", "an attack carried out by rebels": a participle of doing
        # whose "by" phrase names who does the act the noun names
        for c in children(part):
            if c.dep_ == "agent":
                objs = [g for g in children(c) if g.dep_ == "pobj"]
                if objs:
                    return coordinated(objs[0]), f"'by' phrase of '{part.text}', said of the event noun", "by"
    for prep in agentive:
        for c in (c for h in holders for c in children(h)):
            if c.dep_ == "prep" and c.lemma_.lower() == prep:
                objs = [g for g in children(c) if g.dep_ == "pobj"]
                if objs:
                    return coordinated(objs[0]), f"'{prep}' phrase of the event noun", prep
    return None


def _light_verb(noun: Token, carries: Callable[[str, str], bool] = lambda verb, noun: False) -> Token | None:
    """The verb whose subject is the agent of an event noun it takes as object: "announced a
    cessation of hostilities", "approved a rescue package", "began their summit meeting",
    "announced $800 million in assistance", "declared martial law and a general mobilisation"
    (lexicon agent_verbs). Other verbs' subjects are not the noun's agent ("reported an attack",
    "feared a crackdown"), nor is the subject of a definite noun's verb ("announced the deal")."""
    t = list_head(noun)
    joined = _joined_in(t)
    if joined is not None:  # "students taking part in a march", "joined in the protests"
        return joined
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "dobj":
        t = t.head.head  # "$800 million in aid"
    verb = t.head
    if t.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in AGENT_VERBS and not _carried(noun, verb, carries):
        return None
    # "announced the deal": a definite noun names an act told before, not necessarily the subject's;
    # "ordered the closure of the border": with what it is done to in an "of" phrase, the article
    # is the phrase's, and the act is the subject's
    definite = any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in children(noun))
    of_patient = any(c.dep_ == "prep" and c.lower_ == "of" for c in children(noun))
    return None if definite and not of_patient else verb


def _carried(noun: Token, verb: Token, carries: Callable[[str, str], bool]) -> bool:
    """Whether ``verb``, whose object ``noun`` is, carries on, leads or joins the act the noun names,
    so that its subject does that act (lexicon carrier_verbs: "kept up their siege", "led a general
    strike", "joined a boycott"; a phrasal verb read with its particle). ``carries(verb, noun)`` says
    whether the dictionary lets the noun stand for the verb's act: a material act (not "kept up the
    pressure", "led a campaign against the accord", whose type is what is said) and no pattern of the
    verb naming the noun ("launched military strikes" is the verb's to read, by its own patterns). Not a
    body of people ("led a multinational force"), nor a verb of a relative clause or of a clause of time or
    cause ("who had led a strike", "as rebels kept up their siege"): a description or the setting."""
    lemma = noun.lemma_.lower()
    if _phrasal(verb) not in CARRIER_VERBS or lemma in FORCE_NOUNS:
        return False
    if verb.dep_ == "relcl" or (verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in children(verb))):
        return False  # "professionals who had led a strike", "as rebels kept up their siege": a setting
    return carries(verb.lemma_.lower(), lemma)


def _joined_in(noun: Token) -> Token | None:
    """The verb of taking part in an event noun: "took part in a march", "participated in the
    protests", "joined in the strike" (lexicon participation_verbs); its subject does the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    head = prep.head
    if head.lemma_.lower() == "part" and head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() == "take":
        return head.head
    if head.lemma_.lower() == "take" and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "part" for c in children(head)):
        return head  # "taking part in a march", the phrase hung on the verb
    return head if head.pos_ == "VERB" and head.lemma_.lower() in PARTICIPATION_VERBS else None


def _unrest(noun: Token) -> str | None:
    """How a crowd noun with no doer named tells unrest that happened: as the subject of a verb of
    breaking out ("protests erupted", "rioting swept through the city") or of a toll ("riots left six
    people dead", lexicon toll_verbs), the object of a verb of sparking ("sparked violent protests")
    or of quelling ("moved to crush the demonstrations", lexicon quelling_verbs), the subject of such
    a verb in a relative clause ("rioting that erupted after the verdict"), or the setting of its
    sentence measured in time ("resigned after weeks of protests", lexicon unrest_time_measures) or
    told with what it was aimed at ("resigned after protests against his tax plan", lexicon
    unrest_aim_preps), with no possessive or "by"/"of" phrase; else None."""
    if noun.lemma_.lower() not in CROWD_NOUNS or noun.head.i == noun.i:
        return None
    t = list_head(noun)  # "rioting, looting and arson swept through ..."
    measured = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN"
    if measured and t.head.head.dep_ == "nsubj":  # "two days of rioting left 20 people dead"
        t = t.head.head
    verb = t.head
    lemma = verb.lemma_.lower()
    if t.dep_ == "nsubj" and (lemma in OUTBREAK_VERBS or lemma in TOLL_VERBS):
        return f"the subject of '{verb.text}'"
    for rel in children(noun):  # "rioting that erupted after the verdict", "protests which have killed 40"
        rel_lemma = rel.lemma_.lower()
        if rel.dep_ == "relcl" and (rel_lemma in OUTBREAK_VERBS or rel_lemma in TOLL_VERBS):
            if any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in children(rel)):
                return f"the subject of the relative clause '{rel.text}'"
    if any(c.dep_ == "prt" for c in children(verb)):  # "broke up the demonstration"
        lemma = " ".join([lemma] + [c.lower_ for c in children(verb) if c.dep_ == "prt"])
    if t.dep_ in {"dobj", "obj"} and lemma in SPARKING_VERBS and noun.lemma_.lower() in SPARKED_NOUNS:
        return f"the object of '{verb.text}'"
    purpose = verb.dep_ in {"advcl", "acl"} and any(c.lower_ == "to" for c in children(verb))
    if t.dep_ in {"dobj", "obj"} and lemma in QUELLING_VERBS and not purpose:  # not "sent troops to quell unrest"
        return f"the object of '{verb.text}'"
    aim = next((p for p in children(t) if p.dep_ == "prep" and p.lower_ in AIM_PREPS), None)
    timed = measured and _counted_span(t.head.head)
    spans_time = measured and t.head.head.lemma_.lower() in TIME_UNITS  # not "fears of protests against ..."
    placed = _named_place(t)
    if measured and t.dep_ in {"pobj", "dobj"}:
        t = t.head.head  # "weeks of protests against the plan": the measure stands for them
    if _setting(t, verbs=placed is not None and spans_time):
        # not "amid fears of protests over the plan": only a span of time stands for the unrest
        if timed:
            return "the setting of the sentence, measured in time"
        if aim is not None and (spans_time or not measured):
            return f"the setting of the sentence, aimed '{aim.text} ...'"
        if placed is not None and spans_time:
            return f"the setting of the sentence, a span of time placed '{placed.text} ...'"
    return None


def _setting(t: Token, verbs: bool = True) -> bool:
    """Whether ``t`` is what its sentence is set after or during: the object of a preposition of
    setting ("after weeks of protests") or, with ``verbs``, of a verb of following ("the opening
    followed weeks of protests in Leipzig", lexicon unrest_setting_verbs). The verb is read for a span
    of time placed by name only: a counted span ("followed a day of protests") took, in its one find
    (round 63), the date of the clause it came before, not its own."""
    if t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS:
        return True
    if not verbs:
        return False
    return t.dep_ in {"dobj", "obj"} and t.head.pos_ == "VERB" and t.head.lemma_.lower() in SETTING_VERBS


def unrest_setting(noun: Token) -> bool:
    """Whether the crowd noun ``noun`` tells unrest as a span of time its sentence is set after: the
    unrest happened whatever the clause's modality ("has promised reforms after weeks of protests in
    Leipzig")."""
    t = list_head(noun)
    if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in TIME_UNITS):
        return False
    return _setting(t.head.head)


def _named_place(noun: Token) -> Token | None:
    """The preposition of a named place the noun's unrest is told in ("protests in Leipzig and other
    cities", lexicon unrest_place_preps), or None."""
    for p in children(noun):
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
            if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(p)):
                return p
    return None


def _adverb_particle(tok: Token) -> bool:
    """A particle the parser read as an adverb ("stepped down" with "down" an adverb)."""
    return tok.dep_ == "advmod" and tok.lemma_.lower() in PARTICLE_ADVS


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle, if it has one ("break out", "flare up"), else the lemma. A
    particle the parser read as an adverb counts (lexicon particle_adverbs: "kept up" with "up" an
    adverb), as it does in a frame's context."""
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt" or _adverb_particle(c)]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def _begun(noun: Token) -> str | None:
    """How an act a story told before is told again by its noun with no doer named: a definite noun
    of ``begun_event_nouns`` as the subject of a verb of beginning ("The talks opened on November 1",
    "Their offensive began on November 27", "The uprising began on January 25", "The clashes broke out
    at dawn": a verb with a particle is read with it, lexicon begun_verbs); else None.
    "An offensive began" (indefinite) names no act told before; "as the invasion began" sets
    another act's time."""
    if noun.lemma_.lower() not in BEGUN_NOUNS | CROWD_NOUNS or noun.dep_ != "nsubj":
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_DETERMINERS for c in children(noun)):
        return None
    verb = noun.head
    if _phrasal(verb) not in BEGUN_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in children(verb)):
        return None  # "was sworn in as the invasion began": the setting of another act, not the act told
    return f"the subject of '{verb.text}', an act told before"


def _onset(verb: Token) -> bool:
    """Whether ``verb`` tells a start (lexicon truce_onsets): "began", "took effect", "came into force"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    objects = {c.lemma_.lower() for c in children(verb) if c.dep_ in {"dobj", "obj"}}
    into = {o.lemma_.lower() for p in children(verb) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"}
    for onset in TRUCE_ONSETS:
        words = onset.split()
        if words[0] == lemma and (len(words) == 1 or words[-1] in objects | into):
            return True
    return False


def _measure_onset(noun: Token) -> tuple[Token, str] | None:
    """(the verb, how) where a measure of ``measure_onset_nouns`` is told by its start: the subject of
    a verb of starting that is not "begin" or "start" ("Washington's tariffs on steel took effect on
    Monday", "sanctions against Libya came into force") or of such a verb in its relative clause
    ("U.S. duties that took effect in June"); else None. The measure is then told as put in force."""
    if noun.lemma_.lower() not in MEASURE_ONSETS:
        return None
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() not in {"begin", "start"} and _onset(noun.head):
        return noun.head, f"the subject of '{noun.head.text}', a measure told by its start"
    # "duties on timber that took effect in June": the clause hung on the measure's object is the measure's
    # (also where the parser hung the phrase right after the noun on its verb)
    preps = [p for p in children(noun) if p.dep_ == "prep"]
    if noun.dep_ in {"dobj", "obj"}:
        preps += [p for p in children(noun.head) if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    objects = [o for p in preps for o in children(p) if o.dep_ == "pobj"]
    for rel in (r for h in [noun, *objects] for r in children(h)):
        if rel.dep_ == "relcl" and rel.lemma_.lower() not in {"begin", "start"} and _onset(rel):
            if any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in children(rel)):
                return rel, f"the subject of the relative clause '{rel.text}', a measure told by its start"
    return None


def _named_doer(noun: Token) -> tuple[list[Token], str, str] | None:
    """A name compounded before an event noun whose target an "against" phrase tells (lexicon
    act_target_preps): "NATO air strikes against Serb positions", "a UN embargo against the junta".
    With the target told, the name before the noun is who acts, not whom or where it is done to (a name
    before a noun with no such phrase, "a Gaza raid", is where it is done). Not a crowd noun (lexicon
    crowd_event_nouns: "the Tiananmen protests against ...", the name is where or what the unrest is
    named after) nor a measure that holds (measure_onset_nouns: "UN sanctions against the North could
    be eased" tells no imposing)."""
    lemma = noun.lemma_.lower()
    if lemma in CROWD_NOUNS or lemma in MEASURE_ONSETS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in children(noun)):
        return None
    names = [c for c in children(noun) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if not names:
        return None
    return coordinated(names[0]), "name compounded before the event noun, whose target follows", ""


def _named_before(noun: Token) -> list[Token]:
    """A name or nationality before a measure noun that says whose it is ("U.S. tariffs", "a 10% U.S.
    levy", "American duties", "EU sanctions"): proper-noun compounds and nationality adjectives."""
    return [
        c
        for c in children(noun)
        if c.i < noun.i
        and (
            (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
            or (c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"})
        )
    ]


def _hyphened_truce(noun: Token) -> Token | None:
    """'cease' of "a cease-fire" (wire style: three tokens to the parser, "cease", "-", "fire"), which
    is the truce noun "ceasefire"; else None."""
    if noun.lower_ != "fire" or noun.i < 2:
        return None
    first = noun.doc[noun.i - 2]
    hyphen = noun.doc[noun.i - 1]
    if first.lower_ == "cease" and hyphen.text == "-" and first.head.i == noun.i:
        return first
    return None


def _truce_onset(noun: Token) -> str | None:
    """How a truce is told by its start, definite or not, with no parties named ("a U.N.-brokered
    ceasefire took effect on Saturday", "the truce came into force at dawn"; lexicon truce_onsets):
    the truce itself, told as an act; else None. "as the truce began" in another act's clause is
    its setting only when the clause is that of a verb of its own ("was sworn in as the truce
    began"); "Guns fell silent as a ceasefire took effect" tells the truce."""
    if (noun.lemma_.lower() not in TRUCE_NOUNS and _hyphened_truce(noun) is None) or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    return f"the subject of '{verb.text}', a truce told by its start" if _onset(verb) else None


def truce_sides(noun: Token) -> list[Token]:
    """The two sides a truce's sentence names as a pair before a noun of war, front or border
    (lexicon truce_pair_nouns): "along the Iran-Iraq front", "the truce in the Iran-Iraq war" ->
    [Iran, Iraq]; none when the sentence names no such pair (the coder then takes the sides of
    the fighting told before)."""
    sent = noun.sent
    for t in sent:
        if t.lemma_.lower() not in TRUCE_PAIR_NOUNS or t.pos_ != "NOUN":
            continue
        names = [c for c in t.subtree if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
        for a, b in zip(names, names[1:], strict=False):
            if b.i == a.i + 2 and a.nbor(1).text == "-":
                return [a, b]
        between = [o for p in children(t) if p.dep_ == "prep" and p.lower_ == "between" for o in children(p)]
        pair = [o for o in between if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if pair:
            pair += [c for c in children(pair[0]) if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if len(pair) == 2:
            return pair
    return []


def _counted_span(unit: Token) -> bool:
    """A span of time counted ("two days", "a week", "11 days"), in short units (lexicon
    unrest_time_measures): not "weeks" or "months" of protests, which set a story's background."""
    if unit.lemma_.lower() not in TIME_MEASURES:
        return False
    return any(c.dep_ in {"nummod", "det"} and c.lower_ not in {"the", "these", "those"} for c in children(unit))


def _date_clause(sent: Span, span: tuple[int, int]) -> int | None:
    chars = span_at(sent.doc, span[0], span[1])
    if chars is None:
        return None
    root = chars.root
    owner = clause_verb(root.head if root.head.i != root.i else root)
    return owner.i if owner is not None else None


def build_noun_frames(
    sent: Span,
    sentence_index: int,
    is_predicate: Callable[[str], bool],
    date_spans: Sequence[tuple[int, int]] = (),
    of_agents: Collection[str] = (),
    reciprocal: Collection[str] = (),
    carries: Callable[[str, str], bool] = lambda verb, noun: False,
) -> list[tuple[Frame, VerbInfo]]:
    """The frames of the sentence's event nouns. ``carries(verb, noun)``: whether a verb of carrying
    (lexicon carrier_verbs) takes the act its object noun names (``_carried``)."""
    out: list[tuple[Frame, VerbInfo]] = []
    for n in tokens(sent.doc)[sent.start : sent.end]:
        measure = _measure_onset(n) if n.pos_ == "NOUN" else None
        if n.pos_ != "NOUN" or not (measure or is_predicate(n.lemma_.lower())):
            continue
        if n.tag_ == "NNS" and n.lemma_.lower() in BODY_PLURALS and n.dep_ != "ROOT":
            continue
        if n.lemma_.lower() in PERSON_NOUNS:  # "the men's champion": a person, not an act
            continue
        agent = _agent(n, of_agents, reciprocal)
        if measure is not None and agent is None and _named_before(n):
            agent = (_named_before(n), "name before the measure's noun", "")
        light = _light_verb(n, carries) if agent is None and measure is None else None
        if light is not None:
            subj, _, how_subj = subject_tokens(light)
            agent = (subj, f"subject of '{light.text}', whose object it is ({how_subj})", "") if subj else None
        talked = talks_clause(n) if agent is None else None
        if talked is not None:  # "agreed after talks with Clinton": the talks of the clause's subject
            subj, _, how_subj = subject_tokens(talked)
            agent = (
                (subj, f"subject of '{talked.text}', in whose clause the talks are held ({how_subj})", "")
                if subj
                else None
            )
        if agent is None:  # "NATO air strikes against Serb positions": the name before the noun
            agent = _named_doer(n)
        truce = _truce_onset(n) if agent is None else None
        begun = _begun(n) or truce if agent is None else None
        sides: list[Token] = []
        if truce is not None:  # a truce told by its start: the pair its sentence names, if any
            sides = truce_sides(n)
            if sides:
                agent = (sides, "pair named before a noun of war or front in the truce's sentence", "")
        unrest = _unrest(n) if agent is None and begun is None and measure is None else None
        if agent is None and unrest is None and begun is None and measure is None:
            continue
        started = begun or (measure[1] if measure is not None else None)
        if started is not None and agent is not None:
            subj, how, agent_prep = agent[0], f"{agent[1]}, {started}", agent[2] if measure else ""
        elif started is not None:
            subj, how, agent_prep = [], f"story: no doer named, {started}", ""
        else:
            subj, how, agent_prep = agent or ([], f"people of its place: unrest with no doer named, {unrest}", "")
        ctx = [m.lemma_.lower() for m in children(n) if m.dep_ in {"amod", "compound"}]
        ctx.append(EVENT_NOUN)  # lets a pattern be a verb's only: "push for !event-noun" ("a push for" is an effort)
        if measure is not None:  # "tariffs took effect": the tariffs imposed
            ctx.insert(0, n.lemma_.lower())
        recipients: list[Token] = []
        for p in children(n):
            if p.dep_ == "prep" and p.lemma_.lower() not in {"by", agent_prep}:
                ctx.append(p.lemma_.lower())
                for o in children(p):
                    if o.dep_ == "pobj":
                        ctx.append(o.lemma_.lower())
                        if p.lemma_.lower() in RECIPIENT_PREPS:
                            recipients.extend(coordinated(o))
        asked = asked_clause(n) if not recipients else None
        if asked is not None:  # "sent troops at the request of X": asked of the clause's subject
            recipients.extend(subject_tokens(asked)[0])
        if agent_prep == "by" and not recipients:
            # "a White House visit by Prime Minister Singh", "a Gaza raid by Israeli troops": with the doer
            # in the "by" phrase, a name compounded before the noun is whom or where it is done to
            recipients.extend(m for m in children(n) if m.dep_ == "compound" and m.pos_ == "PROPN" and m.i < n.i)
        verb = clause_verb(n.head) if n.head.i != n.i else None
        if measure is not None:  # "duties that took effect in June": the relative clause's verb
            verb = measure[0]
        modality, tense, why, modal = (
            _modality(verb) if verb is not None else ClauseModality("asserted", "past", "no verb")
        )
        if unrest is not None and modality != "negated" and unrest_setting(n):
            modality = "asserted"  # "has promised reforms after weeks of protests": the protests happened
        if agent is None and modality != "asserted" and not (begun and modality == "future"):
            continue  # "feared that protests could erupt": none told ("the talks will resume on Monday" is)
        if (
            modality != "asserted"
            and light is not None
            and (_joined_in(n) is not None or light.lemma_.lower() in PARTICIPATION_VERBS)
        ):
            continue  # "would not take part in a war", "would not join the attack": a refusal to join, not the war

        # "a cease-fire took effect": the truce noun, its three tokens from the first
        hyphened = _hyphened_truce(n) if truce is not None else None
        start, lemma = (hyphened, "ceasefire") if hyphened is not None else (n, n.lemma_.lower())
        trigger = doc_text(sent.doc)[start.idx : n.idx + len(n.text)]
        lo, hi = subtree_span(n)
        own_dates = tuple(s for s in date_spans if lo <= s[0] and s[1] <= hi)
        if not own_dates and verb is not None:  # "X's visit to Y began on Tuesday": the clause's date
            own_dates = tuple(s for s in date_spans if _date_clause(sent, s) == verb.i)
        held = talked
        while not own_dates and held is not None and held.dep_ in {"xcomp", "conj"} and held.head.i != held.i:
            # "agreed on Wednesday to resume flights during talks": the date of the clause whose subject met
            held = held.head
            own_dates = tuple(s for s in date_spans if _date_clause(sent, s) == held.i)
        frame = Frame(
            sentence_index=sentence_index,
            predicate_lemma=MEASURE_ONSETS[n.lemma_.lower()] if measure is not None else lemma,
            trigger_start=start.idx,
            trigger_end=n.idx + len(n.text),
            trigger_text=trigger,
            context=tuple(dict.fromkeys(ctx)),
            # the sides of a truce are names inside another phrase ("the Iran-Iraq front"): the names alone
            actor_spans=tuple((s.idx, s.idx + len(s.text)) if sides else np_span(s) for s in subj),
            recipient_spans=tuple(dict.fromkeys(np_span(t) for t in recipients)),
            date_spans=own_dates,
            # an act told again by its beginning took place where it began from
            place_spans=begun_spans(n) if begun else trigger_place_spans(n),
            modality=modality,
            negated=modality == "negated",
            tense="future" if modality == "future" else tense,
            reasons=(f"event noun '{trigger}': actor from the {how}", f"modality: {why} (the noun's clause)"),
            modal=modal,
        )
        crowd = agent is None and begun is None and measure is None
        info = VerbInfo(n.i, noun=True, crowd=crowd, begun=begun is not None, measure=measure is not None)
        out.append((frame, info))
    return out
