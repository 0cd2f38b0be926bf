"""Which date mentions belong to a verb's clause (frame/frames.py builds the frames): the clause a
date stands in, dates shared with a coordinated or fronted verb, a relative clause's noun, and a
compound misparsed as a clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.provisions import provided_by_accord
from newsevents.parse.syntax import clause_verb, later_conjunct, lowered_conjunct, own_coordinator, raised_conjunct
from newsevents.parse.tree import children, span_at

SUBJ_DEPS = {"nsubj", "csubj"}
OBJ_DEPS = {"dobj", "dative", "obj"}
COUNT_MARKS = frozenset({"after", "before"})


def counted_conjunct(v: Token) -> bool:
    """A clause counted from the one before it that the parser read as its conjunct (no "and"):
    "hurled bombs on Sunday, a day after police shot a boy" ("day" a count before the subordinator
    of the conjunct's own); when/dating counts its day from that clause's, so it shares none."""
    if v.dep_ != "conj" or own_coordinator(v):
        return False
    marks = [c for c in children(v) if c.dep_ == "mark" and c.lower_ in COUNT_MARKS and c.i < v.i]
    return any(
        u.dep_ == "npadvmod" and u.lemma_.lower() in {"day", "week"} and u.i < v.i
        and (any(p.lower_ in COUNT_MARKS for p in children(u)) or (marks and marks[0].i == u.right_edge.i + 1))
        for u in children(v)
    )  # fmt: skip


def complement_dated(v: Token, owners: dict[tuple[int, int], int]) -> bool:
    """A conjunct with a subject of its own whose to-infinitive holds a date ("faxed his resignation on
    Monday, but Congress refused to accept it on Tuesday", "attacked on Wednesday night, and commandos
    were battling to free them on Thursday"): it shares no date with the verb before it (the when
    stage reads the infinitive's date as a refusal's or an effort's own, else the partner's: "met on
    Monday, and they agreed to withdraw on Friday" tells no Friday agreement)."""
    if v.dep_ != "conj" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(v)):
        return False
    infinitives = {c.i for c in children(v) if c.dep_ == "xcomp" and c.tag_ == "VB"}
    return any(i in infinitives for i in owners.values())


def object_misparsed(verb: Token, clause: Token) -> bool:
    """A noun compound parsed as a clause complementing a verb that has no object ("imposed asset
    freezes and travel bans": "asset" the subject of "freezes"; "imposed travel bans and asset
    freezes": "travel bans and asset" its subject): a present-tense verb right after its subject of
    bare nouns (no determiner, no auxiliary, no subordinator), and nothing else before it."""
    if clause.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in OBJ_DEPS for c in children(verb)):
        return False
    subj = [c for c in children(clause) if c.dep_ in SUBJ_DEPS]
    if len(subj) != 1 or subj[0].right_edge.i != clause.i - 1 or subj[0].tag_ not in {"NN", "NNS"}:
        return False
    early = [c for c in children(clause) if c.i < clause.i and c.i != subj[0].i]
    # the subject is bare nouns only: "asset", or "travel bans and asset" ("imposed travel bans and
    # asset freezes"), never a determiner, a name or a clause
    bare = all(t.tag_ in {"NN", "NNS", "CC"} and t.dep_ in _BARE_NOUN_DEPS for t in subj[0].subtree if t.i != subj[0].i)
    return subj[0].left_edge.i == verb.i + 1 and not early and bare


_BARE_NOUN_DEPS = {"compound", "conj", "cc"}


