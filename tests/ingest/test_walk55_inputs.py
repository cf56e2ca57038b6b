"""Inputs an analyst's Sahel and Cabo Delgado files held (walk55), on both stores: a
Portuguese field log whose date column is ``data`` and whose grade is ``classificação``; a
record dated 2099 by a typo; a feed cut off in the middle of its XML."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api


def test_a_portuguese_field_log_keeps_its_date_and_grade(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "registo.csv"
    path.write_text(
        "data,fonte,classificação,texto\r\n"
        "2021-08-08,Correspondente Pemba,B2,Kestrel soldiers recaptured a Zorbat Front base.\r\n",
        encoding="utf-8-sig",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert (doc["published"], doc["source"], doc["grade"]) == (
        "2021-08-08",
        "Correspondente Pemba",
        "B2",
    )


def test_a_data_column_of_no_dates_is_not_taken_for_the_date(tmp_path: Path, db_url: str) -> None:
    # "data" is an English word too: the column is the date only when its value is one
    path = tmp_path / "log.csv"
    path.write_text(
        "data,text\nsatellite imagery,The Zorbat Front seized a town.\n", encoding="utf-8"
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0
    (doc,) = api.list_documents(db_url, limit=10)
    assert doc["published"] is None


def test_a_record_dated_in_the_future_is_refused_by_line(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "graded.jsonl"
    path.write_text(
        '{"id": "a", "date": "2020-07-15", "text": "The Zorbat Front attacked a post."}\n'
        '{"id": "b", "date": "2099-01-01", "text": "The Zorbat Front attacked a camp."}\n',
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.documents_added == 1
    (failure,) = summary.failures
    assert failure["code"] == "RW106" and failure["line"] == 2
    assert "after today" in failure["error"] and "'date'" in failure["error"]
    # a rerun stores nothing twice
    again = api.ingest([path], db=db_url)
    assert again.documents_added == 0
    assert len(api.list_documents(db_url, limit=10)) == 1


def test_a_feed_cut_short_says_where_its_xml_breaks(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "wire.rss"
    path.write_text("<rss><channel><item><title>Zorbat Front unclosed", encoding="utf-8")
    summary = api.ingest([path], db=db_url)
    (failure,) = summary.failures
    assert failure["code"] == "RW112"
    assert "not well-formed XML at line 1" in failure["error"]
    assert summary.documents_added == 0


def test_a_deeply_nested_page_is_read_as_a_page(tmp_path: Path, db_url: str) -> None:
    # its first 8 KB hold only opening tags: named .html, it is still a page, and lxml reads
    # it past its default depth limit (the text had been stored with its markup)
    path = tmp_path / "nested.html"
    path.write_text(
        "<div>" * 1700 + "The Zorbat Front seized a town." + "</div>" * 1700, encoding="utf-8"
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert doc["chars"] == len("The Zorbat Front seized a town.")
