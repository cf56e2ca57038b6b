"""The command-line program: a thin skin over :mod:`riftwatch.api`.

Argument parsing, output formats (``table``, ``json``, ``jsonl``) and exit codes live
here; all work is done by the API. One module per group of commands registers them on
the application of :mod:`riftwatch.cli._common`. Errors print their numbered message
on standard error and exit with status 2 (bad usage or store) or 1 (some input failed).
"""

from __future__ import annotations

import gc
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
    try:
        app()
    finally:
        # The command is over and the process is about to end. Python's finalization runs
        # full garbage collections over every object still alive (the knowledge base and the
        # language models: seconds; `riftwatch watch --once` 18.8 s -> 0.7 s at load 11).
        # Freezing moves them out of the collector's view; the memory goes back to the
        # system with the process. Every file riftwatch writes is closed by then.
        gc.freeze()
