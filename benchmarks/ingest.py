"""Ingest throughput and memory on 10,000 short documents, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--docs 10000] [--no-postgres]

The documents are generated from the UCDP GED Pakistan events in
../shared/datasets/ucdp-ged-pakistan (headline where UCDP kept one, otherwise a
sentence built from the structured fields), written to one JSON Lines file.

Each measurement runs in a fresh child process so that peak resident memory
(ru_maxrss) belongs to that run alone. Reported per backend:

- first ingest, documents/s (read, grade, language, segment, MinHash, store);
- unchanged re-ingest (the file fingerprint matches: nothing is re-read);
- forced re-ingest (``--force``: every document re-read and found by content hash);
- baseline in the same run: the same documents through the reader, the segmenter and
  language identification only, without the store; the ratio of the stored ingest to
  this baseline shows the cost of storage.

Figures go to stdout and to benchmarks/results.md (section "ingest").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
UCDP = REPO.parent / "shared" / "datasets" / "ucdp-ged-pakistan" / "events.csv"
RESULTS = HERE / "results.md"


def make_corpus(path: Path, n: int) -> int:
    """Write ``n`` unique short documents; returns the number written."""
    with UCDP.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    written = 0
    with path.open("w", encoding="utf-8") as out:
        variant = 0
        while written < n:
            for row in rows:
                if written >= n:
                    break
                headline = (row.get("source_headline") or "").split(";")[0].strip()
                place = row.get("where_description") or row.get("adm_1") or "Pakistan"
                deaths = row.get("best") or "0"
                text = (f"{headline}. " if headline else "") + (
                    f"{row['side_a']} and {row['side_b']} clashed near {place} "
                    f"({row['date_start']}); {deaths} people were reported killed."
                )
                if variant:
                    text += f" Follow-up report {variant}."
                doc = {
                    "id": f"ucdp-{row['id']}-{variant}",
                    "text": text,
                    "date": row["date_start"],
                    "source": (row.get("source_office") or "UCDP").split(";")[0].strip()[:200],
                    "source_type": "news",
                }
                out.write(json.dumps(doc) + "\n")
                written += 1
            variant += 1
    return written


CHILD = r"""
import json, resource, sys, time
mode, target, corpus = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "baseline":
    from riftwatch.ingest.readers import ReadOptions, choose_reader
    from riftwatch.ingest.language import detect
    from riftwatch.ingest import dedup
    from riftwatch.nlp.segment import segment
    from pathlib import Path
    path = Path(corpus)
    reader = choose_reader(path, path.read_bytes()[:8192])
    n = 0
    for doc in reader.read(path, ReadOptions()):
        segment(doc.text); detect(doc.text); dedup.signature(doc.text); dedup.content_hash(doc.text)
        n += 1
    result = {"documents": n}
else:
    from riftwatch import api
    summary = api.ingest([corpus], db=target, force=(mode == "force"))
    result = summary.to_dict()
    result["documents"] = (summary.documents_added + summary.duplicates
                           + summary.documents_unchanged)
    del result["failures"]
result["seconds"] = time.perf_counter() - t0
result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def child(mode: str, target: str, corpus: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, target, str(corpus)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed ({mode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(label: str, target: str, corpus: Path, n: int) -> list[dict]:
    rows = []
    for mode in ("first", "unchanged", "force"):
        result = child(mode, target, corpus)
        rate = n / result["seconds"]
        rows.append({"backend": label, "run": mode, "docs_per_s": rate, **result})
        print(
            f"{label:10} {mode:9} {rate:10.0f} docs/s  {result['seconds']:7.2f} s  "
            f"peak {result['peak_rss_mb']:6.0f} MB  added={result.get('documents_added')}"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="riftwatch-bench-"))
    corpus = work / "ucdp-docs.jsonl"
    n = make_corpus(corpus, args.docs)
    print(f"corpus: {n} documents, {corpus.stat().st_size / 1e6:.1f} MB")

    base = child("baseline", "", corpus)
    base_rate = n / base["seconds"]
    print(f"baseline   read+segment+language+minhash without store: {base_rate:10.0f} docs/s")
    rows = [] if args.no_sqlite else measure("sqlite", str(work / "bench.db"), corpus, n)
    pg_note = ""
    if not args.no_postgres:
        from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

        try:
            # fast=False: a real durable server (fsync on), as a user would run it
            with TempPostgres(fast=False) as pg:
                rows += measure("postgresql", pg.create_database("bench"), corpus, n)
        except PostgresUnavailable as exc:
            pg_note = f"PostgreSQL not measured: {exc}"
            print(pg_note)

    lines = [
        "## ingest",
        "",
        f"`benchmarks/ingest.py --docs {n}` on {platform.machine()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores; one process (one core). "
        f"{n} short documents generated from UCDP GED Pakistan in one JSON Lines file. "
        "Targets: >= 300 docs/s first ingest including segmentation; >= 3,000 docs/s unchanged "
        "re-ingest.",
        "",
        f"Baseline in the same run (reader + segmenter + language id + MinHash, no store): "
        f"{base_rate:,.0f} docs/s, peak {base['peak_rss_mb']:.0f} MB.",
        "",
        "| backend | run | docs/s | ratio to baseline | seconds | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['backend']} | {r['run']} | {r['docs_per_s']:,.0f} | "
            f"{r['docs_per_s'] / base_rate:.2f} | {r['seconds']:.2f} | {r['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "Runs: `first` = empty store; `unchanged` = same file again (fingerprint "
        "match, nothing re-read); `force` = `--force`, every document re-read and "
        "skipped by content hash. PostgreSQL runs with fsync on (durable).",
        "",
    ]
    if pg_note:
        lines += [pg_note, ""]
    write_section("ingest", "\n".join(lines))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
