"""Latency and load of the web workbench on a store of a million coded events, over real HTTP.

    PYTHONPATH=src python benchmarks/web.py [--events 1000000] [--requests 40] [--users 50]
        [--seconds 60] [--store PATH] [--pg [--pg-events N]] [--workers N] [--no-load]
    PYTHONPATH=src python benchmarks/web.py --pg-only --events 300000   # PostgreSQL alone

A synthetic store (benchmarks/_stores.py: a few hundred knowledge-base armed groups with
Zipf-like shares, fifteen years, a few thousand reports of a few hundred events each,
sentences indexed for search, analysts' judgements on 2% of the events) is built, on
SQLite (``--store PATH`` keeps it and reuses it on the next run) or, with ``--pg``, on a
throwaway PostgreSQL server as well (``--pg-events``: of another size). ``riftwatch
serve`` then runs it in a subprocess on 127.0.0.1 (``--workers`` uvicorn processes, 1 by
default as analysts run it); the benchmark waits until the dashboard's field summary is
ready and fresh (read from the store, or computed by the server), so that the finished
dashboard is measured, and:

1. one client asks each route of :data:`ROUTES` ``--requests`` times in a row (p50, p95,
   p99, and p95 over the baseline's, a static file served by the same process); routes
   the application does not have are left out and named;
2. the analytics behind a relationship page (``api.load_claims`` for one pair, then
   ``api.dyad``) are timed in-process on the busiest and on a typical pair, and the whole
   field summary once (``workbench.refresh_field``: what a change of the claims costs in
   the background);
3. ``--users`` simulated analysts (asyncio + httpx) each loop over realistic visits
   (:data:`VISITS`) with a think time of 0-1 s for ``--seconds`` seconds: requests,
   errors (must be 0), p50/p95 per route.

Figures go to stdout and to benchmarks/results.md (section "web: latency"; with
``--pg-only``, "web: latency, PostgreSQL").
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _stores  # noqa: E402  (the throwaway PostgreSQL server)
from _results import write_section  # noqa: E402  (the shared results.md writer)
from _stores import Synthetic, build_synthetic  # noqa: E402  (the million-event store)

from riftwatch import api  # noqa: E402
from riftwatch.store import Store, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "/static/style.css"


@dataclass(frozen=True)
class Route:
    """One measured request: the app's route template, a label, and the URL of the i-th ask."""

    template: str
    label: str
    url: Callable[[Synthetic, int], str]


def _pair(ids: Synthetic, rank: int) -> tuple[str, str]:
    a, b, _n = ids.top_pairs[min(rank, len(ids.top_pairs) - 1)]
    return a, b


def _rare_name(ids: Synthetic) -> str:
    """A fragment of the name of an actor of few events (the 150th of the cast by name):
    a filtered listing that the name branch of the actor filter answers."""
    names = sorted(ids.actor_names.values())
    return quote(names[min(150, len(names) - 1)].split()[0] if names else "x", safe="")


def _pair_path(ids: Synthetic, rank: int) -> str:
    a, b = _pair(ids, rank)
    return f"{quote(a, safe='')}/{quote(b, safe='')}"


def _pair_query(ids: Synthetic, rank: int) -> str:
    a, b = _pair(ids, rank)
    return f"pair={quote(a, safe='')}&pair={quote(b, safe='')}"


def _wedge_query(ids: Synthetic, rank: int) -> str:
    a, b = _pair(ids, rank)
    return f"target={quote(a, safe='')}&within={quote(b, safe='')}"


def coding_time_scan(db: str) -> float:
    """What coding does after it stores events (``api.extract_stored``): the suggestions
    queue's names of the stored sentences, found and stored (the synthetic store is built
    without coding); seconds taken."""
    from riftwatch.actors import curation

    store = open_store(db)
    try:
        began = time.perf_counter()
        curation.save_scan(store)
        return time.perf_counter() - began
    finally:
        store.close()


CURSORS: dict[str, str] = {}
"""Keyset cursors found on the served store before measuring (:func:`find_cursors`)."""


