"""Curation refresh and the suggestions queue on a large store (issue 12, the workbench).

Measures, on a synthetic store (:func:`benchmarks._stores.build_synthetic`, or a store
given with ``--db``):

- the effective knowledge base after one curation judgement: brought up to date from the
  one before (what the workbench does now) against applied to the files' KB from nothing
  (``apply_judgements(..., full=True)`` and a new resolver: what it did before);
- ``actors suggest`` (the ``/actors/suggestions`` page): the first call of a process with no
  stored scan (every sentence scanned), the scan stored at coding time, the first call of a
  new process that reads it, the next ones, and the first one after a curation judgement.

Writes the ``## curation`` section of ``benchmarks/results.md`` unless ``--no-write``.

    PYTHONPATH=src python benchmarks/curation.py --events 100000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import write_section  # noqa: E402
from _stores import build_synthetic  # noqa: E402

from riftwatch.actors import curation  # noqa: E402
from riftwatch.actors.kb import default_kb  # noqa: E402
from riftwatch.actors.resolve import Resolver, default_resolver  # noqa: E402
from riftwatch.store import open_store  # noqa: E402


def _timed(call: object) -> float:
    began = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing store (default: build a synthetic one)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="rw-curation-")
    db = args.db or str(Path(folder) / "bench.db")
    store = open_store(db)
    if not args.db:
        built = build_synthetic(store, events=args.events)
        print(f"built {built.events:,} events, {built.sentences:,} sentences", file=sys.stderr)
    default_kb(), default_resolver()
    curation.effective(store)
    incremental, full = [], []
    for k in range(args.rounds):
        curation.add_alias(store, "org:ttp", f"Bench Alias {k}", analyst="bench")
        incremental.append(_timed(lambda: curation.effective(store)))
        judged = curation._active(store)
        full.append(_timed(lambda j=judged: Resolver(curation.apply_judgements(
            default_kb(), j, full=True))))  # fmt: skip

    def new_process() -> None:  # what a new server process knows: nothing in memory
        curation._SCANS.clear()
        curation._RECHECKS.clear()

    def unstored() -> None:  # a store whose scan was never stored (nor in memory)
        new_process()
        for row in (curation.SCAN_ROW, curation.RECHECK_ROW):
            curation._save_blob(store, row.format(examples=3), b"")

    unstored()
    scanned = _timed(lambda: curation.suggest(store, limit=50))
    unstored()
    coding = _timed(lambda: curation.save_scan(store))  # what api.extract_stored does
    new_process()
    first = _timed(lambda: curation.suggest(store, limit=50))
    warm = [_timed(lambda: curation.suggest(store, limit=50)) for _ in range(args.rounds)]
    curation.add_alias(store, "org:ttp", "Bench Alias After", analyst="bench")
    after = _timed(lambda: curation.suggest(store, limit=50))
    with store.new_session() as session:
        from sqlalchemy import func, select

        from riftwatch.store.tables import SentenceRow

        sentences = session.scalar(select(func.count()).select_from(SentenceRow))
    store.close()
    med = statistics.median
    lines = [
        "## curation",
        "",
        f"Store: {sentences:,} sentences (`benchmarks/curation.py`"
        f"{' --db' if args.db else f' --events {args.events}'}); medians of {args.rounds}.",
        "",
        "| measure | seconds |",
        "|---|---|",
        f"| effective KB after one judgement, incremental (now) | {med(incremental):.2f} |",
        f"| effective KB after one judgement, full rebuild (before) | {med(full):.2f} |",
        f"| actors suggest, first call of a process, no stored scan (every sentence scanned; "
        f"before) | {scanned:.2f} |",
        f"| the stored scan made at coding time (`api.extract_stored`, once per coding run) "
        f"| {coding:.2f} |",
        f"| actors suggest, first call of a new process reading the stored scan (now) "
        f"| {first:.2f} |",
        f"| actors suggest, next calls | {med(warm):.2f} |",
        f"| actors suggest, first call after a curation judgement | {after:.2f} |",
    ]
    print("\n".join(lines))
    if not args.no_write:
        write_section("curation", "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
