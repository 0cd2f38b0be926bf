"""How many days a time clause's act is from the act it hangs on ("when X", "hours after X", "a day after X",
"two days before X", a bare "after X": subordinate_offset), with the parser's misreadings of such clauses it reads
through (a past verb read as a modifier of a noun, "after" read as a preposition, a conjunct hung on the time
clause, a count of days read as a conjunct), and the counts of days ("a day", "48 hours": amount) that when/dating.py
reads too.

Moved out of when/dating.py at the 600-line limit; importers import from here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.parse.syntax import clause_verb, lowered_conjunct, own_coordinator
from newsevents.parse.tree import children
from newsevents.resolve.date_words import NUMBER_WORDS

SAME_TIME = frozenset({"when", "as", "while", "once"})
ORDER = {"after": -1, "before": 1}  # the subordinate event is before / after its head's
UNIT_DAYS = {"day": 1, "hour": 0, "minute": 0, "moment": 0}
# "a day", "nine days", "48 hours" (two days); spelled counts from the date words
NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and n <= 31}


def amount(unit: Token) -> int | None:
    """Days in "a day", "nine days", "hours" (0), "48 hours" (2: whole days of hours); None for
    weeks, months or an unknown count (a week told is as often six or eight days: dates42)."""
    days = UNIT_DAYS.get(unit.lemma_.lower())
    if days is None:
        return None
    count = next((c for c in children(unit) if c.dep_ in {"det", "nummod"}), None)
    n = number(count) if count is not None else None
    if days == 0:
        return n // 24 if n is not None and unit.lemma_.lower() == "hour" else 0
    return None if n is None else n * days


def participle_clause(tok: Token) -> bool:
    """A participle clause: no time word, no subordinator and no subject of its own ("moved in on
    Monday, firing ...")."""
    return tok.tag_ == "VBG" and not _time_marks(tok) and not any(c.dep_ in {"mark", "nsubj"} for c in children(tok))


def _time_marks(tok: Token) -> list[Token]:
    return [c for c in children(tok) if c.dep_ in {"mark", "advmod"} and c.lower_ in SAME_TIME | set(ORDER)]


def _counted_conjunct(tok: Token) -> tuple[Token, int, str] | None:
    """ "cited the killing on Saturday ..., a day after the Assembly declared ...": a clause with a
    count of days after (before) it, which the parser read as a conjunct of the clause it counts
    from (no "and"): (that clause's verb, the days, the words), as for a time clause."""
    if tok.dep_ != "conj" or tok.head.i == tok.i or own_coordinator(tok):
        return None  # "forced him out on Friday and installed X": a conjunct of its own "and"
    # "after" under the count ("a day after the Assembly declared"), or the clause's own subordinator
    # right after the count ("..., a day after a policeman shot dead ...")
    own = [c for c in children(tok) if c.dep_ == "mark" and c.lower_ in ORDER and c.i < tok.i]
    for unit in children(tok):
        mark = next((p for p in children(unit) if p.lower_ in ORDER), None)
        if mark is None and own and own[0].i == unit.right_edge.i + 1:
            mark = own[0]
        if unit.dep_ != "npadvmod" or unit.i > tok.i or mark is None:
            continue
        days = amount(unit)
        if days is None:
            return None
        return tok.head, days * ORDER[mark.lower_], " ".join(t.text for t in unit.subtree if t.i <= mark.i)
    return None


def subordinate_offset(tok: Token) -> tuple[Token, int, str] | None:
    """(the verb a time clause hangs on, days from that verb's date, the words) for "when X",
    "hours after X" (same day), "a day after X" (the day before its head), "two days before X", a
    bare "after X" or "before X" (the same day: "resigned on Sunday after the army urged him to go",
    "opened fire on Saturday, wounding him, before snipers shot him dead"); None when the clause says
    nothing that fixes a day ("weeks after")."""
    if (counted := _counted_conjunct(tok)) is not None:
        return counted
    if main_conjunct(tok) is not None:
        return None  # "..., two days after X declared independence, and militias fired": the main clause's
    while tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i:
        # "after police fired and beat voters", "when they tried to storm": the clause's verb; "after the leader
        # spoke to students, repeating that the count was falsified and urging them ...": the verb the conjunct
        # continues (parse.syntax.lowered_conjunct)
        tok = (lowered_conjunct(tok) or tok.head) if tok.dep_ == "conj" else tok.head
    if tok.dep_ == "pcomp" and (_gerund(tok) or _finite(tok)) and tok.head.lower_ in ORDER:
        return _gerund_offset(tok)  # "a day after walking out", "a day after soldiers invaded" (read as pcomp)
    head = tok.head if tok.dep_ == "advcl" else misread_time_clause(tok)
    noun = head if head is not None and tok.dep_ == "advcl" and _counted_noun(head) else None
    if noun is not None:  # ", a day after X admitted": the count read as an apposition of a noun
        head = clause_verb(noun.head)
    if head is None or head.i == tok.i:
        return None
    marks = _time_marks(tok)
    if participle_clause(tok):
        return head, 0, f"'{tok.text}' (a participle clause)"  # "moved in on Monday, firing ..."
    if not marks:  # "a day after bombings ... killed": "after" parsed under "day"
        marks = [p for u in children(tok) if u.dep_ == "npadvmod" for p in children(u) if p.lower_ in ORDER]
    if not marks and noun is not None:
        marks = [p for p in children(noun) if p.lower_ in ORDER]
    if not marks and (read_as_object := clause_read_as_object(tok)) is not None:
        marks = [read_as_object]  # "a day after its government hanged writer X": "after" read as a preposition
    if not marks:
        return None
    mark = marks[0]
    if mark.lower_ in SAME_TIME:
        return head, 0, mark.text
    # not a name the parser split into adverbial nouns ("King Hamad bin Isa al-Khalifa declared": "bin", "al")
    units = [c for c in (*children(tok), *children(mark)) if c.dep_ == "npadvmod" and c.pos_ != "PROPN"]
    if mark.dep_ == "prep" and mark.head.dep_ == "npadvmod":
        units.insert(0, mark.head)
    if tok.dep_ == "relcl" and _unit_count(tok.head):
        units.insert(0, tok.head)  # "a day after the president sent troops": "sent" read as telling of "day"
    if noun is not None:
        units.insert(0, noun)
    if not units:  # ", a day after X admitted": the count hung on the head, right before the subordinator
        units = [u for u in children(head) if _unit_count(u) and u.right_edge.i + 1 == mark.i]
    if not units:
        return head, 0, mark.text  # a bare "after X", "before X": the same day
    days = amount(units[0])
    if days is None:
        return None
    unit = units[0]
    words = " ".join(t.text for t in unit.subtree if t.i <= mark.i)
    words = words if mark.text in words.split() else f"{words} {mark.text}"
    return head, days * ORDER[mark.lower_], words


def misread_time_clause(tok: Token) -> Token | None:
    """The verb a time clause hangs on when the parser read the clause's past verb as a modifier of
    a noun of its head's clause: "suspended the country on Saturday, a day after the army-led government
    hanged writer Ken Saro-Wiwa" (read as "hanged writer", a compound of the object); as a relative
    clause of its own count of days ("fought on in the city on Thursday, a day after the president
    sent troops", "sent" read as telling of "day", which the parser hung on the verb above); or as the
    root of the sentence, with the clause it tells the time of read as its complement, told before it
    ("marched through the capital on Friday, a day after missiles destroyed a factory"). A verb in the
    simple past with a subject and a subordinator of time of its own heads a time clause, whatever the
    parser hung it on; the clause it tells the time of is the verb above that noun (or that
    complement). None otherwise."""
    if tok.tag_ != "VBD" or tok.dep_ not in {"compound", "amod", "nmod", "relcl", "ROOT"}:
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in children(tok)):
        return None
    mark = next((c for c in children(tok) if c.dep_ == "mark" and c.lower_ in SAME_TIME | set(ORDER)), None)
    mark = mark or clause_read_as_object(tok)
    if mark is None or mark.i > tok.i:
        return None
    if tok.dep_ == "ROOT":
        told = [c for c in children(tok) if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and c.right_edge.i < mark.i]
        if not told:
            # "A gunman dressed as a guard opened fire at a camp on Friday, hours after a truck bomb tore through
            # ...": the clause told before read as the root's subject, its verb under a modifier of the noun
            told = [
                t
                for c in children(tok)
                if c.dep_ == "nsubj" and c.right_edge.i < mark.i
                for t in c.subtree
                if t.tag_ == "VBD" and t.pos_ == "VERB"
            ]
        return told[0] if told else None
    if tok.dep_ == "relcl" and not _unit_count(tok.head):
        return None  # "the day after they fled": a relative clause of a noun, no misreading
    verb = clause_verb(tok.head)
    return verb if verb is not None and verb.i != tok.i and verb.i < tok.i else None


