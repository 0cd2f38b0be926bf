"""How the clauses of a sentence relate: which ones tell events of their own, which are part of
another, and which say where to look for a recipient, a claim or the means of an attack.

Pure functions of the dependency parse; the coder (coder.py) decides with them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.code.meetings import met_as_pair, own_meeting
from newsevents.code.rules import CodeRules
from newsevents.code.sought import (
    CAUSING_VERBS,
    caused_party,
    listed_infinitive,
    outstanding,
    plan_overtaken,
    unmoved,
    wanted_of,
)
from newsevents.code.toldby import names_party, party_modifier
from newsevents.code.topics import in_question, open_topic
from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_head, to_infinitive, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.records import Frame

LINK_DEPS = {"conj", "xcomp", "advcl"}
CLAUSE_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "prep", "agent", "xcomp", "ccomp"}
SIMULTANEOUS_MARKS = {"as", "while", "when"}
PLACE_NOUNS = LEXICON["place_nouns"]
LOCATIVE_PREPS = LEXICON["place_phrase_prepositions"]
ADJECTIVE_PARTICIPLES = LEXICON["adjective_participles"]
# Adverbial clauses that tell no event: conditions and acts still to come.
CONDITION_MARKS = {"if", "unless", "whether", "that", "so", "lest", "before", "until", "till", "once"}
TIME_MARKS = {"before", "until", "till", "once"}


def own_clause(tok: Token) -> bool:
    """An adverbial clause with its own subject and a time or reason conjunction ("police arrested
    40 people as thousands of demonstrators marched on parliament") tells an event of its own;
    conditions ("if", "unless") and acts still to come ("before they demobilize") are not events."""
    # "hours before the Security Council voted to impose sanctions": "before" / "until" with a past
    # tense tells what happened; with another tense, an act still to come
    past = tok.tag_ == "VBD"
    marks = [
        c
        for c in children(tok)
        if c.dep_ == "mark" and (c.lemma_.lower() not in CONDITION_MARKS or (past and c.lemma_.lower() in TIME_MARKS))
    ]
    return (
        tok.dep_ == "advcl"
        and bool(marks)
        and (
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))
            # "a day after Azerbaijan launched an offensive": the subject parsed as the mark's object
            or any(g.dep_ == "pobj" for m in marks for g in children(m))
        )
    )


def coordinated_clause(tok: Token) -> bool:
    """A clause with its own subject after "and" or "but" parsed as the complement of the verb before it
    ("ordered tariffs on imports from Canada, and Trudeau responded with tariffs of his own": "responded"
    hung on "ordered" as its ccomp). A complement clause follows its verb, never a coordinating word: this
    one is coordinated, an act of its own."""
    if tok.dep_ != "ccomp" or tok.i < tok.head.i or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)):
        return False
    before = tok.left_edge.i - 1
    return before > tok.head.i and tok.doc[before].lower_ in {"and", "but"}


def setting_when(tok: Token) -> bool:
    """A past "when" clause with its own subject under a relative clause that sets the scene ("the
    dispute, which began when Peruvian troops attacked a post"): an act told in its own right. Under
    an event ("became a member when its premier handed over the documents") it tells the same act.
    "when" is the clause's adverb to the parser, not its mark: own_clause does not see it."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBD"
        and tok.head.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < tok.i for c in children(tok))
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))
    )


def consequence(tok: Token, match: FrameMatch | None) -> bool:
    """A participle clause that tells a material act of its own ("opened fire, killing one person
    and arresting 12"; "a bomb exploded, killing six officers") is an event, not part of its head.
    Verbal conflict told in a participle ("cut ties with Qatar, accusing it of ...") is decided by
    :func:`consequence_told` from ``consequence_codes``."""
    if match is None or match.code is None or match.code.quad_class not in {2, 4}:
        return False
    return participle_clause(tok)


def participle_clause(tok: Token) -> bool:
    """A participle clause hanging on a verb, without an auxiliary or a subordinator ("..., killing
    six people", "..., accusing it of supporting terrorism"; a coordinated one shares its head's)."""
    if tok.dep_ == "conj" and tok.head.dep_ == "advcl":
        tok = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in {"aux", "mark"} for c in children(tok))


