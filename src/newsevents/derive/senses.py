"""Word senses and word classes that choose an act's code (issue 11, sixth session; data/code_rules.yaml):
armed forces moving in, travel bans, buildings left, physical senses of political verbs, gestures of a
crowd, crowds at a border crossing, stances used as adjectives, meetings agreed and meetings as the
setting of another act; what the work towards an act was for (fourteenth session: "suspended
preparations to sign the accord")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_head, to_infinitive
from newsevents.parse.tree import PLACE_ENTS, children
from newsevents.records import ActorRef

FIGHTING_ROOTS = {"18", "19", "20"}  # a move told with these in its participle or conjunct is an attack
FIGHTING_CODES = {"175", "145"}
PROCESS_NOUNS = frozenset(LEXICON["process_nouns"])  # "suspended preparations to sign the accord"
FLIGHT_WORDS = frozenset(LEXICON["flight_words"])
MEETING_NOUNS = frozenset(
    LEXICON["meeting_nouns"]
)  # "meeting in an emergency summit": the meeting is told  # "fled the country and landed in Saudi Arabia"


def travel_word(tok: Token, rules: CodeRules) -> str | None:
    """The word that makes a ban a travel ban (``travel_words``): a modifier of the verb's object
    ("imposed a travel ban", "visa bans") or the verb of its "from" phrase ("banned the coup leaders
    from travelling", "barred from entering the country": a country by name or one of ``state_nouns``;
    "from entering the city" restricts movement at home), else None."""
    for c in children(tok):
        if c.dep_ in {"dobj", "obj", "nsubjpass"}:
            mod = next((m for m in children(c) if m.dep_ in {"compound", "amod", "nmod"}), None)
            if mod is not None and mod.lemma_.lower() in rules.travel_words:
                return mod.text
        if c.dep_ == "prep" and c.lower_ == "from":
            act = next((g for g in children(c) if g.dep_ in {"pcomp", "pobj"}), None)
            if act is None or act.lemma_.lower() not in rules.travel_words:
                continue
            place = next((g for g in children(act) if g.dep_ in {"dobj", "obj"}), None)
            if place is None or place.pos_ == "PROPN" or place.lemma_.lower() in rules.state_nouns:
                return act.text  # "from entering the United States", "from leaving the country"
            # "barred reporters from entering the city": a restriction of movement at home
    return None


def physical_sense(tok: Token, rules: CodeRules) -> str | None:
    """The thing a verb acts on when it is one of ``physical_nouns`` ("dug through the rubble",
    "searched under the debris"): its object, or a "through", "under", "beneath", "among" or "out of"
    phrase; not "to" or "into" ("reduced the town to rubble", "pounded the camp into rubble")."""
    for c in children(tok):
        if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in rules.physical_nouns:
            return c.text
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"through", "under", "among", "out", "beneath"}:
            for g in c.subtree:
                if g.dep_ == "pobj" and g.head.lower_ in {"through", "under", "among", "of", "beneath"}:
                    if g.lemma_.lower() in rules.physical_nouns:
                        return g.text
    return None


def depicted_gesture(tok: Token, rules: CodeRules) -> bool:
    """A gesture of a crowd (``gesture_verbs``: "waving flags") that describes people in a participle or
    a relative clause ("crowds waving flags gathered"), or is conjoined with a verb of celebration ("cheered
    and waved flags", ``celebration_verbs``): no protest of its own."""
    if tok.lemma_.lower() not in rules.gesture_verbs:
        return False
    if tok.dep_ in {"acl", "relcl"}:
        return True  # not "celebrated in the streets, waving flags" (advcl): a celebration some code a protest
    linked = [tok.head] if tok.dep_ == "conj" else []
    linked += [c for c in children(tok) if c.dep_ == "conj"]
    return any(v.lemma_.lower() in rules.celebration_verbs for v in linked)


# a crowd's gathering, motion or gesture; the words that voice a crowd's grievance (read here and by
# derive/nonacts.guarding_crowd)
CROWD_MOTION_LEMMAS = LEXICON["crowd_motion_lemmas"]
GRIEVANCE_OR_VOICING = LEXICON["grievance_words"] | LEXICON["voicing_words"]


def celebrating_crowd(tok: Token) -> str | None:
    """The festive word of a sentence that tells a crowd gathering as a celebration, not a protest
    ("Lawmakers cheered and danced as crowds poured into the streets", "jubilant crowds massed at the
    crossing"): a gathering, a crowd's motion or gesture (``crowd_motion_lemmas``; not a march, a
    rally or an occupation), one of ``festive_words`` in the sentence and none of
    ``grievance_words``; else None."""
    if tok.lemma_.lower() not in CROWD_MOTION_LEMMAS:
        return None
    sent = tok.sent
    lemmas = {w.lemma_.lower() for w in sent} | {w.lower_ for w in sent}
    if lemmas & LEXICON["grievance_words"]:
        return None
    return next((w.text for w in sent if w.lemma_.lower() in LEXICON["festive_words"]), None)


CROSSING_NOUNS = frozenset(LEXICON["crossing_nouns"])
CROSSING_PREPS = frozenset({"at", "outside", "near", "to", "on"})


def crossing_crowd(tok: Token) -> str | None:
    """The crossing point at which a crowd gathers (``crowd_motion_lemmas`` with an "at", "outside",
    "near", "to" or "on" phrase whose noun is one of ``crossing_nouns``, or a "crossing point"): people
    waiting to cross a border, no protest ("crowds massed at the checkpoints", "thousands of refugees
    gathered at the border crossing"); None when the sentence voices a grievance (``grievance_words``,
    ``voicing_words``: "massed at the crossing, chanting 'Open the gate!'") or names no such place."""
    if tok.lemma_.lower() not in CROWD_MOTION_LEMMAS:
        return None
    sent = tok.sent
    lemmas = {w.lemma_.lower() for w in sent} | {w.lower_ for w in sent}
    if lemmas & GRIEVANCE_OR_VOICING:
        return None
    for prep in children(tok):
        if prep.dep_ != "prep" or prep.lower_ not in CROSSING_PREPS:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj":
                continue
            mods = {m.lemma_.lower() for m in children(noun) if m.dep_ in {"compound", "amod", "nmod"}}
            if noun.lemma_.lower() in CROSSING_NOUNS or (noun.lemma_.lower() == "point" and mods & CROSSING_NOUNS):
                return noun.text
    return None


GREETING_CROWDS = frozenset(LEXICON["greeting_crowds"])


def crowd_greeting(tok: Token) -> str | None:
    """The crowd that gives or receives a greeting (``greeting_crowds``: the head of the verb's subject,
    of its "by" agent or of its object): "was greeted by thousands of cheering supporters", "cheering
    crowds greeted him", "greeted the crowd from the balcony" tell a public appearance, no visit hosted;
    None when no such party is named."""
    parties = [c for c in children(tok) if c.dep_ in {"nsubj", "dobj", "obj"}]
    parties += [o for a in children(tok) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"]
    return next((p.text for p in parties if p.lemma_.lower() in GREETING_CROWDS), None)


def by_motion(
    tok: Token, match: FrameMatch, actors: Sequence[ActorRef], frames: VerbFrames, rules: CodeRules,
    match_at: Callable[[int], FrameMatch | None] = lambda i: None,
) -> tuple[FrameMatch, str | None]:  # fmt: skip
    """(the match, why) with the code an armed force moving into a place takes (``motion_codes``, for
    one of ``motion_verbs``: "Russian tanks rolled into the town" deploy there, 154), unless the move is
    told with fighting in its own participle or conjunct ("moved in at dawn, firing on the crowd")."""
    code = match.code
    table = rules.motion_codes.get(code.code) if code is not None else None
    sectors = [a.sector for a in actors if a.sector]
    if code is None or not table or tok.lemma_.lower() not in rules.motion_verbs:
        return match, None
    if not sectors or any(s not in table for s in sectors):
        return match, None
    told = [c for c in children(tok) if c.dep_ in {"advcl", "conj", "xcomp"}]
    told += [g for c in told for g in children(c) if g.dep_ == "conj"]  # "..., after X declared ..., and clashed"
    for c in told:
        act = match_at(c.i)
        if (
            act is not None
            and act.code is not None
            and (act.code.root in FIGHTING_ROOTS or act.code.code in FIGHTING_CODES)
        ):
            return match, None  # fighting or repression told with the move
    target = table[sectors[0]]
    who = "/".join(sorted(set(sectors)))
    why = f"'{tok.text}': armed actors of sector {who} moving in, CAMEO {code.code} becomes {target}"
    return replace(match, code=frames.code(target)), why


def stance_adjective(tok: Token) -> bool:
    """A participle of stance with "to" and no auxiliary or object ("protesters opposed to the
    president celebrated"): the verb takes an object, so "opposed to" is an adjective describing
    its noun, whatever the parse made of it; "were opposed to" (with its copula) is not."""
    kids = children(tok)
    if tok.tag_ != "VBN" and not (tok.tag_ == "VBD" and tok.lower_.endswith("ed")):
        return False
    if tok.dep_ in {"acomp", "xcomp", "ccomp", "conj"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def agreed_meeting(
    tok: Token, match: FrameMatch, match_at: Callable[[int], FrameMatch | None], rules: CodeRules
) -> tuple[FrameMatch, str] | None:
    """(the meeting's match, why) when an intent to meet (a code of ``meeting_intents``) is told by one of
    ``meeting_heads`` with a to-infinitive coded as a meeting (``meeting_codes``): "the two ministers
    agreed to meet in Geneva", "the leaders plan to meet next month" tell the meeting, to come."""
    code = match.code
    if code is None or code.code not in rules.meeting_intents or tok.lemma_.lower() not in rules.meeting_heads:
        return None
    for c in children(tok):
        act = match_at(c.i) if c.dep_ == "xcomp" else None
        if act is not None and act.code is not None and act.code.code in rules.meeting_codes:
            why = f"'{tok.text} to {c.text}': the meeting agreed, CAMEO {code.code} becomes {act.code.code}"
            return replace(match, code=act.code), why
    return None


def setting_participle(tok: Token, rules: CodeRules) -> bool:
    """A participle of a meeting (a code under ``setting_roots``) describing the subject of another verb
    ("Arab League leaders meeting in Cairo voted to send troops", "Commonwealth leaders meeting in Harare
    suspended Fiji"): it says where the subject acts, the verb tells the event. A participle with an
    object ("the president, meeting the EU leaders in Beijing, said ...") tells a meeting with them."""
    head = tok.head
    parties = [c for c in children(tok) if c.dep_ in {"dobj", "obj"} and c.ent_type_ not in PLACE_ENTS]
    if tok.tag_ != "VBG" or parties:
        # "Xi Jinping, meeting European Union leaders in Beijing, said ...": a meeting with someone; a place
        # visited ("Biden, visiting Warsaw, warned ...") says where the subject acts, as "in Cairo" does
        return False
    if tok.dep_ in {"nsubj", "csubj"} and any(c.dep_ == "nsubj" for c in children(tok)):
        return head.pos_ in {"VERB", "AUX"}  # parsed as a gerund subject with its own: "leaders meeting ... voted"
    if tok.dep_ == "ccomp" and tok.i < head.i and any(c.dep_ == "nsubj" for c in children(tok)):
        # "EU leaders meeting overnight in Brussels agreed ...", parsed as a clause before its head verb
        return head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"aux", "auxpass"} for c in children(tok))
    if tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children(tok)):
        # "... leaders meeting overnight in Brussels agreed ...", parsed with the participle as the root and
        # the finite verb after it, with no subject of its own, as its clause (a ccomp, an advcl or an
        # unlabelled dependant: "leaders meeting in Beirut endorsed", "... in Abuja gave"; prec38)
        # (not one whose phrases name the meeting: "ECOWAS, meeting in an emergency summit in Abuja, imposed")
        return not any(c.dep_ in {"aux", "auxpass"} for c in children(tok)) and any(
            (c.dep_ == "ccomp" or (c.dep_ in {"advcl", "dep"} and not names_meeting(tok)))
            and c.i > tok.i
            and c.tag_ in {"VBD", "VBZ", "VBP"}
            and not any(g.dep_ == "nsubj" for g in children(c))
            for c in children(tok)
        )
    if tok.dep_ == "advcl" and tok.i < head.i and head.pos_ in {"VERB", "AUX"}:
        # "The Arab League, meeting in Cairo, voted ...": a participle before the verb of the subject it
        # describes (prec38); not one that names the meeting ("ECOWAS, meeting in an emergency summit in
        # Abuja, ...": the summit is told)
        if names_meeting(tok):
            return False
        return not any(c.dep_ in {"aux", "auxpass", "mark", "nsubj"} for c in children(tok)) and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for c in children(head)
        )
    return tok.dep_ == "acl" and head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}


