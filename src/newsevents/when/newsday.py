"""When: the day an act with no date of its own was told on, from its sentence or its story's lead.

Two regularities of news writing, used only where the when stage found no date at all for a past
act (its date would be the publication day, precision ``publication``):

* **The sentence's day** (:func:`sentence_day`): a news sentence tells one occasion, and a day it
  names in the clause that holds the act ("Two mines sank the ferry in the harbour late on Monday";
  "Police fired tear gas on Friday at farmers who marched on the parliament") is the
  act's day, though the parser may hang the date where the clause's own date is not looked for.
  Not a day of another clause ("Ms Okafor, who met the rebels on March 3, accused the army ..."), not one that
  names a thing ("the November 8 election"), not one in a participle clause ("..., citing fraud in
  the November 8 election"), and not across words that tell another time of the act
  (``other_time_words`` in data/code_rules.yaml: "a day after X", "since", "until"), a past perfect
  ("who had seized"), a modal ("would impose") or an infinitive describing a noun ("the first
  country to recognise the new state"): those acts have another day, or none told. A day that is the
  publication day leaves the default as it is.
* **The story's day** (:func:`story_day`, :func:`lead_day`): a wire story's lead (its first two
  sentences) tells the day of the news, mostly the day before publication: the first date it names,
  not one of a planned act ("... on Sunday"); a past act told in a sentence that names no date is news of
  that day ("Voters narrowly rejected a new constitution in a referendum on Sunday. The opposition
  leader led a protest march through the capital": Sunday). Only a day at most ``LEAD_WINDOW_DAYS``
  before publication: an older day in the lead is background, not the story's news.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from newsevents.frame.facts import clause_date
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, span_at
from newsevents.progress import ClauseDate
from newsevents.records import Frame, Mention
from newsevents.when.dating import that_year
from newsevents.when.naming import modifier_date

_SPEECH = LEXICON["speech_verbs"]
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
LEAD_SENTENCES = 2  # the lead: the story's first two sentences
LEAD_WINDOW_DAYS = 1  # the story's day is the day before publication (a wire story's news day)


def clause_of(tok: Token) -> Token:
    """The head of the clause a word stands in: the first verb above it (itself included) with a
    subject or a subordinator of its own, a relative clause, a participle clause, or the root."""
    t = tok
    while t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"} and (
            t.dep_ == "relcl"
            or (t.dep_ == "advcl" and t.tag_ in {"VBG", "VBN"})  # "..., citing fraud in the November 8 election"
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children(t))
        ):
            return t
        t = t.head
    return t


def tells_other_time(tok: Token, words: Collection[str], perfect: bool = True) -> bool:
    """A word on the way up from the act that tells another time than its clause's day: a time word
    ("after", "since", "until") as the word itself, as a child of it, or under a count of days ("a
    day after"); a past perfect ("had seized"); a modal ("would impose"); an infinitive describing a
    noun ("Costa Rica, the first country to recognise the new state, opened an embassy on Monday":
    the recognition may be years before)."""
    if tok.lower_ in words:
        return True
    if (
        tok.dep_ in {"relcl", "acl"}
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))
    ):
        return True  # "the first country to recognise X": a description of the noun, of no time of its own
    for c in children(tok):
        if c.dep_ in {"mark", "prep", "advmod"} and c.lower_ in words:
            return True
        if c.dep_ == "npadvmod" and any(p.lower_ in words for p in children(c)):
            return True
        if c.dep_ == "aux" and (c.tag_ == "MD" or (perfect and c.lemma_ == "have" and c.tag_ == "VBD")):
            return True
    return False


def _under(tok: Token, clause: Token, words: Collection[str]) -> bool:
    """Whether ``tok`` stands in ``clause`` (its head or below it) with nothing between that tells
    another time."""
    t, own_past = tok, False
    while t.i != clause.i:
        if tells_other_time(t, words, perfect=not own_past):
            return False
        if t.head.i == t.i:
            return False  # not under the clause
        # "declared on Sunday that the union had ceased to exist and agreed to form ...": a simple past
        # with no auxiliary of its own, coordinated with a past perfect, does not share its "had"
        own_past = t.dep_ == "conj" and t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in children(t))
        t = t.head
    return not (tok.i == clause.i and tells_other_time(tok, words))


def _same_occasion(trigger: Token, clause: Token, words: Collection[str], told_after: Collection[str]) -> bool:
    """A restrictive relative clause in the simple past or the past progressive on a noun told after the act, in
    the act's own clause: "fired tear gas at students who blocked the road on Tuesday", "arrested hundreds of
    protesters who were marching across the bridge on Saturday", also through a verb of saying told inside it,
    "struck a boat that officials said was carrying drugs on Tuesday" (dates51). The date at the end of the
    sentence hangs on either clause, and the relative clause picks out the act's participant by what it did on
    that occasion, so it tells the act's day. Not a clause set off by a comma ("Ms Okafor, who met them on March
    3, accused ..."), not one told in the past perfect or with a time word of its own ("who had marched", "who
    marched after ..."), not a noun before the act other than the act's own subject (:func:`_doers`; "troops
    fired on the men who had seized the town", not "the sailors of the ship that sank on Monday were rescued"),
    and not an act that judges or reports (``told_after``: "condemned the rebels who attacked the convoy on
    Monday" may come days later)."""
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and clause.head.lemma_.lower() in _SPEECH:
        if tells_other_time(clause, words):
            return False  # "a boat that officials said had carried drugs on Tuesday": an earlier time
        clause = clause.head  # "struck a boat that officials said was carrying drugs on Tuesday"
    progressive = clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in children(clause)
    )
    if clause.dep_ != "relcl" or not (clause.tag_ == "VBD" or progressive) or tells_other_time(clause, words):
        return False
    noun = clause.head
    if trigger.lemma_.lower() in told_after or (noun.i <= trigger.i and not _doers(noun, clause, trigger)):
        return False
    before = clause.left_edge.i - 1
    if before < 0 or clause.doc[before].text in {",", "(", "-", "--", "\u2014", "\u2013"}:
        return False  # a clause set off by punctuation: an aside, another time
    return _under(noun, clause_of(trigger), words) and _under(trigger, clause_of(trigger), words)


def _doers(noun: Token, clause: Token, trigger: Token) -> bool:
    """Whether a relative clause tells of the act's own subject, told before the act: "Hamas gunmen who burst
    through the fence on Saturday killed hundreds and took hostages", "Officers who seized power on Sunday
    detained the president" (dates53): the clause picks out the doers by what they did on the occasion the
    act is part of. The act's verb or the verb it shares its subject with."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in _SUBJECTS for c in children(verb)):
        verb = verb.head  # "... killed hundreds and took hostages": the subject of the first verb
    return noun.dep_ == "nsubj" and noun.head.i == verb.i and clause.right_edge.i < trigger.i


def sentence_day(
    doc: Doc, text: str, frame: Frame, trigger: Token, dates: Sequence[Mention], pub: dt.date | None,
    words: Collection[str], told_after: Collection[str] = (),
) -> ClauseDate | None:  # fmt: skip
    """The one day the act's sentence names in the clause that holds the act (module docstring);
    None when the sentence names no such day, or two different ones."""
    if pub is None or frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
        return None
    if trigger.pos_ not in {"VERB", "AUX"}:
        return None  # an act named by a noun ("condemned an airstrike on Monday") is told as done before
    found: dict[str, ClauseDate] = {}
    for m in dates:
        if m.sentence_index != frame.sentence_index:
            continue
        span = (m.start_char, m.end_char)
        if modifier_date(doc, span, trigger) or that_year(text, span) is not None:
            continue
        date = clause_date(dataclasses.replace(frame, date_spans=(span,)), text, pub)
        info = date.info
        if info is None or info.precision != "day" or info.value > pub.isoformat():
            continue
        span_words = span_at(doc, span[0], span[1])
        names = span_words is not None and span_words.root.head.i >= span_words.end
        if names and span_words is not None and span_words.root.head.pos_ in {"NOUN", "PROPN"}:
            continue  # "the November 8 election" names the election
        clause = clause_of(span_words.root) if span_words is not None else None
        if clause is None or not (_under(trigger, clause, words) or _same_occasion(trigger, clause, words, told_after)):
            found[info.value] = ClauseDate(None, None, "")  # a day of another clause: not this act's
        found.setdefault(info.value, date)
    days = [d for d in found.values() if d.info is not None]
    if len(found) != 1 or len(days) != 1 or days[0].info is None or days[0].info.value == pub.isoformat():
        return None  # none, two days, or the publication day: the default stands (precision publication)
    day = days[0]
    assert day.info is not None
    why = f"date '{day.text}' of the sentence, in the clause that holds the act ({day.info.reason})"
    return ClauseDate(day.info, None, why)  # no words of the act's own: a retelling may still be merged


def planned(clause: Token) -> bool:
    """A clause told with a modal ("will release the pilot on Friday", "would meet on Monday")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(clause))