def find_cursors(base: str, ids: Synthetic) -> None:
    """The cursors of the deep pages that the offset routes also ask for."""
    asks = {"middle": f"/api/events?limit=1&offset={ids.events // 2 - 1}",
            "al-qaeda": "/api/events?actor=Al+Qaeda&limit=1&offset=19999"}  # fmt: skip
    with httpx.Client(base_url=base, timeout=600) as client:
        for key, url in asks.items():
            page = client.get(url).raise_for_status().json()
            CURSORS[key] = page["next_cursor"] or ""


# One line per route; routes of pages another branch adds are measured once the app has them.
ROUTES: list[Route] = [
    # the dashboard, finished: its field summary read from the store (or computed once)
    Route("/", "page: / (dashboard)", lambda ids, i: "/"),
    Route("/api/dashboard", "api: /api/dashboard", lambda ids, i: "/api/dashboard"),
    Route("/relationships/{}/{}", "page: relationship, busiest pair",
          lambda ids, i: f"/relationships/{_pair_path(ids, 0)}"),
    Route("/relationships/{}/{}", "page: relationship, 10th pair",
          lambda ids, i: f"/relationships/{_pair_path(ids, 9)}"),
    Route("/relationships/{}/{}", "page: relationship, busiest pair, months 49-72",
          lambda ids, i: f"/relationships/{_pair_path(ids, 0)}?page=3"),
    Route("/network", "page: /network", lambda ids, i: "/network"),
    Route("/documents/{}", "page: /documents/{id} (typical report)",
          lambda ids, i: f"/documents/{ids.typical_doc_ids[i % len(ids.typical_doc_ids)]}"),
    Route("/documents/{}", "page: /documents/{id} (20 longest reports)",
          lambda ids, i: f"/documents/{ids.busiest_doc_ids[i % len(ids.busiest_doc_ids)]}"),
    Route("/documents/{}", "page: /documents/{id}?part=3 (20 longest reports)",
          lambda ids, i: f"/documents/{ids.busiest_doc_ids[i % len(ids.busiest_doc_ids)]}?part=3"),
    Route("/documents", "page: /documents (first page)", lambda ids, i: "/documents"),
    Route("/documents", "page: /documents?source_type=news&from=2015",
          lambda ids, i: "/documents?source_type=news&from=2015"),
    Route("/events", "page: /events (first page)", lambda ids, i: "/events"),
    Route("/events", "page: /events?actor=TTP", lambda ids, i: "/events?actor=TTP"),
    Route("/events/{}", "page: /events/{id}",
          lambda ids, i: f"/events/{ids.event_ids[i % len(ids.event_ids)]}"),
    Route("/search", "page: /search?q=shelter* OR sanctuar*",
          lambda ids, i: "/search?q=shelter*+OR+sanctuar*"),
    Route("/api/documents", "api: /api/documents?limit=100",
          lambda ids, i: "/api/documents?limit=100"),
    Route("/api/documents", "api: /api/documents?grade=B2&offset=1000",
          lambda ids, i: "/api/documents?grade=B2&offset=1000"),
    Route("/api/documents/{}", "api: /api/documents/{id} (typical report)",
          lambda ids, i: f"/api/documents/{ids.typical_doc_ids[i % len(ids.typical_doc_ids)]}"),
    Route("/api/events", "api: /api/events?limit=100", lambda ids, i: "/api/events?limit=100"),
    Route("/api/events", "api: /api/events (offset 500,000)",
          lambda ids, i: "/api/events?limit=100&offset=500000"),
    Route("/api/events", "api: /api/events?actor=TTP&type=ASSAULT&from=2015",
          lambda ids, i: "/api/events?actor=TTP&type=ASSAULT&from=2015"),
    Route("/api/events", "api: /api/events?actor=Al Qaeda (offset 20,000)",
          lambda ids, i: "/api/events?actor=Al+Qaeda&offset=20000"),
    Route("/api/events", "api: /api/events?actor=Al Qaeda (cursor after 20,000)",
          lambda ids, i: f"/api/events?actor=Al+Qaeda&after={CURSORS['al-qaeda']}"),
    Route("/api/events", "api: /api/events?actor=(a rare actor's name, a fragment)",
          lambda ids, i: f"/api/events?actor={_rare_name(ids)}"),
    Route("/events", "page: /events?actor=Al Qaeda&type=ASSAULT",
          lambda ids, i: "/events?actor=Al+Qaeda&type=ASSAULT"),
    Route("/events", "page: /events?actor=Al Qaeda, its next link after 20,000 (cursor)",
          lambda ids, i: f"/events?actor=Al+Qaeda&after={CURSORS['al-qaeda']}&at=20001"),
    Route("/api/events", "api: /api/events (cursor at the middle)",
          lambda ids, i: f"/api/events?limit=100&after={CURSORS['middle']}"),
    Route("/api/events", "api: /api/events?pair=A&pair=B (busiest pair)",
          lambda ids, i: f"/api/events?{_pair_query(ids, 0)}"),
    Route("/api/events", "api: /api/events?modality=denied&min_reliability=B",
          lambda ids, i: "/api/events?modality=denied&min_reliability=B"),
    Route("/api/events/{}", "api: /api/events/{id}",
          lambda ids, i: f"/api/events/{ids.event_ids[i % len(ids.event_ids)]}"),
    Route("/api/search", "api: /api/search?q=attack*", lambda ids, i: "/api/search?q=attack*"),
    Route("/api/search", 'api: /api/search?q="gave shelter" Taliban',
          lambda ids, i: "/api/search?q=%22gave+shelter%22+Taliban"),
    Route("/api/status", "api: /api/status", lambda ids, i: "/api/status"),
    Route("/wedges", "page: /wedges (busiest pair's factions)",
          lambda ids, i: f"/wedges?{_wedge_query(ids, 0)}"),
    Route("/api/wedges", "api: /api/wedges (busiest pair's factions)",
          lambda ids, i: f"/api/wedges?{_wedge_query(ids, 0)}"),
    Route("/actors/suggestions", "page: /actors/suggestions",
          lambda ids, i: "/actors/suggestions"),
]  # fmt: skip

