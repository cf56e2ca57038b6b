"""Round trips on SQLite and PostgreSQL: judgements exported from one store and imported
into another that holds the same documents give the same judgements and history; actors
exported and imported land in the curated layer. Bad files are numbered errors naming
file, line and field, and import nothing; a rerun imports nothing twice."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from export.conftest import HOSTILE, new_url
from riftwatch import api
from riftwatch.actors import api as actors_api
from riftwatch.errors import ExportError
from riftwatch.store import Store
from test_api_events import A, build, key

HISTORY_KEYS = ("kind", "verdict", "changes", "credibility", "note", "analyst", "at")


def histories(store: Store) -> dict[tuple, list[tuple]]:
    out = {}
    for event in api.list_events(store, limit=1000):
        found = api.event_judgements(store, event["id"])
        if found:
            out[key(event)] = [tuple(json.dumps(j[k], sort_keys=True) for k in HISTORY_KEYS)
                               for j in found]  # fmt: skip
    return out


def judgement_count(store: Store) -> int:
    return sum(len(h) for h in histories(store).values())


@pytest.fixture
def fresh(judged: SimpleNamespace) -> Store:
    """Another store of the same backend with the same documents, coded, unjudged."""
    return build(new_url(judged.request, judged.folder, judged.backend), judged.corpus)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_judgements_round_trip_with_their_history(
    judged: SimpleNamespace, fresh: Store, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"judgements.{fmt}"
    exported = api.export("judgements", fmt, path, db=judged.store)
    assert exported["records"] == 5
    result = api.import_judgements(path, db=fresh)
    assert result == {"file": str(path), "rows": 5, "imported": 5, "already_present": 0}
    assert histories(fresh) == histories(judged.store)
    claims = [{k: v for k, v in c.items() if k not in ("event_id", "document_id", "origin")}
              for c in api.list_claims(fresh)]  # fmt: skip
    before = [{k: v for k, v in c.items() if k not in ("event_id", "document_id", "origin")}
              for c in api.list_claims(judged.store)]  # fmt: skip
    assert claims == before
    again = api.import_judgements(path, db=fresh)
    assert again["imported"] == 0 and again["already_present"] == 5
    assert judgement_count(fresh) == 5
    fresh.close()


def test_a_json_array_imports_too(judged: SimpleNamespace, fresh: Store, tmp_path) -> None:
    lines = tmp_path / "j.jsonl"
    api.export("judgements", "jsonl", lines, db=judged.store)
    array = tmp_path / "j.json"
    array.write_text(json.dumps([json.loads(x) for x in lines.read_text().splitlines()]))
    assert api.import_judgements(array, db=fresh)["imported"] == 5
    fresh.close()


def _rows(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"analyst": ""}, "RW726", "analyst"),
        ({"verdict": "maybe"}, "RW727", "verdict"),
        ({"credibility": "9", "kind": "credibility", "verdict": ""}, "RW727", "credibility"),
        ({"at": "yesterday"}, "RW727", "at"),
        ({"at": "2018-02-30T10:00:00"}, "RW727", "at"),  # an impossible day
        ({"at": "2018-02-30"}, "RW727", "at"),
        (
            {
                "kind": "verdict",
                "verdict": "correct",
                "credibility": "",
                "changes": '{"date": "2018-02-30"}',
            },
            "RW727",
            "date",
        ),  # fmt: skip
        ({"changes": "{not json"}, "RW727", "changes"),
        ({"kind": "opinion"}, "RW727", "kind"),
        ({"document_hash": "0" * 64}, "RW728", "document_hash"),
        ({"source_key": "org:nobody"}, "RW729", "event"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(
    judged: SimpleNamespace, fresh: Store, tmp_path: Path, change: dict, code: str, field: str
) -> None:
    good = tmp_path / "good.csv"
    api.export("judgements", "csv", good, db=judged.store)
    rows = _rows(good)
    rows[3].update(change)  # the fourth record: line 5 of the file
    bad = _write(tmp_path / "bad.csv", rows)
    with pytest.raises(ExportError) as caught:
        api.import_judgements(bad, db=fresh)
    err = caught.value
    assert (err.code, err.line, err.field, err.path) == (code, 5, field, str(bad))
    assert str(bad) in str(err) and "line 5" in str(err)
    assert judgement_count(fresh) == 0  # the three good rows before it were not kept
    fresh.close()


def test_unreadable_and_empty_files(judged: SimpleNamespace, tmp_path: Path) -> None:
    odd = tmp_path / "judgements.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    with pytest.raises(ExportError) as wrong:
        api.import_judgements(odd, db=judged.store)
    assert wrong.value.code == "RW724"
    broken = tmp_path / "j.jsonl"
    broken.write_text("\n{oops\n", encoding="utf-8")  # a blank line, then bad JSON
    with pytest.raises(ExportError) as bad_json:
        api.import_judgements(broken, db=judged.store)
    assert (bad_json.value.code, bad_json.value.line) == ("RW725", 2)
    empty = tmp_path / "empty.csv"
    empty.write_text(",".join(["kind", "analyst"]) + "\n", encoding="utf-8")
    with pytest.raises(ExportError) as nothing:
        api.import_judgements(empty, db=judged.store)
    assert nothing.value.code == "RW730"
    headless = tmp_path / "no-analyst.csv"
    headless.write_text("kind,verdict\nverdict,accept\n", encoding="utf-8")
    with pytest.raises(ExportError) as column:
        api.import_judgements(headless, db=judged.store)
    err = column.value
    assert (err.code, err.line, err.field) == ("RW731", 1, "analyst")
    assert "columns: kind, verdict" in str(err)


def test_actors_round_trip_into_the_curated_layer(judged: SimpleNamespace, tmp_path) -> None:
    source = build(new_url(judged.request, judged.folder, judged.backend), judged.corpus)
    target = build(new_url(judged.request, judged.folder, judged.backend), judged.corpus)
    actors_api.add(source, "Lashkar Test Brigade", "armed_group", country="PAK",
                   aliases=["LTB"], parent="org:ttp")  # fmt: skip
    path = tmp_path / "actors.csv"
    api.export("actors", "csv", path, db=source)
    rows = {r["id"]: r for r in _rows(path)}
    assert rows["org:lashkar-test-brigade"]["parent"] == "org:ttp"
    assert "org:islamic-state" in rows  # an actor of the claims
    rows["org:haqqani-network"]["aliases"] += "; Haqqani Test Alias"
    edited = _write(tmp_path / "edited.csv", list(rows.values()))
    result = api.import_actors(edited, db=target, analyst="ana")
    assert result["added"] == 1 and result["aliases_added"] == 1
    assert result["rows"] == len(rows)
    shown = actors_api.show_actor("org:lashkar-test-brigade", db=target)
    assert shown["name"] == "Lashkar Test Brigade" and shown["country"] == "PAK"
    made = actors_api.judgements(target)
    assert {j["note"] for j in made} == {"import:edited.csv"}
    assert {j["analyst"] for j in made} == {"ana"}
    haqqani = actors_api.show_actor("org:haqqani-network", db=target)
    assert "Haqqani Test Alias" in json.dumps(haqqani)
    again = api.import_actors(edited, db=target, analyst="ana")
    assert again["added"] == again["aliases_added"] == 0 and again["unchanged"] == len(rows)
    assert len(actors_api.judgements(target)) == len(made)
    source.close()
    target.close()


def test_a_bad_actor_row_imports_nothing(judged: SimpleNamespace, tmp_path: Path) -> None:
    target = build(new_url(judged.request, judged.folder, judged.backend), judged.corpus)
    lines = [
        {"name": "First Test Group", "type": "armed_group", "country": "PAK", "aliases": ["FTG"]},
        {"name": "Second Test Group", "type": "armed_group", "country": "Pakistan"},
    ]
    path = tmp_path / "actors.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        api.import_actors(path, db=target)
    err = caught.value
    assert (err.code, err.line, err.field) == ("RW727", 2, "country")
    assert "'Pakistan'" in str(err) and str(path) in str(err)
    assert actors_api.judgements(target) == []
    impossible = tmp_path / "impossible.csv"  # a calendar date that does not exist
    impossible.write_text(
        "name,type,start\nFourth Test Group,armed_group,2012-04-01\n"
        "Fifth Test Group,armed_group,2018-02-30\n",
        encoding="utf-8",
    )
    with pytest.raises(ExportError) as day:
        api.import_actors(impossible, db=target)
    err = day.value
    assert (err.code, err.line, err.field, err.path) == ("RW727", 3, "start", str(impossible))
    assert "2018-02-30" in str(err) and str(impossible) in str(err) and "line 3" in str(err)
    assert actors_api.judgements(target) == []  # the good row before it was not kept
    missing = tmp_path / "missing.csv"
    missing.write_text("id,name,type\n,Third Test Group,\n", encoding="utf-8")
    with pytest.raises(ExportError) as no_type:
        api.import_actors(missing, db=target)
    assert (no_type.value.code, no_type.value.line, no_type.value.field) == ("RW726", 2, "type")
    target.close()


def test_hostile_notes_survive_the_round_trip(judged: SimpleNamespace, fresh: Store, tmp_path):
    path = tmp_path / "j.csv"
    api.export("judgements", "csv", path, db=judged.store)
    api.import_judgements(path, db=fresh)
    a = next(e for e in api.list_events(fresh, limit=1000) if key(e) == A)
    assert api.event_judgements(fresh, a["id"])[0]["note"] == HOSTILE
    fresh.close()


def test_a_note_with_a_line_break_is_one_record(fresh: Store, tmp_path: Path) -> None:
    # the CSV quotes the note's line break: the count is of records, not of lines
    event = api.list_events(fresh, limit=1)[0]
    note = 'first line\nsecond line, "quoted"'
    api.judge_event(fresh, event["id"], "reject", analyst="ana", note=note)
    path = tmp_path / "judgements.csv"
    exported = api.export("judgements", "csv", path, db=fresh)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert exported["records"] == len(rows) == judgement_count(fresh)
    assert [r["note"] for r in rows].count(note) == 1
    fresh.close()
