"""The store: SQLAlchemy tables, Alembic migrations and queries.

SQLite (embedded, WAL, FTS5) is the default; PostgreSQL is a first-class backend.
"""

from riftwatch.store.engine import Store, open_store, resolve_url

__all__ = ["Store", "open_store", "resolve_url"]