# What a simulated analyst does, by label of ROUTES, with how often (relative weights).
VISITS: dict[str, int] = {
    "page: / (dashboard)": 6,
    "page: relationship, busiest pair": 4,
    "page: relationship, 10th pair": 4,
    "page: /network": 1,
    "page: /documents/{id} (typical report)": 8,
    "page: /documents (first page)": 4,
    "page: /documents?source_type=news&from=2015": 2,
    "page: /events (first page)": 3,
    "page: /events?actor=TTP": 3,
    "page: /events/{id}": 5,
    "page: /search?q=shelter* OR sanctuar*": 3,
    "api: /api/documents?limit=100": 2,
    "api: /api/events?actor=TTP&type=ASSAULT&from=2015": 2,
    "api: /api/events?pair=A&pair=B (busiest pair)": 2,
    "api: /api/search?q=attack*": 2,
}


def _shape(path: str) -> str:
    """A route template with its parameter names dropped: ``/a/{x}`` -> ``/a/{}``."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def app_routes(db: str) -> set[str]:
    """The GET route templates the application has (parameter names dropped)."""
    from riftwatch.web.app import create_app

    def walk(routes: list[Any], prefix: str) -> set[str]:
        found: set[str] = set()
        for route in routes:
            inner = getattr(route, "original_router", None)  # an included router
            if inner is not None:
                context = getattr(route, "include_context", None)
                found |= walk(inner.routes, prefix + getattr(context, "prefix", ""))
            elif "GET" in (getattr(route, "methods", None) or set()):
                found.add(_shape(prefix + route.path))
        return found

    return walk(create_app(db).routes, "")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``riftwatch serve`` in a subprocess on 127.0.0.1."""

    def __init__(self, db: str, workers: int = 1) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.log = tempfile.TemporaryFile()  # noqa: SIM115  (closed by stop())
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "riftwatch.cli", "--db", db, "serve", "--port",
             str(self.port), "--workers", str(workers)],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.base + BASELINE, timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.log.seek(0)
                raise RuntimeError("the server did not start: " + self.log.read().decode()[-2000:])
            time.sleep(0.2)

    def field_ready(self, timeout: float = 3600) -> float:
        """Seconds until the dashboard's field summary is ready and fresh."""
        began = time.monotonic()
        with httpx.Client(base_url=self.base, timeout=120) as client:
            while True:
                data = client.get("/api/dashboard", params={"limit": 1}).json()
                if data["ready"] and data["fresh"]:
                    return time.monotonic() - began
                if time.monotonic() - began > timeout:
                    raise RuntimeError("the dashboard's field summary was not ready in time")
                time.sleep(1)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@dataclass
