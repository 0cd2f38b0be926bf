"""The learned backoff's model: one-vs-rest logistic regression over the PLOVER types (numpy only).

A sentence's features (:mod:`newsevents.backoff.features`) are a binary vector over a pruned
vocabulary, scaled to unit length; each type has a weight per feature and a bias. The shipped
weights (``data/backoff/weights.json.gz``) are written by :func:`train` and :func:`dump` from the
project's own annotated sets (scripts/train_backoff.py; the data card is data/backoff/README.md).
The file is JSON (the weights as integers, thousandths) gzipped without a time stamp, so the same
data rebuild it byte for byte.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from newsevents.errors import KnowledgeError

__all__ = ["BackoffModel", "TrainSettings", "dump", "train"]

WEIGHTS_FILE = "backoff/weights.json.gz"
SCALE = 1000  # weights are stored as integers: thousandths


@dataclass(frozen=True)
class TrainSettings:
    """How the model is fitted: the L2 penalty (per sentence), the steps of accelerated gradient
    descent, and how many sentences a feature must occur in to be kept."""

    l2: float = 1e-4
    steps: int = 800
    min_count: int = 2
    step_size: float = 4.0


@dataclass(frozen=True)
class BackoffModel:
    """Weights ``(features, types)``, a bias per type, the vocabulary and the types."""

    types: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    meta: dict[str, object]

    @classmethod
    def default(cls) -> BackoffModel:
        """The shipped model (data/backoff/weights.json.gz)."""
        raw = resources.files("newsevents").joinpath("data", *WEIGHTS_FILE.split("/")).read_bytes()
        return cls.loads(raw, WEIGHTS_FILE)

    @classmethod
    def loads(cls, raw: bytes, source: str = "<bytes>") -> BackoffModel:
        try:
            data = json.loads(gzip.decompress(raw).decode("utf-8"))
            types = tuple(data["types"])
            features = list(data["features"])
            weights = np.asarray(data["weights"], dtype=np.float32).reshape(len(features), len(types)) / SCALE
            bias = np.asarray(data["bias"], dtype=np.float32) / SCALE
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise KnowledgeError(f"{source}: not a backoff model ({type(e).__name__}: {e})") from e
        return cls(types, {f: i for i, f in enumerate(features)}, weights, bias, dict(data.get("meta") or {}))

    def rows(self, features: Iterable[str]) -> list[int]:
        return sorted({self.vocab[f] for f in features if f in self.vocab})

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        """The probability of each type (``self.types``) for one sentence's features."""
        rows = self.rows(features)
        z = self.bias.copy()
        if rows:
            z += self.weights[rows].sum(axis=0) / math.sqrt(len(rows))
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    @functools.cached_property
    def names(self) -> dict[int, str]:
        """The feature of each row (the vocabulary reversed), built once."""
        return {i: f for f, i in self.vocab.items()}

    def top_features(self, features: Iterable[str], type_: str, n: int = 3) -> list[str]:
        """The features that pushed ``type_`` up most in this sentence."""
        col = self.types.index(type_)
        names = self.names
        rows = self.rows(features)
        ranked = sorted(rows, key=lambda r: (-float(self.weights[r, col]), names[r]))
        return [names[r] for r in ranked[:n] if self.weights[r, col] > 0]


def _matrix(samples: Sequence[set[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sparse rows of the samples: (column of each entry, its row, its value 1/sqrt(n))."""
    cols: list[int] = []
    rows: list[int] = []
    vals: list[float] = []
    for i, feats in enumerate(samples):
        idx = sorted({vocab[f] for f in feats if f in vocab})
        if not idx:
            continue
        v = 1.0 / math.sqrt(len(idx))
        cols.extend(idx)
        rows.extend([i] * len(idx))
        vals.extend([v] * len(idx))
    return np.asarray(cols, dtype=np.int64), np.asarray(rows, dtype=np.int64), np.asarray(vals, dtype=np.float64)


def train(
    samples: Sequence[set[str]], labels: Sequence[set[str]], types: Sequence[str], settings: TrainSettings | None = None
) -> BackoffModel:
    """Fit one logistic regression per type (L2, Nesterov's accelerated gradient from zero: the
    same data give the same weights). ``labels[i]`` are the types sentence ``i`` tells."""
    st = settings or TrainSettings()
    counts = Counter(f for feats in samples for f in feats)
    features = sorted(f for f, c in counts.items() if c >= st.min_count)
    vocab = {f: i for i, f in enumerate(features)}
    cols, rows, vals = _matrix(samples, vocab)
    n, d, k = len(samples), len(features), len(types)
    y = np.zeros((n, k))
    for i, ls in enumerate(labels):
        for t in ls:
            if t in types:
                y[i, types.index(t)] = 1.0
    # entries in row order (as built) and in column order, for the two sparse products
    row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]]) if len(rows) else np.zeros(0, dtype=np.int64)
    row_ids = rows[row_starts]
    by_col = np.argsort(cols, kind="stable")
    col_sorted = cols[by_col]
    col_starts = np.flatnonzero(np.r_[True, col_sorted[1:] != col_sorted[:-1]]) if len(cols) else row_starts
    col_ids = col_sorted[col_starts]
    w = np.zeros((d, k))
    b = np.zeros(k)
    w_prev, b_prev = w.copy(), b.copy()
    for step in range(1, st.steps + 1):
        mom = (step - 1) / (step + 2)
        wl, bl = w + mom * (w - w_prev), b + mom * (b - b_prev)
        z = np.zeros((n, k))
        if len(cols):
            z[row_ids] = np.add.reduceat(wl[cols] * vals[:, None], row_starts, axis=0)
        z += bl
        g = (1.0 / (1.0 + np.exp(-z)) - y) / max(n, 1)
        gw = st.l2 * wl
        if len(cols):
            gw[col_ids] += np.add.reduceat((g[rows] * vals[:, None])[by_col], col_starts, axis=0)
        w_prev, b_prev = w, b
        w, b = wl - st.step_size * gw, bl - st.step_size * g.sum(axis=0)
    meta = {"sentences": n, "features": d, "positives": {t: int(y[:, j].sum()) for j, t in enumerate(types)}}
    meta["settings"] = {"l2": st.l2, "steps": st.steps, "min_count": st.min_count, "step_size": st.step_size}
    return BackoffModel(tuple(types), vocab, w.astype(np.float32), b.astype(np.float32), meta)


def dump(model: BackoffModel, extra_meta: dict[str, object] | None = None) -> bytes:
    """The model as the shipped file's bytes (JSON, weights in thousandths, gzip without a time)."""
    features = sorted(model.vocab, key=model.vocab.__getitem__)
    data = {
        "format": "newsevents backoff 1",
        "types": list(model.types),
        "meta": {**model.meta, **(extra_meta or {})},
        "bias": [round(float(x) * SCALE) for x in model.bias],
        "features": features,
        "weights": [round(float(x) * SCALE) for x in np.asarray(model.weights, dtype=np.float64).ravel()],
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
