"""Events and claims as flat export rows, read from the store in batches.

:func:`event_rows` streams stored events as coded (``api.list_events``' filters and
shape), :func:`claim_rows` streams claims as the analysts corrected them
(``claims_store.load_claims``' filters). Both yield lists of flat rows with the columns
of :data:`COLUMNS`: provenance (document, outlet, grade, dates, quote span), actors (ids
and names), PLOVER type, mode and context, modality, confidence, the independent origin
group, and the analyst's current judgement.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Text, cast, select

from riftwatch.store import Store
from riftwatch.store.tables import Document, EventRow, Source

BATCH = 2000
"""Rows read from the database (and written) at a time."""

COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "int"),
    ("document_id", "int"),
    ("doc_external_id", "str"),
    ("document_hash", "str"),
    ("document_title", "str"),
    ("document_url", "str"),
    ("published", "str"),
    ("outlet", "str"),
    ("source_type", "str"),
    ("reliability", "str"),
    ("credibility", "int"),
    ("credibility_override", "int"),
    ("effective_credibility", "int"),
    ("grade", "str"),
    ("date", "str"),
    ("date_precision", "str"),
    ("source_actor_id", "str"),
    ("source_actor_name", "str"),
    ("target_actor_id", "str"),
    ("target_actor_name", "str"),
    ("event_type", "str"),
    ("mode", "str"),
    ("context", "str"),
    ("modality", "str"),
    ("confidence", "float"),
    ("attributed_to", "str"),
    ("origin_group", "str"),
    ("sentence_index", "int"),
    ("sentence_start", "int"),
    ("sentence_end", "int"),
    ("quote", "str"),
    ("quote_start", "int"),
    ("quote_end", "int"),
    ("coder_version", "str"),
    ("judgement", "str"),
    ("judgement_analyst", "str"),
    ("judgement_at", "str"),
    ("judgement_note", "str"),
    ("judgement_changes", "str"),
    ("counts", "bool"),
)
"""Every export row's columns and their types (Parquet's schema is built from them).

``context`` is PLOVER's context field: riftwatch does not code contexts yet, so it is
empty. ``judgement`` is ``unjudged``, ``accept``, ``reject`` or ``correct``;
``counts`` is False for a rejected event. ``quote_start``/``quote_end`` are character
offsets of the quote in the document's text (None when the quote is not found)."""

NAMES = tuple(name for name, _ in COLUMNS)


def day_span(value: str | None) -> tuple[str, str] | None:
    """The first and last calendar day (YYYY-MM-DD) of a date or range, or None.

    >>> day_span("2009"), day_span("2010-02"), day_span("2008-09/2010-03")
    (('2009-01-01', '2009-12-31'), ('2010-02-01', '2010-02-28'), ('2008-09-01', '2010-03-31'))
    """
    import calendar

    from riftwatch.claims_store import _span

    span = _span(value)
    if span is None:
        return None
    first, last = span
    year, month = int(last[:4]), int(last[5:7])
    day = min(int(last[8:10]), calendar.monthrange(year, month)[1])
    return first, f"{last[:8]}{day:02d}"


def _quote_span(sentence: str | None, start: int | None, quote: str | None) -> tuple[Any, Any]:
    """Document offsets of ``quote`` in the sentence that starts at ``start``."""
    if not sentence or not quote or start is None:
        return None, None
    at = sentence.find(quote)
    if at < 0:
        at = sentence.lower().find(quote.lower())
    if at < 0:
        return None, None
    return start + at, start + at + len(quote)


def _attribution(value: Any) -> str | None:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return value.get("name") or value.get("id")
    return None


def _changes(value: Any) -> str | None:
    if isinstance(value, str):
        value = json.loads(value) if value else None
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else str(value)


def event_rows(
    store: Store, filters: dict[str, Any], *, batch_size: int = BATCH
) -> Iterator[list[dict[str, Any]]]:
    """Stored events matching ``api.list_events``' ``filters``, as coded, in batches.

    Each batch is at most ``batch_size`` rows; the rows are read from one streaming query
    (a server-side cursor on PostgreSQL) and never all held.
    """
    from riftwatch import api

    filters = {k: v for k, v in filters.items() if k not in ("include_rejected",)}
    with store.engine.connect() as conn:  # actor names resolved once, before the query
        where = api._event_filters(api.EventFilters.of(**filters), conn)
    base = api._events_query()
    c = base.selected_columns
    # only the columns an export row needs, JSON as text (decoded once per distinct value):
    # the events' ``detail`` JSON is large and not exported
    query = (
        base.with_only_columns(
            c.id, c.document_id, c.external_id, Document.content_hash, Document.title,
            Document.url, Document.published, Source.name, Document.source_type,
            c.reliability, c.credibility, c.c_value, c.event_date, c.date_precision,
            c.source_id, c.source_name, c.target_id, c.target_name, c.event_type, c.mode,
            c.modality, c.confidence, cast(c.attributed_to, Text), Document.origin_id,
            c.sentence_index, c.sentence_start, c.sentence_end, c.quote, c.sentence_text,
            c.coder_version, c.j_verdict, c.j_analyst, c.j_at, c.j_note,
            cast(c.j_changes, Text), maintain_column_froms=True,
        )
        .outerjoin(Source, Source.id == Document.source_id)
        .where(*where)
        .order_by(EventRow.document_id, EventRow.sentence_index, EventRow.id)
    )  # fmt: skip
    decoded: dict[str, Any] = {}
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
        for part in result.partitions(batch_size):
            yield [_event_row(tuple(r), decoded) for r in part]


