"""Analysts' judgements of events: export (CSV, JSON Lines) and import, for round trips.

An export row is one judgement (the whole history: every verdict and credibility
override, oldest first) with what names its event in any store that holds the same
document: the document's content hash and the event as the coder said it (sentence
index and start, source, target, type, mode, modality), the same key that re-attaches
judgements after a recode (:mod:`riftwatch.store.judgements`).

:func:`import_judgements` reads such a file (CSV, JSON array or JSON Lines), checks
every row first, finds each judged event in this store by the same tiers as a recode,
and adds the judgements with their analyst and time in one transaction: a bad row is
an :class:`~riftwatch.errors.ExportError` naming the file, line and field, and nothing
is written. A judgement already present (same event, kind, values, analyst and time)
is skipped, so importing a file twice adds nothing the second time.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from riftwatch.errors import ExportError, RiftwatchError
from riftwatch.export import register_records
from riftwatch.export.cells import from_csv_text

VERSION = "v1"

COLUMNS = (
    "judgement_id",
    "kind",
    "verdict",
    "changes",
    "credibility",
    "note",
    "analyst",
    "at",
    "event_id",
    "document_hash",
    "doc_external_id",
    "sentence_index",
    "sentence_start",
    "source_key",
    "target_key",
    "event_type",
    "mode",
    "modality",
    "coder_version",
)
"""The columns of a judgements export (and what an import reads)."""

REQUIRED = ("kind", "analyst", "at", "document_hash", "sentence_index", "source_key",
            "target_key", "event_type", "modality")  # fmt: skip


def judgement_rows(store: Any, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every judgement (of the events matching ``filters``; with none, also orphans),
    oldest first, as export rows."""
    from riftwatch import api
    from riftwatch.store.tables import Document, EventJudgementRow, EventRow

    J = EventJudgementRow
    query = (
        select(J, Document.content_hash, Document.external_id)
        .join(Document, Document.id == J.document_id)
        .order_by(J.id)
    )
    if any(v not in (None, "", [], False) for v in filters.values()):
        wanted = {k: v for k, v in filters.items() if k != "include_rejected"}
        with store.engine.connect() as conn:  # actor names resolved once, before the query
            conditions = api._event_filters(api.EventFilters.of(**wanted), conn)
        matching = (
            select(EventRow.id)
            .join(Document, Document.id == EventRow.document_id)
            .where(*conditions)
        )
        query = query.where(J.event_id.in_(matching))
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=1000).execute(query)
        for row in result:
            j = row  # the judgement columns, flattened by the Core select
            changes = json.loads(j.changes) if isinstance(j.changes, str) else j.changes
            yield {
                "judgement_id": j.id, "kind": j.kind, "verdict": j.verdict,
                "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)
                if changes else None,
                "credibility": j.credibility, "note": j.note, "analyst": j.analyst,
                "at": j.created_at.isoformat(timespec="microseconds"), "event_id": j.event_id,
                "document_hash": row.content_hash, "doc_external_id": row.external_id,
                "sentence_index": j.sentence_index, "sentence_start": j.sentence_start,
                "source_key": j.source_key, "target_key": j.target_key,
                "event_type": j.event_type, "mode": j.mode, "modality": j.modality,
                "coder_version": j.coder_version,
            }  # fmt: skip


register_records(
    "judgements", VERSION, judgement_rows, COLUMNS,
    descriptions=("every analyst judgement with the key of its event (for `import judgements`)",
                  "the same as JSON Lines"),
)  # fmt: skip


# -- reading import files ---------------------------------------------------------------