def story_day(doc: Doc, dates: Sequence[Mention], pub: dt.date | None) -> ClauseDate | None:
    """The story's day told in its lead (module docstring): the first date the lead names, passing
    over one of a planned act ("will release the pilot on Friday"), when that is a day at most
    ``LEAD_WINDOW_DAYS`` before publication; None otherwise (a lead on the publication day, an older
    day, a month or a year, a night: "dissolved Congress on Sunday night ... Opposition leaders called
    the move a coup" tells Monday's reactions)."""
    if pub is None:
        return None
    for m in sorted(dates, key=lambda m: m.start_char):
        if m.sentence_index >= LEAD_SENTENCES:
            return None
        words = span_at(doc, m.start_char, m.end_char)
        if m.date is None or words is None or planned(clause_of(words.root)):
            continue
        if m.date.precision != "day" or "night" in m.text.lower():
            return None  # "on Sunday night": the night runs into the next day, the story's (the default)
        try:
            day = dt.date.fromisoformat(m.date.value)
        except ValueError:
            return None
        if not pub - dt.timedelta(days=LEAD_WINDOW_DAYS) <= day < pub:
            return None
        why = f"no date in the event's clause: the story's day, told in its lead ('{m.text}', {m.date.reason})"
        return ClauseDate(dataclasses.replace(m.date, reason=why), None, why)  # no words of the act's own
    return None


