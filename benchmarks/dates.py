"""Date parsing speed: riftwatch's three date readers against a baseline timed in the same run.

    PYTHONPATH=src python benchmarks/dates.py [--number 2000] [--repeats 5] [--no-write]

What is timed (best of ``--repeats`` rounds of ``--number`` calls each, per call):

- ``parse_date`` (``riftwatch.dates``: a document's own date field, ISO or free form) on a
  mix of field values, against ``dateutil.parser.parse`` on the same values (the library it
  falls back on for free forms);
- ``find_text_date`` (a date a document states about itself: a dateline, else the latest full
  date of the opening) on report openings, against spaCy's blank English tokenizer on the same
  text (the cheapest step every ingested text goes through);
- ``event_date`` (``riftwatch.nlp.time``: when a coded event happened) on sentences with and
  without a time expression, against the same tokenizer on the same sentences.

The ratio column (riftwatch / baseline) is what to compare between runs: both sides share
the machine's load. The inputs are invented sentences. Figures go to stdout and to the
section "dates: parsing speed" of benchmarks/results.md (unless ``--no-write``).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402

SECTION = "dates: parsing speed"
REFERENCE = "2010-03-01"
NOT_AFTER = date(2026, 1, 1)

FIELDS = (
    "2015",
    "2015-10",
    "2015-10-09",
    "9 October 2015",
    "October 9th, 2015",
    "13/07/2016",
    "Tue, 10 Oct 2017 08:00:00 GMT",
    "2016-03-04T10:00:00Z",
)

OPENINGS = (
    "PESHAWAR, 9 October 2015: Militants attacked a checkpoint near the border, officials "
    "said, and the army answered with an operation in the valley.",
    "Monthly assessment\n\nOctober 2015\n\nThe month was calm along the frontier; two "
    "commanders met envoys of a rival faction on 3 October 2015 and again on 21 October.",
    "Debrief summary\n\nThe detainee said his unit had sheltered foreign fighters for years "
    "before the split. No date appears in this opening at all, which is the common case.",
)

SENTENCES = (
    "Commanders in the border districts refused to shelter fighters of the rival group, "
    "according to two officials who spoke on condition of anonymity.",
    "Army gunships attacked the group's positions in the valley in December 2009, killing at "
    "least 14 fighters, a military spokesman said.",
    "The faction has cooperated with its former patron for the last nine years, although the "
    "two sides clashed briefly two weeks ago.",
)


def best_per_call(func: Callable[[], object], number: int, repeats: int) -> float:
    """The best of ``repeats`` rounds of ``number`` calls of ``func``, in seconds per call.

    >>> best_per_call(lambda: None, 10, 2) >= 0
    True
    """
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            func()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def cycle(items: Sequence[str]) -> Callable[[Callable[[str], object]], Callable[[], object]]:
    """Wrap a one-argument function so each call takes the next of ``items``."""

    def wrap(func: Callable[[str], object]) -> Callable[[], object]:
        state = {"i": 0}

        def call() -> object:
            i = state["i"]
            state["i"] = (i + 1) % len(items)
            return func(items[i])

        return call

    return wrap


def measure(number: int, repeats: int) -> list[tuple[str, float, str, float]]:
    """Rows of (reader, seconds per call, baseline, baseline seconds per call)."""
    import spacy
    from dateutil import parser

    from riftwatch.dates import find_text_date, parse_date
    from riftwatch.nlp.time import event_date

    tokenizer = spacy.blank("en").tokenizer
    event_date(SENTENCES[1], REFERENCE, anchor=40)  # build the grammar outside the clock
    find_text_date(OPENINGS[0], not_after=NOT_AFTER)
    rows = []
    fields, openings, sentences = cycle(FIELDS), cycle(OPENINGS), cycle(SENTENCES)
    pairs = (
        ("parse_date (field values)", fields(parse_date), "dateutil.parser.parse",
         fields(parser.parse)),
        ("find_text_date (openings)", openings(lambda t: find_text_date(t, not_after=NOT_AFTER)),
         "spaCy tokenizer", openings(tokenizer)),
        ("event_date (sentences)", sentences(lambda s: event_date(s, REFERENCE, anchor=40)),
         "spaCy tokenizer", sentences(tokenizer)),
    )  # fmt: skip
    for name, func, base_name, base in pairs:
        ours = best_per_call(func, number, repeats)
        theirs = best_per_call(base, number, repeats)
        rows.append((name, ours, base_name, theirs))
    return rows


def table(rows: list[tuple[str, float, str, float]]) -> str:
    """The rows as a Markdown table (microseconds per call and the ratio).

    >>> print(table([("a", 2e-6, "b", 1e-6)]).splitlines()[-1])
    | a | 2.0 | b | 1.0 | 2.00 |
    """
    lines = [
        "| reader | µs per call | baseline (same run) | µs per call | ratio |",
        "|---|---:|---|---:|---:|",
    ]
    for name, ours, base_name, theirs in rows:
        lines.append(f"| {name} | {ours * 1e6:.1f} | {base_name} | {theirs * 1e6:.1f} | "
                     f"{ours / theirs:.2f} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--number", type=int, default=2000, help="calls per round")
    ap.add_argument("--repeats", type=int, default=5, help="rounds; the best counts")
    ap.add_argument("--no-write", action="store_true", help="do not touch results.md")
    args = ap.parse_args(argv)
    rows = measure(args.number, args.repeats)
    body = table(rows)
    print(body)
    if not args.no_write:
        note = (
            f"`PYTHONPATH=src python benchmarks/dates.py` ({args.number} calls, best of "
            f"{args.repeats}; {platform.machine()}, Python {platform.python_version()}, "
            f"{date.today().isoformat()}). Inputs are invented; the ratio to the baseline "
            "timed in the same run is the figure to compare between runs."
        )
        write_section(SECTION, f"## {SECTION}\n\n{note}\n\n{body}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
