"""An export written to a file with no --format takes the format the file's extension
names, when the kind has it (stop 45: `export judgements -o judgements.jsonl` wrote CSV into
the .jsonl file, which `import judgements` then refused as bad JSON)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from export.conftest import new_url
from riftwatch import api
from riftwatch.errors import ExportError
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


def test_an_extension_naming_a_format_the_kind_lacks_is_refused(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    # walk65: `export events -o events.json` wrote CSV into a file named JSON
    path = tmp_path / "events.json"
    with pytest.raises(ExportError) as caught:
        api.export("events", None, path, db=judged.store)
    assert caught.value.code == "RW721"
    assert "csv, jsonl, parquet" in str(caught.value)
    assert not path.exists()
    assert not list(tmp_path.glob(".*partial"))


def test_the_same_extension_is_taken_where_the_kind_has_it(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "bundle.json"
    assert api.export("stix", None, path, db=judged.store)["format"] == "json"
    assert json.loads(path.read_text("utf-8"))["type"] == "bundle"
