"""Briefings (``riftwatch report``, ``api.report``) on a real corpus, ingested and coded
through the API on SQLite and PostgreSQL: an alliance that breaks (Nusra Front / HTS and
Al Qaeda), one that holds (the Haqqani network and Al Qaeda), Taliban factions, and a
hostile document whose title, source and text carry script."""

from __future__ import annotations

import io
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
from markupsafe import escape as esc

from clirun import riftwatch
from riftwatch import api
from riftwatch.analysis.rift import VERSION as RIFT_VERSION
from riftwatch.analysis.scale import VERSION as SCALE_VERSION
from riftwatch.errors import ReportError, StoreError
from riftwatch.report.charts import timeline_svg

HOSTILE_TITLE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
DOCS = [
    {"id": "t1", "date": "2013-04-10", "reliability": "B", "credibility": 2,
     "title": "Pledge video", "source": "Wire One",
     "text": "Nusra Front leader Abu Mohammad al-Jolani pledged allegiance to Al Qaeda leader "
     "Ayman al-Zawahiri in a video."},
    {"id": "t2", "date": "2015-01-05", "reliability": "B", "credibility": 2,
     "title": "Trainers in Aleppo", "source": "Wire One",
     "text": "Al Qaeda sent senior trainers to advise the Nusra Front's fighters in Aleppo."},
    {"id": "t3", "date": "2017-12-01", "reliability": "B", "credibility": 2,
     "title": "Arrests in Idlib", "source": "Daily Two",
     "text": "Hayat Tahrir al-Sham arrested several Al Qaeda loyalists in Idlib."},
    {"id": "t4", "date": "2018-01-10", "reliability": "C", "credibility": 3,
     "title": "Audio message", "source": "Daily Two",
     "text": "In an audio message Zawahiri accused Hayat Tahrir al-Sham of breaking its pledge."},
    {"id": "t5", "date": "2012-09-07", "reliability": "B", "credibility": 3,
     "title": "Camps", "source": "Wire One",
     "text": "Al Qaeda and the Haqqani network jointly run training camps in North Waziristan, "
     "according to a U.S. intelligence assessment."},
    {"id": "t6", "date": "2020-05-27", "reliability": "B", "credibility": 2,
     "title": "UN monitoring report", "source": "Wire One",
     "text": "Haqqani network leaders held meetings with Al Qaeda members in early 2020, the "
     "UN monitoring team reported."},
    {"id": "t7", "date": "2010-03-01", "reliability": "C", "credibility": 3,
     "title": "Commanders refuse", "source": "Daily Two",
     "text": "Some Taliban commanders are refusing to shelter Al Qaeda fighters, officials said."},
    {"id": "h1", "date": "2018-02-01", "reliability": "D", "credibility": 4,
     "url": "https://evil.example/x.js", "title": HOSTILE_TITLE, "source": "<b>Evil</b> Source",
     "text": "Hayat Tahrir al-Sham arrested Al Qaeda commanders <script>alert(1)</script> in "
     'Idlib. "><img src=x onerror=alert(3)> The Haqqani network sheltered Al Qaeda fighters.'},
]  # fmt: skip


@pytest.fixture
def stored(db_url: str, tmp_path: Path) -> str:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    api.ingest([corpus], db=db_url)
    api.extract_stored(db_url)
    return db_url