def names_meeting(tok: Token) -> bool:
    """Whether a phrase of the participle ``tok`` names the meeting (lexicon ``meeting_nouns``: "meeting in
    an emergency summit in Abuja"): then the meeting is told, not only where its subject acts."""
    return any(w.lemma_.lower() in MEETING_NOUNS for p in children(tok) if p.dep_ == "prep" for w in p.subtree)


REFLEXIVES = {"himself", "herself", "themselves", "itself", "oneself"}


def self_inflicted(tok: Token, match: FrameMatch) -> str | None:
    """The reflexive object that makes an act of violence one the doer did to himself ("was reported
    to have shot himself", "the general killed himself": a suicide, no act between parties), else
    None. A verb of killing (lexicon ``suicide_verbs``); "blew himself up at a checkpoint" (a
    suicide attack) is not one."""
    code = match.code
    if code is None or code.root not in FIGHTING_ROOTS or tok.lemma_.lower() not in LEXICON["suicide_verbs"]:
        return None
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "obj"}]
    if len(objects) == 1 and objects[0].lower_ in REFLEXIVES:
        return objects[0].text
    return None


LABEL_TAGS = frozenset({"NOUN", "ADJ", "PROPN"})


def names_object(tok: Token, rules: CodeRules) -> bool:
    """A verb of ``naming_verbs`` that gives its object a name or a quality ("called the strikes an
    act of war", "calling their talks productive", "a mechanism that Canada had called a red line"):
    it names what it speaks of, so its dictionary senses (a call for talks, a strike called) do not
    apply; only a name of condemnation codes it (derive/codes.by_label). A predicate noun or
    adjective beside an object, or a second object after the first (the parser's reading of "called
    X a Y"), tells the naming; "called a strike", "called for talks" and "called Sharif" do not."""
    if tok.lemma_.lower() not in rules.naming_verbs:
        return False
    kids = children(tok)
    objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
    labels = [c for c in kids if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ in LABEL_TAGS and c.i > tok.i]
    # "called their meeting constructive" parsed with the object swallowed as a compound of the label
    swallowed = any(c.dep_ == "compound" and c.pos_ == "NOUN" for label in labels for c in children(label))
    if labels and (objects or swallowed or tok.dep_ == "relcl"):
        return True
    return len(objects) >= 2 and objects[-1].pos_ in LABEL_TAGS


