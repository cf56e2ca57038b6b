"""The rift replay harness sees what an outside judge sees (benchmarks/rift_replay.py).

Invented rows (our own sentences): each is fed as one ungraded document dated by the row,
pairs are matched by the rows' group names, and ``riftwatch rifts FILE --format json`` (the
judged path, run in a subprocess on this checkout's code) answers as the harness does.
"""

from __future__ import annotations

import runpy
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HARNESS = runpy.run_path(str(REPO / "benchmarks" / "rift_replay.py"))


def _row(uid: str, date: str, relation: str, g1: str, g2: str, text: str) -> dict[str, str]:
    return {"unique_id": uid, "relation": relation, "group1_id": g1, "group1_name": g1,
            "group2_id": g2, "group2_name": g2, "date_iso": date,
            "description": text}  # fmt: skip


ROWS = [
    _row("t1", "2009-05", "ally", "Al Shabaab", "Hizbul Islam",
         "Al Shabaab and Hizbul Islam fought together against government forces in Mogadishu."),
    _row("t2", "2013-03", "splinter", "Al Shabaab", "Hizbul Islam",
         "Hizbul Islam split from Al Shabaab, and its fighters clashed with Al Shabaab."),
    _row("t3", "2010-02", "ally", "Hezbollah", "Kata'ib Hezbollah",
         "Hezbollah trained fighters of Kata'ib Hezbollah in Lebanon."),
    _row("t4", "2014-06", "ally", "Hezbollah", "Kata'ib Hezbollah",
         "Hezbollah advisers fought alongside Kata'ib Hezbollah near Baghdad."),
]  # fmt: skip


def test_truth_is_derived_from_the_relations_of_the_rows() -> None:
    breaks, stable = HARNESS["ground_truth"](ROWS)
    assert list(breaks) == [frozenset({"Al Shabaab", "Hizbul Islam"})]
    assert list(stable) == [frozenset({"Hezbollah", "Kata'ib Hezbollah"})]


def test_ungraded_rows_give_the_same_answers_through_the_command() -> None:
    out = HARNESS["run"](ROWS, "ungraded", check_cli=True)
    assert out["cli_differences"] == []
    # matched by name: both pairs resolve to knowledge-base groups, not open ids
    res = out["results"][out["default"]]
    assert res["breaks"] == 1 and res["stable"] == 1
    assert res["found"] == 1 and res["false_alarms"] == 0


def test_a_difference_between_harness_and_command_is_reported() -> None:
    one = {"actors": [{"id": "org:a"}, {"id": "org:b"}], "onset": "2013-03", "probability": 0.7}
    other = {**one, "onset": "2012-03"}
    assert HARNESS["same_answers"]([one], [one], 0.5) == []
    diff = HARNESS["same_answers"]([one], [other], 0.5)
    assert len(diff) == 2 and diff[0].startswith("harness only")
    # pairs under the threshold are not the command's business
    assert HARNESS["same_answers"]([{**one, "probability": 0.2}], [], 0.5) == []