class Row:
    label: str
    p50: float
    p95: float
    p99: float
    ratio: float = 0.0


def sequential(base: str, ids: Synthetic, routes: list[Route], requests: int) -> list[Row]:
    """Each route asked ``requests`` times in a row by one client (after one warm-up ask)."""
    rows = []
    baseline = Route(BASELINE, f"baseline: {BASELINE}", lambda ids, i: BASELINE)
    with httpx.Client(base_url=base, timeout=600) as client:
        for route in [baseline, *routes]:
            client.get(route.url(ids, 0)).raise_for_status()
            times = []
            for i in range(requests):
                start = time.perf_counter()
                client.get(route.url(ids, i)).raise_for_status()
                times.append((time.perf_counter() - start) * 1000)
            rows.append(Row(route.label, statistics.median(times), percentile(times, 0.95),
                            percentile(times, 0.99)))  # fmt: skip
            print(f"  {route.label}: p50 {rows[-1].p50:.1f} ms, p95 {rows[-1].p95:.1f} ms",
                  flush=True)  # fmt: skip
    for row in rows:
        row.ratio = row.p95 / rows[0].p95 if rows[0].p95 else 0.0
    return rows


def analytics(
    store: Store, ids: Synthetic, runs: int = 3, args_dyad_busiest: bool = False
) -> list[Row]:
    """A relationship page's analytics in-process: the pair's claims, then its timeline
    (the busiest pair's timeline only with ``--dyad-busiest``: minutes on a busy machine)."""
    rows = []
    for rank, name, timeline in ((0, "busiest pair", args_dyad_busiest), (9, "10th pair", True)):
        a, b = _pair(ids, rank)
        n = ids.top_pairs[min(rank, len(ids.top_pairs) - 1)][2]
        calls: list[tuple[str, Any]] = [
            (f"api.load_claims(pair) ({name}, {n:,} events)",
             lambda a=a, b=b: api.load_claims(store, pair=[a, b])),
        ]  # fmt: skip
        if timeline:
            both = lambda a=a, b=b: api.dyad(api.load_claims(store, pair=[a, b]), a, b)  # noqa: E731
            calls.append((f"api.load_claims(pair) + api.dyad ({name})", both))
        for label, call in calls:
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                call()
                times.append((time.perf_counter() - start) * 1000)
            rows.append(Row(label, statistics.median(times), max(times), max(times)))
            print(f"  {label}: median {rows[-1].p50:.0f} ms", flush=True)
    from riftwatch import workbench

    start = time.perf_counter()
    workbench.refresh_field(store)  # what each change of the claims costs, in the background
    took = (time.perf_counter() - start) * 1000
    rows.append(Row("workbench.refresh_field (the whole field's summary, once)", took, took, took))
    print(f"  field summary: {took:.0f} ms", flush=True)
    return rows


async def _load(base: str, ids: Synthetic, routes: list[Route], users: int, seconds: float,
                seed: int) -> dict[str, Any]:  # fmt: skip
    by_label = {r.label: r for r in routes}
    mix = [(by_label[label], w) for label, w in VISITS.items() if label in by_label]
    choices, weights = [r for r, _ in mix], [w for _, w in mix]
    times: dict[str, list[float]] = {r.label: [] for r in choices}
    errors: list[str] = []
    stop = time.monotonic() + seconds
    # idle connections are dropped before uvicorn's 5 s keep-alive closes them, so that a
    # request never goes out on a connection the server is closing (a client-side race)
    limits = httpx.Limits(
        max_connections=users, max_keepalive_connections=users, keepalive_expiry=3
    )

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def analyst(n: int) -> None:
            rng = random.Random(seed * 1000 + n)
            i = n
            await asyncio.sleep(rng.random())
            while time.monotonic() < stop:
                route = rng.choices(choices, weights)[0]
                start = time.perf_counter()
                try:
                    response = await client.get(route.url(ids, i))
                    if response.status_code != 200:
                        errors.append(f"{route.label}: HTTP {response.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{route.label}: {type(exc).__name__} {exc}")
                times[route.label].append((time.perf_counter() - start) * 1000)
                i += users
                await asyncio.sleep(rng.random())

        began = time.monotonic()
        await asyncio.gather(*(analyst(n) for n in range(users)))
        took = time.monotonic() - began
    every = [t for ts in times.values() for t in ts]
    return {
        "requests": len(every), "errors": len(errors), "error_examples": errors[:5],
        "rps": len(every) / took, "p50": statistics.median(every) if every else 0.0,
        "p95": percentile(every, 0.95) if every else 0.0,
        "routes": [(label, len(ts), statistics.median(ts), percentile(ts, 0.95))
                   for label, ts in times.items() if ts],
    }  # fmt: skip


