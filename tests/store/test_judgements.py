"""Analysts' judgements of stored events and claims from the store, on SQLite and PostgreSQL:
history, credibility overrides, re-attachment after a recode, orphans, deletion, errors that
write nothing, and ``load_claims`` (grades, origins, judgements applied)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError

from riftwatch import api
from riftwatch.errors import JudgementError
from riftwatch.store import Store, open_store
from riftwatch.store.tables import EventJudgementRow, EventRow
from test_api_events import A, B, C, D, E, build, key, write_corpus


@pytest.fixture
def coded(db_url: str, tmp_path: Path) -> Store:
    store = build(db_url, write_corpus(tmp_path / "corpus"))
    yield store
    store.close()


def event_of(store: Store, wanted: tuple[str, str, str]) -> dict[str, Any]:
    found = [e for e in api.list_events(store, limit=1000) if key(e) == wanted]
    assert len(found) == 1, (wanted, found)
    return found[0]


def judgement_rows(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(EventJudgementRow)) or 0)


def claim_of(store: Store, event_id: int, **filters: Any) -> Any:
    found = [c for c in api.load_claims(store, **filters) if c.event_id == event_id]
    return found[0] if found else None


def test_verdicts_keep_their_history_and_the_latest_counts(coded: Store) -> None:
    a = event_of(coded, A)["id"]
    first = api.judge_event(coded, a, "reject", analyst="ana", note="the sheltering was 2008")
    assert (first["verdict"], first["analyst"], first["event_id"]) == ("reject", "ana", a)
    assert first["coder_version"] == event_of(coded, A)["coder_version"]
    assert event_of(coded, A)["judgement"]["verdict"] == "reject"
    assert claim_of(coded, a).counts is False
    assert claim_of(coded, a, include_rejected=False) is None

    api.judge_event(coded, a, "ACCEPT", analyst="bo", note="checked with the source")
    history = api.event_judgements(coded, a)
    assert [(h["verdict"], h["analyst"], h["current"]) for h in history] == [
        ("reject", "ana", False),
        ("accept", "bo", True),
    ]
    shown = api.get_event(coded, a)["judgement"]
    assert (shown["verdict"], shown["analyst"]) == ("accept", "bo") and shown["at"]
    claim = claim_of(coded, a)
    assert claim.counts is True and claim.judgement.analyst == "bo"
    # the list filters see the current verdict only
    judged = {key(e) for e in api.list_events(coded, judged=True)}
    assert judged == {A}
    assert A not in {key(e) for e in api.list_events(coded, judged=False, limit=1000)}
    assert api.list_events(coded, verdict="reject") == []
    assert [key(e) for e in api.list_events(coded, verdict=["accept", "correct"])] == [A]
    assert api.count_events(coded, judged=True) == 1


def test_a_correction_changes_the_claim_and_its_filters(coded: Store) -> None:
    b = event_of(coded, B)  # Pakistan Army ASSAULT TTP, 2010-03
    j = api.judge_event(
        coded, b["id"], "correct", analyst="ana",
        changes={"type": "coerce", "target": "Haqqani network", "date": "2010-04"},
    )  # fmt: skip
    assert j["changes"]["event_type"] == "COERCE"
    assert j["changes"]["target"]["id"] == "org:haqqani-network"
    claim = claim_of(coded, b["id"])
    assert (claim.event_type, claim.target_id, claim.date) == (
        "COERCE", "org:haqqani-network", "2010-04")  # fmt: skip
    assert claim.counts and claim.judgement.changes["event_type"] == "COERCE"
    # the event itself stays as coded
    assert api.get_event(coded, b["id"])["event_type"] == "ASSAULT"
    # filters apply to the corrected claim
    ids = lambda **f: {c.event_id for c in api.load_claims(coded, **f)}  # noqa: E731
    assert b["id"] in ids(event_type="COERCE")
    assert b["id"] not in ids(event_type="ASSAULT")
    assert b["id"] in ids(pair=["Pakistan Army", "Haqqani"])
    assert b["id"] not in ids(actor="TTP")
    assert b["id"] in ids(date_from="2010-04", date_to="2010-04")
    assert b["id"] not in ids(date_to="2010-03-31")
    assert ids(verdict="correct") == {b["id"]}
    # and to nothing else: the uncorrected claims are those of list_events
    assert ids(event_type="ASSAULT") == {
        e["id"] for e in api.list_events(coded, event_type="ASSAULT")
    } - {b["id"]}


def test_credibility_override_replaces_the_documents_credibility(coded: Store) -> None:
    c = event_of(coded, C)  # E5
    done = api.override_credibility(coded, c["id"], "2", analyst="ana", reason="intercept agrees")
    assert (done["kind"], done["credibility"], done["note"]) == (
        "credibility",
        2,
        "intercept agrees",
    )
    claim = claim_of(coded, c["id"])
    assert (claim.credibility, claim.credibility_override, claim.grade) == (5, 2, "E2")
    assert api.get_event(coded, c["id"])["credibility_override"] == 2
    assert c["id"] in {x.event_id for x in api.load_claims(coded, max_credibility=2)}
    assert claim.judgement is None  # an override is not a verdict
    api.override_credibility(coded, c["id"], "clear", analyst="bo")
    claim = claim_of(coded, c["id"])
    assert (claim.credibility_override, claim.grade) == (None, "E5")
    assert c["id"] not in {x.event_id for x in api.load_claims(coded, max_credibility=2)}
    assert [h["credibility"] for h in api.event_judgements(coded, c["id"])] == [2, None]


@pytest.mark.parametrize(
    ("call", "code", "field"),
    [
        (lambda s, i: api.judge_event(s, 99999, "accept"), "RW520", "event id"),
        (lambda s, i: api.judge_event(s, "x1", "accept"), "RW520", "event id"),
        (lambda s, i: api.judge_event(s, i, "maybe"), "RW521", "verdict"),
        (lambda s, i: api.judge_event(s, i, "correct"), "RW522", "changes"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["colour=red"]), "RW523", "colour"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["type=HUG"]), "RW524",
         "event_type"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["date=2010-13"]), "RW524",
         "date"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["modality=sure"]), "RW524",
         "modality"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["source=org:nobody-at-all"]),
         "RW524", "source"),
        (lambda s, i: api.judge_event(s, i, "correct", changes=["SUPPORT"]), "RW529", "changes"),
        (lambda s, i: api.judge_event(s, i, "reject", changes=["type=AID"]), "RW525", "changes"),
        (lambda s, i: api.judge_event(s, i, "accept", analyst="  "), "RW528", "analyst"),
        (lambda s, i: api.override_credibility(s, i, 7, reason="x"), "RW526", "credibility"),
        (lambda s, i: api.override_credibility(s, i, "0", reason="x"), "RW526", "credibility"),
        (lambda s, i: api.override_credibility(s, i, "2.5", reason="x"), "RW526", "credibility"),
        (lambda s, i: api.override_credibility(s, i, 3), "RW527", "reason"),
        (lambda s, i: api.override_credibility(s, 99999, 3, reason="x"), "RW520", "event id"),
        (lambda s, i: api.event_judgements(s, 99999), "RW520", "event id"),
        (lambda s, i: api.list_claims(s, verdict="maybe"), "RW521", "verdict"),
    ],
)  # fmt: skip
def test_bad_judgements_are_numbered_errors_and_write_nothing(
    coded: Store, call: Any, code: str, field: str
) -> None:
    event_id = event_of(coded, A)["id"]
    with pytest.raises(JudgementError) as info:
        call(coded, event_id)
    assert info.value.code == code and info.value.field == field
    assert judgement_rows(coded) == 0


@pytest.mark.parametrize(
    ("kind", "credibility", "verdict"),
    [("credibility", 9, None), ("verdict", None, "maybe"), ("x", 2, None)],
)
def test_the_database_refuses_what_the_api_refuses(
    coded: Store, kind: str, credibility: int | None, verdict: str | None
) -> None:
    insert = text(
        "INSERT INTO event_judgements (kind, document_id, judged_event_id, sentence_index, "
        "source_key, target_key, event_type, modality, coder_version, credibility, verdict, "
        "analyst, created_at) VALUES (:kind, :doc, 1, 0, 'a', 'b', 'AID', 'asserted', 'v', "
        ":credibility, :verdict, 'ana', CURRENT_TIMESTAMP)"
    )
    values = {"doc": event_of(coded, A)["document_id"], "kind": "credibility",
              "credibility": 2, "verdict": None}  # fmt: skip
    with coded.engine.begin() as conn:  # the same row with good values goes in
        conn.execute(insert, values)
    values.update(kind=kind, credibility=credibility, verdict=verdict)
    with coded.engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(insert, values)


def test_a_recode_keeps_judgements_attached_to_their_events(coded: Store) -> None:
    a, d = event_of(coded, A), event_of(coded, D)
    api.judge_event(coded, a["id"], "reject", analyst="ana")
    api.override_credibility(coded, d["id"], 1, analyst="ana", reason="seen myself")
    api.judge_event(coded, d["id"], "correct", analyst="ana", changes=["mode=refusal"])
    result = api.extract_stored(coded, recode_all=True)
    assert result["documents"] == 4
    a2, d2 = event_of(coded, A), event_of(coded, D)
    assert a2["id"] != a["id"] and d2["id"] != d["id"]  # new ids
    assert a2["judgement"]["verdict"] == "reject"
    assert (d2["judgement"]["verdict"], d2["credibility_override"]) == ("correct", 1)
    assert {key(e) for e in api.list_events(coded, judged=True)} == {A, D}
    history = api.event_judgements(coded, d2["id"])
    assert [h["kind"] for h in history] == ["credibility", "verdict"]
    assert all(h["event_id"] == d2["id"] and h["judged_event_id"] == d["id"] for h in history)
    # the id from before the recode still finds them
    assert [h["id"] for h in api.event_judgements(coded, d["id"])] == [h["id"] for h in history]
    claim = claim_of(coded, d2["id"])
    assert (claim.mode, claim.grade) == ("refusal", "E1")
    assert api.orphaned_judgements(coded) == []


def test_a_judgement_whose_event_the_coder_no_longer_finds_is_kept_as_an_orphan(
    coded: Store,
) -> None:
    e, c = event_of(coded, E), event_of(coded, C)
    # as if an earlier coder had coded E as an asserted SUPPORT, and C as an ACCUSE the
    # analyst corrected to the type the coder now says (ACCUSE, stored here as THREATEN)
    with coded.engine.begin() as conn:
        conn.execute(update(EventRow).where(EventRow.id == e["id"]).values(event_type="SUPPORT"))
        conn.execute(update(EventRow).where(EventRow.id == c["id"]).values(event_type="THREATEN"))
    api.judge_event(coded, e["id"], "reject", analyst="ana", note="no such support")
    api.judge_event(coded, c["id"], "correct", analyst="ana", changes=["type=ACCUSE"])
    api.extract_stored(coded, recode_all=True)
    orphans = api.orphaned_judgements(coded)
    assert len(orphans) == 1
    orphan = orphans[0]
    assert orphan["orphaned"] and orphan["event_id"] is None and orphan["verdict"] == "reject"
    assert orphan["event"]["event_type"] == "SUPPORT" and orphan["note"] == "no such support"
    assert orphan["document"]["external_id"] == "r02"
    # the corrected one found the event the coder now codes as the analyst said
    c2 = event_of(coded, C)
    assert c2["judgement"]["verdict"] == "correct"
    assert event_of(coded, E)["judgement"] is None
    # its history is still found by its old id
    assert api.event_judgements(coded, e["id"])[0]["orphaned"] is True
    assert judgement_rows(coded) == 2


def test_deleting_a_document_deletes_its_judgements(coded: Store) -> None:
    a, c = event_of(coded, A), event_of(coded, C)
    api.judge_event(coded, a["id"], "accept", analyst="ana")
    api.override_credibility(coded, a["id"], 2, analyst="ana", reason="r")
    api.judge_event(coded, c["id"], "accept", analyst="ana")
    preview = api.delete_documents(coded, ids=[a["document_id"]], dry_run=True)
    assert preview["judgements"] == 2 and judgement_rows(coded) == 3
    done = api.delete_documents(coded, ids=[a["document_id"]])
    assert done["judgements"] == 2
    assert judgement_rows(coded) == 1
    assert [h["verdict"] for h in api.event_judgements(coded, c["id"])] == ["accept"]


LONG = (
    "Haqqani network commanders met Al Qaeda envoys in Miram Shah last week to plan joint "
    "attacks on Afghan army posts, according to two officials who spoke on condition of "
    "anonymity because they were not authorised to talk to reporters about the meeting. The "
    "Haqqani network sheltered Al Qaeda fighters in North Waziristan in 2009."
)


def test_load_claims_carries_grades_outlets_and_independent_origins(
    db_url: str, tmp_path: Path
) -> None:
    import json

    docs = [
        {"id": "wire", "date": "2010-03-01", "source": "Wire Agency", "reliability": "B",
         "credibility": 2, "source_type": "news", "text": LONG},
        {"id": "reprint", "date": "2010-03-02", "source": "Daily Reprint", "reliability": "C",
         "credibility": 3, "source_type": "news", "text": LONG.replace("last week", "on Monday")},
        {"id": "own", "date": "2010-04-01", "source": "Field Report", "reliability": "A",
         "credibility": 1, "source_type": "official",
         "text": "The Haqqani network sheltered Al Qaeda fighters in Kurram in 2010."},
    ]  # fmt: skip
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    store = open_store(db_url)
    try:
        api.ingest([path], db=store)
        api.extract_stored(store)
        claims = api.load_claims(store)
        by_doc: dict[Any, list[Any]] = {}
        for c in claims:
            by_doc.setdefault(c.doc_id, []).append(c)
        assert set(by_doc) == {"wire", "reprint", "own"}
        wire, reprint, own = by_doc["wire"][0], by_doc["reprint"][0], by_doc["own"][0]
        assert wire.origin == reprint.origin == f"doc:{wire.document_id}"
        assert own.origin == f"doc:{own.document_id}" != wire.origin
        assert (wire.grade, reprint.grade, own.grade) == ("B2", "C3", "A1")
        assert (wire.outlet, reprint.outlet, own.outlet) == (
            "Wire Agency", "Daily Reprint", "Field Report")  # fmt: skip
        assert (wire.source_type, own.source_type) == ("news", "official_statement")
        assert (wire.published, own.published) == ("2010-03-01", "2010-04-01")
        assert wire.coder_version and wire.sentence and wire.quote
        assert wire.sentence_index is not None and wire.end > wire.start
        assert {c.origin for c in claims} == {wire.origin, own.origin}
        # filters as list_events
        assert {c.doc_id for c in api.load_claims(store, min_reliability="A")} == {"own"}
        assert len(api.load_claims(store, limit=1)) == 1
        assert [c.event_id for c in api.load_claims(store, offset=1)] == [
            c.event_id for c in claims[1:]
        ]
        records = api.list_claims(store, actor="Haqqani")
        assert records and all(r["counts"] and r["origin"].startswith("doc:") for r in records)
        assert {"grade", "effective_credibility", "month", "judgement"} <= set(records[0])
    finally:
        store.close()


def _portable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims without what differs between two stores by construction (ids, times)."""
    out = []
    for r in records:
        r = dict(r)
        for name in ("event_id", "document_id"):
            r.pop(name)
        r["origin"] = r["origin"].split(":")[0]
        if r["judgement"]:
            r["judgement"] = {k: v for k, v in r["judgement"].items() if k != "at"}
        out.append(r)
    return out


