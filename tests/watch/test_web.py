"""The /alerts and /watchlists pages and their JSON routes, over real HTTP (uvicorn on
127.0.0.1) on both stores: an alert raised by a real watch round, shown with its
evidence, acknowledged with the form token; follows made and removed by form and JSON;
hostile names escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.watch.conftest import hostile, write_batch_one, write_batch_two
from tests.web.conftest import Served, _database, start_server

from riftwatch import api

HOSTILE = '<script>window.__pwned=1</script>"><img src=x onerror=alert(1)>'


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def watched(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"watch-web-{request.param}")
    inbox = folder / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    with _database(request, request.param, folder) as db:
        api.follow("Haqqani network", "Al Qaeda", db=db, analyst="ana", threshold=0.5)
        api.follow(HOSTILE, db=db, analyst="ana", threshold=0.5)
        api.add_watch_source("folder", inbox, db=db, source_type="news")
        # the follows' first round records the alliance; the break arrives after it
        assert api.watch_once(db, spool_dir=folder / "spool")["alerts"] == []
        write_batch_two(inbox)
        for month, outlet in ((8, "Charlie"), (9, "Delta")):
            (inbox / f"more-{month}.txt").write_text(hostile(month, outlet), encoding="utf-8")
        result = api.watch_once(db, spool_dir=folder / "spool")
        assert len(result["alerts"]) == 1
        running = start_server(db, upload_dir=folder / "uploads")
        try:
            yield running
        finally:
            running.stop()


def _token(client: httpx.Client, page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(page).text)
    assert found
    return found.group(1)


def test_alert_page_and_json(watched: Served) -> None:
    with watched.client() as client:
        items = client.get("/api/alerts").json()["items"]
        assert len(items) == 1
        alert = items[0]
        assert alert["probability_before"] < 0.5 <= alert["probability_after"]
        page = client.get("/alerts")
        assert page.status_code == 200
        assert "Content-Security-Policy" in page.headers
        assert f"Alert {alert['id']}: Al Qaeda / Haqqani Network" in page.text
        for line in alert["evidence"]:
            assert f'href="/events/{line["event_id"]}"' in page.text
        assert "attacked Al Qaeda fighters" in page.text
        assert client.get(f"/api/alerts/{alert['id']}").json()["evidence_ids"] == \
            alert["evidence_ids"]  # fmt: skip
        missing = client.get("/api/alerts/999")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "RW707"
        assert "/api/alerts" in client.get("/openapi.json").json()["paths"]


def test_watchlists_page_escapes_hostile_names(watched: Served) -> None:
    with watched.client() as client:
        page = client.get("/watchlists").text
        assert "<script>window.__pwned" not in page
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
        assert "Al Qaeda / Haqqani network" in page
        follows = client.get("/api/watchlists").json()["items"]
        assert {f["actor"] for f in follows} == {None, HOSTILE}


def test_follow_unfollow_and_acknowledge(watched: Served) -> None:
    with watched.client() as client:
        token = _token(client, "/watchlists")
        csrf = {"X-CSRF-Token": token}  # JSON writes carry the session's token in a header
        refused = client.post("/watchlists", data={"csrf_token": "wrong", "a": "Taliban"})
        assert refused.status_code == 403 and "RW604" in refused.text
        made = client.post("/watchlists", data={"csrf_token": token, "a": "Taliban", "b": "TTP",
                                                 "analyst": "bob", "threshold": "0.7"})  # fmt: skip
        assert made.status_code == 303
        bad = client.post(
            "/watchlists", data={"csrf_token": token, "a": "Taliban", "threshold": "2"}
        )
        assert bad.status_code == 400 and "RW700" in bad.text
        listed = client.get("/api/watchlists", params={"analyst": "bob"}).json()["items"]
        assert [(f["pair"], f["threshold"]) for f in listed] == [(["Taliban", "TTP"], 0.7)]
        gone = client.post(
            "/watchlists",
            data={
                "csrf_token": token,
                "action": "unfollow",
                "a": "TTP",
                "b": "Taliban",
                "analyst": "bob",
            },
        )
        assert gone.status_code == 303
        assert client.get("/api/watchlists", params={"analyst": "bob"}).json()["items"] == []

        made = client.post("/api/watchlists", json={"a": "Al Qaeda", "analyst": "cy",
                                                    "threshold": 0.8}, headers=csrf)  # fmt: skip
        assert made.status_code == 201 and made.json()["actor"] == "Al Qaeda"
        again = client.post("/api/watchlists", json={"a": "Al Qaeda", "analyst": "cy",
                                                     "threshold": 0.9}, headers=csrf)  # fmt: skip
        assert again.status_code == 200 and again.json()["threshold"] == 0.9
        bad = client.post("/api/watchlists", json={"a": "Al Qaeda", "threshold": 0}, headers=csrf)
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW700"
        form = client.post("/api/watchlists", data={"a": "Al Qaeda"})
        assert form.status_code in (400, 403, 422)  # a form is no JSON write (CSRF gate)
        assert (
            client.post(
                "/api/watchlists/unfollow", json={"a": "Al Qaeda", "analyst": "cy"}, headers=csrf
            ).status_code
            == 200
        )
        missing = client.post(
            "/api/watchlists/unfollow", json={"a": "Al Qaeda", "analyst": "cy"}, headers=csrf
        )
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "RW705"

        alert_id = client.get("/api/alerts").json()["items"][0]["id"]
        token = _token(client, "/alerts")
        refused = client.post(f"/alerts/{alert_id}/ack", data={"analyst": "ana"})
        assert refused.status_code == 403
        acked = client.post(f"/alerts/{alert_id}/ack", data={"csrf_token": token, "analyst": "ana"})
        assert acked.status_code == 303
        assert client.get("/api/alerts", params={"open": True}).json()["items"] == []
        assert "No open alerts." in client.get("/alerts").text
        assert "Acknowledged by ana" in client.get("/alerts?show=all").text
        twice = client.post(f"/api/alerts/{alert_id}/ack", json={"analyst": "ana"}, headers=csrf)
        assert twice.status_code == 409 and twice.json()["error"]["code"] == "RW716"


def test_sources_json(watched: Served, tmp_path: Path) -> None:
    with watched.client() as client:
        items = client.get("/api/watch/sources").json()["items"]
        assert [(s["kind"], s["last_status"]) for s in items] == [("folder", "ok")]
