"""When: acts counted from another act of the same sentence (dates42).

Read by when/stage.py. Each act below had no date of its own: the coder linked its count to the event
told before it (an act of an earlier sentence, or the one told just before in the sentence, itself
perhaps counted already), or it took the publication day.

A relative clause that tells its own count of time ("... rallied on Tuesday against the leaders who
ousted the president and sent armoured cars into the city a day earlier", "gave him 48 hours on Monday,
a demand that the government rejected the following day") counts from the date of the clause its
noun stands in (:func:`host_count`): the rally's Tuesday, less a day; the Monday of the giving, and a
day more. A count at the end of a later verb of the clause with no subject of its own covers the
first ("ousted ... and sent tanks ... a day earlier"). The host's date must be a day of its own
(not the publication day): otherwise no count is made here.

A count of time that opens a sentence ("Three days later police fired tear gas, the authorities cut
the lines, and the president imposed a curfew") covers the sentence's main clauses, where the parser
hung it on the first clause only, read as a clause of time with no subordinator
(:func:`lead_count`): each is counted, as the first is, from the events of the sentences before.

A past act reported or aimed at by a verb so counted ("Hours later, the colonel appeared on television
to declare the cabinet dissolved", "Troops poured in the next day, saying they were
protecting civilians") is counted as that verb is, from the events of the sentences before
(:func:`telling_verbs`: the verbs above it, through the clauses they report, their to-infinitives
and participles).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.parse.syntax import clause_verb
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.when.dating import sequence_shift, shifted

_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ in _VERBS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def host_count(tok: Token) -> tuple[Token, int, str] | None:
    """(the verb of the clause a relative clause's noun stands in, days from its date, the words) for
    a past relative clause (or a verb coordinated in it) told with a count of its own, or with one at
    the end of a later verb of it that has no subject of its own (module doc); None otherwise."""
    first = _first_conjunct(tok)
    if first.tag_ not in {"VBD", "VBN"} or first.head.i == first.i:
        return None
    # a relative clause, or one the parser read as a clause of its noun ("an order that the union rejected")
    if first.dep_ != "relcl" and not (first.dep_ == "acl" and any(s.dep_ in _SUBJECTS for s in children(first))):
        return None
    count = sequence_shift(tok)
    if count is None:
        later = (
            c
            for c in children(tok)
            if c.dep_ == "conj" and c.pos_ in _VERBS and not any(s.dep_ in _SUBJECTS for s in children(c))
        )
        count = next((s for c in later if (s := sequence_shift(c)) is not None), None)
    if count is None:
        return None
    host = clause_verb(first.head)
    if host is None or host.i == first.i or host.i > first.i:
        return None
    return host, count[0], count[1]


def lead_count(tok: Token) -> tuple[int, str] | None:
    """(days, the words) of a count of time that opens the sentence of ``tok``, the sentence's root,
    hung by the parser on a past clause told before it with a subject and no subordinator of its own
    (module doc); None otherwise."""
    if tok.dep_ != "ROOT":
        return None
    opening = tok.sent.text.lstrip().lower()
    for c in children(tok):
        if c.dep_ != "advcl" or c.i > tok.i or c.tag_ != "VBD":
            continue
        if any(m.dep_ == "mark" for m in children(c)) or not any(s.dep_ in _SUBJECTS for s in children(c)):
            continue
        count = sequence_shift(c)
        if count is not None and opening.startswith(count[1].lower()):
            return count
    return None


def telling_verbs(tok: Token) -> list[Token]:
    """The verbs above a clause that report it or whose purpose or manner it tells, nearest first, up to
    three: through a reported clause ("to announce that ... had been dissolved"), a to-infinitive or a
    participle with no subject of its own ("appeared ... to announce", "poured in ..., saying")."""
    out: list[Token] = []
    while len(out) < 3 and tok.head.i != tok.i and tok.head.pos_ in _VERBS:
        if tok.dep_ == "advcl":
            if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in children(tok)) or tok.tag_ not in {"VB", "VBG"}:
                break
        elif tok.dep_ not in {"ccomp", "xcomp"}:
            break
        tok = tok.head
        out.append(tok)
    return out


def host_day(tok: Token, anchor: Callable[[Token], ClauseDate]) -> ClauseDate | None:
    """The date of a relative clause counted from the clause its noun is in (:func:`host_count`), that
    clause's date (``anchor``) moved by the count, when it is a day of its own; None otherwise."""
    counted = host_count(tok)
    if counted is None:
        return None
    host, days, words = counted
    there = anchor(host)
    if there.info is None or there.info.precision != "day" or there.from_news:
        return None
    return shifted(there, days, f"'{words}' in a relative clause: {days:+d} day(s) from '{host.text}' ({there.why})")


def told_count(tok: Token, undated_at: Callable[[Token], bool]) -> tuple[int, str] | None:
    """The count of the nearest verb above ``tok`` (:func:`telling_verbs`) that tells one, each verb up to it
    with no date of its own (``undated_at``), when that verb is its sentence's root (counted, as ``tok`` now is,
    from the sentences before); None otherwise, and for a participle or an infinitive of time or manner
    itself ("Hours later X appeared on television, denouncing ...": the participle's rules date it with
    its head, from the act told just before)."""
    if tok.dep_ == "advcl":
        return None
    for verb in telling_verbs(tok):
        if not undated_at(verb):
            return None
        if (count := sequence_shift(verb) or lead_count(verb)) is not None:
            return count if verb.dep_ == "ROOT" else None
    return None
