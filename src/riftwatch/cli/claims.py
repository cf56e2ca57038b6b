"""``riftwatch claims ...``: stored events as graded claims, with origins and judgements."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import DbOption, Format, FormatOption, app, out, write_csv
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._filters import event_filters, filter_options

claims_app = typer.Typer(
    help="Stored events as claims: graded, with their independent origin and the analyst's "
    "judgement, as the analytic stages see them.",
    no_args_is_help=True,
)
app.add_typer(claims_app, name="claims")


def _flat(claim: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: the judgement and the attribution spread over plain columns."""
    row: dict[str, Any] = {}
    for key, value in claim.items():
        if key == "judgement":
            j = value or {}
            for part in ("verdict", "analyst", "at", "note"):
                row[f"judgement_{part}"] = j.get(part)
            row["judgement_changes"] = j.get("changes") or None
        elif key == "attributed_to":
            row["attributed_to"] = (value or {}).get("name")
        else:
            row[key] = value
    return row


@claims_app.command("list")
@filter_options
def claims_list(
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
    counting: Annotated[
        bool, typer.Option("--counting", help="Leave out claims an analyst rejected.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """List claims: each stored event with its grade (an analyst's credibility override
    applied), its independent origin (near-duplicate documents share one), outlet and
    source type, attribution, and the analyst's current verdict (a correction applied; a
    rejected claim shows `counts` false).

    Filters as `events list`, applied to the corrected claim.
    """
    chosen = _call(event_filters, **(filters or {}))
    rows = _call(api.list_claims, _db(db), chosen, include_rejected=not counting, limit=limit,
                 offset=offset)  # fmt: skip
    if fmt is Format.csv:
        write_csv([_flat(r) for r in rows])
        return
    if fmt is not Format.table:
        _emit(rows, fmt)
        return
    if not rows:
        out.print("no claims match" if offset == 0 else f"no claims at offset {offset}")
        return
    table = Table("id", "doc", "date", "source", "type", "target", "modality", "grade",
                  "origin", "outlet", "attributed to", "conf", "judged", "quote")  # fmt: skip
    for c in rows:
        kind = c["event_type"] + (f"/{c['mode']}" if c["mode"] else "")
        grade = c["grade"] + ("*" if c["credibility_override"] else "")
        judgement = c["judgement"] or {}
        table.add_row(
            str(c["event_id"]),
            _cell(c["doc_id"], 14),
            _cell(c["date"], 21),
            _cell(c["source_name"], 24),
            _cell(kind),
            _cell(c["target_name"], 24),
            _cell(c["modality"]),
            _cell(grade),
            _cell(c["origin"]),
            _cell(c["outlet"] or c["source_type"], 18),
            _cell((c["attributed_to"] or {}).get("name"), 20),
            f"{c['confidence']:.2f}",
            _cell(judgement.get("verdict") or ""),
            _cell(c["quote"], 36),
        )
    for column in table.columns:  # short codes never wrap; text wraps
        if column.header in ("id", "grade", "origin", "conf", "judged"):
            column.no_wrap = True
    out.print(table)
    more = f"; next page: --offset {offset + len(rows)}" if len(rows) == limit else ""
    origins = len({c["origin"] for c in rows})
    out.print(
        f"[dim]claims {offset + 1}-{offset + len(rows)} ({origins} independent origins"
        f"{escape(more)}); grade* = analyst's credibility override[/dim]"
    )
