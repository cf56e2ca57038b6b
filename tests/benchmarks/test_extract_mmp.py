"""benchmarks/extract_mmp.py --misses: frozen sets keep their counts, never their rows."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HARNESS = runpy.run_path(str(REPO / "benchmarks" / "extract_mmp.py"))


def _res() -> dict:
    rows = [
        {"id": "x-1", "verdict": "right", "text": "Invented row one."},
        {"id": "x-2", "verdict": "group not found", "text": "Invented row two."},
        {"id": "x-3", "verdict": "both found, no event", "text": "Invented row three."},
    ]
    return {"verdicts": rows}


def test_work_half_misses_are_printed(capsys: pytest.CaptureFixture[str]) -> None:
    HARNESS["print_misses"]("mmp9 rows, work half (mmp9_world_work)", _res(), 5)
    out = capsys.readouterr().out
    assert "Invented row two." in out and "Invented row three." in out
    assert "Invented row one." not in out


def test_frozen_half_prints_counts_only(capsys: pytest.CaptureFixture[str]) -> None:
    HARNESS["print_misses"]("mmp9 rows, frozen half (mmp9_world_frozen)", _res(), 5)
    out = capsys.readouterr().out
    assert "Invented row" not in out and "x-2" not in out
    assert "2 (frozen" in out and "'group not found': 1" in out


def test_the_first_blind_set_counts_as_frozen() -> None:
    assert HARNESS["is_frozen_set"]("frozen blind other-region rows (mmp_world_frozen)")
    assert not HARNESS["is_frozen_set"]("invented other-region rows (tests/nlp/data)")


@pytest.fixture(scope="module")
def groups() -> object:
    return HARNESS["Groups"]()


def test_group_name_under_a_rule_is_read_with_the_row_text(groups: object) -> None:
    """mmp33: a row's group name whose alias needs words of its conflict takes the row's text
    as context; with no such words it stays open."""
    text = "Myanmar's junta shelled villages held by the People's Defence Force in 2021."
    assert groups.ident(None, "People's Defence Force", "2021-06", text) == (
        "org:peoples-defence-force-myanmar"
    )
    other = "The People's Defence Force held a parade in 2021."
    assert groups.ident(None, "People's Defence Force", "2021-06", other).startswith("open:")


def test_a_faction_counts_for_its_group_not_the_reverse(groups: object) -> None:
    """mmp33: the KNLA (part of the KNU) counts for the KNU at a date; the KNU is not the
    KNLA, and with no date nothing climbs."""
    assert groups.same("org:karen-national-liberation-army", "org:knu", "2010-01")
    assert not groups.same("org:knu", "org:karen-national-liberation-army", "2010-01")
    assert not groups.same("org:karen-national-liberation-army", "org:knu")
