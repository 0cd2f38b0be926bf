"""When: an act tied in its own words to an act the story told before (dates45).

Read by when/stage.py, beside ``when/dating.hours_from_told`` and ``when/nountime.days_from_told``, and
like them only for a past act that has no date of its own (its date would be the publication day). Each
function gives (the words, the lemma of the noun that names the act told before, days from its day); the
caller looks up the day of the last act told before that the noun names (stage.named_day) and gives nothing
when the story dated no such act to a day.

* **A statement told right after an act** (:func:`statement_after`): a statement or a reaction (the caller
  passes only a verbal act, CAMEO quad classes 1 and 3) told "after" or "following" a definite noun that
  names an act, on its verb ("accused the rebels after the talks"), on the noun of the statement it was
  made in ("said in a statement after the vote") or on a participle of that noun ("in a statement issued
  after the meeting"): the day of that act. A material act told "after the vote" may come days later, and
  a noun told with "a" ("after a meeting") is an occasion of its own: neither is read.
* **An act told before or after a pronoun** (:func:`pronoun_anchor`): "held talks with him before it",
  "the day after it", "hours after that": the pronoun names the nearest act noun told before it, in its
  sentence outside the act's own clause or in the sentence before (``act_kinds`` and
  ``occasion_act_nouns`` of the lexicon: "who followed the speech ... before it"). A bare "before it" is the
  same day, as a bare "before X" clause is; a bare "after it" only for a statement, as above; "the day
  after it" a day later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON, table
from newsevents.parse.syntax import clause_verb
from newsevents.parse.tree import children, span_at
from newsevents.progress import ClauseDate
from newsevents.records import Frame, Mention
from newsevents.when.narrative import told_day
from newsevents.when.newsday import clause_of, tells_other_time
from newsevents.when.nountime import definite, pobj

_AFTER = frozenset({"after", "following"})
_PRONOUNS = frozenset({"it", "that", "this"})
_HOURS = frozenset({"hour", "minute", "moment"})
_SOON = frozenset({"shortly", "soon", "just", "immediately"})
_STATEMENT_PREPS = frozenset({"in", "at", "during"})  # "in a statement issued after the talks"
_ACT_NOUNS = frozenset(table("act_kinds")) | frozenset(LEXICON["occasion_act_nouns"])


_INDEFINITE = frozenset({"a", "an", "another", "any"})  # "after another meeting" names no act told before


def statement_after(tok: Token) -> tuple[str, str, int] | None:
    """A statement told after a definite noun that names an act (module doc): (words, lemma, 0)."""
    holders = [tok]
    for c in children(tok):
        if c.dep_ == "prep" and c.lower_ in _STATEMENT_PREPS and (noun := pobj(c)) is not None:
            holders.append(noun)  # "said in a statement after the vote"
            holders.extend(p for p in children(noun) if p.dep_ == "acl" and p.tag_ == "VBN")  # "... issued after"
    for holder in holders:
        for prep in children(holder):
            noun = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in _AFTER else None
            if noun is None or not definite(noun, _INDEFINITE) or noun.lemma_.lower() not in _ACT_NOUNS:
                continue
            if any(c.dep_ in {"npadvmod", "advmod"} for c in children(prep)):
                return None  # "two days after the vote", "long after": counted, not right after
            return " ".join(t.text for t in tok.doc[prep.i : noun.i + 1]), noun.lemma_.lower(), 0
    return None


def _antecedent(pronoun: Token, trigger: Token) -> Token | None:
    """The nearest definite act noun told before the pronoun, in its sentence outside the act's own
    clause (not "held talks ... before it": the act itself) or in the sentence before."""
    doc = pronoun.doc
    start = pronoun.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    for i in range(pronoun.i - 1, before - 1, -1):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACT_NOUNS or not definite(noun, _INDEFINITE):
            continue
        if i >= start and clause_verb(noun) is not None and clause_verb(noun) == trigger:
            continue  # a noun of the act's own clause: the act, not what it is timed by
        return noun
    return None


def pronoun_anchor(tok: Token, statement: bool) -> tuple[str, str, int] | None:
    """An act timed by "before it", "after that", "hours after it", "the day after it" on its verb
    (module doc): (words, the lemma of the noun the pronoun names, days from its day). ``statement``: the
    act is a statement, which a bare "after it" dates."""
    for prep in children(tok):
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "after"}:
            continue
        pronoun = pobj(prep)
        if pronoun is None or pronoun.lower_ not in _PRONOUNS or pronoun.pos_ not in {"PRON", "DET"}:
            continue
        near = [u for u in (*children(prep), *children(tok)) if u.dep_ == "npadvmod" and u.i == prep.i - 1]
        soon = any(a.dep_ == "advmod" and a.lower_ in _SOON for a in children(prep))
        the_day = bool(near) and near[0].lemma_.lower() == "day" and any(d.lower_ == "the" for d in children(near[0]))
        if near and not the_day and near[0].lemma_.lower() not in _HOURS:
            continue  # "two days after it", "a week before it": counted in units not read here
        if the_day:
            days = 1 if prep.lower_ == "after" else -1  # "the day after it"
        elif near or soon or prep.lower_ == "before" or statement:
            days = 0  # "hours after it", "shortly before it", "before it", a statement "after it"
        else:
            continue  # a bare "after it" of a material act: maybe days later; "two days after it": not read
        noun = _antecedent(pronoun, tok)
        if noun is None:
            return None
        first = near[0].left_edge.i if near else prep.i
        return " ".join(t.text for t in tok.doc[first : pronoun.i + 1]) + f" ('{noun.text}')", noun.lemma_.lower(), days
    return None


_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def pronoun_subject(tok: Token) -> Token | None:
    """The pronoun subject ("it", "they", "he", "she") of the act's verb, or of the first verb of its list
    of acts ("They imposed a curfew and deployed armoured columns"), at the root of its
    sentence; None for a noun subject, none, or a clause inside another."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in _SUBJECTS for c in children(verb)):
        verb = verb.head
    if verb.dep_ != "ROOT":
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ in _SUBJECT_PRONOUNS else None


