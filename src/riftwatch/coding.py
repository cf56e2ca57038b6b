"""Coding stored documents: ``riftwatch --db URL extract``.

The layer that joins stages to the store (``nlp/`` stays pure: it never imports the store).

Each document is coded by a pure function (:func:`code_batch`), in this process or in a pool
of worker processes (``workers``), and written in its own transaction: its old events are
replaced (analysts' judgements re-attach to the new events, see
:func:`riftwatch.store.judgements.reattach`) and it is stamped with the coder version.
Documents whose stamp is the current version are skipped, so a rerun adds nothing and a run
killed part way is finished by the next one; a new lexicon or knowledge base changes the
version, and the next run re-codes everything.

The store's documents are one corpus (:mod:`riftwatch.nlp.memory`): before a run codes
anything, a first pass reads the person ties and acronym definitions of **every** document
of the store (coded or not), and the documents the run codes use them. Documents coded by an
earlier run keep their events: a tie a newer document tells reaches them only when they are
coded again (``extract --all``, or a new coder version).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select, update

from riftwatch.interrupt import interrupted, release, stop_on_sigterm
from riftwatch.nlp.batch import BATCH, BATCH_CHARS, coder_version, learn, map_batches
from riftwatch.store.engine import Store
from riftwatch.store.judgements import reattach
from riftwatch.store.tables import Document, EventRow, utcnow

PAGE = 200
"""Document ids read per query while streaming the documents to code."""


def _condition(version: str, recode_all: bool) -> ColumnElement[bool]:
    """Which documents a run codes: ready or coded ones, by another version unless ``all``."""
    condition = Document.status.in_(("ready", "coded"))
    if recode_all:
        return condition
    return and_(condition, or_(Document.coded_version.is_(None), Document.coded_version != version))


def _pending(store: Store, version: str, recode_all: bool) -> Iterator[list[dict[str, Any]]]:
    """Batches of documents to code, streamed page by page in id order.

    A batch holds at most ``BATCH`` documents and, unless one document alone is longer,
    ``BATCH_CHARS`` characters: long documents (the parts of a big file) are coded and
    reported one or a few at a time, and only their batch is held in memory.
    """
    last = 0
    condition = _condition(version, recode_all)
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(Document.id, Document.char_count)
                .where(condition, Document.id > last)
                .order_by(Document.id)
                .limit(PAGE)
            ).all()
        if not rows:
            return
        last = rows[-1].id
        group: list[int] = []
        size = 0
        for row in rows:
            length = row.char_count or 0
            if group and (len(group) >= BATCH or size + length > BATCH_CHARS):
                yield _fetch(store, group)
                group, size = [], 0
            group.append(row.id)
            size += length
        if group:
            yield _fetch(store, group)


def _fetch(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(Document.id, Document.text, Document.published, Document.source_type,
                   Document.external_id)
            .where(Document.id.in_(ids))
            .order_by(Document.id)
        ).all()  # fmt: skip
    # "ref": the document's own id, which the corpus memory's provenance names
    return [
        {"id": r.id, "text": r.text, "date": r.published, "source_type": r.source_type,
         "ref": r.external_id}
        for r in rows
    ]  # fmt: skip


def _write(store: Store, doc_id: int, events: list[dict[str, Any]], version: str) -> None:
    now = utcnow()
    rows = [
        {
            "document_id": doc_id,
            "sentence_index": e["sentence_index"],
            "sentence_start": e["start"],
            "sentence_end": e["end"],
            "source_id": e["source"].get("id"),
            "source_name": e["source"]["name"],
            "target_id": e["target"].get("id"),
            "target_name": e["target"]["name"],
            "event_type": e["event_type"],
            "mode": e["mode"],
            "modality": e["modality"],
            "event_date": e["date"],
            "date_precision": e.get("date_precision"),
            "confidence": e["confidence"],
            "quote": e["quote"],
            "attributed_to": e["attributed_to"],
            "detail": json.loads(
                json.dumps(
                    {
                        "source": e["source"],
                        "target": e["target"],
                        "trigger": e.get("trigger"),
                        "why": e.get("why", []),
                    }
                )
            ),  # fmt: skip
            "coder_version": version,
            "created_at": now,
        }
        for e in events
    ]
    with store.engine.begin() as conn:
        conn.execute(delete(EventRow).where(EventRow.document_id == doc_id))
        if rows:
            conn.execute(insert(EventRow), rows)
        # analysts' judgements follow the document's events to their new ids
        reattach(conn, doc_id)
        conn.execute(
            update(Document)
            .where(Document.id == doc_id)
            .values(coded_version=version, coded_at=now, status="coded")
        )


def _count_pending(store: Store, version: str, recode_all: bool) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.count()).select_from(Document).where(_condition(version, recode_all))
            )
            or 0
        )


def code_stored(
    store: Store,
    *,
    recode_all: bool = False,
    workers: int = 1,
    progress: Callable[[str, dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Code the store's documents that the current coder has not coded yet.

    Returns ``{"documents", "events", "coder_version", "workers"}``. ``progress`` is
    called as ``progress(event, info)``: ``"start"`` with ``{"total"}`` (documents to
    code), then ``"document"`` after each document stored with the running
    ``{"documents", "events", "total"}``, and ``"end"`` with the same. Ctrl-C or SIGTERM
    stops the run and raises :class:`~riftwatch.interrupt.Interrupted` with this
    dictionary as its summary: each document is written in its own transaction, so every
    document is left either coded or untouched, and a rerun codes the rest.
    """
    version = coder_version()
    done_docs = done_events = 0
    report = progress or (lambda _event, _info: None)

    def counts() -> dict[str, Any]:
        return {
            "documents": done_docs,
            "events": done_events,
            "coder_version": version,
            "workers": workers,
        }

    def record(results: list[tuple[int, list[dict[str, Any]]]]) -> None:
        nonlocal done_docs, done_events
        for doc_id, events in results:
            _write(store, doc_id, events, version)
            done_docs += 1
            done_events += len(events)
            report("document", {"documents": done_docs, "events": done_events, "total": total})

    with stop_on_sigterm():
        try:
            total = _count_pending(store, version, recode_all)
            report("start", {"total": total})
            # the store is one corpus: what each of its documents settles (person ties,
            # acronyms) is read from all of them before any is coded (nlp/memory.py)
            memory = learn(_pending(store, version, True), workers) if total else None
            for results in map_batches(_pending(store, version, recode_all), workers, memory):
                record(results)
        except KeyboardInterrupt as exc:
            stop = interrupted(exc, counts())
            release(exc)
            raise stop from None
    report("end", {"documents": done_docs, "events": done_events, "total": total})
    return counts()


__all__ = ["code_stored"]
