"""Fixtures of the web tests: the workbench served by uvicorn on 127.0.0.1 over a real store.

``served`` (one per test module and backend, SQLite and PostgreSQL) holds a small
corpus: two plain reports graded differently, and a hostile JSON Lines record whose
title, URL, source and text carry script. ``fresh_server`` starts a server on an empty
store for tests that change it (uploads).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from riftwatch import api
from riftwatch.web import create_app
from riftwatch.web.serve import bind

REPORT_A = (
    "Kabul, 12 March 2010. The Haqqani network sheltered Al Qaeda fighters in North "
    "Waziristan. They paid the tribes for it.\n"
)
REPORT_B = (
    "Peshawar, 5 June 2011. The Taliban attacked the army in Kandahar. Officials said the "
    "fighting lasted two days.\n"
)
HOSTILE = {
    "id": "h1",
    "title": '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">',
    "url": "javascript:window.__pwned=3",
    "source": "<b>Evil</b> Source",
    "date": "2012-05-03",
    "text": (
        "The Taliban attacked the army in Kandahar <script>window.__pwned=4</script> on 3 May "
        '2012. "><img src=x onerror="window.__pwned=5"> The TTP sheltered Al Qaeda fighters.'
    ),
}


@dataclass
class Served:
    """A running server: its base URL, its store's URL and the files it was built on."""

    base: str
    db: str
    app: Any
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=120, **kwargs)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def start_server(db: str, **app_kwargs: Any) -> Served:
    """Serve ``create_app(db, ...)`` with uvicorn in a thread on a free 127.0.0.1 port."""
    app = create_app(db, **app_kwargs)
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return Served(f"http://127.0.0.1:{port}", db, app, server, thread)


def build_corpus(db: str, folder: Path) -> dict[str, int]:
    """Ingest and code the corpus into ``db``; returns the document ids by name."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    api.init_store(db)
    api.ingest([folder / "a.txt"], db=db, source="Kabul Times", source_type="news",
               reliability="B", credibility=2)  # fmt: skip
    api.ingest([folder / "b.txt"], db=db, source="Field Notes", source_type="monitoring_report",
               reliability="C", credibility=3)  # fmt: skip
    api.ingest([folder / "hostile.jsonl"], db=db)
    api.extract_stored(db)
    ids = {}
    for doc in api.list_documents(db, limit=10):
        name = Path(doc["path"]).name
        ids[name] = doc["id"]
    return ids


@contextmanager
def _database(request: pytest.FixtureRequest, kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield str(folder / "riftwatch.db")
        return
    pg = request.getfixturevalue("pg_server")
    url = pg.new_database()
    try:
        yield url
    finally:
        pg.drop_database(url)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    """The corpus served on each backend (read-only tests share it)."""
    folder = tmp_path_factory.mktemp(f"web-{request.param}")
    with _database(request, request.param, folder) as db:
        ids = build_corpus(db, folder / "corpus")
        running = start_server(db, upload_dir=folder / "uploads", max_upload_mb=1)
        running.ids = ids  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., Served]]:
    """A factory of servers over a new, empty store on each backend (stopped afterwards)."""
    started: list[Served] = []
    with _database(request, request.param, tmp_path) as db:
        api.init_store(db)

        def make(**app_kwargs: Any) -> Served:
            app_kwargs.setdefault("upload_dir", tmp_path / "uploads")
            running = start_server(db, **app_kwargs)
            started.append(running)
            return running

        try:
            yield make
        finally:
            for running in started:
                running.stop()
