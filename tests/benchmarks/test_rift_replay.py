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


DIAGNOSED = [
    # a tie, then a split a year later: the events are there
    _row("d1", "2011-04", "ally", "Ansar Dine", "Movement for Oneness and Jihad in West Africa",
         "Ansar Dine and the Movement for Oneness and Jihad in West Africa fought together "
         "to take Gao."),
    _row("d2", "2012-06", "rival", "Ansar Dine", "Movement for Oneness and Jihad in West Africa",
         "Ansar Dine split from the Movement for Oneness and Jihad in West Africa."),
    # a tie and a later row that codes nothing hostile: extraction's miss
    _row("d3", "2005-01", "ally", "Hezbollah", "Amal Movement",
         "Hezbollah and the Amal Movement fought together against Israeli forces."),
    _row("d4", "2008-05", "rival", "Hezbollah", "Amal Movement",
         "In May 2008 the mood in the southern villages was tense."),
]  # fmt: skip


def test_the_diagnosis_tells_extraction_misses_from_the_models() -> None:
    out = HARNESS["run"](DIAGNOSED, "ungraded")
    diag = out["diagnosis"]
    counts, rows = diag["counts"], diag["rows"]
    assert sum(counts.values()) == 2
    by_pair = {frozenset(r["pair"]): r for r in rows if r["kind"] == "break"}
    quiet = by_pair[frozenset({"Hezbollah", "Amal Movement"})]
    assert quiet["cause"].startswith("extraction:")
    told = by_pair[frozenset({"Ansar Dine", "Movement for Oneness and Jihad in West Africa"})]
    # the split is coded: whatever the model says, the miss (if any) is not extraction's
    assert told["hostile"] and told["coop"] and not told["cause"].startswith("extraction")
    text = HARNESS["diagnosis_text"]("t", diag, True)
    assert "breaks)" in text and "stable pairs flagged" in text


def test_a_missed_break_with_its_events_is_the_models() -> None:
    import numpy as np

    class P:  # the few fields the diagnosis reads of a prepared corpus
        dyads = [("a", "b")]
        month = np.array([23740, 23746])  # 1978-05, 1978-11
        stance = np.array([1, -1])

        def items_of(self, d: int) -> np.ndarray:
            return np.array([0, 1])

    pair = frozenset({"A", "B"})
    found = [{"actors": [{"id": "a"}, {"id": "b"}], "probability": 0.4, "onset": "1978-11"}]
    counts, rows = HARNESS["diagnose"](P(), found, {pair: 23746}, {}, {pair: frozenset("ab")}, 0.5)
    assert counts["model: p < threshold"] == 1
    found[0]["probability"] = 0.6
    counts, _ = HARNESS["diagnose"](P(), found, {pair: 23746}, {}, {pair: frozenset("ab")}, 0.5)
    assert counts["found"] == 1
