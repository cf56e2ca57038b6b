"""benchmarks/dates.py measures all three date readers against a baseline of the same run."""

from __future__ import annotations

import runpy
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH = runpy.run_path(str(REPO / "benchmarks" / "dates.py"))


def test_every_reader_gets_a_row_with_its_baseline(capsys, tmp_path) -> None:
    rows = BENCH["measure"](3, 1)
    assert [r[0].split()[0] for r in rows] == ["parse_date", "find_text_date", "event_date"]
    assert all(ours > 0 and base > 0 for _, ours, _, base in rows)
    assert BENCH["main"](["--number", "2", "--repeats", "1", "--no-write"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n| ") == 3 and "ratio" in out


def test_the_inputs_hold_what_the_readers_look_for() -> None:
    from riftwatch.dates import find_text_date, parse_date
    from riftwatch.nlp.time import event_date

    assert all(parse_date(v)[0] for v in BENCH["FIELDS"])
    found = [find_text_date(t, not_after=BENCH["NOT_AFTER"]) for t in BENCH["OPENINGS"]]
    assert [f is not None for f in found] == [True, True, False]
    dated = [event_date(s, BENCH["REFERENCE"]).precision for s in BENCH["SENTENCES"]]
    assert dated[0] == "reported" and dated[1] != "reported"
