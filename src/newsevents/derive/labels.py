"""A name given to an act (derive stage): "called the test a provocative act" is a criticism, "called the
report a fabrication" a rebuttal, "declared the vote null" a verdict that rejects it (derive/codes.py was split
here at the 600-line limit, storyrec53)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.syntax import phrase_words
from newsevents.parse.tree import children


def labelling(lemma: str, rules: CodeRules) -> bool:
    """Whether a verb names what its object is: one of ``labelling_verbs`` or of ``verdict_verbs``."""
    return lemma in rules.labelling_verbs or lemma in rules.verdict_verbs


def verdict_history(tok: Token, rules: CodeRules) -> bool:
    """Whether a verb of ``verdict_verbs`` tells, in the pluperfect of a relative clause, the history of what
    it judged ("an independence referendum that Madrid had declared illegal", "a vote that the court had
    ruled illegal": rounds 26-53 of the sentences code no act there), not an act of the story."""
    if tok.lemma_.lower() not in rules.verdict_verbs or tok.dep_ not in {"relcl", "acl"}:
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in children(tok))


def by_label(tok: Token, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str] | None:
    """A condemnation told by the name given to an act ("called the test a provocative act", "called
    it a stab in the back", "described the attack as an act of aggression", "called the move
    extra-constitutional"): a verb of ``labelling_verbs`` whose predicate noun, adjective or pronoun
    phrase (or "as" phrase) holds one of ``condemning_words`` (words joined by a hyphen read as one)
    is a criticism (``label_codes``, PLOVER ACCUSE); a claim so named (the object one of
    ``rebutted_nouns``: "called the report a fabrication") is rebutted (PLOVER REJECT), and so is an act
    a verb of ``verdict_verbs`` declares so ("declared the takeover unconstitutional", "declared the vote
    null": a verdict, not a criticism; storyrec53). The object
    may be swallowed by the label ("called the decree unconstitutional" parsed as one phrase). A gerund
    object takes the predicate as its own object in the parse ("called the bombing a crime": "a crime"
    under "bombing"); it is the predicate still."""
    kids = children(tok)
    objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
    if not labelling(tok.lemma_.lower(), rules) or any(o.tag_ == "WP" for o in objects):
        return None  # "what he called a terrorist threat": the speaker's name for a thing, not a charge
    # a foreign word too ("called the assault a coup d'etat": "d'etat" is read as one, X)
    label_tags = {"NOUN", "ADJ", "PROPN", "ADV", "PRON", "X"}
    # a participle as the label too ("called the decision insulting")
    participle = {"VBN", "VBG"}
    labels = [
        c for c in kids if c.dep_ in {"oprd", "xcomp", "ccomp"} and (c.pos_ in label_tags or c.tag_ in participle)
    ]
    # a plural noun of the object read as a verb takes the label as its object ("called the arrival of the
    # Gulf forces an occupation": "forces" an oprd verb, "an occupation" its object)
    labels += [g for c in kids if c.dep_ == "oprd" and c.pos_ == "VERB" for g in children(c) if g.dep_ == "dobj"]
    labels += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in children(c)]
    # the "as" phrase hung on a longer object ("described the seizure of the station as illegal")
    labels += [g for o in objects for c in children(o) if c.dep_ == "prep" and c.lower_ == "as" for g in children(c)]
    # a gerund object takes the predicate as its own object ("called the bombing a crime")
    labels += [g for o in objects if o.tag_ == "VBG" for g in children(o) if g.dep_ == "dobj" and g.i > o.i + 1]
    # an object whose gerund stands before it as its modifier is the label of that gerund ("called the shooting
    # cold-blooded murder": "shooting" an amod of "murder")
    labels += [o for o in objects if any(c.tag_ == "VBG" and c.dep_ == "amod" and c.i < o.i for c in children(o))]
    # a second object is the label, also hung on the object or on an object read as the predicate ("called the
    # move nothing more than a grab"), as is a participle after the object ("called it 'premeditated'")
    after = {"acl", "dobj", "appos", "oprd"}
    objects = objects or [c for c in labels if c.pos_ == "NOUN" and any(g.dep_ == "dobj" for g in children(c))]
    labels += objects[1:] + [c for o in objects[:1] for c in children(o) if c.dep_ in after and c.i > o.i]
    # an adjective after the object is read as its modifier when a conjunct follows ("called the king's move
    # unconstitutional and urged ...", "called the removal 'extra-constitutional' and ..."): English puts
    # none there but a label
    labels += [c for o in objects[:1] for c in children(o) if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > o.i]
    objects = objects[:1]
    # a longer object swallows the label at its end ("called Japan's decision to resume whaling a
    # mistake", "called the resumption of talks illegal"): an adjective, or a noun with "a"/"an", that
    # ends the object as the object of a verb inside it
    labels += [
        d
        for o in objects
        for d in o.subtree
        if d.i > o.i
        and d.i == o.right_edge.i
        and d.dep_ in {"dobj", "oprd"}
        and d.head.pos_ == "VERB"
        and (d.pos_ == "ADJ" or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children(d)))
    ]
    # a relative clause without its pronoun may be parsed as a clause of the noun ("a move Tokyo called
    # gross interference": "called" an acl with a subject of its own)
    relative_clause = tok.dep_ == "relcl" or (tok.dep_ == "acl" and any(c.dep_ == "nsubj" for c in kids))
    if verdict_history(tok, rules):
        return None  # "a vote that the court had ruled illegal": the history of what it judged, no act told
    if relative_clause and tok.head.pos_ == "NOUN":
        # "a move Moscow called a provocation", "the step, which Paris called unacceptable": the
        # relative clause names the act its noun sums up; the noun is the object ("that"/"which"
        # stand for it), and an object parsed without a label is the label itself
        relative = [o for o in objects if o.tag_ == "WDT"]
        if not labels and objects and not relative:
            labels, objects = objects, [tok.head]
        elif relative or not objects:
            objects = [tok.head]
    elif any(o.tag_ == "WDT" for o in objects):
        return None
    for label in labels:
        if label.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(label)):
            continue  # a clause of its own ("the election which the assembly declared Marcos had won"): no label
        # the object read as a modifier of the label ("called the deployment unacceptable": "deployment" an
        # amod of "unacceptable", "called the decree unconstitutional" a compound)
        # or as its subject ("declared the election illegal": "election" the subject of "illegal")
        swallowed = [
            c
            for c in children(label)
            if c.i < label.i and ((c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN") or c.dep_ == "nsubj")
        ]
        if not objects and not swallowed:
            continue  # "called for calm", "called it" with no label of an object
        words = phrase_words(label)  # not a clause inside the label (prec44)
        triples = zip(words, words[1:], words[2:], strict=False)
        joined = [f"{a.lower_}-{c.lower_}" for a, b, c in triples if b.text == "-"]
        word = next((w.text for w in words if {w.lemma_.lower(), w.lower_} & rules.condemning_words), None)
        word = word or next((j for j in joined if j in rules.condemning_words), None)
        if word is None:
            continue
        heads = [o.lemma_.lower() for o in objects] + [c.lemma_.lower() for c in swallowed]
        kind = "rebutted_nouns" if any(h in rules.rebutted_nouns for h in heads) else "condemning_words"
        if kind == "condemning_words" and tok.lemma_.lower() in rules.verdict_verbs:
            kind = "verdict_verbs"  # "declared the takeover unconstitutional": a verdict rejects it
        code = frames.code(rules.label_codes[kind])
        match = FrameMatch(code, f"{tok.lemma_.lower()} ... {word.lower()}", 2, "code_rules.yaml")
        named = {"rebutted_nouns": "a claim named", "verdict_verbs": "an act declared"}.get(kind, "an act named")
        return match, f"'{tok.text} ... {word}': {named} with a word of condemnation, CAMEO {code.code}"
    return None
