"""An Admiralty grade in one field ('B2') grades a record: CSV, JSON Lines and sidecars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.errors import ConfigError


def _grades(db_url: str) -> dict[str, str]:
    return {d["title"] or d["locator"]: d["grade"] for d in api.list_documents(db_url, limit=50)}


def test_a_mapped_grade_column_grades_each_row(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "when,who,grade,note,title\n"
        "2016-03-01,stringer,C3,Kestrel fighters attacked a Zorbat post.,one\n"
        "2019-11-30,security officer,b-2,Zorbat Front paid Kestrel commanders.,two\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url, columns="text=note,date=when,source=who,grade=grade")
    assert summary.failed == 0 and summary.documents_added == 2
    assert _grades(db_url) == {"one": "C3", "two": "B2"}


def test_a_grade_key_is_found_without_a_mapping(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "notes.jsonl"
    rows = [
        {"id": "a", "title": "a", "text": "Kestrel fighters raided a Zorbat camp.", "grade": "D4"},
        {"id": "b", "title": "b", "text": "Zorbat Front met Kestrel envoys.", "admiralty": "A1"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    api.ingest([path], db=db_url)
    assert _grades(db_url) == {"a": "D4", "b": "A1"}


def test_bad_or_contradicted_grades_are_refused_by_line(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "notes.jsonl"
    rows = [
        {
            "id": "ok",
            "title": "ok",
            "text": "Kestrel fighters raided a Zorbat camp.",
            "grade": "C2",
        },
        {"id": "bad", "text": "Zorbat Front met Kestrel envoys.", "grade": "G9"},
        {"id": "two", "text": "Zorbat Front paid Kestrel.", "grade": "B2", "reliability": "C"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = api.ingest([path], db=db_url)
    assert summary.documents_added == 1
    problems = {f["line"]: f["error"] for f in summary.failures}
    assert "grade" in problems[2] and "'G9'" in problems[2]
    assert "reliability B" in problems[3] and "'C'" in problems[3]
    assert _grades(db_url) == {"ok": "C2"}
    # the bad lines fixed, a rerun adds them without doubling the good one
    rows[1]["grade"], rows[2]["reliability"] = "E5", "B"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0
    assert api.count_documents(db_url) == 3


def test_a_sidecar_grade(tmp_path: Path, sqlite_url: str) -> None:
    path = tmp_path / "debrief.txt"
    path.write_text("A detainee said Kestrel couriers carried Zorbat money.\n", encoding="utf-8")
    (tmp_path / "debrief.txt.meta.yaml").write_text("grade: E5\n")
    api.ingest([path], db=sqlite_url)
    assert list(_grades(sqlite_url).values()) == ["E5"]
    (tmp_path / "debrief.txt.meta.yaml").write_text("grade: high\n")
    path.write_text("A detainee said Kestrel couriers carried Zorbat fuel.\n", encoding="utf-8")
    summary = api.ingest([path], db=sqlite_url)
    assert summary.failed == 1
    assert "not an Admiralty grade" in summary.failures[0]["error"]


def test_the_grade_field_is_named_in_the_mapping_check() -> None:
    from riftwatch.ingest.readers.jsonl import check_mapping

    assert check_mapping({"grade": "code"}) == ["grade"]
    with pytest.raises(ConfigError):
        check_mapping({"grading": "code"})
