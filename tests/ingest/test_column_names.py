"""Column names are data (``riftwatch/data/columns.yaml``) in several languages, matched
without case, accents or the difference between a space and an underscore (walk54: a
Colombian field log's ``fecha`` / ``fuente`` / ``calificacion`` / ``texto`` was refused for
want of a text column). A summary or a headline is still never taken for the body."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api


def test_a_spanish_field_log_is_read_without_a_mapping(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "bitacora.csv"
    path.write_text(
        "Fecha,Fuente,Calificación,Texto\n"
        "2021-05-02,Corresponsal Cauca,C3,Kestrel fighters attacked a Zorbat Front camp.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert (doc["published"], doc["source"], doc["grade"]) == (
        "2021-05-02",
        "Corresponsal Cauca",
        "C3",
    )


def test_names_with_spaces_and_other_languages(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(
        '{"Date Reported": "2020-03-04", "Quelle": "Agence", "texte": "The Zorbat Front'
        ' seized a town."}\n',
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (doc,) = api.list_documents(db_url, limit=10)
    assert (doc["published"], doc["source"]) == ("2020-03-04", "Agence")


def test_a_summary_is_still_no_body(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text("fecha,resumen\n2021-05-02,Kestrel fighters attacked.\n", encoding="utf-8")
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 1 and summary.documents_added == 0
