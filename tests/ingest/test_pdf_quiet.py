"""A damaged PDF gives its numbered error, and nothing else on standard error.

pypdf logs its own warnings ("EOF marker not found") while it tries a broken file; with
no logging set up, Python printed them bare on standard error beside riftwatch's RW103.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_damaged_pdf_prints_only_its_numbered_error(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage, no objects, no trailer")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "riftwatch.cli", "--db", str(tmp_path / "rw.db"), "ingest",
         str(tmp_path / "broken.pdf"), "--no-progress"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1
    assert "RW103" in done.stdout + done.stderr
    assert "EOF marker" not in done.stderr, done.stderr
