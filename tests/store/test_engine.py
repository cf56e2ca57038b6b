"""The store opens, migrates and round-trips on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from riftwatch.errors import StoreError
from riftwatch.store import open_store
from riftwatch.store.engine import current_revision, resolve_url
from riftwatch.store.tables import Base, Document, Source


def test_migrated_schema_matches_models(store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= names
    assert current_revision(store.engine) is not None
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspect(store.engine).get_columns(table.name)}
        assert {c.name for c in table.columns} <= columns, table.name


def test_reopening_is_idempotent(db_url) -> None:
    first = open_store(db_url)
    rev = current_revision(first.engine)
    first.close()
    second = open_store(db_url)
    assert current_revision(second.engine) == rev
    second.close()


def test_grade_constraints_are_enforced_by_the_database(store) -> None:
    with store.new_session() as session:
        session.add(Source(name="x"))
        session.commit()
        session.add(
            Document(
                content_hash="h" * 64,
                text="t",
                reliability="Z",
                credibility=1,
                grade_origin={},
                meta={},
                char_count=1,
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


def test_sqlite_uses_wal_and_foreign_keys(sqlite_url) -> None:
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(select(text("1")).select_from(text("sentences_fts"))).all() == []
    store.close()


def test_default_store_lives_in_the_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("RIFTWATCH_DB", raising=False)
    monkeypatch.setenv("RIFTWATCH_DATA_DIR", str(tmp_path / "data"))
    assert resolve_url() == "sqlite:///" + str(tmp_path / "data" / "riftwatch.db")


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody@/nothing?host=/nonexistent-dir&port=1")
    assert info.value.code == "RW300"


@pytest.mark.slow
def test_processes_opening_a_new_sqlite_store_at_once_all_succeed(tmp_path: Path) -> None:
    # Two ingests started together on a new store file: neither may find half a schema.
    import subprocess
    import sys

    opener = "import sys; from riftwatch.store import open_store; open_store(sys.argv[1]).close()"
    for trial in range(4):
        path = tmp_path / f"new{trial}.db"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", opener, str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        for proc in procs:
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        store = open_store(str(path))
        try:
            assert "documents" in inspect(store.engine).get_table_names()
        finally:
            store.close()


def test_a_new_store_opens_while_another_connection_holds_the_write_lock(tmp_path: Path) -> None:
    # Another process has just begun writing the new file (in SQLite's rollback mode, as
    # one that has not yet switched it to WAL): switching the file to WAL gets "database
    # is locked" at once, without the busy timeout; opening must wait the lock out.
    import sqlite3
    import threading

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        store = open_store(str(path))
    finally:
        release.join()
        holder.close()
    try:
        assert "documents" in inspect(store.engine).get_table_names()
        with store.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        assert mode == "wal"
    finally:
        store.close()
