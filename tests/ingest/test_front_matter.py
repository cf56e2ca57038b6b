"""A Markdown file's front matter carries the document's own fields, as a JSON Lines record or
a sidecar does: an analyst who writes ``reliability: C`` at the top of a debrief note gets
that grade, on either store, and a value of the wrong kind is refused with its field named."""

from __future__ import annotations

from pathlib import Path

from riftwatch import api
from riftwatch.ingest.readers.base import ReadOptions
from riftwatch.ingest.readers.text import READER

DEBRIEF = """---
date: 2021-02-03
source: Detainee debrief summary
source_type: interrogation
reliability: c
credibility: 3
url: https://example.org/debrief/7
---
# Courier debrief

A detained courier said his commanders had ordered fighters to avoid the other group.
"""


def _docs(store: object) -> dict[str, dict]:
    return {Path(d["path"]).name: d for d in api.list_documents(store)}


def test_front_matter_grades_source_and_address(store, tmp_path: Path) -> None:
    (tmp_path / "debrief.md").write_text(DEBRIEF)
    (tmp_path / "plain.md").write_text("# Note\n\nNo metadata here about the TTP.\n")
    summary = api.ingest([tmp_path], db=store)
    assert summary.failures == []
    docs = _docs(store)
    debrief = api.get_document(store, docs["debrief.md"]["id"])
    assert (debrief["source_type"], debrief["reliability"], debrief["credibility"]) == (
        "debrief_report",
        "C",
        3,
    )
    assert debrief["grade_origin"]["reliability"] == "document"
    assert debrief["source"] == "Detainee debrief summary"
    assert debrief["url"] == "https://example.org/debrief/7"
    assert (debrief["published"], debrief["title"]) == ("2021-02-03", "Courier debrief")
    assert "reliability" not in debrief["text"] and debrief["text"].startswith("Courier debrief")
    plain = api.get_document(store, docs["plain.md"]["id"])
    assert plain["grade_origin"]["reliability"] != "document"


def test_front_matter_beats_sidecar_as_a_jsonl_field_does(store, tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text("---\nreliability: B\n---\nThe TTP attacked a post.\n")
    (tmp_path / "note.md.meta.yaml").write_text("reliability: E\ncredibility: 2\n")
    api.ingest([tmp_path], db=store)
    doc = api.get_document(store, _docs(store)["note.md"]["id"])
    # the file's own field wins; the sidecar still supplies what the file does not say
    assert (doc["reliability"], doc["credibility"]) == ("B", 2)


def test_bad_front_matter_value_named_and_nothing_else_lost(store, tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(DEBRIEF)
    (tmp_path / "list.md").write_text("---\ncredibility: [1, 2]\n---\nThe TTP attacked.\n")
    (tmp_path / "grade.md").write_text("---\nreliability: Z\n---\nThe TTP attacked again.\n")
    (tmp_path / "date.md").write_text("---\ndate: sometime soon\n---\nThe TTP attacked.\n")
    summary = api.ingest([tmp_path], db=store)
    failed = {Path(f["path"]).name: f for f in summary.failures}
    assert failed["list.md"]["code"] == "RW122" and "'credibility'" in failed["list.md"]["error"]
    assert failed["date.md"]["code"] == "RW122" and "'date'" in failed["date.md"]["error"]
    assert failed["grade.md"]["code"] == "RW002" and "'Z'" in failed["grade.md"]["error"]
    assert set(_docs(store)) == {"good.md"}
    again = api.ingest([tmp_path], db=store)  # a rerun adds nothing and loses nothing
    assert again.documents_added == 0 and set(_docs(store)) == {"good.md"}


def test_front_matter_read_as_written_and_lenient_when_not_yaml(store, tmp_path: Path) -> None:
    # YAML's own typing would make the year a number (a Unix time) and NO a boolean
    (tmp_path / "year.md").write_text("---\ndate: 2018\nsource: NO\n---\nThe TTP attacked.\n")
    # a colon inside a title is no YAML mapping: the date and title lines still count
    (tmp_path / "colon.md").write_text(
        "---\ntitle: Raid: aftermath\ndate: 2019-05-06\n---\nThe Taliban fought ISIS-K.\n"
    )
    assert api.ingest([tmp_path], db=store).failures == []
    docs = _docs(store)
    year = api.get_document(store, docs["year.md"]["id"])
    assert (year["published"], year["source"]) == ("2018", "NO")
    colon = api.get_document(store, docs["colon.md"]["id"])
    assert (colon["title"], colon["published"]) == ("Raid: aftermath", "2019-05-06")


def test_every_part_of_a_long_file_gets_the_front_matter(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {i}: the TTP and the Taliban met." for i in range(40))
    path = tmp_path / "long.md"
    path.write_text("---\ndate: 2020-07-01\nreliability: B\ncredibility: 2\n---\n" + body)
    parts = list(READER.read(path, ReadOptions(max_chars=400)))
    assert len(parts) > 3
    assert {(p.reliability, p.credibility, p.published, p.date_origin) for p in parts} == {
        ("B", 2, "2020-07-01", "field")
    }
    assert all("reliability" not in p.text for p in parts)
