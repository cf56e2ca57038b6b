"""``docs list`` filters by grade, publication dates and status, on both stores."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import riftwatch
from riftwatch import api


def _docs(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch("--db", db, "docs", "list", "--format", "json", *args)


def test_docs_list_filters(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kabul, 12 March 2010. The army attacked the TTP.\n")
    (tmp_path / "b.txt").write_text("Peshawar, 5 June 2011. The TTP attacked the army.\n")
    api.ingest([tmp_path / "a.txt"], db=db_url, reliability="B", credibility=2)
    api.ingest([tmp_path / "b.txt"], db=db_url, reliability="D", credibility=4)

    def names(*args: str) -> set[str]:
        done = _docs(db_url, *args)
        assert done.returncode == 0, done.stderr
        return {Path(d["path"]).name for d in json.loads(done.stdout)}

    assert names("--grade", "B2") == {"a.txt"}
    assert names("--grade", "D") == {"b.txt"}
    assert names("--min-reliability", "C") == {"a.txt"}
    assert names("--max-credibility", "4") == {"a.txt", "b.txt"}
    assert names("--from", "2011") == {"b.txt"}
    assert names("--from", "2010-03", "--to", "2010-03") == {"a.txt"}
    assert names("--status", "ready") == {"a.txt", "b.txt"}
    assert names("--status", "coded") == set()
    assert api.count_documents(db_url, date_to="2010") == 1
    bad = _docs(db_url, "--from", "March")
    assert bad.returncode == 2 and "RW007" in bad.stderr
    bad = _docs(db_url, "--grade", "B9")
    assert bad.returncode == 2 and "RW003" in bad.stderr
