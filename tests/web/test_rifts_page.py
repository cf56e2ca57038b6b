"""The workbench's rifts page ``/rifts`` and ``GET /api/rifts`` (walk64): an analyst sees the
store's rifts there, with the evidence for the break and against it, the same rifts that
``riftwatch --db URL rifts`` lists, on SQLite and on PostgreSQL, over real HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.web.conftest import Served, _database, start_server

from riftwatch import api

# invented reports: two Sahel groups fight side by side, then turn on each other
REPORTS = [
    {"id": "s1", "date": "2011-04-02", "source": "Desert Wire",
     "text": "Ansar Dine and AQIM fighters jointly attacked the army in Gao in April 2011. "
             "AQIM supplied Ansar Dine with weapons."},
    {"id": "s2", "date": "2012-03-10", "source": "Desert Wire",
     "text": "Ansar Dine and AQIM fought side by side against the army near Kidal in March 2012."},
    {"id": "s3", "date": "2014-08-20", "source": "Sahel Post",
     "text": "Ansar Dine fighters clashed with AQIM near Timbuktu in August 2014. Ansar Dine "
             "accused AQIM of killing its commanders."},
    {"id": "s4", "date": "2015-02-11", "source": "Sahel Post",
     "text": "AQIM attacked Ansar Dine positions in Kidal in February 2015, and Ansar Dine "
             "denounced AQIM."},
]  # fmt: skip


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def rifted(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"rifts-{request.param}")
    with _database(request, request.param, folder) as db:
        path = folder / "reports.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
        api.init_store(db)
        api.ingest([path], db=db)
        api.extract_stored(db)
        running = start_server(db, upload_dir=folder / "uploads")
        try:
            yield running
        finally:
            running.stop()


def _pairs(rifts: list[dict]) -> list[tuple[str, ...]]:
    return [tuple(sorted(a["id"] for a in r["actors"])) for r in rifts]


def test_the_api_lists_the_rifts_the_command_finds(rifted: Served) -> None:
    with rifted.client() as client:
        listed = client.get("/api/rifts").json()
    expected = api.rifts(api.load_claims(rifted.db))
    assert _pairs(listed) == _pairs(expected)
    assert listed, "the Sahel groups' break is a rift"
    first = listed[0]
    assert {e["doc_id"] for e in first["evidence"]} >= {"s3", "s4"}
    assert all(e["document_id"] for e in first["evidence"])


def test_the_page_shows_each_rift_with_its_evidence_and_links(rifted: Served) -> None:
    with rifted.client() as client:
        page = client.get("/rifts")
        listed = client.get("/api/rifts").json()
    assert page.status_code == 200
    html = page.text
    assert 'href="/rifts"' in html  # in the navigation
    assert "Evidence for the break" in html and "Counter-evidence" in html
    for rift in listed:
        a, b = rift["actors"]
        assert f"{a['name']} / {b['name']}" in html
        for e in rift["evidence"]:
            assert f'href="/documents/{e["document_id"]}"' in html
    assert "clashed" in html and "Timbuktu" in html  # a quote and its sentence


def test_as_of_before_the_break_lists_no_rift(rifted: Served) -> None:
    with rifted.client() as client:
        early = client.get("/api/rifts", params={"as_of": "2012-12-31"}).json()
        page = client.get("/rifts", params={"as_of": "2012-12-31"})
    assert early == []
    assert "No rift in the stored claims up to 2012-12-31" in page.text


def test_a_bad_probability_is_refused(rifted: Served) -> None:
    with rifted.client() as client:
        assert client.get("/api/rifts", params={"min_probability": "2"}).status_code == 400
        assert client.get("/api/rifts", params={"as_of": "last spring"}).status_code == 400


def test_an_empty_store_has_a_rifts_page(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    api.init_store(db)
    running = start_server(db, upload_dir=tmp_path / "uploads")
    try:
        with running.client() as client:
            assert client.get("/api/rifts").json() == []
            assert "No rift in the stored claims." in client.get("/rifts").text
    finally:
        running.stop()
