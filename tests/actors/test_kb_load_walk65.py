"""Loading the KB into a store (curation.sync_kb): the same rows on SQLite and PostgreSQL.

walk65: the ORM's bulk insert had sent a statement per run of rows with the same non-None keys
(thousands for the bundled KB), a round trip each on PostgreSQL; the load now goes in one
executemany (SQLite) or one COPY (PostgreSQL). These tests hold what a user relies on: the
actors, aliases (with and without a context rule) and relations read back the same on both.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from riftwatch.actors import curation
from riftwatch.actors.kb import KnowledgeBase
from riftwatch.actors.tables import ActorAliasRow, ActorRelationRow, ActorRow
from riftwatch.store import open_store


def _kb() -> KnowledgeBase:
    """Invented groups whose rows alternate None and set fields (country, rule, role, note)."""
    raw: dict[str, dict[str, Any]] = {}
    for i in range(60):
        rec: dict[str, Any] = {
            "id": f"org:tarsil-band-{i}",
            "name": f"Tarsil Band {i}",
            "type": "armed_group",
            "aliases": [{"name": f"Band {i} of Tarsil", "kind": "official", "source": "curated"}],
            "sources": ["curated"],
        }
        if i % 2:
            rec["country"] = "PHL"
            rec["start"] = "1977"
            rec["aliases"].append(
                {
                    "name": f"Tarsil {i}",
                    "kind": "weak",
                    "source": "curated",
                    "when": {"context_any": ["tarsil", "mindanao"]},
                }
            )
        if i:
            rel: dict[str, Any] = {"type": "splinter_of", "target": "org:tarsil-band-0"}
            if i % 4 == 1:
                rel.update(start="2010-08", role="breakaway wing", note="an invented split")
            rec["relations"] = [rel]
        raw[rec["id"]] = rec
    return KnowledgeBase(raw, version="walk65-test")


def _rows(url: str, kb: KnowledgeBase) -> dict[str, list[tuple[Any, ...]]]:
    store = open_store(url)
    try:
        assert curation.sync_kb(store, kb)["loaded"] is True
        assert curation.sync_kb(store, kb)["loaded"] is False  # a second call loads nothing
        with store.new_session() as session:
            actors = session.execute(
                select(
                    ActorRow.id,
                    ActorRow.name,
                    ActorRow.country,
                    ActorRow.start,
                    ActorRow.sources,
                    ActorRow.kb_version,
                )
            ).all()
            aliases = session.execute(
                select(
                    ActorAliasRow.actor_id,
                    ActorAliasRow.name,
                    ActorAliasRow.kind,
                    ActorAliasRow.source,
                    ActorAliasRow.rule,
                )
            ).all()
            relations = session.execute(
                select(
                    ActorRelationRow.subject,
                    ActorRelationRow.type,
                    ActorRelationRow.target,
                    ActorRelationRow.start,
                    ActorRelationRow.role,
                    ActorRelationRow.note,
                )
            ).all()
    finally:
        store.close()
    return {
        "actors": sorted(map(tuple, actors), key=repr),
        "aliases": sorted(map(tuple, aliases), key=repr),
        "relations": sorted(map(tuple, relations), key=repr),
    }


def test_kb_rows_read_back_with_their_none_and_set_fields(sqlite_url: str) -> None:
    rows = _rows(sqlite_url, _kb())
    assert len(rows["actors"]) == 60
    by_id = {r[0]: r for r in rows["actors"]}
    assert by_id["org:tarsil-band-1"][2] == "PHL" and by_id["org:tarsil-band-2"][2] is None
    rules = {r[1]: r[4] for r in rows["aliases"]}
    assert rules["Tarsil 5"] == {"context_any": ["tarsil", "mindanao"]}
    assert rules["Band 6 of Tarsil"] is None
    notes = {r[0]: (r[4], r[5]) for r in rows["relations"]}
    assert notes["org:tarsil-band-5"] == ("breakaway wing", "an invented split")
    assert notes["org:tarsil-band-6"] == (None, None)


@pytest.mark.postgres
def test_kb_load_is_the_same_on_sqlite_and_postgresql(sqlite_url: str, pg_url: str) -> None:
    kb = _kb()
    assert _rows(pg_url, kb) == _rows(sqlite_url, kb)
