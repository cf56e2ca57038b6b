"""Multi-record formats on real files: JSON Lines, CSV/TSV and RSS/Atom/RDF feeds."""

from __future__ import annotations

import json
import socket
import urllib.request
from pathlib import Path

import pytest

from riftwatch.errors import ConfigError, IngestError
from riftwatch.ingest.readers import READERS, ReadOptions, choose_reader
from riftwatch.ingest.readers.base import HEAD_BYTES
from riftwatch.model import RawDocument


def read_file(path: Path, **options: object) -> tuple[str, list[RawDocument | IngestError]]:
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    reader = choose_reader(path, head)
    return reader.name, list(reader.read(path, ReadOptions(**options)))


def split(items: list[RawDocument | IngestError]) -> tuple[list[RawDocument], list[IngestError]]:
    docs = [item for item in items if isinstance(item, RawDocument)]
    errors = [item for item in items if isinstance(item, IngestError)]
    return docs, errors


# -- JSON Lines -------------------------------------------------------------------


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_fields_meta_and_locators(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "items.jsonl",
        [
            {
                "id": 17,
                "text": " Al Qaeda paid local fighters to escort its men. ",
                "title": "Escort payments",
                "date": "2009-05-03T10:00:00Z",
                "url": "https://wire.example/17",
                "source": "Indus Newswire",
                "source_type": "wire",
                "reliability": "B",
                "credibility": "2",
                "language": "en",
                "actor": "AQ",
                "tags": ["finance"],
            },
            {"text": "The TTP claimed the attack.", "date": "2010"},
        ],
    )
    name, items = read_file(path)
    assert name == "jsonl.v1"
    first, second = items
    assert first.text == "Al Qaeda paid local fighters to escort its men."
    assert first.external_id == "17"
    assert first.title == "Escort payments"
    assert first.published == "2009-05-03T10:00:00+00:00"
    assert first.url == "https://wire.example/17"
    assert (first.source, first.source_type) == ("Indus Newswire", "wire")
    assert (first.reliability, first.credibility, first.language) == ("B", 2, "en")
    assert first.meta == {"actor": "AQ", "tags": ["finance"]}
    assert first.locator == "line 1"
    assert second.published == "2010"
    assert second.locator == "line 2"


def test_jsonl_broken_line_is_reported_by_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "items.jsonl",
        [
            {"text": "First item."},
            "",
            '{"text": "unterminated',
            {"text": "Fourth line item."},
        ],
    )
    docs, errors = split(read_file(path)[1])
    assert [doc.text for doc in docs] == ["First item.", "Fourth line item."]
    assert [doc.locator for doc in docs] == ["line 1", "line 4"]
    (error,) = errors
    assert (error.code, error.line, error.path) == ("RW105", 3, str(path))
    assert "line 3" in str(error)


def test_jsonl_field_problems_name_the_field(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "items.jsonl",
        [
            {"title": "no text at all"},
            {"text": "   "},
            {"text": ["a", "list"]},
            {"text": "Fine text.", "title": {"nested": True}},
            {"text": "Fine text, bad date.", "date": "the day after"},
            ["not", "an", "object"],
            {"text": "Good one."},
        ],
    )
    docs, errors = split(read_file(path)[1])
    assert [doc.text for doc in docs] == ["Good one."]
    found = [(e.code, e.line, e.field) for e in errors]
    assert found == [
        ("RW106", 1, "text"),
        ("RW106", 2, "text"),
        ("RW106", 3, "text"),
        ("RW106", 4, "title"),
        ("RW106", 5, "date"),
        ("RW105", 6, None),
    ]
    assert "is missing" in str(errors[0]) and "is empty" in str(errors[1])
    assert "must be a string" in str(errors[2])


def test_jsonl_column_mapping(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "export.ndjson",
        [
            {"body": "Mapped body text.", "headline": "Mapped", "when": "2011-03-15", "text": "x"},
            {"headline": "no body"},
        ],
    )
    options = {"columns": {"text": "body", "date": "when"}}
    docs, errors = split(read_file(path, **options)[1])
    (doc,) = docs
    assert (doc.text, doc.title, doc.published) == ("Mapped body text.", "Mapped", "2011-03-15")
    assert doc.meta == {"text": "x"}
    assert errors[0].field == "text" and "'body'" in str(errors[0])


