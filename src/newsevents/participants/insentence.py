"""A pronoun subject the discourse leaves open, read back to a party named before it in its own
sentence: "Iraqi troops tightened their grip on Kuwait a day after they invaded the emirate",
"his fighters' march on the capital, hours after they seized the headquarters".

The participants stage reads "he" and "she" as the last person named as an actor and "it" and
"they" in a main clause as the last body or group named as one; a pronoun of a clause of the
sentence (a time clause, a relative clause, a clause after "and") whose antecedent was named in
another role (an object, an "of" phrase, a possessor) stayed without an actor, and its event was
dropped. Such a pronoun, the subject of a clause of sequence ("after", "before", "when", ...), of a
clause after "and" or of a relative clause opened by "which" (not of an "as" or "while" clause,
which sets a scene), is read as the subject of the clause its clause hangs on when that agrees with
it, else as the nearest word before it in the sentence that agrees with it:

* "they": a plural noun that can name a party ("troops", "the military governments of Mali,
  Burkina Faso and Niger", "his fighters'").

Not a name that stands as the object of a preposition of place ("a grip on Kuwait", "marched in
Prague": the place, not the party), not another pronoun nor a phrase owned by a group ("their
countries": what "they" would refer back to itself); a group one person or one body owns ("his
fighters' march on the capital, hours after they seized ...") is read through its owner
(participants/actors.owned), as the frame that names it reads it (coref44: before, any pronoun owner
was refused, and the mutineers' seizure told that way in twelve rounds was dropped).

"He" and "she" were read back the same way (the nearest person's name) and dropped: as many false events
as found ones on rounds 13-20 ("a day after he walked out of an embassy", "the referendum he was to
hold on rewriting the constitution"), and a person read back becomes the last person named, whom a later
"he" takes. Tried again in coref44, narrowed to the one person its sentence names, as a verb's direct
object ("X ousted President Y after he fled"), in a clause after "and" or of sequence, and dropped: its finds on
rounds 26-81 (fled, resigned, rejected an ultimatum) came with acts the writers do not code or code
otherwise, and five floors of rounds 31, 35, 56, 67 and 68 broke (a
history in a time clause, "struck the prime minister a day after he signed an accord", coded in one
round of three; "impeached the president, and he vowed to stay in office", THREATEN where the writer
codes REJECT; "after he rejected its ultimatum", no recipient read from "its"; a person read back became
the last person named, and a later "as he headed to the embassy" a false meeting).
"It" was read back too (a name of an organisation, a country or a people, or a singular noun that can
name a party) and dropped: its one group found ("Pakistan suspended the train, a day after it expelled
the envoy and halted trade") was scored on the sentence's other act for "halted trade", whose date is
the next day's (round 9 stories' dates 0.795 -> 0.784 under their floor), and "15 years after it first
applied" was a false event twice.
Only for a frame the other rules left with no actor (participants/stage.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.code.toldby import names_party
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import np_core, subject_of
from newsevents.parse.tree import children
from newsevents.parse.tree import text as doc_text

PLACE_PREPOSITIONS = LEXICON["place_prepositions"]
_PLURAL_TAGS = {"NNS", "NNPS"}
# the parts of a noun phrase that say who it is, kept in its span ("the military governments of
# Mali and Niger"); a relative clause, a participle or an apposition after it is left out
_NAMING_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "prep", "pobj", "conj", "cc", "npadvmod"}
_PRONOUNS = {"they"}
# owners that name a group themselves: "their countries" refers back to what "they" would; "his fighters"
# (one person's) names a group of its own, read through its owner (participants/actors.owned)
_PLURAL_OWNERS = {"their", "our"}
SEQUENCE_MARKS = {"after", "before", "when", "until", "since", "once", "because"}
SCENE_MARKS = {"as", "while"}
# the CAMEO roots of a crowd's acts, protests (14) and demands (10), whose "they" in a scene clause is
# the people the head clause acts on (sentrec51)
CROWD_ACT_ROOTS = frozenset({"14", "10"})
LONG_SPANS = {"year", "decade", "century", "month"}  # "15 years after it applied": a history, not the story


def _in_place_phrase(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PLACE_PREPOSITIONS


def _agrees(tok: Token, pronoun: str) -> bool:
    if tok.pos_ == "PRON" or _in_place_phrase(tok):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _PLURAL_OWNERS for c in children(tok)):
        return False  # "their countries": a phrase that itself refers back to the group "they" names
    return tok.tag_ in _PLURAL_TAGS and tok.ent_type_ in {"", "NORP", "ORG"} and names_party(tok)


def _phrase_span(tok: Token) -> tuple[int, int]:
    """The words that name the antecedent: a name's entity, else the noun with the words that
    say which ("the military governments of Mali, Burkina Faso and Niger")."""
    if tok.ent_type_ and tok.ent_iob_ in {"B", "I"}:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.start_char, ent.end_char
    return np_core(tok, _NAMING_DEPS)


def _sequel_clause(verb: Token) -> bool:
    """A clause that tells what came before or after the act of its head, or next to it: a time
    clause of sequence ("after", "before", "when", "until", "since", "once", "because"), a clause
    after "and", or a relative clause opened by "which" or "whom" ("ECOWAS, which they accused").
    Not a "where" clause (its act's place is its head's, which the where stage does not give it:
    "flew to Beirut, where they demanded ..." would be placed nowhere); not a clause of "as" or
    "while", which sets a scene for its head ("opened fire on the crowd as they forced their way
    into the square"); not a relative clause with no relative word ("the referendum he had
    called"), which describes; nor a clause of a time years or months away ("15 years after it
    first applied"), a history."""
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "advcl":
        marks = {c.lower_ for c in children(verb) if c.dep_ == "mark"}
        # "15 years after it first applied": a history told as the background, not the story's act
        long_ago = any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in children(verb) if c.i < verb.i)
        return bool(marks & SEQUENCE_MARKS) and not long_ago
    if verb.dep_ == "relcl":
        return any(t.lower_ in {"which", "whom"} for t in verb.subtree if t.i < verb.i)
    return False


