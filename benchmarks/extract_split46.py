"""The split46 rows: ends of cooperation, splits and hostile break rows of other regions.

Scores ``tests/nlp/data/split46_world_work.jsonl`` (and, with ``--frozen``, the frozen half)
with :func:`extract_mmp.check`: a row is right when an asserted event between its two groups
has the row's stance (a splinter row also by ``mode: split``); a ``none`` row (a denied,
negated, claimed-and-rejected or counterfactual ending) must get no asserted event between
the two; an ``ally`` row must get no hostile one. See ``tests/nlp/data/SPLIT46_WORLD.md``.

    PYTHONPATH=src python benchmarks/extract_split46.py [--frozen] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_mmp import CONF_TYPES, Groups, check, world_rows  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data"


def score(path: Path) -> dict:
    """check()'s verdicts and, beside them, hostile events asserted on ally rows."""
    res = check(world_rows(path), Groups())
    res["conf_on_ally"] = sum(
        1
        for v in res["verdicts"]
        if v["relation"] == "ally"
        and any(
            e.split()[1].split("/")[0].upper() in CONF_TYPES or e.split()[1].endswith("/split")
            for e in v["events"]
        )
    )
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frozen", action="store_true", help="also the frozen half (counts only)")
    ap.add_argument("--misses", action="store_true", help="print the work half's misses")
    args = ap.parse_args(argv)
    halves = ["work"] + (["frozen"] if args.frozen else [])
    for half in halves:
        res = score(DATA / f"split46_world_{half}.jsonl")
        print(
            f"split46 {half}: right {res['right']}/{res['rows']}, dyads {res['dyads']}, "
            f"asserted on none {res['asserted_on_none']}/{res['none_rows']}, "
            f"hostile on ally rows {res['conf_on_ally']}, "
            f"classes {dict(sorted(res['classes'].items()))}"
        )
        if args.misses and half == "work":
            for v in res["verdicts"]:
                if v["verdict"] not in ("right", "none, no event"):
                    print(json.dumps(v, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
