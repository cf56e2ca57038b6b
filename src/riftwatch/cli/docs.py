"""``riftwatch docs ...``: stored documents."""

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
    docs_app,
    out,
)
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError


@docs_app.command("list")
def docs_list(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    source_type: Annotated[str | None, typer.Option("--source-type", "--type")] = None,
    language: Annotated[str | None, typer.Option(help="Only this language code.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored documents with grade, source, date and language."""
    try:
        rows = api.list_documents(
            _db(db),
            limit=limit,
            offset=offset,
            source=source,
            source_type=source_type,
            language=language,
        )
    except RiftwatchError as exc:
        _fail(exc)
        return
    table = Table("id", "published", "grade", "type", "lang", "source", "title", "origin")
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["published"]),
            r["grade"],
            r["source_type"],
            r["language"],
            _cell(r["source"], 24),
            _cell(r["title"], 60),
            "" if r["origin_id"] == r["id"] else str(r["origin_id"]),
        )
    _emit(rows, fmt, table)


@docs_app.command("show")
def docs_show(
    doc_id: Annotated[int, typer.Argument(help="Document id.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one document: metadata, grades and where they came from, text and sentences."""
    try:
        doc = api.get_document(_db(db), doc_id)
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is not Format.table:
        _emit(doc, fmt)
        return
    out.print(f"[bold]#{doc['id']} {_cell(doc['title'])}[/bold]")
    origin = ", ".join(f"{k} from {v}" for k, v in (doc["grade_origin"] or {}).items())
    published = _cell(doc["published"]) if doc["published"] else "unknown"
    if doc.get("date_origin_text"):
        published += f" (from {escape(doc['date_origin_text'])})"
    out.print(
        f"published {published} · source {_cell(doc['source'])} "
        f"({doc['source_type']}) · grade {doc['grade']} ({escape(origin)}) · "
        f"language {doc['language']} · status {doc['status']}"
    )
    if len(doc["origin_group"]) > 1:
        out.print(f"origin group {doc['origin_id']}: documents {doc['origin_group']}")
    out.print(f"from {_cell(doc['path'])} {_cell(doc['locator'] or '')} ({doc['reader']})")
    out.print()
    for s in doc["sentences"]:
        out.print(f"[dim]{s['index']:>3} {s['start']:>6}-{s['end']:<6}[/dim] {escape(s['text'])}")
