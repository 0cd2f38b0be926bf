"""The tests of a series told beside a test (stage code, types44).

A show of force told at a place of tests (derive/permits.site_unaimed: the derive stage's ``Derived.aimless``)
is often told with the tests of its series in the same sentence, each with the day the story gives it:

* a counted noun of tests (code_rules ``test_series_nouns``: "three blasts", "three tests") in a clause or a
  phrase of time that hangs on the test ("..., two days after three blasts there drew protests", "two days
  after Pakistan shocked its neighbours with three blasts at the same site", "two days after three tests held
  there on Monday"): another test, dated by a date of its own words, else by the count of days from the test's date
  ("two days after": two days before it), else undated; by the subject of its clause where that names a
  party, else by the test's actors;
* a count with "more" and a date of its own after it in the test's clause ("detonated four devices on May 11
  and one more on May 13"): another test on that date (the test itself keeps the first date, its own).

Each is an event of its own, at its own words, aimed where the test is, placed where the test is. A test told
with no day of its own beside its series ("three tests this week") is left to the test.

Such a test is aimed at no one its phrases do not name, except the rival whose tests answered it: a show of force
told before it by another country's actors and aimed at the test's own ("Pakistan carried out five tests in
answer to India's blasts ... India exploded three devices at its range on May 11") makes the two one exchange of
tests, and the test is aimed at that rival (``answered_by_rival``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, Mention, countries_of
from newsevents.when.offsets import ORDER, amount

__all__ = ["answered_by_rival", "series_tests"]

Read = Callable[[tuple[int, int]], list[ActorRef]]


def _mark(noun: Token, verb: Token) -> Token | None:
    """The "after" or "before" that opens the clause or the phrase of time holding ``noun`` and hanging on
    ``verb`` (through the heads from the noun up to the verb), else None."""
    t = noun
    while t.i != verb.i:
        if t.dep_ == "prep" and t.lower_ in ORDER and t.head.i in {verb.i, *(u.i for u in children(verb))}:
            return t  # "two days after three tests there": a phrase of time
        marks = [c for c in children(t) if c.dep_ == "mark" and c.lower_ in ORDER]
        if marks and t.dep_ == "advcl" and t.head.i == verb.i:
            return marks[0]  # "two days after three blasts there drew protests": a clause of time
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _days(mark: Token) -> int | None:
    """Days from the test's date that the count before ``mark`` gives ("two days after": -2), else None."""
    units = [c for c in children(mark) if c.dep_ == "npadvmod"]
    if mark.head.dep_ == "npadvmod":
        units.append(mark.head)
    if mark.dep_ == "mark":  # a clause: the count hangs on its verb ("two/nummod days/npadvmod after/mark")
        units += [c for c in children(mark.head) if c.dep_ == "npadvmod" and c.i < mark.i]
    for unit in units:
        days = amount(unit)
        if days is not None:
            return days * ORDER[mark.lower_]
    return None


def _date_in(dates: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The first resolved day told between the characters ``start`` and ``end``."""
    return next(
        (m for m in dates if start <= m.start_char and m.end_char <= end and m.date and m.date.precision == "day"),
        None,
    )


def _member(
    event: Event, first: Token, last: Token, date: str | None, date_text: str | None, actors: Sequence[ActorRef],
    why: str,
) -> Event:  # fmt: skip
    """The test told by the words from ``first`` to ``last``, as an event of its own."""
    start, end = first.idx, last.idx + len(last.text)
    return replace(
        event,
        id=Event.make_id(event.article_id, event.sentence_index, start, end, event.cameo),
        event_text=first.doc.text[start:end],
        start_char=start,
        end_char=end,
        date=date,
        date_precision="day" if date else "unknown",
        date_text=date_text if date else None,
        end_date=None,
        date_from_news=False,
        actor=tuple(actors),
        mentions=((event.sentence_index, start, end),),
        reasons=(*(r for r in event.reasons if not r.startswith(("date ", "no date", "recipient"))), why),
    )


def _counted_tests(event: Event, verb: Token, dates: Sequence[Mention], rules: CodeRules, read: Read) -> list[Event]:
    """The counted nouns of tests in a clause or a phrase of time of the test (the module's first rule)."""
    out = []
    for noun in verb.subtree:
        count = next((c for c in children(noun) if c.dep_ == "nummod"), None)
        if noun.lemma_.lower() not in rules.test_series_nouns or count is None or noun.sent != verb.sent:
            continue
        mark = _mark(noun, verb)
        if mark is None:
            continue
        right = noun.right_edge
        own = _date_in(dates, noun.idx, right.idx + len(right))  # "three tests there on Monday"
        days = _days(mark)
        if own is not None and own.date is not None:
            date, date_text, how = own.date.value, own.text, f"its own date '{own.text}'"
        elif days is not None and event.date:
            day = dt.date.fromisoformat(event.date[:10]) + dt.timedelta(days=days)
            date, date_text, how = day.isoformat(), f"{abs(days)} day(s) {mark.text}", f"{days:+d} day(s) from the test"
        else:
            date, date_text, how = None, None, "no day of its own"
        clause = mark.head if mark.dep_ == "mark" else None
        subjects = [c for c in children(clause) if c.dep_ == "nsubj" and c.i != noun.i] if clause is not None else []
        named = [r for s in subjects for r in read((s.left_edge.idx, s.idx + len(s.text))) if r.country]
        actors = named or list(event.actor)
        if not actors:
            continue
        why = f"'{count.text} {noun.text}' after '{mark.text}': a test of the series told beside it ({how})"
        out.append(_member(event, count, noun, date, date_text, actors, why))
    return out


def _more_tests(event: Event, verb: Token, dates: Sequence[Mention]) -> list[Event]:
    """A count with "more" and a day of its own after it in the test's clause (the module's second rule)."""
    out = []
    sent_end = verb.sent.end_char
    for more in verb.subtree:
        count = more.head
        if more.lower_ != "more" or count.i == more.i or not count.like_num or count.idx < event.end_char:
            continue
        day = _date_in(dates, more.idx, sent_end)
        if day is None or day.date is None or day.date.value == event.date:
            continue
        why = f"'{count.text} more' with '{day.text}': a test of the series told beside it, on its own day"
        out.append(_member(event, count, more, day.date.value, day.text, event.actor, why))
    return out


def series_tests(event: Event, verb: Token, dates: Sequence[Mention], rules: CodeRules, read: Read) -> list[Event]:
    """The tests of the series told beside the test ``event`` of the verb ``verb`` (the module's rules)."""
    return [*_counted_tests(event, verb, dates, rules, read), *_more_tests(event, verb, dates)]


def answered_by_rival(event: Event, told: Sequence[Event]) -> Event:
    """The test ``event`` aimed at the rival whose show of force of its code, told before it (``told``) and aimed
    at the test's own country, answered it (the module's last rule); else ``event`` as it is."""
    own = countries_of(event.actor)
    if event.recipient or not own or None in own:
        return event
    for e in told:
        if e.cameo != event.cameo or not countries_of(e.recipient) & own:
            continue
        rivals = tuple(a for a in e.actor if a.country and a.country not in own)
        if rivals:
            why = f"recipient: the rival whose show of force ('{e.event_text}') answered the test, one exchange"
            return replace(event, recipient=rivals, reasons=(*event.reasons, why))
    return event
