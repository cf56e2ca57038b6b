"""``riftwatch events ...``: browse the stored events that ``riftwatch extract`` coded."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from riftwatch import api
from riftwatch.cli._common import DbOption, Format, FormatOption, app, out, write_csv
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError

events_app = typer.Typer(
    help="Browse stored events: list them with filters, show one with its evidence.",
    no_args_is_help=True,
)
app.add_typer(events_app, name="events")

OPTION = {"event_type": "type", "date_from": "from", "date_to": "to", "document_id": "document"}


def _flat(event: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: actors, attribution and reasons spread over plain columns."""
    row: dict[str, Any] = {}
    for key, value in event.items():
        if key in ("source", "target"):
            for part in ("id", "name", "mention"):
                row[f"{key}_{part}"] = (value or {}).get(part)
        elif key == "attributed_to":
            row["attributed_to"] = (value or {}).get("name")
        elif key == "why":
            row["why"] = "; ".join(value or [])
        elif isinstance(value, dict):
            continue
        else:
            row[key] = value
    return row


def _described(filters: dict[str, Any]) -> str:
    """The filters as the options that set them: ``--actor TTP --type ASSAULT``."""
    parts = []
    for key, value in filters.items():
        name = "--" + OPTION.get(key, key).replace("_", "-")
        if value is True:
            parts.append(name)
        elif isinstance(value, list):
            parts.extend(f"{name} {v}" for v in value)
        elif value not in (None, "", False):
            parts.append(f"{name} {value}")
    return " ".join(parts)


