"""Event lists over real HTTP on SQLite and PostgreSQL: a filter given empty is refused as
the command line refuses it, and the API's and the page's "next" links page by cursor."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from tests.web.conftest import Served

from clirun import riftwatch


@pytest.mark.parametrize("name", ["actor", "type", "from", "pair", "min_reliability"])
def test_an_empty_filter_is_refused_naming_it(served: Served, name: str) -> None:
    with served.client() as client:
        everything = client.get("/api/events").json()
        response = client.get(f"/api/events?{name}=")
        spaced = client.get("/api/events", params={name: "  "})
    assert everything["items"]  # the store has events: an empty filter would list them all
    for refused in (response, spaced):
        assert refused.status_code == 400
        error = refused.json()["error"]
        assert error["code"] == "RW600"
        assert repr(name) in error["message"] and "empty" in error["message"]


def test_the_command_line_refuses_an_empty_actor_too(served: Served) -> None:
    """The two agree: the CLI's error for ``--actor ""`` is a numbered one naming the
    option, and nothing is listed."""
    done = riftwatch("--db", served.db, "events", "list", "--actor", "", "--format", "json")
    assert done.returncode != 0
    assert "actor" in done.stderr and re.search(r"RW\d{3}", done.stderr)
    assert done.stdout.strip() in ("", "[]")


def test_the_empty_page_form_still_lists_everything(served: Served) -> None:
    """The page's filter form sends every field, blank ones too: there they mean no filter."""
    with served.client() as client:
        page = client.get("/events?actor=&type=&from=")
        everything = client.get("/api/events").json()
    assert page.status_code == 200
    assert len(re.findall(r'<a href="/events/\d+">', page.text)) == len(everything["items"])


def test_the_api_next_link_pages_by_cursor(served: Served) -> None:
    with served.client() as client:
        everything = [e["id"] for e in client.get("/api/events").json()["items"]]
        url: str | None = "/api/events?limit=2&min_reliability=F"
        walked: list[int] = []
        while url is not None:
            page = client.get(url).json()
            walked += [e["id"] for e in page["items"]]
            if page["next"] is not None:
                query = parse_qs(urlsplit(page["next"]).query)
                assert query["after"] == [page["next_cursor"]] and "offset" not in query
                assert query["min_reliability"] == ["F"] and query["limit"] == ["2"]
            url = page["next"]
    assert walked == everything


def test_the_page_next_link_pages_by_cursor(served: Served) -> None:
    with served.client() as client:
        everything = [e["id"] for e in client.get("/api/events").json()["items"]]
        url: str | None = "/events?limit=1"
        walked: list[int] = []
        places: list[str] = []
        while url is not None:
            page = client.get(url)
            assert page.status_code == 200
            walked += [int(x) for x in re.findall(r'<a href="/events/(\d+)">', page.text)]
            places.append(re.search(r"<span>(\d+)–(\d+) of", page.text).group(1))
            found = re.search(r'<a rel="next" href="([^"]+)"', page.text)
            url = unescape(found.group(1)) if found else None
            if url is not None:
                assert "after=" in url and "offset=" not in url
    assert walked == everything
    assert places == [str(n) for n in range(1, len(everything) + 1)]  # numbered as it goes
    with served.client() as client:
        bad = client.get("/events", params={"after": "nonsense"})
    assert bad.status_code == 400 and "RW007" in bad.text
