"""The real ``riftwatch events ...`` program in a subprocess, on SQLite and PostgreSQL: the
corpus is ingested and coded with the program itself, then listed in every format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clirun import riftwatch
from test_api_events import ALL, CONTRACT_KEYS, OWN_KEYS, write_corpus


def run(*args: str, columns: int = 200) -> subprocess.CompletedProcess[str]:
    """``riftwatch ARGS`` in a subprocess importing this checkout's code, ``RIFTWATCH_DB``
    unset, on a terminal ``columns`` wide."""
    return riftwatch(*args, columns=columns)


def invoke(*args: str) -> subprocess.CompletedProcess[str]:
    """The same in this process (faster): ``returncode``, ``stdout``, ``stderr``."""
    from typer.testing import CliRunner

    from riftwatch.cli import app, out

    width = out.width
    out.width = 200
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        out.width = width
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def ok(*args: str, program: Any = invoke) -> str:
    done = program(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store URL holding the corpus, ingested and coded by the program."""
    folder = write_corpus(tmp_path_factory.mktemp("cli-events"))
    server = None
    if request.param == "sqlite":
        url = str(folder / "rw.db")
    else:
        server = request.getfixturevalue("pg_server")
        url = server.new_database()
    ok("--db", url, "ingest", str(folder / "reports.jsonl"), program=run)
    ok("--db", url, "ingest", str(folder / "note.txt"), "--reliability", "D", "--credibility", "4",
       program=run)  # fmt: skip
    coded = json.loads(ok("--db", url, "extract", "--format", "json", program=run))
    assert coded["events"] == len(ALL)
    yield url
    if server is not None:
        server.drop_database(url)


def listed(db: str, *args: str) -> list[dict[str, Any]]:
    return json.loads(ok("--db", db, "events", "list", *args, "--format", "json"))


def test_list_json_has_the_extract_shape_with_ids(db: str) -> None:
    events = json.loads(ok("--db", db, "events", "list", "--format", "json", program=run))
    assert events == listed(db)
    assert len(events) == len(ALL)
    assert all(set(e) >= CONTRACT_KEYS | OWN_KEYS for e in events)
    assert len({e["id"] for e in events}) == len(events)
    # doc_id is always text: the record's id, else the document's numeric id as text
    assert {type(e["doc_id"]) for e in events} == {str}
    external = {e["doc_id"] for e in events if e["doc_id"] != str(e["document_id"])}
    assert external == {"r01", "r02", "r03"}


def test_filters_on_the_command_line(db: str) -> None:
    assault = listed(db, "--actor", "TTP", "--type", "assault")
    assert {(e["source"]["id"], e["target"]["id"]) for e in assault} == {
        ("org:pak-army", "org:ttp"),
        ("org:ttp", "org:pak-army"),
    }
    pair = listed(db, "--pair", "org:pak-army", "--pair", "TTP", "--directed")
    assert [(e["doc_id"], e["date"]) for e in pair] == [("r01", "2010-03")]
    assert listed(db, "--pair", "TTP,org:pak-army") == listed(db, "--pair", "TTP", "--pair",
                                                               "org:pak-army")  # fmt: skip
    dated = listed(db, "--from", "2009-06", "--to", "2009-12", "--min-reliability", "C")
    assert {e["date"] for e in dated} == {"2009", "2008-09/2010-03"}
    graded = listed(db, "--max-credibility", "3", "--modality", "asserted", "--mode", "training")
    assert [(e["doc_id"], e["grade"]) for e in graded] == [("r03", "C3")]
    assert {e["doc_id"] for e in listed(db, "--document", "r02")} == {"r02"}
    assert len(listed(db, "--min-confidence", "0.9")) == len(ALL) - 1
    page = listed(db, "--limit", "2", "--offset", "3")
    assert [e["id"] for e in page] == [e["id"] for e in listed(db)][3:5]


def test_jsonl_and_csv_parse_to_the_same_events(db: str) -> None:
    events = listed(db)
    lines = ok("--db", db, "events", "list", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == events
    rows = list(csv.DictReader(io.StringIO(ok("--db", db, "events", "list", "-f", "csv"))))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in events]
    for row, event in zip(rows, events, strict=True):
        assert row["source_name"] == event["source"]["name"]
        assert row["target_id"] == event["target"]["id"]
        assert row["quote"] == event["quote"] and row["sentence"] == event["sentence"]
        assert row["why"] == "; ".join(event["why"])
        assert float(row["confidence"]) == event["confidence"]
        assert row["attributed_to"] == ((event["attributed_to"] or {}).get("name") or "")


