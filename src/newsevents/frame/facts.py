"""Frame facts that need more than one clause: the order frames are read in, planned and claimed
modality, and the date of a frame's own clause.

The frame stage writes these facts into the frames themselves, so that ``CodedArticle.frames``
(what ``newsevents analyze`` shows) is what the events were built from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.clauses import SIMULTANEOUS_MARKS, claimed, own_clause, shared_setting
from newsevents.code.rules import CodeRules
from newsevents.frame.frames import VerbInfo
from newsevents.parse.syntax import to_infinitive
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.records import DateInfo, Frame
from newsevents.resolve.dates import normalize


def coding_order(doc: Doc, frames: Sequence[tuple[Frame, VerbInfo]]) -> list[int]:
    """Indices of ``frames`` in the order they are read: sentence by sentence, and within a
    sentence a clause before the clauses below it (a head is always read before its dependents)."""
    depth = [sum(1 for _ in doc[info.token_i].ancestors) for _, info in frames]
    return sorted(range(len(frames)), key=lambda k: (frames[k][0].sentence_index, depth[k]))


def revise_modality(doc: Doc, frames: list[tuple[Frame, VerbInfo]], rules: CodeRules) -> None:
    """Planned acts ("agreed to withdraw": future), acts declined ("refused to withdraw",
    "failed to reach an agreement": negated) and claims ("claimed that they had attacked",
    "reportedly shelled": reported), written into ``frames`` in place. A head is revised before
    its dependents, so "agreed to try to withdraw" is planned all the way down."""
    at = {info.token_i: k for k, (_, info) in enumerate(frames)}
    for k in coding_order(doc, frames):
        frame, info = frames[k]
        tok = doc[info.token_i]
        verb_k = at.get(tok.head.i) if info.noun and tok.dep_ in {"dobj", "obj"} else None
        if (
            verb_k is not None
            and frame.modality == "asserted"
            and frames[verb_k][0].modality == "future"
            and tok.head.head.lemma_.lower() not in rules.scheduled_heads
        ):
            # "hoped to start food drops", "plans to begin a pullout": an event noun whose verb is planned
            # is planned with it (its verb was read first); not an act scheduled or expected ("is expected
            # to announce its recognition"), which keeps its own code
            frame = replace(
                frame,
                modality="future",
                tense="future",
                reasons=(*frame.reasons, f"modality: planned (its verb '{tok.head.text}')"),
            )
        head = tok.head
        head_k = at.get(head.i)
        head_frame = frames[head_k][0] if head_k is not None else None
        if tok.dep_ == "pcomp" and head.lower_ == "to":  # "is committed to resuming talks"
            head = head.head
            head_k = at.get(head.i)
            head_frame = frames[head_k][0] if head_k is not None else None
        planned = head.lemma_.lower() in rules.future_heads or (
            head_frame is not None and head_frame.modality == "future"
        )
        to_clause = (
            tok.dep_ == "xcomp"
            # a to-infinitive, not a clause with a "to" phrase ("would send troops after rioters set
            # fire to buildings": the riot is told as done, not planned)
            or (tok.dep_ == "advcl" and to_infinitive(tok))
            or (tok.dep_ == "pcomp" and tok.head.lower_ == "to")
        )
        if to_clause and planned and frame.modality == "asserted":
            frame = replace(
                frame,
                modality="future",
                tense="future",
                reasons=(*frame.reasons, f"modality: planned ('{head.text} to ...')"),
            )
        refused = tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and to_infinitive(tok))  # "declined on Monday to ..."
        if refused and head.lemma_.lower() in rules.negating_heads and frame.modality == "asserted":
            # "declined to resign", "failed to reach an agreement": the act did not happen (or will not)
            tense = head_frame.tense if head_frame is not None else frame.tense
            # "declined on Monday to endorse": the refusal's date is the verb's
            dates = frame.date_spans or (head_frame.date_spans if head_frame is not None else ())
            frame = replace(
                frame,
                modality="negated",
                negated=True,
                tense=tense,
                date_spans=dates,
                reasons=(*frame.reasons, f"modality: negated ('{head.text} to ...')"),
            )
        claim = claimed(tok, rules)
        if claim and frame.modality == "asserted":
            frame = replace(frame, modality="reported", reasons=(*frame.reasons, f"modality: reported ({claim})"))
        frames[k] = (frame, info)


def share_settings(doc: Doc, frames: list[tuple[Frame, VerbInfo]]) -> None:
    """'police arrested 40 people in Nairobi on Tuesday as thousands marched on parliament': the
    clause of "as", "while", "when" with its own subject happens when and where its head clause
    does (clauses.shared_setting), and so does a participle on the subject or object of a clause
    ("a convoy carrying food reached Sittwe on Monday"); written into ``frames`` in place, heads
    first."""
    at = {info.token_i: k for k, (_, info) in enumerate(frames)}
    for k in coding_order(doc, frames):
        frame, info = frames[k]
        tok = doc[info.token_i]
        if own_clause(tok) and any(c.lower_ in SIMULTANEOUS_MARKS for c in children(tok)):
            head_k = at.get(tok.head.i)
            frames[k] = (shared_setting(frame, frames[head_k][0] if head_k is not None else None, tok), info)
        elif not info.noun and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.head.i != tok.head.i:
            # "a UN convoy carrying food reached Sittwe on Monday": the participle happens when and
            # where the clause of the noun it modifies does
            head_k = at.get(tok.head.head.i)
            frames[k] = (shared_setting(frame, frames[head_k][0] if head_k is not None else None, tok.head), info)


OBLIGATION_MODALS = ("must", "should")  # an act owed, still to come (Frame.modal)


def clause_date(frame: Frame, text: str, pub: dt.date | None) -> ClauseDate:
    """The first date mention of the frame's own clause, normalised with the clause's tense;
    without one, the publication date (precision ``publication``)."""
    # "must hand back the district by November 20": an act owed is still to come, so a date without
    # a year or a bare weekday is read forwards
    obliged = frame.modal in OBLIGATION_MODALS
    tense = "future" if frame.modality == "hypothetical" and frame.tense == "present" and obliged else frame.tense
    for span in frame.date_spans:
        words = text[span[0] : span[1]]
        info = normalize(words, pub, tense)
        if info is not None:
            return ClauseDate(info, words, f"date '{words}' in the event's clause ({info.reason})")
    if pub is not None:
        return ClauseDate(
            DateInfo(pub.isoformat(), "publication", None, "publication date"),
            None,
            "no date in the event's clause: publication date",
        )
    return ClauseDate(None, None, "no date in the event's clause and no publication date")
