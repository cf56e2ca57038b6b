"""Choosing a reader by content, and the plain text / Markdown reader (including streaming)."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from tests.documents import pdf_bytes

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
    """Choose a reader the way the pipeline does and read everything."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    reader = choose_reader(path, head)
    return reader.name, list(reader.read(path, ReadOptions(**options)))


def only_document(path: Path, **options: object) -> RawDocument:
    _, items = read_file(path, **options)
    assert len(items) == 1, items
    assert isinstance(items[0], RawDocument), items[0]
    return items[0]


# -- choosing a reader -------------------------------------------------------


def test_every_reader_is_registered_under_a_versioned_name() -> None:
    assert set(READERS) == {
        "text.v2",
        "html.v1",
        "pdf.v1",
        "docx.v1",
        "eml.v1",
        "jsonl.v1",
        "csv.v1",
        "feed.v2",
    }


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "looks_like_text.txt"
    path.write_bytes(pdf_bytes(REPORT))
    name, items = read_file(path)
    assert name == "pdf.v1"
    assert "Haqqani network" in items[0].text


def test_pdf_after_leading_junk_is_still_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "download.bin"
    path.write_bytes(b"HTTP/1.1 200 OK junk\r\n\r\n" + pdf_bytes(REPORT))
    name, items = read_file(path)
    assert name == "pdf.v1"
    assert "Al Qaeda" in items[0].text


def test_html_named_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved_page.txt"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Border report</title>"
        "<script>var tracking = 1;</script></head>"
        f"<body><article><p>{REPORT}</p></article></body></html>"
    )
    name, items = read_file(path)
    assert name == "html.v1"
    assert "tracking" not in items[0].text
    assert items[0].title == "Border report"


def test_jsonl_and_csv_named_txt_are_read_as_records(tmp_path: Path) -> None:
    jsonl = tmp_path / "export.txt"
    jsonl.write_text('{"text": "First item."}\n{"text": "Second item."}\n')
    assert read_file(jsonl)[0] == "jsonl.v1"
    table = tmp_path / "table.txt"
    table.write_text("id,date,text\n1,2010-01-02,First row.\n2,2010-01-03,Second row.\n")
    assert read_file(table)[0] == "csv.v1"


def test_prose_with_commas_stays_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Kabul, Tuesday\nThe council met, then it adjourned.\nNo, nothing more.\n")
    assert read_file(path)[0] == "text.v2"


def test_random_binary_is_refused_with_rw109(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(IngestError) as info:
        choose_reader(path, path.read_bytes()[:HEAD_BYTES])
    assert info.value.code == "RW109"


def test_empty_file_is_rw102(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert info.value.code == "RW102"
    with pytest.raises(IngestError) as info:
        list(READERS["text.v2"].read(path, ReadOptions()))
    assert info.value.code == "RW102"


def test_sniffing_reads_only_the_head(tmp_path: Path) -> None:
    # choosing a reader looks at the first bytes and the name, never the file again: it
    # still chooses once the file is gone (its speed is benchmarks/ingest.py's business; a
    # timed assertion here failed on a loaded machine)
    path = tmp_path / "report.txt"
    path.write_text(REPORT * 40)
    head = path.read_bytes()[:HEAD_BYTES]
    path.unlink()
    assert choose_reader(path, head).name.startswith("text")


# -- plain text ----------------------------------------------------------------


def test_plain_text_keeps_text_and_takes_a_short_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(f"\n\nTaliban turn away Arab fighters\n\n{REPORT}\n")
    doc = only_document(path)
    assert doc.title == "Taliban turn away Arab fighters"
    assert doc.text.startswith("Taliban turn away Arab fighters")
    assert doc.text.endswith("North Waziristan.")
    assert doc.meta["encoding"] == "ascii"


def test_plain_text_with_a_long_first_line_is_titled_by_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "2010-06-14_wire.txt"
    path.write_text(REPORT * 2)
    assert only_document(path).title == "2010-06-14_wire"


def test_text_without_extension_is_read(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(REPORT)
    name, items = read_file(path)
    assert name == "text.v2"
    assert items[0].text == REPORT


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda s: s.encode("utf-16"), "utf-16"),
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),
        (lambda s: s.encode("cp1252"), "cp1252"),
        (lambda s: s.encode("utf-8") + "\nPasted: “quoted”".encode("cp1252"), "utf-8+cp1252"),
    ],
    ids=["utf16-bom", "utf16-no-bom", "cp1252", "mixed"],
)
def test_text_files_in_other_encodings(tmp_path: Path, encode, expected: str) -> None:
    text = "The elders’ jirga in Wana — a café owner said — rejected the “guests”.\n" * 5
    path = tmp_path / "statement.txt"
    path.write_bytes(encode(text))
    doc = only_document(path)
    assert doc.meta["encoding"] == expected
    assert "The elders’ jirga in Wana — a café owner said — rejected the “guests”." in doc.text
    assert "\x00" not in doc.text and "\ufffd" not in doc.text


