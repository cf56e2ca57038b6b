"""What every command-line module shares: the Typer application and its sub-apps,
consoles, output formats, the ``--db`` option, and printing data and errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from riftwatch import __version__
from riftwatch.errors import RiftwatchError

app = typer.Typer(
    name="riftwatch",
    help="Watch relationships between armed groups in multi-source reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
docs_app = typer.Typer(help="List, show and delete stored documents.", no_args_is_help=True)
sources_app = typer.Typer(help="List and grade sources.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")
app.add_typer(sources_app, name="sources")

T = TypeVar("T")

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


RootDbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="RIFTWATCH_DB",
        help="Store: SQLite path/URL or postgresql:// URL (default: riftwatch.db in the "
        "user data directory).",
        show_envvar=True,
    ),
]
# A command's own --db reads no environment: the root option above does, so a --db on the
# command line, before or after the command, wins over RIFTWATCH_DB (stop 48: the variable
# used to beat "riftwatch --db X COMMAND").
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: SQLite path/URL or postgresql:// URL (default: the --db before the "
        "command, else RIFTWATCH_DB, else riftwatch.db in the user data directory).",
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Use only evidence dated up to this day (YYYY[-MM[-DD]])."),
]


def emit(data: Any, fmt: Format, table: Table | None = None) -> None:
    """Print ``data`` as JSON or JSON Lines, or ``table`` for the table format."""
    if fmt is Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.jsonl:
        rows = data if isinstance(data, list) else [data]
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        write_csv(data if isinstance(data, list) else [data])
    elif table is not None:
        out.print(table)


def write_csv(rows: list[dict[str, Any]]) -> None:
    """Rows as CSV on standard output: one column per key (nested values as JSON)."""
    import csv

    from riftwatch.export.cells import csv_text

    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                csv_text(json.dumps(v, ensure_ascii=False, default=str))
                if isinstance(v, dict | list)
                else ("" if v is None else csv_text(v))
                for v in (row.get(c) for c in columns)
            ]
        )


def fail(exc: RiftwatchError, code: int = 2) -> NoReturn:
    """Print a numbered error on standard error and exit."""
    err.print(f"[red]error[/red] {escape(str(exc))}")
    raise typer.Exit(code)


def call(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``; a numbered error is printed, exit status 2 (:func:`fail`)."""
    try:
        return fn(*args, **kwargs)
    except RiftwatchError as exc:
        fail(exc)


def stored_id(raw: Any, error: Callable[[str], RiftwatchError]) -> int:
    """A stored record's id given on the command line: a whole number, or a numbered error.

    ``riftwatch docs show abc`` fails as ``docs show 999`` does, with the record's own
    "no such id" error naming what was given (``error(raw)``, printed by :func:`fail`,
    exit status 2), not an unnumbered usage error.
    """
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    text = str(raw).strip()
    if text.isascii() and text.isdigit():
        return int(text)
    fail(error(str(raw)))


def document_id(raw: Any) -> int:
    """A document id argument (``parser=``); otherwise RW302 ("no document with id ...").

    >>> document_id(" 12 ")
    12
    """
    from riftwatch.errors import StoreError

    return stored_id(raw, lambda given: StoreError("RW302", id=given))


def event_id(raw: Any) -> int:
    """An event id argument (``parser=``); otherwise RW307 ("no event with id ...")."""
    from riftwatch.errors import StoreError

    return stored_id(raw, lambda given: StoreError("RW307", id=given))


def cell(value: Any, width: int | None = None) -> str:
    """A table cell: text, cut to ``width``, with rich markup escaped (hostile text is data)."""
    text = "" if value is None else str(value)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return escape(text)


class State:
    """What the root callback saw: the ``--db`` given before the command."""

    db: str | None = None


state = State()


def db_of(local: str | None) -> str | None:
    """The store of a command: its own ``--db``, else the one given before it."""
    return local or state.db


def _version(value: bool) -> None:
    if value:
        out.print(f"riftwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    db: RootDbOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """riftwatch: graded, dated, attributable evidence on alliances between armed groups."""
    state.db = db