def pronoun_day(
    tok: Token,
    frame: Frame,
    match: FrameMatch | None,
    dates: Sequence[Mention],
    pub: dt.date | None,
    other_time: Collection[str],
) -> ClauseDate | None:
    """The day of a material act (CAMEO quad classes 2 and 4, root 04) of a sentence that names no date, told
    of a pronoun subject (:func:`pronoun_subject`) right after a sentence whose main clause names one day of a
    past act (``when/narrative.told_day``): "Army chiefs announced on Saturday that ... They declared a state
    of emergency" (Saturday). The pronoun takes up the doer the sentence before told of, and the sentence
    runs on with its day, an older day too (the narrative run carries only the day before the news). Not a
    statement (the story's reaction, of its own day), nor an act told with a time of its own (a past perfect, a
    modal, "after X": ``when/newsday.tells_other_time``), nor a day that names a thing or is told in a
    reported clause ("said it had acted over fraud in a Nov. 8 election"). None otherwise."""
    if frame.tense != "past" or frame.modality not in {"asserted", "negated"} or match is None or match.code is None:
        return None
    if not (match.code.quad_class in {2, 4} or match.code.root == "04"):
        return None
    if pronoun_subject(tok) is None or tells_other_time(tok, other_time):
        return None
    if any(m.sentence_index == frame.sentence_index and m.date is not None for m in dates):
        return None  # a sentence that names a time of its own
    last = told_day(tok.doc, [m for m in dates if m.sentence_index == frame.sentence_index - 1])
    if not isinstance(last, tuple) or (pub is not None and last[0] > pub) or last[1].date is None:
        return None
    day, m = last[1].date, last[1]
    words = span_at(tok.doc, m.start_char, m.end_char)
    if words is None or clause_of(words.root).dep_ != "ROOT":
        return None  # "said that it had acted over fraud in a Nov. 8 election": no day of the sentence's act
    why = f"no date in the event's sentence: its pronoun subject's act told the sentence before ('{m.text}', "
    why += f"{day.reason})"
    return ClauseDate(dataclasses.replace(day, reason=why), None, why, from_news=True)


_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
_TOLD_WITH = frozenset({"at", "during", "in", "after", "following"})  # "detained on Sunday after a meeting"


def noun_told(doc: Doc, token_i: int, words: str, lemma: str) -> Token | None:
    """The verb a thing named with a demonstrative ("walked out of that meeting", "hours after this
    summit") was told with before, when the story told it only as a noun: the verb whose phrase "at",
    "during", "in", "after" or "following" holds the last noun of that lemma in a sentence before ("had been
    detained on Sunday after a brief meeting with him at a hotel"): the thing is of that verb's day (a bare
    "after" is the day of its head, as a time clause's is). None for a phrase with no demonstrative (``words``,
    the phrase that names the thing: "the talks" may be other talks), or no such noun."""
    if not _DEMONSTRATIVES & {w.lower() for w in words.split()}:
        return None
    start = doc[token_i].sent.start
    for i in range(start - 1, -1, -1):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() != lemma:
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in _TOLD_WITH or prep.head.pos_ not in {"VERB", "AUX"}:
            return None  # the last such noun, told otherwise
        return prep.head
    return None
