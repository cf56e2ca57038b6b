"""Search on SQLite and PostgreSQL: query speed, agreement, and the cost of the shared index.

    .venv/bin/python benchmarks/search.py [--docs 10000] [--rounds 5]

The documents are those of benchmarks/ingest.py (UCDP GED Pakistan headlines and
sentences built from the structured fields), ingested into a SQLite store and into a
PostgreSQL store on a throwaway server. Reported:

- per query of a fixed mix: median milliseconds for ``api.search`` (limit 20, snippets
  included) on each store, and the number of hits (without limit), which must be the same;
- PostgreSQL: microseconds per sentence to build the index entry with
  ``riftwatch_tsvector`` (the shared token rule) against ``to_tsvector('english')``
  (the old index) and ``to_tsvector('simple')``;
- the time migration 0006 takes to rebuild each store's index (down to 0005, up again).

Figures go to stdout and to benchmarks/results.md (section "search").
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import RESULTS, write_section  # noqa: E402

import ingest  # noqa: E402  (its corpus maker)

QUERIES = [
    "Taliban",
    "al-Qaeda",
    '"North Waziristan"',
    "Taliban Pakistan",
    "TTP OR Tehrik-i-Taliban",
    "Taliban NOT Afghanistan",
    "kill*",
    "(army OR military) -civilians",
    '"suicide bomb*"',
    "Lashkar-e-Islam",
    "Lashkar* -Islam",
]


def _median_ms(call, rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from alembic import command
    from sqlalchemy import text

    from riftwatch import api
    from riftwatch.store import open_store
    from riftwatch.store.engine import _alembic_config, migrate
    from riftwatch.store.pgtemp import TempPostgres

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--ucdp", type=Path, default=ingest.UCDP, help="UCDP GED Pakistan events.csv"
    )
    args = parser.parse_args()
    ingest.UCDP = args.ucdp
    work = Path(tempfile.mkdtemp(prefix="riftwatch-search-"))
    corpus = work / "docs.jsonl"
    n = ingest.make_corpus(corpus, args.docs)
    with TempPostgres(fast=False) as pg:
        stores = {
            "sqlite": open_store(work / "search.db"),
            "postgresql": open_store(pg.create_database("search")),
        }
        for store in stores.values():
            api.ingest([corpus], db=store)
        sentences = api.status(stores["sqlite"])["sentences"]
        print(f"{n} documents, {sentences} sentences on each store")

        def timings() -> dict[str, dict[str, float]]:
            return {
                query: {
                    name: _median_ms(
                        lambda s=store, q=query: api.search(s, q, limit=20), args.rounds
                    )
                    for name, store in stores.items()
                }
                for query in QUERIES
            }

        fresh = timings()
        # what autovacuum does soon after a bulk ingest: merge the GIN pending list, analyze
        with stores["postgresql"].engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE sentences")
            )
        vacuumed = timings()
        rows = []
        for query in QUERIES:
            hits = {
                name: len(api.search(store, query, limit=10**9)) for name, store in stores.items()
            }
            ms = {**fresh[query], "postgresql_vacuumed": vacuumed[query]["postgresql"]}
            rows.append((query, hits, ms))
            print(
                f"{query:32} hits {hits['sqlite']:6} / {hits['postgresql']:6}   "
                f"{ms['sqlite']:7.1f} ms / {ms['postgresql']:7.1f} ms "
                f"({ms['postgresql_vacuumed']:.1f} ms after VACUUM)"
            )
        agree = sum(h["sqlite"] == h["postgresql"] for _, h, _ in rows)

        index_us = {}
        with stores["postgresql"].engine.connect() as conn:
            for label, expr in (
                ("riftwatch_tsvector(text)", "riftwatch_tsvector(text)"),
                ("to_tsvector('english', text)", "to_tsvector('english', text)"),
                ("to_tsvector('simple', text)", "to_tsvector('simple', text)"),
            ):
                sql = text(f"SELECT sum(length({expr})) FROM sentences")
                seconds = _median_ms(lambda q=sql: conn.execute(q).scalar(), 3) / 1000
                index_us[label] = seconds / sentences * 1e6
                print(f"{label:32} {index_us[label]:7.1f} us per sentence")

        rebuild = {}
        for name, store in stores.items():
            config = _alembic_config(store.engine.url.render_as_string(hide_password=False))
            with store.engine.begin() as conn:
                config.attributes["connection"] = conn
                command.downgrade(config, "0005")
            start = time.perf_counter()
            migrate(store.engine)
            rebuild[name] = time.perf_counter() - start
            print(f"{name:10} migration 0006 rebuilt the index in {rebuild[name]:.2f} s")
        for store in stores.values():
            store.close()

    lines = [
        "## search",
        "",
        f"`benchmarks/search.py --docs {n} --rounds {args.rounds}` on {platform.machine()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores. {n} documents "
        f"({sentences} sentences) from UCDP GED Pakistan, the same on a SQLite store and on a "
        "PostgreSQL store (throwaway server, fsync on). Median of the rounds; `api.search` "
        "with limit 20, snippets included.",
        "",
        "| query | hits SQLite | hits PostgreSQL | ms SQLite | ms PostgreSQL | "
        "ms PostgreSQL after VACUUM |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for query, hits, ms in rows:
        shown = query.replace("|", "\\|")
        lines.append(
            f"| `{shown}` | {hits['sqlite']:,} | {hits['postgresql']:,} | "
            f"{ms['sqlite']:.1f} | {ms['postgresql']:.1f} | {ms['postgresql_vacuumed']:.1f} |"
        )
    lines += [
        "",
        f"The two stores found the same number of sentences for {agree} of {len(rows)} "
        "queries (the tests compare the sentences themselves). Right after a bulk ingest "
        "PostgreSQL's GIN index still holds its pending list and the planner scans the table; "
        "after `VACUUM ANALYZE` (autovacuum does it soon) selective queries use the index.",
        "",
        "PostgreSQL index entry per sentence: "
        + ", ".join(f"`{k}` {v:.1f} µs" for k, v in index_us.items())
        + ".",
        "",
        "Migration 0006 rebuilding the index of this store: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in rebuild.items())
        + ".",
        "",
    ]
    write_section("search", "\n".join(lines))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
