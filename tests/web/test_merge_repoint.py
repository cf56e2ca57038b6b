"""An analyst's actor merge re-points the stored events at once (issue 12): through the
workbench's JSON API and through ``riftwatch actors merge`` (a subprocess), on SQLite and
PostgreSQL. The events coded with the merged name's open id carry the kept actor in the
event listings and the relationship page (whose cached answer is recomputed), the audit
log has the re-pointing, and undoing the merge points exactly those events back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.web.conftest import Served, _database, start_server

from clirun import riftwatch
from riftwatch import api
from riftwatch.actors import api as actors_api

KEEP = "org:haqqani-network"
OPEN = "open:ridge-falcons-front"
REPORTS = [
    "Asadabad, 3 April 2013. The Ridge Falcons Front attacked the army in Kunar.\n",
    "Jalalabad, 8 June 2013. The Ridge Falcons Front attacked a police post in Nangarhar.\n",
    "Kabul, 9 July 2013. The Taliban attacked the Ridge Falcons Front in Nangarhar.\n",
    "Khost, 2 August 2013. The Haqqani network attacked the army in Khost.\n",
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with _database(request, request.param, tmp_path) as db:
        folder = tmp_path / "reports"
        folder.mkdir()
        for number, text in enumerate(REPORTS):
            (folder / f"r{number}.txt").write_text(text, encoding="utf-8")
        api.init_store(db)
        api.ingest([folder], db=db, source="Kunar Monitor", source_type="news")
        api.extract_stored(db)
        yield db


def _sides(db: str) -> list[tuple[str, str]]:
    return sorted((e["source"]["id"], e["target"]["id"]) for e in api.list_events(db))


def _with(events: list[tuple[str, str]], ident: str) -> int:
    return sum(ident in pair for pair in events)


def test_a_web_merge_repoints_stored_events_and_undo_points_them_back(
    store_db: str, tmp_path: Path
) -> None:
    before = _sides(store_db)
    assert _with(before, OPEN) == 3 and _with(before, KEEP) == 1
    served: Served = start_server(store_db, upload_dir=tmp_path / "uploads")
    try:
        client = served.client()
        client.headers["X-CSRF-Token"] = str(client.get("/api/session").json()["csrf_token"])
        listed = client.get("/api/events", params={"actor": KEEP}).json()
        assert len(listed["items"]) == 1
        # the relationship between the kept actor and the Taliban: nothing before the merge
        pair = client.get(f"/api/relationships/{KEEP}/org:afghan-taliban")
        assert pair.status_code == 200
        units = pair.json()["claims"]

        merged = client.post(f"/api/actors/{KEEP}/merge", json={"other": "Ridge Falcons Front"})
        assert merged.status_code == 200, merged.text
        made = merged.json()
        assert made["payload"]["repointed"] == {OPEN: {"source": 2, "target": 1}}

        after = client.get("/api/events", params={"actor": KEEP}).json()["items"]
        assert len(after) == 4
        moved = [e for e in after if "merged_from" in e["source"] or "merged_from" in e["target"]]
        assert len(moved) == 3
        assert all(OPEN in (e["source"].get("merged_from"), e["target"].get("merged_from"))
                   for e in moved)  # fmt: skip
        assert client.get("/api/events", params={"actor": OPEN}).json()["items"] == []
        pair = client.get(f"/api/relationships/{KEEP}/org:afghan-taliban").json()
        assert pair["claims"] > units  # the cached answer moved on

        undone = client.post(f"/api/curation/{made['id']}/undo")
        assert undone.status_code == 200, undone.text
        assert len(client.get("/api/events", params={"actor": KEEP}).json()["items"]) == 1
    finally:
        served.stop()
    assert _sides(store_db) == before
    rows = api.audit_log(store_db, object_type="actor_events")
    assert [r["action"] for r in rows] == ["events.restore", "events.repoint"]
    assert rows[1]["object_id"] == KEEP
    assert rows[1]["after"] == {OPEN: {"source": 2, "target": 1}}
    assert api.audit_log(store_db, action="actor.same")[0]["object_id"] == KEEP


def test_the_cli_merge_repoints_stored_events(store_db: str) -> None:
    before = _sides(store_db)
    done = riftwatch("actors", "merge", KEEP, "mention:Ridge Falcons Front", "--db", store_db,
                     "--analyst", "cli-analyst")  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = _sides(store_db)
    assert _with(after, OPEN) == 0 and _with(after, KEEP) == 4
    assert len(after) == len(before)
    row = api.audit_log(store_db, object_type="actor_events")[0]
    assert row["actor"] == "cli-analyst" and row["action"] == "events.repoint"
    # a judgement of "not the same" moves nothing
    unsure = actors_api.merge(store_db, KEEP, "org:afghan-taliban", judgement="unsure")
    assert unsure["payload"] == {}
    assert _sides(store_db) == after
