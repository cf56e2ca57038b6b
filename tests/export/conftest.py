"""A coded, judged store on each backend for the export tests, built once per module.

The corpus is the one of ``tests/test_api_events.py`` (three JSON Lines reports and a
text note, ingested and coded for real); the analysts' judgements are made through the
public API: a rejection (with a hostile note), a correction of type and target, a
credibility override, and an event accepted and later rejected (a history of two).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from riftwatch import api
from test_api_events import A, B, C, H, build, key, write_corpus

HOSTILE = "[red]misread[/red] <script>alert(1)</script>"


def judge(store: object) -> dict[tuple[str, str, str], int]:
    """The judgements every export test sees; returns the event ids by key."""
    ids = {key(e): e["id"] for e in api.list_events(store, limit=1000)}
    api.judge_event(store, ids[A], "reject", analyst="ana", note=HOSTILE)
    api.judge_event(store, ids[B], "correct", analyst="bo",
                    changes=["type=COERCE", "target=Haqqani network"])  # fmt: skip
    api.override_credibility(store, ids[C], 2, analyst="ana", reason="an intercept agrees")
    api.judge_event(store, ids[H], "accept", analyst="ana")
    api.judge_event(store, ids[H], "reject", analyst="bo", note="training was earlier")
    return ids


def new_url(request: pytest.FixtureRequest, folder: Path, backend: str) -> str:
    if backend == "sqlite":
        return str(folder / f"rw-{len(list(folder.iterdir()))}.db")
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    request.addfinalizer(lambda: server.drop_database(url))
    return url


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def judged(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimpleNamespace]:
    """``store`` (coded and judged), ``url``, ``corpus``, ``ids``, ``backend``."""
    folder = tmp_path_factory.mktemp("export")
    corpus = write_corpus(folder / "corpus")
    url = new_url(request, folder, request.param)
    store = build(url, corpus)
    ids = judge(store)
    yield SimpleNamespace(store=store, url=url, corpus=corpus, ids=ids, folder=folder,
                          backend=request.param, request=request)  # fmt: skip
    store.close()
