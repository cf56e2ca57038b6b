"""Readers hand the segmenter clean text: headings apart, no list markers, no signatures."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

from riftwatch import api
from riftwatch.ingest.readers import ReadOptions, choose_reader
from riftwatch.ingest.readers.base import HEAD_BYTES
from riftwatch.ingest.readers.pdf import separate_headings
from riftwatch.model import RawDocument
from riftwatch.nlp.segment import segment

BODY = (
    "Security forces clashed with militants in the Tirah valley on Thursday, officials said. "
    "At least twelve militants were killed in the fighting, which lasted most of the day and "
    "spread to two villages near the border."
)


def read_one(path: Path) -> RawDocument:
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    docs = list(choose_reader(path, head).read(path, ReadOptions()))
    assert len(docs) == 1 and isinstance(docs[0], RawDocument)
    return docs[0]


def sentences(text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in segment(text)]


# -- headings ---------------------------------------------------------------------


def test_pdf_heading_is_its_own_sentence(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Clashes in the Khyber Agency")
    pdf.ln(12)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, BODY)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Background")
    pdf.ln(9)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The army launched an operation in the valley in March.")
    pdf.output(str(tmp_path / "report.pdf"))
    got = sentences(read_one(tmp_path / "report.pdf").text)
    assert got[0] == "Clashes in the Khyber Agency"
    assert got[1].startswith("Security forces clashed")
    assert "Background" in got
    assert got[-1] == "The army launched an operation in the valley in March."
    # the wrapped lines of the paragraph stay one sentence each
    assert any(s.startswith("At least twelve militants") and s.endswith("border.") for s in got)


def test_wrapped_paragraph_lines_are_not_headings() -> None:
    page = (
        "The commander said the fighters would stay in the valley for the winter and\n"
        "Taliban elders agreed to host them until the spring, according to two officials.\n"
        "Short closing line\n"
        "Next paragraph starts here with a capital letter and goes on for a while longer."
    )
    out = separate_headings(page)
    assert "winter and\nTaliban elders" in out
    assert "officials.\n\nShort closing line\n\nNext paragraph" in out


def test_docx_heading_is_its_own_sentence(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Clashes in the Khyber Agency", level=1)
    document.add_paragraph(BODY)
    document.add_heading("Background", level=2)
    document.add_paragraph("The army launched an operation in the valley in March.")
    document.save(str(tmp_path / "report.docx"))
    got = sentences(read_one(tmp_path / "report.docx").text)
    assert got[0] == "Clashes in the Khyber Agency"
    assert got[1].startswith("Security forces")
    assert "Background" in got


def test_html_headings_and_list_items_are_their_own_sentences(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>T</title></head><body><article><h1>Clashes in Khyber</h1>"
        f"<p>{BODY}</p><h3>Casualties</h3><ul><li>Twelve militants killed</li>"
        "<li>Two soldiers wounded</li></ul></article></body></html>",
        encoding="utf-8",
    )
    got = sentences(read_one(tmp_path / "page.html").text)
    assert got[0] == "Clashes in Khyber"
    assert "Casualties" in got
    assert got[-2:] == ["Twelve militants killed", "Two soldiers wounded"]


# -- Markdown -----------------------------------------------------------------------


MARKDOWN = """---
title: Weekly monitor
date: 2011-05-09
---
# Tribal Areas Weekly Monitor

**Week of 2-8 May 2011** - compiled from [press reports](http://example.org/press).

## Headline
- U.S. forces killed Osama bin Laden in Abbottabad
- The TTP vowed revenge
  against Pakistani targets
* A spokesman for the *Afghan Taliban* was muted

1. First numbered point
2) Second numbered point
"""


def test_markdown_markers_and_syntax_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "monitor.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read_one(path)
    assert (doc.published, doc.date_origin) == ("2011-05-09", "field")
    for marker in ("# ", "**", "](", "---"):
        assert marker not in doc.text, marker
    assert not re.search(r"^\s*(?:[-*+]|\d+[.)])\s", doc.text, re.M)
    got = sentences(doc.text)
    assert got == [
        "Tribal Areas Weekly Monitor",
        "Week of 2-8 May 2011 - compiled from press reports.",
        "Headline",
        "U.S. forces killed Osama bin Laden in Abbottabad",
        "The TTP vowed revenge against Pakistani targets",
        "A spokesman for the Afghan Taliban was muted",
        "First numbered point",
        "Second numbered point",
    ]


def test_markdown_sentence_offsets_point_into_the_stored_text(store, tmp_path: Path) -> None:
    (tmp_path / "monitor.md").write_text(MARKDOWN, encoding="utf-8")
    api.ingest([tmp_path], db=store)
    doc = api.get_document(store, api.list_documents(store)[0]["id"])
    assert doc["published"] == "2011-05-09" and doc["date_origin"] == "field"
    assert not re.search(r"^\s*(?:[-*+]|\d+[.)])\s", doc["text"], re.M)
    for s in doc["sentences"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]
    assert [s["text"] for s in doc["sentences"]][3] == (
        "U.S. forces killed Osama bin Laden in Abbottabad"
    )


# -- e-mail signatures --------------------------------------------------------------


def _eml(path: Path, body: str) -> Path:
    message = EmailMessage()
    message["From"] = "Field Desk <desk@example.org>"
    message["To"] = "team@example.org"
    message["Subject"] = "Tirah"
    message["Date"] = "Mon, 12 Oct 2015 09:14:00 +0500"
    message.set_content(body)
    path.write_bytes(bytes(message))
    return path


def test_rfc3676_signature_is_cut_and_kept_in_metadata(tmp_path: Path) -> None:
    doc = read_one(
        _eml(tmp_path / "a.eml", f"{BODY}\n\n-- \nJohn Smith\nAnalyst, Desk X\n+1 555 0100\n")
    )
    assert doc.text == BODY
    assert doc.meta["signatures"] == ["John Smith\nAnalyst, Desk X\n+1 555 0100"]
    assert (doc.published, doc.date_origin) == ("2015-10-12T09:14:00+05:00", "header:email")


def test_sign_off_blocks_are_cut_above_and_inside_a_forward(tmp_path: Path) -> None:
    body = (
        "See below from the field desk. Not corroborated.\n\nBest regards,\nAnalyst Two\n"
        "Frontier Team\n\n---------- Forwarded message ----------\nFrom: Field Desk\n\n"
        f"{BODY}\n\nThanks,\nFD\nSent from my iPhone\n"
    )
    doc = read_one(_eml(tmp_path / "b.eml", body))
    assert "Best regards" not in doc.text and "Sent from my iPhone" not in doc.text
    assert "Not corroborated." in doc.text and doc.text.endswith("near the border.")
    assert "Forwarded message" in doc.text
    assert doc.meta["signatures"] == [
        "Best regards,\nAnalyst Two\nFrontier Team",
        "Thanks,\nFD\nSent from my iPhone",
    ]
    assert not any("Analyst Two" in s for s in sentences(doc.text))


def test_text_after_a_bare_double_dash_separator_is_kept(tmp_path: Path) -> None:
    body = (
        "Part one of the note.\n--\nPart two is a long paragraph that the author set off "
        "with a bare double dash, and it is text, not a signature, so it stays in the body."
    )
    doc = read_one(_eml(tmp_path / "c.eml", body))
    assert "Part two is a long paragraph" in doc.text
    assert "signatures" not in doc.meta
