"""The dashboard's counts and ``GET /api/status`` (riftwatch.web.dashboard.served_status):
the counts of sentences and events are kept between visits but follow every ingest, coding
run, failure and deletion of documents at once, and the rest (grades, runs) is read each
time, on both stores."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.web.conftest import REPORT_A, REPORT_B, Served

from riftwatch import api


def _counts(running: Served) -> dict[str, int]:
    with running.client() as client:
        body = client.get("/").text
    found = dict(re.findall(r"<dt>([A-Za-z ]+)</dt><dd>(?:<a [^>]+>)?(\d+)", body))
    return {k: int(v) for k, v in found.items()}


def test_dashboard_counts_follow_the_store(fresh_server: Callable[..., Served],
                                          tmp_path: Path) -> None:  # fmt: skip
    running = fresh_server()
    empty = _counts(running)  # a new store: the dashboard answers (no alerts yet)
    assert empty["Documents"] == 0 and empty["Events"] == 0
    a, b, bad = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "bad.jsonl"
    a.write_text(REPORT_A, encoding="utf-8")
    b.write_text(REPORT_B, encoding="utf-8")
    bad.write_text("{not json\n", encoding="utf-8")
    api.ingest([a], db=running.db)
    api.extract_stored(running.db)
    first = _counts(running)
    assert first["Documents"] == 1 and first["Sentences"] >= 1 and first["Events"] >= 1
    assert _counts(running) == first, "the same store: the same counts"
    api.ingest([b], db=running.db)
    second = _counts(running)
    assert second["Documents"] == 2 and second["Sentences"] > first["Sentences"]
    api.extract_stored(running.db)
    assert _counts(running)["Events"] > first["Events"], "coding shows at once"
    api.ingest([bad], db=running.db)
    assert _counts(running)["Failed files"] == 1
    doc = api.list_documents(running.db, limit=10)[0]["id"]
    api.delete_documents(running.db, [doc])
    left = _counts(running)
    assert left["Documents"] == 1
    exact = _exact(running)
    assert {k: left[k] for k in exact} == exact, "a deletion shows at once"


def _exact(running: Served) -> dict[str, int]:
    status = api.status(running.db)
    return {"Documents": status["documents"], "Sentences": status["sentences"],
            "Events": status["events"], "Failed files": len(status["failed"])}  # fmt: skip


def _served(running: Served) -> dict:
    with running.client() as client:
        return client.get("/api/status").raise_for_status().json()


def test_api_status_is_the_status_command_at_once(
    fresh_server: Callable[..., Served], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = fresh_server()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPORT_A, encoding="utf-8")
    b.write_text(REPORT_B, encoding="utf-8")
    api.ingest([a], db=running.db, source="Kabul Times")
    api.extract_stored(running.db)
    assert _served(running) == api.status(running.db)
    counted: list[int] = []
    large = api._large_counts
    monkeypatch.setattr(api, "_large_counts", lambda *a: counted.append(1) or large(*a))
    kept = [_served(running), _served(running)]
    assert not counted, "the same store: the large counts kept, not counted again"
    assert kept == [api.status(running.db)] * 2
    api.grade_source(running.db, "Kabul Times", source_type="wire", reliability="A")
    graded = _served(running)
    assert graded["source_types"] == {"wire": 1}, "a grade shows at once"
    assert graded == api.status(running.db)
    api.ingest([b], db=running.db)
    api.extract_stored(running.db)
    later = _served(running)
    assert later["documents"] == 2 and later["last_run"]["status"] == "finished"
    assert later == api.status(running.db), "an ingest and a coding run show at once"
    api.delete_documents(running.db, [api.list_documents(running.db, limit=10)[0]["id"]])
    assert _served(running) == api.status(running.db), "a deletion shows at once"
