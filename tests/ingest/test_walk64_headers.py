"""A document's source named in its own header (walk64): a plain text's header block
("Source: ...", "Outlet: ...", "Reliability: ...") and an HTML page's author when the page
names no site are read as the document's source and grades, as a JSON Lines record's fields
are; a text whose first paragraph is prose keeps no source."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api
from riftwatch.ingest.readers.base import ReadOptions
from riftwatch.ingest.readers.html import READER as HTML
from riftwatch.ingest.readers.text import READER as TEXT


def _read(reader, path: Path):  # type: ignore[no-untyped-def]
    return list(reader.read(path, ReadOptions()))


def test_a_text_header_block_names_the_source_and_grades(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Title: Militia leaves the river towns\nOutlet: Lakeside Bulletin\nReliability: B\n"
        "Credibility: 2\n\nThe Lakeside militia left Kavu in May 2016.\n",
        encoding="utf-8",
    )
    (doc,) = _read(TEXT, path)
    assert (doc.source, doc.reliability, doc.credibility) == ("Lakeside Bulletin", "B", 2)
    assert doc.title == "Militia leaves the river towns"


def test_prose_first_lines_name_no_source(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text(
        "Source of the trouble: the water rights.\nThe militia and the farmers argued.\n",
        encoding="utf-8",
    )
    (doc,) = _read(TEXT, path)
    assert doc.source is None


def test_an_html_author_is_the_source_when_no_site_is_named(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><title>Border raid</title><meta name="author" content="Plateau Review">'
        "</head><body><p>Gunmen of the Hill Front raided Tamsa on 4 May 2018, and the "
        "army answered with patrols around the market.</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read(HTML, path)
    assert doc.source == "Plateau Review"


def test_the_stored_documents_list_the_header_source(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Source: Delta Wire\nDate: 2019-04-02\n\nThe river front attacked Oru in April 2019.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    api.init_store(db)
    api.ingest([folder], db=db)
    names = [s["name"] for s in api.list_sources(db)]
    assert "Delta Wire" in names
