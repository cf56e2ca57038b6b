"""The workbench's writes in a real headless browser (Playwright driving Debian's chromium),
in server mode on SQLite and PostgreSQL: log in, reject an event on its document page and
see its status and history change, edit an ACH rating and see the matrix change, log out.
Screenshots go to ``test-artifacts/screenshots/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Served, _database, build_corpus, start_server
from tests.web.test_browser import _shot, browser, page  # noqa: F401 (fixtures)

from riftwatch import api

pytestmark = pytest.mark.browser

PASSWORD = "a long browser password"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workbench(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Served]:
    with _database(request, request.param, tmp_path) as db:
        ids = build_corpus(db, tmp_path / "corpus")
        api.add_user(db, "anil", "analyst", PASSWORD, by="setup")
        api.add_user(db, "vera", "viewer", PASSWORD, by="setup")
        matrix = api.ach_matrix(pair=["Haqqani network", "Al Qaeda"], db=db, analyst="setup")
        running = start_server(db, upload_dir=tmp_path / "uploads", server_mode=True)
        running.ids = ids  # type: ignore[attr-defined]
        running.question = matrix["question"]  # type: ignore[attr-defined]
        running.backend = request.param  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


def log_in(page: Any, base: str, target: str, name: str) -> None:  # noqa: F811
    page.goto(base + target)
    page.wait_for_selector("form.login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-button")
    page.wait_for_url(base + target)


def test_reject_an_event_and_rate_ach(page: Any, workbench: Served) -> None:  # noqa: F811
    base, backend = workbench.base, workbench.backend  # type: ignore[attr-defined]
    doc = workbench.ids["b.txt"]  # type: ignore[attr-defined]
    event = api.list_events(workbench.db, document_id=doc)[0]["id"]

    page.goto(base + f"/documents/{doc}")
    assert "/login?next=" in page.url  # server mode: no page without a login
    _shot(page, f"login-{backend}")
    log_in(page, base, f"/documents/{doc}", "anil")
    assert "anil" in page.inner_text("#user-box")
    cell = page.locator(f"#judge-{event}")
    assert cell.locator(".verdict").inner_text() == "not judged"

    cell.locator("input[name=note]").first.fill("the army says <b>no</b> fighting took place")
    cell.locator("button.reject").click()
    page.wait_for_selector(f"#judge-{event} .verdict.reject")
    cell = page.locator(f"#judge-{event}")
    assert cell.locator(".verdict").inner_text() == "rejected"
    assert "by anil" in cell.inner_text()
    assert "<b>no</b>" in cell.locator(".note").inner_text()  # shown as text, not markup
    assert "rejected" in (page.locator(f"#event-{event}").get_attribute("class") or "")
    cell.locator("details.history summary").click()
    history = cell.locator("li.judgement-history-item")
    assert history.count() == 1 and "reject" in history.first.inner_text()

    cell.locator("button.accept").click()  # change of mind: the history keeps both
    page.wait_for_selector(f"#judge-{event} .verdict.accept")
    cell = page.locator(f"#judge-{event}")
    cell.locator("details.history summary").click()
    items = cell.locator("li.judgement-history-item")
    assert items.count() == 2
    assert "reject" in items.nth(0).inner_text() and "accept" in items.nth(1).inner_text()
    assert "(current)" in items.nth(1).inner_text()
    _shot(page, f"document-judged-{backend}")

    q = workbench.question  # type: ignore[attr-defined]
    page.goto(base + f"/ach/{q}")
    page.wait_for_selector("#ach-matrix")
    first = page.locator("#item-1 td.cell").first
    hypothesis = first.get_attribute("data-hypothesis")
    before = first.locator(".rating").inner_text()
    new = "CC" if before != "CC" else "II"
    ranking_before = page.inner_text("#ach-ranking")
    first.locator("select[name=rating]").select_option(new)
    first.locator("input[name=note]").fill("my reading of it")
    first.locator("button").click()
    page.wait_for_selector("#ach-history td.rating")
    cell = page.locator(f'#item-1 td.cell[data-hypothesis="{hypothesis}"]')
    assert cell.locator(".rating").inner_text() == new
    assert "anil: " + new in cell.locator(".analyst-rating").inner_text()
    assert "my reading of it" in page.inner_text("#ach-history")
    assert page.inner_text("#ach-ranking") != ranking_before  # rescored with the rating
    assert page.inner_text("#ach-conclusion")
    _shot(page, f"ach-{backend}")
    rows = api.audit_log(workbench.db, actor="anil")
    assert [r["action"] for r in rows] == ["ach.rating", "event.accept", "event.reject"]

    page.click("#logout-button")
    page.wait_for_selector("form.login")
    page.goto(base + f"/ach/{q}")
    assert "/login?next=" in page.url
    assert page.problems == []  # type: ignore[attr-defined]


def test_a_viewer_sees_no_write_controls(page: Any, workbench: Served) -> None:  # noqa: F811
    base = workbench.base
    doc = workbench.ids["b.txt"]  # type: ignore[attr-defined]
    log_in(page, base, f"/documents/{doc}", "vera")
    assert page.locator("form.judge").count() == 0
    page.goto(base + f"/ach/{workbench.question}")  # type: ignore[attr-defined]
    assert page.locator("form.rate").count() == 0
    assert page.problems == []  # type: ignore[attr-defined]