def test_unknown_mapping_field_is_a_config_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", [{"text": "x"}])
    with pytest.raises(ConfigError) as info:
        list(READERS["jsonl.v1"].read(path, ReadOptions(columns={"bodyy": "x"})))
    assert info.value.code == "RW006"


def test_json_array_file_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps([{"text": "One."}, {"text": ""}, {"text": "Three."}], indent=2),
        encoding="utf-8",
    )
    name, items = read_file(path)
    assert name == "jsonl.v1"
    docs, errors = split(items)
    assert [doc.text for doc in docs] == ["One.", "Three."]
    assert [doc.locator for doc in docs] == ["item 1", "item 3"]
    (error,) = errors
    assert error.code == "RW106" and error.field == "text"
    assert error.line == 5  # "[", "{", "text": "One.", "}," then the second object


def test_pretty_printed_objects_and_utf16_jsonl(tmp_path: Path) -> None:
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps({"text": "Pretty one."}, indent=2) + "\n")
    assert [d.text for d in read_file(pretty)[1]] == ["Pretty one."]
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(('{"text": "Wide — one."}\n{"text": "Wide two."}\n').encode("utf-16"))
    name, items = read_file(wide)
    assert name == "jsonl.v1"
    assert [d.text for d in items] == ["Wide — one.", "Wide two."]


def test_jsonl_line_with_stray_cp1252_bytes_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "The elders\x92 decision."}\n{"text": "Clean."}\n')
    assert [d.text for d in read_file(path)[1]] == ["The elders’ decision.", "Clean."]


def test_jsonl_reads_10000_records_in_order(tmp_path: Path) -> None:
    # Speed is measured in benchmarks/ingest.py, not here (no timed unit tests).
    path = tmp_path / "bulk.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(10_000):
            record = {
                "id": f"r{n}",
                "text": f"Item {n}: militants attacked a checkpoint near Wana.",
                "date": "2010-06-14",
                "source": "Wire",
                "extra": n,
            }
            handle.write(json.dumps(record) + "\n")
    items = list(READERS["jsonl.v1"].read(path, ReadOptions()))
    assert len(items) == 10_000 and all(isinstance(i, RawDocument) for i in items)
    assert [i.external_id for i in items[:3]] == ["r0", "r1", "r2"]
    assert items[-1].external_id == "r9999" and items[-1].locator == "line 10000"
    assert items[-1].text == "Item 9999: militants attacked a checkpoint near Wana."


# -- CSV / TSV ----------------------------------------------------------------------


def test_csv_rows_with_embedded_newlines_and_default_columns(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "ID,Event_Date,Headline,Notes,Outlet,Admin1\n"
        '1,15 January 2010,Clash in Bajaur,"Militants attacked a post.\n'
        'Two soldiers were killed.",Dawn,KP\n'
        '2,2010-01-16,"Strike, Miranshah","A drone strike hit a compound, officials said.",'
        "Reuters,KP\n",
        encoding="utf-8",
    )
    name, items = read_file(path)
    assert name == "csv.v1"
    first, second = items
    assert first.text == "Militants attacked a post.\nTwo soldiers were killed."
    assert (first.title, first.published, first.source) == ("Clash in Bajaur", "2010-01-15", "Dawn")
    assert first.external_id == "1"
    assert first.meta == {"Admin1": "KP"}
    assert first.locator == "row 2"
    assert second.title == "Strike, Miranshah"
    assert second.locator == "row 3"


def test_csv_without_a_text_column_is_rw108_naming_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("id,date,fatalities\n1,2010-01-01,3\n")
    with pytest.raises(IngestError) as info:
        read_file(path)
    error = info.value
    assert (error.code, error.field) == ("RW108", "text")
    assert "id, date, fatalities" in str(error)


