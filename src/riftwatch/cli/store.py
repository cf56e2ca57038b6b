"""``riftwatch init``: create a store (read commands never do)."""

from __future__ import annotations

from rich.markup import escape

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    out,
)
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit


@app.command()
def init(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Create the store named by --db (or bring an existing one to the newest schema).

    Read commands (status, search, docs, sources list, extract without a file, ...)
    refuse a store that does not exist (RW305) and create nothing; init and ingest
    create it. A SQLite file's folder is created too; a PostgreSQL database must exist
    already (riftwatch creates its tables in it). Running init again changes nothing.
    """
    data = _call(api.init_store, _db(db))
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    if data["created"]:
        out.print(f"created the store {escape(data['store'])} (schema {data['revision']})")
    else:
        out.print(
            f"the store {escape(data['store'])} exists (schema {data['revision']}, "
            f"{data['documents']} documents)"
        )
