"""Phrases of a frame that name a party although the frame's own phrases lack them: what an act
takes its actor or object "out of" (out_of), the neighbour a border phrase names (bordering), and
the complements of an event noun (noun_patients). Read by
participants/recipients.py."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.frame.prepositions import PLACE_PART_NOUNS
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.records import Frame

BOUNDARY_NOUNS = LEXICON["boundary_nouns"]
MEETING_NOUNS = LEXICON["meeting_nouns"]
FLEEING_VERBS = LEXICON["fleeing_verbs"]
STATE_NOUNS = LEXICON["state_anaphor_nouns"]  # "left the country": a place, not a party


def shared_objects(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'shot and killed a Turkish border guard', 'detained and deported two journalists': the
    object of the verb coordinated right after a trigger that has none of its own (the parser hangs
    the shared object on the second verb); not a place fled or left ("resigned and fled the country").
    Recip32: a preposition left without its object between the two verbs is shared too ("fired on
    and seized three vessels", "shot at and wounded two youths")."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return ()
    verb = trigger.root
    gap = verb.i + 1  # the "and": right after the verb, or after a stranded preposition of it
    after = doc[gap] if gap < len(doc) else None
    stranded = (
        after is not None
        and after.head.i == verb.i
        and after.dep_ in {"prep", "prt"}
        and not list(children(after))
        and gap + 1 < len(doc)
        and doc[gap + 1].lower_ in {"and", "or"}
    )
    kept = [c for c in children(verb) if c.dep_ in {"dobj", "obj", "prt"} and not (stranded and c.i == gap)]
    if verb.pos_ != "VERB" or kept:
        return ()
    gap += int(stranded)
    nxt = [c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == gap + 1]
    if not nxt or doc[gap].lower_ not in {"and", "or"} or nxt[0].lemma_.lower() in FLEEING_VERBS:
        return ()  # "resigned and fled the country": the place fled is no one's object
    objects = [t for t in children(nxt[0]) if t.dep_ in {"dobj", "obj"}]
    return tuple(subtree_span(t) for t in objects if t.lemma_.lower() not in STATE_NOUNS)


def particle_objects(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'called on Kenyans to stage a strike': the object of a particle the parser gave one (a
    preposition read as a particle, so the frame's phrases lack it), read like a prepositional
    phrase of the verb. Not "out" (:func:`out_of`)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return ()
    return tuple(
        subtree_span(t)
        for o in children(trigger.root)
        if o.dep_ == "prt" and o.lower_ != "out"
        for t in children(o)
        if t.dep_ == "pobj"
    )


def out_of(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'pulled its troops out of Mali', 'pulled the United States out of the deal with Iran': what
    an act takes its actor or object out of, read like a "from" phrase (the frame's phrases lack
    it: "out" is a particle or a preposition with "of" below it). Out of an accord or talks
    (lexicon meeting_nouns), only the parties it is "with" or "between", else a country compounded
    into its name ("out of the Iran nuclear deal"; "the Paris climate accord" reads as France, a rare
    wording with "out of"); out of a part of a place ("an area of
    southern Colombia", lexicon place_part_nouns), the place it is part of."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return ()
    out = []
    for o in children(trigger.root):
        if o.lower_ != "out" or o.dep_ not in {"prep", "prt", "advmod"}:
            continue
        for p in children(o):
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for t in children(p):
                if t.dep_ != "pobj":
                    continue
                if t.lemma_.lower() in PLACE_PART_NOUNS:  # "out of a Switzerland-sized area of southern Colombia"
                    t = next((w for q in children(t) if q.dep_ == "prep" and q.lower_ == "of" for w in children(q)), t)
                if t.lemma_.lower() not in MEETING_NOUNS:
                    out.append(subtree_span(t))
                    continue
                parties = [
                    w for q in children(t) if q.dep_ == "prep" and q.lower_ in {"with", "between"} for w in children(q)
                ]
                out += [subtree_span(w) for w in parties if w.dep_ == "pobj"]
                if not parties:  # "pulled out of the Iran nuclear deal": the party the deal is named after
                    named = [w for w in children(t) if w.dep_ in {"compound", "nmod"} and w.ent_type_ == "GPE"]
                    out += [subtree_span(w) for w in named]
    return tuple(out)


BORDER_OWNER_DEPS = {"amod", "compound", "poss", "nmod"}  # "the Colombian border", "Ukraine's border"
BORDER_OWNER_ENTS = {"NORP", "GPE"}


def bordering(doc: Doc, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """'along its border with Pakistan', 'near the frontier with Ukraine': the neighbour a border
    phrase names (lexicon boundary_nouns); 'to the Colombian border', 'on Ukraine's border': the
    country a demonym or a country's name before the border names (the actor's own is dropped by
    the recipient rules that read these spans)."""
    out = []
    for a, b in spans:
        for tok in span_at(doc, a, b) or ():
            if tok.lemma_.lower() not in BOUNDARY_NOUNS:
                continue
            for m in children(tok):
                if m.dep_ in BORDER_OWNER_DEPS and m.ent_type_ in BORDER_OWNER_ENTS and m.i < tok.i:
                    out.append(subtree_span(m))
            for p in children(tok):
                if p.dep_ == "prep" and p.lower_ == "with":
                    objs = [o for o in children(p) if o.dep_ == "pobj"]
                    out += [subtree_span(o) for o in objs]
    return tuple(dict.fromkeys(out))


NOUN_PATIENT_PREPS = {"of", "with", "against", "on", "upon", "to", "toward", "towards", "into"}
RELATION_NOUNS = {"relation", "tie", "link"}  # "the normalisation of relations with Vietnam"


def noun_patients(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'Russia's annexation of Crimea', 'the Chinese occupation of Tibet', 'the normalisation of
    relations with Vietnam', 'a Turkish offensive against Kurdish fighters': the complements of an
    event noun (the trigger), what the act is done to or with, when the frame's own phrases name
    no object or recipient; not the actor's own phrase ("the resignation of the president"), and
    not what the complement's own phrases name ("a veto of sanctions against X": the sanctions'
    target, not whom the veto is done to)."""
    if frame.object_spans or frame.recipient_spans:
        return ()
    trigger = trigger_span(doc, frame)
    if trigger is None or trigger.root.pos_ != "NOUN":
        return ()
    noun = trigger.root
    out: list[tuple[int, int]] = []
    for prep in children(noun):
        if prep.dep_ != "prep" or prep.lower_ not in NOUN_PATIENT_PREPS:
            continue
        for obj in children(prep):
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in RELATION_NOUNS:  # "of relations with Vietnam": whom with
                withs = [p for p in children(obj) if p.lower_ == "with"]
                out.extend(subtree_span(o) for p in withs for o in children(p) if o.dep_ == "pobj")
                continue
            out.append(_head_phrase(obj))
    return tuple(sp for sp in out if not any(a <= sp[0] < b for a, b in frame.actor_spans))


