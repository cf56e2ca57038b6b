"""``riftwatch export ...`` and ``riftwatch import ...``: standard exports of the store and
imports for round trips, thin skins over :func:`riftwatch.api.export`,
:func:`riftwatch.api.import_actors` and :func:`riftwatch.api.import_judgements`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from riftwatch import api
from riftwatch.cli._common import DbOption, Format, FormatOption, app, emit, err, out
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._filters import (
    ActorOption,
    FromOption,
    MaxCredibilityOption,
    MinConfidenceOption,
    MinReliabilityOption,
    ModalityOption,
    PairOption,
    ToOption,
    TypeOption,
    filter_options,
)
from riftwatch.cli.events import AnalystOption

export_app = typer.Typer(
    help="Export events, claims, judgements, actors, the actor graph (GraphML, GEXF), a "
    "STIX 2.1 bundle or PLOVER-style JSON, with the filters of `events list`.",
    no_args_is_help=True,
)
import_app = typer.Typer(
    help="Import actors (into the curated KB layer) or analysts' judgements of events, "
    "from files as `riftwatch export` writes them.",
    no_args_is_help=True,
)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (default: standard output)."),
]
CountingOption = Annotated[
    bool, typer.Option("--counting", help="Leave out claims an analyst rejected.")
]
ExportFormat = Annotated[
    str | None,
    typer.Option("--format", "-f", help="Format (default: the first listed for the kind)."),
]


def _filters(**given: Any) -> dict[str, Any]:
    given["document_id"] = given.pop("document", None)
    counting = given.pop("counting", False)
    if counting:
        given["include_rejected"] = False
    return given


def _run(kind: str, fmt: str | None, output: Path | None, db: str | None, **kw: Any) -> None:
    result = _call(api.export, kind, fmt, str(output) if output else None, db=_db(db), **kw)
    if output is not None:
        out.print(
            f"wrote {result['records']} {escape(_noun(kind))} to {escape(str(output))} "
            f"({escape(result['exporter'])})"
        )
    else:
        err.print(f"[dim]{result['records']} {escape(_noun(kind))} ({result['exporter']})[/dim]")


def _noun(kind: str) -> str:
    return {"graph": "graph edges", "stix": "STIX objects", "plover": "PLOVER records"}.get(
        kind, kind
    )


def _command(kind: str, summary: str) -> None:
    """Register ``riftwatch export KIND`` with the shared filter options."""

    @filter_options
    def command(
        db: DbOption = None,
        fmt: ExportFormat = None,
        output: OutputOption = None,
        filters: dict[str, Any] | None = None,
        counting: CountingOption = False,
    ) -> None:
        _run(kind, fmt, output, db, **_filters(**(filters or {}), counting=counting))

    command.__doc__ = summary
    export_app.command(kind)(command)


_command(
    "events",
    "Stored events as coded, one row each (csv, jsonl, parquet): document, outlet, grade, "
    "date, quote and its offsets, actors, type, mode, modality, confidence, origin group, "
    "the analyst's current verdict. Filters as `events list`.",
)
_command(
    "claims",
    "Claims (events as the analysts corrected them, overrides applied), one row each "
    "(csv, jsonl, parquet); the same columns as `export events`.",
)
_command(
    "judgements",
    "Every analyst judgement (verdicts and credibility overrides, oldest first) with the "
    "key of its event (csv, jsonl): what `import judgements` reads into another store.",
)
_command(
    "actors",
    "The actors of the claims and the analysts' added actors (csv, jsonl): what `import "
    "actors` reads.",
)
_command(
    "stix",
    "A STIX 2.1 bundle (json), validated with the stix2 library: groups as threat actors, "
    "states as identities, relationships from asserted claims, each document a report "
    "with its grade in a note, analysts' verdicts as opinions.",
)
_command(
    "plover",
    "One PLOVER-style JSON record per claim (jsonl), in the PLOVER manual's field names, "
    "with riftwatch's own fields under `riftwatch`.",
)


@export_app.command("graph")
def export_graph(
    db: DbOption = None,
    fmt: ExportFormat = None,
    output: OutputOption = None,
    by_month: Annotated[
        bool,
        typer.Option("--by-month", help="Monthly spells and scores on the edges (GEXF)."),
    ] = False,
    actor: ActorOption = None,
    pair: PairOption = None,
    event_type: TypeOption = None,
    modality: ModalityOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    min_confidence: MinConfidenceOption = None,
    min_reliability: MinReliabilityOption = None,
    max_credibility: MaxCredibilityOption = None,
) -> None:
    """The actor graph (gexf, graphml): actors as nodes; per pair one evidence edge with
    cooperation and conflict counts, net score, first and last date (rejected claims left
    out); the KB's hierarchy and lineage relations as separate edges, layer `kb`."""
    _run("graph", fmt, output, db, by_month=by_month, actor=actor, pair=pair,
         event_type=event_type, modality=modality, date_from=date_from, date_to=date_to,
         min_confidence=min_confidence, min_reliability=min_reliability,
         max_credibility=max_credibility)  # fmt: skip


@export_app.command("formats")
def export_formats(fmt: FormatOption = Format.table) -> None:
    """List the kinds of export and their formats."""
    data = api.export_formats()
    if fmt is not Format.table:
        emit([{"kind": k, "formats": v} for k, v in data.items()], fmt)
        return
    for kind, formats in data.items():
        out.print(f"{kind:<11} {', '.join(formats)}")


@import_app.command("actors")
def import_actors(
    path: Annotated[Path, typer.Argument(help="CSV, JSON or JSON Lines file of actors.")],
    db: DbOption = None,
    analyst: AnalystOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Import actors into the curated layer of the knowledge base: new actors are added,
    known ones get the aliases and parent they lack; provenance `import:<file name>`. One
    transaction: a bad row (named by line and field) imports nothing; a rerun adds
    nothing."""
    result = _call(api.import_actors, path, db=_db(db), analyst=analyst)
    if fmt is not Format.table:
        emit(result, fmt)
        return
    out.print(
        f"{escape(str(path))}: {result['rows']} rows; {result['added']} actors added, "
        f"{result['aliases_added']} aliases, {result['relations_added']} relations; "
        f"{result['unchanged']} already known"
    )


@import_app.command("judgements")
def import_judgements(
    path: Annotated[
        Path, typer.Argument(help="CSV, JSON or JSON Lines file from `export judgements`.")
    ],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Import analysts' judgements of events into a store holding the same documents
    (matched by content hash; events by the recode key), with their analysts and times.
    One transaction: a bad row imports nothing; a judgement already present is skipped."""
    result = _call(api.import_judgements, path, db=_db(db))
    if fmt is not Format.table:
        emit(result, fmt)
        return
    out.print(
        f"{escape(str(path))}: {result['rows']} rows; {result['imported']} judgements "
        f"imported, {result['already_present']} already present"
    )