def read_records(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line, record)`` of a CSV, JSON (an array, or an object with ``items``) or JSON
    Lines file. CSV lines are the physical line a record starts on (the header is line
    1); a JSON array's records are numbered from 1. Raises ExportError RW723 (unreadable),
    RW724 (not CSV or JSON), RW725 (bad JSON)."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in (".csv", ".json", ".jsonl", ".ndjson"):
        raise ExportError("RW724", path=str(file), value=file.name)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError("RW723", path=str(file), detail=str(exc)) from None
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        start = 2
        for record in reader:
            yield start, {k.strip(): from_csv_text(v) for k, v in record.items() if k is not None}
            start = reader.line_num + 1
        return
    stripped = text.lstrip()
    if suffix == ".json" and stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", 1)
            raise ExportError("RW725", path=str(file), line=line, detail=str(exc)) from None
        items = data.get("items", [data]) if isinstance(data, dict) else data
        for number, record in enumerate(items, start=1):
            if not isinstance(record, dict):
                raise ExportError("RW725", path=str(file), line=number,
                                  detail="each record must be a JSON object")  # fmt: skip
            yield number, record
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ExportError("RW725", path=str(file), line=number, detail=str(exc)) from None
        if not isinstance(record, dict):
            raise ExportError("RW725", path=str(file), line=number,
                              detail="each line must be a JSON object")  # fmt: skip
        yield number, record


def check_columns(records: list[tuple[int, dict[str, Any]]], required: tuple[str, ...],
                  path: str) -> None:  # fmt: skip
    """RW731 when a CSV file's header (its first record's keys) lacks a required column."""
    if not records or not path.lower().endswith(".csv"):
        return
    columns = list(records[0][1])
    for field in required:
        if field not in columns:
            raise ExportError("RW731", path=path, line=1, field=field,
                              columns=", ".join(columns) or "none")  # fmt: skip


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    return None if _blank(value) else str(value).strip()


def _int(value: Any, field: str, path: str, line: int) -> int | None:
    if _blank(value):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ExportError("RW727", path=path, line=line, field=field,
                          detail=f"{value!r} is not a whole number") from None  # fmt: skip


def _parse_row(record: dict[str, Any], path: str, line: int) -> SimpleNamespace:
    """One import row checked and normalised (ExportError RW726/RW727 naming the field)."""
    from riftwatch.claims_store import (
        check_analyst,
        check_verdict,
        parse_changes,
        parse_credibility_value,
    )

    for field in REQUIRED:
        if _blank(record.get(field)):
            raise ExportError("RW726", path=path, line=line, field=field)
    kind = str(record["kind"]).strip().lower()
    if kind not in ("verdict", "credibility"):
        raise ExportError("RW727", path=path, line=line, field="kind",
                          detail=f"{record['kind']!r}: use verdict or credibility")  # fmt: skip
    field = "analyst"
    try:
        analyst = check_analyst(str(record["analyst"]))
        verdict = changes = credibility = None
        if kind == "verdict":
            field = "verdict"
            verdict = check_verdict(record.get("verdict"))
            field = "changes"
            raw = record.get("changes")
            if isinstance(raw, str) and raw.strip():
                try:
                    raw = json.loads(raw)
                except ValueError as exc:
                    raise ExportError("RW727", path=path, line=line, field="changes",
                                      detail=f"not valid JSON: {exc}") from None  # fmt: skip
            changes = parse_changes(raw if raw not in ("", None) else None) or None
            if (verdict == "correct") != bool(changes):
                detail = "a correction needs changes" if verdict == "correct" else (
                    "only a correction has changes")  # fmt: skip
                raise ExportError("RW727", path=path, line=line, field="changes", detail=detail)
        else:
            field = "credibility"
            credibility = parse_credibility_value(
                None if _blank(record.get("credibility")) else record.get("credibility")
            )
    except ExportError:
        raise
    except RiftwatchError as exc:
        raise ExportError("RW727", path=path, line=line, field=exc.field or field,
                          detail=exc.detail) from None  # fmt: skip
    try:
        at = datetime.fromisoformat(str(record["at"]).strip().replace("Z", "+00:00"))
    except ValueError as exc:
        # an ISO shape with an impossible day (2018-02-30) is named as such
        detail = f"{record['at']!r} is not an ISO date and time"
        if "out of range" in str(exc) or "must be in" in str(exc):
            detail = f"{record['at']!r} is not a calendar date and time ({exc})"
        raise ExportError("RW727", path=path, line=line, field="at", detail=detail) from None
    if at.tzinfo is not None:
        from datetime import UTC

        at = at.astimezone(UTC).replace(tzinfo=None)
    return SimpleNamespace(
        line=line, kind=kind, verdict=verdict, changes=changes, credibility=credibility,
        note=_text(record.get("note")), analyst=analyst, at=at,
        document_hash=str(record["document_hash"]).strip(),
        sentence_index=_int(record["sentence_index"], "sentence_index", path, line),
        sentence_start=_int(record.get("sentence_start"), "sentence_start", path, line),
        source_key=str(record["source_key"]).strip(),
        target_key=str(record["target_key"]).strip(),
        event_type=str(record["event_type"]).strip().upper(),
        mode=_text(record.get("mode")), modality=str(record["modality"]).strip().lower(),
    )  # fmt: skip


