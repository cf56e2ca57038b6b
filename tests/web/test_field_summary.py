"""The dashboard's stored field summary (table ``field_summaries``), on SQLite and PostgreSQL.

A summary computed once is stored with its store state and time; a process that has none
in memory (a restarted server, another worker) shows the stored one at once, as of its
time; when the claims change, the stored one is shown as not fresh while one background
round brings it up to date; one process computes at a time (a lease in the table).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select, update
from tests.web.test_workbench import AQ, HQN, build_rift_corpus

from riftwatch import api, workbench
from riftwatch.store import Store, open_store
from riftwatch.store.tables import utcnow


@pytest.fixture
def rift_store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    build_rift_corpus(db_url, tmp_path / "corpus")
    opened = open_store(db_url)
    yield opened
    opened.close()
    workbench.FIELDS._fields.pop(opened.url, None)


def _forget(store: Store) -> None:
    """As a new process: nothing of the store in memory."""
    workbench.FIELDS._fields.pop(store.url, None)


def _wait_for_rounds() -> None:
    for thread in threading.enumerate():
        if thread.name == "riftwatch-field":
            thread.join()


def _lists(out: dict) -> tuple:
    return (out["alerts"], out["changed"], out["last_month"], out["claims"])


def test_a_stored_summary_is_shown_at_once_as_of_its_time(rift_store: Store) -> None:
    assert workbench.stored_field(rift_store) is None
    computed = workbench.refresh_field(rift_store)
    first = workbench.dashboard(rift_store)
    assert first["fresh"] and first["alerts"]["total"] >= 1
    _forget(rift_store)
    field, fresh = workbench.FIELDS.get(rift_store, wait=False)  # read, not computed
    assert fresh and field is not None and field is not computed
    assert field.state == computed.state == workbench.store_state(rift_store)
    again = workbench.dashboard(rift_store)
    assert _lists(again) == _lists(first)
    assert again["as_of"] == first["as_of"] and again["as_of"].endswith("Z")
    pair = {AQ, HQN}
    assert any({a["id"] for a in item["actors"]} == pair for item in again["alerts"]["items"])


def test_the_summary_round_trips_its_arrays_and_alerts(rift_store: Store) -> None:
    field = workbench.refresh_field(rift_store)
    back = workbench.Field.from_bytes(field.to_bytes())
    for name in workbench.Field._ARRAYS:
        assert np.array_equal(getattr(back, name), getattr(field, name)), name
    assert back.dyads == field.dyads and back.names == field.names
    assert back.state == field.state and back.claims == field.claims
    assert [a["probability"] for a in back.alerts] == [a["probability"] for a in field.alerts]


def test_a_change_of_the_claims_shows_the_stored_summary_until_recomputed(
    rift_store: Store,
) -> None:
    old = workbench.refresh_field(rift_store)
    event = api.list_events(rift_store, actor=HQN, limit=1)[0]
    api.judge_event(rift_store, event["id"], "reject", analyst="tester")
    _forget(rift_store)
    field, fresh = workbench.FIELDS.get(rift_store, wait=False)
    assert not fresh and field is not None and field.state == old.state  # the last one shown
    _wait_for_rounds()
    now = workbench.store_state(rift_store)
    assert workbench.stored_field(rift_store).state == now  # type: ignore[union-attr]
    field, fresh = workbench.FIELDS.get(rift_store, wait=False)
    assert fresh and field.state == now  # type: ignore[union-attr]


def test_one_process_computes_at_a_time(rift_store: Store) -> None:
    assert workbench.take_lease(rift_store)
    assert not workbench.take_lease(rift_store)  # held
    _forget(rift_store)
    field, fresh = workbench.FIELDS.get(rift_store, wait=False)
    _wait_for_rounds()
    assert field is None and not fresh
    assert workbench.stored_field(rift_store) is None  # the other holder computes it
    workbench.release_lease(rift_store)
    assert workbench.take_lease(rift_store)
    table = workbench._summary_table()
    stale = utcnow().replace(tzinfo=None) - timedelta(seconds=workbench.LEASE_SECONDS + 60)
    with rift_store.engine.begin() as conn:  # a holder that died long ago
        conn.execute(update(table).values(computing_since=stale))
    assert workbench.take_lease(rift_store)
    with rift_store.engine.begin() as conn:  # a holder that still computes renews its lease
        conn.execute(update(table).values(computing_since=stale))
    workbench.renew_lease(rift_store)
    assert not workbench.take_lease(rift_store)
    workbench.save_field(rift_store, workbench._compute_field(
        rift_store, workbench.store_state(rift_store)))  # fmt: skip
    with rift_store.engine.connect() as conn:
        ended = select(table.c.computing_since).where(table.c.name == workbench.SUMMARY_NAME)
        assert conn.execute(ended).scalar() is None  # lease ended (other rows: other data)


def test_the_dashboard_says_as_of_when(rift_store: Store, tmp_path: Path) -> None:
    from tests.web.conftest import start_server

    field = workbench.refresh_field(rift_store)
    _forget(rift_store)
    served = start_server(rift_store.url, upload_dir=tmp_path / "uploads")
    try:
        with served.client() as client:
            data = client.get("/api/dashboard").json()
            page = client.get("/").text
    finally:
        served.stop()
    assert data["ready"] and data["fresh"] and data["as_of"] == workbench._as_of(field)
    assert data["state"]["events"] == field.state[1]
    assert f'Field assessed as of <time datetime="{data["as_of"]}">' in page


def test_analysts_opening_one_relationship_at_once_share_one_computation(
    rift_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = workbench.compute_relationship
    calls: list[tuple[str, str]] = []
    answers: list[dict] = []

    def ask() -> None:
        answers.append(workbench.relationship(rift_store, AQ, HQN))

    others = [threading.Thread(target=ask) for _ in range(3)]

    def counted(store: Store, ka: str, kb_: str, **filters: object) -> dict:
        calls.append((ka, kb_))
        if len(calls) == 1:  # the first computation: the others ask while it runs
            for thread in others:
                thread.start()
            for thread in others:  # they wait for this computation (or, without the
                thread.join(1)  # sharing, would enter their own: ``calls`` would grow)
        return real(store, ka, kb_, **filters)

    monkeypatch.setattr(workbench, "compute_relationship", counted)
    ask()
    for thread in others:
        thread.join(120)
    assert len(calls) == 1 and len(answers) == 4
    assert all(a["claims"] == answers[0]["claims"] >= 1 for a in answers)
    assert {x["id"] for x in answers[0]["actors"]} == {AQ, HQN}


def test_a_relationship_is_stored_for_the_other_workers(
    rift_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    first = workbench.relationship(rift_store, AQ, HQN, min_reliability="B")
    workbench._RELATIONSHIPS.clear()  # as another worker: nothing in memory
    calls: list[str] = []
    real = workbench.compute_relationship

    def counted(store: Store, ka: str, kb_: str, **filters: object) -> dict:
        calls.append(ka)
        return real(store, ka, kb_, **filters)

    monkeypatch.setattr(workbench, "compute_relationship", counted)
    again = workbench.relationship(rift_store, AQ, HQN, min_reliability="B")
    assert calls == []  # read, not computed
    assert json.dumps(again, sort_keys=True, default=str) == json.dumps(
        json.loads(json.dumps(first, default=workbench._plain)), sort_keys=True, default=str
    )
    workbench._RELATIONSHIPS.clear()
    other = workbench.relationship(rift_store, AQ, HQN)  # other filters: computed
    assert len(calls) == 1 and other["claims"] >= again["claims"]
    event = api.list_events(rift_store, actor=HQN, limit=1)[0]
    api.judge_event(rift_store, event["id"], "reject", analyst="tester")  # a new state
    workbench._RELATIONSHIPS.clear()
    workbench.relationship(rift_store, AQ, HQN)
    assert len(calls) == 2  # the stored answers were of the old state
    table = workbench._summary_table()
    with rift_store.engine.connect() as conn:
        rows = conn.execute(select(table.c.last_judgement).where(
            table.c.name.like("rel:%"))).scalars().all()  # fmt: skip
    assert rows == [workbench.store_state(rift_store)[2]]  # the old state's answers dropped