def test_csv_mapped_column_missing_is_rw121(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("text,date\nx,2010\n")
    with pytest.raises(IngestError) as info:
        read_file(path, columns={"source": "outlet_name"})
    assert (info.value.code, info.value.field) == ("RW121", "source")
    assert "'outlet_name'" in str(info.value) and "(columns: text, date)" in str(info.value)


def test_csv_rows_missing_text_are_rw107_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text(
        "text,title,date\n"
        "First report.,One,2010-01-01\n"
        ",Two,2010-01-02\n"
        "\n"
        "Third report.,Three\n"
        "Fourth\n"
        "   ,Five,2010-01-05\n"
        "Sixth report.,Six,not a date\n",
        encoding="utf-8",
    )
    docs, errors = split(read_file(path)[1])
    assert [doc.text for doc in docs] == ["First report.", "Third report.", "Fourth"]
    assert docs[1].published is None  # short row: the missing cell is just absent
    assert [(e.code, e.line, e.field) for e in errors] == [
        ("RW107", 3, "text"),
        ("RW107", 7, "text"),
        ("RW107", 8, "date"),
    ]
    assert str(errors[0]).endswith("row 3: text is empty (column 'text')")


def test_tsv_semicolon_and_bom_files(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("title\tbody\nT1\tText, with a comma.\n")
    assert [(d.title, d.text) for d in read_file(tsv)[1]] == [("T1", "Text, with a comma.")]
    semi = tmp_path / "b.csv"
    semi.write_bytes("\ufefftext;source\nGrüße aus Wana, sagte er.;Dawn\n".encode("utf-8"))
    (doc,) = read_file(semi)[1]
    assert (doc.text, doc.source) == ("Grüße aus Wana, sagte er.", "Dawn")
    latin = tmp_path / "c.csv"
    latin.write_bytes("text,source\nThe minister’s statement.,Radio\n".encode("cp1252"))
    assert read_file(latin)[1][0].text == "The minister’s statement."


def test_csv_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("story,when,who\nMapped story.,2011-05-09,Monitor\n")
    (doc,) = read_file(path, columns={"text": "story", "date": "when", "source": "who"})[1]
    assert (doc.text, doc.published, doc.source) == ("Mapped story.", "2011-05-09", "Monitor")


def test_csv_reads_10000_rows_in_order(tmp_path: Path) -> None:
    # Speed is measured in benchmarks/ingest.py, not here (no timed unit tests).
    path = tmp_path / "bulk.csv"
    rows = ["id,date,source,text"] + [
        f'{n},2010-06-14,Wire,"Item {n}: militants attacked a checkpoint, officials said."'
        for n in range(10_000)
    ]
    path.write_text("\n".join(rows) + "\n")
    items = list(READERS["csv.v1"].read(path, ReadOptions()))
    assert len(items) == 10_000 and all(isinstance(i, RawDocument) for i in items)
    assert [i.external_id for i in items[:2]] == ["0", "1"] and items[-1].external_id == "9999"
    assert items[-1].text == "Item 9999: militants attacked a checkpoint, officials said."


# -- feeds -------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Frontier Desk</title>
  <link>https://frontier.example/</link>
  <item>
    <title>Taliban turn away Arab fighters</title>
    <link>https://frontier.example/1</link>
    <guid>fd-1</guid>
    <pubDate>Mon, 14 Jun 2010 08:30:00 +0500</pubDate>
    <description><![CDATA[<p>Commanders in Andar <b>refused</b> Al Qaeda money.</p>
      <script>FEED-SCRIPT()</script><p>Officials confirmed it.</p>]]></description>
    <category>Afghanistan</category>
  </item>
  <item>
    <title>Headline only</title>
    <link>https://frontier.example/2</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Monitoring Team</title>
  <entry>
    <title type="html">Report &lt;em&gt;excerpt&lt;/em&gt;</title>
    <link href="https://monitor.example/e1"/>
    <id>urn:uuid:1</id>
    <updated>2012-06-01T12:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The Panel notes continued contact between
      the Haqqani network and Al Qaeda.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
  <item rdf:about="https://old.example/a">
    <title>RDF item</title><link>https://old.example/a</link>
    <description>An RDF description.</description><dc:date>2009-10-20</dc:date>
  </item>
</rdf:RDF>
"""


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "frontier.xml"
    path.write_text(RSS, encoding="utf-8")
    name, items = read_file(path)
    assert name == "feed.v2"
    first, second = items
    # the headline opens the text, as a first line of its own (a headline to the coder)
    assert first.text == (
        "Taliban turn away Arab fighters\n\n"
        "Commanders in Andar refused Al Qaeda money.\n\nOfficials confirmed it."
    )
    assert first.meta["text_from"] == "title and content"
    assert "FEED-SCRIPT" not in first.text
    assert first.title == "Taliban turn away Arab fighters"
    assert first.url == "https://frontier.example/1"
    assert first.published == "2010-06-14T03:30:00+00:00"
    assert first.source == "Frontier Desk"
    assert first.external_id == "fd-1"
    assert first.locator == "item 1"
    assert first.meta["tags"] == ["Afghanistan"]
    # an item with no description keeps its headline as text
    assert (second.text, second.meta["text_from"], second.locator) == (
        "Headline only",
        "title",
        "item 2",
    )


def test_atom_prefers_full_content_and_strips_html_from_titles(tmp_path: Path) -> None:
    path = tmp_path / "monitor.atom"
    path.write_text(ATOM, encoding="utf-8")
    (doc,) = read_file(path)[1]
    assert doc.text == (
        "Report excerpt\n\n"
        "The Panel notes continued contact between the Haqqani network and Al Qaeda."
    )
    assert doc.title == "Report excerpt"
    assert doc.published == "2012-06-01T12:00:00+00:00"
    assert (doc.url, doc.source, doc.external_id) == (
        "https://monitor.example/e1",
        "Monitoring Team",
        "urn:uuid:1",
    )


def test_rdf_feed(tmp_path: Path) -> None:
    path = tmp_path / "old.rdf"
    path.write_text(RDF, encoding="utf-8")
    name, items = read_file(path)
    assert name == "feed.v2"
    (doc,) = items
    assert (doc.text, doc.title, doc.source) == (
        "RDF item\n\nAn RDF description.",
        "RDF item",
        "Old Wire",
    )
    assert doc.published.startswith("2009-10-20")


def test_feed_named_txt_is_still_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(RSS, encoding="utf-8")
    assert read_file(path)[0] == "feed.v2"


def test_feed_declaring_entities_is_refused_before_parsing(tmp_path: Path, monkeypatch) -> None:
    import feedparser

    def must_not_parse(*args, **kwargs):
        raise AssertionError("feedparser was called on an entity bomb")

    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    path = tmp_path / "bomb.rss"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "aaaaaaaaaaaaaaaa">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
        "<rss version='2.0'><channel><title>&b;</title>"
        "<item><title>&b;</title></item></channel></rss>"
    )
    name, _ = READERS["feed.v2"].name, None
    assert choose_reader(path, path.read_bytes()[:HEAD_BYTES]).name == name
    with pytest.raises(IngestError) as info:
        list(READERS["feed.v2"].read(path, ReadOptions()))
    assert info.value.code == "RW114"


def test_malformed_feed_without_entries_is_rw112(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss version='2.0'><channel><title>Broken</title><<<>>> not xml at all")
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert info.value.code == "RW112"


def test_feed_parsing_never_touches_the_network(tmp_path: Path, monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    path = tmp_path / "remote_dtd.rss"
    path.write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" '
        '"http://dtd.invalid.example/rss-0.91.dtd">\n'
        "<rss version='0.91'><channel><title>Remote</title>"
        "<item><title>Local item</title><link>/relative/link</link>"
        "<description>Text of the item.</description></item></channel></rss>"
    )
    (doc,) = read_file(path)[1]
    assert doc.text == "Local item\n\nText of the item."


# -- body columns and column mappings ------------------------------------------------


def test_no_column_is_guessed_as_the_body(tmp_path: Path) -> None:
    for header in ("id,headline,date", "id,summary", "id,description,source_headline"):
        path = tmp_path / "guess.csv"
        path.write_text(f"{header}\n" + ",".join(["Some words here."] * header.count(",")) + ",x\n")
        with pytest.raises(IngestError) as info:
            read_file(path)
        assert (info.value.code, info.value.field) == ("RW108", "text"), header
        assert f"(columns: {header.replace(',', ', ')})" in str(info.value)
    lines = _jsonl(tmp_path / "guess.jsonl", [{"headline": "A headline.", "summary": "A summary."}])
    (error,) = read_file(lines)[1]
    assert (error.code, error.line, error.field) == ("RW106", 1, "text")
    assert "(fields: headline, summary); map one with --columns text=FIELD" in str(error)


def test_body_names_and_a_mapped_headline_are_read(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text("event_date,notes,headline\n2010-01-05,Militants attacked a post.,Clash\n")
    (doc,) = read_file(path)[1]
    assert (doc.text, doc.title, doc.published) == (
        "Militants attacked a post.",
        "Clash",
        "2010-01-05",
    )
    (doc,) = read_file(path, columns={"text": "headline"})[1]
    assert (doc.text, doc.title, doc.meta) == (
        "Clash",
        None,
        {"notes": "Militants attacked a post."},
    )


def test_csv_error_lists_at_most_thirty_columns(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{n}" for n in range(45)) + "\n" + ",".join("1" * 45) + "\n")
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert "c29, ... (15 more)" in str(info.value) and "c30" not in str(info.value)


def test_jsonl_mapped_text_field_missing_is_rw120_with_line_and_locator(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "items.jsonl",
        [{"body": "One."}, {"text": "not the mapped field"}, {"body": "Three."}],
    )
    docs, errors = split(read_file(path, columns={"text": "body"})[1])
    assert [doc.text for doc in docs] == ["One.", "Three."]
    (error,) = errors
    assert (error.code, error.line, error.field) == ("RW120", 2, "text")
    assert error.params["locator"] == "line 2"
    assert str(error).endswith(
        "line 2: no field 'body' for 'text' (fields: text); map one with --columns text=FIELD"
    )


def test_jsonl_mapping_no_record_has_is_rw121_at_the_end(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "items.jsonl", [{"text": "One.", "d": "2010"}, {"text": "Two."}])
    items = read_file(path, columns={"date": "when", "source": "d"})[1]
    docs, errors = split(items)
    assert len(docs) == 2 and docs[0].source == "2010"
    (error,) = errors
    assert items[-1] is error
    assert (error.code, error.field, error.line) == ("RW121", "date", None)
    assert "names 'when' for 'date'" in str(error) and "(columns: text, d)" in str(error)


def test_jsonl_without_any_text_field_gives_up_after_a_hundred_records(tmp_path: Path) -> None:
    from riftwatch.ingest.readers.jsonl import GIVE_UP_AFTER

    path = _jsonl(tmp_path / "items.jsonl", [{"title": f"T{n}"} for n in range(GIVE_UP_AFTER + 50)])
    reader = READERS["jsonl.v1"]
    seen: list[IngestError] = []
    with pytest.raises(IngestError) as info:
        for item in reader.read(path, ReadOptions(columns={"text": "bdy"})):
            seen.append(item)
    assert len(seen) == GIVE_UP_AFTER - 1 and all(e.code == "RW120" for e in seen)
    assert info.value.code == "RW130"
    assert f"none of the first {GIVE_UP_AFTER} records has the field 'bdy'" in str(info.value)
    with pytest.raises(IngestError) as info:
        list(reader.read(path, ReadOptions()))
    assert info.value.code == "RW130" and "a text field (text, body" in str(info.value)


def test_json_array_errors_carry_the_item_and_a_syntax_error_stops(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[{"text": "One."}, {"title": "no text"},\n {"text": "Three."} {"text": "x"}]')
    docs, errors = split(read_file(path)[1])
    assert [doc.text for doc in docs] == ["One.", "Three."]
    first, second = errors
    assert (first.code, first.params["locator"]) == ("RW106", "item 2")
    assert (second.code, second.params.get("stops")) == ("RW105", True)
