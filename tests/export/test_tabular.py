"""Events and claims as CSV, JSON Lines and Parquet, written to real files on SQLite and
PostgreSQL and read back with the csv module, json and pyarrow."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyarrow.parquet as pq
import pytest

from export.conftest import HOSTILE
from riftwatch import api
from riftwatch.errors import ConfigError, ExportError
from riftwatch.export.rows import NAMES, event_rows
from test_api_events import ALL, A, B, C, H, K

FORMATS = ("csv", "jsonl", "parquet")


def read(path: Path, fmt: str) -> list[dict[str, Any]]:
    """An export file's rows, values as Python objects (CSV's text turned back)."""
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def by_key(rows: list[dict[str, Any]], ids: dict[tuple, int]) -> dict[tuple, dict[str, Any]]:
    names = {v: k for k, v in ids.items()}
    return {names[int(r["event_id"])]: r for r in rows}


@pytest.mark.parametrize("fmt", FORMATS)
def test_events_export_has_every_event_with_provenance_and_judgement(
    judged: SimpleNamespace, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"events.{fmt}"
    result = api.export("events", fmt, path, db=judged.store)
    assert result["records"] == len(ALL) == api.count_events(judged.store)
    assert result["exporter"] == f"events.{fmt}.v1" and result["path"] == str(path)
    rows = read(path, fmt)
    assert len(rows) == len(ALL)
    assert list(rows[0]) == list(NAMES)
    rows_by = by_key(rows, judged.ids)
    a = rows_by[A]
    assert a["doc_external_id"] == "r01" and a["outlet"] == "Dawn"
    assert a["grade"] == "B2" and a["reliability"] == "B"
    assert a["source_actor_id"] == "org:haqqani-network" and a["target_actor_id"] == "org:al-qaeda"
    assert a["event_type"] == "AID" and a["mode"] == "sanctuary" and a["modality"] == "asserted"
    assert a["judgement"] == "reject" and a["judgement_analyst"] == "ana"
    assert a["judgement_note"] == HOSTILE  # hostile text kept as data
    assert str(a["counts"]).lower() == "false"
    assert a["origin_group"] == f"doc:{a['document_id']}"
    # events are exported as coded: the correction shows only in the judgement columns
    b = rows_by[B]
    assert b["event_type"] == "ASSAULT" and b["judgement"] == "correct"
    assert json.loads(b["judgement_changes"])["event_type"] == "COERCE"
    # the override changes the effective grade, not the document's credibility
    c = rows_by[C]
    assert int(c["credibility"]) == 5 and int(c["credibility_override"]) == 2
    assert c["grade"] == "E2"
    assert rows_by[H]["judgement"] == "reject"  # the latest of two verdicts
    assert rows_by[K]["source_actor_name"] and rows_by[K]["judgement"] == "unjudged"


def test_quote_offsets_point_into_the_document_text(judged: SimpleNamespace, tmp_path) -> None:
    path = tmp_path / "events.jsonl"
    api.export("events", "jsonl", path, db=judged.store)
    for row in read(path, "jsonl"):
        text = api.get_document(judged.store, row["document_id"], sentences=False)["text"]
        assert row["quote_start"] is not None, row
        assert text[row["quote_start"] : row["quote_end"]].lower() == row["quote"].lower()
        assert row["sentence_start"] <= row["quote_start"] < row["quote_end"] <= row[
            "sentence_end"]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_claims_export_applies_corrections_and_can_leave_out_rejected(
    judged: SimpleNamespace, tmp_path: Path, fmt: str
) -> None:
    everything = tmp_path / f"claims.{fmt}"
    api.export("claims", fmt, everything, db=judged.store)
    rows = by_key(read(everything, fmt), judged.ids)
    assert set(rows) == ALL
    assert rows[B]["event_type"] == "COERCE"
    assert rows[B]["target_actor_id"] == "org:haqqani-network"
    assert rows[C]["grade"] == "E2" and int(rows[C]["effective_credibility"]) == 2
    counting = tmp_path / f"counting.{fmt}"
    result = api.export("claims", fmt, counting, db=judged.store, include_rejected=False)
    kept = by_key(read(counting, fmt), judged.ids)
    assert set(kept) == ALL - {A, H} and result["records"] == len(ALL) - 2
    listed = [c["event_id"] for c in api.list_claims(judged.store, include_rejected=False)]
    assert [int(r["event_id"]) for r in read(counting, fmt)] == listed


def test_filters_are_those_of_events_list(judged: SimpleNamespace, tmp_path: Path) -> None:
    cases: list[dict[str, Any]] = [
        {"actor": "TTP"},
        {"event_type": ["ASSAULT", "THREATEN"], "modality": "asserted"},
        {"date_from": "2010", "date_to": "2014-06"},
        {"min_reliability": "C"},
        {"judged": True},
        {"verdict": "reject"},
        {"pair": ["Islamic State", "Afghan Taliban"]},
    ]
    for n, filters in enumerate(cases):
        path = tmp_path / f"f{n}.jsonl"
        api.export("events", "jsonl", path, db=judged.store, **filters)
        wanted = [e["id"] for e in api.list_events(judged.store, limit=1000, **filters)]
        assert [r["event_id"] for r in read(path, "jsonl")] == wanted, filters
        assert wanted, filters


def test_rows_are_read_and_written_in_batches(judged: SimpleNamespace, tmp_path: Path) -> None:
    batches = list(event_rows(judged.store, {}, batch_size=3))
    assert [len(b) for b in batches] == [3, 3, 3, 2]
    path = tmp_path / "small-batches.parquet"
    api.export("events", "parquet", path, db=judged.store, batch_size=3)
    assert pq.ParquetFile(path).metadata.num_row_groups == 4
    whole = tmp_path / "whole.parquet"
    api.export("events", "parquet", whole, db=judged.store)
    assert pq.read_table(path).to_pylist() == pq.read_table(whole).to_pylist()
    schema = pq.read_schema(path)
    assert schema.field("confidence").type == "double" and schema.field("counts").type == "bool"
    assert schema.metadata[b"riftwatch.export"] == b"events.parquet.v1"


def test_bad_requests_are_numbered_and_leave_no_file(judged: SimpleNamespace, tmp_path) -> None:
    path = tmp_path / "out.csv"
    with pytest.raises(ExportError) as kind:
        api.export("timeline", "csv", path, db=judged.store)
    assert kind.value.code == "RW720" and "events, claims" in str(kind.value)
    with pytest.raises(ExportError) as fmt:
        api.export("events", "xlsx", path, db=judged.store)
    assert fmt.value.code == "RW721" and "csv, jsonl, parquet" in str(fmt.value)
    with pytest.raises(ConfigError) as bad:
        api.export("events", "csv", path, db=judged.store, min_reliability="Z")
    assert bad.value.code == "RW002"
    with pytest.raises(ExportError) as unwritable:
        api.export("events", "csv", tmp_path / "no" / "such" / "dir.csv", db=judged.store)
    assert unwritable.value.code == "RW722" and "dir.csv" in str(unwritable.value)
    assert list(tmp_path.iterdir()) == []  # no half-written or partial files