def test_whitespace_only_text_is_rw111(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("   \n\n\t\n")
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert info.value.code == "RW111"


# -- Markdown ------------------------------------------------------------------

MARKDOWN = """---
author: Policy Forum
---

# Separating the *Taliban* from Al Qaeda

Setext subtitle
---------------

**Bottom line:** the break is _partial_, see [the annex](https://example.org/annex "Annex")
and ![map of Khost](img/khost.png). Use `grep` on <https://example.org/raw>.

> Quoted elder: "no more guests".

<div class="note">Inline HTML is dropped, its words are kept.</div>
<!-- editor's note: remove before publishing -->

| Group | Stance |
|-------|--------|
| TTP   | allied |

```
code block text
```

* one
* two
"""


def test_markdown_is_made_readable_and_titled_by_its_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "analysis.md"
    path.write_text(MARKDOWN)
    doc = only_document(path)
    assert doc.title == "Separating the Taliban from Al Qaeda"
    text = doc.text
    assert text.startswith("Separating the Taliban from Al Qaeda")
    assert "Bottom line: the break is partial, see the annex" in text
    assert "map of Khost" in text and "Use grep on https://example.org/raw." in text
    assert 'Quoted elder: "no more guests".' in text
    assert "Inline HTML is dropped, its words are kept." in text
    assert "code block text" in text
    for markup in ("#", "**", "](", "![", "```", "<div", "editor's note", "---", "author:"):
        assert markup not in text, markup


def test_markdown_front_matter_title_wins(tmp_path: Path) -> None:
    path = tmp_path / "brief.markdown"
    path.write_text(
        "---\ntitle: 'Weekly monitor'\ndate: 9 May 2011\n---\n\n# Week of 2 May\n\nText here.\n"
    )
    doc = only_document(path)
    assert doc.title == "Weekly monitor"
    assert doc.published == "2011-05-09"
    assert doc.text == "Week of 2 May\n\nText here."


# -- large files -----------------------------------------------------------------

PARAGRAPH = (
    "Reporting from Ghazni, Paktika and Zabul describes mid-level commanders refusing Al Qaeda "
    "payments for shelter and escort — reportedly on instructions from the Quetta shura. "
    "Officials disagreed about what the change means.\n\n"
)


def test_large_file_is_split_into_bounded_parts(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * 300)
    max_chars = 5_000
    name, items = read_file(path, max_chars=max_chars)
    assert name == "text.v2"
    docs = [item for item in items if isinstance(item, RawDocument)]
    assert len(docs) == len(items) > 1
    assert [doc.locator for doc in docs] == [f"part {n}" for n in range(1, len(docs) + 1)]
    assert [doc.meta["part"] for doc in docs] == list(range(1, len(docs) + 1))
    assert docs[2].title == "long.txt (part 3)"
    for doc in docs:
        assert max_chars // 2 <= len(doc.text) <= max_chars or doc is docs[-1]
        # cut at paragraph boundaries: every part is whole paragraphs
        assert doc.text.startswith("Reporting from Ghazni")
        assert doc.text.endswith("what the change means.")
    assert "".join(doc.text for doc in docs).count("Quetta shura") == 300


def test_long_text_without_paragraphs_is_cut_at_sentences(tmp_path: Path) -> None:
    path = tmp_path / "one_paragraph.txt"
    path.write_text("The shura met in Quetta and decided nothing at all. " * 400)
    docs = read_file(path, max_chars=3_000)[1]
    assert len(docs) > 3
    for doc in docs:
        assert len(doc.text) <= 3_000
        assert doc.text.endswith("decided nothing at all.")


def test_file_just_over_max_bytes_but_under_max_chars_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "cyrillic.txt"
    text = "Полевые командиры отказались от денег.\n" * 100  # 2 bytes per letter
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size
    doc = only_document(path, max_chars=size - 100)
    assert doc.locator is None
    assert doc.text == text.strip()


@pytest.mark.slow
def test_50_mb_file_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    block = PARAGRAPH * 1000
    copies = 50 * 1024 * 1024 // len(block.encode()) + 1
    with open(path, "w", encoding="utf-8") as handle:
        for _ in range(copies):
            handle.write(block)
    assert path.stat().st_size >= 50 * 1024 * 1024
    expected_paragraphs = copies * 1000
    max_chars = 200_000
    reader = choose_reader(path, path.read_bytes()[:HEAD_BYTES])
    assert reader.name == "text.v2"

    parts = 0
    paragraphs = 0
    longest = 0
    tracemalloc.start()
    try:
        for doc in reader.read(path, ReadOptions(max_chars=max_chars)):
            assert isinstance(doc, RawDocument)
            parts += 1
            longest = max(longest, len(doc.text))
            paragraphs += doc.text.count("Quetta shura")
            del doc
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert longest <= max_chars
    assert parts >= copies * len(block) // max_chars
    assert paragraphs == expected_paragraphs  # nothing lost or doubled at the cuts
    # a few parts' worth of text at most (str needs up to 4 bytes per character)
    assert peak < 5 * max_chars * 4


def test_a_labelled_title_line_gives_the_title_without_its_label(tmp_path: Path) -> None:
    """An analyst's note headed "Title: ...", "Date: ..." (stop 26) was titled with the label."""
    note = tmp_path / "brief.txt"
    note.write_text("Title: The Sahel exception ends\nDate: 2020-05-15\n\nJNIM fought ISGS.\n")
    _name, docs = read_file(note)
    assert [d.title for d in docs if isinstance(d, RawDocument)] == ["The Sahel exception ends"]
