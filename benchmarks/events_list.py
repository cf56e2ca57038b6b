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
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import median_ms, query_table, write_section  # noqa: E402  (timing, results.md)
from _stores import fill_demo_copies as fill  # noqa: E402  (demo corpus coded, events copied)
from _stores import on_each_store  # noqa: E402  (SQLite, then a throwaway PostgreSQL server)

from riftwatch import api  # noqa: E402
from riftwatch.store import Store  # noqa: E402

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("first page (100), no filter", {}),
    ("page at offset 100,000", {"offset": 100_000}),
    ("--actor TTP", {"actor": "TTP"}),
    ("--pair 'Al Qaeda' --pair 'Haqqani Network'", {"pair": ["Al Qaeda", "Haqqani Network"]}),
    ("--type ASSAULT --modality asserted", {"event_type": "ASSAULT", "modality": "asserted"}),
    ("--from 2010-03 --to 2010-06", {"date_from": "2010-03", "date_to": "2010-06"}),
    ("--min-reliability B --max-credibility 2", {"min_reliability": "B", "max_credibility": 2}),
]

RUNS = 5  # calls of each query; the median is reported


def measure(store: Store) -> list[tuple[str, float, int]]:
    rows = []
    for label, query in QUERIES:
        found = len(api.list_events(store, **query))
        rows.append((label, median_ms(lambda q=query: api.list_events(store, **q), RUNS), found))
    filters = {"actor": "Al Qaeda", "date_from": "2010"}
    total = api.count_events(store, **filters)
    rows.append(("count: --actor 'Al Qaeda' --from 2010", median_ms(
        lambda: api.count_events(store, **filters), RUNS), total))  # fmt: skip
    api.list_events(store, limit=1)
    event_id = api.list_events(store, limit=1, offset=1000)[0]["id"]
    rows.append(
        ("events show (get_event)", median_ms(lambda: api.get_event(store, event_id), RUNS), 1)
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    def run(store: Store, _name: str, _folder: Path) -> tuple[int, list]:
        return fill(store, args.events), measure(store)

    runs = on_each_store(args.no_postgres, run)
    total = runs["SQLite"][0]
    results = {name: rows for name, (_, rows) in runs.items()}
    lines = [
        "## events: listing\n",
        f"`benchmarks/events_list.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events; median of 5 calls through `riftwatch.api` on an open "
        f"store ({platform.python_version()}, {platform.machine()}).\n",
        *query_table(results, "events returned", 1),
    ]
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("events: listing", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