class _Tags(HTMLParser):
    """Every start tag and its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_self_contained(page: str) -> None:
    """No script, no event handler, no reference out of the file, hostile text escaped."""
    parser = _Tags()
    parser.feed(page)
    names = {t for t, _ in parser.tags}
    assert "script" not in names and "img" not in names and "iframe" not in names
    assert "link" not in names
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("src", "href", "xlink:href", "action", "data"):
                assert (value or "").startswith("#"), (tag, name, value)
    assert "<script" not in page.lower()
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "@import" not in page


def test_whole_field_briefing(stored: str) -> None:
    page = api.report(stored)
    assert isinstance(page, str)
    assert_self_contained(page)
    # the rift found, in estimative words with confidence
    assert esc("Al Qaeda / Hay'at Tahrir al-Sham") in page
    kj = page[page.index('id="key-judgements"') : page.index('id="pair-1"')]
    assert "has broken" in kj and "Confidence:" in kj
    assert re.search(r"It is (likely|very likely|almost certain|roughly even chance)", kj)
    # a chart per relationship, inline
    assert page.count("<svg") == page.count('class="chart"') >= 1
    # evidence and the dissent, with grades and citations
    assert "arrested several Al Qaeda loyalists" in page
    assert "Arrests in Idlib" in page and "Daily Two" in page and "B2" in page
    counter = page[page.index("Counter-evidence") :]
    assert "to advise the Nusra Front" in counter and "Trainers in Aleppo" in counter
    # the hostile document: cited, escaped
    assert esc(HOSTILE_TITLE) in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt; Source" in page
    assert "evil.example" not in page
    # ACH and methods
    assert "Lasting rupture" in page
    assert re.search(r"\d+ diagnostic item\(s\) of \d+;", page)
    assert "built-in method" not in page and "0x7" not in page
    assert "Stage versions" in page and RIFT_VERSION in page and SCALE_VERSION in page
    assert "Wire One" in page and "usually reliable" in page


def test_chosen_pairs_holding_alliance_and_wedges(stored: str) -> None:
    page = api.report(stored, pairs=["Al Qaeda/Haqqani network", "Taliban/Al Qaeda"])
    assert_self_contained(page)
    assert "Al Qaeda / Haqqani Network" in page
    assert "has broken" not in page
    assert re.search(r"A break of the alliance between Al Qaeda and Haqqani Network is "
                     r"(almost no chance|very unlikely|unlikely)", page)  # fmt: skip
    assert page.count("<svg") == 2
    assert "held meetings with Al Qaeda" in page or "run training camps" in page
    # the Taliban's factions against Al Qaeda: a wedge ranking
    assert "Wedges: factions of Afghan Taliban and Al Qaeda" in page
    assert "Taliban commanders" in page


def test_as_of_before_the_break(stored: str) -> None:
    page = api.report(stored, as_of="2016-12-31")
    assert_self_contained(page)
    assert "No rift was found" in page
    # the allied pairs closest to a break each get a section; both alliances were on record
    assert 'id="pair-1"' in page and "Al Qaeda / Haqqani Network" in page
    assert "{&#39;name&#39;" not in page
    assert "arrested several Al Qaeda loyalists" not in page
    assert "as of 2016-12-31" in page


def test_errors(stored: str, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="RW620"):
        api.report(stored, pairs=["Al Qaeda"])
    with pytest.raises(ReportError, match="RW622"):
        api.report(stored, fmt="docx")
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="RW305"):
        api.report(missing)
    assert not missing.exists()


run = riftwatch


def test_cli(stored: str, tmp_path: Path) -> None:
    out = tmp_path / "briefing.html"
    done = run("--db", stored, "report", "--format", "html", "-o", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "<svg" in page and "arrested several Al Qaeda loyalists" in page
    assert "wrote" in done.stderr
    chosen = tmp_path / "pair.html"
    done = run("--db", stored, "report", "-o", str(chosen), "--pair", "HTS/Al Qaeda")
    assert done.returncode == 0, done.stderr
    assert chosen.read_text(encoding="utf-8").count("<svg") == 1
    bad = run("--db", stored, "report", "-o", str(tmp_path / "x.html"), "--pair", "HTS")
    assert bad.returncode == 2 and "RW620" in bad.stderr
    # two plain names are one pair, as `riftwatch ach --pair A --pair B` takes it
    split = tmp_path / "split.html"
    done = run("--db", stored, "report", "-o", str(split), "--pair", "HTS", "--pair", "Al Qaeda")
    assert done.returncode == 0, done.stderr
    assert split.read_text(encoding="utf-8").count("<svg") == 1
    pdf = run("--db", stored, "report", "-o", str(tmp_path / "x.pdf"), "--format", "pdf")
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF-")
    unwritable = run("--db", stored, "report", "-o", str(tmp_path / "no" / "dir" / "x.html"))
    assert unwritable.returncode == 2 and "RW623" in unwritable.stderr


def test_cli_format_follows_the_file_suffix(stored: str, tmp_path: Path) -> None:
    # before: `-o briefing.pdf` without --format wrote an HTML page into the .pdf file
    done = run("--db", stored, "report", "-o", str(tmp_path / "b.PDF"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.PDF").read_bytes().startswith(b"%PDF-")
    page = run("--db", stored, "report", "-o", str(tmp_path / "b.htm"))
    assert page.returncode == 0, page.stderr
    assert (tmp_path / "b.htm").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    given = run("--db", stored, "report", "-o", str(tmp_path / "c.pdf"), "--format", "html")
    assert given.returncode == 0, given.stderr  # an explicit --format is obeyed
    assert (tmp_path / "c.pdf").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    done = run("--db", str(missing), "report", "-o", str(tmp_path / "x.html"))
    assert done.returncode == 2 and "RW305" in done.stderr
    assert not missing.exists() and not (tmp_path / "x.html").exists()


def test_chart_is_inline_svg_without_references() -> None:
    months = [
        {"month": "2013-04", "score": 0.9, "broken": 0.0},
        {"month": "2017-12", "score": -0.8, "broken": 0.7},
    ]
    svg = timeline_svg(months, title="<b>A</b> / B", salt="t")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "http" not in svg and "<text" not in svg and "<b>" not in svg
    assert "<path" in svg


def _pdf_text(data: bytes) -> tuple[str, int]:
    """The text of a PDF and the total size of its pages' content streams."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text, sum(len(page.get_contents().get_data()) for page in reader.pages)


