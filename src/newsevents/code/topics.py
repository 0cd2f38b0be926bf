"""Words a story uses to frame a statement or name a subject, not to tell an act: a reporters'
question ("Asked whether the army would intervene, the minister said ..."), an act still open
("the withdrawal of troops remains unresolved", "with the return of refugees still unresolved")
an act that is only a topic of talks ("the agenda will include the release of prisoners",
"the ministers discussed the withdrawal of troops"). Read by ``code.clauses.untold``; pure
functions of the dependency parse (storyprec24).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.parse.syntax import list_head
from newsevents.parse.tree import children

QUESTION_DEPS = frozenset({"advcl", "ccomp", "acl"})
QUESTION_WORDS = frozenset({"whether", "if", "when", "why", "how", "what", "who", "where", "about"})


def reporters_question(t: Token) -> bool:
    """Whether ``t`` is "asked" as a participle with no subject of its own that frames the clause
    it hangs on ("Asked whether Washington would intervene, the president said ...", "When asked
    about the sanctions, the minister said ..."): the speaker was asked by reporters, no request of
    a party. "Asked to resign, the minister refused" (a to-infinitive: something asked of him) and
    "the minister asked whether ..." (a subject of its own) are not such a participle."""
    if t.lemma_.lower() != "ask" or t.tag_ != "VBN" or t.dep_ not in QUESTION_DEPS or t.head.i == t.i:
        return False
    if t.head.i < t.i and t.dep_ != "advcl":
        return False  # "the questions asked about the deal": a participle on a noun before it
    kids = children(t)
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj", "xcomp", "agent"} for c in kids):
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in QUESTION_WORDS:
            return True  # "asked about the sanctions"
        if c.dep_ in {"ccomp", "advcl"} and any(
            w.lower_ in QUESTION_WORDS and w.tag_ in {"IN", "WRB", "WP", "WDT"} for w in children(c)
        ):
            return True  # "asked whether ...", "asked when they applied"
        if c.dep_ == "advmod" and c.lower_ == "when" and c.i < t.i:
            return True  # "When asked, he declined to comment"
    return False


def in_question(tok: Token) -> bool:
    """Whether ``tok`` is a reporters' question or what is asked in it ("Asked whether the army
    would intervene": "intervene" is only asked about)."""
    t = tok
    for _ in range(4):
        if reporters_question(t):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def open_topic(noun: Token, rules: CodeRules) -> bool:
    """Whether the event noun ``noun`` names an act still open or a topic of talks, not an act told:
    the subject of a word of ``open_state_words`` ("the withdrawal of troops remains unresolved",
    "with the withdrawal of forces still pending"), the object of ``topic_verbs`` ("the ministers
    discussed the release of prisoners") or of ``agenda_verbs`` whose subject is one of
    ``agenda_nouns`` ("the agenda would include the exchange of prisoners and the withdrawal of
    troops"); in the "on" phrase of ``topic_prep_verbs`` ("to focus on the withdrawal") or the
    "including" phrase of ``agenda_nouns`` ("the hardest questions, including the withdrawal");
    a conjunct counts as its first conjunct."""
    if noun.pos_ != "NOUN":
        return False
    first = list_head(noun)
    head = first.head
    if first.dep_ in {"nsubj", "nsubjpass"} and head.i != first.i:
        if head.lemma_.lower() in rules.open_state_words:
            return True  # "with the withdrawal still unresolved" (the adjective as the clause's head)
        if any(
            c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in rules.open_state_words for c in children(head)
        ):
            return True  # "the withdrawal remains unresolved", "is still pending"
        return False
    if first.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        above = head.head
        if head.lower_ == "on" and above.pos_ in {"VERB", "AUX"}:
            return above.lemma_.lower() in rules.topic_prep_verbs  # "to focus on the withdrawal"
        if head.lower_ != "including":
            return False
        # "the hardest questions, including the withdrawal of troops"; "agreed six principles,
        # including the withdrawal of forces" (the phrase hung on the verb of the agenda noun)
        verbal = above.pos_ in {"VERB", "AUX"}
        listed = [c for c in children(above) if c.dep_ in {"dobj", "obj"}] if verbal else [above]
        return any(n.lemma_.lower() in rules.agenda_nouns for n in listed)
    if first.dep_ not in {"dobj", "obj"} or head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = head.lemma_.lower()
    if verb in rules.topic_verbs:
        return True
    if verb in rules.agenda_verbs:
        subjects = [c for c in children(head) if c.dep_ in {"nsubj", "nsubjpass"}]
        return any(s.lemma_.lower() in rules.agenda_nouns for s in subjects)
    return False
