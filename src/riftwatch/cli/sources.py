"""``riftwatch sources ...``: sources and their grades."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    out,
    sources_app,
)
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit


@sources_app.command("list")
def sources_list(
    db: DbOption = None,
    grading: Annotated[
        Path | None,
        typer.Option(help="Grading defaults file (YAML) to use instead of the bundled one."),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List sources with their effective grades, where each comes from, and document counts.

    The grade is what a new document from the source gets when it says nothing itself:
    the analyst's grade (sources grade), else the grading file's entry for the source,
    else its entry for the source type, else the default.
    """
    rows = _call(api.list_sources, _db(db), grading_file=grading)
    if fmt is Format.table and not rows:
        out.print("no sources stored")
        return
    table = Table("id", "name", "type", "grade", "from", "documents", "graded by")
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["name"]),
            _cell(r["source_type"]),
            _cell(r["grade"]),
            _cell(r["origin"]),
            str(r["documents"]),
            _cell(r["graded_by"]),
        )
    _emit(rows, fmt, table)


@sources_app.command("grade")
def sources_grade(
    name: Annotated[str, typer.Argument(help="Source name, as `sources list` shows it.")],
    db: DbOption = None,
    source_type: Annotated[
        str | None,
        typer.Option(
            "--type", "--source-type", help="Source type: news, wire, official_statement, ..."
        ),
    ] = None,
    reliability: Annotated[str | None, typer.Option(help="A-F")] = None,
    credibility: Annotated[str | None, typer.Option(help="1-6")] = None,
    analyst: Annotated[str | None, typer.Option(help="Who grades (default: $USER).")] = None,
    create: Annotated[
        bool, typer.Option(help="Add the source when no stored source has this name.")
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Set a source's type and grades; its documents graded by default follow.

    An unknown name is refused (RW303, with the close matches) unless --create is given.
    The store must exist (run init or ingest first).
    """
    result = _call(
        api.grade_source,
        _db(db),
        name,
        source_type=source_type,
        reliability=reliability,
        credibility=credibility,
        analyst=analyst,
        create=create,
    )
    if fmt is Format.table:
        out.print(
            f"{escape(result['name'])}: {result['source_type'] or '-'} "
            f"{result['reliability'] or '-'}{result['credibility'] or '-'}; "
            f"{result['documents_regraded']} documents re-graded"
        )
    else:
        _emit(result, fmt)
