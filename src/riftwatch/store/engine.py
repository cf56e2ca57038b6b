"""Opening a store: URL resolution, engine set-up, migrations.

Read commands open a store with ``create=False``: a store that does not exist is
refused with :class:`~riftwatch.errors.StoreError` RW305 and nothing is created (no
file, no directory, no tables). ``riftwatch init``, ``riftwatch ingest`` (and the
actor curation commands) open with ``create=True``.

>>> resolve_url("postgresql://u@localhost/rw")
'postgresql+psycopg://u@localhost/rw'
>>> resolve_url("/tmp/x.db")
'sqlite:////tmp/x.db'
>>> try:
...     resolve_url("mysql://analyst:secret@db.example/rw")
... except StoreError as exc:
...     print(exc.code, exc.params["url"])
RW306 mysql://analyst:***@db.example/rw
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from threading import Lock

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from riftwatch import settings
from riftwatch.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")

# URL schemes riftwatch can open, and the SQLAlchemy driver each one means
_SCHEMES = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):(//|/)")


def _default_path() -> Path:
    """``riftwatch.db`` in the data directory, without creating the directory."""
    configured = settings.get("data_dir")
    if configured:
        return Path(configured).expanduser() / "riftwatch.db"
    import platformdirs

    return Path(platformdirs.user_data_dir("riftwatch", appauthor=False)) / "riftwatch.db"


def mask_url(url: str) -> str:
    """``url`` with any password replaced by ``***``.

    >>> mask_url("postgresql://ana:pw@host/rw")
    'postgresql://ana:***@host/rw'
    """
    return re.sub(r"^([^:/]+://[^:/@]*):[^@/]*@", r"\1:***@", url)


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """Turn ``--db``/``RIFTWATCH_DB``/the default into a SQLAlchemy URL.

    A URL of an unsupported kind (``mysql://``, ``http://``, a SQLite URL with another
    driver, ...) raises StoreError RW306 before any database driver is imported.
    """
    value = str(db) if db is not None else settings.get("db")
    if not value:
        return "sqlite:///" + str(_default_path().absolute())
    match = _URL.match(value)
    if match and (match.group(2) == "//" or match.group(1).lower().startswith("sqlite")):
        scheme = match.group(1).lower()
        if scheme not in _SCHEMES:
            raise StoreError("RW306", url=mask_url(value))
        rest = value[len(match.group(1)) :]
        if _SCHEMES[scheme] == "sqlite" and not rest.startswith("://"):
            raise StoreError("RW306", url=mask_url(value))
        return _SCHEMES[scheme] + rest
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory database.

    >>> sqlite_path("sqlite:////tmp/x.db")
    PosixPath('/tmp/x.db')
    >>> sqlite_path("sqlite://") is None
    True
    """
    database = url.split("://", 1)[1][1:] if "://" in url else ""
    database = database.split("?", 1)[0]
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser().absolute()


