"""One corpus, two stores, the same answers: a differential test of every read command.

A folder of mixed files written here (plain text, Markdown, HTML, PDF made with fpdf2,
DOCX made with python-docx, JSON Lines with a bad line, CSV, RSS, Atom, a duplicate) is
ingested by the real program into a SQLite store and into a PostgreSQL store, and coded.
Then every read command is run on both and its JSON compared: status, documents, events
with each filter, search (the same hits in the same order, also page by page), dyad,
rifts, ACH, wedges, claims and every export. Only what legitimately differs is left out
before comparing: the store's URL and the times things were stored.
"""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clirun import riftwatch

GROUPS = [
    "the Haqqani network",
    "Al Qaeda",
    "the Afghan Taliban",
    "Tehrik-i-Taliban Pakistan",
    "Lashkar-e-Taiba",
    "the Islamic State",
    "Jaish-e-Mohammed",
    "the Pakistani army",
    "the Quetta Shura",
]
VERBS = [
    "attacked",
    "condemned",
    "met with",
    "sheltered fighters of",
    "accused",
    "pledged allegiance to",
    "provided weapons to",
    "clashed with",
    "refused to shelter members of",
    "did not attack",
    "threatened",
    "agreed to cooperate with",
    "may be sheltering",
    "trained recruits of",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _sentence(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(GROUPS, 2)
    year, month = rng.randrange(2009, 2019), rng.randrange(len(MONTHS))
    text = f"In {MONTHS[month]} {year}, {a} {rng.choice(VERBS)} {b} near Khost, officials said."
    return text[0].upper() + text[1:], f"{year}-{2 * month + 1:02d}"


def _paragraph(rng: random.Random, n: int) -> str:
    return " ".join(_sentence(rng)[0] for _ in range(n))


def write_corpus(folder: Path) -> Path:
    """The mixed folder; returns it."""
    from docx import Document
    from fpdf import FPDF

    rng = random.Random(20261130)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(4):
        body = f"Field report {i}\n\n{_paragraph(rng, 5)}\n\n{_paragraph(rng, 3)}\n"
        (folder / f"report{i}.txt").write_text(body, encoding="utf-8")
    (folder / "report0_again.txt").write_text((folder / "report0.txt").read_text())
    (folder / "notes.md").write_text(f"# Notes\n\n{_paragraph(rng, 4)}\n")
    (folder / "page.html").write_text(
        # dated by its markup: a page is never dated by a guess from its text (docs/dates.md)
        f"<html><head><title>Frontier &amp; [b]border[/b]</title><script>x()</script>"
        '<meta property="article:published_time" content="2014-03-02T08:00:00Z"></head>'
        f"<body><h1>Frontier</h1><p>{_paragraph(rng, 4)}</p></body></html>"
    )
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, _paragraph(rng, 6))
    pdf.output(str(folder / "brief.pdf"))
    docx = Document()
    docx.add_heading("Debrief", 1)
    for _ in range(3):
        docx.add_paragraph(_paragraph(rng, 3))
    docx.save(str(folder / "debrief.docx"))
    with open(folder / "wire.jsonl", "w", encoding="utf-8") as handle:
        for i in range(12):
            text, date = _sentence(rng)
            record = {"id": f"w{i}", "text": f"{text} {_paragraph(rng, 2)}", "date": date}
            record.update(source="Wire", reliability="ABC"[i % 3], credibility=str(1 + i % 4))
            if i in (1, 2, 3):  # names a language collation sorts otherwise than code points
                record["source"] = ["wire desk", "\u00c9cho", "_feed"][i - 1]
            handle.write(json.dumps(record) + "\n")
            if i == 5:
                handle.write("{not json\n")
    with open(folder / "table.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "date", "text", "source"])
        for i in range(6):
            text, date = _sentence(rng)
            writer.writerow([f"c{i}", f"row {i}", date, f"{text} {_paragraph(rng, 1)}", "Desk"])
    items = "".join(
        f"<item><title>t{i}</title><link>http://example.org/{i}</link>"
        f"<pubDate>Mon, 0{i + 1} Jun 2015 10:00:00 GMT</pubDate>"
        f"<description>{_paragraph(rng, 2)}</description></item>"
        for i in range(4)
    )
    (folder / "feed.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}'
        "</channel></rss>"
    )
    entries = "".join(
        f"<entry><title>a{i}</title><id>urn:a{i}</id><updated>2016-0{i + 1}-01T00:00:00Z"
        f"</updated><content type='text'>{_paragraph(rng, 2)}</content></entry>"
        for i in range(3)
    )
    (folder / "feed.atom").write_text(
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        f"{entries}</feed>"
    )
    (folder / "empty.txt").write_text("")
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real program in a subprocess, importing this checkout's code."""
    return riftwatch(*args, timeout=600)


def invoke(*args: str) -> tuple[int, str, str]:
    """The same program in this process (faster): exit status, stdout, stderr."""
    from typer.testing import CliRunner

    from riftwatch.cli import app

    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def stores(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The corpus ingested and coded by the program into SQLite and PostgreSQL."""
    folder = tmp_path_factory.mktemp("differential")
    corpus = write_corpus(folder / "corpus")
    urls = {
        "sqlite": str(folder / "rw.db"),
        "postgresql": pg_server.new_language_collated_database(),
    }
    summaries = {}
    for name, url in urls.items():
        done = run("--db", url, "ingest", str(corpus), "--format", "json", "--no-progress")
        assert done.returncode == 1, done.stderr  # the bad line and the empty file
        summaries[name] = json.loads(done.stdout)
        status, _, err = invoke("--db", url, "extract", "--no-progress", "--format", "json")
        assert status == 0, err
    for summary in summaries.values():
        summary.pop("run_id")
    assert summaries["sqlite"] == summaries["postgresql"]
    assert summaries["sqlite"]["documents_added"] >= 30
    assert summaries["sqlite"]["duplicates"] == 1
    yield urls
    pg_server.drop_database(urls["postgresql"])


def both(stores: dict[str, str], *args: str) -> tuple[Any, Any]:
    """``args`` run on each store (``--format json`` appended); the two parsed outputs."""
    out = []
    for url in stores.values():
        status, stdout, stderr = invoke("--db", url, *args, "--format", "json")
        assert status == 0, (args, stderr)
        out.append(json.loads(stdout))
    return out[0], out[1]


def test_status_is_the_same_apart_from_the_url_and_times(stores: dict[str, str]) -> None:
    on_sqlite, on_postgres = both(stores, "status")
    for data in (on_sqlite, on_postgres):
        assert {"documents", "sentences", "events", "failed"} <= set(data)
        assert data["events"] > 50
        data.pop("store")
        data["last_run"].pop("started_at")
        data["last_run"].pop("finished_at")
    assert on_sqlite == on_postgres
    # in the same order too: the counts by status, language and source type
    assert json.dumps(on_sqlite) == json.dumps(on_postgres)


READS = [
    ["docs", "list"],
    ["events", "list"],
    ["events", "list", "--actor", "Al Qaeda"],
    ["events", "list", "--pair", "Al Qaeda", "--pair", "Haqqani"],
    ["events", "list", "--pair", "Al Qaeda", "--pair", "Haqqani", "--directed"],
    ["events", "list", "--type", "ASSAULT"],
    ["events", "list", "--modality", "negated"],
    ["events", "list", "--modality", "uncertain", "--type", "SUPPORT"],
    ["events", "list", "--from", "2012", "--to", "2014-06"],
    ["events", "list", "--document", "3"],
    ["events", "list", "--min-confidence", "0.9"],
    ["events", "list", "--min-reliability", "B"],
    ["events", "list", "--max-credibility", "2"],
    ["events", "list", "--unjudged", "--limit", "5", "--offset", "7"],
    ["events", "list", "--mode", "training"],
    ["claims", "list"],
    ["dyad", "Al Qaeda", "Haqqani network"],
    ["dyad", "Afghan Taliban", "Tehrik-i-Taliban Pakistan"],
    ["rifts"],
    ["ach", "--pair", "Al Qaeda", "--pair", "Islamic State"],
    ["wedges", "--target", "Al Qaeda", "--within", "Taliban"],
    ["actors", "suggest"],
    ["sources", "list"],
]


@pytest.mark.postgres
@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_read_commands_answer_alike(stores: dict[str, str], args: list[str]) -> None:
    on_sqlite, on_postgres = both(stores, *args)
    assert on_sqlite == on_postgres


def test_the_events_have_the_contract_shape(stores: dict[str, str]) -> None:
    events, _ = both(stores, "events", "list")
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
    types |= {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE"}
    types |= {"COERCE", "ASSAULT"}
    modalities = {"asserted", "negated", "denied", "hypothetical", "future", "uncertain"}
    for event in events:
        assert isinstance(event["id"], int) and isinstance(event["document_id"], int)
        # the document's own id (a feed item's, a JSON Lines record's) where it has one
        assert isinstance(event["doc_id"], str)  # the numeric id as text when it has none
        assert isinstance(event["start"], int) and isinstance(event["end"], int)
        assert event["event_type"] in types and event["modality"] in modalities
        for side in ("source", "target"):
            assert {"id", "name", "mention"} <= set(event[side])
        assert isinstance(event["confidence"], float) and 0 <= event["confidence"] <= 1
        assert event["quote"] and event["sentence"]
    assert {"negated", "asserted"} <= {e["modality"] for e in events}


QUERIES = [
    "Haqqani",
    '"Pakistani army"',
    "Haqqani AND Qaeda",
    "Haqqani OR Lashkar",
    "Taliban NOT Afghan",
    "shelt*",
    "Tehrik-i-Taliban",
    "officials said",
    "(Haqqani OR Qaeda) -attacked",
]


@pytest.mark.postgres
@pytest.mark.parametrize("query", QUERIES)
def test_search_gives_the_same_hits_in_the_same_order(stores: dict[str, str], query: str) -> None:
    everything, on_postgres = both(stores, "search", query, "--limit", "500")
    assert everything and everything == on_postgres
    for limit, offset in (("3", "0"), ("5", "4")):
        page = everything[int(offset) : int(offset) + int(limit)]
        first, second = both(stores, "search", query, "--limit", limit, "--offset", offset)
        assert first == second == page


EXPORTS = [
    ("events", "csv"),
    ("events", "jsonl"),
    ("events", "parquet"),
    ("claims", "csv"),
    ("claims", "jsonl"),
    ("judgements", "csv"),
    ("actors", "csv"),
    ("actors", "jsonl"),
    ("plover", "jsonl"),
    ("graph", "graphml"),
    ("graph", "gexf"),
    ("stix", "json"),
]


def _exported(url: str, kind: str, form: str, folder: Path) -> Any:
    path = folder / f"{kind}.{form}"
    status, _, stderr = invoke("--db", url, "export", kind, "--format", form, "-o", str(path))
    assert status == 0, stderr
    if form == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if form == "json":  # STIX: the objects' times are those of the stored documents
        bundle = json.loads(path.read_text())
        for item in bundle["objects"]:
            for key in ("created", "modified"):
                item.pop(key, None)
        return bundle
    if form == "csv":
        return list(csv.reader(io.StringIO(path.read_text())))
    return path.read_text()


@pytest.mark.postgres
@pytest.mark.parametrize(("kind", "form"), EXPORTS, ids=lambda v: v)
def test_exports_are_the_same(stores: dict[str, str], kind: str, form: str, tmp_path: Path) -> None:
    outputs = []
    for name, url in stores.items():
        (tmp_path / name).mkdir()
        outputs.append(_exported(url, kind, form, tmp_path / name))
    assert outputs[0] == outputs[1]
    if kind not in ("judgements",):
        assert outputs[0]
