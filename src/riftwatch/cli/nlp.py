"""``riftwatch extract`` and ``riftwatch explain``: coding text into events."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from typer.core import TyperCommand

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
from riftwatch.cli._progress import ExtractProgress, display, mode_of
from riftwatch.errors import NLPError, RiftwatchError
from riftwatch.interrupt import interrupted


@app.command()
def extract(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Documents coded without a store: JSON Lines (id, text, date, ...), any "
            "file ingest reads (text, HTML, PDF, DOCX, e-mail, CSV, feeds) or a folder of "
            "them. Without it: code the store's documents not yet coded."
        ),
    ] = None,
    db: DbOption = None,
    recode_all: Annotated[
        bool, typer.Option("--all", help="Re-code every stored document, coded or not.")
    ] = False,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    fmt: FormatOption = Format.jsonl,
    progress: Annotated[
        bool | None,
        typer.Option(
            help="Coding the store: documents coded / total on standard error, a bar on a "
            "terminal, otherwise a plain line every few seconds. Default: on."
        ),
    ] = None,
) -> None:
    """Code documents into PLOVER events: source, target, type, mode, modality, date.

    With a file or folder: reads its documents (JSON Lines: one object per line, ``id`` and
    ``text`` required; other files as ``ingest`` reads them, the file name as the id) and
    prints the events; a bad line or file is reported on standard error with its number or
    name and skipped, and the exit status is then 1. Without a file: codes the stored
    documents that this coder version has not coded (idempotent; ``--all`` re-codes
    everything). Ctrl-C or SIGTERM stops it (exit status 130 or 143), each document left
    coded or untouched; running it again codes the rest.
    """
    if path is None:
        mode = mode_of(progress, err.is_terminal)
        try:
            with display("extract", mode, console=err) as shown:
                result = api.extract_stored(
                    _db(db),
                    recode_all=recode_all,
                    workers=workers,
                    progress=ExtractProgress(shown) if mode != "off" else None,
                )
        except RiftwatchError as exc:
            _fail(exc)
            return
        except KeyboardInterrupt as exc:
            stop = interrupted(exc)
            done = stop.summary or {}
            error = NLPError(
                "RW204",
                signal=stop.signal_name,
                detail=f"{done.get('documents', 0)} documents coded "
                f"({done.get('events', 0)} events) before the stop; the others are "
                "untouched. Run the same command again to code them",
            )
            err.print(f"[red]error[/red] {escape(str(error))}")
            raise typer.Exit(stop.exit_status) from None
        if fmt is Format.table:
            out.print(f"coded {result['documents']} documents: {result['events']} events "
                      f"(coder {escape(result['coder_version'])})")  # fmt: skip
        else:
            _emit(result, fmt)
        return
    failed = 0

    def documents():  # type: ignore[no-untyped-def]
        nonlocal failed
        for item in api.read_documents(path):
            if isinstance(item, RiftwatchError):
                failed += 1
                err.print(f"[red]error[/red] {escape(str(item))}")
                if item.code == "RW101" and not path.is_dir():  # the file cannot be read
                    return
                continue
            yield item

    try:
        events = api.extract(documents(), workers=workers)
        if fmt is Format.jsonl:
            for event in events:
                sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
        elif fmt is Format.json:
            _emit(list(events), fmt)
        else:
            table = Table("doc", "source", "type", "mode", "target", "modality", "date", "quote")
            for e in events:
                table.add_row(_cell(e["doc_id"]), _cell(e["source"]["name"]), e["event_type"],
                              _cell(e["mode"]), _cell(e["target"]["name"]), e["modality"],
                              _cell(e["date"]), _cell(e["quote"], 40))  # fmt: skip
            out.print(table)
    except RiftwatchError as exc:
        _fail(exc)
    if failed:
        raise typer.Exit(1)


_OPTION_LIKE = re.compile(r"--?[A-Za-z][\w-]*(=.*)?", re.DOTALL)


class TextArgumentCommand(TyperCommand):
    """A command whose argument is free text: an argument that starts with "-" but cannot
    be an option (``"- In May 2009 ..."``, ``"-- the group said"``) is read as the text, as
    if it came after ``--``. Options keep working anywhere on the line."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        kept: list[str] = []
        texts: list[str] = []
        for i, arg in enumerate(args):
            if arg == "--":
                texts.extend(args[i + 1 :])
                break
            if arg.startswith("-") and arg != "-" and not _OPTION_LIKE.fullmatch(arg):
                texts.append(arg)
            else:
                kept.append(arg)
        return super().parse_args(ctx, [*kept, "--", *texts] if texts else kept)


@app.command(cls=TextArgumentCommand)
def explain(
    sentence: Annotated[
        str,
        typer.Argument(
            help="The sentence to code. One that starts with '-' (a list item) works as "
            "is; `--` before it also ends the options."
        ),
    ],
    date: Annotated[
        str | None, typer.Option(help="Report date (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show how a sentence is coded: parse, actors, matched patterns, modality and why."""
    data = _call(api.explain, sentence, date=date)
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    table = Table("i", "token", "lemma", "pos", "dep", "head", "actor")
    for t in data["tokens"]:
        table.add_row(str(t["i"]), escape(t["text"]), escape(t["lemma"]), t["pos"], t["dep"],
                      str(t["head"]), _cell(t.get("actor")))  # fmt: skip
    out.print(table)
    if not data["events"]:
        out.print("no events: " + escape(data.get("note") or "no pattern matched"))
    for e in data["events"]:
        out.print(f"[bold]{escape(e['source']['name'])} -{e['event_type']}"
                  f"{'/' + e['mode'] if e['mode'] else ''}-> {escape(e['target']['name'])}"
                  f"[/bold] ({e['modality']}, confidence {e['confidence']})")  # fmt: skip
        for reason in e["why"]:
            out.print(f"  - {escape(reason)}")
