"""Same story, many sources: near-duplicate items found with MinHash and LSH (datasketch).

The Saudi Press Agency's releases run in several newspapers with small edits. Each item's
body is shingled into word 4-grams of its folded text; items whose estimated Jaccard
similarity passes the threshold share a cluster, and the events they report are counted
once, with every source that printed them.
"""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from nashra.text.normalization import fold

PERMUTATIONS = 64
SCHEME = "affine32"  # datasketch's default; stored signatures are read back with it
THRESHOLD = 0.7
SHINGLE = 4


def signature_of(text: str) -> np.ndarray:
    words = fold(text).split()
    minhash = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64)


class NearDuplicates:
    """An LSH index of the archive's items; ``add`` returns the cluster an item joins."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
        self._cluster: dict[int, int] = {}

    def _minhash(self, values: np.ndarray) -> MinHash:
        return MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=SCHEME)

    def add(self, item_id: int, values: np.ndarray) -> int:
        minhash = self._minhash(values)
        found = self._lsh.query(minhash)
        cluster = min((self._cluster[i] for i in found), default=item_id)
        self._lsh.insert(item_id, minhash)
        self._cluster[item_id] = cluster
        return cluster

    def restore(self, item_id: int, blob: bytes, cluster: int) -> None:
        values = np.frombuffer(blob, dtype=np.uint64)
        self._lsh.insert(item_id, self._minhash(values))
        self._cluster[item_id] = cluster
