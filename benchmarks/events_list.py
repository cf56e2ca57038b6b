"""How fast ``events list`` answers on a store with many events, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/events_list.py [--events 200000] [--no-postgres]

The bundled demo corpus is ingested and coded for real; its events are then copied (same
documents, new ids) until the store holds ``--events`` events. Each query below runs through
``api.list_events`` (or ``count_events``) five times on an open store; the median is
reported. Figures go to stdout and to benchmarks/results.md (section "events: listing").
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
from _stores import optional_postgres  # noqa: E402  (the throwaway PostgreSQL server)

from riftwatch import api  # noqa: E402
from riftwatch.store import Store, open_store  # noqa: E402

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("first page (100), no filter", {}),
    ("page at offset 100,000", {"offset": 100_000}),
    ("--actor TTP", {"actor": "TTP"}),
    ("--pair 'Al Qaeda' --pair 'Haqqani Network'", {"pair": ["Al Qaeda", "Haqqani Network"]}),
    ("--type ASSAULT --modality asserted", {"event_type": "ASSAULT", "modality": "asserted"}),
    ("--from 2010-03 --to 2010-06", {"date_from": "2010-03", "date_to": "2010-06"}),
    ("--min-reliability B --max-credibility 2", {"min_reliability": "B", "max_credibility": 2}),
]


def median_ms(call: Any, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(store: Store) -> list[tuple[str, float, int]]:
    rows = []
    for label, query in QUERIES:
        found = len(api.list_events(store, **query))
        rows.append((label, median_ms(lambda q=query: api.list_events(store, **q)), found))
    filters = {"actor": "Al Qaeda", "date_from": "2010"}
    total = api.count_events(store, **filters)
    rows.append(("count: --actor 'Al Qaeda' --from 2010", median_ms(
        lambda: api.count_events(store, **filters)), total))  # fmt: skip
    api.list_events(store, limit=1)
    event_id = api.list_events(store, limit=1, offset=1000)[0]["id"]
    rows.append(("events show (get_event)", median_ms(lambda: api.get_event(store, event_id)), 1))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[tuple[str, float, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        total = fill(store, args.events)
        results["SQLite"] = measure(store)
        store.close()
        with optional_postgres(args.no_postgres) as server:
            if server is not None:
                store = open_store(server.admin_url)
                fill(store, args.events)
                results["PostgreSQL"] = measure(store)
                store.close()
    lines = [
        "## events: listing\n",
        f"`benchmarks/events_list.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events; median of 5 calls through `riftwatch.api` on an open "
        f"store ({platform.python_version()}, {platform.machine()}).\n",
        "| query | " + " | ".join(f"{name} ms" for name in results) + " | events returned |",
        "|---|" + "---|" * len(results) + "---|",
    ]
    first = next(iter(results.values()))
    for i, (label, _ms, found) in enumerate(first):
        times = " | ".join(f"{rows[i][1]:.1f}" for rows in results.values())
        lines.append(f"| {label} | {times} | {found:,} |")
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("events: listing", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