def run(db: str, ids: Synthetic, args: argparse.Namespace) -> dict[str, Any]:
    have = app_routes(db)
    routes = [r for r in ROUTES if r.template in have]
    missing = sorted({r.template for r in ROUTES if r.template not in have})
    if missing:
        print("routes the app does not have (left out): " + ", ".join(missing))
    scan = coding_time_scan(db)
    print(f"  the suggestions queue's stored scan made in {scan:.0f} s (coding time)", flush=True)
    server = Server(db, args.workers)
    loads = [os.getloadavg()[0]]
    try:
        field_wait = server.field_ready()
        print(f"  the dashboard's field summary ready after {field_wait:.1f} s", flush=True)
        find_cursors(server.base, ids)
        loads.append(os.getloadavg()[0])
        rows = sequential(server.base, ids, routes, args.requests)
        loads.append(os.getloadavg()[0])
        load = None
        if not args.no_load:
            print(f"  load: {args.users} users for {args.seconds:g} s ...", flush=True)
            load = asyncio.run(_load(server.base, ids, routes, args.users, args.seconds, 12))
            print(f"  load: {load['requests']} requests, {load['errors']} errors", flush=True)
    finally:
        server.stop()
    calc: list[Row] = []
    if not args.no_analytics:
        store = open_store(db)
        try:
            calc = analytics(store, ids, args_dyad_busiest=args.dyad_busiest)
        finally:
            store.close()
    return {"rows": rows, "load": load, "analytics": calc, "missing": missing,
            "field_wait": field_wait, "scan": scan, "loads": loads}  # fmt: skip


PG_IDS: dict[str, Synthetic] = {}
"""The PostgreSQL store's ids (for the report, when its size differs)."""


def _synthetic(db: str, args: argparse.Namespace, events: int | None = None) -> Synthetic:
    def say(message: str) -> None:
        print("  " + message, flush=True)

    store = open_store(db)
    try:
        return build_synthetic(store, events=events or args.events, seed=args.seed,
                               progress=say)  # fmt: skip
    finally:
        store.close()


def _kept(path: Path, args: argparse.Namespace) -> Synthetic:
    """The SQLite store at ``path``, built once and reused (its ids kept beside it)."""
    import json

    meta = path.with_suffix(".ids.json")
    if path.exists() and meta.exists():
        ids = Synthetic(**json.loads(meta.read_text("utf-8")))
        ids.top_pairs = [tuple(p) for p in ids.top_pairs]  # type: ignore[misc]  (JSON: lists)
        if ids.events == args.events:
            store = open_store(str(path))  # brings a kept store to the newest schema
            store.close()
            print(f"reusing {path} ({ids.events:,} events)")
            return ids
        path.unlink()
    ids = _synthetic(str(path), args)
    meta.write_text(json.dumps(ids.__dict__), "utf-8")
    return ids


def _kept_pg(args: argparse.Namespace) -> Synthetic:
    """The PostgreSQL store of ``--pg-url`` (an empty database is built; ids kept in
    ``--pg-ids``)."""
    import json

    if args.pg_ids is None:
        raise SystemExit("--pg-url needs --pg-ids (where its ids are kept)")
    if args.pg_ids.exists():
        ids = Synthetic(**json.loads(args.pg_ids.read_text("utf-8")))
        ids.top_pairs = [tuple(p) for p in ids.top_pairs]  # type: ignore[misc]
        store = open_store(args.pg_url)  # brings a kept store to the newest schema
        store.close()
        print(f"PostgreSQL: reusing the store of {ids.events:,} events", flush=True)
        return ids
    ids = _synthetic(args.pg_url, args, args.pg_events or args.events)
    args.pg_ids.write_text(json.dumps(ids.__dict__), "utf-8")
    return ids


