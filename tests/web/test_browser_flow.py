"""The analyst's whole round in one real browser session (Playwright, Debian's chromium).

Upload a corpus through the form, see its events highlighted on a document page, open the
relationship of the two groups, reject the events of one month on their document page and
see that month leave the relationship's chart, then download the events as CSV from the
exports page and find the verdicts in it. Local mode (the default: one analyst on
127.0.0.1). Each step also has its own tests; this one checks that they add up.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import start_server
from tests.web.test_browser import _shot, browser, page  # noqa: F401  (fixtures)
from tests.web.test_workbench import AQ, CORPUS, HQN

from riftwatch import api

pytestmark = pytest.mark.browser


def test_upload_reject_see_the_chart_change_and_export(
    page: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "riftwatch.db")
    api.init_store(db)
    corpus = tmp_path / "rift.jsonl"
    records = [d for d in CORPUS if d["id"] != "c12"]  # the pair's reports only
    corpus.write_text("".join(json.dumps(d) + "\n" for d in records), encoding="utf-8")
    served = start_server(db, upload_dir=tmp_path / "uploads")
    try:
        base = served.base
        page.goto(base + "/upload")
        page.set_input_files("input[name=files]", [str(corpus)])
        page.click("#upload-button")
        page.wait_for_selector("#upload-result")
        assert f"Documents added\n{len(records)}" in page.inner_text("#upload-result")
        _shot(page, "flow-upload")

        clash = api.list_events(db, document_id="c09")
        assert len(clash) == 2, "the clash is coded both ways"
        doc = clash[0]["document_id"]
        page.goto(base + f"/documents/{doc}")
        assert page.locator("#doc-text mark.ev").count() >= 1
        assert "clashed" in page.locator("#doc-text mark.ev").first.inner_text()

        relationship = f"{base}/relationships/{AQ}/{HQN}"
        page.goto(relationship)
        page.wait_for_selector("svg.chart")
        november = 'svg.chart g.ch-all a.point[data-month="2017-11"]'
        assert page.locator(november).count() == 1
        assert "clashed" in page.locator("section#m-2017-11").inner_text()
        _shot(page, "flow-relationship-before")

        page.goto(base + f"/documents/{doc}")
        for event in clash:
            cell = page.locator(f"#judge-{event['id']}")
            cell.locator("input[name=note]").first.fill("a misreported skirmish")
            cell.locator("button.reject").click()
            page.wait_for_selector(f"#judge-{event['id']} .verdict.reject")
        _shot(page, "flow-document-rejected")

        page.goto(relationship)
        page.wait_for_selector("svg.chart")
        assert page.locator(november).count() == 0, "the rejected month left the chart"
        assert page.locator("section#m-2017-11").count() == 0
        assert page.locator('svg.chart g.ch-all a.point[data-month="2017-03"]').count() == 1
        _shot(page, "flow-relationship-after")

        page.goto(base + "/exports")
        with page.expect_download() as waiting:
            page.click('a[href="/api/export/events?format=csv"]')
        path = waiting.value.path()
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        by_id = {int(r["event_id"]): r for r in rows}
        assert len(rows) == len(api.list_events(db, limit=1000))
        for event in clash:
            assert by_id[event["id"]]["judgement"] == "reject"
            assert by_id[event["id"]]["judgement_note"] == "a misreported skirmish"
        assert {r["judgement"] for r in rows} == {"reject", "unjudged"}
        assert page.problems == []  # type: ignore[attr-defined]
    finally:
        served.stop()
