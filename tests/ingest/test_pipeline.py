"""The ingest stage end to end on real files, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from tests.documents import pdf_bytes

from clirun import program
from riftwatch import api
from riftwatch.errors import ConfigError
from riftwatch.store import open_store
from riftwatch.store.tables import Document, SentenceRow

REPORT = (
    "Taliban commanders in the border districts refused to shelter Al Qaeda fighters this "
    "winter, according to two officials. The Haqqani network, by contrast, kept hosting "
    "foreign militants in North Waziristan. Officials disagreed about what the change means."
)
WIRE = (
    "PESHAWAR, Pakistan - Pakistani troops pushed into South Waziristan on Saturday in a long "
    "awaited ground offensive against the Pakistani Taliban, military officials said. About "
    "28,000 soldiers were taking part, backed by jets and helicopter gunships, and the army "
    "said dozens of militants had been killed in the first hours of fighting near the town."
)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "sub" / "page.html").write_text(
        "<html><head><title>Border report</title><script>alert('x')</script>"
        "<style>p{color:red}</style></head><body><article><h1>Border report</h1>"
        f'<p onclick="steal()">{WIRE}</p></article></body></html>',
        encoding="utf-8",
    )
    lines = [
        {"id": "a1", "text": "Al Qaeda paid local fighters to escort its men.", "date": "2009-05"},
        "{broken json",
        {"id": "a3", "text": "The TTP claimed the attack on the checkpoint.", "date": "2010"},
    ]
    (folder / "items.jsonl").write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    (folder / "good.pdf").write_bytes(pdf_bytes("ISKP fighters attacked a Taliban post."))
    (folder / "broken.pdf").write_bytes(pdf_bytes("whatever")[:300])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(os.urandom(4096))
    return folder


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def test_mixed_folder_good_files_once_bad_files_with_reasons(store, mixed: Path) -> None:
    summary = api.ingest([mixed], db=store)
    # report.txt, page.html, 2 JSONL lines, good.pdf
    assert summary.documents_added == 5
    failed = {(Path(f["path"]).name, f["code"]) for f in summary.failures}
    assert failed == {
        ("items.jsonl", "RW105"),
        ("broken.pdf", "RW103"),
        ("empty.txt", "RW102"),
        ("noise.bin", "RW109"),
    }
    jsonl_failure = next(f for f in summary.failures if f["path"].endswith("items.jsonl"))
    assert jsonl_failure["line"] == 2
    status = api.status(store)
    assert status["documents"] == 5
    assert {Path(f["path"]).name for f in status["failed"]} == {
        "items.jsonl",
        "broken.pdf",
        "empty.txt",
        "noise.bin",
    }
    html_doc = next(d for d in api.list_documents(store) if d["path"].endswith("page.html"))
    body = api.get_document(store, html_doc["id"])["text"]
    assert "South Waziristan" in body
    assert "alert" not in body and "color:red" not in body and "steal" not in body

    again = api.ingest([mixed], db=store)
    assert again.documents_added == 0
    assert api.status(store)["documents"] == 5
    # good and partly good files are not even re-read; failed ones are tried again
    assert again.files_unchanged == 4
    assert {Path(f["path"]).name for f in again.failures} == {
        "broken.pdf",
        "empty.txt",
        "noise.bin",
    }
    assert len(api.status(store)["failed"]) == 4


def test_sentence_offsets_point_into_stored_text(store, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Header line\n\n" + REPORT + "\n\nGen. Smith of the U.S. Army spoke.")
    api.ingest([path], db=store)
    doc = api.get_document(store, api.list_documents(store)[0]["id"])
    assert len(doc["sentences"]) == 5
    for s in doc["sentences"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]
    assert doc["sentences"][-1]["text"] == "Gen. Smith of the U.S. Army spoke."


def test_exact_duplicates_skipped_near_duplicates_grouped(store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WIRE)
    (tmp_path / "copy.txt").write_text(WIRE + "\n")  # same text, other bytes
    edited = WIRE.replace("Saturday", "Sunday").replace("dozens of", "scores of")
    (tmp_path / "reprint.txt").write_text("Reprinted from the wire.\n\n" + edited)
    (tmp_path / "other.txt").write_text(REPORT)
    summary = api.ingest([tmp_path], db=store)
    assert summary.documents_added == 3
    assert summary.duplicates == 1
    assert summary.near_duplicates == 1
    docs = {Path(d["path"]).name: d for d in api.list_documents(store)}
    assert docs["reprint.txt"]["origin_id"] == docs["a.txt"]["id"]
    assert docs["other.txt"]["origin_id"] == docs["other.txt"]["id"]
    assert api.status(store)["origin_groups"] == 2


def test_similar_headlines_of_different_events_stay_apart(store, tmp_path: Path) -> None:
    (tmp_path / "h.jsonl").write_text(
        json.dumps({"text": "Five militants killed in Pakistan tribal area blast"})
        + "\n"
        + json.dumps({"text": "Seven militants killed in Pakistan tribal area blast"})
        + "\n"
    )
    summary = api.ingest([tmp_path], db=store)
    assert (summary.documents_added, summary.near_duplicates) == (2, 0)


def test_grades_follow_precedence_and_are_kept_apart(store, tmp_path: Path) -> None:
    (tmp_path / "debrief.txt").write_text("SUBJECT stated that the Haqqanis hosted Arabs.")
    (tmp_path / "debrief.txt.meta.json").write_text(
        json.dumps(
            {
                "source": "Detainee debrief",
                "source_type": "interrogation",
                "reliability": "c",
                "credibility": 4,
                "date": "2009-11-02",
            }
        )
    )
    (tmp_path / "plain.txt").write_text("A statement with no metadata about the TTP.")
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": "Reuters reports a clash in Bajaur.", "source": "Reuters"})
        + "\n"
        + json.dumps({"id": "w2", "text": "A second clash was reported.", "reliability": "Q"})
        + "\n"
    )
    summary = api.ingest([tmp_path], db=store, source_type="news", credibility="5")
    assert [(f["line"], f["code"]) for f in summary.failures] == [(2, "RW002")]
    assert "reliability" in summary.failures[0]["error"]
    docs = {Path(d["path"]).name + (d["locator"] or ""): d for d in api.list_documents(store)}
    debrief = api.get_document(store, docs["debrief.txt"]["id"])
    assert (debrief["source_type"], debrief["reliability"], debrief["credibility"]) == (
        "debrief_report",
        "C",
        4,
    )
    assert debrief["published"] == "2009-11-02"
    assert debrief["grade_origin"]["reliability"] == "document"
    plain = api.get_document(store, docs["plain.txt"]["id"])
    assert (plain["source_type"], plain["reliability"], plain["credibility"]) == ("news", "C", 5)
    assert plain["grade_origin"] == {
        "source_type": "option",
        "credibility": "option",
        "reliability": "grading:source_type",
    }
    reuters = docs["wire.jsonlline 1"]
    # the run's option beats the grading file's per-source default; the file still
    # supplies what neither the document nor the options set
    assert (reuters["source_type"], reuters["reliability"], reuters["credibility"]) == (
        "news",
        "B",
        5,
    )
    assert api.get_document(store, reuters["id"])["grade_origin"]["reliability"] == (
        "grading:source"
    )


def test_invalid_grade_option_fails_before_reading(store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    with pytest.raises(ConfigError) as info:
        api.ingest([tmp_path], db=store, reliability="G")
    assert info.value.code == "RW002"
    assert api.status(store)["documents"] == 0


def test_grading_a_source_regrades_its_default_graded_documents(store, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "Dawn reports a strike in Miranshah.", "source": "Frontier Desk"})
        + "\n"
        + json.dumps(
            {"text": "Another strike is reported.", "source": "Frontier Desk", "reliability": "A"}
        )
        + "\n"
    )
    api.ingest([tmp_path], db=store)
    result = api.grade_source(store, "frontier desk", reliability="D", source_type="news")
    assert result["documents_regraded"] == 2  # both change type; only one changes reliability
    grades = sorted((d["source_type"], d["reliability"]) for d in api.list_documents(store))
    assert grades == [("news", "A"), ("news", "D")]
    (source,) = api.list_sources(store)
    assert (source["reliability"], source["documents"]) == ("D", 2)


def test_non_english_is_stored_and_marked(store, tmp_path: Path) -> None:
    (tmp_path / "ur.txt").write_text("طالبان نے کہا کہ وہ غیر ملکی جنگجوؤں کو پناہ نہیں دیں گے۔")
    (tmp_path / "en.txt").write_text(REPORT)
    summary = api.ingest([tmp_path], db=store)
    assert summary.non_english == 1
    langs = {Path(d["path"]).name: (d["language"], d["status"]) for d in api.list_documents(store)}
    assert langs == {"ur.txt": ("ur", "foreign"), "en.txt": ("en", "ready")}


def test_missing_path_and_symlink_loop_are_reported(store, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(REPORT)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    summary = api.ingest([tmp_path, tmp_path / "missing.txt"], db=store)
    assert summary.documents_added == 1
    codes = {(Path(f["path"]).name, f["code"]) for f in summary.failures}
    assert ("missing.txt", "RW100") in codes
    assert ("loop", "RW115") in codes
    assert ("back", "RW115") in codes


def test_fixed_file_clears_its_failure(store, tmp_path: Path) -> None:
    path = tmp_path / "later.txt"
    path.write_bytes(b"")
    api.ingest([path], db=store)
    assert [f["code"] for f in api.status(store)["failed"]] == ["RW102"]
    path.write_text(REPORT)
    summary = api.ingest([path], db=store)
    assert summary.documents_added == 1
    assert api.status(store)["failed"] == []


def test_search_finds_sentences_with_snippets(store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(WIRE)
    api.ingest([tmp_path], db=store)
    hits = api.search(store, "shelter")
    assert len(hits) == 1
    assert "[shelter]" in hits[0]["snippet"]
    assert hits[0]["grade"] == "F6"
    assert len(api.search(store, "Waziristan")) == 2
    assert api.search(store, "Haqqani network")[0]["document_id"] == hits[0]["document_id"]
    assert api.search(store, "nonexistentword") == []


REPO = Path(__file__).resolve().parents[2]
# the program under test, run by this interpreter (so a worktree tests its own code)
RIFTWATCH = program()


@pytest.mark.slow
def test_killed_run_finishes_on_rerun_without_doubles(db_url: str, tmp_path: Path) -> None:
    # Enough rows that a busy machine cannot finish them between two polls below.
    rows = 10_000
    path = tmp_path / "many.jsonl"
    with path.open("w") as handle:
        for i in range(rows):
            handle.write(
                json.dumps(
                    {
                        "id": f"n{i}",
                        "text": f"Item {i}: militants attacked "
                        f"post number {i} in district {i % 17}.",
                    }
                )
                + "\n"
            )
    cmd = [*RIFTWATCH, "--db", db_url, "ingest", str(path), "--format", "json"]
    store = open_store(db_url)
    errors = tmp_path / "first-run.stderr"
    with errors.open("w") as stderr:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.time() + 300
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if _count(store, Document) >= 300:
                break
        ended_by_itself = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert not ended_by_itself or proc.returncode == 0, errors.read_text()[-2000:]
    partial = _count(store, Document)
    assert 0 < partial < rows, "the run should have been killed part way"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _count(store, Document) == rows
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count(func.distinct(Document.external_id)))) == rows
        orphans = conn.scalar(
            select(func.count())
            .select_from(Document)
            .where(~select(SentenceRow.id).where(SentenceRow.document_id == Document.id).exists())
        )
        assert orphans == 0
        assert conn.scalar(text("SELECT count(*) FROM ingest_runs WHERE status='interrupted'")) == 1
    store.close()


def _without_root_privileges() -> list[str]:
    """A command prefix under which file permissions apply, even when the tests run as root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable")
    # root without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH is bound by permission bits
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_is_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(REPORT)
    secret = folder / "secret.txt"
    secret.write_text(WIRE)
    secret.chmod(0)
    db = tmp_path / "rw.db"
    done = subprocess.run(
        [*_without_root_privileges(), *RIFTWATCH, "--db", str(db), "ingest", str(folder),
         "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    result = json.loads(done.stdout)
    assert result["documents_added"] == 1
    assert [(Path(f["path"]).name, f["code"]) for f in result["failures"]] == [
        ("secret.txt", "RW101")
    ]
    assert "Permission denied" in result["failures"][0]["error"]


def test_a_source_named_on_the_command_line_keeps_the_grades_given_with_it(
    store, tmp_path: Path
) -> None:
    (tmp_path / "debrief.txt").write_text(
        "Detainee debrief summary, November 2010.\n\nThe detainee said Y attacked Z."
    )
    (tmp_path / "other.jsonl").write_text(
        json.dumps({"id": "o1", "text": "A clash was reported.", "source": "Frontier Desk"}) + "\n"
    )
    api.ingest(
        [tmp_path / "debrief.txt"],
        db=store,
        source="Debrief cell",
        source_type="debrief",
        reliability="C",
        credibility="3",
    )
    api.ingest([tmp_path / "other.jsonl"], db=store, source_type="news", reliability="E")
    sources = {s["name"]: s for s in api.list_sources(store)}
    cell = sources["Debrief cell"]
    assert (cell["source_type"], cell["grade"], cell["graded_by"]) == (
        "debrief_report",
        "C3",
        "ingest",
    )
    assert cell["origin"] == "analyst"
    # a source a record names takes nothing from the run's options (defaults for documents)
    desk = sources["Frontier Desk"]
    assert desk["analyst"] is None and desk["graded_by"] is None
    (debrief,) = [d for d in api.list_documents(store) if d["path"].endswith("debrief.txt")]
    # "..., November 2010." closing the report's first line dates it (month precision)
    assert debrief["published"] == "2010-11"


def test_grades_given_with_source_grade_only_that_sources_documents(store, tmp_path: Path) -> None:
    # a JSONL whose records name their sources: the grades given with --source are that
    # source's, so a record naming another source is graded by that source (stop 34: a UN
    # panel's report was graded like the local monitor named on the command line)
    (tmp_path / "mixed.jsonl").write_text(
        json.dumps(
            {"id": "m1", "text": "The Sand Front attacked a post.", "source": "Dune Monitor"}
        )
        + "\n"
        + json.dumps(
            {"id": "m2", "text": "The Reef Front attacked a port.", "source": "Reef Panel"}
        )
        + "\n"
        + json.dumps({"id": "m3", "text": "The Salt Front attacked a mine."})
        + "\n"
    )
    api.ingest(
        [tmp_path / "mixed.jsonl"], db=store, source="Dune Monitor", source_type="news",
        reliability="B", credibility="2",
    )  # fmt: skip
    grades = {d["locator"]: (d["source"], d["source_type"], d["grade"])
              for d in api.list_documents(store)}  # fmt: skip
    assert grades["line 1"] == ("Dune Monitor", "news", "B2")
    assert grades["line 3"] == ("Dune Monitor", "news", "B2")  # names none: the --source's
    # the grading file's default for a source of no known type
    assert grades["line 2"] == ("Reef Panel", "other", "F6")
    # without --source, the options grade every document that carries no grade of its own
    (tmp_path / "more.jsonl").write_text(
        json.dumps({"id": "m4", "text": "The Tide Front attacked a dock.", "source": "Tide Desk"})
        + "\n"
    )
    api.ingest([tmp_path / "more.jsonl"], db=store, reliability="D")
    (tide,) = [d for d in api.list_documents(store) if d["source"] == "Tide Desk"]
    assert tide["reliability"] == "D"


def test_a_feed_named_like_the_source_option_keeps_the_grades_given_with_it(
    store, tmp_path: Path
) -> None:
    # the feed's channel title names the same source the analyst named with --source:
    # the grades given with --source are the source's own, as for documents naming none
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dune Wire</title>'
        "<link>http://example.invalid/</link><description>briefs</description>"
        "<item><title>Raid</title><link>http://example.invalid/1</link>"
        "<pubDate>Mon, 12 Mar 2018 08:00:00 GMT</pubDate>"
        "<description>Fighters of the Sand Front attacked a post.</description></item>"
        "</channel></rss>"
    )
    other = tmp_path / "other.xml"
    other.write_text(feed.read_text().replace("Dune Wire", "Reef Wire").replace("a post", "a port"))
    api.ingest(
        [feed, other], db=store, source="dune wire", source_type="wire", reliability="B",
        credibility="3",
    )  # fmt: skip
    sources = {s["name"]: s for s in api.list_sources(store)}
    dune = sources["Dune Wire"]
    assert (dune["source_type"], dune["grade"], dune["graded_by"]) == ("wire", "B3", "ingest")
    # a feed naming another source still takes nothing from the options
    assert sources["Reef Wire"]["graded_by"] is None
