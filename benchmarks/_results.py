"""benchmarks/results.md: each benchmark script owns one ``## name`` section of it; and
the timing and the table of query benchmarks (``events_list.py``, ``claims_load.py``)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().with_name("results.md")


def shared_dir() -> Path:
    """``../shared`` beside the checkout (or beside the folder of a git worktree), or the
    folder named by ``RIFTWATCH_SHARED``."""
    if os.environ.get("RIFTWATCH_SHARED"):
        return Path(os.environ["RIFTWATCH_SHARED"])
    repo = Path(__file__).resolve().parents[1]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return repo.parent / "shared"


def write_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the ``## name`` section of results.md, keeping the others."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmark results\n\n"
    marker = f"## {name}\n"
    if marker in text:
        start = text.index(marker)
        nxt = text.find("\n## ", start + len(marker))
        text = text[:start] + body.rstrip() + "\n" + (text[nxt:] if nxt != -1 else "")
    else:
        text = text.rstrip() + "\n\n" + body.rstrip() + "\n"
    path.write_text(text, "utf-8")


def median_ms(call: Callable[[], Any], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``call()``, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def query_table(
    results: dict[str, list[tuple[str, float, int]]], returned: str, digits: int
) -> list[str]:
    """The Markdown table of query timings: a row per query (its label), a column of
    milliseconds (``digits`` decimals) per store in ``results`` (store name: rows of
    label, ms, number found; every store the same queries in the same order), and the
    number found (by the first store) in the last column, headed ``returned``.

    >>> query_table({"SQLite": [("all", 12.34, 1000)]}, "events returned", 1)
    ['| query | SQLite ms | events returned |', '|---|---|---|', '| all | 12.3 | 1,000 |']
    """
    lines = [
        "| query | " + " | ".join(f"{name} ms" for name in results) + f" | {returned} |",
        "|---|" + "---|" * len(results) + "---|",
    ]
    first = next(iter(results.values()))
    for i, (label, _ms, found) in enumerate(first):
        times = " | ".join(f"{rows[i][1]:.{digits}f}" for rows in results.values())
        lines.append(f"| {label} | {times} | {found:,} |")
    return lines
