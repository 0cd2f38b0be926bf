"""Store: near-duplicate articles for the cross-article clusters: MinHash signatures over word
shingles (datasketch's default MinHash, computed for a whole batch at once) and a banded LSH index
kept in the database (``article_signatures``, ``article_bands``, ``article_duplicates``; docs/dedup.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from newsevents.dedupe.cluster_config import ClusterConfig
from newsevents.dedupe.clusters import shingles
from newsevents.store.dialect import Connection

SIGNATURE_DTYPE = np.dtype(np.uint32)  # a stored signature's hash values (datasketch's "affine32" scheme)
_MAX_HASH = np.uint32(0xFFFFFFFF)
_ROWS_AT_ONCE = 65_536  # shingles permuted in one array (64 permutations: 16 MB): memory stays flat
_PERMUTATIONS: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations ``h -> a * h + b mod 2**32`` of datasketch's default MinHash scheme
    (``affine32``) for ``num_perm`` and ``seed``: drawn as it draws them (``RandomState(seed)``: the odd
    multipliers, then the offsets), so the signatures are its own without importing it (which loads
    scipy); tests/test_clusters.py checks them against datasketch's."""
    key = (num_perm, seed)
    found = _PERMUTATIONS.get(key)
    if found is None:
        gen = np.random.RandomState(seed)
        a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
        found = _PERMUTATIONS[key] = (a, b)
    return found


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to the hashed values before permuting."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def marks(values: Sequence[object]) -> str:
    """``?`` placeholders for an ``IN (...)`` list."""
    return ",".join("?" * len(values))


def chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    """Ids in slices that fit one ``IN (...)`` list."""
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


@dataclass
class Signer:
    """Signs a batch's articles and finds their originals, on one connection."""

    conn: Connection
    cfg: ClusterConfig

    def signatures(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The texts' MinHash signatures (uint32 hash values), as datasketch's default ``MinHash`` gives
        them: each shingle hashed by ``sha1_hash32`` (the first 4 bytes of SHA-1, little-endian), mixed by
        MurmurHash3's finalizer, permuted by ``a * h + b mod 2**32``, the least value per permutation (an
        empty text keeps the maximum). All the texts' shingles are hashed in one pass and permuted in
        a few numpy operations."""
        nd = self.cfg.near
        a, b = permutations(nd.num_perm, nd.seed)
        sha1 = hashlib.sha1
        hashed = [
            np.frombuffer(b"".join([sha1(s).digest()[:4] for s in shingles(t, nd.shingle_words)]), dtype="<u4")
            for t in texts
        ]
        out = [np.full(nd.num_perm, _MAX_HASH, dtype=SIGNATURE_DTYPE) for _ in texts]
        i = 0
        while i < len(texts):  # a slice of texts whose shingles fit one array (at least one text)
            j, rows = i, 0
            while j < len(texts) and (j == i or rows + len(hashed[j]) <= _ROWS_AT_ONCE):
                rows += len(hashed[j])
                j += 1
            full = [k for k in range(i, j) if len(hashed[k])]
            if full:
                hv = _fmix32(np.concatenate([hashed[k] for k in full]).astype(SIGNATURE_DTYPE))
                starts = np.cumsum([0] + [len(hashed[k]) for k in full[:-1]])
                least = np.minimum.reduceat(hv[:, None] * a[None, :] + b[None, :], starts, axis=0)
                for row, k in zip(least, full, strict=True):
                    out[k] = row
            i = j
        return out

    def signature(self, text: str) -> np.ndarray:
        """One text's signature (:meth:`signatures`)."""
        return self.signatures([text])[0]

    def band_keys(self, hv: np.ndarray) -> list[str]:
        """The LSH band keys of a signature (its hash values)."""
        r = self.cfg.near.rows * hv.dtype.itemsize
        raw = hv.tobytes()
        blake2b = hashlib.blake2b
        return [
            f"{i}:{blake2b(raw[i * r : (i + 1) * r], digest_size=8).hexdigest()}" for i in range(self.cfg.near.bands)
        ]

    def sign_articles(self, batch: list[str]) -> dict[str, tuple[str, float]]:
        """Sign the batch's articles (in batch order); returns the near-duplicates found (article ->
        original, similarity): the stored article, or one signed before it in the batch, whose
        signature shares a band and agrees most, from the threshold on (the first in id order on a
        tie). A few queries a batch: the stored articles under the batch's bands, their signatures
        and originals; the new rows in one statement a table."""
        c = self.conn
        texts: dict[str, str] = {}
        for part in chunks(batch):
            texts.update(
                c.execute(
                    f"SELECT id, coalesce(title, '') || ' ' || text FROM articles WHERE id IN ({marks(part)})", part
                ).fetchall()
            )
        ids = [aid for aid in batch if aid in texts]
        signed = [
            (aid, hv, self.band_keys(hv))
            for aid, hv in zip(ids, self.signatures([texts[aid] for aid in ids]), strict=True)
        ]
        under: dict[str, list[str]] = {}  # band key -> articles
        for part in chunks(sorted({k for _, _, keys in signed for k in keys})):
            for key, aid in c.execute(f"SELECT key, article_id FROM article_bands WHERE key IN ({marks(part)})", part):
                under.setdefault(key, []).append(aid)
        stored = sorted({a for ids in under.values() for a in ids})
        sigs: dict[str, np.ndarray] = {}
        roots: dict[str, str] = {}
        for part in chunks(stored):
            where = f"WHERE article_id IN ({marks(part)})"
            for aid, sig in c.execute(f"SELECT article_id, signature FROM article_signatures {where}", part):
                sigs[aid] = np.frombuffer(bytes(sig), dtype=SIGNATURE_DTYPE)
            roots.update(c.execute(f"SELECT article_id, original_id FROM article_duplicates {where}", part).fetchall())
        found: dict[str, tuple[str, float]] = {}
        copies: set[str] = set()  # articles whose signature equals an indexed one's: not indexed again
        for aid, hv, keys in signed:
            best: tuple[float, str] | None = None
            for cand in sorted({a for k in keys for a in under.get(k, ())}):
                other = sigs.get(cand)
                if other is None:
                    continue
                sim = float(np.count_nonzero(hv == other)) / len(hv)  # MinHash.jaccard
                if sim >= self.cfg.near.threshold and (best is None or sim > best[0]):
                    best = (sim, cand)
            sigs[aid] = hv
            if best is not None and best[0] == 1.0:
                # An identical signature: any later article agrees with this one exactly as with the
                # one it copies, and both lead to the same original, so its bands are not stored
                # (otherwise every stored copy of a syndicated text is read again for each new copy).
                copies.add(aid)
            else:
                for k in keys:  # the next articles of the batch find this one
                    under.setdefault(k, []).append(aid)
            if best is not None:
                original = roots.get(best[1], best[1])
                roots[aid] = original
                found[aid] = (original, best[0])
        c.executemany("INSERT INTO article_signatures VALUES (?, ?)", [(aid, hv.tobytes()) for aid, hv, _ in signed])
        c.executemany(
            "INSERT INTO article_bands VALUES (?, ?)",
            [(k, aid) for aid, _, keys in signed if aid not in copies for k in keys],
        )
        c.executemany(
            "INSERT INTO article_duplicates VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
            "original_id = excluded.original_id, similarity = excluded.similarity",
            [(aid, original, sim) for aid, (original, sim) in found.items()],
        )
        return found
