"""``riftwatch rifts`` and ``riftwatch dyad`` on a store's claims, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_analysis_cli import run, write_docs

from riftwatch import api

HOSTILE = {"ASSAULT", "FIGHT", "ACCUSE", "REJECT", "COERCE", "THREATEN"}


def _stored(tmp_path: Path, db_url: str) -> Path:
    docs = write_docs(tmp_path / "docs.jsonl")
    assert run("--db", db_url, "ingest", str(docs)).returncode == 0
    assert run("--db", db_url, "extract").returncode == 0
    return docs


def test_rifts_on_the_store_match_the_file_and_follow_judgements(
    tmp_path: Path, db_url: str
) -> None:
    docs = _stored(tmp_path, db_url)
    from_file = json.loads(run("rifts", str(docs), "--format", "json").stdout)
    res = run("--db", db_url, "rifts", "--format", "json")
    assert res.returncode == 0, res.stderr
    stored = json.loads(res.stdout)
    assert [{a["name"] for a in r["actors"]} for r in stored] == [
        {a["name"] for a in r["actors"]} for r in from_file
    ]
    assert stored[0]["onset"] == from_file[0]["onset"]
    # named alike: the names the documents wrote (kept in the store), then the KB's
    assert [[a["aliases"] for a in r["actors"]] for r in stored] == [
        [a["aliases"] for a in r["actors"]] for r in from_file
    ]
    assert all(a["aliases"] for r in stored for a in r["actors"])
    assert {e["doc_id"] for e in stored[0]["evidence"]} >= {"a4", "a6"}

    # An analyst rejects the hostile reports: the store's picture no longer shows a rift.
    pair = ["Lashkar-e-Taiba", "Jaish-e-Mohammed"]
    hostile = [e for e in api.list_events(db_url, pair=pair) if e["event_type"] in HOSTILE]
    assert hostile
    for event in hostile:
        api.judge_event(db_url, event["id"], "reject", analyst="tester", note="misread")
    after = json.loads(run("--db", db_url, "rifts", "--format", "json").stdout)
    assert not [r for r in after if {a["name"] for a in r["actors"]} == set(pair)]


def test_dyad_on_the_store_lists_the_evidence_by_month(tmp_path: Path, db_url: str) -> None:
    _stored(tmp_path, db_url)
    res = run("--db", db_url, "dyad", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    months = {m["month"]: m for m in data["months"]}
    assert "2013-02" in months and months["2013-02"]["score"] < 0
    assert any(m["score"] > 0 for m in data["months"] if m["month"] < "2012")
    table = run("--db", db_url, "dyad", "Lashkar-e-Taiba", "Jaish-e-Mohammed")
    assert table.returncode == 0 and "2013-02" in table.stdout


def test_rifts_refuse_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    res = run("--db", str(missing), "rifts")
    assert res.returncode != 0 and "RW305" in res.stdout + res.stderr
    assert not missing.exists()
