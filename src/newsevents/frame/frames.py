"""Stage: frame. Who / did what / to whom / when / where, read off spaCy's dependency parse.

One :class:`Frame` per verb of a sentence. The frame carries character spans (into the
article text) of the noun phrases that may be its actor, object and prepositional recipients,
and of the date and place mentions of its own clause; the coder decides which of them count.

Mechanisms covered here: active and passive voice (the ``by`` agent), coordination of
predicates (a conjoined verb without a subject shares its head's subject, date and modality),
control and purpose clauses (an xcomp or advcl without a subject takes its head's), relative
clauses (the modified noun is the subject), gerunds after a preposition ("responded by breaking
relations", "is committed to resuming talks": the subject of the verb they hang from; "without"
negates), coordinated noun phrases (several spans),
"declare X (to be) Y" complements, and the verb's particles as pattern context. A reaction
received ("drew criticism from Germany") is built reversed: the "from" phrase acts, the subject
receives. A release told by the one released ("Mandela walked free", "walked out of a prison near
Paarl") is built as the release's passive: the subject is the one freed. A subject that is an armed
force adds ``armed-subject`` to the context ("troops left Cambodia"); an object that names a person
adds ``person-object`` ("police captured Abu Salem", "the general dismissed President X"); an active
verb with a direct object adds ``has-object``.

Who did it (the subject, through voice, coordination, control, relative clauses, gerunds and the
parser's misreadings) is read in frame/subjects.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.frame.adjuncts import fronted_setting, hyphen_joined, sequence_modified, sequence_preposition
from newsevents.frame.feelings import COPULA, FELT, feeling, felt_about, felt_passive
from newsevents.frame.locative import locative_spans
from newsevents.frame.modality import modality as _modality
from newsevents.frame.owndates import date_owners, object_misparsed
from newsevents.frame.owndates import own_dates as _own_dates
from newsevents.frame.prepositions import PLACE_PART_NOUNS
from newsevents.frame.subjects import PASS_SUBJ_DEPS, SUBJ_DEPS, lost_subject, subject_tokens
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import (
    RELATIVE_PRONOUNS,
    contact_object,
    coordinated,
    day_word,
    np_span,
    to_infinitive,
    wanted_clause,
)
from newsevents.parse.syntax import is_verb as _is_verb
from newsevents.parse.tree import PLACE_ENTS, children, tokens
from newsevents.records import Frame

OBJ_DEPS = {"dobj", "dative", "obj"}
PARTICLE_ADVS = LEXICON["particle_adverbs"]
RESULT_ADJS = LEXICON["resultative_adjectives"]
RECIPIENT_PREPS = LEXICON["recipient_prepositions"]
REACTION_VERBS = LEXICON["reaction_verbs"]
RELATION_NOUNS = LEXICON["relation_nouns"]
REACTION_NOUNS = LEXICON["reaction_nouns"]
GIVEN_OF_NOUNS = LEXICON["given_of_nouns"]
FORCE_NOUNS = LEXICON["force_nouns"]
PARTITIVE_HEADS = LEXICON["partitive_heads"]
WEAPON_VEHICLES = LEXICON["weapon_vehicles"]
WEAPON_MARKS = LEXICON["weapon_marks"]
VEHICLE_ATTACKERS = LEXICON["vehicle_attackers"]
MEASURE_NOUNS = LEXICON["measure_nouns"]
RELEASE_SELF_VERBS = LEXICON["release_self_verbs"]
RELEASE_SELF_MARKS = LEXICON["release_self_marks"]
VISIT_HOST_VERBS = LEXICON["visit_host_verbs"]
RELEASE_SELF_DEPS = {"acomp", "oprd", "prt", "advmod", "xcomp", "prep"}  # where "free" / "out of" hang
ARMED_SUBJECT = "armed-subject"  # the context word of a frame whose subject is an armed force
WEAPON_VEHICLE = "weapon-vehicle"  # the context word of a frame whose subject is a vehicle used as a weapon
PERSON_OBJECT = "person-object"  # the context word of a frame whose object names a person
HAS_OBJECT = "has-object"  # the context word of an active verb with a direct object ("gave X $5 million": no "give in")
# heads of a passive subject that count its people ("hundreds of civilians were killed"), not an event noun
QUANTITY_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "number", "lot", "many", "some", "most", "all"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "it"}


@dataclass(frozen=True)
class VerbInfo:
    """What the coder needs beyond the Frame record: the trigger's token (its head and dependency
    are read off the token itself)."""

    token_i: int
    noun: bool = False  # an event noun ("the EU's ban on ..."), not a verb
    crowd: bool = False  # unrest with no doer named ("protests erupted"): by the people of its place
    begun: bool = False  # an act told again by its noun, no doer named ("the offensive began on May 2")
    measure: bool = False  # a measure told by its start ("tariffs on steel took effect"): put in force


# "imposed sanctions, including the closure of borders": examples of the object, not its arguments
EXAMPLE_PREPS = {"include", "including", "like", "excluding"}
# how a subject was found (Frame.subject_how) that later stages act on
REACTION_RECEIVED = "a reaction received: the 'from' phrase"  # "drew criticism from Germany": the givers act
RELEASED_SELF = "passive: a release told by the one released"  # "Mandela walked free": freed by another
VISITING_GUEST = "a guest called visiting: the person it is said of"  # "told visiting Prime Minister X"
NOMINAL_EVENT = "nominal event"  # "a session of the council was held": the "of" phrase held it


def _forces_told_to(verb: Token) -> bool:
    """Whether the verb is the to-infinitive of a verb whose object is an armed force ("ordered his
    troops to turn back", "told the soldiers to pull out"): the object does the act (object control),
    so its frame is an armed force's, whatever subject it shares."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or not to_infinitive(verb):
        return False
    return any(c.dep_ in {"dobj", "obj"} and _force(c) for c in children(verb.head))


def _context(verb: Token) -> tuple[list[str], list[Token], list[tuple[str, Token]]]:
    """(context lemmas, object tokens, (preposition, object) pairs) of a verb."""
    ctx: list[str] = []
    objects: list[Token] = []
    preps: list[tuple[str, Token]] = []

    def add_noun(n: Token) -> None:
        ctx.append(hyphen_joined(n))
        for m in children(n):
            if m.dep_ in {"amod", "compound", "nmod"}:
                ctx.append(m.lemma_.lower())

    def add_preps(head: Token, of_modifiers: bool = False) -> None:
        """``of_modifiers``: when ``head`` measures or counts (lexicon ``measure_nouns``), the
        modifiers of the object of its "of" phrase count too ("ten days of joint drills", "dozens
        of medical workers": ``joint``, ``medical``)."""
        for p in children(head):
            if p.dep_ == "prep" and p.lemma_.lower() not in EXAMPLE_PREPS:
                objs = [o for o in children(p) if o.dep_ == "pobj"]
                if objs and all(o.ent_type_ in {"DATE", "TIME"} or day_word(o) for o in objs):
                    continue  # "on Friday", "in 2003": when, not an argument ("agreed on Friday" is no "agree on")
                if not objs and p.i < head.i:
                    continue  # "On Thursday Le Drian called ...", its day parsed into the subject: no particle
                lemma = p.lemma_.lower()
                if head.i == verb.i and fronted_setting(p, verb):
                    preps.extend((lemma, o) for o in objs)
                    continue  # "Under the deal, Iran will cut its stockpile": a setting, no "cut deal"
                ctx.append(lemma)
                for o in children(p):
                    if o.dep_ == "pobj":
                        if sequence_preposition(p):
                            preps.append((lemma, o))  # "left Belgrade following talks": not "leave talk"
                        elif of_modifiers and lemma == "of":
                            add_noun(o)
                        else:
                            ctx.append(o.lemma_.lower())
                        preps.append((lemma, o))

    passive = any(c.dep_ == "auxpass" for c in children(verb))
    for c in children(verb):
        dep = c.dep_
        if dep == "prt" or (dep == "advmod" and c.lemma_.lower() in PARTICLE_ADVS):
            ctx.append(c.lemma_.lower())
            if dep == "advmod" and any(o.dep_ in OBJ_DEPS for o in children(verb)):
                add_preps(c)  # "handed Hong Kong back to China": the phrase the parser hangs on "back"
        elif dep in OBJ_DEPS or (passive and dep in PASS_SUBJ_DEPS):
            if c.lemma_.lower() in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                c = verb.head  # "the curfew that the president had imposed": the modified noun
            if sequence_modified(c):
                continue  # "left Belgrade empty-handed following talks": "following" parsed as a modifier
            for o in coordinated(c):
                objects.append(o)
                add_noun(o)
            add_preps(c, of_modifiers=c.lemma_.lower() in MEASURE_NOUNS)
        elif dep in {"attr", "oprd", "acomp"}:
            add_noun(c)
            if dep == "acomp" and feeling(c):  # "was very pleased by the move": what the feeling is about
                felt_ctx, felt_objects = felt_about(c)
                ctx.extend(felt_ctx)
                objects.extend(felt_objects)
        elif dep in {"advmod", "advcl"} and c.lemma_.lower() in RESULT_ADJS and not _has_subject(c):
            ctx.append(c.lemma_.lower())  # a resultative adjective: "set ablaze two plants", "threw open its borders"
        elif dep == "ccomp" and object_misparsed(verb, c):
            # "imposed asset freezes and travel bans on officials": the object, not a clause
            for o in coordinated(c):
                objects.append(o)
                add_noun(o)
                ctx.extend(s.lemma_.lower() for s in children(o) if s.dep_ in SUBJ_DEPS)
            add_preps(c)
        elif dep == "ccomp" and c.tag_ in {"NN", "JJ"} and not any(g.dep_ in SUBJ_DEPS for g in children(c)):
            add_noun(c)  # "were holding 40 soldiers hostage": an object's predicate parsed as a clause
        elif dep == "ccomp" and c.lemma_.lower() in RESULT_ADJS and not _has_aux(c):
            ctx.append(c.lemma_.lower())  # "set the party's offices ablaze": the object and its result, as a clause
            for o in (o for g in children(c) if g.dep_ in SUBJ_DEPS for o in coordinated(g)):
                objects.append(o)
                add_noun(o)
        elif dep == "advcl" and wanted_clause(c):
            # "called for the UN to play a role": the wanted act is the verb's, as an xcomp's would be
            ctx.extend(("for", c.lemma_.lower()))
            for g in children(c):
                if g.dep_ in OBJ_DEPS:
                    add_noun(g)
        elif dep == "xcomp" or (dep == "ccomp" and c.lemma_.lower() == "be"):
            ctx.append(c.lemma_.lower())
            for g in children(c):
                if g.dep_ in OBJ_DEPS | {"attr", "oprd", "acomp"}:
                    add_noun(g)
                elif g.dep_ == "prt":
                    ctx.append(g.lemma_.lower())
                elif g.dep_ in SUBJ_DEPS and c.lemma_.lower() == "be":
                    objects.append(g)
    if contact_object(verb, passive):  # "the framework the two sides reached": the modified noun
        objects.append(verb.head)
        add_noun(verb.head)
    add_preps(verb)
    return ctx, objects, preps


def _further_recipients(verb: Token, objects: list[Token]) -> list[Token]:
    """Recipient candidates beyond the verb's own object and prepositions, in order of preference:
    the subject of a complement clause ("demanded that the US cancel", "called for the UN to play a
    role"), the arguments of an xcomp
    chain ("offered to hand over to Britain", "is willing to withdraw from Lebanon"), and phrases
    nested in the object ("the return of U.N. inspectors", "settlements in the Gaza Strip")."""
    out: list[Token] = []
    for c in children(verb):
        if c.dep_ == "ccomp" or (c.dep_ == "advcl" and wanted_clause(c)):  # "called for the UN to ..."
            out.extend(t for s in children(c) if s.dep_ in SUBJ_DEPS for t in coordinated(s))
    stack = [c for c in children(verb) if c.dep_ in {"xcomp", "acomp"}]
    seen = 0
    while stack and seen < 6:
        x = stack.pop(0)
        seen += 1
        for g in children(x):
            if g.dep_ in OBJ_DEPS:
                out.extend(coordinated(g))
            elif g.dep_ == "prep" and g.lemma_.lower() in RECIPIENT_PREPS:
                out.extend(t for o in children(g) if o.dep_ == "pobj" for t in coordinated(o))
            elif g.dep_ in {"xcomp", "acomp"}:
                stack.append(g)
    for o in objects:
        for p in children(o):
            if p.dep_ == "prep" and p.lemma_.lower() in {"of", "in", "from", "with", "against"}:
                out.extend(t for g in children(p) if g.dep_ == "pobj" for t in coordinated(g))
    return out


def _person(tok: Token) -> bool:
    """An object that names a person: a PERSON entity as its head or in apposition to it ("drug
    lord Pablo Escobar"), or a lone proper noun that is the surname of a person the article named
    before in full ("Bazoum has been held by ..." after "President Mohamed Bazoum"), which the
    model often leaves untagged."""
    if tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children(tok)):
        return True
    if tok.pos_ != "PROPN" or any(c.dep_ == "compound" for c in children(tok)):
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e.end <= tok.i and e[-1].text == tok.text for e in tok.doc.ents)


