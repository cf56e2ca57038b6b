"""A long document's page comes in parts (riftwatch.web.reader), on both stores over HTTP:
every character of the text and every coded event is on exactly one part, each part's marks
link to rows on the same page, and ``?event=`` opens the part that shows the event."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.web.conftest import Served

from riftwatch import api
from riftwatch.web import reader

SENTENCES = [
    "The Taliban attacked the army in Kandahar on 3 May 2012.",
    "Officials said the fighting lasted two days.",
    "The Haqqani network sheltered Al Qaeda fighters in North Waziristan.",
    "The TTP attacked a police post in Bannu.",
    "Elders said the roads were closed.",
    "The Taliban attacked a convoy near Ghazni.",
    "The Haqqani network gave shelter to TTP fighters in Khost.",
    "A spokesman could not be reached.",
    "The TTP attacked the army in Wana.",
]


def _text_of(body: str) -> str:
    shown = re.search(r'<div class="doc-text" id="doc-text">(.*?)</div>', body, re.S)
    assert shown, "the page has the document's text"
    return html.unescape(re.sub(r"<[^>]+>", "", shown.group(1)))


def _rows(body: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr id="event-(\d+)" class="event-row', body)]


@pytest.fixture
def long_document(
    fresh_server: Callable[..., Served], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Served, int, str, list[dict]]:
    """A served report of several coded events, with parts of at most two events."""
    monkeypatch.setattr(reader, "PART_EVENTS", 2)
    running = fresh_server()
    path = tmp_path / "long.txt"
    path.write_text("Kabul, 4 May 2012. " + " ".join(SENTENCES) + "\n", encoding="utf-8")
    api.ingest([path], db=running.db, source="Kabul Times", source_type="news",
               reliability="B", credibility=2)  # fmt: skip
    api.extract_stored(running.db)
    doc = api.list_documents(running.db, limit=1)[0]["id"]
    events = api.list_events(running.db, document_id=doc, limit=1000)
    text = api.get_document(running.db, doc)["text"]
    assert len(events) >= 4, "the report codes several events (enough for parts)"
    return running, doc, text, events


def test_long_document_in_parts_covers_text_and_events_once(long_document: tuple) -> None:
    running, doc, text, events = long_document
    with running.client() as client:
        first = client.get(f"/documents/{doc}")
        assert first.status_code == 200
        count = int(re.search(r"Part 1 of (\d+)", first.text).group(1))
        assert count >= 2, "two events a part: the report is cut"
        assert "shown in parts of at most 2 events" in first.text
        joined, seen = "", []
        for number in range(1, count + 1):
            body = client.get(f"/documents/{doc}", params={"part": number}).text
            assert f"Part {number} of {count}" in body
            rows = _rows(body)
            assert rows, "each part holds events (a cut comes before a sentence with events)"
            if len(rows) > 2:  # only one sentence's events may pass the limit
                assert len({e["sentence_index"] for e in events if e["id"] in rows}) == 1
            for target in re.findall(r'<mark class="ev[^"]*" data-events="[\d ]+"><a href="#'
                                     r'event-(\d+)"', body):  # fmt: skip
                assert int(target) in rows, "a mark links to a row of the same part"
            joined += _text_of(body)
            seen += rows
        past = client.get(f"/documents/{doc}", params={"part": count + 5}).text
        assert f"Part {count} of {count}" in past, "a part past the end shows the last"
    assert joined == text, "the parts' texts join back into the document's text"
    assert seen == [e["id"] for e in events], "every event once, in document order"


def test_event_parameter_opens_its_part(long_document: tuple) -> None:
    running, doc, _text, events = long_document
    last = events[-1]["id"]
    with running.client() as client:
        assert last not in _rows(client.get(f"/documents/{doc}").text)
        body = client.get(f"/documents/{doc}", params={"event": last}).text
        assert last in _rows(body)
        # an event of another document (or none) leaves the first part
        other = client.get(f"/documents/{doc}", params={"event": 10**9}).text
        assert "Part 1 of" in other
        listed = client.get("/events", params={"document": doc}).text
        assert f'href="/documents/{doc}?event={last}#event-{last}"' in listed


def test_short_document_is_one_part(long_document: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    running, doc, text, events = long_document
    monkeypatch.setattr(reader, "PART_EVENTS", 200)
    with running.client() as client:
        body = client.get(f"/documents/{doc}").text
    assert "Part 1 of" not in body and "doc-parts" not in body
    assert _text_of(body) == text
    assert _rows(body) == [e["id"] for e in events]


def test_cut_parts_by_characters() -> None:
    sentences = [(i, i * 100) for i in range(10)]
    parts = reader.cut_parts(1000, sentences, {}, max_events=5, max_chars=250)
    assert [(p.first, p.last) for p in parts] == [(0, 2), (3, 5), (6, 8), (9, 9)]
    assert parts[0].start == 0 and parts[-1].end == 1000
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    # one sentence with more events than a part holds is never cut
    busy = reader.cut_parts(30, [(0, 0), (1, 10), (2, 20)], {1: 9}, max_events=2)
    assert [(p.first, p.last, p.events) for p in busy] == [(0, 1, 9), (2, 2, 0)]