INDICATIVE_TAGS = frozenset({"VBD", "VBZ"})
INDICATIVE_AUXES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would"})


def insisted_claim(tok: Token, rules: CodeRules) -> bool:
    """A verb of ``claiming_demands`` whose that-clause is in the indicative ("insisted that the
    removal had been a legal transition", "insists that the deal will not allow a base", "insisted
    he was still the lawful leader"): a claim, not a demand; "insisted that Washington confine its
    programme" (the subjunctive: code/clauses.demanded) stays a demand."""
    if tok.lemma_.lower() not in rules.claiming_demands:
        return False
    for c in children(tok):
        if c.dep_ != "ccomp" or not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in children(c)):
            continue
        auxes = {g.lower_ for g in children(c) if g.dep_ in {"aux", "auxpass"}}
        if c.tag_ in INDICATIVE_TAGS or auxes & INDICATIVE_AUXES:
            return True
    return False


def aimed_at(tok: Token) -> list[Token]:
    """The heads of what a verb's act was the way to, when its object is a preparation or a process
    (as the parser hangs it on the verb): the object of its to-infinitive ("suspended preparations to
    sign an accord") or of its "for" phrase ("suspended preparations for signing a deal")."""
    out: list[Token] = []
    work = [c for c in children(tok) if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in PROCESS_NOUNS]
    if not work:
        return out
    for c in [*children(tok), *children(work[0])]:  # hung on the verb or on the noun ("preparations for a deal")
        verb = c if c.dep_ in {"xcomp", "advcl", "acl"} and to_infinitive(c) else None
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in children(c):
                if g.dep_ == "pobj":
                    out.append(g)
                elif g.dep_ == "pcomp" and g.tag_ == "VBG":
                    verb = g
        if verb is not None:
            out += [g for g in children(verb) if g.dep_ in {"dobj", "obj"}]
    return out


