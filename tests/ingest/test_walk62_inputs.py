"""Inputs an analyst's Ethiopia and Syria files held (walk62), on both stores: JSON Lines
reports that name their source but not its kind were all typed "other" (grade F6) unless the
source was one of the few agencies listed by name; a name holding a word of a kind
("Ministry", "Observatory", "Standard", "BBC") now gives that kind and its default grades
(grading.yaml ``source_words``), a listed agency keeps its own entry, and the record's own
type still comes first."""

from __future__ import annotations

import json
from pathlib import Path

from riftwatch import api


def test_a_source_name_implies_its_kind(tmp_path: Path, db_url: str) -> None:
    rows = [
        {"id": "a", "source": "Kestrel Ministry of Foreign Affairs"},
        {"id": "b", "source": "The Zorbat Herald"},
        {"id": "c", "source": "Observatory for the Ulm Valley"},
        {"id": "d", "source": "Reuters"},
        {"id": "e", "source": "Ulm Daily", "source_type": "social_media"},
        {"id": "f", "source": "Kestrel Weekly Bulletin"},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text(
        "".join(
            json.dumps({**r, "title": r["id"], "text": f"Kestrel fighters met Zorbat ({r['id']})."})
            + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    assert api.ingest([path], db=db_url).documents_added == 6
    kinds = {
        d["title"]: (d["source_type"], d["grade"]) for d in api.list_documents(db_url, limit=10)
    }
    assert kinds == {
        "a": ("official_statement", "C3"),
        "b": ("news", "C3"),
        "c": ("monitoring_report", "B2"),
        "d": ("wire", "B2"),  # the agency's own entry
        "e": ("social_media", "F5"),  # the record's own kind first
        "f": ("other", "F6"),  # no word of a kind
    }
