"""A field log's own column names for its date and its reporter are found without a mapping
("reported_on", "when", "date_reported"; "reporter", "reported_by"): a spreadsheet whose rows
kept no date was coded undated, so every event of it fell out of the timelines (walk52)."""

from __future__ import annotations

from pathlib import Path

import pytest

from riftwatch import api


@pytest.mark.parametrize(
    ("date_column", "source_column"),
    [("reported_on", "reporter"), ("when", "reported_by"), ("date_reported", "author")],
)
def test_a_field_logs_date_and_reporter_columns_are_read(
    tmp_path: Path, db_url: str, date_column: str, source_column: str
) -> None:
    path = tmp_path / "field_log.csv"
    path.write_text(
        f"{date_column},{source_column},admiralty,text\n"
        "2018-03-10,Idlib stringer,C3,Kestrel fighters attacked a Zorbat post.\n"
        "2020-06-26,NGO security officer,B2,The Zorbat Front paid Kestrel commanders.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 2
    docs = api.list_documents(db_url, limit=10)
    assert sorted((d["published"], d["source"], d["grade"]) for d in docs) == [
        ("2018-03-10", "Idlib stringer", "C3"),
        ("2020-06-26", "NGO security officer", "B2"),
    ]


def test_a_source_column_wins_over_an_author_column(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(
        "date,source,author,text\n2019-01-02,Levant Wire,J. Doe,Kestrel fighters left Zorbat.\n",
        encoding="utf-8",
    )
    api.ingest([path], db=db_url)
    (doc,) = api.list_documents(db_url, limit=10)
    assert doc["source"] == "Levant Wire"
