"""A coder version names every stage and lexicon layer that coded a document; it grows with
the pipeline, and no store may refuse it for its length (PostgreSQL enforced 200 characters
before migration 0014)."""

from __future__ import annotations

from sqlalchemy import insert, select

from riftwatch.store import Store
from riftwatch.store.tables import Document, EventRow, Source, utcnow

LONG = "+".join(f"stage{i}.rules.v{i}" for i in range(60))  # far over 200 characters


def test_a_long_coder_version_is_stored_whole(store: Store) -> None:
    assert len(LONG) > 600
    now = utcnow()
    with store.engine.begin() as conn:
        conn.execute(insert(Source), [{"id": 1, "name": "Wire", "created_at": now}])
        conn.execute(insert(Document), [{
            "id": 1, "content_hash": "0" * 64, "title": "Report", "language": "en",
            "source_id": 1, "source_type": "news", "grade_origin": {}, "char_count": 10,
            "text": "x" * 10, "status": "coded", "coded_version": LONG, "meta": {},
            "created_at": now,
        }])  # fmt: skip
        conn.execute(insert(EventRow), [{
            "id": 1, "document_id": 1, "sentence_index": 0, "sentence_start": 0,
            "sentence_end": 10, "source_name": "A",
            "target_name": "B", "event_type": "AID", "modality": "asserted",
            "confidence": 0.9, "detail": {}, "coder_version": LONG, "created_at": now,
        }])  # fmt: skip
    with store.engine.connect() as conn:
        assert conn.execute(select(Document.coded_version)).scalar_one() == LONG
        assert conn.execute(select(EventRow.coder_version)).scalar_one() == LONG
