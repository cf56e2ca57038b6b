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
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import document_id as _document_id
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError


@docs_app.command("list")
def docs_list(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    source_type: Annotated[
        str | None,
        typer.Option(
            "--source-type", "--type", help="Only this source type (news, wire, analysis, ...)."
        ),
    ] = None,
    language: Annotated[str | None, typer.Option(help="Only this language code.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status (ready, coded).")] = None,
    grade: Annotated[str | None, typer.Option(help="Exactly this grade: B2, or B.")] = None,
    min_reliability: Annotated[
        str | None, typer.Option(help="Reliability at least this: B means A or B.")
    ] = None,
    max_credibility: Annotated[
        str | None, typer.Option(help="Credibility at most this: 3 means 1, 2 or 3.")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Published on or after (YYYY[-MM[-DD]]).")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Published on or before (up to its last day).")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored documents with grade, source, date and language."""
    rows = _call(
        api.list_documents,
        _db(db),
        limit=limit,
        offset=offset,
        source=source,
        source_type=source_type,
        language=language,
        status=status,
        grade=grade,
        min_reliability=min_reliability,
        max_credibility=max_credibility,
        date_from=date_from,
        date_to=date_to,
    )
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
    doc_id: Annotated[int, typer.Argument(help="Document id.", parser=_document_id)],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one document: metadata, grades and where they came from, text and sentences."""
    doc = _call(api.get_document, _db(db), doc_id)
    if fmt is not Format.table:
        _emit(doc, fmt)
        return
    out.print(f"[bold]#{doc['id']} {_cell(doc['title'])}[/bold]")
    origin = ", ".join(f"{k} from {v}" for k, v in (doc["grade_origin"] or {}).items())
    published = _cell(doc["published"]) if doc["published"] else "unknown"
    if doc.get("date_origin_text"):
        published += f" (from {escape(doc['date_origin_text'])})"
    out.print(
        f"published {published} · source {_cell(doc['source'] or 'unnamed')} "
        f"({doc['source_type']}) · grade {doc['grade']} ({escape(origin)}) · "
        f"language {doc['language']} · status {doc['status']}"
    )
    if len(doc["origin_group"]) > 1:
        out.print(f"origin group {doc['origin_id']}: documents {doc['origin_group']}")
    out.print(f"from {_cell(doc['path'])} {_cell(doc['locator'] or '')} ({doc['reader']})")
    out.print()
    for s in doc["sentences"]:
        out.print(f"[dim]{s['index']:>3} {s['start']:>6}-{s['end']:<6}[/dim] {escape(s['text'])}")


@docs_app.command("grade")
def docs_grade(
    doc_id: Annotated[int, typer.Argument(help="Document id.", parser=_document_id)],
    reliability: Annotated[str | None, typer.Option(help="A-F")] = None,
    credibility: Annotated[str | None, typer.Option(help="1-6")] = None,
    analyst: Annotated[str | None, typer.Option(help="Who grades (default: $USER).")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Set one document's own grade (its source's later grades leave it alone)."""
    result = _call(api.grade_document, _db(db), doc_id, reliability=reliability,
                   credibility=credibility, analyst=analyst)  # fmt: skip
    if fmt is Format.table:
        by = escape(result["graded_by"])
        out.print(f"document {result['id']}: grade {result['grade']} (by {by})")
    else:
        _emit(result, fmt)


@docs_app.command("delete")
def docs_delete(
    doc_ids: Annotated[
        list[int] | None,
        typer.Argument(help="Document ids.", metavar="ID", show_default=False, parser=_document_id),
    ] = None,
    run: Annotated[
        int | None, typer.Option("--run", help="Delete every document this ingest run added.")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be deleted; change nothing.")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Delete documents with their sentences, search entries, events and LSH buckets.

    A near-duplicate group that loses its origin gets a new origin; a file whose
    documents are all deleted is read again by the next ingest. Asks for
    confirmation unless --yes; without a terminal, refuses unless --yes.
    """
    import sys

    from riftwatch.errors import ConfigError

    try:
        plan = api.delete_documents(_db(db), ids=doc_ids, run_id=run, dry_run=True)
        if not dry_run and plan["documents"] and not yes:
            if not sys.stdin.isatty():
                raise ConfigError("RW131", count=plan["documents"])
            _print_deletion(plan, limit=20)
            if not typer.confirm(f"Delete these {plan['documents']} documents?", default=False):
                out.print("nothing deleted")
                raise typer.Exit(1)
        result = plan if dry_run else api.delete_documents(_db(db), ids=doc_ids, run_id=run)
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is not Format.table:
        _emit(result, fmt)
        return
    if dry_run:
        _print_deletion(result, limit=50)
    else:
        _print_deletion(result, limit=0)


def _print_deletion(data: dict, *, limit: int) -> None:
    """The documents (at most ``limit`` rows) and the counts of a delete or a dry run."""
    if not data["documents"]:
        out.print("no documents to delete")
        return
    if limit and data["items"]:
        table = Table("id", "title", "from")
        for item in data["items"][:limit]:
            where = " ".join(str(x) for x in (item["path"], item["locator"]) if x)
            if len(where) > 60:  # the end of a path names the file
                where = "…" + where[-59:]
            table.add_row(str(item["id"]), _cell(item["title"], 50), _cell(where))
        out.print(table)
        if len(data["items"]) > limit:
            out.print(f"... and {len(data['items']) - limit} more")

    def n(count: int, word: str) -> str:
        return f"{count} {word}" + ("" if count == 1 else "s")

    dry = data.get("dry_run")
    line = (
        f"{'would delete' if dry else 'deleted'} {n(data['documents'], 'document')} "
        f"({n(data['sentences'], 'sentence')}, {n(data['events'], 'event')}, "
        f"{n(data['minhash_bands'], 'LSH bucket')})"
    )
    if data.get("judgements"):
        line += f"; {n(data['judgements'], 'analyst judgement')} of their events"
    if data["origin_groups_repaired"]:
        line += f"; {n(data['origin_groups_repaired'], 'near-duplicate group')} "
        line += "would get" if dry else "got"
        line += " a new origin"
    if data["files_forgotten"]:
        line += f"; {n(data['files_forgotten'], 'file')} "
        line += "would be" if dry else "will be"
        line += " read again by the next ingest (none of their documents remain)"
    out.print(line)
