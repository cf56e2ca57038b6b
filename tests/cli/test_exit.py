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
