"""Extraction time against the length of ONE document: a monitoring log that names the same
few groups in every paragraph, coded whole (``riftwatch.api.extract``), at a short and a
four-times longer length, in one process after a warm-up.

The document's discourse state (the actors named so far, for coreference) once kept every
repeat, so each sentence re-read all earlier ones: 1,000 paragraphs took 11 CPU-seconds
and 3,000 took 107 (walk52). Target: CPU-seconds per sentence of the long document within
1.5x those of the short one (time linear in the length).

    .venv/bin/python benchmarks/extract_long.py [--paragraphs 400] [--no-write]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)

GROUPS = [
    ("the Zorvan Front", "the Kessel Brigades"),
    ("Kessel Brigades fighters", "the Tamar Legion"),
    ("the Tamar Legion", "the Zorvan Front"),
]
TEMPLATES = [
    "In {y}, {a} clashed with {b} near checkpoint {i}, local monitors said.",
    "Monitors counted {n} dead after {a} attacked {b} outside village {i} in {y}.",
    "{A} accused {b} of seizing a convoy on road {i}; the group denied it.",
    "A commander of {a} said in {y} that talks with {b} over post {i} had failed.",
]


def log(paragraphs: int) -> str:
    """A monitoring log of ``paragraphs`` varied, dated paragraphs (invented groups)."""
    out = []
    for i in range(paragraphs):
        a, b = GROUPS[i % len(GROUPS)]
        text = TEMPLATES[i % len(TEMPLATES)].format(
            a=a, A=a[0].upper() + a[1:], b=b, i=i, y=2014 + i % 8, n=i % 17
        )
        out.append(f"Entry {i}. {text}")
    return "Monitoring log, compiled 2023.\n\n" + "\n\n".join(out) + "\n"


def measure(paragraphs: int) -> dict[str, float]:
    from riftwatch import api
    from riftwatch.nlp.segment import segment

    text = log(paragraphs)
    sentences = len(segment(text))
    wall, cpu = time.perf_counter(), time.process_time()
    events = list(api.extract([{"id": f"log{paragraphs}", "date": "2023-01-01", "text": text}]))
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    return {
        "paragraphs": paragraphs,
        "sentences": sentences,
        "chars": len(text),
        "cpu": cpu,
        "wall": wall,
        "events": len(events),
        "per_sentence_ms": 1000 * cpu / sentences,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=400, help="the short log's length")
    parser.add_argument("--no-write", action="store_true", help="leave results.md alone")
    args = parser.parse_args()
    from riftwatch import api

    list(api.extract([{"id": "warm", "date": "2023-01-01", "text": log(20)}]))  # load models
    short = measure(args.paragraphs)
    long = measure(4 * args.paragraphs)
    ratio = long["per_sentence_ms"] / short["per_sentence_ms"]
    rows = [
        "| document | paragraphs | sentences | KB | CPU s | wall s | ms CPU per sentence |"
        " events |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in (("short", short), ("long (4x)", long)):
        rows.append(
            f"| {name} | {r['paragraphs']:,} | {r['sentences']:,} | {r['chars'] / 1000:.0f} | "
            f"{r['cpu']:.1f} | {r['wall']:.1f} | {r['per_sentence_ms']:.2f} | {r['events']} |"
        )
    verdict = "meets" if ratio <= 1.5 else "misses"
    body = "\n".join(
        [
            "## extraction: long documents",
            "",
            f"`.venv/bin/python benchmarks/extract_long.py` on {time.strftime('%Y-%m-%d')}, "
            f"{platform.machine()}, Python {platform.python_version()}: one generated "
            "monitoring log (invented groups, four varied sentence patterns, every paragraph "
            "naming two of three groups) coded whole by `riftwatch.api.extract` after a "
            "warm-up, at a short length and four times it, in one process. Target: CPU time "
            "per sentence of the long log within 1.5x the short one's (linear in length). "
            "Events are few because one document's repeats of an event (same parties, type "
            "and date) are one event.",
            "",
            *rows,
            "",
            f"Ratio of CPU per sentence, long / short: **{ratio:.2f}** ({verdict} the 1.5 target). "
            "Before walk52's fix (the document's list of named actors kept every repeat) a log "
            "of one sentence pattern took 11.0 CPU-seconds for 1,000 paragraphs and 107 for "
            "3,000 (10x the time for 3x the length).",
        ]
    )
    print(body)
    if not args.no_write:
        write_section("extraction: long documents", body)


if __name__ == "__main__":
    main()
