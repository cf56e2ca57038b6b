"""``riftwatch demo`` (the README's first command) runs end to end on the bundled corpus."""

from __future__ import annotations

from pathlib import Path

from clirun import riftwatch


def test_demo_runs_end_to_end_and_shows_every_section(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    run = riftwatch("--db", str(db), "demo", columns=200, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    text = run.stdout
    for section in ("search", "competing hypotheses", "wedges", "Open the workbench"):
        assert section in text, text[-3000:]
    # the search section lists hits with their snippets, not an empty list
    search = text.split("search", 1)[1].split("\n")
    assert any(line.strip().startswith("doc ") for line in search[1:6]), search[:6]
    assert db.exists()