@events_app.command("list")
def events_list(
    db: DbOption = None,
    actor: Annotated[
        str | None,
        typer.Option(
            help="Source or target is this actor: an id (org:ttp), a name fragment "
            "(case-insensitive) or a name the knowledge base knows (TTP)."
        ),
    ] = None,
    pair: Annotated[
        list[str] | None,
        typer.Option(
            metavar="<str>",
            help="Two actors, given as --pair A --pair B (or --pair A,B): events between "
            "them in either direction.",
        ),
    ] = None,
    directed: Annotated[
        bool,
        typer.Option(
            "--directed", help="With --pair: only events from the first actor to the second."
        ),
    ] = False,
    event_type: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            metavar="<str>",
            help="PLOVER event type, e.g. ASSAULT (repeat, or A,B, for any).",
        ),
    ] = None,
    mode: Annotated[
        list[str] | None,
        typer.Option(metavar="<str>", help="Mode, e.g. sanctuary (repeat for any)."),
    ] = None,
    modality: Annotated[
        list[str] | None,
        typer.Option(
            metavar="<str>",
            help="asserted, negated, denied, hypothetical, future or uncertain (repeat for any).",
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); a date overlaps "
            "when any part of it is in the range (2009 matches --from 2009-06).",
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", help="Events dated on or before this (up to its last day)."),
    ] = None,
    document: Annotated[
        str | None,
        typer.Option(help="Only this document: its numeric id or its external id."),
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option(help="Only events with at least this confidence (0-1).")
    ] = None,
    min_reliability: Annotated[
        str | None,
        typer.Option(help="Source reliability at least this: B means A or B."),
    ] = None,
    max_credibility: Annotated[
        str | None,
        typer.Option(help="Information credibility at most this: 3 means 1, 2 or 3."),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored events (by document, sentence, id) with filters combined by AND.

    Each event has the shape `extract FILE` prints, plus its `id`, `document_id`, the
    document's `grade`, the coder version and the reasons. `doc_id` is the document's
    external id when it has one, else its numeric id. CSV spreads the actors over
    `source_id`, `source_name`, `source_mention`, ... columns.
    """
    filters: dict[str, Any] = {
        "actor": actor,
        "pair": pair,
        "directed": directed,
        "event_type": event_type,
        "mode": mode,
        "modality": modality,
        "date_from": date_from,
        "date_to": date_to,
        "document_id": document,
        "min_confidence": min_confidence,
        "min_reliability": min_reliability,
        "max_credibility": max_credibility,
    }
    try:
        rows = api.list_events(_db(db), limit=limit, offset=offset, **filters)
        total = offset + len(rows)
        if fmt is Format.table and (offset or not rows or len(rows) == limit):
            total = api.count_events(_db(db), **filters)
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is Format.csv:
        write_csv([_flat(r) for r in rows])
        return
    if fmt is not Format.table:
        _emit(rows, fmt)
        return
    if not rows:
        where = escape(_described(filters))
        if total:
            out.print(f"no events at offset {offset}: {total} match {where}".rstrip())
        elif where:
            out.print(f"no events match {where}")
        else:
            out.print("no events stored: `riftwatch extract` codes the stored documents")
        return
    table = Table("id", "doc", "date", "source", "type", "target", "modality", "conf", "grade",
                  "quote")  # fmt: skip
    for e in rows:
        kind = e["event_type"] + (f"/{e['mode']}" if e["mode"] else "")
        table.add_row(
            str(e["id"]),
            _cell(e["doc_id"], 16),
            _cell(e["date"]),
            _cell(e["source"]["name"], 28),
            _cell(kind),
            _cell(e["target"]["name"], 28),
            _cell(e["modality"]),
            f"{e['confidence']:.2f}",
            _cell(e["grade"]),
            _cell(e["quote"], 48),
        )
    out.print(table)
    shown = f"{offset + 1}-{offset + len(rows)} of {total}"
    more = f"; next page: --offset {offset + len(rows)}" if offset + len(rows) < total else ""
    out.print(f"[dim]events {shown}{more}[/dim]")


def _highlighted(sentence: str, spans: dict[str, Any]) -> Text:
    """The sentence as plain text (no markup read) with the quote and actors styled."""
    text = Text(sentence)
    for key, style in (("source", "cyan"), ("target", "magenta"), ("quote", "bold reverse")):
        span = spans.get(key)
        if span:
            text.stylize(style, span[0], span[1])
    return text


@events_app.command("show")
def events_show(
    event_id: Annotated[int, typer.Argument(help="Event id (see `events list`).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one event: its sentence with the quote highlighted, roles, modality, attribution,
    date, confidence, the document and its grade (and where the grade came from), and why."""
    e = _call(api.get_event, _db(db), event_id)
    if fmt is Format.csv:
        write_csv([_flat(e)])
        return
    if fmt is not Format.table:
        _emit(e, fmt)
        return
    kind = e["event_type"] + (f"/{e['mode']}" if e["mode"] else "")
    out.print(f"[bold]event {e['id']}: {_cell(e['source']['name'])} -{_cell(kind)}-> "
              f"{_cell(e['target']['name'])}[/bold] ({_cell(e['modality'])})")  # fmt: skip
    out.print(_highlighted(e["sentence"] or "", e["spans"]))
    doc = e["document"]
    origin = ", ".join(f"{k} from {v}" for k, v in sorted(e["grade_origin"].items()))
    rows = [
        ("source", _role(e["source"])),
        ("target", _role(e["target"])),
        ("type", _cell(kind)),
        ("modality", _cell(e["modality"])),
        ("attributed to", _cell((e["attributed_to"] or {}).get("name") or "nobody named")),
        ("date", _cell(f"{e['date']} ({e['date_precision']})" if e["date"] else "unknown")),
        ("confidence", f"{e['confidence']:.2f}"),
        ("quote", _cell(e["quote"])),
        ("document", f"{_cell(e['doc_id'])} (id {doc['id']}) {_cell(doc['title'] or '', 80)}"),
        ("published", _cell(doc["published"] or "unknown")),
        ("source of report", f"{_cell(doc['source'] or 'unknown')} ({_cell(doc['source_type'])})"),
        ("grade", f"{e['grade']} ({_cell(origin or 'no record')})"),
        ("sentence", f"{e['sentence_index']} at {e['start']}-{e['end']}"),
        ("coder", _cell(e["coder_version"])),
    ]
    table = Table(show_header=False, box=None, padding=(0, 1))
    for label, value in rows:
        table.add_row(f"[dim]{label}[/dim]", value)
    out.print(table)
    if e["why"]:
        out.print("[bold]why[/bold]")
        for reason in e["why"]:
            out.print(f"  - {escape(reason)}")


def _role(actor: dict[str, Any]) -> str:
    extra = [f"as {actor['mention']!r}" if actor.get("mention") else "",
             actor.get("id") or "", actor.get("person") and f"person {actor['person']}",
             actor.get("qualifier") and f"qualifier {actor['qualifier']!r}"]  # fmt: skip
    return f"{_cell(actor.get('name'))} [dim]{_cell(' · '.join(x for x in extra if x))}[/dim]"
