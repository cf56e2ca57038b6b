"""``riftwatch ach`` takes its pair as ``--pair A --pair B`` or, as ``riftwatch dyad`` does,
as two arguments around the file: ``ach A B``, ``ach A B FILE``, ``ach FILE A B`` (stop 49:
an analyst who typed ``riftwatch ach JNIM ISGS`` got a usage error about an extra argument).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clirun import riftwatch

DOCS = [
    {"id": "a1", "date": "2014-03-01", "text": "The Zorvan Front fought alongside the Kessel "
     "Brigades against government troops."},
    {"id": "a2", "date": "2016-05-02", "text": "The Zorvan Front attacked the Kessel Brigades "
     "in the hills and killed ten of its fighters."},
]  # fmt: skip


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch(*args, timeout=600)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ach") / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    return path


def matrix(*args: str) -> dict:
    done = run("ach", *args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def ranks(m: dict) -> list[tuple[str, float]]:
    return [(h["id"], h["inconsistency"]) for h in m["hypotheses"]]


def test_the_pair_as_arguments_gives_the_same_matrix(docs: Path) -> None:
    wanted = matrix(str(docs), "--pair", "Zorvan Front", "--pair", "Kessel Brigades")
    assert len(wanted["evidence"]) >= 2
    for args in (("Zorvan Front", "Kessel Brigades", str(docs)),
                 (str(docs), "Zorvan Front", "Kessel Brigades")):  # fmt: skip
        got = matrix(*args)
        assert got["evidence"] == wanted["evidence"]
        assert ranks(got) == ranks(wanted)


def test_the_pair_as_arguments_reads_the_store(docs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert run("--db", db, "ingest", str(docs), "--no-progress").returncode == 0
    assert run("--db", db, "extract", "--no-progress").returncode == 0
    by_option = matrix("--db", db, "--pair", "Zorvan Front", "--pair", "Kessel Brigades")
    by_argument = matrix("--db", db, "Zorvan Front", "Kessel Brigades")
    assert [e["quote"] for e in by_argument["evidence"]] == [
        e["quote"] for e in by_option["evidence"]
    ]
    assert ranks(by_argument) == ranks(by_option)


def test_three_arguments_without_a_file_are_refused(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.jsonl")
    done = riftwatch("ach", "Zorvan Front", "Kessel Brigades", missing, columns=400, timeout=600)
    assert done.returncode == 2
    assert "neither the first nor the last is a file" in done.stderr