def consequence_told(tok: Token, match: FrameMatch | None, rules: CodeRules, head: FrameMatch | None = None) -> bool:
    """Whether a participle clause after an event is an event of its own: its code starts with one of
    ``consequence_codes`` (violence against people, arrests; accusations, demands, rejections and threats
    told with the act: "cut ties, accusing it of supporting terrorism"). Other consequences ("...,
    freeing the hostages", "..., setting houses ablaze") are part of the event they follow. A
    participle before its verb that tells a material act (``consequence``) is its own event
    ("Spanish police, working with their Moroccan counterparts, dismantled ..."). A demand after a
    protest (``protest_roots``: "rallied, demanding higher pay") is part of the protest."""
    struck = tok.lemma_.lower() == "strike" and not any(c.lower_ == "back" for c in children(tok))
    if not participle_clause(tok) or (tok.lemma_.lower() in rules.means_verbs and not struck):
        return False  # "imposed tariffs, retaliating against ...": the motive of the act told before
    if tok.i > tok.head.i and defiance(tok, rules):
        return False  # "tested a bomb, defying warnings": how the act told before stands to others
    code = match.code.code if match is not None and match.code is not None else ""
    if head is not None and head.code is not None and head.code.root in rules.protest_roots and code.startswith("10"):
        return False  # "teachers rallied in Nairobi, demanding higher pay": the demand is the protest's
    if any(code.startswith(prefix) for prefix in rules.consequence_codes):
        return True
    return tok.i < tok.head.i and consequence(tok, match)


def defiance(tok: Token, rules: CodeRules) -> bool:
    """A verb of ``defiance_verbs``, alone or with its particle ("defying", "brushing aside"), whose object
    (or the object's "of" noun: "a storm of criticism") is one of ``defied_reactions``."""
    lemma = tok.lemma_.lower()
    particles = [c.lower_ for c in children(tok) if c.dep_ == "prt"]
    if lemma not in rules.defiance_verbs and not any(f"{lemma} {p}" in rules.defiance_verbs for p in particles):
        return False
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "obj"}]
    of_nouns = [n for o in objects for p in children(o) if p.lower_ == "of" for n in children(p) if n.dep_ == "pobj"]
    nouns = objects + of_nouns
    return any(n.lemma_.lower() in rules.defied_reactions for n in nouns)


def adjective_verb(tok: Token) -> Token | None:
    """The noun a finite past verb was parsed as modifying ("Zimbabwe's military seized power":
    "seized" an adjective of "power"): a past tense (VBD, never an adjective) inside the noun
    phrase, after words of its own (the subject it lost); None for every other token. A participle right
    after a possessive ("cut their countries' deployed warheads") is the noun's adjective: no subject
    ends in a possessive (storyprec53: rounds 26, 41 and 43)."""
    noun = tok.head
    if tok.tag_ != "VBD" or tok.dep_ not in {"amod", "compound"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].tag_ == "POS":
        return None
    before = [c for c in children(noun) if c.i < tok.i and c.dep_ in {"poss", "amod", "compound", "nmod"}]
    return noun if tok.i < noun.i and before else None


def untold(tok: Token, rules: CodeRules) -> bool:
    """Whether the clause of ``tok`` tells no event of its own: a condition or a setting opened by one
    of ``untold_marks`` ("if it invaded Ukraine", "until the president resigns", "since Russian troops
    entered it"); the to-infinitive of one of ``unreal_nouns`` ("rejected a request to accept more
    flights", "an ultimatum to Ecuador to halt attacks"); the clause of one of ``conjecture_nouns``
    ("speculation that Pakistan would conduct tests"); through a chain of coordinated and
    complement verbs ("if Baghdad fails to comply"). A participle used as an adjective ("starving
    civilians", "warning shots") is no clause at all."""
    if adjective_verb(tok) is not None:  # "Zimbabwe's military seized power": a clause misparsed
        return False
    if in_question(tok) or open_topic(tok, rules):
        return True  # "Asked whether the army would intervene, ...", "the withdrawal remains unresolved"
    if tok.tag_.startswith("VB") and tok.dep_ in {"amod", "compound"}:  # "with Trump accusing Zelenskiy" is a clause
        return not any(c.dep_ in CLAUSE_DEPS for c in children(tok))
    if tok.lower_ in ADJECTIVE_PARTICIPLES and tok.dep_ == "xcomp" and tok.i == tok.head.i + 1:
        # "to feed starving civilians", parsed as "feed" + "starving civilians": an adjective
        return not any(c.dep_ in {"aux", "nsubj"} for c in children(tok))
    t = tok
    coordinated_only = True  # an aim is the verb itself or a conjunct of it, not a participle hung on it
    while True:
        if t.dep_ in {"acl", "advcl"} and _opened_by(t) in rules.untold_marks:
            return True  # "in case Baghdad reneged", "in the event the talks fail": a condition
        if demanded(t) or wanted_of(t, rules):
            return True  # "demanded that the army release the prisoners": the demand is the act
        listed = listed_infinitive(t) if coordinated_only else None
        if coordinated_only and (operation_aim(t, rules) or (listed is not None and operation_aim(listed, rules))):
            return True  # "launched a war to topple Saddam": what the operation is for, not yet done
        if unmoved(t, rules) or plan_overtaken(t, rules) or outstanding(t, rules):
            return True  # "failed to persuade Milosevic to sign", "had been due to hold", "must still be ratified"
        coordinated_only = coordinated_only and t.dep_ == "conj"  # "to disarm Iraq and free its people"
        if not (t.dep_ in LINK_DEPS and t.head.i != t.i and not _marked(t)):
            break
        t = t.head
    if t.dep_ in {"acl", "ccomp"} and t.head.lemma_.lower() in rules.conjecture_nouns and t.head.pos_ == "NOUN":
        return True  # "fuelling speculation that Pakistan would conduct tests": a conjecture, no act told
    if t.dep_ == "acl" and t.head.lemma_.lower() in rules.unreal_nouns:
        return to_infinitive(t)
    return t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lemma_.lower() in rules.untold_marks for m in children(t))


