"""The command-line program: a thin skin over :mod:`riftwatch.api`.

Argument parsing, output formats (``table``, ``json``, ``jsonl``) and exit codes live
here; all work is done by the API. One module per group of commands registers them on
the application of :mod:`riftwatch.cli._common`. Errors print their numbered message
on standard error and exit with status 2 (bad usage or store) or 1 (some input failed).
"""

from __future__ import annotations

import shutil

from riftwatch.cli import (  # noqa: F401
    accounts,
    actors,
    analysis,
    claims,
    demo,
    docs,
    events,
    export,
    ingest,
    judgement,
    nlp,
    report,
    search,
    sources,
    store,
    watch,
    web,
)
from riftwatch.cli._common import app, out, state

__all__ = ["app", "main", "state"]


def main() -> None:
    """Entry point of the ``riftwatch`` program."""
    width = shutil.get_terminal_size((120, 24)).columns
    if not out.is_terminal:
        out.width = max(width, 160)
    app()
