"""Real PDF and DOCX files for tests, written with fpdf2 and python-docx (the readers under
test parse them like any user's file)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF holding ``text``."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def write_pdf(path: Path, lines: list[str], created: datetime | None = None) -> Path:
    """A PDF at ``path`` with one paragraph per line (and a creation date when given)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line)
        pdf.ln(2)
    if created is not None:
        pdf.set_creation_date(created)
    pdf.output(str(path))
    return path


def write_docx(
    path: Path,
    paragraphs: list[str],
    heading: str | None = None,
    created: datetime | None = None,
    modified: datetime | None = None,
) -> Path:
    """A DOCX at ``path``: an optional heading, then one paragraph per item, with the core
    properties' creation and modification dates when given."""
    import docx

    document = docx.Document()
    if heading is not None:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if created is not None:
        document.core_properties.created = created
    if modified is not None:
        document.core_properties.modified = modified
    document.save(str(path))
    return path
