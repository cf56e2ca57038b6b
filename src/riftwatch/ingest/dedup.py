"""Exact and near-duplicate detection.

Exact duplicates share a content hash of the whitespace-normalised text.
Near-duplicates (wire copy reprinted with small edits) are found with MinHash
over word 3-shingles and LSH banding; they are stored, but linked into the
first document's *origin group*, which later counts as one source.

>>> content_hash("Al  Qaeda\\n fighters ") == content_hash("Al Qaeda fighters")
True
>>> story = "Taliban fighters refused to shelter Al Qaeda militants near the border on "
>>> a, b = signature(story + "Monday"), signature(story + "Tuesday")
>>> round(similarity(a, b), 1) >= 0.7
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

NUM_PERM = 64
ROWS = 3
BANDS = NUM_PERM // ROWS  # 21 bands of 3 rows: a pair at J=0.6 is a candidate 99% of the time
SHINGLE_CHARS = 50_000  # near-duplicate test looks at the start of long texts
_WORD = re.compile(r"\w+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(1)  # fixed seed: signatures must be stable across runs
_A = _rng.randint(1, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 of the NFC, whitespace-collapsed text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text[:SHINGLE_CHARS].lower())
    if len(words) < 3:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)]


def signature(text: str, min_words: int = 1) -> np.ndarray | None:
    """MinHash signature (``NUM_PERM`` uint32 values).

    None for text with fewer than ``min_words`` words: on a headline, a changed number
    is a different event, and shingle overlap cannot tell it from a reprint.

    >>> signature("Five militants killed in Pakistan tribal area", min_words=25) is None
    True
    """
    shingles = _shingles(text)
    if not shingles or len(shingles) + 2 < min_words:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s, digest_size=4).digest(), "little") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    # universal hashing (a*x + b) mod p, then the minimum per permutation
    permuted = (np.outer(hashes, _A) + _B) % _MERSENNE & _MAX_HASH
    return permuted.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """LSH band buckets: ``(band number, signed 64-bit bucket hash)``.

    The band number is part of the hash, so a bucket value never collides across bands
    and lookups need only the bucket column.
    """
    out = []
    for band in range(BANDS):
        chunk = band.to_bytes(1, "little") + sig[band * ROWS : (band + 1) * ROWS].tobytes()
        bucket = int.from_bytes(
            hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True
        )
        out.append((band, bucket))
    return out


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


__all__ = ["bands", "content_hash", "from_bytes", "signature", "similarity", "to_bytes"]
