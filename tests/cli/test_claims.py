"""The real program in a subprocess, on SQLite and PostgreSQL: an analyst judges events
(`events judge`, `events credibility`, `events history`, `events orphans`), lists judged
events, and reads the claims (`claims list` in every format); bad input is a numbered error
on standard error, exit status 2, and nothing is written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cli.test_events import invoke, ok, run
from test_api_events import ALL, A, B, C, build, write_corpus


@pytest.fixture
def db(db_url: str, tmp_path: Path) -> str:
    corpus = write_corpus(tmp_path / "corpus")
    ok("--db", db_url, "ingest", str(corpus / "reports.jsonl"), program=run)
    ok("--db", db_url, "ingest", str(corpus / "note.txt"), "--reliability", "D",
       "--credibility", "4", program=run)  # fmt: skip
    ok("--db", db_url, "extract", program=run)
    return db_url


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def shared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One coded store per backend for the tests that must leave it unchanged."""
    folder = tmp_path_factory.mktemp("claims-cli")
    if request.param == "sqlite":
        url = str(folder / "rw.db")
    else:
        server = request.getfixturevalue("pg_server")
        url = server.new_database()
        request.addfinalizer(lambda: server.drop_database(url))
    build(url, write_corpus(folder / "corpus")).close()
    return url


def events(db: str, *args: str) -> list[dict[str, Any]]:
    return json.loads(ok("--db", db, "events", "list", *args, "--format", "json"))


def key(e: dict[str, Any]) -> tuple[str, str, str]:
    # the note has no external id: its doc_id is its numeric id, as text
    doc = "note" if e["doc_id"] == str(e.get("document_id")) else e["doc_id"]
    return (doc, e["event_type"], e["modality"])


def id_of(db: str, wanted: tuple[str, str, str]) -> str:
    return str(next(e["id"] for e in events(db) if key(e) == wanted))


