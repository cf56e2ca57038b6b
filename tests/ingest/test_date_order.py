"""A file writes its dates in numbers one way round (walk54: a field log said "14/07/2021"
and then "03/08/2021", and the second row was stored as the 8th of March, the first as the
14th of July). A date whose day and month could be either way is read as the file's
unambiguous dates show, or as ``--date-order`` says; a file that never shows is read month
first, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.errors import ConfigError


def _published(db_url: str) -> list[str | None]:
    docs = api.list_documents(db_url, limit=10)
    return [d["published"] for d in sorted(docs, key=lambda d: d["id"])]


def test_a_csv_s_unambiguous_date_decides_the_others(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "date,text\n"
        "03/08/2021,Kestrel fighters ambushed a patrol.\n"
        "14/07/2021,The Zorbat Front shot a policeman.\n"
        "05/09/2021,Kestrel fighters clashed with the Zorbat Front.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 3
    # the first row waited for the file to show its way, and kept its place
    assert _published(db_url) == ["2021-08-03", "2021-07-14", "2021-09-05"]
    first = api.get_document(db_url, _ids(db_url)[0], sentences=False)
    assert "14/07/2021" in first["meta"]["date_order"]


def _ids(db_url: str) -> list[int]:
    return sorted(d["id"] for d in api.list_documents(db_url, limit=10))


def test_month_first_evidence_and_no_evidence(tmp_path: Path, db_url: str) -> None:
    us = tmp_path / "us.jsonl"
    us.write_text(
        "\n".join(
            json.dumps({"date": d, "text": f"Kestrel fighters raided post {n}."})
            for n, d in enumerate(["03/08/2021", "07/14/2021"])
        )
        + "\n",
        encoding="utf-8",
    )
    api.ingest([us], db=db_url)
    assert _published(db_url) == ["2021-03-08", "2021-07-14"]
    plain = tmp_path / "plain.csv"
    plain.write_text("date,text\n04/05/2020,The Zorbat Front seized a town.\n", encoding="utf-8")
    api.ingest([plain], db=db_url)
    assert _published(db_url)[-1] == "2020-04-05"  # no evidence: month first, as before


def test_the_user_s_date_order_wins(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text("date,text\n04/05/2020,The Zorbat Front seized a town.\n", encoding="utf-8")
    api.ingest([path], db=db_url, date_order="dmy")
    assert _published(db_url) == ["2020-05-04"]
    with pytest.raises(ConfigError, match="date_order"):
        api.ingest([path], db=db_url, date_order="ymd")


def test_errors_and_documents_keep_their_order(tmp_path: Path, db_url: str) -> None:
    # a bad row among rows that wait is still reported, and nothing is lost
    path = tmp_path / "log.jsonl"
    path.write_text(
        '{"date": "03/08/2021", "text": "Kestrel fighters ambushed a patrol."}\n'
        "not json\n"
        '{"date": "25/12/2021", "text": "The Zorbat Front shot a policeman."}\n',
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 1 and summary.documents_added == 2
    assert _published(db_url) == ["2021-08-03", "2021-12-25"]