def clause_read_as_object(tok: Token) -> Token | None:
    """The subordinator of a time clause the parser read as a preposition whose object is the clause's object,
    the clause's past verb a modifier inside that object's phrase, its subject hung on the verb ("a day after
    its junta executed poet X": "after [... executed poet X]"): "after",
    when the verb's subject starts right after it. None otherwise (dates53)."""
    if tok.tag_ != "VBD" or tok.dep_ not in {"compound", "amod", "nmod"}:
        return None
    t = tok
    while t.dep_ in {"compound", "amod", "nmod"} and t.head.i > t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ORDER.keys() | SAME_TIME:
        return None
    subject = next((c for c in children(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
    return t.head if subject is not None and subject.left_edge.i == t.head.i + 1 else None


def _unit_count(noun: Token) -> bool:
    """A count of days or hours hung on a verb ("a day", "two days", "hours"), before the clause it counts."""
    return noun.dep_ == "npadvmod" and noun.lemma_.lower() in UNIT_DAYS and noun.head.pos_ in {"VERB", "AUX"}


def main_conjunct(tok: Token) -> Token | None:
    """The verb of the main clause that a conjunct told after ", and" is coordinated with, though the
    parser hung it on the verb of a time clause told after that main clause: "Tanks rolled into
    the province on Thursday, two days after the region declared independence, and militias fired on
    the columns" (the firing is Thursday's, not counted back with the declaration); None otherwise
    ("after police fired and beat voters": one clause, no comma; "three days after he recognised two
    regions, A and B, and ordered troops into them": no subject of its own, the same clause)."""
    if tok.dep_ != "conj" or tok.head.i == tok.i or tok.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)):
        return None
    clause = tok.head
    if clause.dep_ != "advcl" or clause.head.i > clause.i or subordinate_offset(clause) is None:
        return None
    cc = [c for c in children(clause) if c.dep_ == "cc" and c.i < tok.i]
    if not cc or cc[-1].i == 0 or tok.doc[cc[-1].i - 1].text != ",":
        return None
    return clause.head


def _finite(tok: Token) -> bool:
    """A verb in the simple past with a subject of its own before it ("after soldiers invaded")."""
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)))


