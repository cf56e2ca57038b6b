"""``riftwatch rifts`` and ``riftwatch dyad``: relationship analytics over coded claims.

Both read a JSON Lines file of documents (coded as ``riftwatch extract`` codes them) or,
without a file, the claims of the store (``--db``: its coded events with their grades,
origin groups and analysts' judgements, :func:`riftwatch.api.load_claims`), and are thin
skins over :func:`riftwatch.api.rifts` and :func:`riftwatch.api.dyad`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from riftwatch import api
from riftwatch.analysis.claims import read_as_texts
from riftwatch.cli._common import (
    AsOfOption,
    DbOption,
    Format,
    FormatOption,
    app,
    call,
    cell,
    db_of,
    emit,
    err,
    out,
)
from riftwatch.errors import RiftwatchError

DocumentsArgument = Annotated[
    Path | None,
    typer.Argument(
        help="Documents: JSON Lines (id, text, date, ...), any file ingest reads, or a "
        "folder; none: the store."
    ),
]
"""The documents a stateless analysis reads (``rifts``, ``dyad``); none: the stored claims."""


class _Errors:
    """Bad input lines: printed on standard error as they come, counted for the exit status."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, exc: RiftwatchError) -> None:
        self.count += 1
        err.print(f"[red]error[/red] {cell(str(exc))}")


def _claims_source(path: Path | None, db: str | None) -> Any:
    """The file's path, or (no file) the stored claims of ``--db``, loaded once."""
    if path is not None:
        return str(path)
    return call(api.load_claims, db_of(db))


_Direction = Annotated[
    str,
    typer.Option(
        "--direction",
        help="deteriorating (breaks of alliances), improving (hostility giving way to "
        "cooperation) or both.",
    ),
]


def _evidence_line(e: dict[str, Any]) -> str:
    """One evidence item in a line: its date as the text gives it ("2020-01/2020-07" for "since
    January", not the month the model files it under), document, grade, type, modality, who
    said it (and the skeptic's words: "(A U.S. official; doubts 'wishful'; read as
    persistence)"), quote."""
    att = e.get("attributed_to") or {}
    words = [str(att["name"])] if att.get("name") else []
    if att.get("skeptical") and att.get("skeptical") != e.get("doubted"):
        words.append(f"skeptical '{att['skeptical']}'")
    if e.get("doubted"):
        words.append(f"doubts '{e['doubted']}'")
    if e.get("read_as"):
        words.append(f"read as {e['read_as']}")
    via = f" via {', '.join(e['via'])}" if e.get("via") else ""
    said = f" ({'; '.join(words)})" if words else ""
    return (
        f"{e.get('date') or e['month']} {e['doc_id']} {e['grade']} {e['event_type']}"
        f"{'/' + e['mode'] if e.get('mode') else ''} {e['modality']}{said}{via}: "
        f"{e.get('quote') or ''}{_read_as(e)}"
    )


def _distinct_lines(evidence: list[dict[str, Any]]) -> list[str]:
    """Evidence lines, each once: a reprint's line and the two directions of one symmetric
    event ("A and B agreed no truce") say the same words, whichever side was the source.

    >>> e = {"month": "2021-01", "doc_id": "d", "grade": "C3", "event_type": "AGREE",
    ...      "modality": "negated", "quote": "truce"}
    >>> ab = {**e, "source": {"name": "A", "as": "the front"}, "target": {"name": "B", "as": "it"}}
    >>> ba = {**e, "source": ab["target"], "target": ab["source"]}
    >>> len(_distinct_lines([ab, ba]))
    1
    """
    seen: dict[tuple[str, ...], str] = {}
    for e in evidence:
        line = _evidence_line(e)
        key = (line.split(" [as ", 1)[0], *sorted(read_as_texts(e)))
        seen.setdefault(key, line)
    return list(seen.values())


def _read_as(e: dict[str, Any]) -> str:
    """The words that stood for each side when they were not its name, and how they were
    resolved (:func:`~riftwatch.analysis.claims.read_as_texts`, as the briefing and the
    workbench say it): ' [as "Malek" = Crimson Dawn Front (person tied to Crimson Dawn Front
    in document d1)]'."""
    texts = read_as_texts(e)
    return f" [{'; '.join(texts)}]" if texts else ""


