"""The real ``riftwatch actors ...`` program in a subprocess: contract shape and round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import riftwatch

REPO = Path(__file__).resolve().parents[2]


run = riftwatch  # ``riftwatch ARGS`` in a subprocess of this interpreter


def test_resolve_contract_shape() -> None:
    done = run(
        "actors",
        "resolve",
        "Baitullah Mehsud",
        "--date",
        "2008-05-01",
        "--context",
        "Baitullah Mehsud's fighters attacked a fort.",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data["actor"]) >= {"id", "name", "type"}
    assert data["actor"]["id"] == "person:baitullah-mehsud"
    assert set(data["organization"]) >= {"id", "name"}
    assert data["organization"]["name"] == "Tehrik-i-Taliban Pakistan"
    assert isinstance(data["candidates"], list) and data["candidates"]
    assert set(data["candidates"][0]) >= {"id", "name", "type", "score"}
    assert data["unresolved"] is False and 0 < data["confidence"] <= 1


def test_resolve_group_stands_for_itself_and_unknown_stays_unresolved() -> None:
    group = json.loads(run("actors", "resolve", "Quetta Shura", "--format", "json").stdout)
    assert group["organization"]["id"] == group["actor"]["id"] == "org:quetta-shura"
    assert group["parents"][0]["name"] == "Afghan Taliban"
    unknown = run("actors", "resolve", "Lionel Messi", "--date", "2010", "--format", "json")
    assert unknown.returncode == 0
    data = json.loads(unknown.stdout)
    assert data["actor"] is None and data["organization"] is None and data["unresolved"] is True


def test_resolve_bad_date_is_a_numbered_error() -> None:
    done = run("actors", "resolve", "TTP", "--date", "June 2010", "--format", "json")
    assert done.returncode == 2
    assert "RW403" in done.stderr


def test_show_takes_a_name_as_well_as_an_id() -> None:
    shown = json.loads(run("actors", "show", "ISWAP", "--format", "json").stdout)
    assert shown["id"] == "org:iswap" and shown["named_as"] == "ISWAP"
    table = run("actors", "show", "Haqqani network")
    assert table.returncode == 0 and "org:haqqani-network" in table.stdout
    assert "found by the name" in table.stdout
    by_id = json.loads(run("actors", "show", "org:iswap", "--format", "json").stdout)
    assert by_id["named_as"] is None
    unknown = run("actors", "show", "Zorblax Liberation Front", "--format", "json")
    assert unknown.returncode != 0 and "RW401" in unknown.stderr


def test_read_commands(tmp_path: Path) -> None:
    shown = json.loads(run("actors", "show", "org:haqqani-network", "--format", "json").stdout)
    assert shown["name"] == "Haqqani Network"
    assert any(a["name"] == "HQN" and a["source"] for a in shown["aliases"])
    listed = json.loads(run("actors", "list", "--type", "shura", "--format", "json").stdout)
    assert "org:quetta-shura" in {r["id"] for r in listed}
    tree = json.loads(run("actors", "tree", "org:islamic-state", "--format", "json").stdout)
    assert "org:iskp" in {c["id"] for c in tree[0]["children"]}
    history = json.loads(run("actors", "history", "org:ttp", "--format", "json").stdout)
    assert [x["name"] for x in history["leaders"]][:4] == [
        "Baitullah Mehsud",
        "Hakimullah Mehsud",
        "Maulana Fazlullah",
        "Noor Wali Mehsud",
    ]
    table = run("actors", "resolve", "ISI", "--date", "2008", "--context", "bombs in Baghdad")
    assert table.returncode == 0 and "Islamic State of Iraq" in table.stdout
    lines = run(
        "actors", "mentions", "The Haqqanis and AQ met in Miranshah.", "--format", "jsonl"
    ).stdout.splitlines()
    assert [json.loads(x)["text"] for x in lines] == ["Haqqanis", "AQ", "Miranshah"]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_curation_round_trip_through_the_program(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = str(tmp_path / "rw.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    env = {"RIFTWATCH_ANALYST": "tester"}
    added = run(
        "actors",
        "add",
        "Tora Bora Front",
        "--type",
        "armed_group",
        "--alias",
        "TBF Nangarhar",
        "--db",
        db,
        "--format",
        "json",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    judgement = json.loads(added.stdout)
    assert judgement["kind"] == "add" and judgement["analyst"] == "tester"
    resolved = run("actors", "resolve", "TBF Nangarhar", "--db", db, "--format", "json")
    assert json.loads(resolved.stdout)["actor"]["id"] == "org:tora-bora-front"
    assert json.loads(run("actors", "resolve", "TBF Nangarhar", "--format", "json").stdout)[
        "unresolved"
    ]
    neg = run(
        "actors",
        "merge",
        "org:tora-bora-front",
        "org:hig",
        "--judgement",
        "not_same",
        "--db",
        db,
        "--format",
        "json",
        env=env,
    )
    assert neg.returncode == 0, neg.stderr
    refused = run("actors", "merge", "org:tora-bora-front", "org:hig", "--db", db, env=env)
    assert refused.returncode == 2 and "RW404" in refused.stderr
    rel = run(
        "actors",
        "relate",
        "org:tora-bora-front",
        "allied_with",
        "org:afghan-taliban",
        "--start",
        "2007",
        "--db",
        db,
        "--format",
        "json",
        env=env,
    )
    assert rel.returncode == 0, rel.stderr
    alias = run(
        "actors",
        "alias",
        "org:tora-bora-front",
        "Tora Bora Military Front",
        "--db",
        db,
        "--format",
        "json",
        env=env,
    )
    assert alias.returncode == 0, alias.stderr
    undo = run(
        "actors", "undo", str(json.loads(neg.stdout)["id"]), "--db", db, "--format", "json", env=env
    )
    assert json.loads(undo.stdout)["undone_by"] == "tester"
    listed = json.loads(run("actors", "judgements", "--db", db, "--format", "json").stdout)
    assert [j["kind"] for j in listed] == ["add", "not_same", "relation", "alias"]
    assert listed[1]["undone_at"] is not None
    split = run(
        "actors",
        "split",
        "org:tora-bora-front",
        "--name",
        "Tora Bora Military Front",
        "--alias",
        "Tora Bora Military Front",
        "--db",
        db,
        "--format",
        "json",
        env=env,
    )
    assert split.returncode == 0, split.stderr
    moved = run("actors", "resolve", "Tora Bora Military Front", "--db", db, "--format", "json")
    assert json.loads(moved.stdout)["actor"]["id"] == "org:tora-bora-military-front"
    suggest = run("actors", "suggest", "--db", db, "--format", "json")
    assert suggest.returncode == 0 and json.loads(suggest.stdout) == []
