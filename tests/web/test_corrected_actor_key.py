"""An actor that only an analyst's correction names (no coded event does) has its page and
relationships before the store's field summary is computed: `/actors/{id}` was a 404 whenever
the summary for the store's state had not been made yet (the stop-51 rehearsal ran the
workbench tests in another order and met it)."""

from __future__ import annotations

import json
from pathlib import Path

from riftwatch import api


def test_a_corrected_open_actor_is_found_before_the_field_summary(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "notes.jsonl"
    row = {"id": "k1", "date": "2016-05-01", "text": "The Taliban attacked the army in Kandahar."}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    api.init_store(db_url)
    api.ingest([path], db=db_url)
    api.extract_stored(db_url)
    (event,) = api.list_events(db_url, document_id="k1")
    judged = api.judge_event(db_url, event["id"], "correct", analyst="tester",
                             changes={"target_name": "Kestrava Night Brigade"})  # fmt: skip
    open_id = judged["changes"]["target"]["id"]
    assert open_id.startswith("open:")
    related = api.actor_relationships(db_url, open_id)
    assert related["actor"]["id"] == open_id
    assert [r["other"]["id"] for r in related["items"]] == [event["source"]["id"]]
