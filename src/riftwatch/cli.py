"""The command-line program: a thin skin over :mod:`riftwatch.api`.

Argument parsing, output formats (``table``, ``json``, ``jsonl``) and exit codes
live here; all work is done by the API. Errors print their numbered message on
standard error and exit with status 2 (bad usage or store) or 1 (some input
failed).
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import __version__, api
from riftwatch._clitools import DbOption, Format, FormatOption, err, out
from riftwatch._clitools import cell as _cell
from riftwatch._clitools import emit as _emit
from riftwatch._clitools import fail as _fail
from riftwatch.actors.cli import actors_app
from riftwatch.errors import RiftwatchError

app = typer.Typer(
    name="riftwatch",
    help="Watch relationships between armed groups in multi-source reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
docs_app = typer.Typer(help="List and show stored documents.", no_args_is_help=True)
sources_app = typer.Typer(help="List and grade sources.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")
app.add_typer(sources_app, name="sources")
app.add_typer(actors_app, name="actors")


class State:
    db: str | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        out.print(f"riftwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    db: DbOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """riftwatch: graded, dated, attributable evidence on alliances between armed groups."""
    state.db = db


def _db(local: str | None) -> str | None:
    return local or state.db


# -- ingest ------------------------------------------------------------------
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
    if data["failures"]:
        table = Table("path", "line", "error", title="failed", title_justify="left")
        for f in data["failures"]:
            table.add_row(_cell(f["path"]), _cell(f["line"]), _cell(f["error"]))
        out.print(table)


# -- status -------------------------------------------------------------------
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


# -- docs ---------------------------------------------------------------------
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
    out.print(
        f"published {_cell(doc['published'])} · source {_cell(doc['source'])} "
        f"({doc['source_type']}) · grade {doc['grade']} ({escape(origin)}) · "
        f"language {doc['language']} · status {doc['status']}"
    )
    if len(doc["origin_group"]) > 1:
        out.print(f"origin group {doc['origin_id']}: documents {doc['origin_group']}")
    out.print(f"from {_cell(doc['path'])} {_cell(doc['locator'] or '')} ({doc['reader']})")
    out.print()
    for s in doc["sentences"]:
        out.print(f"[dim]{s['index']:>3} {s['start']:>6}-{s['end']:<6}[/dim] {escape(s['text'])}")


# -- search -------------------------------------------------------------------
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


# -- sources ------------------------------------------------------------------
@sources_app.command("list")
def sources_list(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List sources with their grades and document counts."""
    try:
        rows = api.list_sources(_db(db))
    except RiftwatchError as exc:
        _fail(exc)
        return
    table = Table("id", "name", "type", "reliability", "credibility", "documents", "graded by")
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["name"]),
            _cell(r["source_type"]),
            _cell(r["reliability"]),
            _cell(r["credibility"]),
            str(r["documents"]),
            _cell(r["graded_by"]),
        )
    _emit(rows, fmt, table)