def fled_journey(tok: Token) -> str | None:
    """The word of flight, fall, release or asylum (lexicon ``flight_words``) told in a journey's own clause:
    in the travel verb's subtree ("arrived in Moscow, where they had been granted asylum"; "flew home after
    China released them"), or a verb the travel verb is conjoined to, with its subtree ("fled the country
    and landed in Saudi Arabia", "quit on Friday and flew to Miami"). Such a journey is the flight or the
    return told, no visit. None when no such word stands there."""
    scope = list(tok.subtree)
    first = list_head(tok)
    if first.i != tok.i:
        scope += [first, *(w for c in children(first) if c.dep_ != "conj" for w in c.subtree)]
    word = next((w for w in scope if w.i != tok.i and w.lemma_.lower() in FLIGHT_WORDS), None)
    return word.text if word is not None else None


VERBAL_CLASH_VERBS = frozenset(LEXICON["verbal_clash_verbs"])
VERBAL_CLASH_PREPS = frozenset(LEXICON["verbal_clash_preps"])
VERBAL_CLASH_SECTORS = frozenset(LEXICON["verbal_clash_sectors"])
VERBAL_CLASH_CODE = "110"  # disapprove (ACCUSE)


def verbal_clash(tok: Token, actors: Sequence[ActorRef]) -> str | None:
    """What the parties at ``tok`` clash over, when the clash is one of words: a verb of
    ``verbal_clash_verbs`` whose actors are all states named with no sector or of ``verbal_clash_sectors``
    (governments, legislatures, courts, parties, international bodies) with an
    "over" phrase (``verbal_clash_preps``) that names no place ("France and Germany clashed over the
    budget"): a dispute, no fight (storyprec48). Else None: "Indian and Chinese troops clashed",
    "protesters clashed with police over the arrests", "the two states clashed in the Gulf of Sirte"."""
    if tok.lemma_.lower() not in VERBAL_CLASH_VERBS or not actors:
        return None
    if not all(a.sector in VERBAL_CLASH_SECTORS or (a.sector is None and a.kind == "country") for a in actors):
        return None
    # the "over" phrase on the verb, or on the party of its "with" phrase ("clashed with the governor over rates")
    partners = [o for p in children(tok) if p.dep_ == "prep" and p.lower_ == "with" for o in children(p)]
    for c in [c for h in (tok, *partners) for c in children(h)]:
        if c.dep_ != "prep" or c.lower_ not in VERBAL_CLASH_PREPS:
            continue
        issue = next((o for o in children(c) if o.dep_ == "pobj"), None)
        if issue is not None and issue.ent_type_ not in PLACE_ENTS:
            return " ".join(w.text for w in issue.subtree)
    return None


