"""Claims of a JSON Lines file, for the stateless analytic commands (``rifts``, ``ach``...).

Each line is a document (``id``, ``text``; optional ``date``, ``source``,
``source_type``, ``reliability``, ``credibility``). Documents are graded the way
ingest grades them (record fields, then the bundled grading table), coded, and
grouped into independent origins the way ingest groups near-duplicates (exact text,
or estimated word-shingle similarity at or above ``near_duplicate_threshold``).
Bad lines are handed to ``on_error`` (or raised) with their line number.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from riftwatch.analysis.claims import Claim
from riftwatch.errors import RiftwatchError


def _origins(docs: list[dict[str, Any]]) -> dict[str, str]:
    """Map each document id to the id of the first document of its near-duplicate group."""
    from riftwatch import settings
    from riftwatch.ingest import dedup

    threshold = float(settings.get("near_duplicate_threshold"))
    min_words = int(settings.get("near_duplicate_min_words"))
    seen_hash: dict[str, str] = {}
    groups: list[tuple[Any, str]] = []
    out: dict[str, str] = {}
    for doc in docs:
        ref = str(doc["id"])
        digest = dedup.content_hash(doc["text"])
        if digest in seen_hash:
            out[ref] = seen_hash[digest]
            continue
        seen_hash[digest] = ref
        sig = dedup.signature(doc["text"], min_words)
        origin = ref
        if sig is not None:
            best = 0.0
            for other_sig, other_origin in groups:
                score = dedup.similarity(sig, other_sig)
                if score >= threshold and score > best:
                    best, origin = score, other_origin
            groups.append((sig, origin))
        out[ref] = origin
    return out


def claims_from_jsonl(
    path: str | os.PathLike[str],
    *,
    on_error: Callable[[RiftwatchError], None] | None = None,
    workers: int = 1,
) -> tuple[list[Claim], list[dict[str, Any]]]:
    """Code the documents of ``path`` and return ``(claims, documents)``.

    ``documents`` are the records read (with their resolved grade under ``grade``);
    ``claims`` one per coded event, with ``origin`` the document's origin group.
    """
    from riftwatch.api import extract, read_documents
    from riftwatch.ingest.grading import GradingTable

    table = GradingTable.load()
    docs: list[dict[str, Any]] = []
    for item in read_documents(path):
        if isinstance(item, RiftwatchError):
            if on_error is None:
                raise item
            on_error(item)
            continue
        fields = {k: item[k] for k in ("source_type", "reliability", "credibility") if item.get(k)}
        try:
            graded = table.grade(source=item.get("source"), record=fields)
        except RiftwatchError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        item["grade"] = {
            "source_type": graded.source_type,
            "reliability": graded.reliability,
            "credibility": graded.credibility,
        }
        docs.append(item)
    origins = _origins(docs)
    by_id = {str(d["id"]): d for d in docs}
    claims: list[Claim] = []
    numbers: dict[str, int] = {}
    for event in extract(docs, workers=workers):
        ref = str(event["doc_id"])
        doc = by_id[ref]
        grade = doc["grade"]
        numbers[ref] = numbers.get(ref, 0) + 1
        event = {
            **event,
            "id": f"{ref}#{numbers[ref]}",
            "reliability": grade["reliability"],
            "credibility": grade["credibility"],
        }
        claims.append(
            Claim.from_event(
                event,
                origin=f"doc:{origins[str(doc['id'])]}",
                published=doc.get("date"),
                source_type=grade["source_type"],
                outlet=doc.get("source"),
            )
        )
    return claims, docs


__all__ = ["claims_from_jsonl"]
