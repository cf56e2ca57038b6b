"""``riftwatch ingest`` and ``riftwatch status``."""

from __future__ import annotations

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
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.cli._progress import IngestProgress, display, mode_of, plain
from riftwatch.errors import IngestError, RiftwatchError
from riftwatch.interrupt import Interrupted, interrupted


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursive).")],
    db: DbOption = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="Source name for documents that name none; a new source named here keeps "
            "the --source-type, --reliability and --credibility given with it."
        ),
    ] = None,
    source_type: Annotated[
        str | None,
        typer.Option("--source-type", "--type", help="Source type (news, wire, ...) default."),
    ] = None,
    reliability: Annotated[
        str | None,
        typer.Option(
            help="Source reliability A-F for documents without one (with --source: for that "
            "source's documents only)."
        ),
    ] = None,
    credibility: Annotated[
        str | None,
        typer.Option(
            help="Information credibility 1-6 for documents without one (with --source: for "
            "that source's documents only)."
        ),
    ] = None,
    columns: Annotated[
        list[str] | None,
        typer.Option(
            "--columns",
            help="CSV/JSONL column mapping FIELD=COLUMN, e.g. text=body,title=headline "
            "(fields: text, title, date, url, source, source_type, reliability, credibility, "
            "grade, id, language; grade is an Admiralty code such as B2).",
        ),
    ] = None,
    grading: Annotated[
        Path | None,
        typer.Option(help="Grading defaults file (YAML) to use instead of the bundled one."),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option(
            "--date-order",
            help="How CSV/JSONL dates in numbers that read either way (03/08/2021) are "
            "written: dmy (day first) or mdy (month first). Default: as each file's "
            "unambiguous dates show (14/07/2021: day first), else month first.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Re-read files even when unchanged since the last ingest.")
    ] = False,
    fmt: FormatOption = Format.table,
    progress: Annotated[
        bool | None,
        typer.Option(
            help="Progress on standard error: a bar on a terminal, otherwise a plain line "
            "every few seconds (setting progress_interval). Default: on."
        ),
    ] = None,
) -> None:
    """Ingest files and folders: text, Markdown, HTML, PDF, DOCX, e-mail, JSONL, CSV, RSS/Atom.

    Exact duplicates are skipped; near-duplicates are stored in one origin group.
    Exits 1 when any file or record failed (each is listed with its reason). Ctrl-C or
    SIGTERM stops the run cleanly (exit status 130 or 143): it is marked interrupted,
    and running the same command again finishes the job without doubles.
    """
    mode = mode_of(progress, err.is_terminal)
    try:
        with display("ingest", mode, console=err) as shown:
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
                progress=IngestProgress(shown) if mode != "off" else None,
                date_order=date_order,
            )
    except RiftwatchError as exc:
        _fail(exc)
        return
    except KeyboardInterrupt as exc:
        _stopped(interrupted(exc))
        return
    data = summary.to_dict()
    if fmt is Format.table:
        _print_ingest_summary(data)
    else:
        _emit(data, fmt)
    if summary.failed:
        raise typer.Exit(1)


def _stopped(stop: Interrupted) -> None:
    """Report an interrupted ingest (RW132) on standard error and exit 130 or 143."""
    summary = stop.summary
    if summary is not None and summary.run_id:
        where = f" in {plain(stop.where, 200)}" if stop.where else ""
        detail = (
            f"ingest run {summary.run_id} stopped{where} after {summary.documents_added} "
            f"documents added ({summary.files} file{'s' * (summary.files != 1)} begun); it is "
            "marked interrupted. "
            "Run the same command again to finish: stored documents are kept and none is "
            "stored twice"
        )
    else:
        detail = "the ingest run stopped before it began; nothing was stored"
    error = IngestError("RW132", signal=stop.signal_name, detail=detail)
    err.print(f"[red]error[/red] {escape(str(error))}")
    raise typer.Exit(stop.exit_status)


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
    data = _call(api.status, _db(db))
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
        if run["status"] == "interrupted":
            out.print("  (run the same ingest again to finish it)")
    if data["failed"]:
        table = Table(
            "path", "line", "error", title=f"{len(data['failed'])} failed", title_justify="left"
        )
        for f in data["failed"]:
            table.add_row(_cell(f["path"]), _cell(f["line"]), _cell(f["error"]))
        out.print(table)
    else:
        out.print("no failures")
