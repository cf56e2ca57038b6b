"""Opening a store: URL resolution, engine set-up, migrations.

>>> resolve_url("postgresql://u@localhost/rw")
'postgresql+psycopg://u@localhost/rw'
>>> resolve_url("/tmp/x.db")
'sqlite:////tmp/x.db'
"""

from __future__ import annotations

import os
from pathlib import Path
from threading import Lock

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from riftwatch import settings
from riftwatch.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """Turn ``--db``/``RIFTWATCH_DB``/the default into a SQLAlchemy URL."""
    value = str(db) if db is not None else settings.get("db")
    if not value:
        value = str(settings.data_dir() / "riftwatch.db")
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


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
    from alembic import command

    config = _alembic_config(engine.url.render_as_string(hide_password=False))
    with _migrate_lock, engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Serialise concurrent first runs against one database.
            connection.execute(text("SELECT pg_advisory_xact_lock(7268201)"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_store(db: str | os.PathLike[str] | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (and by default migrate) the store named by ``db``.

    Raises :class:`~riftwatch.errors.StoreError` RW300 when it cannot be opened.
    """
    url = resolve_url(db)
    try:
        if url.startswith("sqlite"):
            database = url.split(":///", 1)[1] if ":///" in url else ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_recycle=1800)
        if migrate_schema:
            migrate(engine)
        else:
            with engine.connect():
                pass
    except StoreError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        shown = url.split("@")[-1] if "@" in url else url
        raise StoreError("RW300", url=shown, detail=_first_line(exc)) from exc
    return Store(url, engine)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