def _weapon_vehicle(tok: Token) -> bool:
    """A subject that drives a vehicle as a weapon into its target (lexicon weapon_vehicles,
    weapon_marks, vehicle_attackers): a vehicle marked in its own phrase, at most three arcs below
    its head ("hijacked airliners", "a truck packed with explosives", "an explosives-laden car"), or
    the attackers who crash it ("hijackers crashed two airliners into ...")."""
    low = tok.lemma_.lower()
    if low in VEHICLE_ATTACKERS:
        return True
    if low not in WEAPON_VEHICLES:
        return False
    for t in tok.subtree:
        if t.i == tok.i or (t.lemma_.lower() not in WEAPON_MARKS and t.lower_ not in WEAPON_MARKS):
            continue
        up, steps = t, 0
        while up.i != tok.i and steps < 3:
            up, steps = up.head, steps + 1
        if up.i == tok.i:
            return True
    return False


def _force(tok: Token) -> bool:
    """A noun naming an armed force (lexicon force_nouns), also a proper plural ("U.S. Marines",
    whose lemma the model leaves as it is)."""
    low = tok.lemma_.lower()
    if low in FORCE_NOUNS or (tok.tag_ == "NNPS" and low.endswith("s") and low[:-1] in FORCE_NOUNS):
        return True
    if low in QUANTITY_NOUNS or low in PARTITIVE_HEADS or tok.pos_ == "NUM":
        # "hundreds of peacekeepers", "the first of 2,000 troops", "a contingent of marines": how
        # many or which part of a force, the force acts
        return any(
            _force(o)
            for p in children(tok)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p)
            if o.dep_ == "pobj"
        )
    return False


