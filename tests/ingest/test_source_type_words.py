"""A record's source type in the words a spreadsheet or feed export uses ("think-tank report",
"press release", "Telegram") is read as the kind it names; an unknown word is still refused
with the line, the field and the kinds accepted (walk52: "report" refused two rows of a graded
JSON Lines file)."""

from __future__ import annotations

import json
from pathlib import Path

from riftwatch import api


def test_source_type_synonyms_are_read(tmp_path: Path, db_url: str) -> None:
    kinds_given = ["think-tank report", "Press release", "Telegram", "rumour mill"]
    rows = [
        {"id": k, "title": k, "source_type": kind, "text": f"Kestrel fighters met Zorbat ({k})."}
        for k, kind in zip("abcd", kinds_given, strict=True)
    ]
    path = tmp_path / "graded.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = api.ingest([path], db=db_url)
    assert summary.documents_added == 3 and summary.failed == 1
    kinds = {d["title"]: d["source_type"] for d in api.list_documents(db_url, limit=10)}
    assert kinds == {"a": "analysis", "b": "official_statement", "c": "social_media"}
    (failure,) = api.status(db_url)["failed"]
    assert failure["line"] == 4
    assert "RW004" in failure["error"] and "rumour mill" in failure["error"]