def lead_day(
    frame: Frame, trigger: Token, dates: Sequence[Mention], story: ClauseDate | None, words: Collection[str]
) -> ClauseDate | None:
    """The story's day (:func:`story_day`) for a past act of a sentence that names no date (so not
    the one the day is told in), told with no time of its own (:func:`tells_other_time`: a past perfect,
    "two hours after a vote"); None otherwise."""
    if story is None or frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
        return None
    if any(m.sentence_index == frame.sentence_index and m.date is not None for m in dates):
        return None  # a sentence that tells a time of its own ("two days after the coup"): not the lead's
    if tells_other_time(trigger, words):
        return None  # "had seized", "two hours after a vote": a time of its own, before or after the news
    # told by no words of the act's: it lends itself to no later act ("also", "the next day") nor a retelling
    return ClauseDate(story.info, None, story.why, from_news=True)


# prepositions that place an occasion at its clause's act ("shook hands at the first meeting", "agreed
# during a visit", "agreed after talks with X": a bare "after", the same day as for a time clause)
_OCCASION_PREPS = frozenset({"at", "during", "on", "in", "after", "amid", "throughout"})


def occasion_verb(noun: Token, occasions: Collection[str], holding: Collection[str]) -> Token | None:
    """The verb whose clause holds a meeting noun as its occasion: the object of a verb that holds it
    ("opened a three-day summit in Oslo on Friday"; ``holding``: lexicon ``occasion_verbs``, not "called
    off the talks", "condemned the summit") or the object of a preposition that places the act at it
    ("shook hands in Hanoi on Saturday at the first meeting between the two", "agreed on Monday to cut
    tariffs during a visit by the premier", "agreed on Sunday to withdraw the troops after talks with
    X"; not "flew in on Monday for talks": a purpose, maybe days on); a to-infinitive leads to the verb
    it completes. A meeting noun names the occasion the clause tells, so it has the clause's day. None
    for another noun (``occasions``: lexicon ``occasion_nouns``; "condemned an airstrike on Monday"
    tells an act done before), a meeting counted from ("two days after talks"), or one of another
    clause."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in occasions:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in holding:
        return None
    t = noun
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ not in _OCCASION_PREPS or prep.dep_ != "prep":
            return None
        if any(c.dep_ == "npadvmod" for c in (*children(prep), *children(prep.head))):
            return None  # "two days after talks", "a day after the summit": counted, another day
        t = prep.head
    elif t.dep_ != "dobj":
        return None
    else:
        t = t.head
    if t.pos_ != "VERB":
        return None
    while t.dep_ in {"xcomp", "advcl"} and t.tag_ == "VB" and t.head.i != t.i and t.head.pos_ == "VERB":
        if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
            break
        t = t.head  # "agreed on Sunday to take steps after talks": the agreement's clause
    return t
