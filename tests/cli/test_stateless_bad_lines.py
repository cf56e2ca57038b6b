"""Every stateless command names the line of a bad grade and goes on with the rest.

CONTRACT.md: a bad line gets a clear error naming its line number and is skipped; the
rest is still processed (exit status 1). A reliability outside A-F or a credibility
outside 1-6 makes a line bad, as it does for ``ingest``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clirun import riftwatch

GOOD = [
    {"id": "g1", "date": "2012-03-01", "text": "Al Qaeda attacked the Haqqani network in Khost."},
    {"id": "g2", "date": "2013-05-02", "text": "The Haqqani network accused Al Qaeda of betrayal."},
]
BAD = [
    ({"id": "b1", "text": "Al Qaeda met the Haqqani network.", "reliability": "Z"}, "reliability"),
    ({"id": "b2", "text": "Al Qaeda met the Haqqani network.", "credibility": "9"}, "credibility"),
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch(*args, timeout=600)


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = [GOOD[0], BAD[0][0], GOOD[1], BAD[1][0]]
    path = tmp_path_factory.mktemp("stateless") / "docs.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "--format", "jsonl"],
        ["rifts", "--format", "json"],
        ["ach", "--pair", "Al Qaeda", "--pair", "Haqqani network", "--format", "json"],
        ["wedges", "--target", "Al Qaeda", "--within", "Taliban", "--format", "json"],
    ],
    ids=lambda c: c[0],
)
def test_a_bad_grade_names_its_line_and_the_rest_goes_on(path: Path, command: list[str]) -> None:
    res = run(command[0], str(path), *command[1:])
    assert res.returncode == 1, res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 2, res.stderr
    for (_, field), error, number in zip(BAD, errors, (2, 4), strict=True):
        assert "RW203" in error and f"line {number}:" in error and field in error, error
        assert str(path) in error
    if command[0] == "extract":
        events = [json.loads(line) for line in res.stdout.splitlines()]
        assert {e["doc_id"] for e in events} == {"g1", "g2"}
    else:
        json.loads(res.stdout)
