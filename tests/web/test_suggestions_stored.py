"""The suggestions queue's scan of the stored sentences is made at coding time and stored in
the store (issue 12): a new process's first request reads it instead of scanning every
sentence (and re-resolving their names), with the same answer; new sentences are added to
it; on SQLite and PostgreSQL, over real HTTP for the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import _database, start_server

from riftwatch import api
from riftwatch.actors import curation

REPORTS = [
    "Asadabad, 3 April 2013. The Valley Lions Brigade attacked the army in Kunar.",
    "Asadabad, 9 May 2013. Elders said the Valley Lions Brigade met the Taliban in Kunar.",
    "Jalalabad, 2 June 2013. The Ridge Falcons Front attacked a police post in Nangarhar.",
    "Jalalabad, 8 June 2013. The Ridge Falcons Front attacked the army in Nangarhar.",
    "Kabul, 9 July 2013. The Taliban said the Haqqani network met elders in Khost.",
]


def _forget() -> None:
    """What a new server process knows: nothing kept in memory."""
    curation._SCANS.clear()
    curation._RECHECKS.clear()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def coded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with _database(request, request.param, tmp_path) as db:
        folder = tmp_path / "reports"
        folder.mkdir()
        for number, text in enumerate(REPORTS):
            (folder / f"r{number}.txt").write_text(text + "\n", encoding="utf-8")
        api.init_store(db)
        api.ingest([folder], db=db, source="Kunar Monitor", source_type="news")
        _forget()
        api.extract_stored(db)  # coding stores the scan
        yield db
        _forget()


def _page(db: str) -> dict[str, Any]:
    from riftwatch.store import open_store

    store = open_store(db)
    try:
        return curation.suggest_page(store, limit=50)
    finally:
        store.close()


def test_a_new_process_reads_the_stored_scan(
    coded: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = _page(coded)
    assert {i["mention"] for i in first["items"]} >= {"Valley Lions Brigade", "Ridge Falcons Front"}
    _forget()
    scanned: list[int] = []
    rechecked: list[list[str]] = []
    extend, recheck = curation._extend_scan, curation._recheck

    def extending(session: Any, scan: Any, examples: int) -> Any:
        scanned.append(scan.last_id)
        return extend(session, scan, examples)

    def rechecking(session: Any, resolver: Any, scan: Any, keys: list[str], *rest: Any) -> None:
        rechecked.append(keys)
        recheck(session, resolver, scan, keys, *rest)

    monkeypatch.setattr(curation, "_extend_scan", extending)
    monkeypatch.setattr(curation, "_recheck", rechecking)
    served = start_server(coded, upload_dir=tmp_path / "uploads")
    try:
        with served.client() as client:
            page = client.get("/api/actors/suggestions", params={"limit": 50})
            html = client.get("/actors/suggestions")
    finally:
        served.stop()
    assert page.status_code == 200 and html.status_code == 200
    assert page.json()["items"] == first["items"] and page.json()["total"] == first["total"]
    assert "Valley Lions Brigade" in html.text
    assert scanned == [] and rechecked == []  # nothing scanned or resolved again

    # a new report: coding adds its sentences to the stored scan, no full scan
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "x.txt").write_text(
        "Khost, 4 August 2013. The Valley Lions Brigade attacked the police in Khost.\n",
        encoding="utf-8",
    )
    api.ingest([extra], db=coded, source="Kunar Monitor", source_type="news")
    api.extract_stored(coded)
    assert scanned and all(last > 0 for last in scanned)
    _forget()
    scanned.clear()
    after = _page(coded)
    assert scanned == []
    lions = next(i for i in after["items"] if i["mention"] == "Valley Lions Brigade")
    before = next(i for i in first["items"] if i["mention"] == "Valley Lions Brigade")
    assert lions["count"] == before["count"] + 1


def test_a_damaged_stored_scan_is_made_again(coded: str) -> None:
    from riftwatch.store import open_store

    first = _page(coded)
    store = open_store(coded)
    try:
        curation._save_blob(store, curation.SCAN_ROW.format(examples=3), b"not zlib")
        curation._save_blob(store, curation.RECHECK_ROW.format(examples=3), b"not zlib")
    finally:
        store.close()
    _forget()
    assert _page(coded) == first


def test_the_served_page_is_kept_per_store_state(
    coded: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The queue's page is computed once per store state and kept (in memory and in the
    store: a new process reads it); a new report, or a curation judgement and its undo,
    make a new one, with the same answer as computing it afresh."""
    from riftwatch.actors import api as actors_api
    from riftwatch.web import actor_pages

    computed: list[int] = []
    real = actors_api.suggest_page

    def counting(*args: Any, **kwargs: Any) -> Any:
        computed.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(actors_api, "suggest_page", counting)
    actor_pages._SUGGESTIONS.clear()
    served = start_server(coded, upload_dir=tmp_path / "uploads")
    try:
        with served.client() as client:

            def names() -> set[str]:
                page = client.get("/api/actors/suggestions", params={"limit": 50})
                assert page.status_code == 200
                return {i["mention"] for i in page.json()["items"]}

            first = names()
            assert {"Valley Lions Brigade", "Ridge Falcons Front"} <= first
            assert names() == first and len(computed) == 1  # the revisit computes nothing
            actor_pages._SUGGESTIONS.clear()  # another worker, or a restarted server
            assert names() == first and len(computed) == 1  # read from the store
            assert names() == {i["mention"] for i in _page(coded)["items"]}  # a fresh answer
            extra = tmp_path / "extra"
            extra.mkdir()
            (extra / "y.txt").write_text(
                "Gardez, 5 August 2013. The Cedar Hawks Front attacked a police post.\n"
                "Gardez, 6 August 2013. The Cedar Hawks Front attacked the army.\n",
                encoding="utf-8",
            )
            api.ingest([extra], db=coded, source="Kunar Monitor", source_type="news")
            api.extract_stored(coded)
            grown = names()
            assert "Cedar Hawks Front" in grown and len(computed) == 2
            done = actors_api.reject(coded, "Ridge Falcons Front", analyst="ana")
            assert "Ridge Falcons Front" not in names() and len(computed) == 3
            actors_api.undo(coded, done["id"], analyst="ana")
            assert names() == grown and len(computed) == 4  # an undo moves the state too
    finally:
        served.stop()
