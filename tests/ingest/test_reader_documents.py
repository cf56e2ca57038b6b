"""Single-document formats on real files: PDF, DOCX, HTML and e-mail."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from riftwatch.errors import IngestError
from riftwatch.ingest.readers import READERS, ReadOptions, choose_reader
from riftwatch.ingest.readers.base import HEAD_BYTES
from riftwatch.model import RawDocument

REPORT = (
    "Taliban commanders in the border districts refused to shelter Al Qaeda fighters this "
    "winter, according to two officials. The Haqqani network, by contrast, kept hosting "
    "foreign militants in North Waziristan."
)


def read_file(path: Path, **options: object) -> tuple[str, list[RawDocument | IngestError]]:
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    reader = choose_reader(path, head)
    return reader.name, list(reader.read(path, ReadOptions(**options)))


def read_error(path: Path) -> IngestError:
    with pytest.raises(IngestError) as info:
        read_file(path)
    return info.value


# -- PDF -------------------------------------------------------------------------


def _pdf(pages: list[str], title: str | None = None, **encryption: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(datetime(2010, 6, 14, 9, 30, tzinfo=UTC))
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, text)
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def test_pdf_text_title_and_creation_date(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(_pdf([REPORT, "Second page: the Haqqanis stayed."], title="Khost brief"))
    name, items = read_file(path)
    assert name == "pdf.v1"
    (doc,) = items
    assert doc.title == "Khost brief"
    assert doc.published == "2010-06-14T09:30:00+00:00"
    assert "refused to shelter Al Qaeda" in " ".join(doc.text.split())
    first, second = doc.text.split("\n\n", 1)
    assert "North Waziristan" in " ".join(first.split())
    assert second.startswith("Second page")
    assert doc.meta["pages"] == 2


def test_pdf_without_title_metadata_is_titled_by_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "untitled_scan_07.pdf"
    path.write_bytes(_pdf([REPORT]))
    assert read_file(path)[1][0].title == "untitled_scan_07"


def test_pdf_with_only_an_image_is_rw104(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    for x in range(20, 180):
        image.putpixel((x, 50), (0, 0, 0))  # a "scanned" line
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=150)
    pdf.rect(10, 100, 50, 20)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    error = read_error(path)
    assert error.code == "RW104"
    assert error.path == str(path)


def test_truncated_pdf_is_rw103(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(_pdf([REPORT])[:300])
    error = read_error(path)
    assert error.code == "RW103"
    assert error.params["detail"]  # pypdf's reason is passed on


def test_garbage_after_pdf_magic_is_rw103(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"this is not really a pdf\n" * 50)
    assert read_error(path).code == "RW103"


def test_password_protected_pdf_is_rw103(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_pdf([REPORT], owner_password="owner", user_password="secret"))
    error = read_error(path)
    assert error.code == "RW103"
    assert "password" in str(error)


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(_pdf([REPORT], owner_password="owner", user_password=""))
    doc = read_file(path)[1][0]
    assert "Haqqani network" in doc.text


# -- DOCX ------------------------------------------------------------------------


def _docx(path: Path, *, title: str = "", created: datetime | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Debrief summary: Andar district", level=1)
    document.add_paragraph(REPORT)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Group"
    table.cell(0, 1).text = "Stance"
    table.cell(0, 2).text = "Source"
    table.cell(1, 0).text = "Haqqani network"
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "hosts Al Qaeda"
    document.add_paragraph("Closing paragraph after the table.")
    document.core_properties.title = title
    if created:
        document.core_properties.created = created
    document.save(str(path))
    return path


def test_docx_paragraphs_tables_title_and_date(tmp_path: Path) -> None:
    path = _docx(
        tmp_path / "debrief.docx",
        title="DDS-2010-0821",
        created=datetime(2010, 8, 21, 14, 0, tzinfo=UTC),
    )
    name, items = read_file(path)
    assert name == "docx.v1"
    (doc,) = items
    assert doc.title == "DDS-2010-0821"
    assert doc.published == "2010-08-21T14:00:00+00:00"
    blocks = doc.text.split("\n\n")
    assert blocks[0] == "Debrief summary: Andar district"
    assert blocks[1] == REPORT
    assert "Group\tStance\tSource" in blocks
    # the merged cell appears once, in document order, before the closing paragraph
    assert "Haqqani network\thosts Al Qaeda" in blocks
    assert blocks[-1] == "Closing paragraph after the table."


def test_docx_without_title_property_uses_first_heading(tmp_path: Path) -> None:
    path = _docx(tmp_path / "untitled.docx")
    assert read_file(path)[1][0].title == "Debrief summary: Andar district"


def test_docx_named_zip_is_found_by_its_directory(tmp_path: Path) -> None:
    path = _docx(tmp_path / "attachment.zip")
    assert read_file(path)[0] == "docx.v1"


def test_plain_zip_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff" + bytes(300))
    head = path.read_bytes()[:HEAD_BYTES]
    assert READERS["docx.v1"].sniff(head, path) == 0.0


def test_damaged_docx_is_rw110(tmp_path: Path) -> None:
    good = _docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "damaged.docx"
    path.write_bytes(good[: len(good) // 2])
    error = read_error(path)
    assert error.code == "RW110"


def test_docx_with_broken_xml_is_rw110(tmp_path: Path) -> None:
    source = _docx(tmp_path / "good.docx")
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    assert read_error(path).code == "RW110"


def test_docx_declaring_entities_is_refused(tmp_path: Path) -> None:
    source = _docx(tmp_path / "good.docx")
    path = tmp_path / "bomb.docx"
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = bomb + data.split(b"?>", 1)[1]
            dst.writestr(info, data)
    assert read_error(path).code == "RW114"


# -- HTML ------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>In Miranshah, an old alliance holds | Frontier Desk</title>
  <meta property="og:site_name" content="Frontier Desk">
  <meta property="article:published_time" content="2010-10-18T08:00:00+05:00">
  <link rel="canonical" href="https://frontier.example/2010/10/miranshah">
  <style>body { font-family: serif } .secret-style { color: red }</style>
  <script>window.secretTracker = function () { return "SCRIPT-TEXT"; };</script>
  <script type="application/ld+json">{"@type": "NewsArticle", "headline": "LDJSON-TEXT"}</script>
</head>
<body onload="bodyOnloadHandler()">
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <!-- COMMENT-TEXT: internal editor note -->
  <article>
    <h1>In Miranshah, an old alliance holds</h1>
    <p onclick="clickHandler('ONCLICK-TEXT')">While Taliban commanders in southern Afghanistan
    have grown wary of their Arab allies, the Haqqani network shows no sign of following them.</p>
    <p>In Miranshah, the main town of North Waziristan, residents and two Pakistani officials
    say the network still shelters Al Qaeda fighters in guest houses.</p>
    <noscript>NOSCRIPT-TEXT enable javascript</noscript>
    <template><p>TEMPLATE-TEXT</p></template>
    <iframe src="https://ads.example/"></iframe>
    <p>Local commander Hafiz Gul Bahadur, who agreed a truce with the Pakistani army in 2008,
    allows both groups to operate in his area, residents said.</p>
    <script>document.write("INLINE-SCRIPT-TEXT")</script>
  </article>
  <footer>Copyright Frontier Desk</footer>
</body>
</html>
"""