@app.command("rifts")
def rifts_command(
    path: DocumentsArgument = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    min_probability: Annotated[
        float | None,
        typer.Option(
            "--min-probability",
            help="List pairs whose probability of a break reaches this (default: the "
            "model's, 0.5).",
        ),
    ] = None,
    direction: _Direction = "deteriorating",
    evidence: Annotated[
        int, typer.Option("--evidence", min=1, help="Evidence items listed per side.")
    ] = 12,
    as_of: AsOfOption = None,
) -> None:
    """Detect rifts: pairs of actors whose alliance broke, with onset, evidence and dissent.

    Codes the file's documents, weighs each claim by its source grades, coder confidence
    and modality, counts independent origins once, and runs the rift model (docs/rifts.md)
    per pair. Without a file, the store's claims are used (analysts' rejections left
    out, corrections applied). A bad line is reported on standard error and skipped (exit
    status 1).
    """
    errors = _Errors()
    found = call(
        api.rifts,
        _claims_source(path, db),
        min_probability=min_probability,
        direction=direction,
        evidence_limit=evidence,
        on_error=errors,
        as_of=as_of,
    )
    if fmt is Format.table:
        # the two counts are independent origins (a story and its reprints count once); the
        # lines under the table list every report, origin by origin
        table = Table("pair", "direction", "onset", "interval", "p", "kind", "channels",
                      "origins for", "origins against",
                      caption="origins: independent origins of the reports below "
                      "(+ for the break, - against it)")  # fmt: skip
        for r in found:
            a, b = r["actors"]
            table.add_row(
                cell(f"{a['name']} / {b['name']}"), r["direction"], r["onset"] or "",
                cell(" .. ".join(x or "" for x in r["onset_interval"])), f"{r['probability']:.2f}",
                r["kind"], cell(", ".join(r["channels"])), str(r["origins"]["for"]),
                str(r["origins"]["against"]),
            )  # fmt: skip
        out.print(table)
        for r in found:
            a, b = r["actors"]
            out.print(f"\n[bold]{cell(a['name'])} / {cell(b['name'])}[/bold]")
            for e in r["evidence"]:
                out.print("  + " + cell(_evidence_line(e)))
            for e in r["counter_evidence"]:
                out.print("  - " + cell(_evidence_line(e)))
        if not found:
            out.print("no rifts found")
    else:
        emit(found, fmt)
    if errors.count:
        raise typer.Exit(1)


@app.command("dyad")
def dyad_command(
    a: Annotated[str, typer.Argument(help="First actor: id, name or alias.")],
    b: Annotated[str, typer.Argument(help="Second actor: id, name or alias.")],
    path: DocumentsArgument = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    as_of: AsOfOption = None,
) -> None:
    """The relationship of two actors month by month, per channel, with the evidence.

    Prints per month the signed score (-1 hostile .. +1 cooperative), the cooperative and
    hostile evidence (independent origins, weighted), the model's probability that the
    relationship is broken, and each claim with its grade, attribution and corroboration.
    """
    errors = _Errors()
    data = call(api.dyad, _claims_source(path, db), a, b, on_error=errors, as_of=as_of)
    if fmt is Format.table:
        x, y = data["actors"]
        out.print(f"[bold]{cell(x['name'])} ({cell(x['id'])}) / {cell(y['name'])} "
                  f"({cell(y['id'])})[/bold]")  # fmt: skip
        table = Table("month", "score", "coop", "hostile", "P(broken)", "channels", "evidence")
        for m in data["months"]:
            channels = sorted({e["channel"] for e in m["evidence"]})
            table.add_row(
                m["month"], f"{m['score']:+.2f}", f"{m['coop']:.2f}", f"{m['hostile']:.2f}",
                "" if m.get("broken") is None else f"{m['broken']:.2f}",
                cell(", ".join(channels)),
                cell("\n".join(_distinct_lines(m["evidence"])), 400),
            )  # fmt: skip
        out.print(table)
        rift = data.get("rift")
        if rift:
            out.print(
                f"break: p={rift['probability']:.2f} onset {rift['onset']} "
                f"({' .. '.join(x or '' for x in rift['onset_interval'])}), {rift['kind']}"
            )
            for e in rift["evidence"]:
                out.print("  + " + cell(_evidence_line(e)))
            for e in rift["counter_evidence"]:  # against, with the skeptics (rift-11)
                out.print("  - " + cell(_evidence_line(e)))
        if not data["months"]:
            out.print("no claims between these two actors")
    else:
        emit(data, fmt)
    if errors.count:
        raise typer.Exit(1)
