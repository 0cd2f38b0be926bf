"""When: acts named by nouns, and acts counted from a thing a noun names (dates60).

Read by when/stage.py. Before, each act below had no date of its own and took the publication day, a
day the text does not give it (issue 11: honesty of dates).

A noun that names an act ("an end to its offensive", "talks", "a coup") takes the date of its
clause's verb when that verb has one of its own ("Sudan announced an end to its blockade on
Thursday": Thursday). It takes the same verb's date when the verb is dated by the time clause it
heads instead (:func:`time_clause_verb`): "accused Chad on Friday, a day after Sudan announced an end
to its blockade" (the end is Thursday's, as the announcing is). Not the noun of a verb that judges or
names an act told before (``labelling_verbs`` of code_rules: "a day after the council condemned the
raid"): the raid happened before the condemnation, on no day told here.

An act told by its distance in days from a thing the story has told, named by a definite noun
(:func:`days_from_told`, beside ``when/dating.hours_from_told``, which reads "hours after the vote"
and "the day before the clashes"): a count of days or weeks ("Two days before the takeover, the
commander warned ...", "rallied three days before the vote"), the eve of it ("On the eve of the
summit, the junta accused ...": the day before) and the day of it ("froze their assets on the day of
the invasion") give the act the day of the act the noun names, so shifted, when the story tells that
act with a day of its own (the caller looks it up: stage.named_day). A noun the story tells no dated
act for fixes nothing. The act a noun names may be told by a verb of another stem, with a particle, or by
the thing that did it (:func:`act_words`: "took over", "a bomb exploded").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from spacy.tokens import Token

from newsevents.lexicon import table
from newsevents.parse.syntax import clause_verb
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.resolve.date_words import NUMBER_WORDS
from newsevents.when.dating import day_of
from newsevents.when.offsets import subordinate_offset

_NOUNS = frozenset({"NOUN", "PROPN"})
_ORDER = {"after": 1, "before": -1}  # the act is after / before the thing's day
_UNITS = {"day": 1, "week": 7}
_ON_THE = {"eve": -1, "day": 0}  # "on the eve of the summit", "on the day of the invasion"
_OCCASION_PREPS = frozenset({"in", "at", "during"})  # "said in a televised address": the act's occasion
_KINDS = table("act_kinds")  # the words that name one kind of act (when/dating.names_act)


def time_clause_verb(tok: Token, judging: Collection[str]) -> Token | None:
    """The verb of the clause a noun-named act stands in, when that clause is a time clause that
    fixes a day from the verb it hangs on ("a day after X", "hours after X", "when X"): the noun
    shares that verb's date (module doc). None for a verb trigger, a noun at the root, a clause that
    is no time clause, or a verb that judges a told act (``judging``)."""
    if tok.pos_ not in _NOUNS or tok.head.i == tok.i:
        return None
    verb = clause_verb(tok.head)
    if verb is None or verb.i == tok.i or verb.lemma_.lower() in judging:
        return None
    return verb if subordinate_offset(verb) is not None else None


def definite(noun: Token | None, indefinite: Collection[str] = frozenset({"a", "an"})) -> bool:
    """Whether ``noun`` is a common noun told with a determiner or a possessive that is none of
    ``indefinite`` ("the talks", "that meeting", "its vote"; not "a meeting")."""
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and any(d.dep_ in {"det", "poss"} and d.lower_ not in indefinite for d in children(noun))
    )


def _count(unit: Token) -> int | None:
    """Days in "two days", "48 days", "a week"; None for another unit or no count ("days")."""
    per = _UNITS.get(unit.lemma_.lower())
    count = next((c for c in children(unit) if c.dep_ in {"det", "nummod"}), None)
    if per is None or count is None:
        return None
    n = int(count.text) if count.text.isdigit() else NUMBER_WORDS.get(count.lower_)
    return None if n is None or n > 31 else n * per


def pobj(prep: Token | None) -> Token | None:
    """The object of the preposition ``prep`` (None for no preposition or no object)."""
    return None if prep is None else next((g for g in children(prep) if g.dep_ == "pobj"), None)


def days_from_told(tok: Token) -> tuple[str, str, int] | None:
    """(the words, the noun's lemma, days from its day) of a phrase on the verb (or a verb coordinated
    with it) that counts the act in days from a thing named by a definite noun, or puts it on the eve
    or the day of that thing (module doc); None otherwise."""
    verbs = [tok, *(c for c in children(tok) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    for verb in verbs:
        for unit in (verb, *(u for u in children(verb) if u.dep_ == "npadvmod")):
            for prep in children(unit):
                noun = pobj(prep) if prep.dep_ == "prep" else None
                if noun is None:
                    continue
                if prep.lower_ in _ORDER and definite(noun):
                    near = (unit, *children(verb), *children(prep))  # "Two days before X": "days" under "before"
                    counted = [u for u in near if u.dep_ == "npadvmod" and prep.i - u.i == 1]
                    days = _count(counted[0]) if counted else None
                    if days is not None:
                        words = " ".join(t.text for t in tok.doc[counted[0].left_edge.i : noun.i + 1])
                        return words, noun.lemma_.lower(), days * _ORDER[prep.lower_]
                the = any(d.dep_ == "det" and d.lower_ == "the" for d in children(noun))
                if prep.lower_ == "on" and noun.lower_ in _ON_THE and the:
                    thing = pobj(next((p for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"), None))
                    if thing is not None and definite(thing):
                        words = " ".join(t.text for t in tok.doc[prep.i : thing.i + 1])
                        return words, thing.lemma_.lower(), _ON_THE[noun.lower_]
    return None


def occasion_noun(tok: Token, nouns: Collection[str]) -> tuple[str, str] | None:
    """(the words, the noun's lemma) of the definite noun of an occasion the verb's act is placed at, in
    or during ("fired tear gas during the clashes", "walked out of that meeting" through its particle,
    "accused him in the speech"), when ``nouns`` (lexicon ``occasion_act_nouns``) has it: the act is of
    the day of the act the noun names, when the story told that act with a day (the caller looks it up:
    stage.named_day). None for an indefinite noun ("during clashes", "at a rally": an occasion of its own)
    or another noun."""
    for head in (tok, *(c for c in children(tok) if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "out"))):
        for prep in children(head):
            # "walked out of the talks": "of" after "out", the occasion left
            left = prep.lower_ == "of" and prep.i > 0 and tok.doc[prep.i - 1].lower_ == "out"
            noun = pobj(prep) if prep.dep_ == "prep" and (prep.lower_ in _OCCASION_PREPS or left) else None
            if noun is None or noun.lemma_.lower() not in nouns or not definite(noun):
                continue
            return " ".join(t.text for t in tok.doc[prep.i : noun.i + 1]), noun.lemma_.lower()
    return None


def act_words(verb: Token) -> tuple[str, ...]:
    """The words that may name the act a verb tells, for a noun that names it told after (stage.named_day,
    by :func:`~newsevents.when.dating.names_act`): the verb's lemma; the lemma and its particle in one word
    ("the army took over on Nov 3": "the takeover"; "cracked down": "the crackdown"); the noun of its
    subject or of its agent, the thing that did it ("a bomb exploded", "was sunk by two bombs": "the
    bombing"; "voters rejected the plan": "the vote"; dates42); the noun of the occasion it was done in, at
    or during, when the lexicon's ``act_kinds`` gives it a kind ("said in a televised address on Sunday": "the
    speech"; dates44b; not "shot down a jet in a clash": a noun of fighting names too many acts)."""
    lemma = verb.lemma_.lower()
    words = [lemma, *(lemma + c.lower_ for c in children(verb) if c.dep_ == "prt")]
    for c in children(verb):
        if c.dep_ == "nsubj" and c.pos_ == "NOUN":
            words.append(c.lemma_.lower())
        elif c.dep_ == "agent":
            words.extend(g.lemma_.lower() for g in children(c) if g.dep_ == "pobj" and g.pos_ == "NOUN")
        elif c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS:  # only a noun of a kind: "in a televised address"
            words.extend(g.lemma_.lower() for g in children(c) if g.dep_ == "pobj" and g.lemma_.lower() in _KINDS)
    return tuple(words)


def not_after(date: ClauseDate | None, pub: dt.date | None) -> ClauseDate | None:
    """A day counted from a told act for a past act, unless it falls after publication ("a week after
    the raid" counted from a raid told days ago): the story cannot tell a later day as done."""
    day = day_of(date) if date is not None else None
    return None if day is not None and pub is not None and day > pub else date
