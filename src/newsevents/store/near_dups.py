"""Store: near-duplicate articles for the cross-article clusters: MinHash signatures (datasketch) over
word shingles and a banded LSH index kept in the database (``article_signatures``,
``article_bands``, ``article_duplicates``; docs/dedup.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from newsevents.dedupe.cluster_config import ClusterConfig
from newsevents.dedupe.clusters import shingles
from newsevents.store.dialect import Connection

if TYPE_CHECKING:
    from datasketch import MinHash

_TEMPLATES: dict[tuple[int, int], MinHash] = {}  # one MinHash a configuration: its permutations are made once


def _hashed(value: int) -> int:
    """The MinHash's hash function: its values come hashed already (see :meth:`Signer.minhash`)."""
    return value


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
    template: MinHash | None = None

    def minhash(self, text: str) -> MinHash:
        """The article's MinHash (one datasketch MinHash reused: its permutations are made once). Its
        shingles are hashed here as datasketch's default ``sha1_hash32`` does (the first 4 bytes of
        SHA-1, little-endian), in one pass, and given to it already hashed: the same signature."""
        from datasketch import MinHash  # scipy comes with it: imported only when articles are signed

        nd = self.cfg.near
        if self.template is None:
            key = (nd.num_perm, nd.seed)
            if key not in _TEMPLATES:
                _TEMPLATES[key] = MinHash(num_perm=nd.num_perm, seed=nd.seed, hashfunc=_hashed)
            self.template = _TEMPLATES[key]
        m = self.template
        m.clear()
        sha1 = hashlib.sha1
        first4 = b"".join([sha1(s).digest()[:4] for s in shingles(text, nd.shingle_words)])
        m.update_batch(np.frombuffer(first4, dtype="<u4").tolist())
        return m

    def sig_dtype(self) -> np.dtype[Any]:
        """The type of a stored signature's hash values (datasketch's: uint32 for its default scheme)."""
        if self.template is None:
            self.minhash("")
        assert self.template is not None
        return self.template.hashvalues.dtype

    def band_keys(self, hv: np.ndarray) -> list[str]:
        """The LSH band keys of a signature (its hash values)."""
        r = self.cfg.near.rows
        return [
            f"{i}:{hashlib.blake2b(hv[i * r : (i + 1) * r].tobytes(), digest_size=8).hexdigest()}"
            for i in range(self.cfg.near.bands)
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
        signed: list[tuple[str, np.ndarray, list[str]]] = []
        for aid in batch:
            if aid in texts:
                m = self.minhash(texts[aid])
                signed.append((aid, m.hashvalues.copy(), self.band_keys(m.hashvalues)))
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
                sigs[aid] = np.frombuffer(bytes(sig), dtype=self.sig_dtype())
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
