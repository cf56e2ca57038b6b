"""The knowledge base's load into a store: the first ``actors suggest`` after a KB change.

    PYTHONPATH=src .venv/bin/python benchmarks/kb_load.py [--repeats 2] [--no-postgres]

``curation.sync_kb`` copies the bundled KB (some 19,000 actors, 39,000 aliases, 16,000
relations) into the store's actor tables when the store holds another KB version; every
command that reads actors from the store (``actors suggest``, the actor pages) pays it once
after a KB change. Measured on a fresh SQLite store and on a throwaway PostgreSQL server in the
same run, with the KB already in memory (its own load is ``benchmarks/actors.py``'s), and the
PostgreSQL/SQLite ratio. Before walk65 the ORM's bulk insert sent one statement per run of rows
with the same non-None keys (~6,000) and PostgreSQL took several times SQLite's time (52 s
against 17 s on a loaded 2-core machine); now it is one COPY per table there.

Figures go to stdout and to the ``## kb_load`` section of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

from sqlalchemy import delete

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import write_section  # noqa: E402
from _stores import on_each_store  # noqa: E402

from riftwatch.actors import curation  # noqa: E402
from riftwatch.actors.kb import default_kb  # noqa: E402
from riftwatch.actors.tables import ActorKBVersion  # noqa: E402
from riftwatch.store import Store  # noqa: E402


def load_times(store: Store, repeats: int) -> list[float]:
    """Seconds of each full KB load (the stored version forgotten before each)."""
    kb = default_kb()
    times = []
    for _ in range(repeats):
        with store.new_session() as session, session.begin():
            session.execute(delete(ActorKBVersion))
        start = time.perf_counter()
        assert curation.sync_kb(store, kb)["loaded"]
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    kb = default_kb()
    counts = (
        len(kb.entities),
        sum(len(e.aliases) for e in kb),
        sum(len(e.relations) for e in kb),
    )
    results = on_each_store(args.no_postgres, lambda s, _n, _f: load_times(s, args.repeats))
    lines = [
        "## kb_load",
        "",
        f"KB: {counts[0]} actors, {counts[1]} aliases, {counts[2]} relations; "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}; best of {args.repeats}.",
        "",
        "| store | KB load (s) | vs SQLite |",
        "|---|---|---|",
    ]
    base = min(results["SQLite"])
    for name, times in results.items():
        lines.append(f"| {name} | {min(times):.2f} | {min(times) / base:.2f}x |")
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("kb_load", body)


if __name__ == "__main__":
    main()
