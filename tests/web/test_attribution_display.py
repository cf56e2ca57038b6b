"""The speaker of an event over real HTTP on SQLite and PostgreSQL: the events list, an event's
page and its document's page name who said it (with their group, a skeptic's word and a
doubt), never the stored mapping written out as Python would print it."""

from __future__ import annotations

from collections.abc import Callable
from html import unescape
from pathlib import Path

from tests.web.conftest import Served

from riftwatch import api

TEXT = (
    "Bamako, 4 May 2015. A senior French official said that Ansar Dine had attacked the "
    "Macina Liberation Front near Djenne, though some analysts remain skeptical.\n"
)


def test_pages_name_the_speaker_not_the_stored_mapping(
    fresh_server: Callable[..., Served], tmp_path: Path
) -> None:
    served = fresh_server()
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    api.ingest([path], db=served.db, source="Field Notes", source_type="news")
    api.extract_stored(served.db)
    with served.client() as client:
        items = client.get("/api/events").json()["items"]
        said = [e for e in items if isinstance(e.get("attributed_to"), dict)]
        assert said, items  # the attack is attributed to the official
        event = said[0]
        pages = [
            client.get("/events").text,
            client.get(f"/events/{event['id']}").text,
            client.get(f"/documents/{event['document_id']}").text,
        ]
    name = event["attributed_to"]["name"]
    for page in pages:
        text = unescape(page)
        assert name in text
        assert "{'name'" not in text and '"name":' not in text
    skeptical = event["attributed_to"].get("skeptical")
    if skeptical:
        assert f"skeptical ('{skeptical}')" in unescape(pages[1])
