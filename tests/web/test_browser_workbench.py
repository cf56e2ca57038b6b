"""The workbench's read pages in a real headless browser (Playwright, Debian's chromium).

Dashboard → the alerted relationship → a click on a chart point → that month's evidence
shown; the network and actor pages; the hostile actor name runs no script. Screenshots
go to ``test-artifacts/screenshots/`` like the other browser tests'.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.web.conftest import start_server
from tests.web.test_browser import _shot, browser, page  # noqa: F401  (fixtures)
from tests.web.test_workbench import AQ, HQN, build_rift_corpus

pytestmark = pytest.mark.browser


def test_dashboard_to_relationship_to_a_months_evidence(
    page: Any,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("browser-workbench")
    db = str(folder / "riftwatch.db")
    info = build_rift_corpus(db, folder / "corpus")
    served = start_server(db, upload_dir=folder / "uploads")
    try:
        page.goto(served.base + "/")
        page.wait_for_selector("table.alerts")
        assert page.locator("table.alerts svg.spark").count() >= 1
        _shot(page, "workbench-dashboard")
        page.click(f'table.alerts a[href="/relationships/{AQ}/{HQN}"]')
        page.wait_for_selector("svg.chart")
        assert "Relationship" in page.inner_text("h1")
        assert "Evidence against" in page.inner_text("div.sides")
        _shot(page, "workbench-relationship")

        point = page.locator('svg.chart g.ch-all a.point[data-month="2017-11"]')
        assert point.count() == 1
        point.click()
        page.wait_for_function("location.hash === '#m-2017-11'")
        target = page.locator("section.month:target")
        assert target.count() == 1
        assert target.get_attribute("id") == "m-2017-11"
        assert "clashed with the Haqqani network" in target.inner_text()
        assert target.is_visible()
        _shot(page, "workbench-relationship-month")

        # the keyboard reaches the points too
        page.focus('svg.chart g.ch-all a.point[data-month="2015-01"]')
        page.keyboard.press("Enter")
        page.wait_for_function("location.hash === '#m-2015-01'")
        assert "North Waziristan" in page.locator("section.month:target").inner_text()

        # the grade filter re-renders the chart with fewer points
        before = page.locator("svg.chart a.point").count()
        page.select_option("select[name=min_reliability]", "B")
        page.click("form.grade-filter button")
        page.wait_for_url("**min_reliability=B**")
        assert page.locator("svg.chart a.point").count() < before

        page.goto(served.base + "/network?from=2017&to=2018")
        page.wait_for_selector("svg.network")
        assert page.locator("svg.network line.edge.conflict").count() >= 1
        _shot(page, "workbench-network")
        page.click(f'svg.network a.node[href="/actors/{AQ}"]')
        page.wait_for_selector("table.relationships")
        assert "Al Qaeda" in page.inner_text("h1")
        _shot(page, "workbench-actor")

        page.goto(served.base + "/actors?q=haqqani")
        assert page.locator(f'a[href="/actors/{HQN}"]').count() >= 1
        _shot(page, "workbench-actors")

        hostile = info["hostile_id"]
        for path in ("/?window=120", "/network", f"/actors/{hostile}", "/actors?q=pwned",
                     f"/relationships/{info['taliban']}/{hostile}"):  # fmt: skip
            page.goto(served.base + path)
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert "<script>" in page.inner_text("h1"), "the hostile name is shown as text"
        assert page.problems == []  # type: ignore[attr-defined]
    finally:
        served.stop()