FORBIDDEN = (
    "SCRIPT-TEXT",
    "LDJSON-TEXT",
    "COMMENT-TEXT",
    "ONCLICK-TEXT",
    "NOSCRIPT-TEXT",
    "TEMPLATE-TEXT",
    "INLINE-SCRIPT-TEXT",
    "secretTracker",
    "clickHandler",
    "bodyOnloadHandler",
    "font-family",
    "secret-style",
)


def test_html_main_text_without_scripts_styles_handlers_or_comments(tmp_path: Path) -> None:
    path = tmp_path / "miranshah.html"
    path.write_text(PAGE, encoding="utf-8")
    name, items = read_file(path)
    assert name == "html.v1"
    (doc,) = items
    assert "the Haqqani network shows no sign of following them" in " ".join(doc.text.split())
    assert "Hafiz Gul Bahadur" in doc.text
    for marker in FORBIDDEN:
        assert marker not in doc.text, marker
    assert doc.title and doc.title.startswith("In Miranshah, an old alliance holds")
    assert doc.published == "2010-10-18T08:00:00+05:00"
    assert doc.url == "https://frontier.example/2010/10/miranshah"
    assert doc.source == "Frontier Desk"
    assert doc.meta["encoding"] == "utf-8"


def test_html_that_trafilatura_finds_nothing_in_falls_back_to_body_text(tmp_path: Path) -> None:
    # trafilatura drops blocks that look like reader comments; the body text is the fallback
    path = tmp_path / "tiny.html"
    path.write_text(
        "<html><body><div class='comments' onmouseover='HOVER-HANDLER()'>Kabul, 15 Sept.<br>"
        "Statement<script>EVIL-SCRIPT()</script><style>.x{color:red}</style></div>"
        "<!-- HIDDEN-COMMENT --></body></html>"
    )
    doc = read_file(path)[1][0]
    assert doc.meta["extractor"] == "lxml"
    assert doc.text == "Kabul, 15 Sept.\nStatement"
    assert doc.title == "tiny"


def test_html_declaring_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lol.html"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n <!ENTITY lol "lol">\n'
        ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
        ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol3;</p></body></html>'
    )
    error = read_error(path)
    assert error.code == "RW114"


