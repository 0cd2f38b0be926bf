"""Train the learned backoff's shipped model from the project's own annotated sets.

    python scripts/train_backoff.py            # write src/newsevents/data/backoff/weights.json.gz
    python scripts/train_backoff.py --check    # rebuild in memory; exit 1 unless byte-identical
    python scripts/train_backoff.py --cv 5     # k-fold cross-validated figures on the training data
    python scripts/train_backoff.py --thresholds  # out-of-fold events: the figures the thresholds are chosen on

    python scripts/train_backoff.py --through 24 -o /tmp/w.json.gz  # rounds 1-24 (an experiment)
    python scripts/train_backoff.py --through 24 --classes -o /tmp/w.json.gz  # ... with the word classes

Training data (LAST_ROUND below): tests/data/blind .. blind11 (every *.jsonl: sentences, stories and
their extra sets), tests/data/own_gold.jsonl and tests/data/heldout_news.jsonl. Never
shared/gold/plover_dev.jsonl (a clean transfer measure). `--through N` (N up to 24) trains on
rounds 1..N (backoff16, backoff20, backoff26: docs/backoff.md), never on round 25 or later
(HELD_OUT: round 25 is backoff26's transfer round, 26 and 27 sealed rounds of that session).
`--classes` adds the word-class features (data/backoff/word_clusters.tsv.gz, backoff20; the model's
meta then says so and the stage reads them; the shipped model has none). The thresholds in
data/backoff/settings.yaml are chosen on out-of-fold events of the training records
(--thresholds), not on a round.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import re
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.backoff.model import BackoffModel, TrainSettings, dump, train
from newsevents.backoff.stage import BackoffSettings
from newsevents.backoff.train import Example, examples
from newsevents.parse.nlp import DEFAULT_MODEL, load_model

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "src" / "newsevents" / "data" / "backoff" / "weights.json.gz"
LAST_ROUND = 11  # the shipped model's last training round (--through N trains on rounds 1..N instead)
HELD_OUT = 25  # rounds from here on are the backoff's fresh measure: never trained on (--through refuses them)
TYPES = tuple(sorted(BackoffSettings.default().generic_codes))


def training_files(data: Path = DATA, through: int = LAST_ROUND) -> list[Path]:
    """The training sets: every *.jsonl of rounds 1..``through``, own_gold and heldout_news."""
    if through >= HELD_OUT:
        raise SystemExit(f"--through {through}: rounds {HELD_OUT} and later are the fresh measure, never trained on")
    rounds = ("blind", *(f"blind{i}" for i in range(2, through + 1)))
    files = [p for r in rounds for p in sorted((data / r).glob("*.jsonl"))]
    return [*files, data / "own_gold.jsonl", data / "heldout_news.jsonl"]


def fit(exs: Sequence[Example], settings: TrainSettings | None = None) -> BackoffModel:
    return train([set(e.features) for e in exs], [set(e.types) for e in exs], TYPES, settings)


def build(files: Sequence[Path], model_name: str = DEFAULT_MODEL, classes: bool = False) -> bytes:
    """The shipped file's bytes, from the gold files ``files`` (``classes``: with the word-class
    features, which the model's meta then names so that the stage reads them too)."""
    exs = examples(files, load_model(model_name), classes)
    names = [p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else p.name for p in files]
    meta: dict[str, object] = {"trained_on": names, "model": model_name}
    if classes:
        meta["classes"] = True
    return dump(fit(exs), meta)


