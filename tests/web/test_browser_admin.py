"""The admin's users and tokens page, the paged suggestions queue and the paged wedge
ranking in a real headless browser (Playwright driving Debian's chromium), in server mode
on SQLite and PostgreSQL. Screenshots go to ``test-artifacts/screenshots/``."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from tests.web.conftest import Served
from tests.web.test_browser import _shot, browser, page  # noqa: F401 (fixtures)
from tests.web.test_browser_write import PASSWORD, log_in, workbench  # noqa: F401 (fixture)

from riftwatch import api
from riftwatch.errors import RiftwatchError

pytestmark = pytest.mark.browser


def test_an_admin_adds_a_user_and_a_token_then_revokes_it(
    page: Any,  # noqa: F811
    workbench: Served,  # noqa: F811
) -> None:
    base, backend = workbench.base, workbench.backend  # type: ignore[attr-defined]
    with contextlib.suppress(RiftwatchError):  # the fixture is shared: once per backend
        api.add_user(workbench.db, "adele", "admin", PASSWORD, by="setup")
    log_in(page, base, "/admin/users", "adele")
    assert page.locator("tr.user-row[data-user=anil]").count() == 1
    form = page.locator("form#add-user")
    form.locator("input[name=name]").fill("tomas")
    form.locator("select[name=role]").select_option("viewer")
    form.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        form.locator("button").click()
    row = page.locator("tr.user-row[data-user=tomas]")
    assert "viewer" in row.inner_text() and "active" in row.inner_text()

    token = page.locator("form#add-token")
    token.locator("select[name=user]").select_option("tomas")
    token.locator("input[name=name]").fill("nightly <b>export</b>")
    token.locator("input[name=days]").fill("7")
    with page.expect_navigation():
        token.locator("button").click()
    secret = page.locator("#new-token-secret").inner_text()
    assert secret.startswith("rwt_")
    assert page.locator("tr.token-row", has_text="nightly <b>export</b>").count() == 1  # escaped
    _shot(page, f"admin-token-made-{backend}")
    page.goto(base + "/admin/users")
    assert secret not in page.content()  # shown once
    with page.expect_navigation():
        page.locator("tr.token-row", has_text="nightly").locator("button").click()
    assert "revoked" in page.locator("tr.token-row", has_text="nightly").inner_text()

    with page.expect_navigation():
        page.locator("tr.user-row[data-user=tomas] form[action$='/disable'] button").click()
    assert "disabled" in page.locator("tr.user-row[data-user=tomas]").inner_text()
    _shot(page, f"admin-users-{backend}")
    page.goto(base + "/audit?action=token.*")
    assert "token.revoke" in page.locator("#audit-table").inner_text()
    assert page.problems == []  # type: ignore[attr-defined]


def test_an_analyst_pages_the_suggestions_and_the_wedges(
    page: Any,  # noqa: F811
    workbench: Served,  # noqa: F811
) -> None:
    base, backend = workbench.base, workbench.backend  # type: ignore[attr-defined]
    log_in(page, base, "/actors/suggestions", "anil")
    assert page.locator("nav.pager").count() == 2
    _shot(page, f"suggestions-paged-{backend}")
    page.goto(base + "/wedges?target=Haqqani+network&within=Al+Qaeda")
    page.locator("table.wedges").wait_for()
    assert "claim(s) between the two sides" in page.content()
    assert page.locator("nav.pager").count() == 1
    _shot(page, f"wedges-paged-{backend}")
    assert page.problems == []  # type: ignore[attr-defined]
