"""``riftwatch events ...``: browse the stored events that ``riftwatch extract`` coded."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    out,
    write_csv,
)
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import event_id as _event_id
from riftwatch.cli._common import fail as _fail
from riftwatch.cli._filters import AfterOption, event_filters, filter_options
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
        elif key == "judgement":
            for part in ("verdict", "analyst", "at"):
                row[f"judgement_{part}"] = (value or {}).get(part)
        elif isinstance(value, dict):
            continue
        else:
            row[key] = value
    return row


def _judgement_text(e: dict[str, Any]) -> str | None:
    """The current verdict in words, e.g. ``reject by ana at 2026-11-30T10:00:00: misread``."""
    j = e.get("judgement")
    if not j:
        return None
    text = f"{j['verdict']} by {j['analyst']} at {j['at']}"
    if j.get("changes"):
        text += " (" + _changes_text(j["changes"]) + ")"
    if j.get("note"):
        text += f": {j['note']}"
    return text


def _changes_text(changes: dict[str, Any]) -> str:
    parts = []
    for key, value in changes.items():
        shown = value.get("name") if isinstance(value, dict) else value
        parts.append(f"{key}={shown if shown is not None else 'none'}")
    return ", ".join(parts)


AnalystOption = Annotated[
    str | None,
    typer.Option(
        help="Who judges (default: the RIFTWATCH_ANALYST setting, else your user name).",
        show_default=False,
    ),
]


def _described(filters: dict[str, Any]) -> str:
    """The filters as the options that set them: ``--actor TTP --type ASSAULT``."""
    parts = []
    for key, value in filters.items():
        name = "--" + OPTION.get(key, key).replace("_", "-")
        if key == "judged" and value is not None:
            parts.append("--judged" if value else "--unjudged")
        elif value is True:
            parts.append(name)
        elif isinstance(value, list):
            parts.extend(f"{name} {v}" for v in value)
        elif value not in (None, "", False):
            parts.append(f"{name} {value}")
    return " ".join(parts)


@events_app.command("list")
@filter_options
def events_list(
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    after: AfterOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored events (by document, sentence, id) with filters combined by AND.

    Each event has the shape `extract FILE` prints, plus its `id`, `document_id`, the
    document's `grade`, the coder version and the reasons. `doc_id` is the document's
    external id when it has one, else its numeric id. CSV spreads the actors over
    `source_id`, `source_name`, `source_mention`, ... columns.
    """
    try:
        chosen = event_filters(**(filters or {}))
        rows = api.list_events(_db(db), chosen, limit=limit, offset=offset, after=after)
        total = offset + len(rows)
        if fmt is Format.table and not after and (offset or not rows or len(rows) == limit):
            total = api.count_events(_db(db), chosen)
    except RiftwatchError as exc:
        _fail(exc)
        return
    filters = chosen.given()
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
                  "judged", "quote")  # fmt: skip
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
            _cell((e.get("judgement") or {}).get("verdict") or ""),
            _cell(e["quote"], 48),
        )
    out.print(table)
    if after:  # a page after a cursor: its place in the list is not counted
        more = f"; next page: --after {api.event_cursor(rows[-1])}" if len(rows) == limit else ""
        out.print(f"[dim]events after {escape(after)}: {len(rows)}{more}[/dim]")
        return
    shown = f"{offset + 1}-{offset + len(rows)} of {total}"
    more = ""
    if offset + len(rows) < total:
        cursor = api.event_cursor(rows[-1])
        more = f"; next page: --offset {offset + len(rows)} (or --after {cursor})"
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
    event_id: Annotated[
        int, typer.Argument(help="Event id (see `events list`).", parser=_event_id)
    ],
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
    if e.get("judgement"):
        rows.append(("judgement", _cell(_judgement_text(e))))
    if e.get("credibility_override") is not None:
        rows.append(("credibility", f"{e['credibility_override']} (analyst's override)"))
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


