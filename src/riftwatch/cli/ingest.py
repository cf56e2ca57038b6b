"""``riftwatch ingest`` and ``riftwatch status``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    err,
    out,
)
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursive).")],
    db: DbOption = None,
    source: Annotated[
        str | None, typer.Option(help="Source name for documents that name none.")
    ] = None,
    source_type: Annotated[
        str | None,
        typer.Option("--source-type", "--type", help="Source type (news, wire, ...) default."),
    ] = None,
    reliability: Annotated[
        str | None, typer.Option(help="Source reliability A-F for documents without one.")
    ] = None,
    credibility: Annotated[
        str | None, typer.Option(help="Information credibility 1-6 for documents without one.")
    ] = None,
    columns: Annotated[
        list[str] | None,
        typer.Option(
            "--columns",
            help="CSV/JSONL column mapping FIELD=COLUMN, e.g. text=body,title=headline "
            "(fields: text, title, date, url, source, source_type, reliability, credibility, "
            "id, language).",
        ),
    ] = None,
    grading: Annotated[
        Path | None,
        typer.Option(help="Grading defaults file (YAML) to use instead of the bundled one."),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Re-read files even when unchanged since the last ingest.")
    ] = False,
    fmt: FormatOption = Format.table,
    progress: Annotated[
        bool | None,
        typer.Option(help="Show a progress bar (default: only on a terminal)."),
    ] = None,
) -> None:
    """Ingest files and folders: text, Markdown, HTML, PDF, DOCX, e-mail, JSONL, CSV, RSS/Atom.

    Exact duplicates are skipped; near-duplicates are stored in one origin group.
    Exits 1 when any file or record failed (each is listed with its reason).
    """
    show_bar = progress if progress is not None else (err.is_terminal and fmt is Format.table)
    try:
        with _progress_bar(show_bar) as on_progress:
            summary = api.ingest(
                paths,
                db=_db(db),
                source=source,
                source_type=source_type,
                reliability=reliability,
                credibility=credibility,
                columns=api.parse_columns(columns),
                grading_file=grading,
                force=force,
                progress=on_progress,
            )
    except RiftwatchError as exc:
        _fail(exc)
        return
    data = summary.to_dict()
    if fmt is Format.table:
        _print_ingest_summary(data)
    else:
        _emit(data, fmt)
    if summary.failed:
        raise typer.Exit(1)


@contextmanager
def _progress_bar(show: bool) -> Iterator[Any]:
    """A progress callback drawing a bar on standard error, or None when not shown."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=None, name="")

        def on_progress(event: str, info: dict[str, Any]) -> None:
            if event == "start":
                bar.update(task, total=info["files"])
            elif event == "file":
                bar.update(task, advance=1, name=escape(Path(info["path"]).name[:40]))

        yield on_progress


def _print_ingest_summary(data: dict[str, Any]) -> None:
    out.print(
        f"[bold]ingest run {data['run_id']}[/bold]: {data['files']} files "
        f"({data['files_unchanged']} unchanged), {data['documents_added']} documents added "
        f"({data['near_duplicates']} near-duplicates grouped, {data['non_english']} non-English "
        f"marked), {data['duplicates']} exact duplicates skipped, "
        f"{data['sentences_added']} sentences, {data['failed']} failed"
    )
    if data.get("documents_replaced"):
        out.print(
            f"{data['documents_replaced']} documents of files read before were replaced: "
            "the files (or the options they are read with) changed and no longer yield them"
        )
    if data["failures"]:
        table = Table("path", "line", "error", title="failed", title_justify="left")
        for f in data["failures"]:
            table.add_row(_cell(f["path"]), _cell(f["line"]), _cell(f["error"]))
        out.print(table)


@app.command()
def status(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Counts of documents, sentences and events, and every failed file with its reason."""
    try:
        data = api.status(_db(db))
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    out.print(f"[bold]store[/bold] {escape(data['store'])}")
    out.print(
        f"{data['documents']} documents in {data['origin_groups']} origin groups, "
        f"{data['sentences']} sentences, {data['events']} events"
    )
    if data["languages"]:
        langs = ", ".join(f"{k}: {v}" for k, v in sorted(data["languages"].items()))
        out.print(f"languages: {escape(langs)}")
    if data["source_types"]:
        types = ", ".join(f"{k}: {v}" for k, v in sorted(data["source_types"].items()))
        out.print(f"source types: {escape(types)}")
    if data["last_run"]:
        run = data["last_run"]
        out.print(f"last ingest run {run['id']}: {run['status']} (started {run['started_at']})")
    if data["failed"]:
        table = Table(
            "path", "line", "error", title=f"{len(data['failed'])} failed", title_justify="left"
        )
        for f in data["failed"]:
            table.add_row(_cell(f["path"]), _cell(f["line"]), _cell(f["error"]))
        out.print(table)
    else:
        out.print("no failures")
