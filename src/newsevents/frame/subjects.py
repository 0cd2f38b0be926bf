"""Stage frame: who did it. The subject of a frame's verb, and how it was found (Frame.subject_how).

Read off spaCy's dependency parse for frame/frames.py and frame/nouns.py: active and passive voice
(the ``by`` agent, also of a participle after a noun: "talks mediated by Angola", an aside),
coordination of predicates (a conjoined verb without a subject shares its head's subject),
control and purpose clauses (an xcomp or advcl without a subject takes its head's; "be" with a
to-infinitive lends its subject), relative clauses (the modified noun is the subject), gerunds
after a preposition ("responded by breaking relations", "is committed to resuming talks": the
subject of the verb they hang from: gerund_holder), and the parser's misreadings of a finite verb
(as an adjective of its object, "Zimbabwe's military seized power": lost_subject; as a modifier;
a name parsed as an adverb). A thing held up in a gesture participle is no subject (held_up).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.clauses import adjective_verb
from newsevents.code.sought import caused_party
from newsevents.code.toldby import told_by_party
from newsevents.frame.owndates import first_conjunct
from newsevents.frame.quoted import quoted_speaker
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import (
    coordinated,
    list_head,
    lowered_conjunct,
    misparsed_finite,
    name_as_modifier,
    passive_agent,
    to_infinitive,
)
from newsevents.parse.syntax import is_verb as _is_verb
from newsevents.parse.tree import children

SUBJ_DEPS = {"nsubj", "csubj"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
PASS_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
PURPOSE_NOUNS = LEXICON["purpose_nouns"]
INTERVAL_NOUNS = LEXICON["interval_nouns"]
INTERVAL_PREPS = {"after", "before"}
GERUND_PREPS = {"by", "without", "after", "before", "through", "upon", "on", "to"}
# the "by" agent of a participle after a noun ("talks mediated by Angola"): an aside, whose party
# the discourse does not count among the parties named (participants.actors)
PARTICIPLE_AGENT = "participle after a noun: 'by' agent"


def held_up(noun: Token) -> bool:
    """A thing held up in a misparsed gesture participle coordinated with the true subject ("..., some
    waving Russian flags, and a group of protesters attacked the embassy"): lexicon ``held_up_gestures``,
    a participle that holds no word of its own (in "flag-waving protesters" the flag is the participle's
    and the protesters wave it). It is left out only beside another subject of the verb."""
    return any(
        a.dep_ == "amod" and a.tag_ == "VBG" and a.lemma_.lower() in LEXICON["held_up_gestures"] and not children(a)
        for a in children(noun)
    )


def subject_tokens(verb: Token) -> tuple[list[Token], bool, str]:
    """(subject tokens, passive?, how found). Follows conj / xcomp / advcl / relcl to a subject."""
    # a passive participle clause counts too: "walked out of prison, freed by the government", "a
    # deal signed by the leaders of Russia and Armenia"
    aside = verb.tag_ == "VBN" and verb.dep_ == "acl" and told_by_party(verb)
    passive = (
        any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in children(verb))
        or aside
        or (verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in children(verb)))
    )
    if passive:
        found = passive_agent(verb)
        if found is not None:
            agent_holder, agent = found
            how = "passive: 'by' agent" + ("" if agent_holder is verb else f" of '{agent_holder.text}'")
            return coordinated(agent), True, PARTICIPLE_AGENT if aside else how
        return [], True, "passive without agent"
    subjects = [c for c in children(verb) if c.dep_ in SUBJ_DEPS]
    acting = [c for c in subjects if not held_up(c)]
    for c in acting or subjects:
        if c.lemma_.lower() in {"that", "which", "who"} and verb.dep_ == "relcl":
            return coordinated(verb.head), False, "relative clause: the modified noun"
        return coordinated(c), False, "subject"
    if verb.dep_ == "relcl":
        return coordinated(verb.head), False, "relative clause: the modified noun"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and told_by_party(verb):
        # "thousands of students occupying the parliament": the participle tells what they did
        return coordinated(verb.head), False, "participle: the group of people it modifies"
    marked = [g for c in children(verb) if c.dep_ == "mark" for g in children(c) if g.dep_ == "pobj"]
    if marked:  # "a day after Azerbaijan launched ...": the subject parsed as the object of "after"
        return coordinated(marked[0]), False, f"subject: parsed as the object of '{marked[0].head.text}'"
    if misparsed_finite(verb):
        # a finite past verb parsed as a reduced relative ("police arrested ... , the ministry said")
        return coordinated(verb.head), False, "finite verb parsed as a modifier: the modified noun"
    main = lowered_conjunct(verb) if verb.dep_ == "conj" else None
    # "said it would send troops and appealed to ...": a pronoun subject of the clause it hangs on names
    # the party of the verb above, and the discourse reads it: shared with the head, as before
    told_by_pronoun = any(c.dep_ in SUBJ_DEPS and c.lower_ in _PRONOUNS for c in children(verb.head))
    if main is not None and not told_by_pronoun:  # "denied that the port had been bombed and called on ...": the denier
        subj, _, how = subject_tokens(main)
        if subj:
            return subj, False, f"shared with '{main.text}' (a conjunct parsed as one of '{verb.head.text}'): {how}"
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
        # "the talks, hosted by Cuba and backed by Norway": a participle after a noun too, with its own agent
        return [], False, "participle after a noun coordinated with another: no agent of its own"
    moved = caused_party(verb)
    if moved is not None:  # "the raid prompted Chile to recall its ambassador": Chile recalls it
        return coordinated(moved), False, f"object of '{verb.head.text}', which moved it to act"
    if (quoted := quoted_speaker(verb)) is not None:  # "quoted Suu Kyi as urging people to protest"
        return coordinated(quoted), False, f"quoted as doing it ('{verb.head.head.text}')"
    # "EU leaders were to hold a summit", "the minister is to visit Beijing": "be" with a
    # to-infinitive lends its subject as a verb does
    be_to = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and to_infinitive(verb)
    be_to = be_to and not any(
        c.dep_ in SUBJ_DEPS and c.lemma_.lower() in PURPOSE_NOUNS for c in children(verb.head)
    )  # "its aim was to demilitarise Ukraine": no one acts
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i and (_is_verb(verb.head) or be_to):
        # the head's grammatical subject: "the minister has been indicted by the court and will
        # resign" shares "the minister", not the court
        shared = [c for c in children(verb.head) if c.dep_ in PASS_SUBJ_DEPS]
        if (
            shared
            and verb.tag_ == "VBN"
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in children(verb))
        ):
            # "20 people were killed or wounded", "were reported killed": passive too, its subject the victims
            subj, _, how = subject_tokens(verb.head)
            return subj, True, f"shared with '{verb.head.text}' ({verb.dep_}): passive, {how}"
        if shared:
            return coordinated(shared[0]), False, f"shared with '{verb.head.text}' ({verb.dep_}): passive subject"
        subj, _, how = subject_tokens(verb.head)
        if how == PARTICIPLE_AGENT:  # "a demonstration staged by students to protest ...": the aside's alone
            return [], False, f"a clause of '{verb.head.text}', a participle after a noun: no subject of its own"
        return subj, False, f"shared with '{verb.head.text}' ({verb.dep_}): {how}"
    head = verb.head
    holder = gerund_holder(verb)
    if holder is not None:
        # "responded by breaking relations", "is committed to resuming talks": the holder's subject
        subj, _, how = subject_tokens(holder)
        return subj, False, f"shared with '{holder.text} {head.text} ...': {how}"
    first = first_conjunct(verb)
    if first is not None:
        # "Tokayev accepted the resignation, declared a state of emergency and ...": a finite verb
        # without a marker parsed as an adverbial clause of the verb after it is its first conjunct
        subj, _, how = subject_tokens(first)
        if subj:
            why = f"shared with '{first.text}' (a finite verb before it, parsed as a clause of it)"
            return subj, False, f"{why}: {how}"
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and not _is_verb(head):
        # "scrapped the constitution, dissolved parliament and imposed martial law": a verb of a
        # list of acts parsed as a conjunct of the object before it shares the object's verb's subject
        obj = list_head(head)
        if obj.dep_ == "dobj" and _is_verb(obj.head):
            subj, _, how = subject_tokens(obj.head)
            return subj, False, f"shared with '{obj.head.text}' (a verb coordinated with its object): {how}"
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and _is_verb(head.head):
        # "it is prepared / ready / willing to impose ...": the subject of "is"
        subj, _, how = subject_tokens(head.head)
        return subj, False, f"shared with '{head.head.text} {head.text}': {how}"
    named = name_as_modifier(verb)
    if named is not None:  # "Nauru cut diplomatic ties ..." with "Nauru" parsed as an adverb of "cut"
        return coordinated(named), False, "a name before the finite verb, parsed as its modifier"
    return [], False, "no subject"


def lost_subject(verb: Token) -> tuple[tuple[int, int], Token, str] | None:
    """(the subject's span, the noun, how) for a finite verb parsed as an adjective of its object
    (clauses.adjective_verb: "Zimbabwe's military seized power") and for a verb coordinated with
    that noun ("... seized power and held Mugabe"): the words before the verb are its subject."""
    noun = adjective_verb(verb)
    if noun is None:  # "... seized power and held Mugabe": the noun as the head or the subject of the next verb
        subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        noun = verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"NOUN", "PROPN"} else subj
        misparsed = next((c for c in children(noun) if adjective_verb(c) is not None), None) if noun else None
        if misparsed is None:
            return None
        verb = misparsed
    if noun is None:
        return None
    first = noun.left_edge
    last = verb.doc[verb.i - 1]
    return (first.idx, last.idx + len(last.text)), noun, "a finite verb parsed as an adjective: the words before it"


def gerund_holder(verb: Token) -> Token | None:
    """The verb whose subject a gerund after a preposition shares: "responded by breaking ...",
    "left without signing ...", "is committed to resuming ..." (the verb of "committed"), "held the
    town, a day after seizing ..." (the verb a span of time before "after" or "before" hangs on; lexicon
    ``interval_nouns``). Not
    after "of", "for" or "from", whose gerund is often the object's act ("accused Chile of
    violating ...", "barred them from entering ...")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS:
        return None
    holder = prep.head
    if holder.dep_ == "acomp" and _is_verb(holder.head):
        holder = holder.head
    elif holder.dep_ == "npadvmod" and holder.lemma_.lower() in INTERVAL_NOUNS and prep.lower_ in INTERVAL_PREPS:
        holder = holder.head  # "tightened its grip, a day after invading the emirate": the verb the span hangs on
    elif prep.lower_ == "to":
        return None  # "to" only after an adjective: "committed to", "opposed to"
    return holder if _is_verb(holder) and holder.i != verb.i else None
