"""Stance triples on walk63's labelled Sudan (2019-2025) and Iraq (2005-2009) sentences.

    PYTHONPATH=src .venv/bin/python benchmarks/extract_walk63.py [--errors]

Scores ``tests/nlp/data/walk63_work.jsonl`` and ``walk63_frozen.jsonl`` (described in
``tests/nlp/data/WALK63.md``) with the shared scorer ../shared/dev/score.py, imported from
there, whose family list covers Af/Pak: the scorer's own family table is swapped in place for
the families of these two theatres (WALK63_FAMILIES below), so the counting rules (asserted
only, stance by PLOVER type, assertions on rows without gold) stay the scorer's.
``--errors`` lists the extra and missing triples of the work half only: the frozen half is a
blind figure and its misses are never printed. Prints only.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import load_scorer, score_gold  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data"

# (code, pattern over an actor's name, then its id); the first match wins.
WALK63_FAMILIES = [
    ("IS", r"islamic state|qa'?e?i?da in iraq|\baqi\b|zarqawi|baghdadi|mujahideen shura"),
    ("IAI", r"islamic army"),
    ("RB1920", r"1920"),
    ("HAMASIRAQ", r"hamas of iraq|hamas al-iraq"),
    ("AWAK", r"awakening|sons of iraq|sons-of-iraq|anbar salvation|abu risha|tribe|tribal|sheikh"),
    ("JAM", r"mahdi|sadr"),
    ("USA", r"united states|\bu\.?s\.?\b|\busa\b|america|marines|pentagon|us-military"),
    ("RSF", r"rapid support|\brsf\b|hemedti|dagalo"),
    ("JOINT", r"joint force"),
    ("JEM", r"justice and equality|justice-and-equality|\bjem\b|jibril"),
    ("SLMM", r"minn?awi|slm-a-mm|\bsl[am]-mm\b"),
    ("SLMAW", r"abdel wahid|abdul wahid|\bsl[am]-aw\b"),
    ("SPLMN", r"splm|hilu"),
    ("WAGNER", r"wagner"),
    (
        "SAF",
        r"^sudan$|country:sudan|sudan(ese)? (armed forces|army|military|government)|"
        r"burhan|\bsaf\b",
    ),
]


def use_walk63_families(scorer: dict) -> None:
    """Swap the scorer's family table (its lists, mutated in place) for WALK63_FAMILIES."""
    scorer["_COMPILED"][:] = [(code, re.compile(p, re.I)) for code, p in WALK63_FAMILIES]
    scorer["_CASE_SENSITIVE"][:] = []
    scorer["FAMILY_OF_GOLD"].clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="the work half's misses")
    parser.add_argument("--half", choices=("work", "frozen"), action="append")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        return 0
    use_walk63_families(scorer)
    for half in args.half or ["work", "frozen"]:
        summary, errors = score_gold(scorer, DATA / f"walk63_{half}.jsonl")
        print(f"walk63 {half}: {summary}")
        if args.errors and half == "work":
            print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
