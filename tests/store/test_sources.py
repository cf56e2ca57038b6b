"""Sources: effective grades with their origin, and no source created by a typo (both stores)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.errors import ConfigError, StoreError
from riftwatch.store import Store


def _ingest(store: Store, tmp_path: Path) -> None:
    records = [
        {"text": "Dawn reports a strike in Miranshah.", "source": "Dawn"},
        {"text": "The desk says the road is closed.", "source": "Frontier Desk"},
        {
            "text": "Posts were attacked near Wana.",
            "source": "Frontier Post",
            "source_type": "news",
        },
        {"text": "A statement was issued.", "source": "Voice of Jihad"},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert api.ingest([path], db=store).documents_added == 4


def test_effective_grades_say_where_they_come_from(store: Store, tmp_path: Path) -> None:
    _ingest(store, tmp_path)
    rows = {r["name"]: r for r in api.list_sources(store)}
    assert rows["Dawn"]["grade"] == "B3" and rows["Dawn"]["source_type"] == "news"
    assert rows["Dawn"]["grade_origin"] == {
        "source_type": "grading:source",
        "reliability": "grading:source",
        "credibility": "grading:source",
    }
    assert rows["Voice of Jihad"]["grade"] == "E5"
    # a source the grading file does not know: the default type, and that type's grades
    assert rows["Frontier Desk"]["grade"] == "F6"
    assert rows["Frontier Desk"]["origin"] == "type: default; grade: grading file (type)"
    # the source's grade is what a new document gets; this document set its own type, and
    # the source's name holds a word of a newspaper's (grading.yaml source_words; walk62)
    assert rows["Frontier Post"]["source_type"] == "news"
    assert rows["Frontier Post"]["origin"] == (
        "type: grading file (a word of the name); grade: grading file (type)"
    )
    api.grade_source(store, "frontier post", source_type="analysis", analyst="tester")
    post = {r["name"]: r for r in api.list_sources(store)}["Frontier Post"]
    assert (post["source_type"], post["grade"]) == ("analysis", "C3")
    assert post["origin"] == "type: analyst; grade: grading file (type)"
    assert post["analyst"] == {"source_type": "analysis", "reliability": None, "credibility": None}
    assert post["graded_by"] == "tester"


def test_a_grading_file_of_ones_own_changes_the_effective_grade(
    store: Store, tmp_path: Path
) -> None:
    _ingest(store, tmp_path)
    grading = tmp_path / "grading.yaml"
    grading.write_text("sources:\n  Frontier Desk: {source_type: wire, reliability: A}\n")
    desk = {r["name"]: r for r in api.list_sources(store, grading_file=grading)}["Frontier Desk"]
    assert (desk["source_type"], desk["grade"]) == ("wire", "A6")
    assert desk["origin"] == "type, reliability: grading file (source); credibility: default"


def test_grading_an_unknown_source_names_the_close_ones(store: Store, tmp_path: Path) -> None:
    _ingest(store, tmp_path)
    with pytest.raises(StoreError) as info:
        api.grade_source(store, "Frontier Dsk", reliability="B")
    assert info.value.code == "RW303"
    assert "did you mean 'Frontier Desk', 'Frontier Post'?" in info.value.detail
    with pytest.raises(StoreError) as info:
        api.grade_source(store, "Xinhua", reliability="B")
    assert "no stored source has a similar name" in info.value.detail
    assert [r["name"] for r in api.list_sources(store)] == [
        "Dawn",
        "Frontier Desk",
        "Frontier Post",
        "Voice of Jihad",
    ]
    made = api.grade_source(store, "  Xinhua ", reliability="B", create=True)
    assert made["name"] == "Xinhua" and made["documents_regraded"] == 0
    xinhua = {r["name"]: r for r in api.list_sources(store)}["Xinhua"]
    assert xinhua["grade"] == "B6" and xinhua["documents"] == 0
    with pytest.raises(ConfigError):
        api.grade_source(store, "  ", reliability="B", create=True)
