"""Opening stores honestly: reads never create one, unsupported URLs are named, and the
schema migration 0006 rebuilds the search index of existing stores."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from riftwatch import api
from riftwatch.actors import api as actors_api
from riftwatch.errors import StoreError
from riftwatch.store import open_store
from riftwatch.store.engine import (
    current_revision,
    head_revision,
    migrate,
    resolve_url,
    store_exists,
)

UNSUPPORTED = [
    "mysql://analyst:secret@db.example/rw",
    "mysql+pymysql://u@h/rw",
    "mssql+pyodbc://u@h/rw",
    "oracle://u@h/rw",
    "http://example.org/rw.db",
    "sqlite+bogus:///tmp/x.db",
    "sqlite:/tmp/x.db",
    "postgresql+psycopg2://u@h/rw",
]


@pytest.mark.parametrize("url", UNSUPPORTED)
def test_unsupported_urls_are_refused_before_any_driver_is_imported(url: str) -> None:
    before = set(sys.modules)
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert info.value.code == "RW306"
    assert "secret" not in str(info.value)
    assert url.split("://")[0].split(":")[0] in str(info.value)
    assert not {m for m in set(sys.modules) - before if "sql" in m.lower() or "odbc" in m}


def test_supported_spellings_resolve() -> None:
    assert resolve_url("postgres://u@h/rw") == "postgresql+psycopg://u@h/rw"
    assert resolve_url("postgresql+psycopg://u@h/rw") == "postgresql+psycopg://u@h/rw"
    assert resolve_url("sqlite+pysqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    assert resolve_url("sqlite://") == "sqlite://"


def _read_calls(db: str) -> dict[str, object]:
    return {
        "status": lambda: api.status(db),
        "search": lambda: api.search(db, "Taliban"),
        "list_documents": lambda: api.list_documents(db),
        "get_document": lambda: api.get_document(db, 1),
        "list_sources": lambda: api.list_sources(db),
        "grade_source": lambda: api.grade_source(db, "Dawn", reliability="B", create=True),
        "extract_stored": lambda: api.extract_stored(db),
        "list_events": lambda: api.list_events(db),
        "actors.resolve_mention": lambda: actors_api.resolve_mention("Baitullah", db=db),
        "actors.list_actors": lambda: actors_api.list_actors(db=db),
        "actors.judgements": lambda: actors_api.judgements(db),
        "actors.suggest": lambda: actors_api.suggest(db),
        "actors.undo": lambda: actors_api.undo(db, 1),
        "actors.sync": lambda: actors_api.sync(db),
    }


def test_reading_a_missing_sqlite_store_creates_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "no" / "such" / "dir" / "x.db")
    for name, call in _read_calls(db).items():
        with pytest.raises(StoreError) as info:
            call()  # type: ignore[operator]
        assert info.value.code == "RW305", name
        assert db in str(info.value), name
    assert list(tmp_path.iterdir()) == []
    assert store_exists(db) is False
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StoreError) as info:
        api.status("sqlite://")  # a new in-memory database holds no store either
    assert info.value.code == "RW305"


def test_default_store_is_not_created_by_reading(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("RIFTWATCH_DB", raising=False)
    monkeypatch.setenv("RIFTWATCH_DATA_DIR", str(tmp_path / "data"))
    with pytest.raises(StoreError) as info:
        api.status()
    assert info.value.code == "RW305"
    assert str(tmp_path / "data" / "riftwatch.db") in str(info.value)
    assert not (tmp_path / "data").exists()


def test_files_that_are_not_stores(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError) as info:
        api.status(empty)
    assert info.value.code == "RW305"
    assert empty.stat().st_size == 0  # left as it was
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n")
    for create in (False, True):
        with pytest.raises(StoreError) as info:
            open_store(notes, create=create)
        assert info.value.code == "RW300" and "not a SQLite database" in info.value.detail
    assert notes.read_text() == "these are my notes, not a database\n"
    with pytest.raises(StoreError) as info:
        open_store(tmp_path, create=True)
    assert info.value.code == "RW300" and "directory" in info.value.detail
    # another program's SQLite database holds no riftwatch store
    other = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{other}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError) as info:
        api.search(other, "x")
    assert info.value.code == "RW305"
    assert inspect(create_engine(f"sqlite:///{other}")).get_table_names() == ["t"]
    # an empty file is a store once init has run on it
    assert api.init_store(empty)["created"] is True
    assert api.status(empty)["documents"] == 0


def test_init_creates_once_and_ingest_creates_too(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "rw.db"
    first = api.init_store(db)
    assert first["created"] is True and first["revision"] == head_revision()
    assert first["store"] == str(db)
    again = api.init_store(db)
    assert again["created"] is False and again["documents"] == 0
    (tmp_path / "a.txt").write_text("The Haqqani network sheltered fighters.")
    other = tmp_path / "made" / "by" / "ingest.db"
    assert api.ingest([tmp_path / "a.txt"], db=other).documents_added == 1
    assert api.status(other)["documents"] == 1


def test_curation_creates_the_store_it_records_in(tmp_path: Path) -> None:
    db = str(tmp_path / "curation.db")
    judgement = actors_api.add(db, "Tora Bora Front", "armed_group", analyst="tester")
    assert judgement["kind"] == "add"
    assert [j["kind"] for j in actors_api.judgements(db)] == ["add"]


@pytest.mark.postgres
def test_reading_an_empty_postgres_database_creates_no_tables(pg_url: str) -> None:
    for name, call in _read_calls(pg_url).items():
        with pytest.raises(StoreError) as info:
            call()  # type: ignore[operator]
        assert info.value.code == "RW305", name
        assert "postgresql://" in str(info.value)
    engine = create_engine(resolve_url(pg_url))
    assert inspect(engine).get_table_names() == []
    engine.dispose()
    assert store_exists(pg_url) is False
    created = api.init_store(pg_url)
    assert created["created"] is True and store_exists(pg_url) is True
    assert api.status(pg_url)["documents"] == 0


@pytest.mark.postgres
def test_a_missing_postgres_database_is_named(pg_url: str) -> None:
    base, _, query = pg_url.partition("?")
    missing = base.rsplit("/", 1)[0] + "/no_such_database_rw" + (f"?{query}" if query else "")
    with pytest.raises(StoreError) as info:
        api.status(missing)
    assert info.value.code == "RW305" and "no_such_database_rw" in str(info.value)
    with pytest.raises(StoreError) as info:
        api.init_store(missing)
    assert info.value.code == "RW300"
    assert 'the database "no_such_database_rw" does not exist' in info.value.detail


def test_a_password_is_never_shown() -> None:
    with pytest.raises(StoreError) as info:
        api.status("postgresql://ana:hunter2@/nothing?host=/nonexistent-dir&port=1")
    assert info.value.code == "RW300"
    assert "hunter2" not in str(info.value) and "ana:***@" in str(info.value)


def test_a_store_newer_than_this_riftwatch_is_rw301(tmp_path: Path) -> None:
    db = tmp_path / "rw.db"
    api.init_store(db)
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError) as info:
        api.status(db)
    assert info.value.code == "RW301"


def test_migration_0006_rebuilds_the_search_index_of_an_existing_store(db_url: str) -> None:
    store = open_store(db_url, migrate_schema=False)
    migrate(store.engine, "0005")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (id, content_hash, language, source_type, reliability, "
                "credibility, grade_origin, char_count, text, status, meta, created_at) VALUES "
                "(1, 'h', 'en', 'news', 'C', 3, '{}', 40, :t, 'ready', '{}', '2010-01-01')"
            ),
            {"t": "Al-Qaida’s emir sheltered in Zarqāwī's house."},
        )
        conn.execute(
            text(
                'INSERT INTO sentences (id, document_id, idx, start, "end", text) '
                "VALUES (1, 1, 0, 0, 40, :t)"
            ),
            {"t": "Al-Qaida’s emir sheltered in Zarqāwī's house."},
        )
    # before: stemming finds "shelter", folding differs between the stores
    migrate(store.engine)
    assert current_revision(store.engine) == head_revision()
    assert [h["sentence_id"] for h in api.search(store, "Zarqawi")] == [1]
    assert [h["sentence_id"] for h in api.search(store, "al-Qaida")] == [1]
    assert api.search(store, "shelter") == []  # no stemming any more
    assert [h["sentence_id"] for h in api.search(store, "shelter*")] == [1]
    with store.engine.begin() as conn:  # the index follows later writes
        conn.execute(text("UPDATE sentences SET text = 'Nothing here.' WHERE id = 1"))
    assert api.search(store, "Zarqawi") == []
    store.close()


def test_migration_0006_goes_back_down(db_url: str) -> None:
    from alembic import command

    from riftwatch.store.engine import _alembic_config

    store = open_store(db_url)
    config = _alembic_config(store.engine.url.render_as_string(hide_password=False))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    assert current_revision(store.engine) == "0005"
    migrate(store.engine)
    assert current_revision(store.engine) == head_revision()
    store.close()
