"""Inputs an analyst's Myanmar files held (walk56), on both stores: a page whose text went on
after an ``<embed>`` (lxml read the element as holding the rest of the page, and dropping it
dropped the rest), and CSV rows with more cells than the header names (the cells past the
header had been put aside silently, cutting a body at an unquoted comma)."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api


def _texts(db_url: str) -> list[str]:
    docs = api.list_documents(db_url, limit=20)
    return [
        "".join(s["text"] for s in api.get_document(db_url, d["id"])["sentences"]) for d in docs
    ]


def test_text_after_an_embed_is_kept(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><p>Yangon, 4 May 2022. Resistance fighters ambushed a convoy.</p>"
        '<embed src="clip.swf"><p>The junta accused the NUG of directing the ambush.</p>'
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (text,) = _texts(db_url)
    assert "The junta accused the NUG of directing the ambush." in text
    assert "alert" not in text


def test_a_body_cut_at_an_unquoted_comma_is_whole(tmp_path: Path, db_url: str) -> None:
    # the body is the last column: the cells past the header are its own words
    path = tmp_path / "log.csv"
    path.write_text(
        "date,text\n2024-01-01,KIA fighters attacked a post, then withdrew, residents said.\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.failed == 0 and summary.documents_added == 1
    (text,) = _texts(db_url)
    assert "then withdrew, residents said." in text


def test_a_row_too_wide_before_its_last_column_is_refused_by_row(
    tmp_path: Path, db_url: str
) -> None:
    # with the body not last, no cell can be placed: the row is refused, the others stored
    path = tmp_path / "log.csv"
    path.write_text(
        "text,date\n"
        "KIA fighters attacked a post, then withdrew.,2024-01-01\n"
        "TNLA troops clashed with SSPP troops.,2024-01-02\n",
        encoding="utf-8",
    )
    summary = api.ingest([path], db=db_url)
    assert summary.documents_added == 1
    (failure,) = summary.failures
    assert failure["code"] == "RW107" and failure["line"] == 2
    assert "3 cells where the header names 2" in failure["error"]
    # a rerun after the fix stores the fixed row once, and the good row not again
    path.write_text(
        "text,date\n"
        '"KIA fighters attacked a post, then withdrew.",2024-01-01\n'
        "TNLA troops clashed with SSPP troops.,2024-01-02\n",
        encoding="utf-8",
    )
    again = api.ingest([path], db=db_url)
    assert again.failed == 0
    assert len(api.list_documents(db_url, limit=20)) == 2
