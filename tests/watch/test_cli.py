"""The real program in a subprocess, as an analyst uses it, on both stores: follow a pair,
watch a folder and a local feed file, two rounds raise one alert (e-mailed to a real
local SMTP server), a third raises none; list and acknowledge alerts; numbered errors;
the watch loop stopped by Ctrl-C (SIGINT), and killed then rerun without duplicates."""

from __future__ import annotations

import json
import re
import signal
import subprocess
from pathlib import Path

import pytest
from tests.watch.conftest import FEED_ONE, FEED_TWO, Mailbox, rss, write_batch_one, write_batch_two

from clirun import default_sigint, environment, program, riftwatch


def _env(tmp_path: Path) -> dict[str, str]:
    return {"RIFTWATCH_DATA_DIR": str(tmp_path / "data"), "RIFTWATCH_ANALYST": "ana"}


def rw(tmp_path: Path, db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch("--db", db, *args, columns=200, env=_env(tmp_path), timeout=600)


def ok(tmp_path: Path, db: str, *args: str) -> str:
    done = rw(tmp_path, db, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_analyst_session(db_url: str, tmp_path: Path, smtp: Mailbox) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    feed = tmp_path / "wire.xml"
    feed.write_bytes(rss(FEED_ONE))
    out = ok(tmp_path, db_url, "follow", "Haqqani network", "Al Qaeda", "-t", "0.5",
             "--channel", "email")  # fmt: skip
    assert "ana following Al Qaeda / Haqqani network: alert at 0.5, via ui, email" in out
    ok(tmp_path, db_url, "watch", "add-folder", str(inbox), "--type", "news")
    ok(tmp_path, db_url, "watch", "add-feed", str(feed), "--source", "Local Wire")
    sources = json.loads(ok(tmp_path, db_url, "watch", "sources", "--format", "json"))
    assert [s["kind"] for s in sources] == ["folder", "feed"]

    first = ok(tmp_path, db_url, "watch", "--once")
    assert "5 documents added" in first and "0 alerts" in first
    write_batch_two(inbox)
    feed.write_bytes(rss(FEED_TWO))
    second = ok(tmp_path, db_url, "watch", "--once")
    assert "4 documents added" in second and "1 alerts" in second
    assert "ALERT 1 for ana: Al Qaeda / Haqqani Network" in second
    # the probability before, as the alerts table says it ("none" before any assessment)
    assert re.search(r"rift probability (?:none|[0-9.e-]+) -> [0-9.]+ \(threshold", second)
    assert len(smtp.messages) == 1
    third = ok(tmp_path, db_url, "watch", "--once", "--format", "json")
    assert json.loads(third)["alerts"] == [] and json.loads(third)["documents_added"] == 0
    assert len(smtp.messages) == 1

    listed = json.loads(ok(tmp_path, db_url, "alerts", "--format", "json"))
    assert [a["id"] for a in listed] == [1] and listed[0]["delivered"] == ["ui", "email"]
    assert listed[0]["evidence"]
    table = ok(tmp_path, db_url, "watchlist")
    assert "(above)" in table
    assert "acknowledged by bo" in ok(tmp_path, db_url, "alerts", "--ack", "1", "--analyst", "bo")
    assert "no open alerts" in ok(tmp_path, db_url, "alerts")
    again = rw(tmp_path, db_url, "alerts", "--ack", "1")
    assert again.returncode == 2 and "RW716" in again.stderr
    if "://" in db_url:  # the numbered errors once (the API tests cover both stores)
        return
    for args, code in (
        (("follow", "Taliban", "-t", "2"), "RW700"),
        (("follow", "Taliban", "Taliban"), "RW715"),
        (("watch", "add-folder", str(tmp_path / "nope")), "RW704"),
        (("watch", "add-feed", "gopher://x/feed"), "RW703"),
        (("unfollow", "Taliban"), "RW705"),
        (("watch", "remove", "9"), "RW706"),
        (("alerts", "--ack", "9"), "RW707"),
    ):
        bad = rw(tmp_path, db_url, *args)
        assert bad.returncode == 2 and code in bad.stderr, (args, bad.stderr)
    gone = ok(tmp_path, db_url, "unfollow", "Al Qaeda", "Haqqani network")
    assert "no longer follows" in gone


def _loop(tmp_path: Path, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        program("--db", db, "watch", "--interval", "1"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment(columns=200, **_env(tmp_path)),
        preexec_fn=default_sigint,
    )  # fmt: skip


def _first_round(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert "sources checked" in line, line + (proc.stderr.read() if proc.poll() is not None
                                              and proc.stderr else "")  # fmt: skip
    return line


def test_loop_stops_on_ctrl_c_and_a_killed_loop_is_finished(
    sqlite_url: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    ok(tmp_path, sqlite_url, "follow", "Haqqani network", "-t", "0.3")
    ok(tmp_path, sqlite_url, "watch", "add-folder", str(inbox), "--interval", "1")
    # the follow's first round records the alliance; the break arrives in the loop's round
    assert "0 alerts" in ok(tmp_path, sqlite_url, "watch", "--once")
    write_batch_two(inbox)
    proc = _loop(tmp_path, sqlite_url)
    try:
        assert "2 documents added" in _first_round(proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 130 and "stopped by SIGINT" in err
    alerts = json.loads(ok(tmp_path, sqlite_url, "alerts", "--format", "json"))
    assert len(alerts) == 1

    (inbox / "late.txt").write_text("The Taliban attacked the army in Kandahar in May 2017.\n")
    proc = _loop(tmp_path, sqlite_url)
    try:
        _first_round(proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        proc.kill()
    rerun = json.loads(ok(tmp_path, sqlite_url, "watch", "--once", "--format", "json"))
    assert rerun["documents_added"] == 0 and rerun["alerts"] == []
    status = json.loads(ok(tmp_path, sqlite_url, "status", "--format", "json"))
    assert status["documents"] == 7
    assert len(json.loads(ok(tmp_path, sqlite_url, "alerts", "--format", "json"))) == 1


@pytest.mark.parametrize("signum", [signal.SIGTERM])
def test_loop_stops_on_sigterm(sqlite_url: str, tmp_path: Path, signum: int) -> None:
    (tmp_path / "inbox").mkdir()
    ok(tmp_path, sqlite_url, "watch", "add-folder", str(tmp_path / "inbox"))
    proc = _loop(tmp_path, sqlite_url)
    try:
        _first_round(proc)
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signum and "stopped by SIGTERM" in err


def test_a_pair_followed_when_already_broken_prints_a_line_not_an_alert(
    sqlite_url: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_batch_one(inbox)
    write_batch_two(inbox)
    ok(tmp_path, sqlite_url, "follow", "Haqqani network", "Al Qaeda", "-t", "0.5")
    ok(tmp_path, sqlite_url, "watch", "add-folder", str(inbox))
    first = ok(tmp_path, sqlite_url, "watch", "--once")
    assert "0 alerts" in first and "ALERT" not in first
    assert re.search(r"already broken for ana: .*Haqqani Network.* since 2016-\d\d, when first "
                     r"followed; alerts on later changes only", first), first  # fmt: skip
    second = ok(tmp_path, sqlite_url, "watch", "--once")
    assert "already broken" not in second and "0 alerts" in second
    assert json.loads(ok(tmp_path, sqlite_url, "alerts", "--format", "json")) == []