@events_app.command("judge")
def events_judge(
    event_id: Annotated[str, typer.Argument(help="Event id (see `events list`).")],
    accept: Annotated[bool, typer.Option("--accept", help="The event is right.")] = False,
    reject: Annotated[
        bool, typer.Option("--reject", help="The event is wrong: later stages leave it out.")
    ] = False,
    correct: Annotated[
        bool, typer.Option("--correct", help="The event is right once changed (give --set).")
    ] = False,
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="With --correct: a field to change (repeat): event_type, mode, modality, "
            "source, target (an actor id or name), source_id, source_name, target_id, "
            "target_name, date (YYYY[-MM[-DD]] or START/END).",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Why (kept with the judgement).")] = None,
    analyst: AnalystOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Judge a stored event: accept, reject or correct it.

    Judgements are kept, never overwritten: the latest counts, earlier ones are its history
    (`events history ID`). A judgement follows its event when the document is coded again;
    `events orphans` lists those whose event the coder no longer finds.
    """
    chosen = [name for name, on in (("accept", accept), ("reject", reject),
                                    ("correct", correct)) if on]  # fmt: skip
    verdict = chosen[0] if len(chosen) == 1 else "/".join(chosen) or "none"
    j = _call(api.judge_event, _db(db), event_id, verdict, analyst=analyst, note=note,
              changes=set_ or None)  # fmt: skip
    if fmt is not Format.table:
        _emit(j, fmt)
        return
    text = f"event {j['event_id']}: {j['verdict']} by {j['analyst']} at {j['at']}"
    if j["changes"]:
        text += " (" + _changes_text(j["changes"]) + ")"
    out.print(_cell(text))


@events_app.command("credibility")
def events_credibility(
    event_id: Annotated[str, typer.Argument(help="Event id (see `events list`).")],
    value: Annotated[
        str, typer.Argument(help="Information credibility 1-6 for this event, or 'clear'.")
    ],
    reason: Annotated[
        str | None, typer.Option(help="Why (required to set a value).", show_default=False)
    ] = None,
    analyst: AnalystOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Override the information credibility (1-6) of one event; 'clear' withdraws it.

    The override replaces the document's credibility for this event only (its grade, e.g.
    B4, becomes B2). Kept as history like verdicts.
    """
    j = _call(api.override_credibility, _db(db), event_id, value, analyst=analyst,
              reason=reason)  # fmt: skip
    if fmt is not Format.table:
        _emit(j, fmt)
        return
    what = "withdrawn" if j["credibility"] is None else f"set to {j['credibility']}"
    out.print(_cell(f"event {j['event_id']}: credibility {what} by {j['analyst']} at {j['at']}"))


def _judgement_rows(rows: list[dict[str, Any]], *, title: str | None = None) -> Table:
    table = Table("#", "event", "at", "analyst", "kind", "judgement", "note", "applied to",
                  title=title)  # fmt: skip
    for j in rows:
        if j["kind"] == "verdict":
            what = j["verdict"] + (f" ({_changes_text(j['changes'])})" if j["changes"] else "")
        else:
            value = j["credibility"]
            what = f"credibility {value}" if value is not None else "credibility cleared"
        e = j["event"]
        coded = f"s{e['sentence_index']} {e['source']} -{e['event_type']}-> {e['target']}"
        marker = "" if j.get("current", True) else " [dim](earlier)[/dim]"
        table.add_row(
            str(j["id"]),
            "orphaned" if j["orphaned"] else str(j["event_id"]),
            _cell(j["at"]),
            _cell(j["analyst"], 20),
            _cell(j["kind"]),
            _cell(what, 48) + marker,
            _cell(j["note"] or "", 40),
            _cell(coded, 60),
        )
    return table


def _print_judgements(rows: list[dict[str, Any]], fmt: Format, none: str) -> None:
    """Judgement rows in ``fmt`` (CSV: one column per key); as a table, the ``none``
    line (rich markup) when there are none."""
    if fmt is Format.csv:
        write_csv(rows)
    elif fmt is not Format.table:
        _emit(rows, fmt)
    else:
        out.print(_judgement_rows(rows) if rows else none)


@events_app.command("history")
def events_history(
    event_id: Annotated[str, typer.Argument(help="Event id (an id from before a recode too).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """All judgements of one event, oldest first: verdicts and credibility overrides, who,
    when, the note, and the coded event they applied to."""
    rows = _call(api.event_judgements, _db(db), event_id)
    _print_judgements(rows, fmt, f"event {_cell(event_id)} has not been judged")


@events_app.command("orphans")
def events_orphans(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Judgements whose event the coder no longer finds after a recode (kept, not lost).

    Each names the document and the event as it was coded; a later recode that finds the
    event again re-attaches it.
    """
    rows = _call(api.orphaned_judgements, _db(db))
    _print_judgements(rows, fmt, "no orphaned judgements")