def _no_hand(verb: Token, rules: CodeRules) -> str | None:
    """The word that says nobody's hand is behind a verb: the verb itself, one of ``accident_verbs`` told
    with no object ("the airliner crashed"), or a natural force heading its subject ("an earthquake struck
    the city"; ``natural_forces``), else None."""
    if verb.lemma_.lower() in rules.accident_verbs and not any(c.dep_ in {"dobj", "obj"} for c in children(verb)):
        return verb.text
    for subj in (c for c in children(verb) if c.dep_ == "nsubj"):
        force = next((w for w in subj.subtree if w.i <= subj.i and w.lemma_.lower() in rules.natural_forces), None)
        if force is not None:
            return force.text
    return None


_CHAIN_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _participle_chain(tok: Token, rules: CodeRules) -> str | None:
    """The word that says no hand is behind the verb a participle of killing hangs on, through a chain of
    participles ("an earthquake struck the city, flattening homes and killing hundreds": "killing" is a
    conjunct of "flattening", which hangs on "struck"; "a cyclone slammed into the coast, uprooting trees,
    cutting power and killing forty"; storyprec44): each verb up the chain is read by :func:`_no_hand`, up to
    the first that is no participle (four steps at most)."""
    t = tok
    for _ in range(4):
        if t.tag_ == "VBG" and t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"}:
            return _misparsed_list(t.head, rules)
        if t.tag_ != "VBG" or t.dep_ not in _CHAIN_DEPS or t.head is t:
            return None
        why = _no_hand(t.head, rules)
        if why is not None:
            return why
        t = t.head
    return None


