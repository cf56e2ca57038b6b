"""The suggestions queue finds the names of each stored sentence once (new sentences are
added to the scan, deleted ones make it start again), resolves again only the names the
KB has candidates for, pages its rows and looks for the close known name on the page only;
its rows must equal the straightforward scan of every sentence on each request (the
reference below), on SQLite and PostgreSQL (``store`` fixture)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, select

from riftwatch.actors import curation
from riftwatch.actors.curation import (
    MENTION_PREFIX,
    _date_of,
    _open_actor_suggestions,
    _possible_match,
    _Suggestion,
    candidate_spans,
    mention_id,
)
from riftwatch.actors.normalize import norm
from riftwatch.store import Store
from riftwatch.store.tables import Document, SentenceRow, utcnow

TEXTS = [
    ("2010-06-01", "Fighters of the Tora Bora Front ambushed a convoy near Jalalabad."),
    ("2010-06-03", "The Tora Bora Front said commander Qari Zia Rahman led the attack."),
    ("2010-06-05", "Officials said the Tora Bora Front had ties to Al Qaeda."),
    ("2010-06-07", "Commander Qari Zia Rahman met Taliban leaders in Kunar."),
    ("2010-07-01", "The Kunar Salafi Front claimed the attack on the Kunar Salafi Front base."),
    ("2012-07-02", "The Kunar Salafi Front denied it."),
    ("2011-01-09", "A spokesman for the Lashkar Zil Brigade threatened the police."),
    ("2011-02-09", "The Lashkar Zil Brigade said commander Mullah Dadgar Khan was killed."),
    ("2011-03-09", "Mullah Dadgar Khan of the Lashkar Zil Brigade was seen in Kunar."),
]


def add_sentences(store: Store, texts: list[tuple[str, str]], first: int = 0) -> None:
    with store.new_session() as session, session.begin():
        for i, (published, text) in enumerate(texts, start=first):
            doc = Document(
                content_hash=f"s{i:062d}", text=text, published=published,
                char_count=len(text), language="en", source_type="news", reliability="B",
                credibility=2, grade_origin={}, meta={}, status="ready", created_at=utcnow(),
            )  # fmt: skip
            session.add(doc)
            session.flush()
            session.add(SentenceRow(document_id=doc.id, idx=0, start=0, end=len(text), text=text))


def reference(store: Store, *, min_count: int = 2, examples: int = 3) -> list[dict[str, Any]]:
    """Every sentence scanned and every name resolved in its sentence on each call."""
    kb, resolver = curation.effective(store)
    judgements = curation._active(store)
    decided = {j["subject"] for j in judgements} | {j["object"] for j in judgements if j["object"]}
    found: dict[str, _Suggestion] = defaultdict(_Suggestion)
    with store.new_session() as session:
        query = (
            select(SentenceRow.text, SentenceRow.document_id, Document.published, SentenceRow.idx)
            .join(Document, Document.id == SentenceRow.document_id)
            .order_by(SentenceRow.id)
        )
        for text, doc_id, published, idx in session.execute(query):
            for start, end, kind, cue in candidate_spans(text):
                surface = text[start:end]
                key = norm(surface)
                if not key or mention_id(surface) in decided:
                    continue
                if not resolver.resolve(surface, date=_date_of(published), context=text).unresolved:
                    continue
                item = found[key]
                item.text[surface] += 1
                item.count += 1
                item.places.add((doc_id, idx))
                item.docs.add(doc_id)
                item.kinds[kind] += 1
                item.cues[cue] += 1
                if len(item.examples) < examples and all(
                    e["document_id"] != doc_id for e in item.examples
                ):
                    item.examples.append({"document_id": doc_id, "sentence": text[:400]})
        _open_actor_suggestions(session, resolver, decided, found.__getitem__, examples)
    rows = []
    for key, item in found.items():
        if item.count < min_count:
            continue
        rows.append({
            "mention": item.text.most_common(1)[0][0], "id": MENTION_PREFIX + key,
            "kind": item.kinds.most_common(1)[0][0], "count": item.count,
            "documents": len(item.docs), "cues": [c for c, _ in item.cues.most_common(3)],
            "possible_match": _possible_match(resolver, kb, key, judgements),
            "examples": item.examples, "events": item.events, "open_id": item.open_id,
        })  # fmt: skip
    rows.sort(key=lambda r: (-r["documents"], -r["count"], r["mention"].lower()))
    return rows


def test_suggestions_equal_a_full_scan_and_page(store: Store) -> None:
    add_sentences(store, TEXTS)
    expected = reference(store)
    assert {r["mention"] for r in expected[:2]} == {"Tora Bora Front", "Lashkar Zil Brigade"}
    page = curation.suggest_page(store, limit=100)
    assert page["items"] == expected and page["total"] == len(expected) >= 4
    # pages of two rows put together are the whole list
    pages = [curation.suggest_page(store, limit=2, offset=o) for o in range(0, len(expected), 2)]
    assert [r for p in pages for r in p["items"]] == expected
    assert {p["total"] for p in pages} == {len(expected)}
    assert curation.suggest(store, limit=2, offset=2) == expected[2:4]

    # a name the KB resolves in some sentences only (a spelling of an alias for 2010
    # alone): the
    # sentences of 2010 no longer count, the one of 2012 still does
    curation.add_alias(store, "org:ttp", "Konar Salafi Front", years=(2010, 2010), analyst="ana")
    after = reference(store, min_count=1)
    salafi = [r for r in after if r["mention"] == "Kunar Salafi Front"]
    assert len(salafi) == 1 and salafi[0]["count"] == 1 and salafi[0]["documents"] == 1
    assert curation.suggest(store, limit=100, min_count=1) == after

    # new sentences are added to the kept scan; the rows still equal a full scan
    scanned = max(scan.last_id for (url, _e), scan in curation._SCANS.items() if url == store.url)
    add_sentences(store, [("2011-04-01", "The Lashkar Zil Brigade attacked a checkpoint.")], 100)
    assert curation.suggest(store, limit=100) == reference(store)
    grown = max(scan.last_id for (url, _e), scan in curation._SCANS.items() if url == store.url)
    assert grown > scanned

    # a judgement takes its name off at once; deleting a document scans everything again
    curation.reject(store, "Qari Zia Rahman", analyst="ana")
    assert "Qari Zia Rahman" not in [r["mention"] for r in curation.suggest(store, limit=100)]
    with store.new_session() as session, session.begin():
        gone = session.scalar(
            select(SentenceRow.document_id).where(SentenceRow.text == TEXTS[0][1])
        )
        session.execute(delete(SentenceRow).where(SentenceRow.document_id == gone))
        session.execute(delete(Document).where(Document.id == gone))
    rows = curation.suggest(store, limit=100)
    assert rows == reference(store)
    assert next(r for r in rows if r["mention"] == "Tora Bora Front")["documents"] == 2


def test_suggestions_of_open_actors_equal_a_full_scan(store: Store) -> None:
    from riftwatch.coding import code_stored

    add_sentences(store, [
        ("2013-04-02", "Zarbat Mahaz gunmen attacked a Pakistan Army convoy near Bannu."),
        ("2013-04-09", "The Pakistani army killed six Zarbat Mahaz fighters in Lakki Marwat."),
        ("2013-04-12", "Hamid Zarbatyar threatened the Pakistani army."),
    ])  # fmt: skip
    assert code_stored(store)["events"] >= 3
    for min_count in (1, 2):
        rows = curation.suggest(store, limit=100, min_count=min_count)
        assert rows == reference(store, min_count=min_count)
    assert any(r["events"] for r in rows)
    # the kept scan is not changed by the open actors merged into a request's rows
    assert curation.suggest(store, limit=100) == reference(store)
