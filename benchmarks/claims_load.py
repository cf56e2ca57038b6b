"""How fast ``load_claims`` builds claims from a large store, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/claims_load.py [--events 100000] [--no-postgres]

The bundled demo corpus is ingested and coded for real; its events are then copied (same
documents, new ids) until the store holds ``--events`` events, and analysts' judgements
are added to 2% of them (verdicts: a third each accept, reject, correct) and credibility
overrides to 1%. Each query runs through ``api.load_claims`` (one query joining events,
documents, sources and the latest judgements) three times on an open store; the median
is reported. Figures go to stdout and to benchmarks/results.md (section "claims: loading").
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)
from _stores import fill_demo_copies as fill  # noqa: E402  (demo corpus coded, events copied)
from _stores import (
    judge_some,  # noqa: E402  (verdicts and overrides in bulk)
    optional_postgres,  # noqa: E402  (the throwaway PostgreSQL server)
)

from riftwatch import api  # noqa: E402
from riftwatch.store import Store, open_store  # noqa: E402

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("all claims", {}),
    ("all claims, rejected left out", {"include_rejected": False}),
    ("--actor TTP", {"actor": "TTP"}),
    ("--pair 'Al Qaeda' --pair 'Haqqani Network'", {"pair": ["Al Qaeda", "Haqqani Network"]}),
    ("--from 2009 --to 2010 --min-reliability C", {"date_from": "2009", "date_to": "2010",
                                                    "min_reliability": "C"}),
    ("first page (100), as `claims list`", {"limit": 100}),
]  # fmt: skip


def median_ms(call: Any, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(store: Store) -> list[tuple[str, float, int]]:
    rows = []
    for label, query in QUERIES:
        found = len(api.load_claims(store, **query))
        rows.append((label, median_ms(lambda q=query: api.load_claims(store, **q)), found))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[tuple[str, float, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        total = fill(store, args.events)
        verdicts, overrides = judge_some(store)
        results["SQLite"] = measure(store)
        store.close()
        with optional_postgres(args.no_postgres) as server:
            if server is not None:
                store = open_store(server.admin_url)
                fill(store, args.events)
                judge_some(store)
                results["PostgreSQL"] = measure(store)
                store.close()
    lines = [
        "## claims: loading\n",
        f"`benchmarks/claims_load.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events, {verdicts:,} verdicts and {overrides:,} credibility "
        "overrides added; median of 3 calls of `riftwatch.api.load_claims` (Claim objects "
        f"built, corrections applied) on an open store ({platform.python_version()}, "
        f"{platform.machine()}, a shared 2-core machine).\n",
        "| query | " + " | ".join(f"{name} ms" for name in results) + " | claims returned |",
        "|---|" + "---|" * len(results) + "---|",
    ]
    first = next(iter(results.values()))
    for i, (label, _ms, found) in enumerate(first):
        times = " | ".join(f"{rows[i][1]:.0f}" for rows in results.values())
        lines.append(f"| {label} | {times} | {found:,} |")
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("claims: loading", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