def operation_aim(t: Token, rules: CodeRules) -> bool:
    """Whether ``t`` is a to-infinitive that tells what a military operation is for (``aim_nouns``):
    the infinitive of the operation's noun ("a military intervention to free the president"), or of
    a verb whose object, or a noun of its prepositional phrases, is that noun ("launched a war to
    topple Saddam", "ordered the action to safeguard lives", "were in the early stages of military
    operations to disarm Iraq and free its people"). The aim is not told as done; the operation is.
    "Climbed onto a tank to denounce the putsch", "sent troops to restore order" name no operation."""
    if t.dep_ not in {"acl", "advcl", "xcomp"} or t.head.i == t.i or not to_infinitive(t):
        return False
    head = t.head
    if t.dep_ == "acl":
        return head.lemma_.lower() in rules.aim_nouns
    nouns = [c for c in children(head) if c.dep_ in {"dobj", "obj"}]
    preps = [c for c in children(head) if c.dep_ == "prep" and c.lower_ not in rules.aim_sequence_preps]
    for _ in range(3):  # "in the early stages of military operations": down a short chain of phrases
        found = [g for p in preps for g in children(p) if g.dep_ == "pobj"]
        nouns += found
        preps = [c for g in found for c in children(g) if c.dep_ == "prep"]
    return any(n.i < t.i and n.lemma_.lower() in rules.aim_nouns for n in nouns)


