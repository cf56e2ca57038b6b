"""Deleting documents and replacing them on a re-read, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/delete.py [--docs 5000] [--no-postgres] [--no-sqlite] [--ucdp CSV]

The documents are those of benchmarks/ingest.py (generated from UCDP GED Pakistan in
../shared/datasets/ucdp-ged-pakistan), each padded to about 40 words so that every
one has near-duplicate buckets (``minhash_bands``, 21 per document). Measured per backend:

- ``delete run``: ``api.delete_documents(run_id=...)`` of every document of one ingest run,
  with the ``minhash_bands.document_id`` index of migration 0005 and, as the baseline, on the
  same store without it (how it was before that migration);
- ``first ingest``: the ingest of the same documents with and without that index (its cost);
- ``re-read, new mapping``: the documents as a CSV file read with ``--columns text=headline``,
  then again with ``text=report``, which adds every report and replaces every headline document.

Figures go to stdout and to benchmarks/results.md (section "delete").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)

import ingest  # noqa: E402  (the same generated documents)

PAD = (
    " Officials in Peshawar said the security forces had closed the roads into the district "
    "while elders negotiated with the local commanders."
)


def write_inputs(work: Path, n: int) -> tuple[Path, Path]:
    """A JSON Lines file of ``n`` padded documents and a CSV file (headline, report) of them."""
    raw = work / "raw.jsonl"
    ingest.make_corpus(raw, n)
    jsonl, table = work / "docs.jsonl", work / "docs.csv"
    with raw.open() as src, jsonl.open("w") as out, table.open("w", newline="") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["id", "date", "headline", "report"])
        for line in src:
            doc = json.loads(line)
            doc["text"] += PAD
            out.write(json.dumps(doc) + "\n")
            writer.writerow([doc["id"], doc["date"], doc["text"][:70] + f" ({doc['id']})",
                             doc["text"]])  # fmt: skip
    return jsonl, table


def drop_index(store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_minhash_bands_document_id"))


def measure(label: str, url_for, jsonl: Path, table: Path, n: int) -> list[dict]:  # type: ignore[no-untyped-def]
    from riftwatch import api

    rows = []
    warm = api.connect(url_for("warm"))  # load the language model etc. before timing
    api.ingest([table], db=warm, columns="text=headline")
    warm.close()
    for indexed in (True, False):
        store = api.connect(url_for(f"del{int(indexed)}"))
        if not indexed:
            drop_index(store)
        t0 = time.perf_counter()
        summary = api.ingest([jsonl], db=store)
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = api.delete_documents(store, run_id=summary.run_id)
        delete_s = time.perf_counter() - t0
        store.close()
        stored = summary.documents_added  # a few generated texts are exact duplicates
        assert result["documents"] == stored, (result["documents"], stored)
        name = "with index" if indexed else "without index (before 0005)"
        rows.append({"backend": label, "run": f"first ingest, {name}", "n": stored,
                     "s": ingest_s})  # fmt: skip
        rows.append({"backend": label, "run": f"delete run, {name}", "n": stored, "s": delete_s,
                     "bands": result["minhash_bands"]})  # fmt: skip
    store = api.connect(url_for("reread"))
    t0 = time.perf_counter()
    first = api.ingest([table], db=store, columns="text=headline")
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    summary = api.ingest([table], db=store, columns="text=report")
    reread_s = time.perf_counter() - t0
    assert summary.documents_replaced == first.documents_added == n
    assert api.status(store)["documents"] == summary.documents_added
    store.close()
    rows.append({"backend": label, "run": "CSV, text=headline (first)", "n": n, "s": first_s})
    rows.append({"backend": label, "run": "CSV re-read, text=report (adds and replaces all)",
                 "n": n, "s": reread_s})  # fmt: skip
    for row in rows:
        print(f"{label:10} {row['run']:50} {row['n'] / row['s']:9.0f} docs/s {row['s']:8.2f} s")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--ucdp", type=Path, default=ingest.UCDP, help="UCDP GED events.csv")
    args = parser.parse_args()
    if not args.ucdp.is_file():
        raise SystemExit(f"missing {args.ucdp}: the UCDP GED Pakistan copy in ../shared (--ucdp)")
    ingest.UCDP = args.ucdp
    work = Path(tempfile.mkdtemp(prefix="riftwatch-bench-"))
    jsonl, table = write_inputs(work, args.docs)
    n = args.docs
    rows = []
    if not args.no_sqlite:
        rows += measure("sqlite", lambda name: str(work / f"{name}.db"), jsonl, table, n)
    pg_note = ""
    if not args.no_postgres:
        from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

        try:
            with TempPostgres(fast=False) as pg:
                rows += measure("postgresql", pg.create_database, jsonl, table, n)
        except PostgresUnavailable as exc:
            pg_note = f"PostgreSQL not measured: {exc}"
            print(pg_note)
    bands = next((r["bands"] for r in rows if "bands" in r), 0)
    lines = [
        "## delete",
        "",
        f"`benchmarks/delete.py --docs {n}` on {platform.machine()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores; one process. {n} documents of "
        f"about 40 words generated from UCDP GED Pakistan ({bands:,} near-duplicate buckets). "
        "`delete run` is `api.delete_documents(run_id=...)` of all of them in one transaction "
        "(sentences, buckets, events, origin groups, file records); the baseline is the same "
        "store without the `minhash_bands.document_id` index that migration 0005 adds, where "
        "each deleted document scans every bucket row (foreign-key check). The CSV rows read "
        "the same documents as a CSV file; the re-read with a new `--columns` mapping stores "
        f"{n} new documents and deletes the {n} earlier ones.",
        "",
        "| backend | run | docs/s | seconds |",
        "|---|---|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['backend']} | {r['run']} | {r['n'] / r['s']:,.0f} | {r['s']:.2f} |")
    lines += [
        "",
        "PostgreSQL runs with fsync on (durable). Compare rows of one run with each other: "
        "the absolute rates depend on what else the machine is doing.",
        "",
    ]
    if pg_note:
        lines += [pg_note, ""]
    write_section("delete", "\n".join(lines))
    print(f"written to {Path(__file__).resolve().with_name('results.md')}")


if __name__ == "__main__":
    main()
