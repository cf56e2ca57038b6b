"""An export written to a file with no --format takes the format the file's extension
names, when the kind has it (stop 45: `export judgements -o judgements.jsonl` wrote CSV into
the .jsonl file, which `import judgements` then refused as bad JSON)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

from export.conftest import new_url
from riftwatch import api
from test_api_events import build


def test_the_extension_names_the_format(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "judgements.jsonl"
    result = api.export("judgements", None, path, db=judged.store)
    assert result["format"] == "jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(rows) == result["records"] == 5
    fresh = build(new_url(judged.request, judged.folder, judged.backend), judged.corpus)
    try:
        assert api.import_judgements(path, db=fresh)["imported"] == 5
    finally:
        fresh.close()


def test_an_extension_the_kind_lacks_keeps_its_first_format(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "judgements.txt"
    assert api.export("judgements", None, path, db=judged.store)["format"] == "csv"
    with path.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 5


def test_a_format_given_wins_over_the_extension(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "judgements.jsonl"
    assert api.export("judgements", "csv", path, db=judged.store)["format"] == "csv"
    assert path.read_text("utf-8").startswith("judgement_id,")