def test_deeply_nested_html_is_handled_quickly(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 100_000
    path.write_text(
        "<html><body><p>Opening paragraph about the jirga in Wana.</p>"
        + "<div>" * depth
        + "deep"
        + "</div>" * depth
        + "</body></html>"
    )
    name, items = read_file(path)
    assert name == "html.v1"
    assert "Opening paragraph about the jirga in Wana." in items[0].text


def test_broken_markup_still_yields_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_bytes(
        b"<html><head><title>Broken</title><body><p>First claim <b>unclosed"
        b"<p>Second claim </i></span><table><tr><td>cell text<p>After the table"
    )
    doc = read_file(path)[1][0]
    for words in ("First claim", "unclosed", "Second claim", "cell text", "After the table"):
        assert words in doc.text
    assert doc.title == "Broken"


def test_html_with_wrong_declared_charset(tmp_path: Path) -> None:
    # declared UTF-8, actually cp1252
    cp1252 = tmp_path / "cp1252.html"
    cp1252.write_bytes(
        '<html><head><meta charset="utf-8"><title>Statement</title></head><body>'
        "<p>The minister’s “final” statement – issued in Kabul.</p></body></html>".encode("cp1252")
    )
    assert "The minister’s “final” statement – issued in Kabul." in read_file(cp1252)[1][0].text
    # declared ISO-8859-1, actually UTF-8
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>Jirga in Wana — elders’ decision: “no guests”.</p></body></html>".encode()
    )
    assert "Jirga in Wana — elders’ decision: “no guests”." in read_file(utf8)[1][0].text


def test_utf16_html_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.htm"
    path.write_bytes(
        f"<html><head><title>Wide page</title></head><body><p>{REPORT}</p></body></html>".encode(
            "utf-16"
        )
    )
    name, items = read_file(path)
    assert name == "html.v1"
    assert "Haqqani network" in items[0].text


def test_html_without_text_is_rw119(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>only()</script></head><body>  </body></html>")
    assert read_error(path).code == "RW119"


# -- e-mail --------------------------------------------------------------------------


def _message(body_plain: str | None, body_html: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Analyst Two <analyst.two@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "FW: elder’s note on Andar commanders"
    message["Date"] = "Fri, 02 Jul 2010 09:14:00 +0430"
    message["Message-ID"] = "<note-0702@example.org>"
    if body_plain is not None:
        message.set_content(body_plain)
    if body_html is not None:
        if body_plain is None:
            message.set_content(body_html, subtype="html")
        else:
            message.add_alternative(body_html, subtype="html")
    return message


def test_eml_plain_body_subject_date_sender_and_attachments(tmp_path: Path) -> None:
    message = _message(REPORT, "<p>HTML version that should not be used</p>")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf",
                           filename="annex.pdf")  # fmt: skip
    path = tmp_path / "note.eml"
    path.write_bytes(bytes(message))
    name, items = read_file(path)
    assert name == "eml.v1"
    (doc,) = items
    assert doc.text == REPORT
    assert doc.title == "FW: elder’s note on Andar commanders"
    assert doc.published == "2010-07-02T09:14:00+04:30"
    assert doc.source == "Analyst Two"
    assert doc.meta["from"] == "Analyst Two <analyst.two@example.org>"
    assert doc.meta["attachments"] == ["annex.pdf"]
    assert doc.external_id == "note-0702@example.org"
    assert "%PDF" not in doc.text


def test_eml_with_only_html_body_is_extracted_without_scripts(tmp_path: Path) -> None:
    html = (
        "<html><body><script>MAIL-SCRIPT()</script>"
        f"<p onclick='MAIL-HANDLER()'>{REPORT}</p></body></html>"
    )
    path = tmp_path / "html_only.eml"
    path.write_bytes(bytes(_message(None, html)))
    doc = read_file(path)[1][0]
    assert "Haqqani network" in doc.text
    assert "MAIL-SCRIPT" not in doc.text and "MAIL-HANDLER" not in doc.text
    assert doc.meta["body"] == "html"


def test_eml_sender_without_display_name_and_encoded_subject(tmp_path: Path) -> None:
    raw = (
        b"Received: from relay.example.org by mx.example.org\r\n"
        b"From: field.desk@example.org\r\n"
        b"Subject: =?utf-8?q?Jirga_in_Wana_=E2=80=94_decision?=\r\n"
        b"Date: not a date\r\n"
        b"Content-Type: text/plain; charset=windows-1252\r\n"
        b"\r\n"
        b"The elders\x92 decision was unanimous.\r\n"
    )
    path = tmp_path / "raw.eml"
    path.write_bytes(raw)
    doc = read_file(path)[1][0]
    assert doc.title == "Jirga in Wana — decision"
    assert doc.source == "field.desk@example.org"
    assert doc.text == "The elders’ decision was unanimous."
    assert doc.published is None


def test_text_that_merely_mentions_headers_is_not_email(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("Subject of the memo: Haqqani finances\nThe memo says little.\n")
    assert read_file(path)[0] == "text.v2"
