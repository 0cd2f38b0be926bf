"""Why a matched event never reached the output: a read-only count over the stages' records.

    python scripts/dropped_causes.py GOLD.jsonl [GOLD.jsonl ...] [--list]

For every missed required group of the gold files (the scorer's own test: no output event of the
group's type in its sentence), the frames of its sentence whose trigger stands inside the gold
evidence (every frame of the sentence where the evidence is not found) and whose dictionary match
(or the derive stage's) has one of the group's types. For each such frame, the step that dropped
it: the coder's decision is read by tracing which ``continue`` of ``_ArticleCoder.run`` the frame
left by (its ``if`` line names the cause); an event made and lost later is "made, lost after
code" (the backoff or dedupe stages). A frame without an actor says which phrase the frame had
and how it was read. Groups whose sentence has a right-type match nowhere are counted as "no
right-type match" (a wrong type or no pattern: not this count's business).

Nothing is changed: the pipeline's stages run as ``Pipeline.code_doc`` runs them, on a Work kept
for reading.
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

from newsevents.code import coder as coder_mod
from newsevents.code.stances import told_in_clause
from newsevents.evaluate.scorer import Scores, _types, score_events
from newsevents.parse.tree import open_index, release
from newsevents.pipeline import Pipeline
from newsevents.read.gold import read_gold
from newsevents.read.readers import ReadOptions, ReadProblem, _article_from_record
from newsevents.work import Work

RUN_CODE = coder_mod._ArticleCoder.run.__code__
SRC, FIRST = inspect.getsourcelines(coder_mod._ArticleCoder.run)


def _cause_of_line(lineno: int) -> str:
    """The ``if`` a ``continue`` at ``lineno`` belongs to, in words of the source."""
    k = lineno - FIRST
    line = SRC[k].strip()
    if not line.startswith("continue"):
        return f"line {lineno}: {line[:70]}"
    indent = len(SRC[k]) - len(SRC[k].lstrip())
    for j in range(k - 1, -1, -1):
        s = SRC[j]
        if s.strip() and len(s) - len(s.lstrip()) < indent:
            return s.strip()[:90]
    return line


class Tracer:
    """The lines of ``_ArticleCoder.run`` each frame (local ``k``) went through."""

    def __init__(self) -> None:
        self.last: dict[int, int] = {}

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is not RUN_CODE:
            return None
        return self.local

    def local(self, frame: FrameType, event: str, arg: Any) -> Any:
        at_loop = SRC[frame.f_lineno - FIRST].lstrip().startswith("for k in")
        if event == "line" and "k" in frame.f_locals and not at_loop:
            self.last[frame.f_locals["k"]] = frame.f_lineno
        return self.local


def code_keeping(pipe: Pipeline, article: Any) -> tuple[Work, Any, dict[int, int], list[Any]]:
    doc = pipe.res.nlp(article.text)
    work = Work(article=article, doc=doc, coded_date=pipe.coded_date, index=open_index(doc))
    tracer = Tracer()
    made: list[Any] = []
    try:
        for st, func in pipe._stage_funcs():
            if st.name == "code":
                sys.settrace(tracer)
                try:
                    func(work)
                finally:
                    sys.settrace(None)
                made = list(work.events)
            else:
                func(work)
        coded = work.freeze()
    finally:
        release(doc)
    return work, coded, tracer.last, made


def no_actor_detail(work: Work, k: int) -> str:
    frame, info = work.frames[k]
    text = work.article.text
    spans = [text[a:b] for a, b in frame.actor_spans]
    cast = work.participants[k]
    if info.noun and not spans:
        return "event noun, no agent phrase"
    if not spans:
        if frame.passive:
            return "agentless passive"
        return f"no actor phrase ({frame.subject_how or 'no subject'})"
    words = " | ".join(spans)
    low = words.lower().split()
    if len(low) == 1 and low[0] in {"he", "she", "they", "it", "we", "i", "who", "which", "that", "them"}:
        return f"pronoun '{low[0]}'"
    why = "; ".join(w for p in cast.phrases for w in p.why)[:60]
    return f"phrase resolved to nothing ({frame.subject_how[:40] or '-'}): '{words[:50]}' {why}"


def main(argv: list[str]) -> None:
    listing = "--list" in argv
    files = [a for a in argv if not a.startswith("--")]
    pipe = Pipeline()
    causes: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for path in files:
        name = Path(path).parent.name if "blind" in path else Path(path).stem
        opts = ReadOptions()
        for rec in read_gold(Path(path)):
            art = _article_from_record({**rec, "id": rec.get("id") or None}, path, opts)
            if isinstance(art, ReadProblem):
                continue
            if not any(g.get("event") for g in rec.get("events") or []):
                continue
            work, coded, last, made = code_keeping(pipe, art)
            offset = len(rec["text"]) - len(coded.article.text)
            s = Scores()
            score_events(rec, coded, offset, s)
            missed = s.report[-1].split("; missed ")[1].split("; extra")[0]
            if missed == "-":
                continue
            out_ids = {e.id for e in coded.events}
            for g in [g for g in rec["events"] if g.get("event") and not g.get("optional")]:
                gname = g.get("group") or g["id"]
                if f"'{gname}'" not in missed:
                    continue
                types = _types(g)
                ev = g.get("evidence") or ""
                pos = rec["text"].find(ev) if ev else -1
                span = (pos - offset, pos - offset + len(ev)) if pos >= 0 else None
                hits = []
                for k, (frame, _info) in enumerate(work.frames):
                    if span is not None and not (span[0] <= frame.trigger_start < span[1]):
                        continue
                    m = work.matches[k].match
                    d = work.derived[k].match
                    mt = m.code.plover if m is not None and m.code is not None else None
                    dt = d.code.plover if d is not None and d.code is not None else None
                    if mt in types or dt in types:
                        hits.append((k, frame, mt, dt))
                if not hits:
                    causes["(no right-type match at the trigger)"] += 1
                    continue
                # one cause a group: the frame that got furthest (made an event) first
                best = None
                for k, frame, mt, dt in hits:
                    line = last.get(k)
                    ev_made = [e for e in made if e.start_char == frame.trigger_start]
                    if ev_made:
                        kept = [e for e in ev_made if e.id in out_ids]
                        cause = "made, lost after code" if not kept else f"made as {kept[0].event} (type)"
                        if kept and kept[0].event in types:
                            cause = "made, not scored in sentence"
                    elif line is None:
                        cause = "not reached by the coder"
                    else:
                        cause = _cause_of_line(line)
                        if cause.startswith("if absorbed or"):
                            tok = work.doc[work.frames[k][1].token_i]
                            if work.matches[k].background and not told_in_clause(tok, work.matches[k].match):
                                cause = f"BACKGROUND ({tok.dep_}{', noun' if work.frames[k][1].noun else ''})"
                            elif coder_mod.untold(tok, pipe.res.rules):
                                cause = "UNTOLD (code.clauses.untold)"
                            else:
                                cause = f"ABSORBED ({tok.dep_} of '{tok.head.text}')"
                        if "not actors and not cast.unknown_attacker" in cause:
                            cause = "NO ACTOR: " + no_actor_detail(work, k).split(":")[0].split("(")[0].strip()
                    if mt not in types and dt in types:
                        cause = f"[derived] {cause}"
                    elif mt in types and dt is not None and dt not in types:
                        cause = f"[derive changed type to {dt}] {cause}"
                    best = best or (cause, k, frame)
                    if cause.startswith("made"):
                        best = (cause, k, frame)
                        break
                assert best is not None
                cause, k, frame = best
                causes[cause] += 1
                by_set[cause][name] += 1
                detail = no_actor_detail(work, k) if cause.startswith("NO ACTOR") else ""
                kinds = "/".join(sorted(types))
                examples[cause].append(
                    f"{name} {rec['id']} [{kinds}] '{frame.trigger_text}' {detail} :: {rec['text'][:160]}"
                )
    for cause, n in causes.most_common():
        sets = by_set.get(cause, Counter())
        print(f"{n:4d}  {cause}   sets={len(sets)} {dict(sets.most_common(6))}")
        if listing:
            for e in examples[cause]:
                print("        ", e)


if __name__ == "__main__":
    main(sys.argv[1:])
