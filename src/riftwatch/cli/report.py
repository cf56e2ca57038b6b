"""``riftwatch report``: a self-contained briefing (HTML) of chosen relationships or the field."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from riftwatch import api
from riftwatch.cli._common import DbOption, call, db_of, err, fail
from riftwatch.cli._common import app as root
from riftwatch.errors import ReportError


@root.command("report")
def report_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write the briefing to.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Briefing format: html or pdf. Default: pdf for an output file ending in "
            ".pdf, else html.",
        ),
    ] = None,
    pair: Annotated[
        list[str] | None,
        typer.Option(
            "--pair",
            help='A relationship as "A/B" (actor names or ids); repeatable. Two plain names '
            "(`--pair A --pair B`, as `riftwatch ach` takes them) are one pair. Default: the "
            "whole field (rifts found, else the allied pairs closest to a break).",
        ),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Leave out events after YYYY[-MM[-DD]].")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write a self-contained briefing: key judgements with estimative language and
    confidence, timeline charts, evidence and counter-evidence with grades and citations,
    ACH summary, wedges, methods and sources. No scripts, no network references."""
    if fmt is None:  # `-o briefing.pdf` means a PDF, not an HTML page named .pdf
        fmt = "pdf" if output.suffix.lower() == ".pdf" else "html"
    if pair and len(pair) == 2 and not any("/" in p for p in pair):
        pair = ["/".join(pair)]  # `--pair A --pair B`, as `riftwatch ach` takes a pair
    page = call(api.report, db_of(db), fmt=fmt, pairs=pair or None, as_of=as_of)
    data = page.encode("utf-8") if isinstance(page, str) else page
    try:
        output.write_bytes(data)
    except OSError as exc:
        fail(ReportError("RW623", path=str(output), detail=exc.strerror or str(exc)))
    err.print(f"report: wrote {output} ({len(data) / 1024:.0f} KB)", markup=False)
