"""Shared fixtures: stores on real SQLite and on a real, throwaway PostgreSQL server.

The PostgreSQL server is started once per test session with ``initdb``/``pg_ctl``
in a temporary directory, listening only on a Unix socket, and stopped at the
end. As root it runs as the ``postgres`` system user (``initdb`` refuses root).
``RIFTWATCH_TEST_PG_URL`` points the tests at an existing server instead.
Without PostgreSQL the tests that need it are skipped with the reason, unless
``RIFTWATCH_REQUIRE_PG=1`` (set by ``.ci/run``) turns that into a failure.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from riftwatch.store import Store, open_store
from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
_counter = itertools.count()


def _unavailable(reason: str) -> None:
    if os.environ.get("RIFTWATCH_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required (RIFTWATCH_REQUIRE_PG=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


class PgServer:
    """Hands out fresh databases on one server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url

    def new_database(self) -> str:
        import psycopg

        name = f"rw_test_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base, _, query = self.admin_url.partition("?")
        return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")

    def new_language_collated_database(self, fallback: bool = True) -> str:
        """A new database whose text collation is English (ICU), as on most real servers
        (the test server's own is ``C``, which sorts like SQLite and hides ordering
        differences); a plain one when the server has no ICU, or with ``fallback`` False
        the server's error (``psycopg.Error``) and no database."""
        import psycopg

        url = self.new_database()
        name = url.partition("?")[0].rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}"')
            try:
                conn.execute(
                    f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                    "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'"
                )
            except psycopg.Error:
                if not fallback:
                    raise
                conn.execute(f'CREATE DATABASE "{name}"')
        return url

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.partition("?")[0].rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    given = os.environ.get("RIFTWATCH_TEST_PG_URL")
    if given:
        yield PgServer(given)
        return
    server = TempPostgres()
    try:
        server.start()
    except PostgresUnavailable as exc:
        _unavailable(str(exc))
    try:
        yield PgServer(server.admin_url)
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database URL, dropped after the test."""
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "riftwatch.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store URL on each backend: the store tests run on both."""
    if request.param == "sqlite":
        return str(tmp_path / "riftwatch.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.close()