def _same(a: Any, b: Any) -> bool:
    def norm(value: Any) -> Any:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return value
        return json.dumps(value or None, sort_keys=True)

    return norm(a) == norm(b)


def import_judgements(store: Any, path: str | Path) -> dict[str, Any]:
    """Import the judgements of ``path`` (as ``export judgements`` writes them) into
    ``store``: ``{"file", "rows", "imported", "already_present"}``. One transaction."""
    from riftwatch.claims_store import _EVENT_COLUMNS
    from riftwatch.store import judgements as jstore
    from riftwatch.store.tables import Document, EventJudgementRow, EventRow

    shown = str(path)
    records = list(read_records(path))
    check_columns(records, REQUIRED, shown)
    rows = [_parse_row(record, shown, line) for line, record in records]
    if not rows:
        raise ExportError("RW730", path=shown)
    J = EventJudgementRow
    imported = present = 0
    with store.engine.begin() as conn:
        documents: dict[str, int | None] = {}
        events: dict[int, list[Any]] = {}
        for row in rows:
            if row.document_hash not in documents:
                documents[row.document_hash] = conn.scalar(
                    select(Document.id).where(Document.content_hash == row.document_hash)
                )
            doc_id = documents[row.document_hash]
            if doc_id is None:
                raise ExportError("RW728", path=shown, line=row.line, field="document_hash",
                                  value=row.document_hash)  # fmt: skip
            if doc_id not in events:
                events[doc_id] = conn.execute(
                    select(*_EVENT_COLUMNS).where(EventRow.document_id == doc_id)
                    .order_by(EventRow.id)
                ).all()  # fmt: skip
            event = _match(row, events[doc_id])
            if event is None:
                detail = (f"sentence {row.sentence_index}, {row.source_key} {row.event_type} "
                          f"{row.target_key}, {row.modality}")  # fmt: skip
                raise ExportError("RW729", path=shown, line=row.line, field="event",
                                  document=doc_id, detail=detail)  # fmt: skip
            existing = conn.execute(
                select(J.verdict, J.changes, J.credibility, J.note).where(
                    J.document_id == doc_id, J.kind == row.kind, J.analyst == row.analyst,
                    J.created_at == row.at, J.event_id == event.id,
                )
            ).all()  # fmt: skip
            if any(e.verdict == row.verdict and e.credibility == row.credibility
                   and (e.note or None) == row.note and _same(e.changes, row.changes)
                   for e in existing):  # fmt: skip
                present += 1
                continue
            jstore.add(conn, event, row.kind, row.analyst, row.at, verdict=row.verdict,
                       changes=row.changes, credibility=row.credibility,
                       note=row.note)  # fmt: skip
            imported += 1
    return {"file": shown, "rows": len(rows), "imported": imported, "already_present": present}


def _match(row: Any, events: list[Any]) -> Any:
    """The event of this store that ``row`` judged: the best tier of a recode's match."""
    from riftwatch.store.judgements import _tier

    probe = SimpleNamespace(
        kind=row.kind, source_key=row.source_key, target_key=row.target_key,
        sentence_index=row.sentence_index, sentence_start=row.sentence_start,
        event_type=row.event_type, modality=row.modality, mode=row.mode,
        changes=row.changes or {},
    )  # fmt: skip
    best: tuple[int, int, Any] | None = None
    for event in events:
        tier = _tier(probe, event)
        if tier is not None and (best is None or (tier, event.id) < best[:2]):
            best = (tier, event.id, event)
    return None if best is None else best[2]


__all__ = ["COLUMNS", "check_columns", "import_judgements", "judgement_rows", "read_records"]
