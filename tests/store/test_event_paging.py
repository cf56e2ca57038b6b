"""Event lists and counts on large stores: the first-events window, capped counts, the
actor filter's name lookup and the web indexes, on SQLite and PostgreSQL.

The store is written directly (documents and events in bulk, as the benchmarks do), with
actors inside and outside the knowledge base; every answer of ``list_events`` and
``count_events`` is checked against the same filter applied in Python to the whole list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert, inspect

from riftwatch import api
from riftwatch.errors import ConfigError
from riftwatch.store import Store, open_store
from riftwatch.store.tables import Document, EventRow, Source, utcnow

# (id, name): two KB groups, and names the knowledge base does not know, one holding
# LIKE's wildcards so that the fragment must be matched literally
CAST = [
    ("org:ttp", "Tehrik-i-Taliban Pakistan"),
    ("org:al-qaeda", "Al Qaeda"),
    (None, "Lashkar of the 100% Faithful"),
    (None, "Meher_Brigade"),
    (None, "Meherban Group"),
]
TYPES = ["ASSAULT", "AID", "ACCUSE", "COOPERATE"]


def _fill(store: Store) -> None:
    now = utcnow()
    docs, events = [], []
    event_id = 0
    for d in range(1, 9):  # documents 1-8, the later ones graded lower
        reliability = "B" if d <= 4 else "E"
        docs.append({
            "id": d, "content_hash": f"{d:064d}", "external_id": f"ext-{d}",
            "title": f"Report {d}", "published": f"201{d}-01-01", "language": "en",
            "source_id": 1, "source_type": "news", "reliability": reliability,
            "credibility": 2 if d <= 4 else 5, "grade_origin": {}, "origin_id": d,
            "char_count": 10, "text": "x" * 400, "status": "ready", "meta": {},
            "created_at": now,
        })  # fmt: skip
        # sentences in the reverse order of the ids: the list order is not the id order
        for s in range(12, 0, -1):
            for k in range(3):
                event_id += 1
                a = CAST[(d * 7 + s * 3 + k) % len(CAST)]
                b = CAST[(d * 5 + s + k * 2 + 1) % len(CAST)]
                if a == b:
                    b = CAST[(CAST.index(a) + 1) % len(CAST)]
                events.append({
                    "id": event_id, "document_id": d, "sentence_index": s,
                    "sentence_start": 0, "sentence_end": 10, "source_id": a[0],
                    "source_name": a[1], "target_id": b[0], "target_name": b[1],
                    "event_type": TYPES[(d + s + k) % len(TYPES)], "mode": None,
                    "modality": "asserted" if (s + k) % 5 else "negated",
                    "event_date": f"201{d}-0{1 + s % 9}-01", "date_precision": "day",
                    "confidence": 0.9, "quote": None, "attributed_to": None, "detail": {},
                    "coder_version": "test", "created_at": now,
                })  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(insert(Source), [{"id": 1, "name": "Wire", "created_at": now}])
        conn.execute(insert(Document), docs)
        conn.execute(insert(EventRow), events)


KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=KINDS)
def big(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("paging") / "rw.db")
        store = open_store(url)
        _fill(store)
        yield store
        store.close()
        return
    pg = request.getfixturevalue("pg_server")
    url = pg.new_database()
    store = open_store(url)
    try:
        _fill(store)
        yield store
    finally:
        store.close()
        pg.drop_database(url)


def _is(actor: str) -> Any:
    """The actor filter in Python: an id exactly, or a fragment of the name (any case)."""
    from riftwatch.actors.resolve import default_resolver

    ids = {actor}
    found = default_resolver().resolve(actor)
    if not found.unresolved and found.actor is not None:
        ids.add(found.actor.id)
        if found.organization is not None:
            ids.add(found.organization.id)

    def side(event: dict[str, Any], key: str) -> bool:
        return event[key]["id"] in ids or actor.lower() in event[key]["name"].lower()

    return lambda e: side(e, "source") or side(e, "target")


FILTERS: list[tuple[dict[str, Any], Any]] = [
    ({"actor": "TTP"}, _is("TTP")),
    ({"actor": "meher"}, _is("meher")),
    ({"actor": "100%"}, _is("100%")),
    ({"actor": "R_B"}, _is("R_B")),
    ({"actor": "Al Qaeda", "event_type": "ASSAULT"},
     lambda e: _is("Al Qaeda")(e) and e["event_type"] == "ASSAULT"),
    ({"modality": "negated", "min_reliability": "B"},
     lambda e: e["modality"] == "negated" and e["reliability"] == "B"),
    ({"document_id": "ext-3"}, lambda e: e["document_id"] == 3),
    ({"document_id": "5"}, lambda e: e["document_id"] == 5),
    ({"actor": "TTP", "event_type": ["ASSAULT", "AID"], "date_from": "2014"},
     lambda e: _is("TTP")(e) and e["event_type"] in ("ASSAULT", "AID")
     and e["date"] >= "2014"),
    ({"actor": "meher", "event_type": "ACCUSE", "date_to": "2015-06"},
     lambda e: _is("meher")(e) and e["event_type"] == "ACCUSE" and e["date"] <= "2015-06-31"),
    ({"pair": ["Al Qaeda", "Meherban"]},
     lambda e: {e["source"]["name"], e["target"]["name"]} == {"Al Qaeda", "Meherban Group"}),
]  # fmt: skip


@pytest.mark.parametrize("window", [None, 7, 40])
def test_pages_and_counts_match_the_filter_on_the_whole_list(
    big: Store, window: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = api.list_events(big, limit=1000)
    assert len(everything) == 8 * 12 * 3
    order = [(e["document_id"], e["sentence_index"], e["id"]) for e in everything]
    assert order == sorted(order)
    if window is not None:  # a small window: the page is found in it, or looked for again
        monkeypatch.setattr(api, "_WINDOW", window)
    for filters, keep in FILTERS:
        wanted = [e["id"] for e in everything if keep(e)]
        assert wanted, filters
        assert api.count_events(big, **filters) == len(wanted), filters
        for limit, offset in ((5, 0), (5, 3), (50, 0), (4, len(wanted) - 2), (10, len(wanted))):
            page = api.list_events(big, limit=limit, offset=offset, **filters)
            assert [e["id"] for e in page] == wanted[offset : offset + limit], (filters, offset)
        for cap in (1, 3, len(wanted), len(wanted) + 5):
            assert api.count_events(big, cap=cap, **filters) == min(cap, len(wanted)), filters


@pytest.mark.parametrize("actor", ["Al Qaeda", "org:al-qaeda", "TTP", "meher", "100%"])
def test_a_deep_page_of_an_actor_is_the_same_by_the_merge_of_its_ranges(
    big: Store, actor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL reads deep pages of one actor's events as a merge of that actor's ranges
    of the actor indexes (migration 0015): every page, also after a cursor, is the page of
    the whole list; on SQLite the same asks take the list order's index."""
    monkeypatch.setattr(api, "_MERGE_FROM", 1)  # every page merged (a tiny store)
    everything = api.list_events(big, limit=1000)
    wanted = [e["id"] for e in everything if _is(actor)(e)]
    assert len(wanted) > 20, actor
    for limit, offset in ((5, 0), (7, 3), (50, 0), (4, len(wanted) - 2), (10, len(wanted))):
        page = api.list_events(big, limit=limit, offset=offset, actor=actor)
        assert [e["id"] for e in page] == wanted[offset : offset + limit], (limit, offset)
    middle = next(e for e in everything if e["id"] == wanted[len(wanted) // 2])
    cursor = api.event_cursor(middle)
    after = wanted[len(wanted) // 2 + 1 :]
    for offset in (0, 2):
        page = api.list_events(big, limit=6, offset=offset, actor=actor, after=cursor)
        assert [e["id"] for e in page] == after[offset : offset + 6]
    # and the count of what follows a cursor
    assert api.count_events(big, actor=actor, after=cursor) == len(after)
    assert api.count_events(big, actor=actor, after=cursor, cap=3) == min(3, len(after))


def test_the_web_total_of_a_deep_page_counts_on_from_the_page(big: Store) -> None:
    """The web list's total at an offset counts on from the page's last event: the same
    total, capped at ``TOTAL_CAP`` past the offset, as counting from the list's start."""
    from riftwatch.web import api_routes

    wanted = api.count_events(big, actor="Al Qaeda")
    for offset, cap in ((0, 1000), (3, 1000), (wanted - 2, 1000), (wanted + 4, 1000), (2, 5)):
        old = api_routes.TOTAL_CAP
        api_routes.TOTAL_CAP = cap
        try:
            page = api_routes.list_events(big, {"actor": "Al Qaeda"}, 4, offset)
        finally:
            api_routes.TOTAL_CAP = old
        assert page["total"] == min(wanted, offset + cap), (offset, cap)
        assert page["total_capped"] == (wanted > offset + cap), (offset, cap)


def test_a_count_cap_must_be_a_whole_number(big: Store) -> None:
    for bad in (0, -3, "10", True):
        with pytest.raises(ConfigError) as caught:
            api.count_events(big, cap=bad, actor="TTP")
        assert caught.value.code == "RW007"


def test_the_web_indexes_exist(big: Store) -> None:
    columns = {ix["name"]: ix["column_names"] for ix in inspect(big.engine).get_indexes("events")}
    assert columns["ix_events_order"] == ["document_id", "sentence_index", "id"]
    # 0013: each actor index carries the event type second (an actor with a type)
    for side in ("source_id", "target_id", "source_name", "target_name"):
        assert [side, "event_type"] in columns.values(), side
    assert not {"ix_events_target_id", "ix_events_source_name", "ix_events_target_name"} & set(
        columns
    )  # the single-column ones they replace are gone


# -- keyset (cursor) paging ---------------------------------------------------------------
@pytest.mark.parametrize("window", [None, 7])
def test_cursor_pages_walk_the_same_list_as_offsets(
    big: Store, window: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = api.list_events(big, limit=1000)
    if window is not None:
        monkeypatch.setattr(api, "_WINDOW", window)
    for filters, keep in [({}, lambda e: True), *FILTERS]:
        wanted = [e["id"] for e in everything if keep(e)]
        for limit in (1, 4, 25):
            walked: list[int] = []
            after = None
            while True:
                page = api.list_events(big, limit=limit, after=after, **filters)
                walked += [e["id"] for e in page]
                if len(page) < limit:
                    break
                after = api.event_cursor(page[-1])
            assert walked == wanted, (filters, limit)
        middle = everything[len(everything) // 2]  # a cursor and an offset after it
        after_middle = [e["id"] for e in everything[len(everything) // 2 + 1 :] if keep(e)]
        page = api.list_events(big, limit=3, offset=2, after=api.event_cursor(middle), **filters)
        assert [e["id"] for e in page] == after_middle[2:5], filters


def test_claims_page_by_cursor_too(big: Store) -> None:
    claims = api.load_claims(big, actor="TTP")
    cut = claims[10]
    cursor = f"{cut.document_id}.{cut.sentence_index}.{cut.event_id}"
    after = api.load_claims(big, actor="TTP", after=cursor, limit=5)
    assert [c.event_id for c in after] == [c.event_id for c in claims[11:16]]


@pytest.mark.parametrize("bad", ["12", "a.b.c", "1.2.3.4", "-1.2.3", "1.2."])
def test_a_malformed_cursor_is_refused_naming_after(big: Store, bad: str) -> None:
    with pytest.raises(ConfigError) as caught:
        api.list_events(big, after=bad)
    assert caught.value.code == "RW007" and caught.value.field == "after (--after)"


# -- one filters object ---------------------------------------------------------------------
def test_the_filters_object_and_keywords_give_the_same_answers(big: Store) -> None:
    for filters, _keep in FILTERS:
        chosen = api.EventFilters.of(filters)
        assert api.list_events(big, chosen, limit=500) == api.list_events(big, limit=500,
                                                                          **filters)  # fmt: skip
        assert api.count_events(big, chosen) == api.count_events(big, **filters)
        assert [c.event_id for c in api.load_claims(big, chosen)] == [
            c.event_id for c in api.load_claims(big, **filters)
        ]
    # keywords on top of an object
    both = api.list_events(big, api.EventFilters(actor="TTP"), event_type="ASSAULT", limit=500)
    assert both and all(e["event_type"] == "ASSAULT" for e in both)
    assert both == api.list_events(big, actor="TTP", event_type="ASSAULT", limit=500)


@pytest.mark.parametrize(("given", "code", "field"), [
    ({"event_type": "BOMB"}, "RW007", "event type (--type)"),
    ({"modality": "perhaps"}, "RW007", "modality (--modality)"),
    ({"pair": ["TTP"]}, "RW007", "pair (--pair)"),
    ({"date_from": "2015-13"}, "RW007", "date from (--from)"),
    ({"date_to": "soon"}, "RW007", "date to (--to)"),
    ({"min_confidence": "1.5"}, "RW007", "minimum confidence (--min-confidence)"),
    ({"actor": "  "}, "RW007", "actor (--actor)"),
    ({"min_reliability": "Q"}, "RW002", None),
    ({"max_credibility": "9"}, "RW003", None),
    ({"verdict": "maybe"}, "RW521", "verdict"),
])  # fmt: skip
def test_a_bad_filter_is_refused_naming_its_field(
    big: Store, given: dict[str, Any], code: str, field: str | None
) -> None:
    from riftwatch.errors import RiftwatchError

    calls = (api.list_events, api.count_events, api.load_claims)
    for call in (lambda: api.EventFilters(**given), *(lambda f=f: f(big, **given) for f in calls)):
        with pytest.raises(RiftwatchError) as caught:
            call()
        assert caught.value.code == code, given
        if field is not None:
            assert caught.value.field == field, given


def test_an_unknown_filter_is_a_type_error(big: Store) -> None:
    with pytest.raises(TypeError):
        api.list_events(big, colour="red")
