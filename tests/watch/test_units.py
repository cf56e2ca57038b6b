"""Validation, delivery and the stored follows, sources and alerts (both stores)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.watch.conftest import FEED_TWO, Mailbox, Web, closed_port, rss

from riftwatch import api
from riftwatch.errors import WatchError
from riftwatch.watch import check_channels, check_interval, check_threshold
from riftwatch.watch.deliver import alert_text, send_email, send_webhook
from riftwatch.watch.feeds import entries, feed_kind

ALERT = {
    "id": 7, "name_a": "Al Qaeda", "name_b": "Haqqani Network", "probability_before": 0.1,
    "probability_after": 0.8, "threshold": 0.5, "month": "2016-06",
    "evidence": [{"grade": "B2", "date": "2016-06-14", "event_type": "ASSAULT",
                  "source": "Haqqani Network", "target": "Al Qaeda", "event_id": 3, "doc_id": 2,
                  "outlet": None, "text": "The Haqqani network attacked Al Qaeda fighters."}],
}  # fmt: skip


@pytest.mark.parametrize("value", ["0", "1", "1.5", "-0.2", "high", "nan"])
def test_bad_thresholds(value: str) -> None:
    with pytest.raises(WatchError) as exc:
        check_threshold(value)
    assert exc.value.code == "RW700" and repr(value) in str(exc.value)


def test_threshold_default_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFTWATCH_WATCH_THRESHOLD", "0.35")
    assert check_threshold(None) == 0.35


def test_channels_and_intervals() -> None:
    assert check_channels(["EMAIL", "ui"]) == ["ui", "email"]
    with pytest.raises(WatchError, match="RW712"):
        check_channels("sms")
    assert check_interval("60") == 60.0
    for bad in ("0", "-5", "soon"):
        with pytest.raises(WatchError, match="RW713"):
            check_interval(bad)


def test_feed_locations() -> None:
    assert feed_kind("HTTPS://example.org/feed") == "url"
    for bad in ("ftp://example.org/feed", "file:///etc/passwd", "  "):
        with pytest.raises(WatchError, match="RW703"):
            feed_kind(bad)


def test_feed_entries_and_refusals() -> None:
    found = entries("mem", rss(FEED_TWO))
    assert [e.doc.url for e in found] == [e["link"] for e in FEED_TWO]
    assert [e.doc.title for e in found] == [e["title"] for e in FEED_TWO]
    assert found[1].doc.published.startswith("2016-08-14")
    assert len({e.key for e in found}) == 3
    with pytest.raises(WatchError, match="RW702 the feed mem"):
        entries("mem", b"<html><body>no feed</body></html>")
    bomb = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]>'
            b'<rss version="2.0"><channel><title>&a;</title></channel></rss>')  # fmt: skip
    with pytest.raises(WatchError, match="RW702"):
        entries("mem", bomb)


def test_email_reaches_the_smtp_server_with_login(
    smtp: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIFTWATCH_SMTP_USER", "watcher")
    monkeypatch.setenv("RIFTWATCH_SMTP_PASSWORD", "right")
    assert send_email(ALERT, "a@desk.test, b@desk.test") == ["a@desk.test", "b@desk.test"]
    assert smtp.logins == ["watcher:right"]
    sender, rcpt, message = smtp.messages[0]
    assert rcpt == ["a@desk.test", "b@desk.test"]
    assert message["X-Riftwatch-Alert"] == "7"
    assert message.get_payload(decode=True).decode().replace("\r\n", "\n") == alert_text(ALERT)


def test_smtp_failures_are_numbered_and_hide_the_password(
    smtp: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIFTWATCH_SMTP_USER", "watcher")
    monkeypatch.setenv("RIFTWATCH_SMTP_PASSWORD", "wrong-secret")
    with pytest.raises(WatchError) as exc:
        send_email(ALERT)
    assert exc.value.code == "RW708" and "wrong-secret" not in str(exc.value)
    assert "535" in str(exc.value)
    monkeypatch.setenv("RIFTWATCH_SMTP_PORT", str(closed_port()))
    with pytest.raises(WatchError, match="RW708 e-mail delivery failed .127.0.0.1:"):
        send_email(ALERT)
    monkeypatch.delenv("RIFTWATCH_SMTP_HOST")
    with pytest.raises(WatchError, match="RW710.*RIFTWATCH_SMTP_HOST"):
        send_email(ALERT)
    assert smtp.messages == []


def test_webhook_failures(web: Web) -> None:
    send_webhook(ALERT, web.base + "/hook")
    assert web.hooks == [{"type": "riftwatch.alert", "alert": ALERT}]
    with pytest.raises(WatchError, match="RW709.*HTTP 500"):
        send_webhook(ALERT, web.base + "/broken")
    with pytest.raises(WatchError, match="RW709"):
        send_webhook(ALERT, f"http://127.0.0.1:{closed_port()}/hook")


def test_follows_sources_and_errors(db_url: str, tmp_path: Path) -> None:
    first = api.follow("Haqqani network", "Al Qaeda", db=db_url, analyst="ana", threshold=0.7)
    same = api.follow("al qaeda", "Haqqani Network", db=db_url, analyst="ana", threshold="0.8")
    assert (same["created"], same["id"], same["threshold"]) == (False, first["id"], 0.8)
    api.follow("Haqqani network", "Al Qaeda", db=db_url, analyst="ana", threshold=0.9)
    rows = api.watchlists(db_url, analyst="ana")
    assert [r["threshold"] for r in rows if r["id"] == first["id"]] == [0.9]
    with pytest.raises(WatchError, match="RW711"):
        api.follow("Taliban", db=db_url, analyst="ana", channels="webhook")
    with pytest.raises(WatchError, match="RW714"):
        api.follow("Taliban", db=db_url, analyst="ana", webhook_url="javascript:alert(1)",
                   channels="webhook")  # fmt: skip
    with pytest.raises(WatchError, match="RW710"):
        api.follow("Taliban", db=db_url, analyst="ana", channels="email")
    with pytest.raises(WatchError, match="RW717"):
        api.follow("Taliban", db=db_url, analyst="ana", email_to="not an address")
    with pytest.raises(WatchError, match="RW715"):
        api.follow("  ", db=db_url, analyst="ana")
    with pytest.raises(WatchError, match="RW705 bob does not follow 'Taliban'"):
        api.unfollow("Taliban", db=db_url, analyst="bob")
    assert api.unfollow("Al Qaeda", "Haqqani network", db=db_url, analyst="ana")["id"] == \
        first["id"]  # fmt: skip

    with pytest.raises(WatchError, match="RW704"):
        api.add_watch_source("folder", tmp_path / "nope", db=db_url)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(WatchError, match="it is not a folder"):
        api.add_watch_source("folder", tmp_path / "file.txt", db=db_url)
    with pytest.raises(WatchError, match="RW702"):
        api.add_watch_source("feed", tmp_path / "missing.xml", db=db_url)
    with pytest.raises(WatchError, match="RW713"):
        api.add_watch_source("folder", tmp_path, db=db_url, interval=0)
    added = api.add_watch_source("folder", tmp_path, db=db_url, interval=60)
    again = api.add_watch_source("folder", str(tmp_path), db=db_url, interval=120)
    assert again["id"] == added["id"] and again["created"] is False
    assert [s["interval"] for s in api.watch_sources(db_url)] == [120.0]
    assert api.remove_watch_source(added["id"], db=db_url)["location"] == str(tmp_path)
    with pytest.raises(WatchError, match="RW706"):
        api.remove_watch_source(added["id"], db=db_url)
    with pytest.raises(WatchError, match="RW707"):
        api.get_alert(12, db=db_url)
    with pytest.raises(WatchError, match="RW707"):
        api.acknowledge_alert("x", db=db_url)
    assert api.alerts(db_url) == []