def date_owners(doc: Doc, date_spans: Sequence[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Each date mention → the token of the verb whose clause it stands in."""
    owners: dict[tuple[int, int], int] = {}
    for span in date_spans:
        chars = span_at(doc, span[0], span[1])
        if chars is None or len(chars) == 0:
            continue
        root = chars.root
        owner = clause_verb(root.head if root.head.i != root.i else root)
        if owner is not None:
            owners[span] = owner.i
    return owners


LINKED_DEPS = {"advcl", "conj", "xcomp"}


def own_dates(v: Token, owners: dict[tuple[int, int], int], reasons: list[str]) -> tuple[tuple[int, int], ...]:
    """The date mentions of the verb's clause; a coordinated verb without one shares its head's,
    and so does the first of a list of acts ("Earlier on Wednesday X accepted A, declared B and
    took C", whose first verb the parse hangs on the second as an adverbial clause)."""
    own = tuple(s for s, i in owners.items() if i == v.i)
    if own:
        return own
    first = first_conjunct(v)
    if later_conjunct(v) or counted_conjunct(v) or complement_dated(v, owners):
        # "flew to Osh on Wednesday and later moved to Jalal-Abad": not that day; nor "hurled bombs on
        # Sunday, a day after police shot a boy" (a clause counted from it, misparsed as a conjunct)
        return ()  # "flew to Osh on Wednesday and later moved to Jalal-Abad": not that day
    if v.dep_ == "conj" or first is not None:
        # "said on Sunday that ... had been bombed, and appealed ...": the verb the conjunct continues, not the one
        # it hangs on
        head = (lowered_conjunct(v) or raised_conjunct(v) or v.head) if v.dep_ == "conj" else first
        assert head is not None
        own = tuple(s for s, i in owners.items() if i == head.i)
        if not own and head.dep_ == "ROOT" and head.i != v.i:
            first = first_conjunct(head)
            own = tuple(s for s, i in owners.items() if first is not None and i == first.i)
            head = first or head
        if own:
            reasons.append(f"date shared with coordinated verb '{head.text}'")
    if not own:  # "Speaking in Geneva on Wednesday, the minister condemned ...": the date of the setting told first
        setting = fronted_participle(v)
        own = tuple(s for s, i in owners.items() if setting is not None and i == setting.i)
        if own and setting is not None:
            reasons.append(f"date of '{setting.text}', the setting told before the subject")
    if not own and v.dep_ == "relcl":  # "air strikes on Sunday that killed 25 fighters": the date of what it tells of
        own = tuple(s for s in owners if _dates_noun(v.doc, s, v.head))
        if own:
            reasons.append(f"date of '{v.head.text}', the noun the relative clause tells of")
    if not own:  # "imposed asset freezes and travel bans on Monday": the date of the object misparsed as a clause
        misparsed = [c for c in children(v) if c.dep_ == "ccomp" and object_misparsed(v, c)]
        own = tuple(s for s, i in owners.items() if any(i == c.i for c in misparsed))
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(v))
    # "riots in which scores of people were killed", "a rally during which protesters stormed ..."
    within = any(c.dep_ == "prep" and any(g.lower_ == "which" for g in children(c)) for c in children(v))
    # not what an accord will provide ("signed on Monday a deal under which troops will leave": no Monday act)
    if not own and v.dep_ == "relcl" and (where or within) and not (v.tag_ != "VBD" and provided_by_accord(v)):
        # "the unrest began on Tuesday in Talas, where protesters seized the governor's office"
        holder = clause_verb(v.head)
        own = tuple(s for s, i in owners.items() if holder is not None and i == holder.i)
        # "... on Sunday, triggering riots in which ...": the participle's head clause
        while not own and holder is not None and holder.dep_ in LINKED_DEPS and holder.head.i != holder.i:
            if later_conjunct(holder):
                break
            holder = holder.head
            own = tuple(s for s, i in owners.items() if i == holder.i)
        if own and holder is not None:
            reasons.append(f"date of '{holder.text}', the clause of what the relative clause happens in")
    return own


def _dates_noun(doc: Doc, span: tuple[int, int], noun: Token) -> bool:
    """Whether a date mention is a phrase of ``noun`` ("strikes on Sunday") or the noun itself
    ("the night of August 7", a when-relative's antecedent)."""
    chars = span_at(doc, span[0], span[1])
    if chars is None or len(chars) == 0:
        return False
    root = chars.root
    if root.i == noun.i or (chars.start <= noun.i < chars.end):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == noun.i


def fronted_participle(verb: Token) -> Token | None:
    """A participle clause told before the verb's subject, without a subordinator or a subject of
    its own ("Speaking at a news conference on Wednesday, the minister condemned ...", "Visiting
    Kabul on Monday, the envoy urged ..."): the occasion of the clause it opens."""
    subjects = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    for c in children(verb):
        if c.dep_ != "advcl" or c.i > verb.i or c.tag_ not in {"VBG", "VBN"}:
            continue
        if any(g.dep_ in {"mark", "nsubj", "nsubjpass"} for g in children(c)):
            continue
        if subjects and all(c.right_edge.i < s.left_edge.i for s in subjects):
            return c
    return None


def first_conjunct(verb: Token) -> Token | None:
    """'Tokayev accepted the resignation, declared a state of emergency ...': a finite past verb
    without a marker that the parse hangs on the verb after it as an adverbial clause."""
    before = [c for c in children(verb) if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBD"]
    if before and not any(g.dep_ == "mark" for g in children(before[0])):
        return before[0]
    return None
