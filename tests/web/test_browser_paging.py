"""In a real headless browser (Playwright driving Debian's chromium), on SQLite and
PostgreSQL: the events page's filter form sent with empty fields lists every event, and
its "next" links, which page by cursor, walk the whole list in order, one event a page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.web.conftest import Served
from tests.web.test_browser import _shot, browser, page  # noqa: F401  (the fixtures)

pytestmark = pytest.mark.browser


def test_the_events_pages_walk_by_cursor(page: Any, served: Served) -> None:  # noqa: F811
    with served.client() as client:
        everything = [e["id"] for e in client.get("/api/events").json()["items"]]
    page.goto(served.base + "/events?limit=1")
    page.fill("input[name=actor]", "")  # the form sends every field, this one empty
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_selector("table.events")
    assert "limit=1" not in page.url or "actor=" in page.url
    page.goto(served.base + "/events?limit=1&actor=")
    walked: list[int] = []
    while True:
        row = page.locator("table.events tbody tr").first
        walked.append(int(row.locator("td").first.inner_text()))
        shown = page.locator("nav.pager span").first.inner_text()
        assert re.match(rf"{len(walked)}–{len(walked)} of", shown), shown
        following = page.locator("nav.pager a[rel=next]").first
        if following.count() == 0:
            break
        assert "after=" in (following.get_attribute("href") or "")
        following.click()
        page.wait_for_selector("table.events")
    assert walked == everything
    first = page.locator("nav.pager a[rel=prev]").first
    if len(walked) > 1:
        assert "first page" in first.inner_text()
    _shot(page, f"events-by-cursor-{served.db.split(':')[0].split('/')[-1][:10]}")
    assert page.problems == []  # type: ignore[attr-defined]