def test_pdf_has_the_same_briefing_and_its_chart(stored: str) -> None:
    from riftwatch.report import html_to_pdf

    data = api.report(stored, fmt="pdf", pairs=["HTS/Al Qaeda"])
    assert isinstance(data, bytes) and data.startswith(b"%PDF-")
    assert b"/URI" not in data  # no links out of the file
    text, size = _pdf_text(data)
    flat = " ".join(text.split())
    assert "Key judgements" in flat and "Tahrir al-Sham" in flat
    assert "arrested several Al Qaeda loyalists" in flat
    assert "<script>alert(1)</" in flat  # the hostile text, shown as text (lines wrap)
    # the chart is drawn: the same page without its SVG makes much smaller pages
    page = api.report(stored, pairs=["HTS/Al Qaeda"])
    _, bare = _pdf_text(html_to_pdf(re.sub(r"<svg.*?</svg>", "", page, flags=re.S)))
    assert size > bare + 20_000


def test_pdf_without_weasyprint(stored: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if it were not installed
    with pytest.raises(ReportError, match="RW621"):
        api.report(stored, fmt="pdf")


def test_a_citation_without_an_outlet_has_no_empty_field(tmp_path: Path) -> None:
    """A document with no source (a plain file) is cited by title and date alone."""
    corpus = tmp_path / "notes.jsonl"
    docs = [
        {"id": "n1", "date": "2014-01-10", "title": "Field note one",
         "text": "Al Qaeda sent trainers to the Nusra Front in Aleppo."},
        {"id": "n2", "date": "2017-06-10", "title": "Field note two",
         "text": "Hayat Tahrir al-Sham arrested Al Qaeda loyalists in Idlib."},
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs))
    db = str(tmp_path / "notes.db")
    api.ingest([corpus], db=db)
    api.extract_stored(db)
    page = api.report(db)
    assert "Field note two" in page
    assert "; ," not in page and "; (" not in page


def test_an_evidence_row_shows_the_date_the_text_gives() -> None:
    # a range ("since January 2020", filed by the model under its middle month) is shown as
    # the text gives it, so the reader sees what the month column would hide
    from riftwatch.report import _environment

    row = {
        "date": "2020-01/2020-07", "month": "2020-04", "who": "X ASSAULT Y",
        "modality": "asserted", "channel": "violence", "rollup": False, "quote": "clashed",
        "sentence": "Since January 2020 X and Y have clashed.", "grade": "B3",
        "attributed_to": None, "skeptic": None, "corroboration": None, "influence": None,
        "doc_id": 4, "title": "note", "outlet": None, "published": None,
        "document_grade": None, "read_as": [],
    }  # fmt: skip
    html = _environment().get_template("_evidence.html.j2").render(rows=[row])
    assert "2020-01/2020-07" in html and ">2020-04<" not in html


def test_an_evidence_row_says_which_words_stood_for_a_side() -> None:
    # "Malek's fighters clashed with Y", Malek tied to X by another document: the row says
    # why the claim counts for X, escaped like any text of a document
    from riftwatch.report import _environment
    from riftwatch.report.build import _cite

    item = {
        "month": "2005-03", "date": "2005-03", "event_type": "ASSAULT", "mode": None,
        "modality": "asserted", "quote": "clashed", "grade": "C3", "doc_id": "t2",
        "source": {"id": "open:x", "name": "X Front", "as": "<b>Malek</b>",
                   "resolved_by": "person tied to X Front in document t1"},
        "target": {"id": "open:y", "name": "Y Army"},
    }  # fmt: skip
    row = _cite(item, {}, {})
    assert row["read_as"] == ['as "<b>Malek</b>" = X Front (person tied to X Front in document t1)']
    html = _environment().get_template("_evidence.html.j2").render(rows=[row])
    said = "as &#34;&lt;b&gt;Malek&lt;/b&gt;&#34; = X Front (person tied to X Front in document t1)"
    assert said in html
    assert "<b>Malek" not in html
