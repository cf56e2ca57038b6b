"""Deleting documents (``api.delete_documents``, ``riftwatch docs delete``) on SQLite and
PostgreSQL: sentences, search entries, LSH buckets and events go with them, origin groups
get a new origin, and the ingest reads a file again once none of its documents remain."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clirun import riftwatch
from riftwatch import api
from riftwatch.errors import StoreError
from riftwatch.store.tables import Document, EventRow, IngestFile, MinhashBand, SentenceRow

REPORT = (
    "The Haqqani network sheltered Al Qaeda fighters in North Waziristan in 2010, two "
    "officials said. The Pakistani Taliban attacked an army post near Wana. Elders in "
    "Miranshah asked both groups to leave the bazaar before the winter."
)
OTHER = (
    "Tribal elders in Bajaur met the political agent on Monday and promised to expel "
    "foreign militants. The army said it would lift the curfew if the jirga kept its word."
)
WIRE = (
    "PESHAWAR, Pakistan - Pakistani troops pushed into South Waziristan on Saturday in a long "
    "awaited ground offensive against the Pakistani Taliban, military officials said. About "
    "28,000 soldiers were taking part, backed by jets and helicopter gunships, and the army "
    "said dozens of militants had been killed in the first hours of fighting near the town."
)


def _count(store, table, **where) -> int:
    query = select(func.count()).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    with store.engine.connect() as conn:
        return conn.scalar(query)


def _ids(store) -> list[int]:
    with store.engine.connect() as conn:
        return list(conn.scalars(select(Document.id).order_by(Document.id)))


def _fts_rowids(store, word: str) -> list[int]:
    """Rows the search index itself returns (SQLite: straight from FTS5, no join)."""
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            sql = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q"
        else:
            sql = "SELECT id FROM sentences WHERE tsv @@ plainto_tsquery('english', :q)"
        return list(conn.scalars(text(sql), {"q": word}))


def _fts_consistent(store) -> None:
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
            )


def test_delete_by_id_takes_sentences_events_buckets_and_search_hits(store, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(OTHER)
    api.ingest([tmp_path], db=store)
    api.extract_stored(store)
    a, b = _ids(store)
    assert _count(store, EventRow.__table__, document_id=a) >= 1
    before = {
        "sentences": _count(store, SentenceRow.__table__, document_id=a),
        "events": _count(store, EventRow.__table__, document_id=a),
        "minhash_bands": _count(store, MinhashBand.__table__, document_id=a),
    }
    assert all(before.values())
    assert _fts_rowids(store, "Miranshah")

    preview = api.delete_documents(store, ids=[a], dry_run=True)
    assert preview["dry_run"] and preview["documents"] == 1
    assert _ids(store) == [a, b]  # a dry run changes nothing

    result = api.delete_documents(store, ids=[a])
    assert result["documents"] == 1 and not result["dry_run"]
    assert {k: result[k] for k in before} == before
    assert result["items"][0]["id"] == a and result["items"][0]["path"].endswith("a.txt")
    assert _ids(store) == [b]
    for table in (SentenceRow, EventRow, MinhashBand):
        assert _count(store, table.__table__, document_id=a) == 0
    assert api.search(store, "Miranshah") == []
    assert _fts_rowids(store, "Miranshah") == []
    assert [hit["document_id"] for hit in api.search(store, "jirga")] == [b]
    _fts_consistent(store)
    with pytest.raises(StoreError) as info:
        api.get_document(store, a)
    assert info.value.code == "RW302"
    assert api.status(store)["events"] == _count(store, EventRow.__table__)


def test_delete_by_run_and_the_files_are_read_again(store, tmp_path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(REPORT)
    (first / "b.txt").write_text(OTHER)
    (second / "c.txt").write_text(WIRE)
    run1 = api.ingest([first], db=store).run_id
    run2 = api.ingest([second], db=store).run_id
    assert run1 != run2
    result = api.delete_documents(store, run_id=run1)
    assert result["documents"] == 2 and result["files_forgotten"] == 2
    remaining = api.list_documents(store)
    assert [Path(d["path"]).name for d in remaining] == ["c.txt"]
    with store.engine.connect() as conn:
        known = set(conn.scalars(select(IngestFile.path)))
    assert {Path(p).name for p in known} == {"c.txt"}
    # a deleted file is read again; an untouched one is not
    again = api.ingest([first, second], db=store)
    assert (again.documents_added, again.files_unchanged) == (2, 1)
    assert api.status(store)["documents"] == 3
    assert len(api.search(store, "jirga")) == 1


def test_deleting_some_documents_of_a_file_keeps_it_known(store, tmp_path) -> None:
    path = tmp_path / "items.jsonl"
    lines = [{"text": t} for t in ("First item here.", "Second item here.", "Third item.")]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    api.ingest([path], db=store)
    second = next(d for d in api.list_documents(store) if d["locator"] == "line 2")
    result = api.delete_documents(store, ids=[second["id"]])
    assert (result["files_forgotten"], result["files_updated"]) == (0, 1)
    with store.engine.connect() as conn:
        assert conn.scalar(select(IngestFile.documents)) == 2
    # the analyst deleted it on purpose: an unchanged file does not bring it back
    again = api.ingest([path], db=store)
    assert (again.files_unchanged, again.documents_added) == (1, 0)
    assert api.status(store)["documents"] == 2


def test_deleting_an_origin_gives_its_group_a_new_origin(store, tmp_path) -> None:
    (tmp_path / "1_wire.txt").write_text(WIRE)
    (tmp_path / "2_reprint.txt").write_text(
        "Reprinted from the wire.\n\n" + WIRE.replace("Saturday", "Sunday")
    )
    (tmp_path / "3_reprint.txt").write_text(
        WIRE.replace("dozens of", "scores of") + " More follows."
    )
    (tmp_path / "4_other.txt").write_text(OTHER)
    api.ingest([tmp_path], db=store)
    wire, reprint, reprint2, other = _ids(store)
    assert api.get_document(store, wire)["origin_group"] == [wire, reprint, reprint2]
    result = api.delete_documents(store, ids=[wire, other])
    assert result["origin_groups_repaired"] == 1
    new = api.get_document(store, reprint)
    assert new["origin_id"] == reprint and new["origin_similarity"] is None
    assert new["origin_group"] == [reprint, reprint2]
    assert api.get_document(store, reprint2)["origin_id"] == reprint
    assert api.status(store)["origin_groups"] == 1
    # a whole group at once: nothing is left pointing at a deleted origin
    api.delete_documents(store, ids=[reprint, reprint2])
    assert _ids(store) == []


def test_unknown_ids_and_runs_and_nothing_given_are_refused(store, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    api.ingest([tmp_path], db=store)
    (doc_id,) = _ids(store)
    with pytest.raises(StoreError) as info:
        api.delete_documents(store, ids=[doc_id, 999, 1000])
    assert info.value.code == "RW302" and "999, 1000" in str(info.value)
    assert _ids(store) == [doc_id]  # all or nothing
    with pytest.raises(StoreError) as info:
        api.delete_documents(store, run_id=77)
    assert info.value.code == "RW308"
    with pytest.raises(StoreError) as info:
        api.delete_documents(store)
    assert info.value.code == "RW309"
    with pytest.raises(StoreError):
        api.delete_documents(store, ids=[])
    assert _ids(store) == [doc_id]


def _cli(db: str, *args: str, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    return riftwatch("--db", db, *args, stdin=stdin, columns=200)


def test_cli_delete(db_url: str, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(OTHER)
    (tmp_path / "c.txt").write_text(WIRE)
    assert _cli(db_url, "ingest", str(tmp_path)).returncode == 0
    a, b, c = (d["id"] for d in api.list_documents(db_url))

    dry = _cli(db_url, "docs", "delete", str(a), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would delete 1 document" in dry.stdout and "a.txt" in dry.stdout

    refused = _cli(db_url, "docs", "delete", str(a))  # no terminal, no --yes
    assert refused.returncode == 2
    assert "RW131" in refused.stderr and "--yes" in refused.stderr
    assert len(api.list_documents(db_url)) == 3

    done = _cli(db_url, "docs", "delete", str(a), str(b), "--yes", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["documents"] == 2 and [i["id"] for i in data["items"]] == [a, b]
    assert [d["id"] for d in api.list_documents(db_url)] == [c]

    missing = _cli(db_url, "docs", "delete", "4242", "--yes")
    assert missing.returncode == 2 and "RW302" in missing.stderr
    nothing = _cli(db_url, "docs", "delete", "--yes")
    assert nothing.returncode == 2 and "RW309" in nothing.stderr

    run = _cli(db_url, "docs", "delete", "--run", "1", "--yes")
    assert run.returncode == 0, run.stderr
    assert "deleted 1 document" in run.stdout
    assert api.list_documents(db_url) == []
    again = _cli(db_url, "ingest", str(tmp_path), "--format", "json")
    assert json.loads(again.stdout)["documents_added"] == 3


def test_cli_delete_asks_on_a_terminal(sqlite_url: str, tmp_path) -> None:
    import pty

    (tmp_path / "a.txt").write_text(REPORT)
    assert _cli(sqlite_url, "ingest", str(tmp_path)).returncode == 0
    for answer, code, left in (("n\n", 1, 1), ("y\n", 0, 0)):
        leader, follower = pty.openpty()
        os.write(leader, answer.encode())
        result = _cli(sqlite_url, "docs", "delete", "1", stdin=follower)
        os.close(follower)
        os.close(leader)
        assert result.returncode == code, result.stderr
        assert "Delete these 1 documents?" in result.stdout
        assert len(api.list_documents(sqlite_url)) == left
