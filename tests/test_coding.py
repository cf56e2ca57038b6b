"""Coding stored documents: idempotent, re-coded after a coder change, same in a pool."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select, update

from riftwatch import api
from riftwatch.store.tables import Document, EventRow

REPORTS = {
    "a.txt": "The Haqqani network sheltered Al Qaeda fighters in Miranshah. "
    "Pakistani troops attacked the TTP in Orakzai in 2009.",
    "b.txt": "Taliban commanders refused to shelter Al Qaeda operatives, officials said.",
    "c.txt": "The weather in Kabul was cold on Tuesday.",
}


def _ingest(store, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    api.ingest([folder], db=store, source_type="news")


def test_stored_extraction_is_idempotent_and_counted(store, tmp_path: Path) -> None:
    _ingest(store, tmp_path)
    first = api.extract_stored(store)
    assert first["documents"] == 3
    assert first["events"] >= 3
    assert api.status(store)["events"] == first["events"]
    again = api.extract_stored(store)
    assert (again["documents"], again["events"]) == (0, 0)
    everything = api.extract_stored(store, recode_all=True)
    assert everything["events"] == first["events"]
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(EventRow)) == first["events"]
    events = api.list_events(store)
    shelter = [e for e in events if e["event_type"] == "AID"]
    assert shelter and shelter[0]["source"]["name"] == "Haqqani Network"
    assert shelter[0]["why"] and shelter[0]["coder_version"] == first["coder_version"]
    doc = next(d for d in api.list_documents(store) if d["path"].endswith("a.txt"))
    text = api.get_document(store, doc["id"])["text"]
    for e in api.list_events(store, document_id=doc["id"]):
        assert e["quote"] in text[e["start"] : e["end"]]


def test_documents_coded_by_another_version_are_recoded(store, tmp_path: Path) -> None:
    _ingest(store, tmp_path)
    api.extract_stored(store)
    with store.engine.begin() as conn:
        conn.execute(update(Document).values(coded_version="an older coder"))
    result = api.extract_stored(store)
    assert result["documents"] == 3
    with store.engine.connect() as conn:
        versions = set(conn.scalars(select(EventRow.coder_version)))
    assert versions == {result["coder_version"]}


def test_a_pool_of_workers_codes_the_same_events() -> None:
    docs = [{"id": name, "text": text, "date": "2010-03-01"} for name, text in REPORTS.items()]
    alone = list(api.extract(docs))
    pooled = list(api.extract(docs, workers=2))
    assert alone == pooled
    assert len(alone) >= 3


def test_a_stored_militant_statement_is_coded_in_its_issuers_voice(store, tmp_path: Path) -> None:
    # the coding layer hands each document's source type to extraction: in a group's own
    # statement "our brothers" are the issuer's, in the same text filed as news they are nobody
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "communique.txt").write_text(
        "Harakat al-Shabaab al-Mujahideen declares that the so-called Islamic State in Somalia "
        "has betrayed the mujahideen. Its fighters attacked our brothers in Qandala."
    )
    api.ingest([folder], db=store, source_type="militant")
    api.extract_stored(store)
    events = api.list_events(store)
    attacks = [e for e in events if e["event_type"] == "ASSAULT"]
    assert attacks, events
    assert {e["target"]["name"] for e in attacks} == {"Al-Shabaab"}, attacks


def _rows(folder: Path, name: str, rows: list[tuple[str, str, str]]) -> None:
    folder.mkdir(exist_ok=True)
    lines = [json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in rows]
    (folder / name).write_text("".join(lines))


_FOUNDER = ("m1", "2004-03-01", "Kwabena Drasko, the founder of the Velmoran Liberation Army, "
            "signed an alliance with the Ostrava People's Front.")  # fmt: skip
_CLASH = ("m2", "2009-05-01", "Drasko's men clashed with the Ostrava People's Front.")


def _clash_sources(store) -> set[str]:  # type: ignore[no-untyped-def]
    events = api.list_events(store)
    return {e["source"]["name"] for e in events if e["quote"] and "clashed" in e["quote"]}


def test_the_stores_documents_are_one_corpus(store, tmp_path: Path) -> None:
    # a tie one stored document tells (the founder) serves another (his men's clash), with
    # the document it came from recorded, the same on SQLite and PostgreSQL
    _rows(tmp_path / "rows", "rows.jsonl", [_FOUNDER, _CLASH])
    api.ingest([tmp_path / "rows"], db=store)
    api.extract_stored(store)
    events = api.list_events(store)
    clash = [e for e in events if e["source"]["name"] == "Velmoran Liberation Army"
             and "clashed" in e["quote"]]  # fmt: skip
    assert clash, events
    assert "in document" in clash[0]["source"]["resolved_by"]


def _evidence_sides(timeline: dict) -> list[tuple]:
    return sorted(
        (e["quote"], side.get("name"), side.get("as"), side.get("resolved_by"))
        for month in timeline["months"]
        for e in month["evidence"]
        for side in (e["source"], e["target"])
    )


def test_the_evidence_says_which_words_stood_for_an_actor(store, tmp_path: Path) -> None:
    # the clash counts for the Velmoran Liberation Army because "Drasko" was tied to it in
    # another document: the dyad's evidence says so, from the store as from the file
    _rows(tmp_path / "rows", "rows.jsonl", [_FOUNDER, _CLASH])
    api.ingest([tmp_path / "rows"], db=store)
    api.extract_stored(store)
    claims = [c for c in api.load_claims(store) if c.quote and "clashed" in c.quote]
    # a clash is coded both ways: the Army is the source of one claim, the target of the other
    sides = sorted((c.source_name, c.source_as, c.target_name, c.target_as) for c in claims)
    assert sides == [
        ("Ostrava People's Front", None, "Velmoran Liberation Army", "Drasko"),
        ("Velmoran Liberation Army", "Drasko", "Ostrava People's Front", None),
    ]
    how = {c.source_resolved_by or c.target_resolved_by for c in claims}
    assert len(how) == 1 and how.pop().endswith("in document m1")
    pair = ("Velmoran Liberation Army", "Ostrava People's Front")
    stored = _evidence_sides(api.dyad(api.load_claims(store), *pair))
    assert [s for s in stored if s[2] and s[0] == "clashed"] == [
        (
            "clashed",
            "Velmoran Liberation Army",
            "Drasko",
            claims[0].source_resolved_by or claims[0].target_resolved_by,
        )
    ] * 2
    assert stored == _evidence_sides(api.dyad(str(tmp_path / "rows" / "rows.jsonl"), *pair))


def test_a_tie_told_later_reaches_earlier_coded_documents_when_recoded(
    store, tmp_path: Path
) -> None:
    # documents coded by an earlier run keep their events; `extract --all` re-codes them
    # with what the whole store now tells (docs/extraction.md, corpus memory)
    _rows(tmp_path / "first", "first.jsonl", [_CLASH])
    api.ingest([tmp_path / "first"], db=store)
    api.extract_stored(store)
    assert "Velmoran Liberation Army" not in _clash_sources(store)
    _rows(tmp_path / "second", "second.jsonl", [_FOUNDER])
    api.ingest([tmp_path / "second"], db=store)
    assert api.extract_stored(store)["documents"] == 1
    assert "Velmoran Liberation Army" not in _clash_sources(store)
    api.extract_stored(store, recode_all=True)
    assert "Velmoran Liberation Army" in _clash_sources(store)