def _scene_clause(verb: Token) -> bool:
    """A clause of "as" or "while" that sets a scene for its head ("police beat the students as they
    marched")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in children(verb))


def _scene_crowd(verb: Token, pron: Token, word: str) -> Token | None:
    """The people the head of a scene clause acts on, then its subject: "police beat hundreds of
    students as they marched", "troops opened fire on supporters as they rallied" (its objects, the
    words of its direct object and prepositional phrases, before the pronoun; through a participle
    the clause hangs on, "opened fire on supporters, killing dozens, as they rallied"), "protesters
    set fire to buildings as they demanded ..." (its subject)."""
    head = verb.head
    heads = [head, head.head] if head.dep_ in {"advcl", "conj"} and head.tag_ == "VBG" else [head]
    for h in heads:
        for c in children(h):
            if c.dep_ in {"dobj", "obj", "dative", "prep"} and c.i < pron.i:
                found = next((t for t in c.subtree if t.i < pron.i and _agrees(t, word)), None)
                if found is not None:
                    return found
    head = heads[-1]
    subj = subject_of(head)
    return subj if subj is not None and subj.i < pron.i and _agrees(subj, word) else None


def _governing_subject(verb: Token, pron: Token) -> Token | None:
    """The subject of the clause the pronoun's clause hangs on (a name or noun before the
    pronoun; a relative word or another pronoun is passed over for the clause above)."""
    head = verb
    while head.head.i != head.i and head.dep_ in {"advcl", "conj", "relcl", "ccomp", "xcomp", "pcomp", "pobj", "prep"}:
        head = head.head
        subj = subject_of(head)
        if subj is not None and subj.i < pron.i and subj.pos_ != "PRON":
            return subj
    return None


def sentence_antecedent(
    doc: Doc, span: tuple[int, int], verb: int, crowd_act: bool = False
) -> tuple[tuple[int, int], str] | None:
    """(the antecedent's span, its words) of the pronoun at ``span``, the subject of the verb at
    token ``verb`` (the frame's own; not one it shares): the subject of the clause its
    clause hangs on when it agrees with it, else the nearest word before it in its sentence that
    agrees (module doc); None for another phrase, another kind of clause or none found. The act of a
    crowd (``crowd_act``: a protest or a demand) told in a scene clause of "as" or "while" is the
    people its head acts on, else its head's subject (:func:`_scene_crowd`)."""
    pron = doc.char_span(span[0], span[1])
    if pron is None or len(pron) != 1 or pron[0].lower_ not in _PRONOUNS:
        return None
    tok = pron[0]
    # the pronoun of the frame's own verb only: a conjunct sharing it ("after it expelled the envoy and
    # halted trade") is dated as a clause of its own, apart from the time clause's "a day after"
    if tok.head.i != verb or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    word = tok.lower_
    scene = crowd_act and _scene_clause(tok.head)
    if not scene and not _sequel_clause(tok.head):
        return None
    subj = _scene_crowd(tok.head, tok, word) if scene else _governing_subject(tok.head, tok)
    found = subj if subj is not None and _agrees(subj, word) else None
    if found is None and scene:
        return None
    if found is None:
        found = next((c for c in reversed(list(tok.sent)[: tok.i - tok.sent.start]) if _agrees(c, word)), None)
    if found is None:
        return None
    a, b = _phrase_span(found)
    if b > tok.idx:
        return None
    return (a, b), doc_text(doc)[a:b]
