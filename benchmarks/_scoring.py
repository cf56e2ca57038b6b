"""Scoring labelled JSON Lines files with ``../shared/dev/score.py`` (extract, then score)."""

from __future__ import annotations

import io
import json
import runpy
import tempfile
from contextlib import redirect_stdout
from pathlib import Path


def load_scorer() -> dict | None:
    """``../shared/dev/score.py`` (or under ``RIFTWATCH_SHARED``) run by ``runpy``; None, with
    a message, when the scorer is not here (it is not part of this repository)."""
    from _results import shared_dir

    score_py = shared_dir() / "dev" / "score.py"
    if not score_py.exists():
        print(f"skipped: the shared scorer {score_py} is not here (set RIFTWATCH_SHARED)")
        return None
    return runpy.run_path(str(score_py))


def read_rows(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score_gold(scorer: dict, gold_path: Path) -> tuple[str, list[str]]:
    """Extract the labelled file's documents and score them with ``scorer`` (score.py run
    by ``runpy``): the scorer's summary line, and its extra/missing lines."""
    from riftwatch.api import extract

    docs = [{"id": r["id"], "text": r["text"], "date": r["date"]} for r in read_rows(gold_path)]
    with tempfile.TemporaryDirectory() as tmp:
        events_path = Path(tmp) / "events.jsonl"
        with events_path.open("w", encoding="utf-8") as handle:
            for event in extract(docs):
                handle.write(json.dumps(event, default=str) + "\n")
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            scorer["score_relations"](str(gold_path), str(events_path))
    lines = buffer.getvalue().strip().splitlines()
    return lines[-1], lines[:-1]
