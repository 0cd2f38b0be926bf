"""`newsevents eval` on cluster gold: B-cubed precision, recall and F1 of cross-article clusters.

The gold shape (docs/dedup.md): a JSON Lines file whose first record is ``{"articles_file": NAME}``
(articles as JSON Lines, relative to the gold file) and whose other records are hand-coded clusters
``{"cluster", "event", "distractor", "articles": [ids], "note"}``. The articles are coded in file
order into a fresh store in batches, so clustering runs incrementally as in `newsevents code`.
Each article stands for its lead event: its first coded event (an article without events is a
cluster of its own). B-cubed is averaged over articles; a distractor is merged when its article's
cluster holds an article of another gold cluster; an event is whole when all its articles are in
one cluster.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import GoldFormatError
from newsevents.pipeline import Pipeline
from newsevents.run import code_inputs
from newsevents.store.db import EventFilter, Store


def is_cluster_gold(path: Path) -> bool:
    """A cluster gold file starts with a record naming its articles file."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "articles_file" in first
    return False


@dataclass(frozen=True)
class GoldCluster:
    name: str
    articles: tuple[str, ...]
    distractor: bool
    event: str | None


def read_cluster_gold(path: Path) -> tuple[Path, list[GoldCluster]]:
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]
    try:
        head = json.loads(lines[0][1])
        articles_file = (path.parent / str(head["articles_file"])).resolve()
        clusters = []
        for n, line in lines[1:]:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("articles"), list) or "cluster" not in rec:
                raise GoldFormatError(f"{path}:{n}: a cluster record needs 'cluster' and an 'articles' list")
            clusters.append(
                GoldCluster(str(rec["cluster"]), tuple(rec["articles"]), bool(rec.get("distractor")), rec.get("event"))
            )
    except (json.JSONDecodeError, KeyError, IndexError) as e:
        raise GoldFormatError(f"{path}: not cluster gold ({e})") from e
    if not articles_file.is_file():
        raise GoldFormatError(f"{path}: articles file {articles_file} not found")
    seen: set[str] = set()
    for c in clusters:
        dup = seen & set(c.articles)
        if dup:
            raise GoldFormatError(f"{path}: article {sorted(dup)[0]} is in two gold clusters")
        seen |= set(c.articles)
    return articles_file, clusters


@dataclass
class ClusterScores:
    articles: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    events: int = 0  # gold clusters that are not distractors
    events_whole: int = 0
    distractors: int = 0
    distractors_merged: int = 0
    predicted_clusters: int = 0
    report: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "report"}


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``gold`` (item -> label in each)."""
    items = list(gold)
    if not items:
        return (0.0, 0.0, 0.0)
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for i in items:
        by_gold.setdefault(gold[i], set()).add(i)
        by_pred.setdefault(predicted[i], set()).add(i)
    p = r = 0.0
    for i in items:
        g, c = by_gold[gold[i]], by_pred[predicted[i]]
        both = len(g & c)
        p += both / len(c)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return (p, r, 2 * p * r / (p + r) if p + r else 0.0)


def lead_clusters(store: Store) -> dict[str, str]:
    """Each article's lead event's cluster (its first event, by sentence and offset)."""
    out: dict[str, tuple[tuple[int, int], str]] = {}
    for rec in store.query_events(EventFilter()):
        key = (rec["sentence_index"], rec["start_char"])
        aid = rec["article_id"]
        if rec.get("cluster_id") and (aid not in out or key < out[aid][0]):
            out[aid] = (key, rec["cluster_id"])
    return {aid: cid for aid, (_, cid) in out.items()}


def score_clusters(clusters: list[GoldCluster], lead: dict[str, str]) -> ClusterScores:
    gold = {a: c.name for c in clusters for a in c.articles}
    predicted = {a: lead.get(a) or f"no-event:{a}" for a in gold}
    s = ClusterScores(articles=len(gold))
    s.precision, s.recall, s.f1 = bcubed(gold, predicted)
    s.predicted_clusters = len(set(predicted.values()))
    members: dict[str, set[str]] = {}
    for a, cid in predicted.items():
        members.setdefault(cid, set()).add(a)
    for c in clusters:
        labels = {predicted[a] for a in c.articles}
        others = {gold[b] for a in c.articles for b in members[predicted[a]]} - {c.name}
        if c.distractor:
            s.distractors += 1
            s.distractors_merged += bool(others)
        else:
            s.events += 1
            s.events_whole += len(labels) == 1 and not any(x.startswith("no-event:") for x in labels)
        status = "whole" if len(labels) == 1 else f"split in {len(labels)}"
        s.report.append(
            f"{c.name}{' (distractor)' if c.distractor else ''}: {len(c.articles)} article(s), {status}"
            + (f"; merged with {sorted(others)}" if others else "")
            + "".join(f"\n    {a} -> {predicted[a]}" for a in c.articles)
        )
    return s


def evaluate_clusters(path: Path, pipeline: Pipeline) -> ClusterScores:
    """Code the gold's articles into a fresh store (clustering after each batch) and score the clusters."""
    articles_file, clusters = read_cluster_gold(path)
    with tempfile.TemporaryDirectory(prefix="newsevents-eval-") as tmp, Store(Path(tmp) / "eval.db") as store:
        summary = code_inputs([str(articles_file)], store, pipeline)
        if summary.problems and any(p.skipped for p in summary.problems):
            raise GoldFormatError(f"{articles_file}: {summary.problems[0]}")
        lead = lead_clusters(store)
    return score_clusters(clusters, lead)


def format_cluster_scores(s: ClusterScores) -> str:
    return "\n".join(
        [
            f"articles: {s.articles}   gold clusters: {s.events} events + {s.distractors} distractors   "
            f"predicted clusters: {s.predicted_clusters}",
            f"B-cubed precision {s.precision:.3f}   recall {s.recall:.3f}   F1 {s.f1:.3f}",
            f"events whole in one cluster: {s.events_whole}/{s.events}   "
            f"distractors merged: {s.distractors_merged}/{s.distractors}",
        ]
    )
