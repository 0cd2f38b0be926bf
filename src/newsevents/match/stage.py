"""Stages: match (the verb-frame dictionary on every frame) and told (the own date of an act a
judging verb tells as done). See matching.py."""

from __future__ import annotations

from dataclasses import replace

from newsevents.match.matching import (
    background,
    decided_act,
    judging_verb,
    match_frame,
    own_dates,
    protest_by_party,
    told_act,
)
from newsevents.match.objects import object_classes
from newsevents.match.synonyms import synonyms
from newsevents.progress import Matched
from newsevents.work import Resources, StageFunc, Work, register


@register("match", requires=("frames",), sets=("matches",))
def make_match(res: Resources) -> StageFunc:
    frames, rules, table, objects = res.frames, res.rules, synonyms(), object_classes()

    def match(work: Work) -> None:
        doc = work.doc
        is_frame = {info.token_i for _, info in work.frames}.__contains__
        out = []
        for frame, info in work.frames:
            tok = doc[info.token_i]
            found, why = match_frame(frame, tok, frames, rules, table, objects)
            setting = background(tok, info, rules, is_frame) and not (info.noun and protest_by_party(tok, found))
            out.append(Matched(info.token_i, found, setting, why))
        at = {m.token_i: m.match for m in out}
        for k, m in enumerate(out):  # "agreed on Monday to impose sanctions": the sanction decided
            act = decided_act(doc[m.token_i], m.match, at.get)
            if act is not None:
                out[k] = replace(m, match=act, why=f"the act decided by '{doc[m.token_i].text}'")
        final = {m.token_i: m.match for m in out}
        for k, (_, info) in enumerate(work.frames):  # "Chad condemned an airstrike by ...": told as done
            verb = judging_verb(doc, info)
            if verb is not None and told_act(info, out[k].match, final.get(verb.i), rules):
                out[k] = replace(out[k], judged=True)
        work.matches = out

    return match


@register("told", requires=("frames", "matches"), sets=("frames",))
def make_told(res: Resources) -> StageFunc:
    def told(work: Work) -> None:
        doc = work.doc
        for k, (frame, info) in enumerate(work.frames):
            if work.matches[k].judged:  # the match stage's decision (Matched.judged)
                work.frames[k] = (replace(frame, date_spans=own_dates(frame, doc[info.token_i])), info)

    return told
