"""Inputs an analyst's Libya, Sahel and Iraq files held (walk61), on both stores: a briefing
PDF made by a script names no title in its information dictionary, and it had been listed
under its file name while its first line, set apart as a heading, was the title a reader
sees (as a plain text's first short line, or a DOCX heading, already was)."""

from __future__ import annotations

from pathlib import Path

from tests.documents import write_pdf

from riftwatch import api


def _titles(db_url: str) -> list[str]:
    return [d["title"] for d in api.list_documents(db_url, limit=20)]


def test_a_pdf_without_a_title_field_takes_its_heading(tmp_path: Path, db_url: str) -> None:
    path = write_pdf(
        tmp_path / "brief_0417.pdf",
        [
            "Situation note: the southern front, April 2017",
            "Militias from Zintan withdrew from the airport after two days of shelling.",
            "The council in Tobruk condemned the withdrawal.",
        ],
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    assert _titles(db_url) == ["Situation note: the southern front, April 2017"]


def test_a_pdf_opening_with_prose_keeps_its_file_name(tmp_path: Path, db_url: str) -> None:
    path = write_pdf(
        tmp_path / "notes_0918.pdf",
        [
            "Fighters from Zawiya clashed with a Tripoli brigade near the coast road on Monday"
            " and withdrew at night.",
            "The ceasefire held elsewhere.",
        ],
    )
    api.ingest([path], db=db_url)
    assert _titles(db_url) == ["notes_0918"]