def _table(results: dict[str, dict[str, Any]], key: str, names: list[str]) -> list[str]:
    first = results[names[0]][key]
    lines = []
    for i, row in enumerate(first):
        cells = []
        for n in names:
            other = results[n][key]
            match = other[i] if i < len(other) and other[i].label == row.label else None
            cells.append(f"{match.p50:.1f} | {match.p95:.1f} | {match.p99:.1f} | "
                         f"{match.ratio:.1f}" if match else "- | - | - | -")  # fmt: skip
        lines.append(f"| {row.label} | " + " | ".join(cells) + " |")
    return lines


def report(results: dict[str, dict[str, Any]], ids: Synthetic, args: argparse.Namespace) -> str:
    names = list(results)
    lines = [
        "## web: latency\n",
        f"`PYTHONPATH=src python benchmarks/web.py --events {args.events} --requests "
        f"{args.requests} --users {args.users} --seconds {args.seconds:g}"
        f"{' --pg' if args.pg and not args.pg_url else ''}"
        f"{' --pg-url URL --pg-ids FILE' if args.pg_url else ''}"
        f"{' --no-analytics' if args.no_analytics else ''}"
        f"{' --no-load' if args.no_load else ''}"
        f"{f' --pg-events {args.pg_events}' if args.pg and args.pg_events else ''}"
        f"{f' --workers {args.workers}' if args.workers != 1 else ''}"
        f"{f' --store {args.store}' if args.store else ''}`: a synthetic store "
        f"(benchmarks/_stores.py, seed "
        f"{args.seed}) of {ids.events:,} coded events in {ids.documents:,} reports "
        f"({ids.sentences:,} sentences, at most {ids.max_doc_events:,} events in one), "
        f"{ids.actors} actors (busiest pair {ids.top_pairs[0][2]:,} events, 10th pair "
        f"{ids.top_pairs[min(9, len(ids.top_pairs) - 1)][2]:,}), 15 years, verdicts on 2% "
        f"and overrides on 1% of the events, built in {ids.seconds:.0f} s on SQLite"
        + "".join(
            f"; on PostgreSQL {pg.events:,} events in {pg.documents:,} reports (busiest "
            f"pair {pg.top_pairs[0][2]:,} events), built the same way in {pg.seconds:.0f} s"
            for pg in PG_IDS.values()
        )  # fmt: skip
        + ". "
        f"`riftwatch serve --workers {args.workers}` in a subprocess on 127.0.0.1, measured "
        "once the dashboard's field summary is ready and fresh (waited: "
        + ", ".join(f"{n} {results[n]['field_wait']:.0f} s" for n in names)
        + "; the suggestions queue's names of every sentence found and stored first, as "
        "coding does: "
        + ", ".join(f"{n} {results[n].get('scan', 0):.0f} s" for n in names)
        + f"); one client asks each route {args.requests} times in a row (after one warm-up "
        "ask, not counted). ×base: p95 over "
        "the p95 of "
        f"`{BASELINE}` from the same server (Python {platform.python_version()}, "
        f"{platform.machine()}, a shared 2-core machine; its 1-minute load average when "
        "the server started, when the sequential asks began and when they ended: "
        + "; ".join(
            f"{n} " + ", ".join(f"{x:.1f}" for x in results[n].get("loads", [])) for n in names
        )
        + ").\n",
        "| route | " + " | ".join(f"{n} p50 ms | p95 | p99 | ×base" for n in names) + " |",
        "|---|" + "---|---|---|---|" * len(names),
        *_table(results, "rows", names),
        "",
    ]
    missing = results[names[0]]["missing"]
    if missing:
        lines.append("Not in this application yet, so not measured: " +
                     ", ".join(f"`{m}`" for m in missing) + ".\n")  # fmt: skip
    first = results[names[0]]["analytics"]
    if first:
        lines += [
            "Behind a relationship page, in-process on an open store (median and slowest of "
            "3), and the whole field's summary computed once:\n",
            "| call | " + " | ".join(f"{n} median ms | max ms" for n in names) + " |",
            "|---|" + "---|---|" * len(names),
        ]
    for i, row in enumerate(first):
        cells = " | ".join(f"{results[n]['analytics'][i].p50:.0f} | "
                           f"{results[n]['analytics'][i].p95:.0f}" for n in names)  # fmt: skip
        lines.append(f"| {row.label} | {cells} |")
    lines.append("")
    for n in names:
        load = results[n]["load"]
        if load is None:
            continue
        lines += [
            f"{n}, load: {args.users} simulated analysts for {args.seconds:g} s, each visiting "
            "pages and API routes in a realistic mix with 0-1 s think time: "
            f"{load['requests']:,} requests ({load['rps']:.1f} per second), **{load['errors']} "
            f"errors**, p50 {load['p50']:.0f} ms, p95 {load['p95']:.0f} ms.\n",
            "| route | requests | p50 ms | p95 ms |",
            "|---|---|---|---|",
            *(f"| {label} | {count} | {p50:.0f} | {p95:.0f} |"
              for label, count, p50, p95 in load["routes"]),
            "",
        ]  # fmt: skip
        if load["errors"]:
            lines.append("Errors (first 5): " + "; ".join(load["error_examples"]) + "\n")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--store", type=Path, help="keep the SQLite store here and reuse it")
    parser.add_argument("--pg", action="store_true", help="PostgreSQL as well")
    parser.add_argument("--pg-events", type=int, help="events of the PostgreSQL store "
                        "(default: --events)")  # fmt: skip
    parser.add_argument("--workers", type=int, default=1, help="riftwatch serve --workers")
    parser.add_argument("--pg-only", action="store_true", help="PostgreSQL alone (of "
                        "--events events), in its own section of results.md")  # fmt: skip
    parser.add_argument("--no-load", action="store_true", help="skip the load test")
    parser.add_argument(
        "--no-analytics",
        action="store_true",
        help="skip the in-process analytics (load_claims, the field summary)",
    )
    parser.add_argument(
        "--pg-url",
        help="PostgreSQL: this database, kept (built by the first "
        "run, its ids in --pg-ids; reused by the next)",
    )
    parser.add_argument("--pg-ids", type=Path, help="the ids of the --pg-url store (JSON)")
    parser.add_argument("--dyad-busiest", action="store_true",
                        help="also time api.dyad on the busiest pair (slow)")  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="print, leave results.md")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    if args.pg_only:
        return _pg_only(args)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.db"
        print(f"SQLite: {path}", flush=True)
        ids = _kept(path, args) if args.store else _synthetic(str(path), args)
        results["SQLite"] = run(str(path), ids, args)
        if args.pg and not args.no_write:  # SQLite's figures kept should PostgreSQL fail
            write_section("web: latency", report(results, ids, args))
        if args.pg_url:
            pg_ids = _kept_pg(args)
            results["PostgreSQL"] = run(args.pg_url, pg_ids, args)
            PG_IDS["PostgreSQL"] = pg_ids
        with _stores.optional_postgres(not args.pg or bool(args.pg_url)) as server:
            if server is not None:
                url = server.create_database("bench")
                size = args.pg_events or args.events
                print(f"PostgreSQL: building {size:,} events", flush=True)
                began = time.perf_counter()
                pg_ids = _synthetic(url, args, size)
                print(f"  built in {time.perf_counter() - began:.0f} s", flush=True)
                if size == args.events:
                    assert pg_ids.top_pairs == ids.top_pairs, "the same seed builds the same store"
                results["PostgreSQL"] = run(url, pg_ids, args)
                PG_IDS["PostgreSQL"] = pg_ids
    body = report(results, ids, args)
    print(body)
    if not args.no_write:
        write_section("web: latency", body)
    return 0


def _pg_only(args: argparse.Namespace) -> int:
    """PostgreSQL alone: a store of ``--events`` built, served and measured; its own
    section of results.md ("web: latency, PostgreSQL")."""
    args.pg = True
    with _stores.optional_postgres() as server:
        if server is None:
            return 1
        url = server.create_database("bench")
        print(f"PostgreSQL: building {args.events:,} events", flush=True)
        ids = _synthetic(url, args)
        results = {"PostgreSQL": run(url, ids, args)}
    body = report(results, ids, args).replace("## web: latency", "## web: latency, PostgreSQL", 1)
    body = body.replace(" --pg", " --pg-only", 1).replace("s on SQLite", "s on PostgreSQL", 1)
    print(body)
    if not args.no_write:
        write_section("web: latency, PostgreSQL", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
