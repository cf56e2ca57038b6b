"""The real program in a subprocess: missing stores, `init`, `search` and `sources`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clirun import riftwatch
from riftwatch import api
from riftwatch.store.engine import head_revision


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return riftwatch(*args, columns=200, cwd=cwd, timeout=180)


READ_COMMANDS = [
    ["status"],
    ["search", "Taliban"],
    ["docs", "list"],
    ["docs", "show", "1"],
    ["sources", "list"],
    ["sources", "grade", "Dawn", "--reliability", "B", "--create"],
    ["extract", "--format", "json"],
    ["actors", "judgements"],
    ["actors", "suggest"],
    ["actors", "resolve", "Baitullah Mehsud"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_read_commands_refuse_a_missing_store_and_create_nothing(
    command: list[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "no" / "such" / "dir" / "x.db")
    # --db before the command for half of them (not for actors: there it means the KB files)
    before = command[0] != "actors" and READ_COMMANDS.index(command) % 2 == 1
    done = run(*(["--db", db, *command] if before else [*command, "--db", db]), cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "RW305" in done.stderr and db in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_unsupported_url_is_a_numbered_error_not_a_traceback(tmp_path: Path) -> None:
    for args in (
        ["--db", "mysql://analyst:secret@db.example/rw", "status"],
        ["search", "Taliban", "--db", "mssql://u@h/rw"],
        ["init", "--db", "sqlite+bogus:///x.db"],
        ["ingest", str(tmp_path), "--db", "http://example.org/rw"],
    ):
        done = run(*args, cwd=tmp_path)
        assert done.returncode == 2
        assert "RW306" in done.stderr and "Traceback" not in done.stderr
        assert "secret" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_then_read(tmp_path: Path) -> None:
    db = str(tmp_path / "cases" / "rw.db")
    made = run("init", "--db", db)
    assert made.returncode == 0, made.stderr
    assert f"created the store {db}" in made.stdout
    again = run("--db", db, "init", "--format", "json")
    assert json.loads(again.stdout) == {
        "store": db,
        "created": False,
        "revision": head_revision(),
        "documents": 0,
    }
    status = run("status", "--db", db)
    assert status.returncode == 0 and "0 documents" in status.stdout
    empty = run("search", "Taliban", "--db", db)
    assert empty.returncode == 0 and empty.stdout.strip() == "no sentences match Taliban"
    assert json.loads(run("search", "Taliban", "--db", db, "--format", "json").stdout) == []


@pytest.mark.postgres
def test_postgres_store_must_be_initialised_first(pg_url: str) -> None:
    refused = run("status", "--db", pg_url)
    assert refused.returncode == 2 and "RW305" in refused.stderr
    assert "postgresql://" in refused.stderr
    made = run("init", "--db", pg_url)
    assert made.returncode == 0 and "created the store postgresql://" in made.stdout
    assert run("status", "--db", pg_url).returncode == 0


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def filled(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store on each backend holding three documents with sources and hostile text."""
    db = str(tmp_path / "rw.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    records = [
        {"id": "a", "source": "Reuters", "text": "The ISI denied sheltering the Haqqani network."},
        {"id": "b", "source": "Frontier Desk", "text": "ISI officers met [bold]tribal[/bold] "
         "elders in Wana; the ISI [said] nothing."},
        {"id": "c", "source": "Frontier Post", "source_type": "news",
         "text": "Army posts near Wana were attacked by the Haqqani network."},
        {"id": "d", "source": "Voice of Jihad", "text": "The ISI is an enemy, the statement said."},
    ]  # fmt: skip
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    assert api.ingest([path], db=db).documents_added == len(records)
    return db


def test_search_limit_offset_and_hostile_snippets(filled: str) -> None:
    done = run("search", "ISI", "--db", filled, "--limit", "-1")  # used to return everything
    assert done.returncode == 2 and "RW007 invalid value -1 for limit" in done.stderr
    everything = json.loads(run("search", "ISI", "--db", filled, "--format", "json").stdout)
    assert len(everything) == 3
    page = run("search", "ISI", "--db", filled, "--limit", "2", "--offset", "1", "-f", "json")
    assert [h["sentence_id"] for h in json.loads(page.stdout)] == [
        h["sentence_id"] for h in everything[1:]
    ]
    table = run("search", "tribal OR said", "--db", filled)
    assert table.returncode == 0
    assert "[bold]tribal[/bold]" in table.stdout  # the text's own markup is shown, not obeyed
    assert "[said]" in table.stdout
    invalid = run("search", "ISI AND", "--db", filled)
    assert invalid.returncode == 2 and "RW304" in invalid.stderr
    assert "AND at character 5 has nothing after it" in invalid.stderr
    none = run("search", '"Haqqani army"', "--db", filled)
    assert none.stdout.strip() == 'no sentences match "Haqqani army"'


