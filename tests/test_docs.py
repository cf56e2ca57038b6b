"""The generated reference docs match the code, so nothing is undocumented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_generated_docs_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO / "src")},
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_error_code_is_documented_and_used_codes_exist() -> None:
    import re

    from riftwatch.errors import MESSAGES

    doc = (REPO / "docs" / "errors.md").read_text()
    for code in MESSAGES:
        assert f"| {code} |" in doc
    used = set()
    for path in (REPO / "src" / "riftwatch").rglob("*.py"):
        used |= set(re.findall(r'"(RW\d{3})"', path.read_text()))
    assert used <= set(MESSAGES), used - set(MESSAGES)


def test_readme_opens_with_the_two_commands() -> None:
    head = (REPO / "README.md").read_text().split("\n## ")[0]
    assert "make demo" in head and "make test" in head


def test_the_stage_tables_name_the_stages_the_code_records() -> None:
    """Every registered stage name (what each event and rift records as ``versions``) is in
    the docs' stage lists, so a reader can find the rules that made an output."""
    from riftwatch.analysis import STAGES as ANALYSIS_STAGES
    from riftwatch.nlp.extract import STAGES as EXTRACTION_STAGES

    extraction = (REPO / "docs" / "extraction.md").read_text().split("\n## ")[1]
    assert extraction.startswith("Stages"), extraction[:40]
    missing = [name for name in EXTRACTION_STAGES if f"| `{name}`" not in extraction]
    assert not missing, f"docs/extraction.md's stage table lacks {missing}"
    for page in ("rifts.md", "report.md"):
        text = (REPO / "docs" / page).read_text()
        missing = [name for name in ANALYSIS_STAGES if f"`{name}`" not in text]
        assert not missing, f"docs/{page} lacks the analysis stages {missing}"
