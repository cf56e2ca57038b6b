"""``riftwatch search``: full-text search over stored sentences."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
)
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", OR, NOT, prefix*.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 20,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over stored sentences, with highlighted snippets."""
    try:
        hits = api.search(_db(db), query, limit=limit)
    except RiftwatchError as exc:
        _fail(exc)
        return
    table = Table("doc", "sent", "grade", "published", "snippet")
    for h in hits:
        table.add_row(
            str(h["document_id"]),
            str(h["sentence_index"]),
            h["grade"],
            _cell(h["published"]),
            _highlight(h["snippet"]),
        )
    _emit(hits, fmt, table)


def _highlight(snippet: str) -> str:
    # snippets mark hits with [ and ]; show them bold, and escape everything else
    parts: list[str] = []
    buf = ""
    inside = False
    for ch in snippet:
        if ch == "[" and not inside:
            parts.append(escape(buf))
            buf, inside = "", True
        elif ch == "]" and inside:
            parts.append(f"[bold yellow]{escape(buf)}[/bold yellow]")
            buf, inside = "", False
        else:
            buf += ch
    parts.append(escape(buf))
    return "".join(parts)
