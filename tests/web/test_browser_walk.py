"""An analyst's whole walk through the workbench in a real headless browser (Playwright
driving Debian's chromium), in server mode on SQLite and on PostgreSQL, with a corpus of
the kinds analysts hold: a Word file, a PDF and a plain-text note whose text carries
hostile HTML and script.

Log in; upload the three files through the form; see each document's events highlighted
in place and the hostile text shown as text (no script runs); reject an event on its
document page and see its month leave the relationship's chart; open an ACH question and
rate a cell; search; download every export of the exports page and read each one back;
download the briefing as HTML and as PDF; a write without the CSRF token is refused, a
viewer sees no write controls and only an admin reaches the users' page. Screenshots go
to ``test-artifacts/screenshots/``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Served, _database, start_server
from tests.web.test_browser import _shot, browser, page  # noqa: F401 (fixtures)

from riftwatch import api

pytestmark = pytest.mark.browser

PASSWORD = "a long walking password"
AQ, HQN = "Al Qaeda", "Haqqani network"

# invented reports, each dated in its text
WORD = [
    "Miranshah, 4 March 2015.",
    "The Haqqani network sheltered Al Qaeda fighters in North Waziristan.",
    "In April 2015, the Haqqani network provided weapons to Al Qaeda.",
]
PDF = (
    "Peshawar, 2 June 2016. Al Qaeda clashed with the Haqqani network near Khost in May "
    "2016. The Pakistani army attacked the Haqqani network near Miranshah in May 2016."
)
HOSTILE = (
    "Kabul, 1 July 2017. <script>window.__pwned = 1</script> The Taliban attacked the army "
    'in Kandahar in June 2017. <img src=x onerror="window.__pwned = 2"> Al Qaeda condemned '
    "the Haqqani network in June 2017. </textarea><b>bold?</b>\n"
)


WALKS: dict[str, dict[str, Any]] = {}
"""What each store's walk saw (marks, chart months, hits, export sizes), compared once both
stores have walked in this session: the two must agree."""


def write_corpus(folder: Path) -> list[Path]:
    """The Word file, the PDF and the hostile note, written with the libraries analysts'
    tools use (python-docx, fpdf2)."""
    import docx
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    word = docx.Document()
    for paragraph in WORD:
        word.add_paragraph(paragraph)
    word.save(str(folder / "field-report.docx"))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PDF)
    pdf.output(str(folder / "clash.pdf"))
    (folder / "hostile-note.txt").write_text(HOSTILE, encoding="utf-8")
    return [folder / "field-report.docx", folder / "clash.pdf", folder / "hostile-note.txt"]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workbench(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Served]:
    with _database(request, request.param, tmp_path) as db:
        api.init_store(db)
        api.add_user(db, "ada", "admin", PASSWORD, by="setup")
        api.add_user(db, "anil", "analyst", PASSWORD, by="setup")
        api.add_user(db, "vera", "viewer", PASSWORD, by="setup")
        running = start_server(db, upload_dir=tmp_path / "uploads", server_mode=True)
        running.backend = request.param  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


def log_in(page: Any, base: str, name: str, target: str = "/") -> None:  # noqa: F811
    page.goto(base + target)
    page.wait_for_selector("form.login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-button")
    page.wait_for_url(base + target)


def log_out(page: Any) -> None:  # noqa: F811
    page.click("#logout-button")
    page.wait_for_selector("form.login")


def read_export(name: str, body: bytes) -> int:
    """Parse a downloaded export; the number of its records (events, rows, nodes, objects)."""
    if name.endswith(".csv"):
        return len(list(csv.DictReader(io.StringIO(body.decode("utf-8")))))
    if name.endswith(".jsonl"):
        return len([json.loads(line) for line in body.decode("utf-8").splitlines() if line])
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return int(pq.read_table(io.BytesIO(body)).num_rows)
    if name.endswith((".graphml", ".gexf")):
        import xml.etree.ElementTree as ET

        root = ET.fromstring(body)
        return len([e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "node"])
    data = json.loads(body)
    if isinstance(data, dict) and data.get("type") == "bundle":
        import stix2

        stix2.parse(data, allow_custom=True)
        return len(data["objects"])
    if isinstance(data, dict):
        return sum(len(v) for v in data.values() if isinstance(v, list))
    return len(data)


def test_an_analysts_walk_with_word_pdf_and_hostile_files(
    page: Any,  # noqa: F811
    workbench: Served,
    tmp_path: Path,
) -> None:
    base, backend, db = workbench.base, workbench.backend, workbench.db  # type: ignore[attr-defined]
    files = write_corpus(tmp_path / "corpus")

    # server mode: a login first, then the upload form ingests and codes the three files
    log_in(page, base, "anil", "/upload")
    page.set_input_files("input[name=files]", [str(f) for f in files])
    page.fill("input[name=source]", "Walk Wire")
    page.fill("input[name=reliability]", "B")
    page.fill("input[name=credibility]", "2")
    page.click("#upload-button")
    page.wait_for_selector("#upload-result")
    result = page.inner_text("#upload-result")
    assert "Documents added\n3" in result and "Failed\n0" in result, result
    _shot(page, f"walk-upload-{backend}")
    docs = {Path(d["path"]).name: d for d in api.list_documents(db, limit=10)}
    assert set(docs) == {f.name for f in files}

    # each document's events highlighted in place; the hostile text shown, not run
    seen: dict[str, Any] = {"marks": {}}
    for name, doc in docs.items():
        page.goto(base + f"/documents/{doc['id']}")
        marks = page.locator("#doc-text mark.ev")
        assert marks.count() >= 1, name
        seen["marks"][name] = [marks.nth(i).inner_text() for i in range(marks.count())]
    hostile = docs["hostile-note.txt"]["id"]
    page.goto(base + f"/documents/{hostile}")
    text = page.inner_text("#doc-text")
    assert "<script>window.__pwned = 1</script>" in text and "<b>bold?</b>" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#doc-text script, #doc-text img, #doc-text b").count() == 0
    _shot(page, f"walk-hostile-{backend}")

    # the relationship's chart, then a reject of the PDF's clash removes its month
    relationship = f"{base}/relationships/{AQ}/{HQN}"
    page.goto(relationship)
    page.wait_for_selector("svg.chart")
    may = 'svg.chart g.ch-all a.point[data-month="2016-05"]'
    assert page.locator(may).count() == 1
    clash = [
        e for e in api.list_events(db, document_id=str(docs["clash.pdf"]["id"]))
        if {e["source"]["id"], e["target"]["id"]} == {"org:al-qaeda", "org:haqqani-network"}
    ]  # fmt: skip
    assert clash, "the PDF's clash is coded"
    page.goto(base + f"/documents/{docs['clash.pdf']['id']}")
    for event in clash:
        cell = page.locator(f"#judge-{event['id']}")
        cell.locator("input[name=note]").first.fill("<i>misreported</i>")
        cell.locator("button.reject").click()
        page.wait_for_selector(f"#judge-{event['id']} .verdict.reject")
    page.goto(relationship)
    page.wait_for_selector("svg.chart")
    assert page.locator(may).count() == 0, "the rejected month left the chart"
    points = page.locator("svg.chart g.ch-all a.point")
    seen["months"] = [points.nth(i).get_attribute("data-month") for i in range(points.count())]
    assert page.locator('svg.chart g.ch-all a.point[data-month="2015-03"]').count() == 1
    _shot(page, f"walk-relationship-{backend}")

    # an ACH question opened from the form, one cell rated
    page.goto(base + "/ach")
    page.fill("#ach-open input[name=actor_a]", HQN)
    page.fill("#ach-open input[name=actor_b]", AQ)
    page.click("#ach-open button")
    page.wait_for_selector("#ach-matrix")
    first = page.locator("#item-1 td.cell").first
    hypothesis = first.get_attribute("data-hypothesis")
    new = "CC" if first.locator(".rating").inner_text() != "CC" else "II"
    first.locator("select[name=rating]").select_option(new)
    first.locator("button").click()
    page.wait_for_selector("#ach-history td.rating")
    cell = page.locator(f'#item-1 td.cell[data-hypothesis="{hypothesis}"]')
    assert cell.locator(".rating").inner_text() == new
    _shot(page, f"walk-ach-{backend}")

    # search, with the hit marked in its snippet
    page.goto(base + "/search?q=sheltered")
    assert "Al Qaeda fighters" in page.inner_text("main")
    assert page.locator("main mark").count() >= 1
    seen["hits"] = page.locator("main mark").count()

    # every export of the exports page downloads and reads back
    page.goto(base + "/exports")
    links = [a.get_attribute("href") for a in page.locator("table.exports a").all()]
    assert len(links) >= 8
    counts = {}
    for href in links:
        response = page.request.get(base + href)
        assert response.status == 200, (href, response.status)
        disposition = response.headers.get("content-disposition", "")
        name = disposition.rsplit("filename=", 1)[-1].strip('"') or href
        counts[href] = read_export(name, response.body())
        assert counts[href] >= 1, href
    events_csv = page.request.get(base + "/api/export/events?format=csv").text()
    rows = list(csv.DictReader(io.StringIO(events_csv)))
    assert {int(r["event_id"]) for r in rows if r["judgement"] == "reject"} == {
        e["id"] for e in clash
    }
    seen["exports"] = counts

    # the briefing from the UI, as HTML and as PDF
    for fmt, magic in (("html", b"<!doctype html"), ("pdf", b"%pdf")):
        page.goto(base + "/briefing")
        page.fill("textarea[name=pairs]", f"{HQN}/{AQ}")
        page.check(f"input[name=format][value={fmt}]")
        with page.expect_download() as info:
            page.click("#briefing-button")
        saved = tmp_path / f"briefing.{fmt}"
        info.value.save_as(str(saved))
        body = saved.read_bytes()
        assert body[:20].lower().startswith(magic), (fmt, body[:20])
        if fmt == "html":
            html = body.decode("utf-8")
            assert "<svg" in html and "<script" not in html.lower() and "http://" not in html

    # a write without the CSRF token is refused, and changes nothing
    event = api.list_events(db, document_id=str(docs["field-report.docx"]["id"]))[0]["id"]
    refused = page.request.post(base + f"/events/{event}/judgement", form={"verdict": "reject"})
    assert refused.status == 403
    assert (
        api.list_events(db, document_id=str(docs["field-report.docx"]["id"]))[0]["judgement"]
        is None
    )
    assert page.request.get(base + "/admin/users").status == 403  # an analyst is no admin
    assert page.problems == []  # type: ignore[attr-defined]
    log_out(page)

    # a viewer reads but has no write controls; an admin reaches the users' page
    log_in(page, base, "vera", f"/documents/{hostile}")
    assert page.locator("form.judge").count() == 0
    assert page.request.post(base + f"/events/{event}/judgement").status == 403
    log_out(page)
    log_in(page, base, "ada", "/admin/users")
    assert "vera" in page.inner_text("main")
    audit = [r["action"] for r in api.audit_log(db, actor="anil")]
    assert "ach.rating" in audit and audit.count("event.reject") == len(clash)
    assert page.problems == []  # type: ignore[attr-defined]

    # the same walk on the other store saw the same
    WALKS[backend] = seen
    if len(WALKS) == 2:
        first, second = WALKS.values()
        assert first == second
