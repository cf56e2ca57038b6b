"""``riftwatch demo`` (the README's first command) runs end to end on the bundled corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_demo_runs_end_to_end_and_shows_every_section(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "COLUMNS": "200"}
    run = subprocess.run(
        [sys.executable, "-m", "riftwatch.cli", "--db", str(db), "demo"],
        capture_output=True, text=True, timeout=600, env=env, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    text = run.stdout
    for section in ("search", "competing hypotheses", "wedges", "Open the workbench"):
        assert section in text, text[-3000:]
    # the search section lists hits with their snippets, not an empty list
    search = text.split("search", 1)[1].split("\n")
    assert any(line.strip().startswith("doc ") for line in search[1:6]), search[:6]
    assert db.exists()
