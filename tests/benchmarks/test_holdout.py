"""The hold-out split of the peers' world-news gold (benchmarks/extract_peers.py --holdout)."""

from __future__ import annotations

import runpy
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HARNESS = runpy.run_path(str(REPO / "benchmarks" / "extract_peers.py"))


def _records(name: str, n: int) -> list[dict]:
    return [{"id": f"{name}-{i}", "text": f"Invented sentence number {i}."} for i in range(n)]


def test_split_is_deterministic_and_near_seventy_percent() -> None:
    sets = {"gsr": _records("gsr", 400), "up": [], "conflibert": []}
    first = HARNESS["holdout_parts"](sets)
    assert first == HARNESS["holdout_parts"](sets)
    work = sum(1 for part in first.values() if part == "work")
    assert 0.6 < work / len(first) < 0.8


def test_a_shared_sentence_is_work_if_any_copy_is() -> None:
    part_of = HARNESS["part_of"]
    ids = [i for i in range(200) if part_of("gsr", i) == "work" and part_of("conflibert", i)
           == "check"]  # fmt: skip
    assert ids, "some id hashes to work in one set and to check in the other"
    rid = ids[0]
    sets = {
        "gsr": [{"id": rid, "text": "Norway  met Chile."}],
        "conflibert": [{"id": rid, "text": "Norway met Chile ."}],  # the same sentence
        "up": [],
    }
    parts = HARNESS["holdout_parts"](sets)
    assert parts[("gsr", str(rid))] == parts[("conflibert", str(rid))] == "work"


def test_dyad_stance_reads_a_demand_as_conflict_and_an_appeal_as_none() -> None:
    """peers26: the stance of our REQUEST on quad-labelled gold, read three ways."""
    side = {"name": "Norway", "mention": "Norway"}
    other = {"name": "Chile", "mention": "Chile"}
    records = [
        {"id": i, "text": "Invented.", "events": [{"code": "3", "source": ["Norway"],
                                                    "target": ["Chile"]}]}
        for i in range(2)
    ]  # fmt: skip
    ours = {
        "0": [{"source": side, "target": other, "event_type": "REQUEST", "mode": "demand"}],
        "1": [{"source": side, "target": other, "event_type": "REQUEST", "mode": None}],
    }
    s = HARNESS["score_dyads"]("conflibert", records, ours, HARNESS["load_cameo_map"]())
    assert (s["stanced"], s["stance_ok"], s["stance_ok_quad"], s["stance_ok_table"]) == (2, 0, 2, 1)