def _counted_noun(noun: Token) -> bool:
    """A count of days or hours that the parser hung on a noun, not on a verb, as an apposition or an
    adverbial noun (", a day after X", told after an object); its time clause hangs on it."""
    if noun.dep_ not in {"appos", "npadvmod"} or noun.lemma_.lower() not in UNIT_DAYS or noun.head.i == noun.i:
        return False
    return noun.head.pos_ not in {"VERB", "AUX"} and clause_verb(noun.head) is not None


def _gerund(tok: Token) -> bool:
    """A gerund, active or passive ("after storming the building", "before being shot dead")."""
    return tok.tag_ == "VBG" or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children(tok))
    )


def _gerund_offset(tok: Token) -> tuple[Token, int, str] | None:
    """:func:`subordinate_offset` of a gerund after "after"/"before": "held them hostage on Saturday,
    a day after storming the building" (the day before), "resigned on Sunday after losing the vote"
    (the same day, as a bare "after X")."""
    mark = tok.head
    holder = mark.head
    unit = holder if holder.dep_ == "npadvmod" and holder.pos_ == "NOUN" and holder.i != mark.i else None
    verb = unit.head if unit is not None else holder
    if unit is None:  # "a day after storming": "day" under "after", or under the verb just before it
        near = [u for u in (*children(mark), *children(verb)) if u.dep_ == "npadvmod" and u.i == mark.i - 1]
        unit = near[0] if near else None
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == tok.i:
        return None
    if unit is None:
        return verb, 0, mark.text  # "resigned on Sunday after losing the vote", "... before being shot dead"
    days = amount(unit)
    if days is None:
        return None
    words = " ".join(t.text for t in unit.subtree if t.i <= mark.i)
    return verb, days * ORDER[mark.lower_], words


def number(count: Token) -> int | None:
    """The count a word tells: "48", "four" ("four" is like_num too), "a" (1); None for another word."""
    return int(count.text) if count.text.isdigit() else NUMBERS.get(count.lower_)