def _reaction_givers(verb: Token, objects: list[Token]) -> list[Token]:
    """The people a received reaction comes from ("the move drew condemnation from Arab
    governments", "faced criticism from the EU"; lexicon: reaction_verbs, reaction_nouns), else []."""
    if verb.lemma_.lower() not in REACTION_VERBS or not any(o.lemma_.lower() in REACTION_NOUNS for o in objects):
        return []
    for holder in (verb, *objects):
        for p in children(holder):
            if p.dep_ == "prep" and p.lemma_.lower() == "from":
                return [t for o in children(p) if o.dep_ == "pobj" for t in coordinated(o)]
    for o in objects:  # "won the backing of parliament": the "of" phrase of a noun of support gives it
        if o.lemma_.lower() in GIVEN_OF_NOUNS:
            for p in children(o):
                if p.dep_ == "prep" and p.lower_ == "of":
                    return [t for g in children(p) if g.dep_ == "pobj" for t in coordinated(g)]
    return []


def _released_self(verb: Token) -> tuple[list[str], list[Token]] | None:
    """(context words, the places of custody) of a release told by the one released ("Mandela
    walked free", "walked out of a prison near Paarl", "emerged from jail"; lexicon
    release_self_verbs): "free", or a place of custody (release_self_marks) after "from" or "out
    of", on the verb or on its "free" / "out"; else None. Its subject was freed by another."""
    if verb.lemma_.lower() not in RELEASE_SELF_VERBS:
        return None
    # "walked free" parsed with "free" as an adverbial clause too
    kids = [c for c in children(verb) if c.dep_ in RELEASE_SELF_DEPS or (c.dep_ == "advcl" and c.pos_ == "ADJ")]
    holders = [verb, *kids]
    words = [h.lemma_.lower() for h in holders[1:] if h.lemma_.lower() in RELEASE_SELF_MARKS]
    held = []
    for p in (c for h in holders for c in children(h) if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
        for o in children(p):
            if o.dep_ == "pobj" and o.lemma_.lower() in RELEASE_SELF_MARKS:
                words += [p.lower_, o.lemma_.lower()]
                held.append(o)
    return (words, held) if words and ("free" in words or held) else None


def _visiting_guest(verb: Token) -> tuple[Token, list[Token]] | None:
    """(the guest, the host) where "visiting" is said of a person received by the subject of a verb
    of telling ("Kim told visiting Japanese Prime Minister X in Pyongyang that ...", "admitted to
    visiting President X that ..."; lexicon visit_host_verbs): the parser reads the adjective as a
    verb taking the guest for its object. The visit is the guest's, made to the host. None for a
    visit told as an act ("began visiting villages", "was criticised for visiting President X")."""
    if verb.lower_ != "visiting" or verb.dep_ not in {"xcomp", "pcomp"} or _has_subject(verb):
        return None
    head = verb.head
    if verb.dep_ == "pcomp":  # "admitted to visiting ..."
        if head.lower_ != "to":
            return None
        head = head.head
    if head.lemma_.lower() not in VISIT_HOST_VERBS:
        return None
    guest = next((c for c in children(verb) if c.dep_ in OBJ_DEPS), None)
    if guest is None or guest.left_edge.i != verb.i + 1 or not _person(guest):
        return None
    return guest, [t for c in children(head) if c.dep_ == "nsubj" for t in coordinated(c)]


def _drawn_by(verb: Token) -> list[Token]:
    """Who receives a reaction told by a participle with no subject of its own: the subject of
    the clause it hangs on ("India carried out nuclear tests, drawing condemnation from Japan")."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return []
    return [c for c in children(verb.head) if c.dep_ == "nsubj"]


def _nominal_agent(objects: list[Token]) -> tuple[list[Token], str] | None:
    """A nominal event without an agent ("a session of the CSTO council was held"): the object's
    "of" phrase names who held it (of several objects, the last one with an "of" phrase). A place's
    name after "of", or the "of" phrase of a place's part (lexicon ``place_part_nouns``), names the
    object itself ("the stronghold of Kandahar was hit", "the port of Massawa was shelled"), not who
    acted (storyrec28 session)."""
    found = None
    for o in objects:
        if o.lemma_.lower() in QUANTITY_NOUNS or o.pos_ == "NUM":
            continue  # "hundreds of civilians were killed": how many suffered it, not who held it
        for p in children(o):
            of_objs = [g for g in children(p) if g.dep_ == "pobj"] if p.lemma_.lower() == "of" else []
            if of_objs and (of_objs[0].ent_type_ in PLACE_ENTS or o.lemma_.lower() in PLACE_PART_NOUNS):
                continue
            if of_objs:
                found = coordinated(of_objs[0]), f"{NOMINAL_EVENT}: '{o.text} of ...'"
                break
    return found


def _place_holders(
    objects: list[Token], released: tuple[list[str], list[Token]] | None, guest: tuple[Token, list[Token]] | None
) -> list[Token]:
    """The nouns whose locative phrases may be the act's place besides the verb's own: its objects,
    the places of custody of a release, the guest of a visit ("visiting X in Pyongyang")."""
    if released is not None:
        return [*objects, *released[1]]
    return [*objects, guest[0]] if guest is not None else objects


def _has_subject(tok: Token) -> bool:
    return any(g.dep_ in SUBJ_DEPS for g in children(tok))


def _has_aux(tok: Token) -> bool:
    return any(g.dep_ in {"aux", "auxpass", "cop"} for g in children(tok))


def _to_before_from(preps: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The verb's prepositional phrases with a "to" phrase before a "from" phrase when it has both:
    what moves from one party to another is aimed at the second ("switched recognition from Taipei
    to Beijing", "transferred power from the army to a civilian council")."""
    if not any(p == "to" for p, _ in preps) or not any(p == "from" for p, _ in preps):
        return preps
    return [x for x in preps if x[0] != "from"] + [x for x in preps if x[0] == "from"]


def _trigger(v: Token) -> tuple[int, str]:
    """(end offset, text) of the trigger: the verb with its particles ("stepped down")."""
    particles = [
        c for c in children(v) if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lemma_.lower() in PARTICLE_ADVS)
    ]
    if not particles:
        return v.idx + len(v.text), v.text
    end = max([v, *particles], key=lambda t: t.i)
    return end.idx + len(end.text), v.doc[v.i : end.i + 1].text


