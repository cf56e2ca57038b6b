"""Claims of a JSON Lines file: grades, origins and bad lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch.analysis.load import claims_from_jsonl
from riftwatch.errors import RiftwatchError

WIRE = (
    "Haqqani network commanders met Al Qaeda envoys in Miram Shah last week to plan joint "
    "attacks on Afghan army posts, according to two officials who spoke on condition of "
    "anonymity because they were not authorised to talk to reporters about the meeting."
)


def _write(tmp_path: Path, rows: list[object]) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_reprints_share_one_origin_and_grades_come_from_the_record(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {"id": "a", "date": "2010-03-01", "text": WIRE, "reliability": "B", "credibility": 2},
            {"id": "b", "date": "2010-03-02", "text": WIRE.replace("last week", "on Monday")},
            {"id": "c", "date": "2010-04-01", "text": "The Taliban refused to shelter Al Qaeda."},
        ],
    )
    claims, docs = claims_from_jsonl(path)
    assert [d["id"] for d in docs] == ["a", "b", "c"]
    by_doc = {c.doc_id: c for c in claims}
    assert by_doc["a"].origin == by_doc["b"].origin == "doc:a"
    assert by_doc["c"].origin == "doc:c"
    assert by_doc["a"].grade == "B2"
    assert by_doc["a"].published == "2010-03-01"
    assert len({c.event_id for c in claims}) == len(claims)


def test_bad_lines_are_reported_with_their_number_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = _write(
        tmp_path, ["{not json", {"id": "ok", "text": "Al Qaeda trained Haqqani fighters."}]
    )
    errors: list[RiftwatchError] = []
    claims, docs = claims_from_jsonl(path, on_error=errors.append)
    assert [d["id"] for d in docs] == ["ok"]
    assert claims and errors and "line 1" in str(errors[0])
    with pytest.raises(RiftwatchError):
        claims_from_jsonl(path)
