"""Orderings by text are the same on SQLite and on PostgreSQL, whatever its collation.

SQLite compares text by code point; a PostgreSQL server created with a language locale
(the usual default outside containers) sorts "a, B, b, é, Z" instead of "B, Z, a, b, é".
The test server runs with ``--locale=C``, which hides that, so here the lists are also
read from a database created with an ICU English collation.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from riftwatch import api
from riftwatch.store import open_store
from riftwatch.store.tables import Source

NAMES = ["bravo", "Bravo", "alpha", "Zulu", "_ops", "\u00e9cho", "echo", "Alpha 2", "alpha-1"]
"""Mixed case, punctuation and an accented letter: orders that differ between collations."""
USERS = ["bravo", "Charlie", "alpha", "Zulu", "ops", "Alpha-2", "alpha-1", "9lives"]
"""User names (unique whatever their case)."""


@pytest.fixture(params=["sqlite", "postgresql", "postgresql-icu"])
def any_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'c.db'}"
        return
    server = request.getfixturevalue("pg_server")
    if request.param == "postgresql":
        url = server.new_database()
    else:
        import psycopg

        try:
            url = server.new_language_collated_database(fallback=False)
        except psycopg.Error as exc:  # a server without ICU: cannot show the case
            pytest.skip(f"no ICU collation on this server: {exc}")
    try:
        yield url
    finally:
        server.drop_database(url)


def test_the_database_collation_is_what_the_case_needs(any_url: str) -> None:
    if not any_url.startswith("postgresql"):
        return
    store = open_store(any_url, create=True)
    try:
        with store.engine.connect() as conn:
            from sqlalchemy import text

            query = text("SELECT x FROM (VALUES ('b'), ('B'), ('a')) t(x) ORDER BY x")
            got = [r[0] for r in conn.execute(query)]
    finally:
        store.close()
    assert got in (["B", "a", "b"], ["a", "b", "B"])  # C, or the ICU English order


def test_sources_users_and_follows_are_in_code_point_order(any_url: str) -> None:
    store = open_store(any_url, create=True)
    try:
        with store.session() as session, session.begin():
            session.add_all(Source(name=n) for n in NAMES)
        for user in USERS:
            api.add_user(store, user, "analyst", "a long enough password", by="test")
        for n in NAMES:
            api.follow("org:al-qaeda", "org:afghan-taliban", db=store, analyst=n)
        sources = [s["name"] for s in api.list_sources(store)]
        users = [u["name"] for u in api.list_users(store)]
        follows = [w["analyst"] for w in api.watchlists(store)]
    finally:
        store.close()
    assert sources == sorted(NAMES)
    assert users == sorted(USERS)
    assert follows == sorted(NAMES)
