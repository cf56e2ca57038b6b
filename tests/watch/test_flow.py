"""The whole watch on both stores: folders and a feed over real HTTP, two batches of
invented reports, one alert with its evidence, delivered by webhook and e-mail; nothing
new, no new alert; below and above again, a new alert."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select
from tests.watch.conftest import (
    FEED_ONE,
    FEED_TWO,
    Mailbox,
    Web,
    closed_port,
    rss,
    write_batch_one,
    write_batch_two,
)

from riftwatch import api
from riftwatch.store.tables import Document, EventRow
from riftwatch.watch.tables import WatchItem


def _documents(db: str) -> int:
    with api.connect(db, create=False) as store, store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Document)) or 0)


def test_two_batches_raise_exactly_one_alert(
    db_url: str, tmp_path: Path, web: Web, smtp: Mailbox
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    spool = tmp_path / "spool"
    write_batch_one(inbox)
    web.feed = rss(FEED_ONE)
    api.add_watch_source("folder", inbox, db=db_url, source_type="news")
    feed = api.add_watch_source("feed", web.base + "/feed.xml", db=db_url, name="Frontier Wire")
    ana = api.follow("Haqqani network", "Al Qaeda", db=db_url, analyst="ana", threshold=0.5,
                     channels="webhook,email", webhook_url=web.base + "/hook")  # fmt: skip
    dead = f"http://127.0.0.1:{closed_port()}/hook"
    bob = api.follow("Haqqani network", db=db_url, analyst="bob", threshold=0.5,
                     channels=["webhook"], webhook_url=dead)  # fmt: skip

    first = api.watch_once(db_url, spool_dir=spool)
    assert first["errors"] == []
    assert first["documents_added"] == 5  # four files, one feed entry
    assert first["alerts"] == []
    state = {w["id"]: w["state"] for w in api.watchlists(db_url)}
    assert state[ana["id"]][0]["probability"] < 0.5
    assert not state[ana["id"]][0]["above"]
    # bob follows the actor: the Haqqani pair only (the Taliban report is another pair)
    assert [s["pair"] for s in state[bob["id"]]] == [state[ana["id"]][0]["pair"]]

    write_batch_two(inbox)
    web.feed = rss(FEED_TWO)
    second = api.watch_once(db_url, spool_dir=spool)
    assert second["errors"] == []
    assert second["documents_added"] == 4
    raised = {a["analyst"]: a for a in second["alerts"]}
    assert sorted(raised) == ["ana", "bob"]  # one alert per follow of the pair
    alert = raised["ana"]
    assert alert["probability_after"] >= 0.5 > alert["probability_before"]
    assert {alert["name_a"], alert["name_b"]} == {"Al Qaeda", "Haqqani Network"}
    assert alert["month"] and alert["month"].startswith("2016")
    assert alert["evidence"] and len(alert["evidence_ids"]) == len(alert["evidence"])
    with api.connect(db_url, create=False) as store, store.engine.connect() as conn:
        types = dict(conn.execute(select(EventRow.id, EventRow.event_type).where(
            EventRow.id.in_(alert["evidence_ids"]))).all())  # fmt: skip
    assert set(types) == set(alert["evidence_ids"])
    assert set(types.values()) == {"ASSAULT"}
    assert all("attacked" in line["text"] for line in alert["evidence"])
    assert {line["url"] for line in alert["evidence"]} & {e["link"] for e in FEED_TWO[1:]}
    assert alert["delivered"] == ["ui", "webhook", "email"] and not alert["delivery_errors"]
    # bob's webhook is down: recorded with its reason, ana's deliveries unaffected
    assert raised["bob"]["delivered"] == ["ui"]
    assert [e["code"] for e in raised["bob"]["delivery_errors"]] == ["RW709"]
    assert dead in raised["bob"]["delivery_errors"][0]["message"]

    assert len(web.hooks) == 1
    assert web.hooks[0]["alert"]["id"] == alert["id"]
    assert web.hooks[0]["alert"]["evidence_ids"] == alert["evidence_ids"]
    assert len(smtp.messages) == 1
    sender, rcpt, message = smtp.messages[0]
    assert (sender, rcpt) == ("riftwatch@test.local", ["desk@test.local"])
    assert "Haqqani Network" in message["Subject"] and "Al Qaeda" in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert f"riftwatch alerts --ack {alert['id']}" in body
    assert "attacked Al Qaeda fighters" in body
    # only the configured feed was fetched, never a link inside it
    assert set(web.gets) == {"/feed.xml"}

    documents = _documents(db_url)
    third = api.watch_once(db_url, spool_dir=spool)
    assert third["alerts"] == [] and third["documents_added"] == 0 and third["errors"] == []
    assert _documents(db_url) == documents
    assert len(web.hooks) == 1 and len(smtp.messages) == 1
    assert len(api.alerts(db_url)) == 2
    assert [s["items_seen"] for s in api.watch_sources(db_url) if s["id"] == feed["id"]] == [3]

    # the analyst rejects the hostile reports: below the threshold, no alert
    events = [e["id"] for e in api.list_events(db_url, event_type="ASSAULT",
                                                actor="Haqqani network")]  # fmt: skip
    assert len(events) == 4
    for event_id in events:
        api.judge_event(db_url, event_id, "reject", analyst="ana")
    fourth = api.watch_once(db_url, spool_dir=spool)
    assert fourth["alerts"] == []
    below = {w["id"]: w["state"][0] for w in api.watchlists(db_url)}[ana["id"]]
    assert below["probability"] < 0.5 and not below["above"]
    # ... and accepts them again: a new upward crossing, a new alert each
    for event_id in events:
        api.judge_event(db_url, event_id, "accept", analyst="ana")
    fifth = api.watch_once(db_url, spool_dir=spool)
    again = {a["analyst"]: a for a in fifth["alerts"]}
    assert sorted(again) == ["ana", "bob"]
    assert again["ana"]["id"] != alert["id"]
    assert again["ana"]["probability_before"] < 0.5
    assert len(web.hooks) == 2 and len(smtp.messages) == 2

    acked = api.acknowledge_alert(alert["id"], db=db_url, analyst="ana")
    assert acked["acknowledged_by"] == "ana" and acked["acknowledged_at"]
    assert alert["id"] not in [a["id"] for a in api.alerts(db_url, unacknowledged=True)]
    assert len(api.alerts(db_url, analyst="ana")) == 2


def test_a_round_cut_short_is_finished_without_duplicates(
    db_url: str, tmp_path: Path, web: Web
) -> None:
    """A round killed after the feed's new entries were stored but before they were marked
    seen: the next round takes them in again and the store gets no duplicate."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    web.feed = rss(FEED_TWO)
    api.add_watch_source("folder", inbox, db=db_url)
    api.add_watch_source("feed", web.base + "/feed.xml", db=db_url)
    first = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert first["documents_added"] == 7
    documents = _documents(db_url)
    with api.connect(db_url, create=False) as store, store.engine.begin() as conn:
        conn.execute(delete(WatchItem))  # as if killed before the entries were marked seen
    again = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert again["documents_added"] == 0
    assert _documents(db_url) == documents
    assert [s["items_seen"] for s in api.watch_sources(db_url) if s["kind"] == "feed"] == [6]


