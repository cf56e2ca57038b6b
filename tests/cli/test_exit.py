"""The program's end: the objects still alive are frozen, not collected, and nothing written
is lost (real subprocesses of ``python -m riftwatch.cli`` on both stores)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clirun import riftwatch
from riftwatch import api

PROBE = """
import gc, sys
from riftwatch.cli import main
sys.argv = ["riftwatch", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
print("frozen", gc.get_freeze_count(), "exit", code, file=sys.stderr)
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env={**os.environ}, timeout=600
    )


def test_main_freezes_the_heap_when_the_command_is_over(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("The Haqqani network sheltered Al Qaeda fighters in 2010.\n", "utf-8")
    api.ingest([str(report)], db=db_url)
    done = _run("-c", PROBE, "--db", db_url, "status", "--format", "json")
    frozen = done.stderr.strip().splitlines()[-1].split()
    assert frozen[0] == "frozen" and int(frozen[1]) > 10_000, done.stderr
    assert frozen[3] in ("0", "None"), done.stderr
    assert json.loads(done.stdout)["documents"] == 1


def test_an_export_written_by_the_program_is_complete(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    lines = [
        f"In {year}, the Haqqani network sheltered Al Qaeda fighters in Miranshah."
        for year in range(2001, 2016)
    ]
    report.write_text("\n\n".join(lines) + "\n", "utf-8")
    api.ingest([str(report)], db=db_url)
    api.extract_stored(db_url)
    expected = len(api.list_events(db_url, limit=1000))
    assert expected > 0
    out = tmp_path / "events.jsonl"
    done = riftwatch("--db", db_url, "export", "events", "-f", "jsonl", "-o", str(out), timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(rows) == expected


def test_an_ingest_whose_reader_went_away_still_stores_everything(
    db_url: str, tmp_path: Path
) -> None:
    """`riftwatch ingest DIR 2>&1 | head -1`: the progress lines meet a closed pipe. The
    progress is no part of the work: every document is stored, the file is not marked
    failed and the run is finished (stop 44: the file was marked failed with a
    BrokenPipeError 'while reading' and the run stayed 'running')."""
    rows = [
        {"id": f"r{i}", "date": "2012-01-01",
         "text": f"Report {i}: the Haqqani network sheltered Al Qaeda fighters in {1990 + i}."}
        for i in range(30)
    ]  # fmt: skip
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    read, write = os.pipe()
    os.close(read)  # nobody reads what the command prints
    done = subprocess.run(
        [sys.executable, "-c", "from riftwatch.cli import main; main()", "--db", db_url,
         "ingest", str(path)],
        stdout=write, stderr=write, env={**os.environ},
        timeout=600, check=False,
    )  # fmt: skip
    os.close(write)
    assert done.returncode in (0, 1)
    status = api.status(db_url)
    assert status["documents"] == 30
    assert status["failed"] == []
    assert status["last_run"]["status"] == "finished"