def _decoded(value: Any, seen: dict[str, Any]) -> Any:
    if not isinstance(value, str):
        return value
    if value not in seen:
        if len(seen) > 10_000:
            seen.clear()
        seen[value] = json.loads(value)
    return seen[value]


def _event_row(r: tuple[Any, ...], decoded: dict[str, Any]) -> dict[str, Any]:
    (event_id, document_id, external_id, content_hash, title, url, published, outlet,
     source_type, reliability, credibility, override, event_date, date_precision, source_id,
     source_name, target_id, target_name, event_type, mode, modality, confidence,
     attributed_raw, origin_id, sentence_index, sentence_start, sentence_end, quote,
     sentence_text, coder_version, verdict, analyst, judged_at, note, changes_raw) = r  # fmt: skip
    quote_start, quote_end = _quote_span(sentence_text, sentence_start, quote)
    effective = override if override is not None else credibility
    return {
        "event_id": event_id, "document_id": document_id, "doc_external_id": external_id,
        "document_hash": content_hash, "document_title": title, "document_url": url,
        "published": published, "outlet": outlet, "source_type": source_type,
        "reliability": reliability, "credibility": credibility,
        "credibility_override": override, "effective_credibility": effective,
        "grade": f"{reliability}{effective}", "date": event_date,
        "date_precision": date_precision, "source_actor_id": source_id or source_name,
        "source_actor_name": source_name, "target_actor_id": target_id or target_name,
        "target_actor_name": target_name, "event_type": event_type, "mode": mode,
        "context": None, "modality": modality, "confidence": float(confidence),
        "attributed_to": _attribution(_decoded(attributed_raw, decoded)),
        "origin_group": f"doc:{origin_id or document_id}",
        "sentence_index": sentence_index, "sentence_start": sentence_start,
        "sentence_end": sentence_end, "quote": quote, "quote_start": quote_start,
        "quote_end": quote_end, "coder_version": coder_version,
        "judgement": verdict or "unjudged", "judgement_analyst": analyst,
        "judgement_at": _iso(judged_at), "judgement_note": note,
        "judgement_changes": _changes(_decoded(changes_raw, decoded)),
        "counts": verdict != "reject",
    }  # fmt: skip


def claim_rows(
    store: Store, filters: dict[str, Any], *, batch_size: int = BATCH
) -> Iterator[list[dict[str, Any]]]:
    """Claims matching ``load_claims``' ``filters`` (corrections applied), in batches."""
    from riftwatch.claims_store import iter_claims

    with store.engine.connect() as conn:
        for claims in iter_claims(store, batch_size=batch_size, **filters):
            ids = sorted({c.document_id for c in claims if c.document_id is not None})
            docs = {
                row.id: row
                for row in conn.execute(
                    select(
                        Document.id,
                        Document.title,
                        Document.url,
                        Document.content_hash,
                        Document.external_id,
                    ).where(Document.id.in_(ids))
                )
            }
            yield [_claim_row(c, docs.get(c.document_id)) for c in claims]


def _claim_row(c: Any, doc: Any) -> dict[str, Any]:
    quote_start, quote_end = _quote_span(c.sentence, c.start, c.quote)
    j = c.judgement
    return {
        "event_id": c.event_id, "document_id": c.document_id,
        "doc_external_id": (doc.external_id or None) if doc else None,
        "document_hash": doc.content_hash if doc else None,
        "document_title": doc.title if doc else None, "document_url": doc.url if doc else None,
        "published": c.published, "outlet": c.outlet, "source_type": c.source_type,
        "reliability": c.reliability, "credibility": c.credibility,
        "credibility_override": c.credibility_override,
        "effective_credibility": c.effective_credibility, "grade": c.grade,
        "date": c.date, "date_precision": c.date_precision,
        "source_actor_id": c.source_id, "source_actor_name": c.source_name,
        "target_actor_id": c.target_id, "target_actor_name": c.target_name,
        "event_type": c.event_type, "mode": c.mode, "context": None, "modality": c.modality,
        "confidence": float(c.confidence), "attributed_to": _attribution(c.attributed_to),
        "origin_group": c.origin, "sentence_index": c.sentence_index,
        "sentence_start": c.start, "sentence_end": c.end, "quote": c.quote,
        "quote_start": quote_start, "quote_end": quote_end, "coder_version": c.coder_version,
        "judgement": j.verdict if j else "unjudged", "judgement_analyst": j.analyst if j else None,
        "judgement_at": j.at if j else None, "judgement_note": j.note if j else None,
        "judgement_changes": _changes(j.changes) if j else None, "counts": c.counts,
    }  # fmt: skip


def rows_of(kind: str, store: Store, filters: dict[str, Any], **kw: Any) -> Iterator[list[dict]]:
    """:func:`event_rows` or :func:`claim_rows` by ``kind``."""
    return (event_rows if kind == "events" else claim_rows)(store, filters, **kw)


__all__ = ["BATCH", "COLUMNS", "NAMES", "claim_rows", "day_span", "event_rows", "rows_of"]
