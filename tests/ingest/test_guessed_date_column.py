"""A spreadsheet's date column under a name of its own ("when_seen", "IncidentDate",
"logged_at") dates its rows when its values read as dates, and a field log's "report" and
"grading" columns are its text and its grade (walk53: such a file was coded undated, so
every event of it fell out of the timelines). A column only guessed never refuses a row:
a value that is no date with its year leaves the row undated."""

from __future__ import annotations

from pathlib import Path

import pytest

from riftwatch import api


@pytest.mark.parametrize("column", ["when_seen", "IncidentDate", "logged_at"])
def test_a_date_column_of_another_name_dates_the_rows(
    tmp_path: Path, db_url: str, column: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        f"{column},text\n"
        "2018-03-03,Kestrel fighters clashed with the Zorbat Front.\n"
        "4 May 2019,The Zorbat Front paid Kestrel commanders.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 2
    docs = api.list_documents(db_url, limit=10)
    assert sorted(d["published"] for d in docs) == ["2018-03-03", "2019-05-04"]


def test_a_guessed_column_that_holds_no_date_leaves_the_row_undated(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "time,text\n14:30,Kestrel fighters clashed with the Zorbat Front.\n", encoding="utf-8"
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert doc["published"] is None


def test_a_field_logs_report_and_grading_columns(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "field_log.csv"
    path.write_text(
        "date_reported,source_name,grading,report\n"
        "2022-06-14,Goma stringer,B3,The Zorbat Front seized a border town.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert (doc["published"], doc["source"], doc["grade"]) == ("2022-06-14", "Goma stringer", "B3")
