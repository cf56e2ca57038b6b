"""A feed item's headline is read with its summary: the event it carries is coded once."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api
from riftwatch.ingest.readers import ReadOptions
from riftwatch.ingest.readers.feed import READER

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Horn Desk</title><link>https://horn.example/</link>
<description>wire</description>
<item><title>Jabhat Kestrel merges into the Zorbat Front</title>
<pubDate>Mon, 20 Dec 2010 08:00:00 GMT</pubDate>
<description>Its fighters handed over their bases in the port after weeks of talks.</description>
</item>
<item><title>Zorbat Front attacks Kestrel Brigade</title>
<pubDate>Tue, 21 Dec 2010 08:00:00 GMT</pubDate>
<description>Zorbat Front fighters attacked the Kestrel Brigade near the port, residents said.
</description></item>
<item><title>Officials deny Zorbat Front funded Kestrel Brigade</title>
<pubDate>Wed, 22 Dec 2010 08:00:00 GMT</pubDate>
<description>The claim came from a rival faction.</description></item>
<item><title>Kestrel Brigade shells port</title>
<pubDate>Thu, 23 Dec 2010 08:00:00 GMT</pubDate>
<description>Kestrel Brigade shells port. Nobody was hurt.</description></item>
</channel></rss>
"""


def _events(tmp_path: Path) -> dict[str, list[dict]]:
    path = tmp_path / "horn.rss"
    path.write_text(FEED, encoding="utf-8")
    by_item: dict[str, list[dict]] = {}
    for row in api.extract(api.read_documents(path)):
        by_item.setdefault(row["doc_id"], []).append(row)
    return by_item


def test_the_headline_opens_the_text_once(tmp_path: Path) -> None:
    path = tmp_path / "horn.rss"
    path.write_text(FEED, encoding="utf-8")
    first, _second, _third, fourth = READER.read(path, ReadOptions())
    assert first.text.startswith("Jabhat Kestrel merges into the Zorbat Front\n\nIts fighters")
    # a summary that opens with the headline is not given it twice
    assert fourth.text == "Kestrel Brigade shells port. Nobody was hurt."


def test_an_event_told_only_in_the_headline_is_coded(tmp_path: Path) -> None:
    rows = [e for events in _events(tmp_path).values() for e in events]
    merges = [
        e
        for e in rows
        if e["event_type"] == "COOPERATE"
        and e.get("mode") == "merger"
        and e["source"]["name"] == "Jabhat Kestrel"
        and e["target"]["name"] == "Zorbat Front"
    ]
    assert merges and merges[0]["modality"] == "asserted"
    assert merges[0]["date"].startswith("2010-12")


def test_a_headline_denial_keeps_its_modality(tmp_path: Path) -> None:
    rows = [e for events in _events(tmp_path).values() for e in events]
    funding = [
        e for e in rows if e["event_type"] == "AID" and e["target"]["name"] == "Kestrel Brigade"
    ]
    assert funding and all(e["modality"] != "asserted" for e in funding)


def test_headline_and_summary_telling_one_attack_give_one_event(tmp_path: Path) -> None:
    rows = [e for events in _events(tmp_path).values() for e in events]
    attacks = [
        e
        for e in rows
        if e["event_type"] == "ASSAULT"
        and e["source"]["name"] == "Zorbat Front"
        and e["target"]["name"] == "Kestrel Brigade"
    ]
    assert len(attacks) == 1