# How long a connection waits for another one's lock: the busy timeout SQLite applies,
# and the limit of the retries below where it applies none.
_SQLITE_WAIT_S = 30.0


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(_SQLITE_WAIT_S * 1000)}")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Put the file in WAL mode, waiting out another connection's write lock.

    Switching the journal mode needs an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy timeout, while another connection holds the write
    lock: which is what happens when several processes open one new store file together
    (one of them creating the tables). So the switch is retried until the wait runs out.
    """
    deadline = time.monotonic() + _SQLITE_WAIT_S
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class Store:
    """An open store: an engine, a session factory and the dialect name.

    Use :func:`open_store` to get one; it migrates the schema to the newest
    revision first.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.dialect = engine.dialect.name
        self.session = sessionmaker(engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"<Store {self.engine.url.render_as_string(hide_password=True)}>"

    def new_session(self) -> Session:
        return self.session()

    def has_table(self, name: str) -> bool:
        return inspect(self.engine).has_table(name)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_migrate_lock = Lock()


def _alembic_config(store_url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", store_url.replace("%", "%%"))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default)."""
    config = _alembic_config(engine.url.render_as_string(hide_password=False))
    with _migrate_lock, engine.connect() as connection:
        if revision == "head" and _revision_of(connection) == head_revision():
            return  # nothing to do, and no write lock taken (a read-only file opens too)
        connection.rollback()
        # Serialise concurrent first runs against one store (two ingests started at
        # once on a new file must not both create the tables).
        if engine.dialect.name == "sqlite":
            with _sqlite_write_lock(connection):
                _upgrade(config, connection, revision)
            return
        with connection.begin():
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(7268201)"))
            _upgrade(config, connection, revision)


def _upgrade(config, connection: Connection, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from alembic.util.exc import CommandError

    config.attributes["connection"] = connection
    try:
        command.upgrade(config, revision)
    except CommandError as exc:
        url = display_url(str(connection.engine.url))
        raise StoreError("RW301", url=url, detail=_first_line(exc)) from None


@contextmanager
def _sqlite_write_lock(connection: Connection) -> Iterator[None]:
    """Hold SQLite's write lock (BEGIN IMMEDIATE) for the block, committing at its end.

    The sqlite3 module opens no transaction before DDL, so without this a second
    process could read an empty schema while the first is still creating it.
    """
    raw = connection.connection.driver_connection
    legacy = raw.isolation_level
    raw.isolation_level = None  # the module issues no BEGIN of its own now
    try:
        raw.execute("BEGIN IMMEDIATE")
        # SQLAlchemy's transaction (and so alembic's) is this one: its commit or
        # rollback ends the BEGIN IMMEDIATE above
        with connection.begin():
            yield
    finally:
        if raw.in_transaction:
            raw.rollback()
        raw.isolation_level = legacy


@cache
def head_revision() -> str:
    """The newest schema revision this riftwatch knows (what ``open_store`` migrates to)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
    return str(head)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision_of(connection)


def _revision_of(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def display_url(url: str) -> str:
    """How a store is named in messages: a SQLite file's path, else the URL without password.

    >>> display_url("sqlite:////data/rw.db")
    '/data/rw.db'
    >>> display_url("postgresql+psycopg://ana:pw@host/rw")
    'postgresql://ana:***@host/rw'
    """
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        return str(path) if path is not None else ":memory:"
    if url.startswith("postgresql+psycopg://"):
        url = "postgresql://" + url.split("://", 1)[1]
    return mask_url(url)


_MISSING_PG_DATABASE = re.compile(r'database "([^"]*)" does not exist')


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse what is not a SQLite file; with ``create=False`` also a file with no store.

    Uses the ``sqlite3`` module directly, without the store's pragmas, so that a
    refused file is left exactly as it was.
    """
    shown = str(path)
    if path.is_dir():
        raise StoreError("RW300", url=shown, detail="it is a directory, not a SQLite file")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise StoreError("RW300", url=shown, detail=exc.strerror or str(exc)) from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(
            "RW300", url=shown, detail="the file is not a SQLite database (check --db)"
        )
    if create:
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=30)
        try:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise StoreError("RW300", url=shown, detail=str(exc)) from None
    if found is None:
        raise StoreError("RW305", url=shown)


def store_exists(db: str | os.PathLike[str] | None = None) -> bool:
    """True when ``db`` names an existing riftwatch store; creates nothing.

    Raises RW306 for an unsupported URL and RW300 for what cannot be looked at
    (a file that is not a SQLite database, an unreachable server).
    """
    try:
        open_store(db, create=False, migrate_schema=False).close()
    except StoreError as exc:
        if exc.code == "RW305":
            return False
        raise
    return True


def open_store(
    db: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    migrate_schema: bool = True,
) -> Store:
    """Open (and by default migrate) the store named by ``db``.

    With ``create=False`` a store that does not exist is refused with StoreError RW305
    naming it, and nothing is created: no file or directory for SQLite, no tables in a
    PostgreSQL database (which must exist in any case; riftwatch creates tables, not
    databases). An existing store at an older schema revision is migrated either way.

    Raises StoreError RW306 for an unsupported URL (before any driver is imported),
    RW300 when the store cannot be opened (with the reason) and RW301 when its schema
    is newer than this riftwatch knows.
    """
    url = resolve_url(db)
    shown = display_url(url)
    try:
        if url.startswith("sqlite"):
            path = sqlite_path(url)
            if path is None and not create:  # a new in-memory database holds no store
                raise StoreError("RW305", url=shown)
            if path is not None:
                if path.exists():
                    _check_sqlite_file(path, create=create)
                elif not create:
                    raise StoreError("RW305", url=shown)
                else:
                    path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": _SQLITE_WAIT_S})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_recycle=1800)
            if not create and current_revision(engine) is None:
                engine.dispose()
                raise StoreError("RW305", url=shown)
        if migrate_schema:
            migrate(engine)
        else:
            with engine.connect():
                pass
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        detail = _first_line(exc)
        missing = _MISSING_PG_DATABASE.search(str(exc))
        if missing and not create:
            raise StoreError("RW305", url=shown) from None
        if missing:
            detail = (
                f'the database "{missing.group(1)}" does not exist; create it first (createdb '
                f"{missing.group(1)}): riftwatch creates its tables, not the database"
            )
        raise StoreError("RW300", url=shown, detail=detail) from None
    except OSError as exc:
        raise StoreError("RW300", url=shown, detail=exc.strerror or str(exc)) from None
    return Store(url, engine)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
