"""How long a round of ``riftwatch watch`` takes when nothing new came in, SQLite and
PostgreSQL: the cost of reassessing the followed relationships.

    .venv/bin/python benchmarks/watch.py [--events 20000] [--no-postgres]

The bundled demo corpus is ingested and coded for real; its events are then copied (same
documents, new ids) until the store holds ``--events`` events. One analyst follows a pair
(Al Qaeda / Haqqani Network) and an actor (TTP: all its pairs). Measured on an open store:
the first round (every followed pair assessed for the first time, alerts raised and
stored), then the median of 3 quiet rounds (no source, nothing to code: claims loaded, the
followed pairs refitted, no alert). Figures go to stdout and to benchmarks/results.md
(section "watch: rounds").
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)
from _stores import on_each_store  # noqa: E402  (SQLite, then a throwaway PostgreSQL server)
from events_list import fill  # noqa: E402  (demo corpus coded, events copied)

from riftwatch import watch  # noqa: E402
from riftwatch.store import Store  # noqa: E402


def measure(store: Store, spool: Path) -> dict[str, Any]:
    watch.follow(store, "Al Qaeda", "Haqqani Network", analyst="bench", threshold=0.5)
    watch.follow(store, "TTP", analyst="bench", threshold=0.5)
    start = time.perf_counter()
    first = watch.watch_once(store, spool_dir=spool)
    first_s = time.perf_counter() - start
    quiet = []
    for _ in range(3):
        start = time.perf_counter()
        again = watch.watch_once(store, spool_dir=spool)
        quiet.append(time.perf_counter() - start)
        assert again["alerts"] == []
    return {"pairs": first["pairs"], "alerts": len(first["alerts"]), "first": first_s,
            "quiet": statistics.median(quiet)}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    def run(store: Store, name: str, folder: Path) -> tuple[int, dict[str, Any]]:
        return fill(store, args.events), measure(store, folder / f"spool-{name}")

    runs = on_each_store(args.no_postgres, run)
    total = runs["SQLite"][0]
    results = {name: result for name, (_, result) in runs.items()}
    lines = [
        "## watch: rounds\n",
        f"`benchmarks/watch.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events; one analyst follows Al Qaeda / Haqqani Network and TTP "
        "(all its pairs). First round: every followed pair assessed for the first time and "
        "its alerts stored; quiet round: nothing new (claims loaded, followed pairs refitted, "
        f"no alert), median of 3 ({platform.python_version()}, {platform.machine()}, a shared "
        "2-core machine).\n",
        "| store | followed pairs | alerts in the first round | first round s | quiet round s |",
        "|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(f"| {name} | {r['pairs']} | {r['alerts']} | {r['first']:.1f} | "
                     f"{r['quiet']:.1f} |")  # fmt: skip
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("watch: rounds", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
