"""Dissent through the real program, on stores (SQLite and PostgreSQL) and on a file: a rift
told by several well-graded documents is flagged, and the official who calls it wishful
thinking is listed against it (``riftwatch rifts`` table and JSON, ``riftwatch dyad``) with
the attribution, the word of disbelief and the grade, never among the evidence for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clirun import riftwatch
from dissent_corpus import X, Y, write_dissent_corpus
from riftwatch import api


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_dissent_corpus(tmp_path / "dissent.jsonl")


def _the_rift(found: Any) -> dict[str, Any]:
    found = found.get("rifts", found) if isinstance(found, dict) else found
    pair = [r for r in found if {a["name"] for a in r["actors"]} == {X, Y}]
    assert len(pair) == 1, found
    return pair[0]


def _check(rift: dict[str, Any]) -> None:
    assert rift["probability"] >= 0.5 and rift["onset"][:4] == "2015"
    skeptic = [e for e in rift["counter_evidence"] if e.get("doubted")]
    assert len(skeptic) == 1, rift["counter_evidence"]
    e = skeptic[0]
    assert e["attributed_to"]["name"] == "A senior Danish official"
    assert e["doubted"] == "wishful" and e["grade"] == "B3" and e["read_as"] == "persistence"
    assert not [x for x in rift["evidence"] if x.get("doubted")]


def _both(args: list[str]) -> None:
    out = riftwatch(*args, "rifts", "--format", "json")
    assert out.returncode == 0, out.stderr
    _check(_the_rift(json.loads(out.stdout)))
    table = riftwatch(*args, "rifts")
    assert table.returncode == 0, table.stderr
    line = next(x for x in table.stdout.splitlines() if "wishful" in x)
    assert line.lstrip().startswith("- ") and "A senior Danish official" in line


def test_the_skeptic_is_listed_against_the_rift_on_a_store(db_url: str, corpus: Path) -> None:
    api.ingest([corpus], db=db_url)
    api.extract_stored(db_url)
    _both(["--db", db_url])
    dyad = riftwatch("--db", db_url, "dyad", X, Y, "--format", "json")
    assert dyad.returncode == 0, dyad.stderr
    _check(json.loads(dyad.stdout)["rift"])


def test_the_skeptic_is_listed_against_the_rift_on_a_file(corpus: Path) -> None:
    out = riftwatch("rifts", str(corpus), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    _check(_the_rift([json.loads(x) for x in out.stdout.splitlines() if x.strip()]))
    table = riftwatch("rifts", str(corpus))
    assert "doubts 'wishful'" in table.stdout
    dyad = riftwatch("dyad", X, Y, str(corpus))
    assert dyad.returncode == 0, dyad.stderr
    against = [x for x in dyad.stdout.splitlines() if x.lstrip().startswith("- ")]
    assert any("wishful" in x and "B3" in x for x in against), dyad.stdout


def test_without_the_reports_of_the_break_the_skeptic_makes_no_rift(tmp_path: Path) -> None:
    path = write_dissent_corpus(tmp_path / "skeptic-only.jsonl", leave_out=("b",))
    out = riftwatch("rifts", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    found = found.get("rifts", found) if isinstance(found, dict) else found
    assert not [r for r in found if {a["name"] for a in r["actors"]} == {X, Y}]