def test_failing_sources_are_recorded_and_the_round_goes_on(
    db_url: str, tmp_path: Path, web: Web
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    gone = tmp_path / "gone"
    gone.mkdir()
    (inbox / "note.txt").write_text("The Haqqani network sheltered Al Qaeda fighters in 2015.\n")
    local = tmp_path / "local.xml"
    local.write_bytes(rss(FEED_ONE, title="Local Desk"))
    api.add_watch_source("folder", gone, db=db_url)
    api.add_watch_source("folder", inbox, db=db_url)
    api.add_watch_source("feed", web.base + "/missing.xml", db=db_url)
    api.add_watch_source("feed", local, db=db_url)
    gone.rmdir()
    result = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    codes = sorted(e["code"] for e in result["errors"])
    assert codes == ["RW701", "RW704"]
    assert result["documents_added"] == 2  # the folder's note and the local feed's entry
    by_location = {s["location"]: s for s in api.watch_sources(db_url)}
    assert by_location[str(gone)]["last_status"] == "error"
    assert "RW704" in by_location[str(gone)]["last_error"] and str(gone) in \
        by_location[str(gone)]["last_error"]  # fmt: skip
    assert "HTTP 404" in by_location[web.base + "/missing.xml"]["last_error"]
    assert by_location[str(local)]["last_status"] == "ok"
    docs = api.list_documents(db_url, limit=10)
    assert "Fighting in Kandahar" in {d["title"] for d in docs}
    # the local feed turns into something that is not a feed: RW702, named
    local.write_text("just some words, no feed", encoding="utf-8")
    result = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    bad = [e for e in result["errors"] if e["code"] == "RW702"]
    assert len(bad) == 1 and str(local) in bad[0]["message"]


def test_a_pair_already_broken_when_followed_is_recorded_not_alerted(
    db_url: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    write_batch_two(inbox)  # the break is in the store before anyone follows the pair
    api.add_watch_source("folder", inbox, db=db_url, source_type="news")
    ana = api.follow("Haqqani network", "Al Qaeda", db=db_url, analyst="ana", threshold=0.5)

    first = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert first["errors"] == [] and first["alerts"] == []
    assert len(first["already"]) == 1
    line = first["already"][0]
    assert line["analyst"] == "ana" and line["probability"] >= 0.5
    assert set(line["pair"]) == {"Al Qaeda", "Haqqani Network"}
    assert line["since"] and line["since"].startswith("2016")
    state = {w["id"]: w["state"] for w in api.watchlists(db_url)}[ana["id"]]
    assert len(state) == 1 and state[0]["above"]  # the present state is recorded
    # nothing changed: no alert, and no "already" line again
    second = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert second["alerts"] == [] and second["already"] == []
    assert api.alerts(db_url) == []
    # a later change is news: below the threshold, then above again, one alert
    events = [e["id"] for e in api.list_events(db_url, event_type="ASSAULT",
                                                actor="Haqqani network")]  # fmt: skip
    for event_id in events:
        api.judge_event(db_url, event_id, "reject", analyst="ana")
    assert api.watch_once(db_url, spool_dir=tmp_path / "spool")["alerts"] == []
    for event_id in events:
        api.judge_event(db_url, event_id, "accept", analyst="ana")
    again = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert len(again["alerts"]) == 1 and again["already"] == []
    assert again["alerts"][0]["probability_before"] < 0.5


def test_a_break_reported_after_the_first_round_alerts(db_url: str, tmp_path: Path) -> None:
    # followed before anything about the pair is stored: its first round covers no pair,
    # and the reports that arrive later are a change, alerted as such
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    api.add_watch_source("folder", inbox, db=db_url, source_type="news")
    api.follow("Haqqani network", "Al Qaeda", db=db_url, analyst="ana", threshold=0.5)
    first = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert first["alerts"] == [] and first["already"] == [] and first["pairs"] == 0
    assert [w["state"] for w in api.watchlists(db_url)] == [[]]  # no pair shown yet
    write_batch_one(inbox)
    write_batch_two(inbox)
    later = api.watch_once(db_url, spool_dir=tmp_path / "spool")
    assert len(later["alerts"]) == 1 and later["already"] == []
    assert later["alerts"][0]["probability_before"] is None
