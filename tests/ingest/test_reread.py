"""Reading a file again (changed bytes, a changed column mapping, --force) on SQLite and
PostgreSQL: the store then holds the file as now read, never an old and a new version
side by side; and CSV/JSON Lines files without a body column are refused, not guessed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from clirun import riftwatch
from riftwatch import api
from riftwatch.store.tables import Document, IngestFile

CSV = (
    "id,date,headline,details\n"
    "1,2010-01-01,Clash in Wana,Militants attacked a post near Wana and two soldiers died.\n"
    "2,2010-01-02,Strike in Miranshah,A drone strike hit a compound in Miranshah at night.\n"
)
REPORT = (
    "Taliban commanders in the border districts refused to shelter Al Qaeda fighters this "
    "winter, according to two officials. The Haqqani network, by contrast, kept hosting "
    "foreign militants in North Waziristan. Officials disagreed about what the change means."
)


def _docs(store) -> list[tuple[str, str | None, str | None]]:
    """(text, title, locator) of every stored document, in id order."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(Document.text, Document.title, Document.locator).order_by(Document.id)
        )
        return [tuple(row) for row in rows]


def _file(store, path: Path):
    with store.engine.connect() as conn:
        return conn.execute(select(IngestFile).where(IngestFile.path == str(path))).one()