def test_an_analyst_judges_events_and_reads_the_claims(db: str) -> None:
    a, b, c = id_of(db, A), id_of(db, B), id_of(db, C)
    said = ok("--db", db, "events", "judge", a, "--reject", "--note", "[red]misread[/red]",
              "--analyst", "ana", program=run)  # fmt: skip
    assert f"event {a}: reject by ana" in said
    done = json.loads(
        ok("--db", db, "events", "judge", b, "--correct", "--set", "type=COERCE",
           "--set", "target=Haqqani network", "--analyst", "bo", "-f", "json", program=run)
    )  # fmt: skip
    assert done["changes"]["event_type"] == "COERCE" and done["analyst"] == "bo"
    ok("--db", db, "events", "credibility", c, "2", "--reason", "intercept agrees", program=run)

    history = json.loads(ok("--db", db, "events", "history", a, "-f", "json"))
    assert [(h["verdict"], h["analyst"], h["note"]) for h in history] == [
        ("reject", "ana", "[red]misread[/red]")
    ]
    table = ok("--db", db, "events", "history", a)
    assert "[red]misread[/red]" in table  # hostile text printed as text
    assert {key(e) for e in events(db, "--judged")} == {A, B}
    assert len(events(db, "--unjudged")) == len(ALL) - 2
    assert [key(e) for e in events(db, "--verdict", "reject")] == [A]
    listed = ok("--db", db, "events", "list", "--judged", "-f", "csv")
    verdicts = {r["id"]: r["judgement_verdict"] for r in csv.DictReader(io.StringIO(listed))}
    assert verdicts == {a: "reject", b: "correct"}
    shown = ok("--db", db, "events", "show", c)
    assert "2 (analyst's override)" in shown

    claims = json.loads(ok("--db", db, "claims", "list", "-f", "json", program=run))
    assert len(claims) == len(ALL)
    by_id = {str(x["event_id"]): x for x in claims}
    assert by_id[a]["counts"] is False and by_id[a]["judgement"]["verdict"] == "reject"
    assert by_id[b]["event_type"] == "COERCE" and by_id[b]["target_id"] == "org:haqqani-network"
    assert (by_id[c]["grade"], by_id[c]["credibility_override"]) == ("E2", 2)
    assert all(x["origin"].startswith("doc:") for x in claims)
    counting = json.loads(ok("--db", db, "claims", "list", "--counting", "-f", "json"))
    assert a not in {str(x["event_id"]) for x in counting} and len(counting) == len(ALL) - 1
    jsonl = ok("--db", db, "claims", "list", "--type", "COERCE", "-f", "jsonl").splitlines()
    assert [json.loads(line)["event_id"] for line in jsonl] == [int(b)]
    rows = list(csv.DictReader(io.StringIO(ok("--db", db, "claims", "list", "-f", "csv"))))
    assert len(rows) == len(ALL)
    row = next(r for r in rows if r["event_id"] == a)
    assert (row["judgement_verdict"], row["judgement_analyst"], row["counts"]) == (
        "reject", "ana", "False")  # fmt: skip
    table = ok("--db", db, "claims", "list", "--verdict", "correct")
    assert "COERCE" in table and "independent origins" in table
    document = str(by_id[c]["document_id"])  # r02: only C's override is judged there
    gone = ok("--db", db, "docs", "delete", document, "--yes", program=run)
    assert "; 1 analyst judgement of their events" in gone
    assert str(c) not in {str(x["event_id"]) for x in json.loads(
        ok("--db", db, "claims", "list", "-f", "json"))}  # fmt: skip
    assert {key(e) for e in events(db, "--judged")} == {A, B}


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["judge", "99999", "--accept"], "RW520", "no event with id 99999"),
        (["judge", "{a}"], "RW521", "invalid verdict"),
        (["judge", "{a}", "--accept", "--reject"], "RW521", "invalid verdict"),
        (["judge", "{a}", "--correct"], "RW522", "--set FIELD=VALUE"),
        (["judge", "{a}", "--correct", "--set", "colour=red"], "RW523", "'colour'"),
        (["judge", "{a}", "--correct", "--set", "type=HUG"], "RW524", "'event_type'"),
        (["judge", "{a}", "--correct", "--set", "SUPPORT"], "RW529", "FIELD=VALUE"),
        (["judge", "{a}", "--reject", "--set", "type=AID"], "RW525", "--correct"),
        (["credibility", "{a}", "7", "--reason", "x"], "RW526", "1 to 6"),
        (["credibility", "{a}", "2"], "RW527", "--reason"),
        (["history", "99999"], "RW520", "no event"),
    ],
)
def test_bad_judgements_are_numbered_errors_that_write_nothing(
    shared: str, args: list[str], code: str, words: str
) -> None:
    a = id_of(shared, A)
    done = invoke("--db", shared, "events", *[x.format(a=a) for x in args])
    assert done.returncode == 2, done.stdout
    assert code in done.stderr and words in done.stderr
    assert events(shared, "--judged") == []
    assert json.loads(ok("--db", shared, "events", "orphans", "-f", "json")) == []


def test_analyst_defaults_to_the_setting(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(db_url, write_corpus(tmp_path / "corpus")).close()
    monkeypatch.setenv("RIFTWATCH_ANALYST", "desk-7")
    a = id_of(db_url, A)
    done = json.loads(ok("--db", db_url, "events", "judge", a, "--accept", "-f", "json",
                         program=run))  # fmt: skip
    assert done["analyst"] == "desk-7"
    assert json.loads(ok("--db", db_url, "events", "history", a, "-f", "json"))[0]["analyst"] == (
        "desk-7"
    )


def test_read_commands_create_no_store(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    for args in (["claims", "list"], ["events", "orphans"], ["events", "history", "1"]):
        done = invoke("--db", missing, *args)
        assert done.returncode == 2 and "RW305" in done.stderr
    assert not Path(missing).exists()