def cross_validate(exs: Sequence[Example], folds: int, thresholds: Sequence[float]) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) of sentence types, pooled over ``folds`` folds (every k-th
    sentence a fold)."""
    counts = {t: [0, 0, 0] for t in thresholds}
    for f in range(folds):
        model = fit([e for i, e in enumerate(exs) if i % folds != f])
        for e in (e for i, e in enumerate(exs) if i % folds == f):
            probs = model.probabilities(e.features)
            for t in thresholds:
                pred = {ty for ty, p in zip(model.types, probs, strict=True) if p >= t}
                c = counts[t]
                c[0] += len(pred & e.types)
                c[1] += len(pred - e.types)
                c[2] += len(e.types - pred)
    return [(t, tp / max(tp + fp, 1), tp / max(tp + fn, 1)) for t, (tp, fp, fn) in counts.items()]


def _same(model: BackoffModel) -> BackoffModel:
    return model


def _fold(key: str, folds: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % folds


def out_of_fold(files: Sequence[Path], folds: int = 5, classes: bool = False) -> list[dict[str, Any]]:
    """The backoff's events on the training records, each coded by a model trained without the
    record's fold (records, not sentences, are split: a story's sentences stay together), with the
    shipped settings but every threshold at 0.2: each event's type, probability, whether the rules
    coded an event in its sentence, whether a gold event of its type stands there ("right"), and
    whether that gold event was one the rules missed ("new")."""
    import newsevents.backoff.stage as stage
    from newsevents.backoff.model import BackoffModel
    from newsevents.evaluate.scorer import _sentence_of, _types, read_gold
    from newsevents.pipeline import Pipeline
    from newsevents.read.readers import ReadOptions, _article_from_record
    from newsevents.work import Resources

    nlp = load_model(DEFAULT_MODEL)
    exs = examples(files, nlp, classes)
    loose = dataclasses.replace(BackoffSettings.default(), threshold=0.2, thresholds={}, after_rules=0.2)
    shipped_settings, shipped_model = stage._default_settings, stage.default_model
    rows: list[dict[str, Any]] = []
    try:
        stage._default_settings = lambda: loose  # type: ignore[assignment]
        for f in range(folds):
            train_on = [e for e in exs if _fold(e.source.split("#")[0], folds) != f]
            model = BackoffModel.loads(dump(fit(train_on), {"classes": True} if classes else None))
            stage.default_model = functools.cache(functools.partial(_same, model))
            pipeline = Pipeline(resources=Resources(backoff=True))
            for path in files:
                key = f"{path.parent.name}/{path.name}"
                recs = [r for r in read_gold(path) if _fold(f"{key}:{r.get('id')}", folds) == f]
                arts = [_article_from_record({**r, "id": r.get("id") or None}, str(path), ReadOptions()) for r in recs]
                for rec, coded in zip(recs, pipeline.pipe(arts), strict=True):  # type: ignore[arg-type]
                    rows += _scored(rec, coded, _sentence_of, _types)
    finally:
        stage._default_settings, stage.default_model = shipped_settings, shipped_model
    return rows


def _scored(rec: dict[str, Any], coded: Any, sentence_of: Any, types_of: Any) -> list[dict[str, Any]]:
    offset = len(rec["text"]) - len(coded.article.text)
    gold = [g for g in rec.get("events") or [] if g.get("event")]
    where: dict[str, int | None] = {}
    for g in gold:
        ev = g.get("evidence") or ""
        pos = rec["text"].find(ev) if ev else -1
        where[g["id"]] = sentence_of(coded, offset, pos) if pos >= 0 else (0 if len(coded.sentences) == 1 else None)

    def matches(g: dict[str, Any], o: Any) -> bool:
        si = where[g["id"]]
        at = si is None or o.sentence_index == si or any(m[0] == si for m in o.mentions)
        return at and o.event in types_of(g)

    rules = [o for o in coded.events if "learned backoff" not in o.reasons[0]]
    rows = []
    for o in coded.events:
        found = re.search(r"learned backoff p=([0-9.]+)", o.reasons[0])
        if found is None:
            continue
        hit = [g for g in gold if matches(g, o)]
        new = [g for g in hit if not g.get("optional") and not any(matches(g, q) for q in rules)]
        ruled = any(q.sentence_index == o.sentence_index for q in rules)
        clean = bool(hit) and _fields_right(hit[0], o)
        row = {"type": o.event, "p": float(found.group(1)), "ruled": ruled, "right": bool(hit), "new": bool(new)}
        rows.append({**row, "clean": clean})
    return rows


def _fields_right(g: dict[str, Any], o: Any) -> bool:
    """The event's actor and recipient countries, date and place as the gold event's (where told)."""
    from newsevents.evaluate.scorer import KM_RIGHT, _countries, haversine_km

    if _countries(g.get("actor") or []) != _countries(o.actor):
        return False
    if _countries(g.get("recipient") or []) != _countries(o.recipient):
        return False
    if g.get("date") and g["date"] != o.date:
        return False
    loc, el = g.get("location"), o.event_loc
    if loc and loc.get("lat") is not None:
        return (
            el is not None and el.lat is not None and haversine_km(loc["lat"], loc["lon"], el.lat, el.lon) <= KM_RIGHT
        )
    return True


def threshold_table(rows: Sequence[dict[str, Any]], grid: Sequence[float]) -> list[str]:
    """Per threshold, in sentences the rules coded and in the others: events added, right, new (a
    gold event the rules missed), and new with every field right."""
    lines = []
    for ruled in (False, True):
        for t in grid:
            got = [r for r in rows if r["ruled"] == ruled and r["p"] >= t]
            right = sum(r["right"] for r in got)
            lines.append(
                f"{'ruled  ' if ruled else 'unruled'} p>={t:.1f}: {len(got):3d} events, {right:3d} right "
                f"({right / max(len(got), 1):.2f}), {sum(r['new'] for r in got):3d} new, "
                f"{sum(r['new'] and r['clean'] for r in got):3d} of them with every field right"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 unless the shipped file is what the data give")
    ap.add_argument("--cv", type=int, default=0, help="print k-fold cross-validated precision and recall")
    ap.add_argument("--thresholds", action="store_true", help="print out-of-fold figures of the added events")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument(
        "--through", type=int, default=LAST_ROUND, help=f"train on rounds 1..N (default {LAST_ROUND}: the shipped file)"
    )
    ap.add_argument("--classes", action="store_true", help="with the word-class features (an experiment: backoff20)")
    args = ap.parse_args(argv)
    files = training_files(through=args.through)
    classes = args.classes
    if args.cv:
        exs = examples(files, load_model(DEFAULT_MODEL), classes)
        for t, p, r in cross_validate(exs, args.cv, (0.3, 0.4, 0.5, 0.6, 0.7)):
            print(f"threshold {t:.2f}: precision {p:.3f} recall {r:.3f}")
        return 0
    if args.thresholds:
        for line in threshold_table(out_of_fold(files, classes=classes), (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)):
            print(line)
        return 0
    data = build(files, classes=classes)
    if args.check:
        same = args.output.exists() and args.output.read_bytes() == data
        print(f"{args.output}: {'identical' if same else 'DIFFERS from what the data give'}")
        return 0 if same else 1
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
