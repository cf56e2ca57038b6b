"""Deleting documents, with everything that hangs on them.

A document goes with its sentences (on SQLite the FTS5 index follows through the
``sentences_fts_ad`` trigger; on PostgreSQL the search vector is a column of the sentence
row), its LSH buckets, its coded events and the analysts' judgements of them. A near-
duplicate group whose origin is deleted gets a new origin: the lowest remaining id of the
group.

Two callers: ``riftwatch docs delete`` (:func:`riftwatch.api.delete_documents`),
where the analyst chooses documents, and the ingest, which replaces the earlier
documents of a file that no longer yields them (:func:`earlier_documents`).
Everything runs in the caller's transaction, so a delete is whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.engine import Connection

from riftwatch.store.tables import (
    Document,
    EventJudgementRow,
    EventRow,
    IngestFile,
    MinhashBand,
    SentenceRow,
)

BATCH = 500
"""Ids per statement: well under the bound-parameter limits of both databases."""


@dataclass
class Deleted:
    """What a delete removed (or, for a dry run, would remove)."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    judgements: int = 0
    minhash_bands: int = 0
    origin_groups_repaired: int = 0
    files_forgotten: int = 0
    files_updated: int = 0
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The fields by name, in their order (``items`` last)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _batches(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield list(ids[start : start + BATCH])


def _count(conn: Connection, table: Any, ids: Sequence[int]) -> int:
    total = 0
    for batch in _batches(ids):
        total += conn.scalar(
            select(func.count()).select_from(table).where(table.c.document_id.in_(batch))
        )
    return total


def _new_origins(conn: Connection, ids: Sequence[int]) -> dict[int, int]:
    """``{deleted origin: new origin}`` for each group that keeps members."""
    gone = set(ids)
    survivors: dict[int, int] = {}
    for batch in _batches(ids):
        rows = conn.execute(
            select(Document.id, Document.origin_id).where(Document.origin_id.in_(batch))
        )
        for doc_id, origin in rows:
            if doc_id not in gone and (origin not in survivors or doc_id < survivors[origin]):
                survivors[origin] = doc_id
    return survivors


def delete_documents(
    conn: Connection,
    ids: Iterable[int],
    *,
    dry_run: bool = False,
    forget_files: bool = True,
) -> Deleted:
    """Delete the documents ``ids`` (ids that do not exist are ignored).

    ``forget_files``: the ``ingest_files`` record of a file none of whose documents
    remain is removed, so that a later ingest reads the file again; a file that keeps
    some has its document count lowered. ``dry_run`` counts and changes nothing.
    """
    ids = sorted(set(ids))
    out = Deleted()
    found: list[int] = []
    paths: dict[str, int] = {}
    for batch in _batches(ids):
        rows = conn.execute(
            select(Document.id, Document.title, Document.path, Document.locator)
            .where(Document.id.in_(batch))
            .order_by(Document.id)
        )
        for row in rows:
            found.append(row.id)
            out.items.append(
                {"id": row.id, "title": row.title, "path": row.path, "locator": row.locator}
            )
            if row.path:
                paths[row.path] = paths.get(row.path, 0) + 1
    out.documents = len(found)
    if not found:
        return out
    out.sentences = _count(conn, SentenceRow.__table__, found)
    out.events = _count(conn, EventRow.__table__, found)
    out.judgements = _count(conn, EventJudgementRow.__table__, found)
    out.minhash_bands = _count(conn, MinhashBand.__table__, found)
    new_origins = _new_origins(conn, found)
    out.origin_groups_repaired = len(new_origins)
    remaining = _remaining_by_path(conn, paths, found) if forget_files else {}
    if forget_files:
        out.files_forgotten = sum(1 for p in paths if remaining.get(p, 0) == 0)
        out.files_updated = len(paths) - out.files_forgotten
    if dry_run:
        return out
    for old, new in new_origins.items():
        conn.execute(update(Document).where(Document.origin_id == old).values(origin_id=new))
        conn.execute(
            update(Document).where(Document.id == new).values(origin_id=new, origin_similarity=None)
        )
    for batch in _batches(found):
        # no document may still point at one deleted in an earlier batch
        conn.execute(update(Document).where(Document.id.in_(batch)).values(origin_id=None))
    for batch in _batches(found):
        conn.execute(delete(EventJudgementRow).where(EventJudgementRow.document_id.in_(batch)))
        conn.execute(delete(EventRow).where(EventRow.document_id.in_(batch)))
        conn.execute(delete(SentenceRow).where(SentenceRow.document_id.in_(batch)))
        conn.execute(delete(MinhashBand).where(MinhashBand.document_id.in_(batch)))
        conn.execute(delete(Document).where(Document.id.in_(batch)))
    if forget_files:
        for path, count in paths.items():
            if remaining.get(path, 0) == 0:
                conn.execute(delete(IngestFile).where(IngestFile.path == path))
            else:
                lowered = case(
                    (IngestFile.documents > count, IngestFile.documents - count), else_=0
                )
                conn.execute(
                    update(IngestFile).where(IngestFile.path == path).values(documents=lowered)
                )
    return out


def _remaining_by_path(
    conn: Connection, paths: dict[str, int], gone: Sequence[int]
) -> dict[str, int]:
    """How many documents of each path would remain after deleting ``gone``."""
    totals: dict[str, int] = {}
    names = list(paths)
    for start in range(0, len(names), BATCH):
        chunk = names[start : start + BATCH]
        rows = conn.execute(
            select(Document.path, func.count())
            .where(Document.path.in_(chunk))
            .group_by(Document.path)
        )
        totals.update({path: count for path, count in rows})
    return {path: totals.get(path, 0) - paths[path] for path in paths}


def earlier_documents(conn: Connection, path: str) -> list[tuple[int, str, str | None]]:
    """``(id, content_hash, locator)`` of every stored document read from ``path``."""
    rows = conn.execute(
        select(Document.id, Document.content_hash, Document.locator).where(Document.path == path)
    )
    return [(row.id, row.content_hash, row.locator) for row in rows]


def files_with_copies(conn: Connection, *, besides: str) -> list[str]:
    """Files (other than ``besides``) that counted more documents than are stored under
    their own path: some of their text was a duplicate of another file's document.

    When the ingest deletes a document it replaced, such a file may be the only
    place its text is still read from, so its fingerprint is forgotten and the next
    ingest reads it again (a document whose text is still there is simply found again).
    """
    own = (
        select(func.count())
        .select_from(Document)
        .where(Document.path == IngestFile.path)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(IngestFile.path).where(
            IngestFile.path != besides,
            IngestFile.status.in_(("done", "partial")),
            IngestFile.sha256.is_not(None),
            IngestFile.documents > own,
        )
    )
    return [row.path for row in rows]


def forget_fingerprints(conn: Connection, paths: Sequence[str]) -> None:
    """Make the next ingest read these files again, whatever their size and time."""
    for start in range(0, len(paths), BATCH):
        chunk = list(paths[start : start + BATCH])
        conn.execute(
            update(IngestFile)
            .where(IngestFile.path.in_(chunk))
            .values(sha256=None, mtime_ns=None, size=None)
        )


__all__ = [
    "Deleted",
    "delete_documents",
    "earlier_documents",
    "files_with_copies",
    "forget_fingerprints",
]
