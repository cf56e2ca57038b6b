"""Browsing stored events: every filter of ``api.list_events``, paging, ``get_event`` and
errors, on SQLite and PostgreSQL, over a small corpus ingested and coded for real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from riftwatch import api
from riftwatch.errors import ConfigError, StoreError
from riftwatch.store import Store, open_store

REPORTS = [
    {"id": "r01", "date": "2010-05-01", "source": "Dawn", "reliability": "B", "credibility": 2,
     "title": "Sanctuary in the agencies",
     "text": "The Haqqani network sheltered Al Qaeda fighters in North Waziristan in 2009. "
             "Pakistani troops attacked the TTP in Orakzai in March 2010."},
    {"id": "r02", "date": "2014-06-01", "source": "Rumour Mill", "reliability": "E",
     "credibility": 5, "title": "[bold red]Split[/bold red] rumours",
     "text": "The Islamic State accused Al Qaeda of betrayal in February 2014. Taliban "
             "commanders refused to shelter Al Qaeda operatives, officials said. The Haqqani "
             "network did not attack Pakistani troops in 2011. The TTP may attack the Pakistani "
             "army in 2015."},
    {"id": "r03", "date": "2010-03-01", "source": "Field notes", "reliability": "C",
     "credibility": 3, "title": "Training",
     "text": "Over the last year and a half, the Haqqani network trained TTP fighters. The "
             "Islamic State threatened the Afghan Taliban in June 2015 [bold red]FAKE[/bold red]."},
]  # fmt: skip
NOTE = "The Islamic State threatened the Afghan Taliban. Militants attacked Pakistani troops in Bannu in 2009.\n"  # noqa: E501

# The events the corpus codes into, by a key unique in it: (doc_id, event_type, modality).
# doc_id "note" stands for the text file's numeric id (it has no external id).
A = ("r01", "AID", "asserted")  # Haqqani -> Al Qaeda, sanctuary, 2009, B2
B = ("r01", "ASSAULT", "asserted")  # Pakistan Army -> TTP, 2010-03, B2
C = ("r02", "ACCUSE", "asserted")  # Islamic State -> Al Qaeda, 2014-02, E5
D = ("r02", "REJECT", "asserted")  # Afghan Taliban -> Al Qaeda, sanctuary, 2014-06-01, E5
E = ("r02", "AID", "negated")  # Afghan Taliban -> Al Qaeda, sanctuary, 2014-06-01, E5
F = ("r02", "ASSAULT", "negated")  # Haqqani -> Pakistan Army, 2011, E5
G = ("r02", "ASSAULT", "hypothetical")  # TTP -> Pakistan Army, 2015, E5
H = ("r03", "AID", "asserted")  # Haqqani -> TTP, training, 2008-09/2010-03, C3
I = ("r03", "THREATEN", "asserted")  # noqa: E741  Islamic State -> Afghan Taliban, 2015-06, C3
J = ("note", "THREATEN", "asserted")  # Islamic State -> Afghan Taliban, undated, D4
K = ("note", "ASSAULT", "asserted")  # unidentified militants -> Pakistan Army, 2009, 0.5, D4
ALL = {A, B, C, D, E, F, G, H, I, J, K}

CONTRACT_KEYS = {"doc_id", "sentence", "start", "end", "source", "target", "event_type", "mode",
                 "modality", "date", "attributed_to", "confidence", "quote"}  # fmt: skip


OWN_KEYS = {"id", "document_id", "grade", "reliability", "credibility", "coder_version", "why"}


def write_corpus(folder: Path) -> Path:
    import json
    import os

    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(r) + "\n" for r in REPORTS)
    (folder / "reports.jsonl").write_text(lines, encoding="utf-8")
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    # an archive-style modification time (before 1990) is no date: the note stays undated
    os.utime(folder / "note.txt", (315_532_800, 315_532_800))
    return folder


def build(url: str, folder: Path) -> Store:
    """Ingest the corpus (the note graded D4 from the command line) and code it."""
    store = open_store(url)
    api.ingest([folder / "reports.jsonl"], db=store)
    api.ingest([folder / "note.txt"], db=store, reliability="D", credibility=4)
    api.extract_stored(store)
    return store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("events-corpus"))


@pytest.fixture(scope="module")
def sqlite_coded(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = build(str(tmp_path_factory.mktemp("events-sqlite") / "rw.db"), corpus)
    yield store
    store.close()


@pytest.fixture(scope="module")
def pg_coded(corpus: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    store = build(url, corpus)
    yield store
    store.close()
    server.drop_database(url)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def coded(request: pytest.FixtureRequest) -> Store:
    """The coded corpus on each backend."""
    return request.getfixturevalue("sqlite_coded" if request.param == "sqlite" else "pg_coded")


def key(event: dict[str, Any]) -> tuple[str, str, str]:
    # the note has no external id: its doc_id is its numeric id, as text
    doc = "note" if event["doc_id"] == str(event["document_id"]) else event["doc_id"]
    return (doc, event["event_type"], event["modality"])


def keys(store: Store, **filters: Any) -> set[tuple[str, str, str]]:
    found = [key(e) for e in api.list_events(store, limit=1000, **filters)]
    assert len(found) == len(set(found)), found
    assert api.count_events(store, **filters) == len(found)
    return set(found)


def note_id(store: Store) -> int:
    return next(d["id"] for d in api.list_documents(store) if d["path"].endswith("note.txt"))


def test_the_corpus_codes_into_the_expected_events(coded: Store) -> None:
    events = api.list_events(coded)
    assert {key(e) for e in events} == ALL and len(events) == len(ALL)
    assert api.status(coded)["events"] == len(ALL)


def test_each_event_has_the_extract_shape_plus_its_id_grade_and_coder(coded: Store) -> None:
    events = api.list_events(coded)
    for e in events:
        assert set(e) >= CONTRACT_KEYS | OWN_KEYS
        assert {"id", "name", "mention"} <= set(e["source"]) and {"id", "name"} <= set(e["target"])
        assert e["grade"] == f"{e['reliability']}{e['credibility']}"
        text = api.get_document(coded, e["document_id"], sentences=False)["text"]
        assert e["sentence"] == text[e["start"] : e["end"]]
        assert e["quote"] in e["sentence"]
    by_key = {key(e): e for e in events}
    assert by_key[A]["doc_id"] == "r01" and by_key[A]["grade"] == "B2"
    # doc_id is text always: the external id, else the numeric id written as text
    assert by_key[J]["doc_id"] == str(by_key[J]["document_id"]) == str(note_id(coded))
    assert {type(e["doc_id"]) for e in events} == {str}
    assert by_key[J]["grade"] == "D4" and by_key[H]["grade"] == "C3"
    assert by_key[A]["source"]["name"] == "Haqqani Network" and by_key[A]["mode"] == "sanctuary"
    assert by_key[D]["attributed_to"]["name"] == "officials"
    assert by_key[H]["date"] == "2008-09/2010-03"


def test_the_stored_events_are_what_the_stateless_extract_prints(coded: Store) -> None:
    stateless = list(api.extract(dict(r) for r in REPORTS))
    stored = [e for e in api.list_events(coded) if e["doc_id"] != str(e["document_id"])]
    fields = sorted(CONTRACT_KEYS)
    assert [{k: e[k] for k in fields} for e in stored] == [
        {k: e[k] for k in fields} for e in stateless
    ]


def test_order_is_document_sentence_id(coded: Store) -> None:
    events = api.list_events(coded)
    order = [(e["document_id"], e["sentence_index"], e["id"]) for e in events]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("TTP", {B, G, H}),  # an abbreviation the knowledge base resolves
        ("org:ttp", {B, G, H}),  # an exact id
        ("haqqani", {A, F, H}),  # a name fragment, any case
        ("Al Qaeda", {A, C, D, E}),
        ("org:pak-army", {B, F, G, K}),
        ("unidentified militants", {K}),
        ("Nobody At All", set()),
    ],
)
def test_actor_matches_source_or_target(coded: Store, actor: str, expected: set) -> None:
    assert keys(coded, actor=actor) == expected


def test_pair_in_either_direction_or_directed(coded: Store) -> None:
    assert keys(coded, pair=["Haqqani Network", "TTP"]) == {H}
    assert keys(coded, pair=["TTP", "haqqani"]) == {H}
    assert keys(coded, pair="TTP,org:pak-army") == {B, G}
    assert keys(coded, pair=["org:pak-army", "TTP"], directed=True) == {B}
    assert keys(coded, pair=["TTP", "org:pak-army"], directed=True) == {G}
    assert keys(coded, pair=["TTP", "Haqqani"], directed=True) == set()


def test_type_mode_and_modality(coded: Store) -> None:
    assert keys(coded, event_type="assault") == {B, F, G, K}
    assert keys(coded, event_type=["AID", "threaten"]) == {A, E, H, I, J}
    assert keys(coded, event_type="AID,THREATEN") == {A, E, H, I, J}
    assert keys(coded, mode="Sanctuary") == {A, D, E}
    assert keys(coded, mode=["training", "allege"]) == {C, H}
    assert keys(coded, modality="negated") == {E, F}
    assert keys(coded, modality=["hypothetical", "NEGATED"]) == {E, F, G}
    assert keys(coded, actor="TTP", modality="asserted") == {B, H}


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2009-06", "2009-12", {A, H, K}),  # "2009" and 2008-09/2010-03 overlap the range
        (None, "2009", {A, H, K}),
        ("2010-03", None, {B, C, D, E, F, G, H, I}),  # H's range ends in 2010-03
        ("2010-03-31", "2010-04", {B, H}),  # a month overlaps its last day
        ("2010-04", "2010-12", set()),
        ("2014-06-01", "2014-06-01", {D, E}),
        ("2014-03", "2014-05", set()),
        ("2015", "2015", {G, I}),
        ("1990", "2030", ALL - {J}),  # the undated event never matches a date filter
    ],
)
def test_dates_overlap_the_range(coded: Store, date_from, date_to, expected: set) -> None:
    assert keys(coded, date_from=date_from, date_to=date_to) == expected


def test_document_confidence_and_grade(coded: Store) -> None:
    assert keys(coded, document_id="r02") == {C, D, E, F, G}
    assert keys(coded, document_id=note_id(coded)) == {J, K}
    assert keys(coded, document_id=str(note_id(coded))) == {J, K}
    assert keys(coded, document_id="no-such-doc") == set()
    assert keys(coded, min_confidence=0.5) == ALL
    assert keys(coded, min_confidence=0.51) == ALL - {K}
    assert keys(coded, min_confidence=1) == set()
    assert keys(coded, min_reliability="B") == {A, B}
    assert keys(coded, min_reliability="c") == {A, B, H, I}
    assert keys(coded, max_credibility=3) == {A, B, H, I}
    assert keys(coded, max_credibility="4", min_reliability="D") == {A, B, H, I, J, K}
    assert keys(coded, max_credibility=6, min_reliability="F") == ALL


def test_paging_walks_the_whole_list_in_order(coded: Store) -> None:
    everything = api.list_events(coded)
    pages = []
    for offset in range(0, len(everything) + 3, 3):
        pages.extend(api.list_events(coded, limit=3, offset=offset))
    assert pages == everything
    for none in (0, "0"):  # a page of nothing is refused, naming the option (as search does)
        with pytest.raises(ConfigError, match=r"RW007.*--limit.*1 or more"):
            api.list_events(coded, limit=none)
    assert api.list_events(coded, offset=len(everything)) == []
    assert [e["id"] for e in api.list_events(coded, event_type="ASSAULT", limit=2, offset=1)] == [
        e["id"] for e in api.list_events(coded, event_type="ASSAULT")[1:3]
    ]


@pytest.mark.parametrize(
    ("filters", "code", "named"),
    [
        ({"event_type": "FIGHT"}, "RW007", "--type"),
        ({"event_type": ["AID", "hug"]}, "RW007", "--type"),
        ({"modality": "maybe"}, "RW007", "--modality"),
        ({"limit": -1}, "RW007", "--limit"),
        ({"offset": -5}, "RW007", "--offset"),
        ({"min_confidence": 2}, "RW007", "--min-confidence"),
        ({"min_confidence": "high"}, "RW007", "--min-confidence"),
        ({"date_from": "2009-13"}, "RW007", "--from"),
        ({"date_to": "May 2009"}, "RW007", "--to"),
        ({"pair": ["TTP"]}, "RW007", "--pair"),
        ({"pair": ["TTP", "AQ", "IS"]}, "RW007", "--pair"),
        ({"actor": "  "}, "RW007", "--actor"),
        ({"min_reliability": "Q"}, "RW002", "reliability"),
        ({"max_credibility": 9}, "RW003", "credibility"),
    ],
)
def test_invalid_filters_are_numbered_errors(coded: Store, filters, code, named) -> None:
    with pytest.raises(ConfigError) as caught:
        api.list_events(coded, **filters)
    assert caught.value.code == code
    assert named in str(caught.value)


def test_get_event_adds_spans_document_and_reasons(coded: Store) -> None:
    by_key = {key(e): e for e in api.list_events(coded)}
    listed = by_key[D]
    event = api.get_event(coded, listed["id"])
    assert {k: event[k] for k in listed} == listed
    sentence = event["sentence"]
    assert sentence == "Taliban commanders refused to shelter Al Qaeda operatives, officials said."
    quote = event["spans"]["quote"]
    assert sentence[quote[0] : quote[1]] == event["quote"] == "refused to shelter"
    trigger = event["spans"]["trigger"]
    assert sentence[trigger[0] : trigger[1]] == "refused" and quote[0] <= trigger[0] < quote[1]
    source, target = event["spans"]["source"], event["spans"]["target"]
    assert sentence[source[0] : source[1]] == event["source"]["mention"] == "Taliban"
    assert sentence[target[0] : target[1]] == "Al Qaeda operatives"
    doc = event["document"]
    assert doc["external_id"] == "r02" and doc["title"] == "[bold red]Split[/bold red] rumours"
    assert doc["published"] == "2014-06-01" and doc["source"] == "Rumour Mill"
    assert event["grade"] == "E5" and event["grade_origin"]["reliability"] == "document"
    assert any("refus" in reason for reason in event["why"])
    note = api.get_event(coded, by_key[J]["id"])
    assert note["grade"] == "D4" and note["grade_origin"]["reliability"] == "option"
    assert note["document"]["external_id"] is None and note["doc_id"] == str(note["document_id"])


def test_the_trigger_span_is_the_word_inside_the_quote(coded: Store) -> None:
    by_key = {key(e): e for e in api.list_events(coded)}
    event = api.get_event(coded, by_key[F]["id"])  # "did not attack Pakistani troops"
    trigger, quote = event["spans"]["trigger"], event["spans"]["quote"]
    assert event["sentence"][trigger[0] : trigger[1]] == "attack"
    assert quote[0] <= trigger[0] and trigger[1] <= quote[1]


@pytest.mark.parametrize("bad", [10_000, -1, "x", None])
def test_an_unknown_event_is_rw307(coded: Store, bad: Any) -> None:
    with pytest.raises(StoreError) as caught:
        api.get_event(coded, bad)
    assert caught.value.code == "RW307"


@pytest.mark.postgres
def test_sqlite_and_postgresql_give_the_same_events(sqlite_coded: Store, pg_coded: Store) -> None:
    queries: list[dict[str, Any]] = [
        {},
        {"actor": "TTP"},
        {"pair": ["Al Qaeda", "Afghan Taliban"]},
        {"date_from": "2009-06", "date_to": "2011"},
        {"date_from": "2014-02-15"},
        {"min_reliability": "C", "max_credibility": 3},
        {"mode": "sanctuary", "modality": ["asserted", "negated"]},
        {"limit": 4, "offset": 2},
    ]
    for query in queries:
        assert api.list_events(sqlite_coded, **query) == api.list_events(pg_coded, **query)
    for event in api.list_events(sqlite_coded):
        assert api.get_event(sqlite_coded, event["id"]) == api.get_event(pg_coded, event["id"])


def test_the_sentence_is_cut_from_the_text_when_the_stored_one_disagrees(coded: Store) -> None:
    """An event's sentence comes from the stored sentences when their offsets are the
    event's; a stored sentence with other offsets (segmented again since) is not used: the
    event's own stretch of the document's text is."""
    from sqlalchemy import update

    from riftwatch.store.tables import SentenceRow

    event = api.list_events(coded, limit=1)[0]
    text = api.get_document(coded, event["document_id"])["text"]
    row = (SentenceRow.document_id == event["document_id"]) & (
        SentenceRow.idx == event["sentence_index"]
    )
    with coded.engine.begin() as conn:
        stored = conn.execute(select(SentenceRow.start, SentenceRow.text).where(row)).one()
        conn.execute(update(SentenceRow).where(row).values(start=stored.start + 1,
                                                           text="another sentence"))  # fmt: skip
    try:
        again = api.get_event(coded, event["id"])
        assert again["sentence"] == text[event["start"] : event["end"]] == event["sentence"]
        assert "another sentence" not in again["sentence"]
    finally:
        with coded.engine.begin() as conn:
            conn.execute(update(SentenceRow).where(row).values(start=stored.start,
                                                               text=stored.text))  # fmt: skip
    assert api.get_event(coded, event["id"])["sentence"] == event["sentence"]
