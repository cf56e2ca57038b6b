"""Finding a report's date in its text, and choosing among the evidence (no store needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from riftwatch.dates import OPENING_CHARS, describe_origin, find_text_date, plausible
from riftwatch.ingest.dates import choose_date
from riftwatch.ingest.readers.docx import core_date

NOW = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ISLAMABAD, Oct. 9, 2015 (Reuters) - Pakistani troops moved in.", "2015-10-09"),
        ("PESHAWAR, 9 October 2015: Security forces clashed with militants.", "2015-10-09"),
        ("PESHAWAR, Pakistan, 9 October 2015 - Security forces clashed.", "2015-10-09"),
        ("Monday, 12 October 2015\n\nSecurity forces clashed with militants.", "2015-10-12"),
        ("Border situation report\nDate: 2015-10-09\nSummary follows.", "2015-10-09"),
        ("DETAINEE DEBRIEF SUMMARY\nDATE OF REPORT: 21 AUG 2010\nSUBJECT: male", "2010-08-21"),
        ("PRESS RELEASE\nRawalpindi, 20 October 2009\n\n1. Troops advanced.", "2009-10-20"),
        ("Friday 9 October 2015 10:32 BST\nTroops moved in.", "2015-10-09"),
        ("Published on October 9, 2015 at 10:00 am\n\nTroops moved in.", "2015-10-09"),
        ("Brief\n\nPolicy Forum - Analysis brief No. 7 - 15 March 2011\n\nText.", "2011-03-15"),
        ("Monitoring report\n\nOctober 2015\n\nThe month was calm.", "2015-10"),
        ("# Yemen notes, compiled March 2019\n\n## Background\nIn 2009 x.", "2019-03"),
        ("Situation report prepared 4 May 2019\n\nTroops moved in.", "2019-05-04"),
        ("Threat summary (updated on 2 June 2020)\n\nTroops moved in.", "2020-06-02"),
        ("Islamabad, 2 January 2017. Pakistani troops moved in.", "2017-01-02"),
        ("NEW YORK, 2 Jan. 2017. The Security Council met.", "2017-01-02"),
    ],
)
def test_datelines_and_date_lines(text: str, value: str) -> None:
    found = find_text_date(text, not_after=NOW)
    assert found is not None
    assert (found.value, found.origin) == (value, "text:dateline")
    assert found.text in text[found.start : found.end]


def test_dateline_beats_a_later_date_in_the_body() -> None:
    text = "PESHAWAR, 9 October 2015: The army said it would report on 20 October 2015."
    assert find_text_date(text, not_after=NOW).value == "2015-10-09"


def test_body_date_is_the_latest_full_date_in_the_opening_not_announced_as_ahead() -> None:
    text = (
        "Militants attacked a school on 16 December 2014. A second attack followed on "
        "9 October 2015, officials said. Elections are scheduled for 12 December 2015, and "
        "talks will resume on 2 November 2015."
    )
    found = find_text_date(text, not_after=NOW)
    assert (found.value, found.origin, found.text) == ("2015-10-09", "text:body", "9 October 2015")


def test_body_date_beyond_the_opening_is_not_used() -> None:
    text = "x " * (OPENING_CHARS // 2 + 10) + "It happened on 9 October 2015."
    assert find_text_date(text, not_after=NOW) is None


def test_future_dates_are_never_taken() -> None:
    assert find_text_date("ISLAMABAD, 9 October 2099 (Reuters) - Troops.", not_after=NOW) is None
    text = "ISLAMABAD, 9 October 2015 (Reuters) - Troops."
    assert find_text_date(text, not_after=date(2015, 10, 1)) is None
    body = "Troops moved on 3 March 2015 and on 9 October 2015."
    assert find_text_date(body, not_after=date(2015, 6, 1)).value == "2015-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, June 14 (Frontier Wire Service) - Taliban commanders said.",  # no year
        "Commanders may 9 2015 decide.",  # "may" is not a month here
        "The treaty of 31 February 2015 never existed.",  # impossible date
        "Troops moved in during the year 2015.",  # no full date
        "Khyber 1899 archive: on 3 March 1899 tribesmen rose.",  # before 1900
        "Talks began in March 2015\n\nand went on.",  # a wrapped line, no word of making
        "Brief on the raid of March 2015\n\nText.",  # a date the title is about
    ],
)
def test_no_date_is_made_up(text: str) -> None:
    assert find_text_date(text, not_after=NOW) is None


def test_a_wrapped_sentence_line_ending_in_a_date_is_not_a_dateline() -> None:
    text = "He said the army moved on Thursday, 9 October 2015\nand that it stayed."
    found = find_text_date(text, not_after=NOW)
    assert found.origin == "text:body"


def test_plausible_and_describe() -> None:
    assert not plausible("1601-01-01")
    assert not plausible("2015-10-09", date(2015, 10, 8))
    assert plausible("2015-10", date(2015, 10, 8))
    assert describe_origin("metadata:pdf") == "the PDF's metadata"
    assert describe_origin(None) is None


def test_choose_date_order_of_evidence() -> None:
    text = "PESHAWAR, 9 October 2015: Security forces clashed with militants."
    pdf = choose_date(
        text, reader_value="2026-01-10T10:00:00Z", reader_origin="metadata:pdf", now=NOW
    )
    assert (pdf.value, pdf.origin) == ("2015-10-09", "text:dateline")
    record = choose_date(text, reader_value="2015-10-10", now=NOW)
    assert (record.value, record.origin) == ("2015-10-10", "field")
    sidecar = choose_date(text, sidecar_value="2015-10-20", now=NOW)
    assert (sidecar.value, sidecar.origin) == ("2015-10-20", "sidecar")
    # a record's own field beats the sidecar (which speaks for the whole file)
    both = choose_date(text, reader_value="2015-10-10", sidecar_value="2015-10-20", now=NOW)
    assert both.origin == "field"
    # the sidecar beats the e-mail header; the header beats the text
    mail = choose_date(
        text, reader_value="2015-10-11T08:00:00+05:00", reader_origin="header:email", now=NOW
    )
    assert (mail.value, mail.origin) == ("2015-10-11", "header:email")
    mail_sidecar = choose_date(
        text,
        reader_value="2015-10-11",
        reader_origin="header:email",
        sidecar_value="2015-10-01",
        now=NOW,
    )
    assert mail_sidecar.origin == "sidecar"


def test_choose_date_falls_back_to_metadata_then_mtime_and_notes_rejections() -> None:
    plain = "Troops moved into the valley."
    mtime = datetime(2015, 10, 12, 9, 0, tzinfo=UTC).timestamp()
    meta = choose_date(
        plain, reader_value="2015-10-10", reader_origin="metadata:docx", mtime=mtime, now=NOW
    )
    assert (meta.value, meta.origin) == ("2015-10-10", "metadata:docx")
    old = choose_date(
        plain, reader_value="1601-01-01", reader_origin="metadata:docx", mtime=mtime, now=NOW
    )
    assert (old.value, old.origin) == ("2015-10-12", "file:mtime")
    assert old.notes == {"date_rejected": {"metadata:docx": "1601-01-01"}}
    # a record of a multi-record file does not get the file's time
    record = choose_date(plain, mtime=mtime, records=True, now=NOW)
    assert (record.value, record.origin) == (None, None)
    # an unparseable given date is kept, and the next evidence is used
    bad = choose_date("PESHAWAR, 9 October 2015: Clashes.", sidecar_value="soonish", now=NOW)
    assert (bad.value, bad.origin, bad.notes) == (
        "2015-10-09",
        "text:dateline",
        {"date_raw": "soonish"},
    )
    # a zeroed or archive-default mtime is not believed
    assert choose_date(plain, mtime=0.0, now=NOW).origin is None


def test_choose_date_text_date_after_the_file_was_written_is_not_taken() -> None:
    mtime = datetime(2015, 1, 1, tzinfo=UTC).timestamp()
    chosen = choose_date("ISLAMABAD, 9 October 2015 (Reuters) - Clashes.", mtime=mtime, now=NOW)
    assert (chosen.value, chosen.origin) == ("2015-01-01", "file:mtime")


def test_docx_core_date_prefers_modified_and_skips_template_stamps() -> None:
    assert core_date(datetime(2003, 5, 1), datetime(2015, 10, 9, 8, 0)) == (
        "2015-10-09T08:00:00+00:00"
    )
    template = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
    assert core_date(template, template) is None
    assert core_date(datetime(2015, 10, 9), datetime(2014, 1, 1)) == "2015-10-09T00:00:00+00:00"
    assert core_date(None, datetime(2999, 1, 1)) is None


def test_a_sentence_naming_a_place_and_date_is_no_dateline() -> None:
    found = find_text_date("Officials met in Kabul, 2 January 2017. Talks failed.", not_after=NOW)
    assert found is not None and found.origin == "text:body"


def test_a_pages_dateline_ending_in_a_full_stop_dates_the_page() -> None:
    page = "Islamabad, 2 January 2017. Pakistani troops attacked TTP hideouts in Orakzai."
    choice = choose_date(page, metadata_only=True, mtime=0.0, now=NOW)
    assert (choice.value, choice.origin) == ("2017-01-02", "text:dateline")
