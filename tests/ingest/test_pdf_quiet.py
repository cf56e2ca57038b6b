"""A damaged PDF gives its numbered error, and nothing else on standard error.

pypdf logs its own warnings ("EOF marker not found") while it tries a broken file; with
no logging set up, Python printed them bare on standard error beside riftwatch's RW103.
"""

from __future__ import annotations

from pathlib import Path

from clirun import riftwatch


def test_a_damaged_pdf_prints_only_its_numbered_error(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage, no objects, no trailer")
    done = riftwatch(
        "--db", str(tmp_path / "rw.db"), "ingest", str(tmp_path / "broken.pdf"), "--no-progress"
    )
    assert done.returncode == 1
    assert "RW103" in done.stdout + done.stderr
    assert "EOF marker" not in done.stderr, done.stderr
