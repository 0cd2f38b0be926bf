"""Codes by what an act is done to or carries (the derive stage, after the match): a predicate's own code
(``lemma_codes``), the class of its object (``object_codes``: a person, the state, the sea, a building, a
that-clause of another party's act, the means of an attack, a lethal means or toll), the relief it carries
(``cargo_codes``) and why the doers arrive (``arrival_codes``), all in data/code_rules.yaml."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.derive.senses import aimed_at, travel_word
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import gapped_antecedent
from newsevents.parse.tree import children, span_at
from newsevents.records import Frame

# what is fired in a repression that makes it an attack (object class LETHAL), unless rubber or plastic
LETHAL_MEANS = frozenset(LEXICON["lethal_means"])
NONLETHAL_MODIFIERS = frozenset(LEXICON["nonlethal_modifiers"])
LETHAL_TOLLS = frozenset(LEXICON["lethal_tolls"])
TOLL_WORDS = frozenset(LEXICON["toll_words"])
NO_EVENT = "-"  # object_codes, sector_codes: the act tells no event


def by_object(
    frame: Frame, tok: Token, match: FrameMatch, frames: VerbFrames, rules: CodeRules
) -> tuple[FrameMatch, str | None]:
    """(the match, why) with the code CAMEO or PLOVER gives the act by its predicate (``lemma_codes``:
    "charged the minister" is a charge, not an arrest), by what it is done to (``object_codes``:
    "captured Ali Hassan" is an arrest, "seized control of the country" a takeover) or by what it
    carries (``cargo_codes``: "planes carrying tents and medicine landed" bring aid)."""
    code = match.code
    if code is None:
        return match, None
    target, why = None, ""
    lemma = frame.predicate_lemma
    if lemma in rules.lemma_codes.get(code.code, {}):
        target = rules.lemma_codes[code.code][lemma]
        why = f"'{tok.text}': CAMEO {code.code} by its predicate"
    table = rules.object_codes.get(code.code, {}) if tok.tag_.startswith("VB") else {}
    if target is None and table:  # a verb's object ("the visit of Xi Jinping": the noun's "of" is its agent)
        kind = object_class(tok, rules)
        if kind is not None and kind[0] in table:
            target = table[kind[0]]
            why = f"'{tok.text} ... {kind[1]}': CAMEO {code.code} done to a {kind[0].lower()}"
        noun = next((o for o in _objects(tok, wide=True) if o.lemma_.lower() in table), None)
        gap = gapped_antecedent(tok) if noun is None else None  # "a decision that France said it regretted"
        noun = gap if gap is not None and gap.lemma_.lower() in table else noun
        if noun is None:  # an object the frame read where the parse has none ("imposed asset freezes")
            spans = (span_at(tok.doc, a, b) for a, b in frame.object_spans)
            noun = next((sp.root for sp in spans if sp is not None and sp.root.lemma_.lower() in table), None)
        if target is None and noun is not None:  # by the object's noun: "withdrew from the treaty"
            target = table[noun.lemma_.lower()]
            why = f"'{tok.text} ... {noun.text}': CAMEO {code.code} done to a {noun.lemma_.lower()}"
    if target is None and code.code in rules.cargo_codes:
        relief = carried(tok, rules)
        if relief is not None:
            target = rules.cargo_codes[code.code]
            why = f"'{tok.text}' carrying '{relief}': CAMEO {code.code} brings relief"
    if target is None and code.code in rules.arrival_codes and lemma in rules.arrival_verbs:
        word = next(
            (w for c in children(tok) if c.dep_ in {"nsubj", "nsubjpass"} for w in c.subtree
             if w.lower_ in rules.arriving_words or w.lemma_.lower() in rules.arriving_words),
            None,
        )  # fmt: skip
        if word is not None:
            target = rules.arriving_words.get(word.lower_) or rules.arriving_words[word.lemma_.lower()]
            why = f"'{tok.text}' by '{word.text}': they arrive to protect or to help, not to visit"
    if target is None or target == code.code:
        return match, None
    if target == NO_EVENT:  # "U.S. agents flew him to New York": not a visit
        return replace(match, code=None), f"{why}, tells no event"
    return replace(match, code=frames.code(target)), f"{why}, becomes {target}"


def _objects(tok: Token, wide: bool = False) -> list[Token]:
    """The heads of what a verb is done to: its object, the "of" phrase of an object ("control of the
    country"), its own "of"/"over" phrases and the subject of a small clause ("captured X hiding");
    ``wide``: also "from" and "in" ("withdrew from the treaty", "suspended its participation in the
    treaty")."""
    own = {"of", "over", "from", "in"} if wide else {"of", "over"}
    of_object = {"of", "in"} if wide else {"of"}
    out = aimed_at(tok) if wide else []  # "suspended preparations to sign an accord": what they prepared
    for c in children(tok):
        if c.dep_ in {"dobj", "obj"}:
            out.append(c)
            of = [p for p in children(c) if p.dep_ == "prep" and p.lower_ in of_object]
            out += [g for p in of for g in children(p) if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in own:
            out += [g for g in children(c) if g.dep_ == "pobj"]
        elif wide and c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out":  # "walked out of prison"
            out += [
                g for p in children(c) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"
            ]
        elif c.dep_ in {"ccomp", "xcomp"}:  # "captured Saddam Hussein hiding in a hole": a small clause
            out += [g for g in children(c) if g.dep_ == "nsubj"]
    return out


def object_class(tok: Token, rules: CodeRules) -> tuple[str, str] | None:
    """("PERSON", words) when the verb is done to a person named by name or by "him", "her", "them"
    (or, passive, "X was taken to a base", "he was seized");
    ("STATE", words) when it is done to the country itself or its power (``state_nouns`` without a
    name); ("WATERS", words) when it is aimed into the sea (``waters_nouns``: "fired missiles into
    waters near Taiwan"); ("CLAUSE", words) when it is a that-clause telling what a named party did
    ("regretted that the United States had acted alone"); ("WEAPON", words) when its subject is the
    means of an attack (``attack_instruments``: "missiles destroyed a plant")."""
    travel = travel_word(tok, rules)
    if travel is not None:
        return "TRAVEL", travel
    control = _control(tok, rules)
    if control is not None:
        return "CONTROL", control
    fired = [w for c in children(tok) if c.dep_ in {"dobj", "obj"} for w in c.subtree]
    # "fired tear gas and live rounds", parsed with "live" (or "warning shots") as a verb conjoined to "fired"
    fired += [w for c in children(tok) if c.dep_ == "conj" for w in (c, *children(c)) if w.dep_ in {"conj", "dobj"}]
    lethal = next(
        (
            w
            for w in fired
            if w.lemma_.lower() in LETHAL_MEANS and not any(m.lower_ in NONLETHAL_MODIFIERS for m in children(w))
        ),
        None,
    )
    if lethal is not None:  # "fired tear gas and live rounds": not crowd control alone
        return "LETHAL", lethal.text
    tolls = (c for c in children(tok) if c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG")
    toll = next((c for c in tolls if _deadly(c)), None)
    if toll is not None:  # "broke up the rally, leaving 19 people dead"
        return "LETHAL", toll.text
    for prep in (c for o in (tok, *_objects(tok)) for c in children(o) if c.dep_ == "prep"):
        if prep.lower_ in {"into", "in", "toward", "towards"}:
            sea = next((g for g in children(prep) if g.dep_ == "pobj" and g.lemma_.lower() in rules.waters_nouns), None)
            if sea is not None:
                return "WATERS", sea.text
    for obj in _objects(tok, wide=True):
        if obj.lemma_.lower() in rules.building_nouns and not any(w.pos_ == "PROPN" for w in obj.subtree):
            return "BUILDING", obj.text  # "walked out of the embassy", not out of "the Knesset"
    for obj in _objects(tok):
        if _full_name(obj) or obj.lower_ in {"him", "her", "them"}:
            return "PERSON", obj.text
        names = [w for w in obj.subtree if w.pos_ == "PROPN" or w.ent_type_ in {"GPE", "NORP"}]
        if obj.lemma_.lower() in rules.state_nouns and not names:
            return "STATE", obj.text
    for subj in (c for c in children(tok) if c.dep_ == "nsubjpass"):
        # "Chavez was taken to an army base", "he was seized at the airport": the person taken
        if subj.ent_type_ == "PERSON" or subj.lower_ in {"he", "she"}:
            return "PERSON", subj.text
    for clause in (c for c in children(tok) if c.dep_ == "ccomp"):
        # "regretted that Washington had acted with no mandate": an act of another party
        doer = next((w for w in children(clause) if w.dep_ in {"nsubj", "nsubjpass"}), None)
        if doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}):
            return "CLAUSE", f"{doer.text} ... {clause.text}"
    # "cruise missiles destroyed a plant", "the air strike that destroyed the bridge": done by the means of an attack
    doers = [c for c in children(tok) if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "relcl" else [])
    means = next((d for d in doers if d.lemma_.lower() in rules.attack_instruments), None)
    if means is not None:
        return "WEAPON", means.text
    return None


def _control(tok: Token, rules: CodeRules) -> str | None:
    """The words when the verb takes control of something that is no place held ("took control of the army",
    "seized control of the state broadcaster"; ``control_nouns``): what it is control of, its "of" or "over"
    phrase and their conjuncts, is no place (:func:`_held_place`: "seized control of Mosul", "took control of the
    town": an occupation). Control with no such phrase is left to the dictionary ("seize control !of" is 170;
    "regained control" stays as its pattern codes it)."""
    noun = next(
        (c for c in children(tok) if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in rules.control_nouns), None
    )
    if noun is None:
        return None
    # what it is control of: the noun's phrase, or the verb's where the parse hangs it there ("took control ... of")
    held = [_whole(g, rules) for g in _of_objects(noun, {"of", "over"}) or _of_objects(tok, {"of", "over"})]
    held = [w for g in held for w in (g, *g.conjuncts)]
    if not held or any(_held_place(w, rules) for w in held):
        return None
    return f"{noun.text} of {held[0].text}"


def _of_objects(head: Token, preps: set[str]) -> list[Token]:
    """The objects of the head's phrases of these prepositions."""
    phrases = (p for p in children(head) if p.dep_ == "prep" and p.lower_ in preps)
    return [g for p in phrases for g in children(p) if g.dep_ == "pobj"]


def _whole(w: Token, rules: CodeRules) -> Token:
    """The noun a part is of ("most of the town": town; ``partitive_words``)."""
    while w.lemma_.lower() in rules.partitive_words:
        inner = _of_objects(w, {"of"})
        if not inner:
            break
        w = inner[0]
    return w


def _held_place(w: Token, rules: CodeRules) -> bool:
    """Whether a head names a place held: one of ``held_place_nouns`` ("the capital"), or a name whose own
    common noun is one ("the island nation's capital Suva", "the city of X") or that has none ("Crimea": a
    bare name is read as a place; "oil company X" is a company by its noun)."""
    if w.lemma_.lower() in rules.held_place_nouns:
        return True
    if w.pos_ != "PROPN":
        return False
    kinds = [c for c in children(w) if c.dep_ in {"compound", "appos", "nmod"} and c.pos_ == "NOUN"]
    return not kinds or any(c.lemma_.lower() in rules.held_place_nouns for c in kinds)


def _deadly(participle: Token) -> bool:
    """Whether a participle tells a toll: "killing five", "leaving 19 people dead"."""
    lemma = participle.lemma_.lower()
    return lemma in LETHAL_TOLLS or (lemma == "leave" and any(w.lower_ in TOLL_WORDS for w in participle.subtree))


def _full_name(tok: Token) -> bool:
    """Whether the token is part of a person's name of two words or more ("Ali Hassan"; a lone
    "Konna" may be a town the tagger took for a person)."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) >= 2


def _relief(w: Token, rules: CodeRules) -> bool:
    """Whether a word is one of ``relief_nouns`` (by lemma or as written)."""
    return w.lemma_.lower() in rules.relief_nouns or w.lower_ in rules.relief_nouns


def carried(tok: Token, rules: CodeRules) -> str | None:
    """The relief noun that the verb's subject or object carries ("planes carrying tents and
    medicine", "troops with food and water"), if any: one of ``relief_nouns`` that is the object of
    one of ``cargo_verbs`` or of "with" (through a list: "carrying rescue teams and relief supplies";
    through a measure: "with tonnes of medical supplies"), or that the verb's own participle carries
    ("arrived carrying 40 tons of food")."""
    for c in children(tok):
        if c.dep_ not in {"nsubj", "nsubjpass", "dobj", "obj", "prep"} and not (
            c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in rules.cargo_verbs  # "arrived carrying food"
        ):
            continue
        for w in c.subtree:
            if not _relief(w, rules):
                continue
            if w.dep_ == "compound" and not _relief(w.head, rules):
                continue  # "a supply ship", "water cannon": a word of relief naming another thing
            head = w
            while head.dep_ in {"conj", "compound", "appos"} and head.head.i != head.i:
                head = head.head
            carrier = head.head
            if head.dep_ == "pobj" and carrier.lower_ == "of" and carrier.head.dep_ in {"pobj", "dobj", "obj"}:
                head = carrier.head  # "with tonnes of medical supplies", "carrying 40 tons of food": the measure
                carrier = head.head
            if head.dep_ in {"dobj", "obj"} and carrier.lemma_.lower() in rules.cargo_verbs:
                return w.text
            if head.dep_ == "pobj" and carrier.lower_ == "with":
                return w.text
    return None
