"""One answer for one question across the command line, the Python API and the web API:
``doc_id`` is text everywhere, and a page size of 0 is refused alike (RW007 naming
``--limit`` on the command line and in the API, RW600 naming ``limit`` over HTTP), on
both stores. The served corpus mixes documents with an external id (a JSON Lines record)
and without one (text files)."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest
from tests.web.conftest import Served

from clirun import riftwatch
from riftwatch import api
from riftwatch.errors import ConfigError


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch("--db", db, *args)


def test_doc_id_is_text_in_every_output(served: Served, tmp_path: Path) -> None:
    events = api.list_events(served.db)
    assert events and {type(e["doc_id"]) for e in events} == {str}
    external = {e["doc_id"] for e in events if e["doc_id"] != str(e["document_id"])}
    numeric = {e["doc_id"] for e in events if e["doc_id"] == str(e["document_id"])}
    assert external == {"h1"} and numeric  # both kinds of document are there
    claims = api.list_claims(served.db)
    assert {type(c["doc_id"]) for c in claims} == {str}
    assert {c.doc_id for c in api.load_claims(served.db)} == {e["doc_id"] for e in events}
    hits = api.search(served.db, "Taliban", limit=50)
    assert hits and {type(h["doc_id"]) for h in hits} == {str}
    by_document = {e["document_id"]: e["doc_id"] for e in events}
    assert all(by_document.get(h["document_id"], h["doc_id"]) == h["doc_id"] for h in hits)

    # over HTTP
    with served.client() as client:
        items = client.get("/api/events", params={"limit": 100}).json()["items"]
        assert items and {type(e["doc_id"]) for e in items} == {str}
        found = client.get("/api/search", params={"q": "Taliban"}).json()["items"]
        assert found and {type(h["doc_id"]) for h in found} == {str}

    # on the command line
    listed = _cli(served.db, "events", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [e["doc_id"] for e in json.loads(listed.stdout)] == [e["doc_id"] for e in events]
    searched = _cli(served.db, "search", "Taliban", "--format", "json")
    assert searched.returncode == 0, searched.stderr
    assert {type(h["doc_id"]) for h in json.loads(searched.stdout)} == {str}

    # exports: the external id where the document has one, else nothing (never a number)
    for kind in ("events", "claims"):
        out = tmp_path / f"{kind}.csv"
        api.export(kind, "csv", out, db=served.db)
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and {r["doc_external_id"] for r in rows} == {"h1", ""}, kind
        for row in rows:
            expected = "h1" if by_document[int(row["document_id"])] == "h1" else ""
            assert row["doc_external_id"] == expected


@pytest.mark.parametrize(
    "args",
    [
        ("events", "list", "--limit", "0"),
        ("search", "Taliban", "--limit", "0"),
        ("claims", "list", "--limit", "0"),
        ("docs", "list", "--limit", "0"),
    ],
)
def test_a_limit_of_0_is_refused_alike_on_the_command_line(served: Served, args: tuple) -> None:
    done = _cli(served.db, *args)
    assert done.returncode != 0 and done.stdout.strip() == ""
    assert "RW007" in done.stderr and "--limit" in done.stderr, done.stderr
    assert "1 or more" in done.stderr


def test_a_limit_of_0_is_refused_alike_in_the_apis(served: Served) -> None:
    for call in (
        lambda: api.list_events(served.db, limit=0),
        lambda: api.search(served.db, "Taliban", limit=0),
        lambda: api.list_claims(served.db, limit=0),
        lambda: api.list_documents(served.db, limit=0),
    ):
        with pytest.raises(ConfigError, match=r"RW007.*--limit.*1 or more"):
            call()
    with served.client() as client:
        for path, params in (
            ("/api/events", {"limit": 0}),
            ("/api/search", {"q": "Taliban", "limit": 0}),
            ("/api/documents", {"limit": 0}),
        ):
            answer = client.get(path, params=params)
            assert answer.status_code == 400, (path, answer.text)
            error = answer.json()["error"]
            assert error["code"] == "RW600" and "limit" in error["message"], path
        # a page of one is fine everywhere
        assert len(client.get("/api/events", params={"limit": 1}).json()["items"]) == 1
