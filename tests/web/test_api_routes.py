"""The JSON API over real HTTP, on SQLite and PostgreSQL: shapes, paging, filters, errors."""

from __future__ import annotations

import pytest
from tests.web.conftest import HOSTILE, Served

from riftwatch.web.app import CONTENT_SECURITY_POLICY


def test_openapi_describes_the_api(served: Served) -> None:
    with served.client() as client:
        spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events",
                 "/api/events/{ev_id}", "/api/search", "/api/sources", "/api/status"):  # fmt: skip
        assert "get" in paths[path], path
    names = {p["name"] for p in paths["/api/documents"]["get"]["parameters"]}
    assert {"limit", "offset", "source", "source_type", "grade", "from", "to", "language",
            "status"} <= names  # fmt: skip
    assert not any(p.startswith("/documents") for p in paths), "pages are not API routes"


def test_documents_list_has_ids_totals_and_paging(served: Served) -> None:
    with served.client() as client:
        everything = client.get("/api/documents").json()
        first = client.get("/api/documents", params={"limit": 1}).json()
        second = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert everything["total"] == 3
    assert sorted(d["id"] for d in everything["items"]) == sorted(served.ids.values())
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == len(second["items"]) == 1
    assert first["items"][0]["id"] < second["items"][0]["id"]


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"source_type": "monitoring_report"}, {"b.txt"}),
        ({"source": "kabul times"}, {"a.txt"}),
        ({"grade": "B2"}, {"a.txt"}),
        ({"grade": "C"}, {"b.txt"}),
        ({"min_reliability": "B"}, {"a.txt"}),
        ({"max_credibility": "2"}, {"a.txt"}),
        ({"from": "2011", "to": "2011-12"}, {"b.txt"}),
        ({"from": "2011-01-01"}, {"b.txt", "hostile.jsonl"}),
        ({"to": "2010"}, {"a.txt"}),
        ({"language": "en", "status": "coded"}, {"a.txt", "b.txt", "hostile.jsonl"}),
        ({"language": "fr"}, set()),
    ],
)
def test_document_filters(served: Served, params: dict, names: set[str]) -> None:
    with served.client() as client:
        page = client.get("/api/documents", params=params).json()
    by_id = {v: k for k, v in served.ids.items()}
    assert {by_id[d["id"]] for d in page["items"]} == names
    assert page["total"] == len(names)


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"grade": "Z9"}, "RW002"),
        ({"max_credibility": "9"}, "RW003"),
        ({"source_type": "tabloid"}, "RW004"),
        ({"from": "2011-13"}, "RW007"),
        ({"limit": "0"}, "RW600"),
        ({"limit": "many"}, "RW600"),
        ({"offset": "-1"}, "RW600"),
    ],
)
def test_bad_document_filter_is_400_with_the_code(served: Served, params: dict, code: str) -> None:
    with served.client() as client:
        response = client.get("/api/documents", params=params)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_document_has_text_sentences_and_events(served: Served) -> None:
    doc_id = served.ids["a.txt"]
    with served.client() as client:
        doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id
    assert "Haqqani network sheltered" in doc["text"]
    assert [s["index"] for s in doc["sentences"]] == list(range(len(doc["sentences"])))
    assert doc["events"], "the report codes at least one event"
    assert doc["events_total"] == len(doc["events"])
    for event in doc["events"]:
        assert event["document_id"] == doc_id
        assert doc["text"][event["start"] : event["end"]] == event["sentence"]
    assert any(e["event_type"] == "AID" and e["mode"] == "sanctuary" for e in doc["events"])


@pytest.mark.parametrize(("path", "code"), [
    ("/api/documents/999999", "RW302"), ("/api/documents/abc", "RW302"),
    ("/api/events/999999", "RW307"), ("/api/events/x1", "RW307"),
    ("/api/nothing-here", "RW605"),
])  # fmt: skip
def test_unknown_ids_are_404_with_the_code(served: Served, path: str, code: str) -> None:
    with served.client() as client:
        response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == code
    assert "{" not in response.json()["error"]["message"]  # every placeholder filled in


def test_an_unknown_page_names_its_address(served: Served) -> None:
    with served.client() as client:
        response = client.get("/api/nothing-here")
    assert response.json()["error"]["message"] == "no page at /api/nothing-here"


