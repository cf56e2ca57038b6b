"""The event lists' combined filters on the composite indexes of migration 0013: the same
answers on SQLite and PostgreSQL from the same data, and the index used."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from test_event_paging import _fill

from riftwatch import api
from riftwatch.store import open_store
from riftwatch.store.tables import EventRow

ASKS = [
    {"actor": "TTP", "event_type": "ASSAULT"},
    {"actor": "TTP", "event_type": ["ASSAULT", "ACCUSE"], "date_from": "2013"},
    {"actor": "meher", "event_type": "AID", "date_to": "2016"},
    {"actor": "Al Qaeda", "modality": "negated"},
    {"actor": "org:al-qaeda", "event_type": "COOPERATE", "min_reliability": "B"},
]


@pytest.mark.postgres
def test_sqlite_and_postgresql_answer_the_same(tmp_path: Path, pg_server) -> None:
    url = pg_server.new_database()
    stores = [open_store(str(tmp_path / "rw.db")), open_store(url)]
    try:
        for store in stores:
            _fill(store)
        for ask in ASKS:
            answers = []
            for store in stores:
                everything = api.list_events(store, limit=1000, **ask)
                pages, after = [], None
                while True:  # walked by cursor, three at a time
                    page = api.list_events(store, limit=3, after=after, **ask)
                    pages += page
                    if len(page) < 3:
                        break
                    after = api.event_cursor(page[-1])
                assert [e["id"] for e in pages] == [e["id"] for e in everything], ask
                answers.append((
                    [(e["id"], e["event_type"], e["source"]["id"], e["date"]) for e in everything],
                    api.count_events(store, **ask), api.count_events(store, cap=4, **ask),
                    [e["id"] for e in api.list_events(store, limit=2, offset=3, **ask)],
                ))  # fmt: skip
            assert answers[0] == answers[1], ask
            assert answers[0][0], ask  # the data hold matches: the comparison means something
    finally:
        for store in stores:
            store.close()
        pg_server.drop_database(url)


def test_sqlite_finds_an_actor_and_a_type_by_one_index(tmp_path: Path) -> None:
    """The plan of an actor-and-type filter looks both up in an index, on each side."""
    store = open_store(str(tmp_path / "rw.db"))
    try:
        _fill(store)
        query = select(EventRow.id).where(
            (EventRow.source_id == "org:ttp") | (EventRow.target_id == "org:ttp"),
            EventRow.event_type == "ASSAULT",
        )
        with store.engine.connect() as conn:
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "ix_events_source_type (source_id=? AND event_type=?)" in plan, plan
        assert "ix_events_target_id_type (target_id=? AND event_type=?)" in plan, plan
    finally:
        store.close()


@pytest.mark.postgres
def test_postgresql_has_the_search_order_index(pg_server) -> None:
    """The pool of a search is the shortest sentences first: PostgreSQL can read a common
    word's hits along ``(length(text), id)`` (migration 0013)."""
    from sqlalchemy import text

    url = pg_server.new_database()
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            found = conn.execute(text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_sentences_length_id'"
            )).scalar()  # fmt: skip
        assert found is not None and "length(text)" in found and "id" in found
    finally:
        store.close()
        pg_server.drop_database(url)
