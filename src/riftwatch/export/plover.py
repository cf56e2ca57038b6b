"""PLOVER-style JSON: one record per claim, in the field names of the PLOVER manual's
"Data Fields" chapter (``id``, ``date``, ``enddate``, ``actor``, ``recipient``,
``event``, ``mode``, ``context``, ``quad_code``, ``event_text``, ``text_info``,
``cite_info``, ``coder``, ``coded_date``, ``comment``), written as JSON Lines (the
manual's suggestion), with riftwatch's own fields under the ``riftwatch`` key
(modality, grade, confidence, origin group, attribution, judgement).

Claims are exported as the analysts corrected them; ``has_event`` is False for a claim
an analyst rejected. PLOVER records events that happened: a negated, denied,
hypothetical or future claim keeps its category in ``event`` and says so in
``riftwatch.modality`` and in ``comment``, so a user who reads only PLOVER's fields
should filter on ``riftwatch.modality == "asserted"`` (or export with
``--modality asserted``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from riftwatch.export import Exporter, chunk_writer, register

VERSION = "v1"
DATA = Path(__file__).resolve().parent.parent / "data" / "export" / "plover.yaml"


@lru_cache(maxsize=1)
def quads() -> dict[str, Any]:
    """The PLOVER category -> quad code table (``data/export/plover.yaml``)."""
    with open(DATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _entity(actor_id: str | None, name: str | None, mention: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"identifier_id": actor_id, "identifier_text": name}
    if mention:
        out["entity_text"] = mention
    if actor_id and actor_id.startswith("country:"):
        out["code"] = actor_id.split(":", 1)[1].upper()[:3]
    return out


def _dates(value: str | None) -> tuple[str | None, str | None]:
    from riftwatch.export.rows import day_span

    span = day_span(value)
    if span is None:
        return None, None
    first, last = span
    return first, (last if last != first else None)


def record(row: dict[str, Any], coder: str = "riftwatch") -> dict[str, Any]:
    """One export row (:mod:`riftwatch.export.rows`) as a PLOVER-style record.

    >>> r = record({"event_id": 7, "date": "2009", "source_actor_id": "org:a",
    ...     "source_actor_name": "A", "target_actor_id": "org:b", "target_actor_name": "B",
    ...     "event_type": "AID", "mode": "sanctuary", "modality": "asserted", "quote": "q",
    ...     "counts": True, "judgement": "unjudged"})
    >>> r["id"], r["date"], r["enddate"], r["event"], r["quad_code"], r["has_event"]
    ('riftwatch-7', '2009-01-01', '2009-12-31', ['AID'], 2, True)
    """
    table = quads()
    date, enddate = _dates(row.get("date"))
    published = row.get("published")
    out: dict[str, Any] = {
        "id": f"riftwatch-{row['event_id']}",
        "has_event": bool(row.get("counts", True)),
        "date": date,
        "enddate": enddate,
        "actor": [_entity(row.get("source_actor_id"), row.get("source_actor_name"), None)],
        "recipient": [_entity(row.get("target_actor_id"), row.get("target_actor_name"), None)],
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": [],
        "quad_code": table["quads"].get(row["event_type"]),
        "event_text": [row["quote"]] if row.get("quote") else [],
        "text_info": {"sequence": row.get("sentence_index"), "start": row.get("quote_start"),
                      "end": row.get("quote_end")},  # fmt: skip
        "cite_info": {
            "citation": row.get("doc_external_id") or row.get("document_id"),
            "url": row.get("document_url"), "title": row.get("document_title"),
            "publication": row.get("outlet"), "coder": row.get("coder_version"),
            "codebook": table.get("codebook"),
        },  # fmt: skip
        "coder": coder,
        "comment": None if row.get("modality") in (None, "asserted") else (
            f"modality {row['modality']}: the report does not assert that this happened"),
    }  # fmt: skip
    if published:
        out["cite_info"]["published"] = published
    out["riftwatch"] = {
        key: row.get(key)
        for key in ("event_id", "document_id", "modality", "confidence", "grade", "reliability",
                    "effective_credibility", "credibility_override", "date", "date_precision",
                    "origin_group", "attributed_to", "source_type", "judgement",
                    "judgement_analyst", "judgement_at", "judgement_note", "judgement_changes")
    }  # fmt: skip
    return out


def plover_chunks(store: Any, filters: dict[str, Any], options: dict[str, Any]
                  ) -> Iterator[bytes]:  # fmt: skip
    """The PLOVER-style JSON Lines export, one piece per batch of claims."""
    from riftwatch.export.rows import claim_rows

    kw = {"batch_size": int(options["batch_size"])} if options.get("batch_size") else {}
    for batch in claim_rows(store, filters, **kw):
        yield "".join(json.dumps(record(r), ensure_ascii=False) + "\n" for r in batch).encode()


def write_plover(store: Any, stream: BinaryIO, filters: dict[str, Any],
                 options: dict[str, Any]) -> int:  # fmt: skip
    """Write the PLOVER-style JSON Lines; returns the number of records."""
    return chunk_writer(plover_chunks, 0)(store, stream, filters, options)


register(Exporter(
    name=f"plover.jsonl.{VERSION}", kind="plover", format="jsonl",
    media_type="application/x-ndjson", suffix=".plover.jsonl", write=write_plover,
    chunks=plover_chunks,
    description="one PLOVER-style JSON record per claim (manual's field names), JSON Lines",
))  # fmt: skip

__all__ = ["plover_chunks", "quads", "record", "write_plover"]