def demanded(t: Token) -> bool:
    """Whether ``t`` is the verb of a clause in the subjunctive after a verb or noun of demanding
    (lexicon ``mandative_heads``): "demanded that the army release the prisoners", "insists that
    Tehran halt enrichment", "demands that they hand over the suspects", "asked that he be freed",
    "calls for both sides to stop fighting".
    A bare verb with its own subject and no auxiliary (or only the passive's "be") says what is
    wanted, not what was done; "demanded that the army had left" or "urged that talks would resume"
    are not in the subjunctive."""
    if t.head.i == t.i or t.head.lemma_.lower() not in LEXICON["mandative_heads"]:
        return False
    if t.dep_ == "advcl":  # "the plan calls for both sides to stop fighting": for ... to, the act asked for
        return to_infinitive(t) and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(t))
    if t.dep_ not in {"ccomp", "acl"}:
        return False
    subjects = [c for c in children(t) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    auxes = [c for c in children(t) if c.dep_ in {"aux", "auxpass"}]
    # "insists that Tehran halt": the bare form after a singular subject (tagged as a present tense)
    singular = subjects[0].tag_ in {"NN", "NNP"} or subjects[0].lower_ in {"he", "she", "it"}
    if t.tag_ == "VB" or (t.tag_ == "VBP" and singular):
        return not auxes
    return t.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ == "be"


def _opened_by(t: Token) -> str:
    """The two words before a clause, articles left out ("in case", "in the event" → "in event")."""
    before = [w.lower_ for w in t.doc[max(0, t.left_edge.i - 3) : t.left_edge.i] if w.dep_ != "det"]
    return " ".join(before[-2:])


def _marked(t: Token) -> bool:
    return any(c.dep_ == "mark" for c in children(t))


def shared_setting(frame: Frame, head: Frame | None, tok: Token) -> Frame:
    """'police arrested 40 people in Nairobi on Tuesday as thousands marched on parliament':
    the clause of "as", "while", "when" happens when and where its head clause does."""
    if head is None:
        return frame
    return replace(
        frame,
        date_spans=frame.date_spans or head.date_spans,
        place_spans=(*frame.place_spans, *(sp for sp in head.place_spans if sp not in frame.place_spans)),
        reasons=(*frame.reasons, f"date and place of '{tok.head.text}', the clause it happens in"),
    )


def claimed(tok: Token, rules: CodeRules) -> str | None:
    """Why the clause of ``tok`` is a claim attributed to a source, if it is one."""
    adverb = next(
        (c.text for c in children(tok) if c.dep_ == "advmod" and c.lemma_.lower() in rules.claim_adverbs), None
    )
    if adverb:
        return f"'{adverb}'"
    t = tok
    while t.dep_ in LINK_DEPS and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in rules.claim_verbs:
        return f"a clause reported by '{t.head.text}'"
    return None


def conjoined(doc: Doc, span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The other phrases of ``spans`` coordinated with ``span`` ("to Iran, Libya and Sudan")."""
    first = span_at(doc, span[0], span[1])
    if first is None:
        return []
    chain = {first.root.i, *(t.i for t in first.root.conjuncts)}
    out = []
    for sp in spans:
        other = span_at(doc, sp[0], sp[1]) if sp != span else None
        if other is not None and other.root.i in chain:
            out.append(sp)
    return out


def purpose_clauses(doc: Doc, frame: Frame) -> list[Token]:
    """The verbs of the to-clauses and participle clauses of a trigger: "went on strike to demand
    the resignation of X", "demonstrated in Kirkuk, calling for independence from Iraq"."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return []
    return [
        c
        for c in children(trigger.root)
        if c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() not in CAUSING_VERBS  # "..., prompting India to condemn it": a consequence
        and caused_party(c) is None
        and (
            any(a.lower_ == "to" for a in children(c))
            # a participle before the verb is its setting ("Bush, speaking at his home in Maine, called ..."), no aim
            or (c.tag_ == "VBG" and c.i > trigger.root.i and not any(a.dep_ in {"aux", "mark"} for a in children(c)))
        )
    ]


def weapon_subject(doc: Doc, frame: Frame, instruments: frozenset[str]) -> bool:
    """Whether every subject of the frame names the means of an attack ("the strike", "a bomb")."""
    heads = [span_at(doc, a, b) for a, b in frame.actor_spans]
    return bool(heads) and all(h is not None and h.root.lemma_.lower() in instruments for h in heads)


def fronted(tok: Token) -> bool:
    """A reported clause told before its verb ("Congo accused Rwanda of backing the rebels, a charge
    Kigali denies"): the act was told as done, whatever the verb after it says of it."""
    return tok.dep_ == "ccomp" and tok.i < tok.head.i


TALK_NOUNS = LEXICON["talk_nouns"]
AGENT_PARTICIPLES = LEXICON["agent_participles"]
TALK_ADJUNCT_PREPS = LEXICON["talk_adjunct_preps"]


def talks_with_party(noun: Token) -> bool:
    """Talks whose other side is named: "talks with Ukraine", "a meeting with President X",
    "talks between Pence and Erdogan" (lexicon talk_nouns)."""
    if noun.lemma_.lower() not in TALK_NOUNS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in {"with", "between"}
        and any(o.dep_ == "pobj" and (names_party(o) or party_modifier(o)) for o in children(p))
        for p in children(noun)
    )


def doing_participles(noun: Token) -> list[Token]:
    """The participles of doing (lexicon ``agent_participles``) on an event noun, whose "by" phrase names
    who did the act ("protests led by the opposition", "an attack carried out by rebels")."""
    return [c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in AGENT_PARTICIPLES]


def done_by_party(noun: Token) -> bool:
    """An event noun whose doer a "by" phrase names as people or a party ("protests by students",
    "a walkout by doctors"), also the "by" phrase of a participle of doing ("protests led by the
    opposition leader", lexicon agent_participles)."""
    holders = [noun, *doing_participles(noun)]
    return any(
        p.dep_ in {"prep", "agent"}
        and p.lower_ == "by"
        and any(o.dep_ == "pobj" and (names_party(o) or party_modifier(o)) for o in children(p))
        for h in holders
        for p in children(h)
    )


def during_by_party(noun: Token) -> bool:
    """An event noun in a "during" phrase whose "by" phrase names its doer ("signed a trade deal
    during a visit to Canberra by the Chinese premier"): an act of its own, told as happening then,
    not the history the sentence is set in."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "during" and done_by_party(noun)


def talks_clause(noun: Token) -> Token | None:
    """The verb of the clause in which named talks are a time adjunct ("promised ... after peace
    talks with Ukraine", "agreed after six hours of talks with Baker", "warned X during a meeting
    with Y"): their actor is its subject. None for talks that are an argument ("held talks with")."""
    # talks with no side named were tried as the subject's meeting and dropped: merely attended ("at talks
    # in Geneva, Iran offered", "was abroad at a summit": 2 false events on round 3 for 1 group found on
    # round 12); its own ("at their first meeting, the two presidents agreed": 1 group found on rounds 1
    # and 12 each, but round 1 writes a meeting's parties as actor and recipient, and its actor F1 fell
    # under its floor)
    if talks_with_party(noun):
        return _adjunct_verb(noun)
    if noun.lemma_.lower() not in TALK_NOUNS or not own_meeting(noun):
        return None
    # "Biden and Xi agreed ... at their first meeting": a pair's own meeting (code/meetings.py)
    verb = _adjunct_verb(noun)
    return verb if verb is not None and met_as_pair(verb) else None


def _adjunct_verb(noun: Token) -> Token | None:
    """The verb whose time adjunct the talks are ("agreed after six hours of talks ..."), else None."""
    t = noun
    # "six hours of talks", "two days of talks": the measure stands for them
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TALK_ADJUNCT_PREPS:
        return None
    verb = prep.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def noun_background(noun: Token, verb: Token | None, rules: CodeRules) -> bool:
    """An event noun that is only the setting of its sentence ("following the country's second
    coup", "amid the war") or that is ended or averted ("ending America's longest war",
    "to prevent a war"), only feared ("feared an attack by India") or forbidden ("a ban on travel by
    the coup leaders"), or a conflict that is the setting of another noun ("a truce in the eight-year
    war") tells no event of its own (data/code_rules.yaml, background_preps, ending_verbs,
    prohibition_nouns, setting_conflict_nouns). Talks with a named side are a meeting of their own
    (talks_with_party)."""
    if talks_with_party(noun) or during_by_party(noun) or talks_clause(noun) is not None:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and (head.lower_ in rules.background_preps or head.lemma_.lower() in rules.background_preps):
        return True
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in rules.prohibition_nouns:
        return True  # "a ban on travel by the coup leaders": the act forbidden, not done
    if noun.dep_ == "pobj" and noun.lemma_.lower() in rules.setting_conflict_nouns and head.head.pos_ == "NOUN":
        return True  # "a truce in the eight-year war", "the end of the civil war": the setting of another noun
    if asked_in_list(noun, rules):
        return True  # "demands a ceasefire, the withdrawal of forces and ...": asked for, not done
    return verb is not None and verb.lemma_.lower() in rules.ending_verbs and noun.dep_ in {"dobj", "nsubjpass"}


def asked_in_list(noun: Token, rules: CodeRules) -> bool:
    """Whether ``noun`` is a later noun of a list that is the object, or the "for" phrase, of one of
    ``asked_act_heads`` ("the resolution demands a ceasefire, the withdrawal of forces and the release of
    prisoners", "called for a truce and the withdrawal of both armies"): an act asked for, not told as done.
    The list's first noun is the demand's own object, which its pattern takes (storyprec44)."""
    first = list_head(noun)
    if first.pos_ in {"VERB", "AUX"}:  # "calls for a truce and the withdrawal": the list parsed as the verb's conjunct
        return first.lemma_.lower() in rules.asked_act_heads and _asked_before(first, noun)
    if first.head.i == first.i:
        return False
    head = first.head
    if first.dep_ in {"dobj", "obj"} and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in rules.asked_act_heads:
        # a later conjunct, or a second object of the verb ("demands a ceasefire, the withdrawal of ...")
        return first.i != noun.i or _asked_before(head, noun)
    if first.i != noun.i and first.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
        return head.head.pos_ in {"VERB", "AUX"} and head.head.lemma_.lower() in rules.asked_act_heads
    return False


def _asked_before(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` has an object, or a "for" phrase with a noun, before ``noun``."""
    for c in children(verb):
        if c.i >= noun.i:
            continue
        if c.dep_ in {"dobj", "obj"} or (
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in children(c))
        ):
            return True
    return False


def place_phrase(doc: Doc, span: tuple[int, int]) -> bool:
    """'in the Saudi city of Jeddah', 'near the Iraqi town of Tal Afar': a place, not a party."""
    phrase = span_at(doc, span[0], span[1])
    return (
        phrase is not None
        and phrase.root.lemma_.lower() in PLACE_NOUNS
        and phrase.root.head.lemma_.lower() in LOCATIVE_PREPS
    )
