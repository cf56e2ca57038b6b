"""Regression floors on peers' gold data (read from ../shared at test time, never copied).

The floors sit a little under the figures in benchmarks/results.md; raising them as the
extractor improves is welcome, lowering them is not.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HARNESS = runpy.run_path(str(REPO / "benchmarks" / "extract_peers.py"))
GSR, CONFLIBERT = HARNESS["GSR"], HARNESS["CONFLIBERT"]

pytestmark = pytest.mark.skipif(
    not (GSR.exists() and CONFLIBERT.exists()),
    reason="../shared/benchmarks is not beside this checkout",
)


def test_plover_gsr_floor() -> None:
    records = HARNESS["read_jsonl"](GSR)
    ours, _seconds = HARNESS["run_extractor"](records)
    s = HARNESS["score_gsr"](records, ours)
    assert s["covered"] >= 20
    assert s["type_ok"] / s["covered"] >= 0.55


def test_conflibert_floor() -> None:
    records = HARNESS["read_jsonl"](CONFLIBERT)
    ours, _seconds = HARNESS["run_extractor"](records)
    s = HARNESS["score_conflibert"](records, ours)
    assert s["covered"] >= 35


def test_gold_dyads_found_floor() -> None:
    """Open actors and the world's countries find the two sides of many more gold dyads
    (7% of the PLOVER GSR's before them)."""
    records = HARNESS["read_jsonl"](GSR)
    ours, _seconds = HARNESS["run_extractor"](records)
    s = HARNESS["score_dyads"]("gsr", records, ours, HARNESS["load_cameo_map"]())
    assert s["found"] / s["dyads"] >= 0.20
    assert s["stance_ok"] / s["stanced"] >= 0.85