def test_csv_without_a_body_column_is_refused_not_guessed(store, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(CSV)
    summary = api.ingest([path], db=store)
    (failure,) = summary.failures
    assert failure["code"] == "RW108"
    assert "columns: id, date, headline, details" in failure["error"]
    assert "--columns text=COLUMN" in failure["error"]
    assert _docs(store) == []
    # a headline is a title, never silently the body
    headlines = tmp_path / "headlines.csv"
    headlines.write_text("id,headline,summary\n1,Clash in Wana,Short summary.\n")
    assert [f["code"] for f in api.ingest([headlines], db=store).failures] == ["RW108"]
    assert _docs(store) == []


def test_mapping_to_an_absent_column_is_rw121_and_keeps_what_was_stored(store, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(CSV)
    assert api.ingest([path], db=store, columns="text=details").documents_added == 2
    before = _docs(store)
    summary = api.ingest([path], db=store, columns="text=details,date=when")
    (failure,) = summary.failures
    assert failure["code"] == "RW121"
    assert "'when' for 'date'" in failure["error"]
    assert "id, date, headline, details" in failure["error"]
    assert _docs(store) == before  # a failed read replaces nothing
    assert _file(store, path).status == "failed"


def test_changed_columns_read_the_file_again_and_replace_its_documents(store, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(CSV)
    first = api.ingest([path], db=store, columns="text=headline")
    assert first.documents_added == 2
    assert [d[0] for d in _docs(store)] == ["Clash in Wana", "Strike in Miranshah"]
    api.extract_stored(store)
    same = api.ingest([path], db=store, columns={"text": "headline"})
    assert (same.files_unchanged, same.documents_added) == (1, 0)

    changed = api.ingest([path], db=store, columns="text=details")
    assert changed.files_unchanged == 0
    assert (changed.documents_added, changed.documents_replaced) == (2, 2)
    assert _docs(store) == [
        ("Militants attacked a post near Wana and two soldiers died.", "Clash in Wana", "row 2"),
        ("A drone strike hit a compound in Miranshah at night.", "Strike in Miranshah", "row 3"),
    ]
    status = api.status(store)
    assert status["documents"] == 2 and status["sentences"] == 2
    assert api.search(store, "Clash") == []  # the headline-as-body sentences went too
    assert {e["document_id"] for e in api.list_events(store)} <= {
        d["id"] for d in api.list_documents(store)
    }
    assert _file(store, path).documents == 2

    forced = api.ingest([path], db=store, columns="text=details", force=True)
    assert (forced.documents_added, forced.documents_replaced, forced.duplicates) == (0, 0, 2)
    assert len(_docs(store)) == 2


def test_a_column_mapping_does_not_read_other_formats_again(store, tmp_path) -> None:
    (tmp_path / "events.csv").write_text(CSV)
    (tmp_path / "report.txt").write_text(REPORT)
    api.ingest([tmp_path], db=store, columns="text=details")
    again = api.ingest([tmp_path], db=store, columns="text=headline")
    assert again.files_unchanged == 1  # the text file
    assert again.documents_replaced == 2
    assert api.status(store)["documents"] == 3
    # files ingested before options were recorded count as read with the defaults
    with store.engine.begin() as conn:
        conn.execute(IngestFile.__table__.update().values(options_hash=None))
    assert api.ingest([tmp_path / "report.txt"], db=store).files_unchanged == 1
    assert api.ingest([tmp_path / "events.csv"], db=store, columns="text=headline").files == 1
    assert api.status(store)["documents"] == 3


def test_force_and_edits_never_leave_two_versions(store, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    api.ingest([path], db=store)
    forced = api.ingest([path], db=store, force=True)
    assert (forced.documents_added, forced.documents_replaced, forced.duplicates) == (0, 0, 1)
    path.write_text(REPORT.replace("this winter", "last spring"))  # a near-duplicate edit
    edited = api.ingest([path], db=store)
    assert (edited.documents_added, edited.near_duplicates, edited.documents_replaced) == (1, 1, 1)
    ((body, _title, _locator),) = _docs(store)
    assert "last spring" in body
    (doc,) = api.list_documents(store)
    assert doc["origin_id"] == doc["id"]  # its replaced origin did not leave it orphaned
    assert api.search(store, "winter") == []


def test_a_record_that_fails_keeps_its_earlier_document(store, tmp_path) -> None:
    path = tmp_path / "items.jsonl"
    lines = [
        {"text": "Militants attacked a checkpoint near Wana."},
        {"text": "Elders in Miranshah met the political agent."},
        {"text": "The army lifted the curfew in Bajaur."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    api.ingest([path], db=store)
    lines[2] = {"text": "The army extended the curfew in Bajaur."}
    path.write_text(
        "\n".join([json.dumps(lines[0]), '{"text": "broken', json.dumps(lines[2])]) + "\n"
    )
    summary = api.ingest([path], db=store)
    assert [(f["code"], f["line"]) for f in summary.failures] == [("RW105", 2)]
    assert (summary.documents_added, summary.documents_replaced) == (1, 1)
    assert [d[0] for d in _docs(store)] == [
        "Militants attacked a checkpoint near Wana.",
        "Elders in Miranshah met the political agent.",  # line 2 failed: kept
        "The army extended the curfew in Bajaur.",
    ]


def test_jsonl_record_without_the_mapped_text_field_is_rw120(store, tmp_path) -> None:
    path = tmp_path / "export.jsonl"
    rows = [
        {"body": "Militants attacked a checkpoint near Wana.", "when": "2010-01-01"},
        {"headline": "No body here", "when": "2010-01-02"},
        {"body": "The army lifted the curfew in Bajaur.", "when": "2010-01-03"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    summary = api.ingest([path], db=store, columns="text=body,date=when")
    assert summary.documents_added == 2
    (failure,) = summary.failures
    assert (failure["code"], failure["line"]) == ("RW120", 2)
    assert "no field 'body' for 'text' (fields: headline, when)" in failure["error"]
    assert [d[2] for d in _docs(store)] == ["line 1", "line 3"]
    assert _file(store, path).status == "partial"


def test_text_held_only_by_a_copy_comes_back(store, tmp_path) -> None:
    """A file whose text was stored as another file's document is read again when that
    document is replaced: in the same run if it comes later, else in the next run."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "m_original.txt").write_text(REPORT)
    api.ingest([folder / "m_original.txt"], db=store)
    (folder / "a_copy.txt").write_text(REPORT)
    (folder / "z_copy.txt").write_text(REPORT)
    assert api.ingest([folder], db=store).duplicates == 2
    (folder / "m_original.txt").write_text(REPORT.replace("two officials", "three officials"))
    run = api.ingest([folder], db=store)
    assert run.documents_replaced == 1
    names = sorted(Path(d["path"]).name for d in api.list_documents(store))
    assert names == ["m_original.txt", "z_copy.txt"]  # z came later in the same run
    after = api.ingest([folder], db=store)
    assert after.files_unchanged == 2  # a_copy is read again, its text found again
    assert after.documents_added == 0 and after.duplicates == 1
    with store.engine.connect() as conn:
        texts = list(conn.scalars(select(Document.text)))
    assert REPORT in texts and len(texts) == 2
    assert sum(1 for t in texts if "three officials" in t) == 1
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Document)) == 2


def test_cli_csv_ingest_refuses_then_maps_then_replaces(db_url: str, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(CSV)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return riftwatch("--db", db_url, "ingest", str(path), *args, columns=250)

    refused = run()
    assert refused.returncode == 1
    assert "RW108" in refused.stdout and "headline, details" in refused.stdout
    mapped = run("--columns", "text=headline")
    assert mapped.returncode == 0 and "2 documents added" in mapped.stdout
    remapped = run("--columns", "text=details", "--format", "json")
    assert remapped.returncode == 0, remapped.stderr
    data = json.loads(remapped.stdout)
    assert (data["documents_added"], data["documents_replaced"]) == (2, 2)
    table = run("--columns", "text=headline")
    assert "2 documents of files read before were replaced" in table.stdout
    assert len(api.list_documents(db_url)) == 2