class _NounSpans:
    """The phrase span of each noun, computed once (a noun is the subject, object or recipient
    of several verbs)."""

    def __init__(self) -> None:
        self.spans: dict[int, tuple[int, int]] = {}

    def __call__(self, tok: Token) -> tuple[int, int]:
        span = self.spans.get(tok.i)
        if span is None:  # "Japan, India's largest donor": the donor's possessor is no party (relation_nouns)
            span = self.spans[tok.i] = np_span(tok, _related)
        return span


def _related(appos: Token) -> bool:
    return appos.lemma_.lower() in RELATION_NOUNS and any(c.dep_ == "poss" for c in children(appos))


def build_frames(
    sent: Span,
    sentence_index: int,
    date_spans: Sequence[tuple[int, int]] = (),
) -> list[tuple[Frame, VerbInfo]]:
    """One frame per verb of the sentence, with the date mentions of the verb's own clause."""
    out: list[tuple[Frame, VerbInfo]] = []
    verbs = [t for t in tokens(sent.doc)[sent.start : sent.end] if _is_verb(t)]
    owners = date_owners(sent.doc, date_spans)
    span_of = _NounSpans()
    for v in verbs:
        subj, passive, how = subject_tokens(v)
        ctx, objects, preps = _context(v)
        lost = lost_subject(v)
        if lost is not None:  # "Zimbabwe's military seized power (and held Mugabe)": a misparsed clause
            lost_span, noun, how = lost
            subj = []
            if v.head.i == noun.i and v.dep_ != "conj":  # the misparsed verb itself: the noun is its object
                objects = [noun]
                ctx.append(noun.lemma_.lower())
        agent = _nominal_agent(objects) if not subj and passive else None
        if agent is not None:
            subj, how = agent
        givers = _reaction_givers(v, objects) if not passive else []
        if givers:  # the reaction's givers act; the subject receives it
            subj, objects, how = givers, list(subj) or _drawn_by(v), REACTION_RECEIVED
        released = None if passive or givers else _released_self(v)
        if released is not None:  # "Mandela walked free": the passive of the release, its place the prison's
            ctx.extend(released[0])
            subj, objects, passive, how = [], list(subj), True, RELEASED_SELF
        guest = _visiting_guest(v) if not givers and released is None else None
        if guest is not None:  # "told visiting Prime Minister X": X's visit to the teller
            subj, objects, how = coordinated(guest[0]), [], VISITING_GUEST
        felt = felt_passive(v) if passive and not givers else None
        if felt is not None:  # "it was dismayed by the expulsions": a feeling about an act, as "was disappointed by"
            ctx, objects, subj, passive, how = felt[0], felt[1], felt[2], False, FELT
        if any(_force(t) for t in subj) or _forces_told_to(v):  # "the last Syrian troops left Lebanon"
            ctx.append(ARMED_SUBJECT)
        if any(_weapon_vehicle(t) for t in subj):  # "hijacked airliners slammed into the towers"
            ctx.append(WEAPON_VEHICLE)
        if any(_person(o) for o in objects):  # "captured Abu Salem", "dismissed President X"
            ctx.append(PERSON_OBJECT)
        if objects and not passive:
            ctx.append(HAS_OBJECT)
        modality, tense, why, modal = _modality(v)
        reasons = [f"subject: {how}", f"modality: {why}"]
        own_dates = _own_dates(v, owners, reasons)
        trigger_end, trigger_text = _trigger(v)
        # "to Honduras and Nicaragua": every conjunct of a preposition's object
        recipients = [span_of(t) for p, o in _to_before_from(preps) if p in RECIPIENT_PREPS for t in coordinated(o)]
        recipients += [span_of(t) for t in _further_recipients(v, objects)]
        if guest is not None:
            recipients = [span_of(t) for t in guest[1]]
        frame = Frame(
            sentence_index=sentence_index,
            predicate_lemma=COPULA if felt is not None else v.lemma_.lower(),
            trigger_start=v.idx,
            trigger_end=trigger_end,
            trigger_text=trigger_text,
            context=tuple(dict.fromkeys(ctx)),
            actor_spans=tuple(span_of(s) for s in subj) if lost is None else (lost_span,),
            recipient_spans=tuple(dict.fromkeys(recipients)),
            object_spans=tuple(span_of(o) for o in objects),
            date_spans=own_dates,
            place_spans=tuple(locative_spans(v, _place_holders(objects, released, guest))),
            passive=passive,
            negated=modality == "negated",
            modality=modality,
            tense="future" if modality == "future" else tense,
            reasons=tuple(reasons),
            subject_how=how,
            modal=modal,
        )
        out.append((frame, VerbInfo(v.i)))
    return out
