"""PLOVER-style JSON Lines: the manual's field names, quad codes, our extras under the
``riftwatch`` key, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from riftwatch import api
from test_api_events import ALL, A, B, E, H

PLOVER_FIELDS = {"id", "has_event", "date", "enddate", "actor", "recipient", "event", "mode",
                 "context", "quad_code", "event_text", "text_info", "cite_info", "coder",
                 "comment", "riftwatch"}  # fmt: skip


def test_one_plover_record_per_claim(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "events.plover.jsonl"
    result = api.export("plover", "jsonl", path, db=judged.store)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert result["records"] == len(records) == len(ALL)
    names = {v: k for k, v in judged.ids.items()}
    by = {names[r["riftwatch"]["event_id"]]: r for r in records}
    for r in records:
        assert set(r) == PLOVER_FIELDS
        assert r["id"] == f"riftwatch-{r['riftwatch']['event_id']}"
        assert isinstance(r["actor"], list) and r["actor"][0]["identifier_id"]
        assert r["context"] == []
    a = by[A]
    assert a["event"] == ["AID"] and a["mode"] == ["sanctuary"] and a["quad_code"] == 2
    assert a["date"] == "2009-01-01" and a["enddate"] == "2009-12-31"
    assert a["has_event"] is False  # rejected by an analyst
    assert a["cite_info"]["citation"] == "r01" and a["cite_info"]["publication"] == "Dawn"
    assert a["riftwatch"]["grade"] == "B2" and a["riftwatch"]["judgement"] == "reject"
    assert by[B]["event"] == ["COERCE"] and by[B]["quad_code"] == 4  # the correction
    assert by[B]["recipient"][0]["identifier_id"] == "org:haqqani-network"
    assert by[E]["riftwatch"]["modality"] == "negated" and "negated" in by[E]["comment"]
    assert by[H]["date"] == "2008-09-01" and by[H]["enddate"] == "2010-03-31"
    asserted = tmp_path / "asserted.jsonl"
    api.export("plover", "jsonl", asserted, db=judged.store, modality="asserted")
    kept = [json.loads(line) for line in asserted.read_text(encoding="utf-8").splitlines()]
    assert kept and all(r["riftwatch"]["modality"] == "asserted" for r in kept)