def _head_phrase(tok: Token) -> tuple[int, int]:
    """A noun's phrase up to its head and the modifiers before it ("the Chinese-held islands")."""
    return tok.left_edge.idx, tok.idx + len(tok)


def object_purposes(doc: Doc, frame: Frame) -> list[Token]:
    """'launched an offensive to retake the region', 'mounted a raid to free the hostages': the
    verbs of the to-clauses the parser hangs on the direct object of the trigger rather than on the
    trigger itself; they say what the act is for, as a purpose clause of the verb does
    (code.clauses.purpose_clauses)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return []
    objects = [o for o in children(trigger.root) if o.dep_ in {"dobj", "obj"}]
    return [
        c
        for o in objects
        for c in children(o)
        if c.dep_ in {"acl", "relcl"}
        and c.pos_ == "VERB"
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in children(c))
    ]


DESTINATION_PREPS = {"to", "into"}
CARRYING_DEPS = {"acl", "relcl"}  # "aircraft loaded with food", "ships carrying water": a participle on the object


def carried_to(doc: Doc, objects: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """'sent aircraft loaded with food to Samoa', 'will send ships carrying water and tents to Fiji':
    the "to" / "into" phrase the parser hangs on a participle that modifies the object of a verb of
    handing over (lexicon transfer_verbs) rather than on the verb, read as the verb's destination
    (recip53). Only a participle with no subject of its own (not "planes that Italy sent to Libya"), and not
    one of flight (lexicon fleeing_verbs: "sending thousands fleeing into Bangladesh")."""
    out: list[tuple[int, int]] = []
    for a, b in objects:
        phrase = span_at(doc, a, b)
        if phrase is None:
            continue
        for verb in children(phrase.root):
            if verb.dep_ not in CARRYING_DEPS or verb.tag_ not in {"VBN", "VBG"}:
                continue
            if verb.lemma_.lower() in FLEEING_VERBS:
                continue  # "sending thousands fleeing into Bangladesh": where people flee, not where anything is sent
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
                continue
            for prep in children(verb):
                if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
                    out.extend(subtree_span(o) for o in children(prep) if o.dep_ == "pobj")
    return tuple(out)
