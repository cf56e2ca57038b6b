"""Export time and memory on a store with many events, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/exports.py [--events 1000000] [--no-postgres]

The bundled demo corpus is ingested and coded for real; its events are copied (same
documents, new ids) until the store holds ``--events`` events (as ``events_list.py``
does). Each export then runs in a fresh child process (``riftwatch.api.export`` to a
file), after a warm-up export of nothing (modules, the actor KB); it reports its wall
time, its resident memory before the export and the peak during it (sampled every 20 ms):
the difference is what the export itself holds. Figures go to
stdout and to benchmarks/results.md (section "exports").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)
from _stores import optional_postgres  # noqa: E402  (the throwaway PostgreSQL server)
from events_list import fill  # noqa: E402  (the demo corpus copied to N events)

from riftwatch.store import open_store  # noqa: E402

EXPORTS = [
    ("events csv", "events", "csv"),
    ("events parquet", "events", "parquet"),
    ("claims jsonl", "claims", "jsonl"),
    ("claims parquet", "claims", "parquet"),
    ("plover jsonl", "plover", "jsonl"),
    ("graph graphml", "graph", "graphml"),
]

CHILD = """
import json, os, sys, threading, time
from riftwatch import api
db, kind, fmt, out = sys.argv[1:5]
page = os.sysconf("SC_PAGE_SIZE")

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * page / 2**20

store = api.connect(db, create=False)
records = 0
if kind != "None":  # warm up: modules, the actor KB, the scale; an export of nothing
    api.export(kind, fmt, out, db=store, date_from="1900", date_to="1900")
before = peak = rss()
done = False

def sample():
    global peak
    while not done:
        peak = max(peak, rss())
        time.sleep(0.02)

watcher = threading.Thread(target=sample, daemon=True)
watcher.start()
start = time.perf_counter()
if kind != "None":
    records = api.export(kind, fmt, out, db=store)["records"]
seconds = time.perf_counter() - start
done = True
watcher.join()
peak = max(peak, rss())
store.close()
print(json.dumps({"seconds": seconds, "records": records, "before_mb": before,
                  "peak_mb": peak}))
"""


def run_child(db: str, kind: str | None, fmt: str | None, out: Path) -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", CHILD, db, str(kind), str(fmt), str(out)],
                          capture_output=True, text=True, env=env, check=True)  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["mb"] = out.stat().st_size / 1e6 if kind else 0.0
    return result


def measure(db: str, folder: Path) -> list[tuple[str, dict]]:
    rows = []
    for label, kind, fmt in EXPORTS:
        out = folder / f"export-{kind}.{fmt}"
        rows.append((label, run_child(db, kind, fmt, out)))
        print(label, rows[-1][1], flush=True)
        out.unlink(missing_ok=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[tuple[str, dict]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "bench.db")
        store = open_store(db)
        total = fill(store, args.events)
        store.close()
        results["SQLite"] = measure(db, folder)
        with optional_postgres(args.no_postgres) as server:
            if server is not None:
                store = open_store(server.admin_url)
                fill(store, args.events)
                store.close()
                results["PostgreSQL"] = measure(server.admin_url, folder)
    lines = [
        "## exports\n",
        f"`benchmarks/exports.py --events {args.events}`: the demo corpus coded, its events "
        f"copied to {total:,} events; each export in a fresh process through "
        f"`riftwatch.api.export` to a file; resident memory of that process before the "
        f"export (modules and the actor KB loaded) and its peak during the export, sampled "
        f"every 20 ms "
        f"({platform.python_version()}, {platform.machine()}, machine shared with other jobs).\n",
        "| export | "
        + " | ".join(f"{n} s | {n} MB before | {n} MB peak | {n} file MB" for n in results)
        + " | records |",
        "|---|" + "---|---|---|---|" * len(results) + "---|",
    ]
    first = next(iter(results.values()))
    for i, (label, data) in enumerate(first):
        cells = " | ".join(
            f"{rows[i][1]['seconds']:.1f} | {rows[i][1]['before_mb']:.0f} | "
            f"{rows[i][1]['peak_mb']:.0f} | {rows[i][1]['mb']:.1f}"
            for rows in results.values()
        )
        lines.append(f"| {label} | {cells} | {data['records']:,} |")
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("exports", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
