"""Latency of the web workbench's pages and API on the demo store, over real HTTP.

    .venv/bin/python benchmarks/web.py [--requests 200] [--clients 8] [--seconds 10] [--no-postgres]

The bundled demo corpus is ingested and coded for real; the workbench is served by uvicorn
on 127.0.0.1 (one process, as ``riftwatch serve`` runs it) and each route below is asked
``--requests`` times in a row by one client (p50, p95, max). Then ``--clients`` clients ask
for document pages at once for ``--seconds`` seconds (requests per second, p95, errors).
Figures go to stdout and to benchmarks/results.md (section "web: latency").
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _results import write_section  # noqa: E402  (the shared results.md writer)
from tests.web.conftest import start_server  # noqa: E402

from riftwatch import api  # noqa: E402

DEMO = Path(__file__).resolve().parents[1] / "src" / "riftwatch" / "data" / "demo"


def fill(db: str) -> dict[str, Any]:
    """Ingest and code the demo corpus; returns the ids the routes ask for."""
    api.ingest([DEMO / "reports", DEMO / "ucdp_ged_pakistan_headlines.jsonl"], db=db)
    api.extract_stored(db)
    events = api.list_events(db, limit=100_000)
    per_doc: dict[int, int] = {}
    for event in events:
        per_doc[event["document_id"]] = per_doc.get(event["document_id"], 0) + 1
    busiest = sorted(per_doc, key=lambda d: (-per_doc[d], d))[:20]
    return {
        "documents": api.count_documents(db),
        "events": len(events),
        "doc_ids": busiest,
        "max_events": per_doc[busiest[0]] if busiest else 0,
        "event_ids": [e["id"] for e in events[:: max(len(events) // 20, 1)]][:20],
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def routes(ids: dict[str, Any]) -> list[tuple[str, Any]]:
    docs, events = ids["doc_ids"] * 20, ids["event_ids"]
    return [
        ("page: /documents/{id} (20 with most events)", lambda i: f"/documents/{docs[i % 20]}"),
        ("page: /documents (first page, 50)", lambda i: "/documents"),
        ("page: /documents?source_type=news&from=2010",
         lambda i: "/documents?source_type=news&from=2010"),
        ("page: /events (first page, 50)", lambda i: "/events"),
        ("page: /events?actor=TTP", lambda i: "/events?actor=TTP"),
        ("page: /search?q=shelter* OR sanctuar*", lambda i: "/search?q=shelter*+OR+sanctuar*"),
        ("page: /", lambda i: "/"),
        ("api: /api/documents/{id}", lambda i: f"/api/documents/{docs[i % len(docs)]}"),
        ("api: /api/documents?limit=100", lambda i: "/api/documents?limit=100"),
        ("api: /api/events?limit=100", lambda i: "/api/events?limit=100"),
        ("api: /api/events/{id}", lambda i: f"/api/events/{events[i % len(events)]}"),
        ("api: /api/search?q=attack*", lambda i: "/api/search?q=attack*"),
    ]  # fmt: skip


def sequential(
    base: str, ids: dict[str, Any], requests: int
) -> list[tuple[str, float, float, float]]:
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for label, path in routes(ids):
            client.get(path(0)).raise_for_status()  # warm up
            times = []
            for i in range(requests):
                start = time.perf_counter()
                client.get(path(i)).raise_for_status()
                times.append((time.perf_counter() - start) * 1000)
            rows.append((label, statistics.median(times), percentile(times, 0.95), max(times)))
    return rows


def concurrent(base: str, ids: dict[str, Any], clients: int, seconds: float) -> dict[str, Any]:
    docs = ids["doc_ids"]
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            i = n
            while time.monotonic() < stop:
                start = time.perf_counter()
                try:
                    response = client.get(f"/documents/{docs[i % len(docs)]}")
                    ok = response.status_code == 200
                except httpx.HTTPError as exc:
                    ok, response = False, exc
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    times.append(elapsed)
                    if not ok:
                        errors.append(str(response))
                i += clients

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - began
    return {"requests": len(times), "rps": len(times) / took, "p95": percentile(times, 0.95),
            "errors": len(errors)}  # fmt: skip


def run(db: str, folder: Path, args: argparse.Namespace) -> tuple[dict, list, dict]:
    ids = fill(db)
    served = start_server(db, upload_dir=folder / "uploads")
    try:
        rows = sequential(served.base, ids, args.requests)
        load = concurrent(served.base, ids, args.clients, args.seconds)
    finally:
        served.stop()
    return ids, rows, load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, tuple[dict, list, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["SQLite"] = run(str(Path(tmp) / "bench.db"), Path(tmp), args)
        if not args.no_postgres:
            from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

            server = TempPostgres()
            try:
                server.start()
            except PostgresUnavailable as exc:
                print(f"PostgreSQL skipped: {exc}")
            else:
                try:
                    results["PostgreSQL"] = run(server.admin_url, Path(tmp), args)
                finally:
                    server.stop()
    ids = next(iter(results.values()))[0]
    names = list(results)
    lines = [
        "## web: latency\n",
        f"`benchmarks/web.py --requests {args.requests} --clients {args.clients} --seconds "
        f"{args.seconds:g}`: the demo store ({ids['documents']} documents, {ids['events']} "
        f"events, at most {ids['max_events']} on one document) served by uvicorn on 127.0.0.1 "
        f"in one process; one client asks each route {args.requests} times in a row "
        f"(Python {platform.python_version()}, {platform.machine()}, a shared 2-core machine).\n",
        "| route | " + " | ".join(f"{n} p50 ms | {n} p95 ms" for n in names) + " |",
        "|---|" + "---|---|" * len(names),
    ]
    first = results[names[0]][1]
    for i, (label, *_rest) in enumerate(first):
        cells = " | ".join(f"{results[n][1][i][1]:.1f} | {results[n][1][i][2]:.1f}" for n in names)
        lines.append(f"| {label} | {cells} |")
    lines.append("")
    for n in names:
        load = results[n][2]
        lines.append(
            f"{n}, {args.clients} clients asking for document pages for {args.seconds:g} s: "
            f"{load['requests']} requests, {load['rps']:.0f} per second, p95 "
            f"{load['p95']:.1f} ms, {load['errors']} errors.\n"
        )
    body = "\n".join(lines) + "\n"
    print(body)
    write_section("web: latency", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
