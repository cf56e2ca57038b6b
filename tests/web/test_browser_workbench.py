"""The workbench's read pages in a real headless browser (Playwright, Debian's chromium).

Dashboard → the alerted relationship → a click on a chart point → that month's evidence
shown; the network and actor pages; the hostile actor name runs no script. Screenshots
go to ``test-artifacts/screenshots/`` like the other browser tests'.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.web.conftest import start_server
from tests.web.test_browser import _shot, browser, page  # noqa: F401  (fixtures)
from tests.web.test_workbench import AQ, HQN, build_rift_corpus

from riftwatch import api
from riftwatch.analysis.claims import read_as_texts
from riftwatch.web.links import relationship_href

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


# a leader named alone stands for the group another document tied him to, a pronoun for the
# group a sentence named before; that document's id carries script (hostile text is data)
HOSTILE_ID = 'k1<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
READ_AS_CORPUS = [
    (HOSTILE_ID, "2011-04-01", "Tarek Vossan, the commander of the Ashen Banner Brigade, signed "
     "a pact with the Red Cedar Movement in April 2011."),
    ("k2", "2011-09-01", "The Ashen Banner Brigade and the Red Cedar Movement carried out a "
     "joint attack on an army convoy."),
    ("k4", "2013-03-01", "In March 2013 Vossan's fighters clashed with the Red Cedar Movement, "
     "and Vossan broke with the group, accusing it of betrayal."),
    ("k5", "2013-06-01", "Vossan's men attacked Red Cedar Movement positions again."),
]  # fmt: skip


def test_relationship_evidence_says_which_words_stood_for_a_side(
    page: Any,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("browser-read-as")
    db = str(folder / "riftwatch.db")
    path = folder / "read_as.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n"
                            for i, d, t in READ_AS_CORPUS), encoding="utf-8")  # fmt: skip
    api.init_store(db)
    api.ingest([path], db=db)
    api.extract_stored(db)
    served = start_server(db, upload_dir=folder / "uploads")
    try:
        page.goto(served.base + relationship_href("open:ashen-banner-brigade",
                                                  "open:red-cedar-movement"))  # fmt: skip
        page.wait_for_selector("div.sides span.read-as")
        lines = page.locator("div.sides span.read-as").all_inner_texts()
        person = (
            '· as "Vossan" = Ashen Banner Brigade (person tied to Ashen Banner Brigade in '
            f"document {HOSTILE_ID})"
        )
        assert person in lines, lines
        assert '· as "the group" = Red Cedar Movement (coreference (Red Cedar Movement))' in lines
        # the same words as the CLI and the briefing say them
        e = {"source": {"name": "Ashen Banner Brigade", "as": "Vossan",
                        "resolved_by": f"person tied to Ashen Banner Brigade in document "
                                       f"{HOSTILE_ID}"},
             "target": {"name": "Red Cedar Movement"}}  # fmt: skip
        assert [f"· {text}" for text in read_as_texts(e)] == [person]
        # the document's script is shown as text, never run nor made an element
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("div.sides span.read-as *").count() == 0
        _shot(page, "workbench-relationship-read-as")
        assert page.problems == []  # type: ignore[attr-defined]
    finally:
        served.stop()