_NOUN_CHAIN_DEPS = frozenset({"appos", "conj", "dobj", "obj", "npadvmod"})


def _misparsed_list(noun: Token, rules: CodeRules) -> str | None:
    """A participle of killing the parser hung as a conjunct on a noun ("an earthquake struck the
    province, flattening villages and killing thousands": "flattening" read as a compound of "villages",
    "killing" as a conjunct of it): up from that noun through appositions, conjuncts and objects to a
    natural force (the noun itself) or to the verb they hang on, read by :func:`_no_hand` (storyprec44)."""
    n = noun
    for _ in range(4):
        if n.lemma_.lower() in rules.natural_forces:
            return n.text
        if n.dep_ not in _NOUN_CHAIN_DEPS or n.head is n:
            return None
        n = n.head
        if n.pos_ in {"VERB", "AUX"}:
            return _no_hand(n, rules)
    return None


def accident_toll(tok: Token, rules: CodeRules) -> str | None:
    """The word that makes a killing the toll of an accident or of a natural force, no attack (``casualty_verbs``,
    data/code_rules.yaml): the participle of a verb with no hand behind it ("the airliner crashed after take-off,
    killing all on board"; :func:`_no_hand`), such a verb in the killing's clause of time ("the minister was
    killed when his helicopter crashed") or a natural force in its "in" phrase ("was killed in a car crash");
    else None."""
    if tok.lemma_.lower() not in rules.casualty_verbs:
        return None
    why = _participle_chain(tok, rules)
    if why is not None:
        return why
    for c in children(tok):
        timed = any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as", "after"} for m in children(c))
        if c.dep_ == "advcl" and timed and (why := _no_hand(c, rules)) is not None:
            return why
        if c.dep_ == "prep" and c.lower_ == "in":
            noun = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in rules.natural_forces:
                return noun.text
    return None
