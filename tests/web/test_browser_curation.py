"""Actor curation and briefings in a real headless browser (Playwright driving Debian's
chromium), in server mode on SQLite and PostgreSQL: an analyst adds a hostile alias and
merges a name into an actor on its page (the forms update the page in place through
``/static/app.js``: no reload), undoes a judgement, and downloads a briefing; the same alias
form works with JavaScript off (a plain POST and a redirect). Screenshots go to
``test-artifacts/screenshots/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Served
from tests.web.test_browser import _shot, browser, page  # noqa: F401 (fixtures)
from tests.web.test_browser_write import log_in, workbench  # noqa: F401 (fixture)

from riftwatch.actors import api as actors_api

pytestmark = pytest.mark.browser

HOSTILE_ALIAS = '<img src=x onerror="window.__pwned=7"> Network <script>window.__pwned=8</script>'


def test_curate_an_actor_in_place_and_download_a_briefing(
    page: Any,  # noqa: F811
    workbench: Served,  # noqa: F811
    tmp_path: Path,
) -> None:
    base, backend = workbench.base, workbench.backend  # type: ignore[attr-defined]
    actor = "/actors/org:haqqani-network"
    log_in(page, base, actor, "anil")
    page.wait_for_selector("form.alias")
    page.evaluate("window.__samePage = 'yes'")  # survives only if the page is not reloaded

    form = page.locator("form.alias")
    form.locator("input[name=name]").fill(HOSTILE_ALIAS)
    form.locator("select[name=kind]").select_option("former")
    form.locator("input[name=years]").fill("2008-2012")
    form.locator("input[name=note]").fill("seen in a <b>leaflet</b>")
    page.click("#alias-button")
    row = page.locator("tr.alias-row", has_text="Network <script>")
    row.wait_for()
    assert page.evaluate("window.__samePage") == "yes"  # updated in place
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "former" in row.inner_text() and "judgement:" in row.locator(".provenance").inner_text()
    assert page.locator("#live-status").inner_text() == "Saved."
    _shot(page, f"actor-alias-{backend}")

    merge = page.locator("form.merge")
    merge.locator("input[name=other]").fill("Miranshah Network Test")
    merge.locator("input[name=note]").fill("the same group, renamed")
    page.click("#merge-button")
    page.locator("tr.alias-row", has_text="Miranshah Network Test").wait_for()
    assert page.evaluate("window.__samePage") == "yes"
    judged = page.locator("#curation table.judgements tr.judgement")
    assert judged.count() == 2 and "same" in judged.first.inner_text()  # newest first
    resolved = actors_api.resolve_mention("Miranshah Network Test", db=workbench.db)
    assert resolved["actor"]["id"] == "org:haqqani-network"

    # a refused change says why beside the form, and the page stays
    relate = page.locator("form.relate")
    relate.locator("input[name=target]").fill("No Such Group Anywhere")
    relate.locator("button").click()
    page.locator("form.relate .form-status.error").wait_for()
    assert "RW401" in page.locator("form.relate .form-status").inner_text()

    # undo the merge: the name is no longer an alias
    page.locator("#curation tr.judgement", has_text="same").locator("form.undo button").click()
    page.locator("#curation tr.judgement.undone").wait_for()
    assert page.locator("tr.alias-row", has_text="Miranshah Network Test").count() == 0
    assert page.evaluate("window.__samePage") == "yes"
    _shot(page, f"actor-curated-{backend}")

    # a briefing on a relationship, downloaded as the file riftwatch report writes
    page.goto(base + "/briefing")
    page.fill("textarea[name=pairs]", "Haqqani network/Al Qaeda")
    _shot(page, f"briefing-form-{backend}")
    with page.expect_download() as info:
        page.click("#briefing-button")
    download = info.value
    assert download.suggested_filename == "riftwatch-briefing-now.html"
    saved = tmp_path / download.suggested_filename
    download.save_as(str(saved))
    html = saved.read_text(encoding="utf-8")
    assert "<svg" in html and "Haqqani" in html and "<script" not in html.lower()
    # the analyst's form POSTs: the pair's ACH question is stored, opened by the analyst
    from riftwatch import api as root_api

    assert any(q["created_by"] == "anil" for q in root_api.ach_questions(workbench.db))
    briefing = page.context.new_page()
    briefing.goto(saved.as_uri())  # opened from disk, as an analyst would
    _shot(briefing, f"briefing-{backend}")
    briefing.close()
    assert page.problems == []  # type: ignore[attr-defined]


def test_curation_works_without_javascript(browser: Any, workbench: Served) -> None:  # noqa: F811
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    plain = context.new_page()
    plain.set_default_timeout(120_000)
    try:
        log_in(plain, workbench.base, "/actors/org:al-qaeda", "anil")
        form = plain.locator("form.alias")
        form.locator("input[name=name]").fill("Qaedat Plain Form")
        with plain.expect_navigation():
            plain.click("#alias-button")
        assert plain.url.endswith("/actors/org:al-qaeda#aliases")
        assert plain.locator("tr.alias-row", has_text="Qaedat Plain Form").count() == 1
        plain.goto(workbench.base + "/sources")
        grade = plain.locator("form.grade").first
        grade.locator("select[name=reliability]").select_option("D")
        with plain.expect_navigation():
            grade.locator("button").click()
        assert "#grades" in plain.url and "D" in plain.locator("table.sources").inner_text()
        _shot(plain, f"sources-graded-nojs-{workbench.backend}")  # type: ignore[attr-defined]
    finally:
        context.close()
