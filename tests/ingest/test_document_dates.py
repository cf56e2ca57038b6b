"""Where a stored document's publication date comes from, end to end on real files,
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select
from tests.documents import write_docx, write_pdf

from clirun import riftwatch
from riftwatch import api
from riftwatch.ingest.readers import ReadOptions
from riftwatch.store.tables import Document, EventRow

ABOUT_2015 = (
    "Security forces clashed with militants of Lashkar-e-Islam in the Tirah valley on "
    "Thursday, officials said. At least twelve militants were killed in the fighting, which "
    "lasted most of the day and spread to two villages near the border."
)
PLAIN = (
    "Troops moved into the valley and stayed there for the winter, according to elders. "
    "Nobody could say how long they would remain."
)


def _set_mtime(path: Path, moment: datetime) -> None:
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def _by_name(store) -> dict[str, dict]:
    return {Path(d["path"]).name + (d["locator"] or ""): d for d in api.list_documents(store)}


def test_pdf_made_today_about_2015_takes_the_text_dateline(store, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    write_pdf(
        tmp_path / "khyber.pdf",
        ["Clashes in the Khyber Agency", f"PESHAWAR, 9 October 2015: {ABOUT_2015}"],
        now,
    )
    write_pdf(
        tmp_path / "body.pdf",
        [f"Tirah valley fighting. The army said that on 9 October 2015 {ABOUT_2015}"],
        now,
    )
    made = datetime(2015, 10, 12, 8, 0, tzinfo=UTC)
    write_pdf(tmp_path / "undated.pdf", [PLAIN], made)
    summary = api.ingest([tmp_path], db=store)
    assert summary.failed == 0
    docs = _by_name(store)
    assert (docs["khyber.pdf"]["published"], docs["khyber.pdf"]["date_origin"]) == (
        "2015-10-09",
        "text:dateline",
    )
    assert (docs["body.pdf"]["published"], docs["body.pdf"]["date_origin"]) == (
        "2015-10-09",
        "text:body",
    )
    # no date in the text: the PDF's own creation date, not the file's time
    assert (docs["undated.pdf"]["published"], docs["undated.pdf"]["date_origin"]) == (
        "2015-10-12",
        "metadata:pdf",
    )
    shown = api.get_document(store, docs["khyber.pdf"]["id"])
    assert shown["date_origin_text"] == "the text's dateline"
    assert shown["published_precision"] == "day"


def test_docx_from_an_old_template_takes_the_text_dateline(store, tmp_path: Path) -> None:
    created = datetime(2003, 4, 1, 9, 0, tzinfo=UTC)
    write_docx(
        tmp_path / "sitrep.docx",
        [f"PESHAWAR, 9 October 2015: {ABOUT_2015}"],
        "Situation report: Khyber Agency",
        created,
        datetime.now(UTC),
    )
    write_docx(
        tmp_path / "undated.docx",
        [PLAIN],
        "Situation report: Khyber Agency",
        created,
        datetime(2015, 10, 14, 7, tzinfo=UTC),
    )
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    assert (docs["sitrep.docx"]["published"], docs["sitrep.docx"]["date_origin"]) == (
        "2015-10-09",
        "text:dateline",
    )
    # no date in the text: the last save, not the template's creation date
    assert (docs["undated.docx"]["published"], docs["undated.docx"]["date_origin"]) == (
        "2015-10-14",
        "metadata:docx",
    )


def test_text_with_only_its_file_time(store, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(PLAIN, encoding="utf-8")
    _set_mtime(note, datetime(2015, 10, 12, 9, 30, tzinfo=UTC))
    api.ingest([tmp_path], db=store)
    doc = _by_name(store)["note.txt"]
    assert (doc["published"], doc["date_origin"]) == ("2015-10-12", "file:mtime")


def test_sidecar_beats_the_text(store, tmp_path: Path) -> None:
    report = tmp_path / "wire.txt"
    report.write_text(f"PESHAWAR, 9 October 2015: {ABOUT_2015}", encoding="utf-8")
    (tmp_path / "wire.txt.meta.json").write_text(json.dumps({"date": "2015-10-20"}))
    api.ingest([tmp_path], db=store)
    doc = _by_name(store)["wire.txt"]
    assert (doc["published"], doc["date_origin"]) == ("2015-10-20", "sidecar")


def test_a_future_date_in_the_text_is_not_taken(store, tmp_path: Path) -> None:
    future = tmp_path / "future.txt"
    future.write_text(f"ISLAMABAD, 9 October 2099 (Reuters) - {ABOUT_2015}", encoding="utf-8")
    _set_mtime(future, datetime(2015, 10, 12, tzinfo=UTC))
    later = tmp_path / "after_the_file.txt"
    later.write_text(f"ISLAMABAD, 9 October 2015 (Reuters) - {PLAIN}", encoding="utf-8")
    _set_mtime(later, datetime(2015, 3, 1, tzinfo=UTC))
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    assert (docs["future.txt"]["published"], docs["future.txt"]["date_origin"]) == (
        "2015-10-12",
        "file:mtime",
    )
    # a dateline later than the file's last change cannot be the file's date
    assert (docs["after_the_file.txt"]["published"], docs["after_the_file.txt"]["date_origin"]) == (
        "2015-03-01",
        "file:mtime",
    )


def test_html_published_time_meta_is_the_page_s_own_date(store, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Tirah</title>"
        '<meta property="article:published_time" content="2015-10-10T06:00:00+05:00">'
        '<meta property="article:modified_time" content="2016-01-02T06:00:00+05:00">'
        f"</head><body><article><h1>Tirah clashes</h1><p>PESHAWAR, 9 October 2015: {ABOUT_2015}"
        "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "hint.html").write_text(
        '<html><head><title>Tirah</title><meta property="article:modified_time" '
        'content="2016-01-02T06:00:00+05:00"></head><body><article><h1>Tirah clashes</h1>'
        f"<p>PESHAWAR, 8 October 2015: {ABOUT_2015}</p></article></body></html>",
        encoding="utf-8",
    )
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    assert (docs["page.html"]["published"], docs["page.html"]["date_origin"]) == (
        "2015-10-10",
        "metadata:html",
    )
    # a modification time is only a hint: the text's dateline beats it
    assert (docs["hint.html"]["published"], docs["hint.html"]["date_origin"]) == (
        "2015-10-08",
        "text:dateline",
    )


def test_an_html_page_without_date_metadata_stays_undated(store, tmp_path: Path) -> None:
    """A page whose markup states no date is not dated by a date its text mentions
    (trafilatura's guess, or the latest date of its opening) nor by the file's time: the
    mention is kept as ``date_in_text``; a date in the page's markup still dates it."""
    (tmp_path / "nodate.html").write_text(
        "<!doctype html><html><head><title>Border talks stall</title></head><body><article>"
        "<h1>Border talks stall</h1><p>Officials said the two delegations met again after "
        "talks that began on 14 March 2011 broke down.</p><p>The meeting, the fourth since "
        f"the ceasefire of 2 June 2012, ended without agreement. {ABOUT_2015}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "byline.html").write_text(
        "<!doctype html><html><head><title>Valley</title></head><body><article>"
        '<h1>Clashes in the valley</h1><div class="byline"><span class="date">Posted 3 April '
        f"2014</span></div><p>{ABOUT_2015} The talks of 14 March 2011 were recalled.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    _set_mtime(tmp_path / "nodate.html", datetime(2016, 2, 1, tzinfo=UTC))
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    page = docs["nodate.html"]
    assert (page["published"], page["date_origin"]) == (None, None)
    shown = api.get_document(store, page["id"])
    assert shown["meta"]["date_in_text"] in ("2011-03-14", "2012-06-02")
    assert (docs["byline.html"]["published"], docs["byline.html"]["date_origin"]) == (
        "2014-04-03",
        "metadata:html-hint",
    )


def test_email_date_header_and_records(store, tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Field Desk <desk@example.org>"
    message["Subject"] = "Tirah"
    message["Date"] = "Mon, 12 Oct 2015 09:14:00 +0500"
    message.set_content(f"PESHAWAR, 9 October 2015: {ABOUT_2015}\n\n-- \nJohn Smith\nDesk X\n")
    (tmp_path / "note.eml").write_bytes(bytes(message))
    lines = [
        {"id": "r1", "text": f"KABUL, 9 October 2015: {ABOUT_2015}", "date": "2015-10-11"},
        {"id": "r2", "text": f"ISLAMABAD, Oct. 7, 2015 (Reuters) - {PLAIN}"},
        {"id": "r3", "text": "Elders said the troops stayed for the winter months."},
    ]
    (tmp_path / "items.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Wire</title>'
        "<item><title>Tirah</title><pubDate>Sat, 10 Oct 2015 06:00:00 GMT</pubDate>"
        "<description>Elders in the Tirah valley said troops arrived at night.</description>"
        "</item><item><title>Bajaur</title><description>KHAR, 3 October 2015: Elders in "
        "Bajaur said the road reopened.</description></item></channel></rss>",
        encoding="utf-8",
    )
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    got = {name: (d["published"], d["date_origin"]) for name, d in docs.items()}
    assert got == {
        "note.eml": ("2015-10-12", "header:email"),
        "items.jsonlline 1": ("2015-10-11", "field"),
        "items.jsonlline 2": ("2015-10-07", "text:dateline"),
        # one record of many: the file's time says nothing about it
        "items.jsonlline 3": (None, None),
        "feed.rssitem 1": ("2015-10-10", "feed"),
        "feed.rssitem 2": ("2015-10-03", "text:dateline"),
    }


def test_events_take_the_text_s_date(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    folder = tmp_path / "in"
    folder.mkdir()
    text = (
        "PESHAWAR, 9 October 2015: Officials described the fighting in the Tirah valley. "
        "The Pakistan Army launched air strikes against the TTP yesterday."
    )
    write_pdf(folder / "strikes.pdf", ["Air strikes in Khyber", text], datetime.now(UTC))
    api.ingest([folder], db=db)
    api.extract_stored(db)
    store = api.connect(db)
    try:
        with store.engine.connect() as conn:
            dates = conn.execute(select(EventRow.event_date, EventRow.date_precision)).all()
            published = conn.execute(select(Document.published)).scalar_one()
    finally:
        store.close()
    assert published == "2015-10-09"
    assert dates and all(d.startswith("2015-10") for d, _precision in dates)
    assert ("2015-10-08", "day") in dates


def test_docs_show_says_where_the_date_came_from(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(
        folder / "khyber.pdf",
        ["Clashes", f"PESHAWAR, 9 October 2015: {ABOUT_2015}"],
        datetime.now(UTC),
    )
    api.ingest([folder], db=db)
    shown = riftwatch("--db", db, "docs", "show", "1", timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "published 2015-10-09 (from the text's dateline)" in " ".join(shown.stdout.split())
    listed = riftwatch("--db", db, "docs", "list", "--format", "json", timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["date_origin"] == "text:dateline"


def test_every_part_of_a_long_text_gets_the_first_part_s_date(store, tmp_path: Path) -> None:
    from riftwatch.ingest.readers.text import READER

    paragraph = (
        "Elders in the valley said the troops stayed for the winter. On 1 March 2015 they "
        "said so again, and nobody disputed it at the jirga that followed.\n\n"
    )
    path = tmp_path / "long.txt"
    path.write_text("PESHAWAR, 9 October 2015: " + paragraph * 120, encoding="utf-8")
    parts = list(READER.read(path, ReadOptions(max_chars=4000)))
    assert len(parts) > 3
    assert {(p.published, p.date_origin) for p in parts} == {("2015-10-09", "text:dateline")}
    store_options = ReadOptions(max_chars=4000)
    from riftwatch.ingest.pipeline import Ingester

    Ingester(store, read_options=store_options).run([path])
    dates = {(d["published"], d["date_origin"]) for d in api.list_documents(store, limit=500)}
    assert dates == {("2015-10-09", "text:dateline")}


def test_an_html_title_that_ends_with_a_date_dates_the_page(store, tmp_path: Path) -> None:
    """A title closed by a date ("Statement of the movement, December 2010") states the page's
    date as a dateline does; a date inside a title ("Talks of 14 March 2011 collapse") is a
    mention, not the page's date."""
    (tmp_path / "statement.html").write_text(
        "<html><head><title>Statement attributed to the Valley Front, December 2010</title>"
        f"</head><body><p>{ABOUT_2015}</p><p>The front announced a merger.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "mention.html").write_text(
        "<html><head><title>Border talks stall again as delegations meet</title></head><body>"
        "<p>Officials said the delegations met again, though nobody expected agreement.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    assert (docs["statement.html"]["published"], docs["statement.html"]["date_origin"]) == (
        "2010-12",
        "metadata:html-hint",
    )
    assert docs["mention.html"]["published"] is None


def test_the_page_title_dates_a_page_whose_heading_is_shown_as_its_title(
    store, tmp_path: Path
) -> None:
    """A page whose heading (shown as its title) has no date, under a <title> closed by one
    ("Communique of the Valley Front, April 2007" above "<h1>Communique of the Valley
    Front</h1>"), is dated by the <title>; a <title> without a date dates nothing."""
    (tmp_path / "communique.html").write_text(
        "<html><head><title>Communique of the Valley Front, April 2007</title></head><body>"
        "<h1>Communique of the Valley Front</h1>"
        "<p>The Valley Front accuses the River Brigades of seizing its weapons.</p>"
        "<p>We call on the elders to restrain their followers.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "undated.html").write_text(
        "<html><head><title>Communique of the Valley Front</title></head><body>"
        "<h1>Second communique of the Valley Front</h1>"
        "<p>The Valley Front accuses the River Brigades of seizing its weapons.</p>"
        "<p>We have not pledged allegiance to anyone.</p></body></html>",
        encoding="utf-8",
    )
    api.ingest([tmp_path], db=store)
    docs = _by_name(store)
    assert (docs["communique.html"]["published"], docs["communique.html"]["date_origin"]) == (
        "2007-04",
        "metadata:html-hint",
    )
    assert docs["undated.html"]["published"] is None


def test_a_pdf_title_line_ending_in_a_month_dates_the_brief(store, tmp_path: Path) -> None:
    # text taken from a PDF keeps no blank line under its title: the title's "March 2010"
    # still dates the brief, not the PDF's creation date (made today)
    now = datetime.now(UTC)
    write_pdf(
        tmp_path / "brief.pdf",
        ["Horn of Africa monitoring brief, March 2010.", PLAIN],
        now,
    )
    write_pdf(
        tmp_path / "wrapped.pdf",
        ["The brief was written in the week of March 2010,", f"when {PLAIN.lower()}"],
        now,
    )
    assert api.ingest([tmp_path], db=store).failed == 0
    docs = _by_name(store)
    assert (docs["brief.pdf"]["published"], docs["brief.pdf"]["date_origin"]) == (
        "2010-03",
        "text:dateline",
    )
    # a sentence running on past its date is no title line
    assert docs["wrapped.pdf"]["date_origin"] == "metadata:pdf"
