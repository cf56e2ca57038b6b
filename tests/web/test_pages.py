"""The HTML pages over real HTTP on both stores: content, escaping of hostile text, errors."""

from __future__ import annotations

import html
import re

import pytest
from tests.web.conftest import HOSTILE, Served


def _page(served: Served, path: str, **params: object) -> str:
    with served.client() as client:
        response = client.get(path, params=params)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_contract_document_page_has_text_and_events(served: Served) -> None:
    doc_id = served.ids["a.txt"]
    body = _page(served, f"/documents/{doc_id}")
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert "The Haqqani network sheltered Al Qaeda fighters" in text
    assert '<mark class="ev' in body, "the coded events are marked in the text"
    assert re.search(r'<tr id="event-\d+" class="event-row"', body)
    assert "AID" in body and "sanctuary" in body and "asserted" in body and "B2" in body
    # the mark links to its event's row, which is on the page
    for target in re.findall(r'<mark class="ev[^"]*" data-events="[\d ]+"><a href="#(event-\d+)"',
                             body):  # fmt: skip
        assert f'id="{target}"' in body


@pytest.mark.parametrize("page", ["document", "documents", "events", "event", "search",
                                  "sources", "failures", "overview"])  # fmt: skip
def test_hostile_text_is_escaped_on_every_page(served: Served, page: str) -> None:
    hostile_id = served.ids["hostile.jsonl"]
    with served.client() as client:
        events = client.get("/api/events", params={"document": hostile_id}).json()["items"]
    assert events, "the hostile document codes an event, so its text reaches event pages"
    path, params = {
        "document": (f"/documents/{hostile_id}", {}),
        "documents": ("/documents", {}),
        "events": ("/events", {}),
        "event": (f"/events/{events[0]['id']}", {}),
        "search": ("/search", {"q": "script OR img OR Taliban"}),
        "sources": ("/sources", {}),
        "failures": ("/failures", {}),
        "overview": ("/", {}),
    }[page]
    body = _page(served, path, **params)
    assert re.findall(r"<script\b[^>]*>", body) == ['<script src="/static/app.js" defer>']
    assert "<img" not in body
    assert "<b>Evil</b>" not in body
    assert 'href="javascript:' not in body.lower()
    if page in {"document", "documents", "events", "search", "sources"}:
        shown = ("&lt;script&gt;window.__pwned=", "&lt;b&gt;Evil&lt;/b&gt;")
        assert any(s in body for s in shown), "the hostile text is shown, escaped"


def test_document_urls_are_links_only_when_http(served: Served) -> None:
    body = _page(served, f"/documents/{served.ids['hostile.jsonl']}")
    assert "javascript:window.__pwned=3" in body  # shown as text
    assert not re.search(r"<a [^>]*href=\"javascript", body, re.IGNORECASE)
    title = html.escape(HOSTILE["title"], quote=True).replace("&#x27;", "&#39;")
    assert title.replace("&quot;", "&#34;") in body


def test_documents_page_filters_and_pages(served: Served) -> None:
    body = _page(served, "/documents", grade="C")
    assert "Field Notes" in body and "Kabul Times" not in body
    assert "1–1 of 1" in body
    body = _page(served, "/documents", limit=1, offset=1, language="en")
    assert "2–2 of 3" in body
    previous = re.search(r'<a rel="prev" href="([^"]+)"', body).group(1)
    following = re.search(r'<a rel="next" href="([^"]+)"', body).group(1)
    assert "language=en" in previous and "offset=0" in previous
    assert "language=en" in following and "offset=2" in following


def test_events_page_filters(served: Served) -> None:
    body = _page(served, "/events", type="AID")
    types = set(re.findall(r"<span class=\"etype\">(\w+)</span>", body))
    assert types == {"AID"}
    body = _page(served, "/events", document=str(served.ids["b.txt"]))
    sentences = re.findall(r'<td class="sentence">([^<]*)</td>', body)
    assert sentences and all("attacked the army" in s for s in sentences)


def test_search_page_marks_snippets(served: Served) -> None:
    body = _page(served, "/search", q="shelter*")
    assert body.count("<mark>sheltered</mark>") == 2
    assert "1–2 of 2" in body
    assert f'href="/documents/{served.ids["a.txt"]}"' in body


def test_sources_page_shows_grades(served: Served) -> None:
    body = _page(served, "/sources")
    with served.client() as client:
        kabul = next(s for s in client.get("/api/sources").json()["items"]
                     if s["name"] == "Kabul Times")  # fmt: skip
    row = rf"Kabul Times</a></td>\s*<td>{kabul['source_type']}</td>\s*<td><span class=\"grade\">"
    assert re.search(row + kabul["grade"], body)
    assert "&lt;b&gt;Evil&lt;/b&gt; Source" in body


@pytest.mark.parametrize(("path", "params", "status", "code"), [
    ("/documents/999999", {}, 404, "RW302"),
    ("/events/999999", {}, 404, "RW307"),
    ("/no/such/page", {}, 404, "RW605"),
    ("/documents", {"grade": "Q"}, 400, "RW002"),
    ("/events", {"modality": "perhaps"}, 400, "RW007"),
    ("/search", {"q": '"unclosed'}, 400, "RW304"),
    ("/documents", {"offset": "-3"}, 400, "RW600"),
])  # fmt: skip
def test_page_errors_are_pages_with_the_code(
    served: Served, path: str, params: dict, status: int, code: str
) -> None:
    with served.client() as client:
        response = client.get(path, params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"<code>{code}</code>" in response.text
    assert "content-security-policy" in response.headers
