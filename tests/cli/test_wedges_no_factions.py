"""``riftwatch wedges`` on a group with no factions says so, instead of an empty table
(walk56: "wedges --within 'Three Brotherhood Alliance'" printed a table with no row and no
reason)."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import riftwatch


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "date": "2019-08", "text": "The Arakan Army and the TNLA jointly attacked "
         "a military academy."},
        {"id": "b", "date": "2023-10", "text": "The Three Brotherhood Alliance attacked the "
         "junta's posts in northern Shan State."},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_group_without_factions_is_named_as_such(tmp_path: Path) -> None:
    res = riftwatch(
        "wedges", str(_corpus(tmp_path)), "--target", "Government of Myanmar",
        "--within", "Three Brotherhood Alliance", columns=200,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "no factions of Three Brotherhood Alliance" in res.stdout


def test_the_json_list_stays_the_contract_s_empty_list(tmp_path: Path) -> None:
    res = riftwatch(
        "wedges", str(_corpus(tmp_path)), "--target", "Government of Myanmar",
        "--within", "Three Brotherhood Alliance", "--format", "json",
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == []
