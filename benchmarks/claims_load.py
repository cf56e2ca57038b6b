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
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import median_ms, query_table, write_section  # noqa: E402  (timing, results.md)
from _stores import fill_demo_copies as fill  # noqa: E402  (demo corpus coded, events copied)
from _stores import (
    judge_some,  # noqa: E402  (verdicts and overrides in bulk)
    on_each_store,  # noqa: E402  (SQLite, then the throwaway PostgreSQL server)
)

from riftwatch import api  # noqa: E402
from riftwatch.store import Store  # noqa: E402

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("all claims", {}),
    ("all claims, rejected left out", {"include_rejected": False}),
    ("--actor TTP", {"actor": "TTP"}),
    ("--pair 'Al Qaeda' --pair 'Haqqani Network'", {"pair": ["Al Qaeda", "Haqqani Network"]}),
    ("--from 2009 --to 2010 --min-reliability C", {"date_from": "2009", "date_to": "2010",
                                                    "min_reliability": "C"}),
    ("first page (100), as `claims list`", {"limit": 100}),
]  # fmt: skip

RUNS = 3  # calls of each query; the median is reported


def measure(store: Store) -> list[tuple[str, float, int]]:
    rows = []
    for label, query in QUERIES:
        found = len(api.load_claims(store, **query))
        rows.append((label, median_ms(lambda q=query: api.load_claims(store, **q), RUNS), found))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    def run(store: Store, _name: str, _folder: Path) -> tuple[int, tuple, list]:
        total = fill(store, args.events)
        judged = judge_some(store)
        return total, judged, measure(store)

    runs = on_each_store(args.no_postgres, run)
    total, (verdicts, overrides), _ = runs["SQLite"]
    results = {name: rows for name, (_, _, rows) in runs.items()}
    lines = [
        "## claims: loading\n",
        f"`benchmarks/claims_load.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events, {verdicts:,} verdicts and {overrides:,} credibility "
        "overrides added; median of 3 calls of `riftwatch.api.load_claims` (Claim objects "
        f"built, corrections applied) on an open store ({platform.python_version()}, "
        f"{platform.machine()}, a shared 2-core machine).\n",
        *query_table(results, "claims returned", 0),
    ]
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("claims: loading", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