@pytest.mark.postgres
def test_both_stores_give_the_same_claims(sqlite_url: str, pg_url: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    results = []
    for url in (sqlite_url, pg_url):
        store = build(url, corpus)
        try:
            for wanted, verdict, changes in ((A, "reject", None), (B, "correct", ["type=AID"])):
                api.judge_event(store, event_of(store, wanted)["id"], verdict, analyst="ana",
                                changes=changes)  # fmt: skip
            api.override_credibility(store, event_of(store, C)["id"], 3, analyst="ana",
                                     reason="r")  # fmt: skip
            results.append(
                (
                    _portable(api.list_claims(store)),
                    _portable(api.list_claims(store, event_type="AID", include_rejected=False)),
                    _portable(api.list_claims(store, pair=["Islamic State", "Al Qaeda"])),
                )
            )
        finally:
            store.close()
    assert results[0] == results[1]
    assert len(results[0][0]) == 11


def test_histories_of_many_events_match_each_events_history(coded: Store) -> None:
    """The document page reads every event's history in one query: same answer as one by one."""
    from riftwatch.claims_store import histories

    a, b = event_of(coded, A)["id"], event_of(coded, B)["id"]
    api.judge_event(coded, a, "reject", analyst="ana", note="one")
    api.judge_event(coded, a, "accept", analyst="bo")
    api.override_credibility(coded, b, 5, analyst="ana", reason="a single source")
    ids = [e["id"] for e in api.list_events(coded, limit=1000)]
    many = histories(coded, ids)
    assert set(many) == set(ids)
    for event_id in ids:
        assert many[event_id] == api.event_judgements(coded, event_id)
    assert [h["verdict"] for h in many[a]] == ["reject", "accept"]
    assert histories(coded, []) == {}