@sources_app.command("grade")
def sources_grade(
    name: Annotated[str, typer.Argument(help="Source name (created if new).")],
    db: DbOption = None,
    source_type: Annotated[str | None, typer.Option("--type", "--source-type")] = None,
    reliability: Annotated[str | None, typer.Option(help="A-F")] = None,
    credibility: Annotated[str | None, typer.Option(help="1-6")] = None,
    analyst: Annotated[str | None, typer.Option(help="Who grades (default: $USER).")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Set a source's type and grades; its documents graded by default follow."""
    try:
        result = api.grade_source(
            _db(db),
            name,
            source_type=source_type,
            reliability=reliability,
            credibility=credibility,
            analyst=analyst,
        )
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is Format.table:
        out.print(
            f"{escape(result['name'])}: {result['source_type'] or '-'} "
            f"{result['reliability'] or '-'}{result['credibility'] or '-'}; "
            f"{result['documents_regraded']} documents re-graded"
        )
    else:
        _emit(result, fmt)


# -- extract / explain -------------------------------------------------------------
@app.command()
def extract(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="JSON Lines documents (id, text, date, ...), coded without a store. "
            "Without it: code the store's documents not yet coded."
        ),
    ] = None,
    db: DbOption = None,
    recode_all: Annotated[
        bool, typer.Option("--all", help="Re-code every stored document, coded or not.")
    ] = False,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    fmt: FormatOption = Format.jsonl,
) -> None:
    """Code documents into PLOVER events: source, target, type, mode, modality, date.

    With a file: reads one JSON object per line (``id`` and ``text`` required) and prints
    the events; a bad line is reported on standard error with its number and skipped, and
    the exit status is then 1. Without a file: codes the stored documents that this coder
    version has not coded (idempotent; ``--all`` re-codes everything).
    """
    if path is None:
        try:
            result = api.extract_stored(_db(db), recode_all=recode_all, workers=workers)
        except RiftwatchError as exc:
            _fail(exc)
            return
        if fmt is Format.table:
            out.print(f"coded {result['documents']} documents: {result['events']} events "
                      f"(coder {escape(result['coder_version'])})")  # fmt: skip
        else:
            _emit(result, fmt)
        return
    failed = 0

    def documents():  # type: ignore[no-untyped-def]
        nonlocal failed
        for item in api.read_jsonl_documents(path):
            if isinstance(item, RiftwatchError):
                failed += 1
                err.print(f"[red]error[/red] {escape(str(item))}")
                if item.code == "RW101":  # the file itself cannot be read
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


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="The sentence to code.")],
    date: Annotated[
        str | None, typer.Option(help="Report date (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show how a sentence is coded: parse, actors, matched patterns, modality and why."""
    try:
        data = api.explain(sentence, date=date)
    except RiftwatchError as exc:
        _fail(exc)
        return
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


# -- demo ---------------------------------------------------------------------
@app.command()
def demo(
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Ingest the bundled demo corpus into a fresh store and print a summary."""
    from importlib import resources

    from riftwatch import settings

    corpus = Path(str(resources.files("riftwatch.data").joinpath("demo")))
    target = _db(db) or str(settings.data_dir() / "demo.db")
    if "://" not in target:
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
    try:
        inputs = [corpus / "reports", corpus / "ucdp_ged_pakistan_headlines.jsonl"]
        summary = api.ingest(inputs, db=target)
        data = api.status(target)
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is not Format.table:
        _emit({"ingest": summary.to_dict(), "status": data}, fmt)
        return
    out.print(f"[bold]riftwatch demo[/bold]: corpus {escape(str(corpus))}")
    _print_ingest_summary(summary.to_dict())
    out.print(
        f"store {escape(data['store'])}: {data['documents']} documents in "
        f"{data['origin_groups']} origin groups, {data['sentences']} sentences"
    )
    out.print(
        "by source type: " + ", ".join(f"{k} {v}" for k, v in sorted(data["source_types"].items()))
    )
    out.print("by language: " + ", ".join(f"{k} {v}" for k, v in sorted(data["languages"].items())))
    hits = api.search(target, "shelter OR sanctuary", limit=5)
    out.print(f"\n[bold]search[/bold] 'shelter OR sanctuary': {len(hits)} hits")
    for h in hits:
        out.print(f"  doc {h['document_id']} [{h['grade']}] {_highlight(h['snippet'])}")
    _demo_events(target)
    out.print(f"\nTry: riftwatch --db {escape(target)} docs list")


def _demo_events(target: str) -> None:
    """Code the demo's English documents into the store and show what was found."""
    from collections import Counter

    result = api.extract_stored(target)
    events = api.list_events(target, limit=100_000)
    asserted = [e for e in events if e["modality"] == "asserted"]
    kinds = Counter(e["modality"] for e in events)
    out.print(
        f"\n[bold]events[/bold]: {result['events']} coded from {result['documents']} documents "
        f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())})"
    )
    pairs = Counter((e["source"]["name"], e["target"]["name"], e["event_type"]) for e in asserted)
    for (source, target_name, etype), n in pairs.most_common(8):
        out.print(f"  {n:>3} x {escape(source)} -{etype}-> {escape(target_name)}")


def main() -> None:
    """Entry point of the ``riftwatch`` program."""
    width = shutil.get_terminal_size((120, 24)).columns
    if not out.is_terminal:
        out.width = max(width, 160)
    app()


if __name__ == "__main__":
    main()
