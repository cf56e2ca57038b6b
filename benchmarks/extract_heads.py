"""Stance triples on the invented Pakistan wire-headline sets (issue 9: heads9, heads10, ...).

    PYTHONPATH=src .venv/bin/python benchmarks/extract_heads.py [--errors] [--only heads14]

Scores every ``tests/nlp/data/heads<N>_work.jsonl`` and ``heads<N>_frozen.jsonl`` (each set
described in ``tests/nlp/data/HEADS<N>.md``) with the shared scorer ../shared/dev/score.py
(imported from there, never copied) and prints one line per half: the scorer's F1, P, R and
assertions on negatives. ``--errors`` lists the extra and missing triples of the work halves
only: a frozen half is a blind figure and its misses are never printed. Prints only (the lead
copies figures into benchmarks/results.md at merge). Without ../shared (or
``RIFTWATCH_SHARED``) the script skips with a message.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import load_scorer, score_gold  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data"
HALVES = ("work", "frozen")


def head_sets(data: Path = DATA) -> list[str]:
    """The heads set names that have both halves in ``data``, in numeric order.

    >>> head_sets()[:2]
    ['heads9', 'heads10']
    """
    names = {p.name.rsplit("_", 1)[0] for p in data.glob("heads*_work.jsonl")}
    names = {n for n in names if (data / f"{n}_frozen.jsonl").exists()}
    return sorted(names, key=lambda n: int(re.sub(r"\D", "", n) or 0))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses of the work halves")
    ap.add_argument("--only", action="append", help="score only this set (repeatable)")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        return 0
    for name in head_sets():
        if args.only and name not in args.only:
            continue
        for half in HALVES:
            summary, detail = score_gold(scorer, DATA / f"{name}_{half}.jsonl")
            print(f"{name} {half}: {summary}", flush=True)
            if args.errors and half == "work":
                for line in detail:
                    print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