def test_sources_list_shows_effective_grades_and_their_origin(filled: str) -> None:
    rows = {
        r["name"]: r
        for r in json.loads(run("sources", "list", "--db", filled, "-f", "json").stdout)
    }
    assert (rows["Reuters"]["grade"], rows["Reuters"]["origin"]) == ("B2", "grading file (source)")
    desk = rows["Frontier Desk"]
    assert (desk["source_type"], desk["grade"]) == ("other", "F6")
    assert desk["origin"] == "type: default; grade: grading file (type)"
    assert rows["Voice of Jihad"]["source_type"] == "militant_statement"
    assert rows["Reuters"]["analyst"] is None
    graded = run("sources", "grade", "frontier desk", "--reliability", "C", "--type", "news",
                 "--db", filled, "--analyst", "tester")  # fmt: skip
    assert graded.returncode == 0, graded.stderr
    assert "Frontier Desk: news C" in graded.stdout
    rows = {
        r["name"]: r
        for r in json.loads(run("sources", "list", "--db", filled, "-f", "json").stdout)
    }
    desk = rows["Frontier Desk"]
    assert desk["grade"] == "C3"
    assert desk["origin"] == "type, reliability: analyst; credibility: grading file (type)"
    assert desk["analyst"] == {"source_type": "news", "reliability": "C", "credibility": None}
    table = run("sources", "list", "--db", filled)
    assert "grading file (source)" in table.stdout and "B2" in table.stdout


def test_sources_grade_refuses_a_typo_unless_told_to_create(filled: str) -> None:
    typo = run("sources", "grade", "Frontier Dsk", "--reliability", "B", "--db", filled)
    assert typo.returncode == 2
    assert "RW303" in typo.stderr and "'Frontier Desk'" in typo.stderr
    assert "--create" in typo.stderr
    names = [
        r["name"] for r in json.loads(run("sources", "list", "--db", filled, "-f", "json").stdout)
    ]
    assert "Frontier Dsk" not in names
    made = run(
        "sources", "grade", "Khorasan Diary", "--reliability", "D", "--create", "--db", filled
    )
    assert made.returncode == 0, made.stderr
    rows = {
        r["name"]: r
        for r in json.loads(run("sources", "list", "--db", filled, "-f", "json").stdout)
    }
    assert rows["Khorasan Diary"]["grade"] == "D6" and rows["Khorasan Diary"]["documents"] == 0


def test_docs_grade_sets_one_documents_grade(filled: str) -> None:
    doc = json.loads(run("docs", "list", "--db", filled, "-f", "json").stdout)[0]
    done = run("docs", "grade", str(doc["id"]), "--reliability", "F", "--credibility", "6",
               "--analyst", "ana", "--db", filled)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"document {doc['id']}: grade F6 (by ana)" in done.stdout
    shown = json.loads(run("docs", "show", str(doc["id"]), "--db", filled, "-f", "json").stdout)
    assert shown["grade"] == "F6" and shown["grade_origin"]["reliability"] == "analyst"
    bad = run("docs", "grade", str(doc["id"]), "--credibility", "9", "--db", filled)
    assert bad.returncode == 2 and "RW003" in bad.stderr
    nothing = run("docs", "grade", str(doc["id"]), "--db", filled)
    assert nothing.returncode == 2 and "RW001" in nothing.stderr
    missing = run("docs", "grade", "999999", "--credibility", "2", "--db", filled)
    assert missing.returncode == 2 and "RW302" in missing.stderr
    unalias = run("actors", "unalias", "org:al-qaeda", "al-Qaida", "--analyst", "ana",
                  "--db", filled)  # fmt: skip
    assert unalias.returncode == 0 and "not_same org:al-qaeda mention:al qaida" in unalias.stdout


def test_search_json_gives_the_plain_snippet_and_the_hits_offsets(filled: str) -> None:
    done = run("search", "said", "--db", filled, "--format", "json")
    assert done.returncode == 0, done.stderr
    (hit,) = [h for h in json.loads(done.stdout) if "[said]" in h["snippet_text"]]
    # the text's own "[said]" stays as written; the hit is found by its offsets alone
    text = hit["snippet_text"]
    assert "[bold]tribal[/bold]" in text and "ISI [said] nothing" in text
    assert [text[a:b] for a, b in hit["snippet_hits"]] == ["said"]
    assert [hit["snippet"][a:b] for a, b in hit["marks"]] == ["said"]


@pytest.mark.parametrize(
    "command",
    [
        ["docs", "show", "abc"],
        ["docs", "grade", "abc", "--credibility", "2"],
        ["docs", "delete", "12x", "--yes"],
        ["events", "show", "abc"],
    ],
    ids=lambda c: " ".join(c[:3]),
)
def test_a_malformed_id_is_a_numbered_error_naming_it(filled: str, command: list[str]) -> None:
    done = run(*command, "--db", filled)
    assert done.returncode == 2
    code = "RW307" if command[0] == "events" else "RW302"
    bad = command[2]
    assert f"{code} no {'event' if code == 'RW307' else 'document'} with id {bad}" in done.stderr
    assert "Usage:" not in done.stderr and "Traceback" not in done.stderr