def test_events_filters_paging_and_one_event(served: Served) -> None:
    with served.client() as client:
        everything = client.get("/api/events").json()
        assert everything["total"] == len(everything["items"]) >= 2
        aid = client.get("/api/events", params={"type": "AID"}).json()
        assert aid["items"] and {e["event_type"] for e in aid["items"]} == {"AID"}
        by_doc = client.get("/api/events", params={"document": served.ids["b.txt"]}).json()
        assert {e["document_id"] for e in by_doc["items"]} == {served.ids["b.txt"]}
        graded = client.get("/api/events", params={"min_reliability": "B"}).json()
        assert {e["grade"] for e in graded["items"]} == {"B2"}
        dated = client.get("/api/events", params={"from": "2011", "to": "2011"}).json()
        assert dated["total"] >= 1 and all(e["date"].startswith("2011") for e in dated["items"])
        page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
        assert page["total"] == everything["total"]
        assert page["items"][0]["id"] == everything["items"][1]["id"]
        one = client.get(f"/api/events/{everything['items'][0]['id']}").json()
        assert one["id"] == everything["items"][0]["id"]
        assert one["document"]["id"] == everything["items"][0]["document_id"]
        assert "spans" in one
        bad = client.get("/api/events", params={"modality": "maybe"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW007"
        bad = client.get("/api/events", params={"type": "HUG"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW007"


def test_events_page_by_cursor(served: Served) -> None:
    with served.client() as client:
        everything = client.get("/api/events").json()["items"]
        walked, after = [], None
        while True:
            params = {"limit": 2, **({"after": after} if after else {})}
            page = client.get("/api/events", params=params).json()
            walked += [e["id"] for e in page["items"]]
            after = page["next_cursor"]
            if after is None:
                break
            assert page["after"] == params.get("after")
        assert walked == [e["id"] for e in everything]
        bad = client.get("/api/events", params={"after": "nonsense"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW007"
    assert "after" in bad.json()["error"]["message"]


def test_search_hits_total_and_errors(served: Served) -> None:
    with served.client() as client:
        hits = client.get("/api/search", params={"q": "shelter*"}).json()
        assert hits["total"] == 2 == len(hits["items"])
        assert {h["document_id"] for h in hits["items"]} == {
            served.ids["a.txt"],
            served.ids["hostile.jsonl"],
        }
        assert all("[sheltered]" in h["snippet"] for h in hits["items"])
        paged = client.get("/api/search", params={"q": "shelter*", "limit": 1, "offset": 1})
        assert paged.json()["total"] == 2 and len(paged.json()["items"]) == 1
        phrase = client.get("/api/search", params={"q": '"attacked the army" NOT script'}).json()
        assert [h["document_id"] for h in phrase["items"]] == [served.ids["b.txt"]]
        bad = client.get("/api/search", params={"q": "(Haqqani"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW304"
        assert "parenthesis" in bad.json()["error"]["message"]
        empty = client.get("/api/search", params={"q": " "})
        assert empty.status_code == 400 and empty.json()["error"]["code"] == "RW600"
        missing = client.get("/api/search")
        assert missing.status_code == 400 and missing.json()["error"]["code"] == "RW600"


def test_sources_and_status(served: Served) -> None:
    with served.client() as client:
        sources = client.get("/api/sources").json()
        status = client.get("/api/status").json()
    names = {s["name"]: s for s in sources["items"]}
    assert sources["total"] == len(names) == 3
    assert names[HOSTILE["source"]]["documents"] == 1
    assert names["Kabul Times"]["documents"] == 1
    assert status["documents"] == 3
    assert status["events"] >= 2
    assert status["failed"] == []


@pytest.mark.parametrize(
    "path", ["/", "/documents", "/api/documents", "/api/status", "/openapi.json",
             "/static/app.js", "/static/style.css", "/api/documents/999999", "/no-such-page",
             "/documents/1"],
)  # fmt: skip
def test_security_headers_on_every_response(served: Served, path: str) -> None:
    with served.client() as client:
        response = client.get(path)
    csp = response.headers["content-security-policy"]
    assert csp == CONTENT_SECURITY_POLICY
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_foreign_host_header_is_refused(served: Served) -> None:
    """Local mode answers only to loopback names (a guard against DNS rebinding)."""
    with served.client() as client:
        refused = client.get("/api/status", headers={"Host": "evil.example"})
        allowed = client.get("/api/status", headers={"Host": "localhost"})
    assert refused.status_code == 400
    assert "content-security-policy" in refused.headers
    assert allowed.status_code == 200


def test_filtered_totals_are_capped_and_say_so(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riftwatch.web import api_routes

    with served.client() as client:
        exact = client.get("/api/events", params={"min_reliability": "F"}).json()
        n = exact["total"]
        assert n >= 3 and exact["total_capped"] is False
        hits = client.get("/api/search", params={"q": "the"}).json()
        assert hits["total"] >= 3 and hits["total_capped"] is False
        monkeypatch.setattr(api_routes, "TOTAL_CAP", 2)
        capped = client.get("/api/events", params={"min_reliability": "F"}).json()
        assert (capped["total"], capped["total_capped"]) == (2, True)
        assert len(capped["items"]) == n  # the cap bounds the count, never the page
        later = client.get("/api/events", params={"min_reliability": "F", "offset": 1}).json()
        assert (later["total"], later["total_capped"]) == (min(3, n), n > 3)
        asked = client.get("/api/events", params={"min_reliability": "F", "exact_total": True})
        assert (asked.json()["total"], asked.json()["total_capped"]) == (n, False)
        everything = client.get("/api/events").json()  # no filter: always exact
        assert (everything["total"], everything["total_capped"]) == (n, False)
        search = client.get("/api/search", params={"q": "the"}).json()
        assert (search["total"], search["total_capped"]) == (2, True)
        page = client.get("/events", params={"min_reliability": "F", "limit": 1})
        assert "1–1 of more than 2" in page.text and 'rel="next"' in page.text