def test_table_pages_and_empty_results(db: str) -> None:
    table = ok("--db", db, "events", "list", "--limit", "4")
    assert "Haqqani Network" in table and "events 1-4 of 11; next page: --offset 4" in table
    empty = ok("--db", db, "events", "list", "--actor", "Nobody At All", "--type", "AID")
    assert "no events match --actor Nobody At All --type AID" in empty
    assert json.loads(ok("--db", db, "events", "list", "--actor", "Nobody", "-f", "json")) == []
    past = ok("--db", db, "events", "list", "--offset", "50")
    assert "no events at offset 50: 11 match" in past


def test_table_pages_by_cursor(db: str) -> None:
    import re

    every = [e["id"] for e in json.loads(ok("--db", db, "events", "list", "-f", "json"))]
    table = ok("--db", db, "events", "list", "--limit", "4")
    cursor = re.search(r"or --after (\d+\.\d+\.\d+)", table)
    assert cursor, table
    page = json.loads(ok("--db", db, "events", "list", "--after", cursor.group(1),
                         "--limit", "4", "-f", "json"))  # fmt: skip
    assert [e["id"] for e in page] == every[4:8]
    following = ok("--db", db, "events", "list", "--after", cursor.group(1), "--limit", "4")
    assert f"events after {cursor.group(1)}: 4; next page: --after" in following
    bad = run("--db", db, "events", "list", "--after", "x")
    assert bad.returncode == 2 and "RW007" in bad.stderr + bad.stdout


def test_show_highlights_the_sentence_and_escapes_markup(db: str) -> None:
    events = listed(db)
    threat = next(e for e in events if e["doc_id"] == "r03" and e["event_type"] == "THREATEN")
    shown = ok("--db", db, "events", "show", str(threat["id"]), program=run)
    # the document's own text, markup included, is printed as data
    assert "[bold red]FAKE[/bold red]" in shown
    assert "Islamic State -THREATEN-> Afghan Taliban" in shown
    assert "C3" in shown and "reliability from document" in shown and "why" in shown
    rumour = next(e for e in events if e["event_type"] == "REJECT")
    shown = ok("--db", db, "events", "show", str(rumour["id"]))
    assert "[bold red]Split[/bold red] rumours" in shown  # the title, escaped
    assert "officials" in shown and "2014-06-01 (reported)" in shown
    data = json.loads(ok("--db", db, "events", "show", str(rumour["id"]), "-f", "json"))
    start, end = data["spans"]["quote"]
    assert data["sentence"][start:end] == data["quote"] == "refused to shelter"


def test_errors_are_numbered_with_exit_status_2(db: str) -> None:
    missing = run("--db", db, "events", "show", "99999")
    assert missing.returncode == 2 and "RW307" in missing.stderr and not missing.stdout
    assert invoke("--db", db, "events", "show", "99999").returncode == 2
    for args, code in [
        (["--type", "FIGHT"], "RW007"),
        (["--modality", "maybe"], "RW007"),
        (["--limit", "-1"], "RW007"),
        (["--from", "2009-13"], "RW007"),
        (["--pair", "TTP"], "RW007"),
        (["--min-reliability", "Q"], "RW002"),
        (["--max-credibility", "7"], "RW003"),
    ]:
        done = invoke("--db", db, "events", "list", *args)
        assert done.returncode == 2, args
        assert code in done.stderr, (args, done.stderr)


def test_a_store_without_events_says_how_to_get_some(tmp_path: Path) -> None:
    from riftwatch.store import open_store

    url = str(tmp_path / "empty.db")
    open_store(url).close()
    shown = ok("--db", url, "events", "list")
    assert "no events stored: `riftwatch extract` codes the stored documents" in shown
    assert json.loads(ok("--db", url, "events", "list", "--format", "json")) == []
    assert ok("--db", url, "events", "list", "--format", "csv").strip() == ""
