"""Calibrate event confidence on labelled cases and write the calibration table.

    .venv/bin/python benchmarks/calibrate.py [--no-write]

The extractor gives each event a raw score from the evidence it used (pattern, how each
role was found, how each actor was resolved, the speaker's doubt). This script runs it on
the labelled cases — the open development set (../shared/dev/relations.jsonl, scored with
its own scorer's families) and the project's own cases (tests/nlp/data/afpak_cases.jsonl,
scored by knowledge-base keys) — labels every asserted, scorable event right or wrong,
and fits a monotone map from raw score to the observed share of right events (pooled
adjacent violators over score bins, with add-one smoothing so that a bin with few events
stays humble). The table goes to src/riftwatch/nlp/lexicon/calibration.yaml; the
reliability table goes to benchmarks/results.md (section "extraction: calibration").
"""

from __future__ import annotations

import argparse
import json
import runpy
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV = REPO.parent / "shared" / "dev"
OWN = REPO / "tests" / "nlp" / "data" / "afpak_cases.jsonl"
TABLE = REPO / "src" / "riftwatch" / "nlp" / "lexicon" / "calibration.yaml"
EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def labelled_events() -> list[tuple[float, bool]]:
    """(raw score, right?) for every asserted, scorable event on the labelled cases."""
    from riftwatch.nlp.extract import extract_documents
    from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE

    def stance(event_type: str) -> str | None:
        return "coop" if event_type in COOPERATIVE else (
            "conf" if event_type in CONFLICTUAL else None)  # fmt: skip

    out: list[tuple[float, bool]] = []
    if (DEV / "relations.jsonl").exists():
        scorer = runpy.run_path(str(DEV / "score.py"))
        family, gold_of = scorer["family"], scorer["FAMILY_OF_GOLD"]
        rows = _rows(DEV / "relations.jsonl")
        gold = {(r["id"], gold_of.get(a, a), gold_of.get(b, b), s)
                for r in rows for a, b, s in r["gold"]}  # fmt: skip
        docs = [{"id": r["id"], "text": r["text"], "date": r["date"]} for r in rows]
        for coded in extract_documents(docs):
            e = coded.event
            s, t = family(e.source.to_dict()), family(e.target.to_dict())
            st = stance(e.event_type)
            if e.modality == "asserted" and s and t and st and s != t:
                out.append((e.strength, (coded.doc_id, s, t, st) in gold))
    sys.path.insert(0, str(REPO / "tests" / "nlp"))
    from test_extract import _key  # the same roll-up the regression test uses

    rows = _rows(OWN)
    gold = {(r["id"], a, b, s) for r in rows for a, b, s in r["gold"]}
    docs = [{"id": r["id"], "text": r["text"], "date": r["date"]} for r in rows]
    for coded in extract_documents(docs):
        e = coded.event
        s, t = _key(e.source.org_id or e.source.id), _key(e.target.org_id or e.target.id)
        st = stance(e.event_type)
        if e.modality == "asserted" and s and t and st and s != t:
            out.append((e.strength, (coded.doc_id, s, t, st) in gold))
    return out


def fit(events: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Bins with smoothed precision, made monotone by pooling adjacent violators."""
    bins = []
    for lo, hi in zip(EDGES, EDGES[1:], strict=False):
        inside = [ok for score, ok in events if lo <= score < hi]
        bins.append({"low": lo, "high": min(hi, 1.0), "n": len(inside), "right": sum(inside)})
    blocks = [[b] for b in bins]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks) - 1):
            if _rate(blocks[i]) > _rate(blocks[i + 1]):
                blocks[i : i + 2] = [blocks[i] + blocks[i + 1]]
                changed = True
                break
    table = []
    for block in blocks:
        rate = _rate(block)
        for b in block:
            table.append({**b, "probability": round(rate, 3)})
    return table


def _rate(block: list[dict[str, Any]]) -> float:
    n = sum(b["n"] for b in block)
    right = sum(b["right"] for b in block)
    return (right + 1) / (n + 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    events = labelled_events()
    table = fit(events)
    total, right = len(events), sum(ok for _s, ok in events)
    print(f"labelled asserted events: {total}, right: {right}")
    for row in table:
        print(f"  raw [{row['low']:.2f}, {row['high']:.2f}): n={row['n']:3d} "
              f"right={row['right']:3d} -> {row['probability']:.3f}")  # fmt: skip
    if args.no_write:
        return 0
    TABLE.write_text(
        "# Event confidence calibration, written by benchmarks/calibrate.py; do not edit.\n"
        + yaml.safe_dump(
            {"version": 1, "fitted_on": {"events": total, "right": right}, "bins": table},
            sort_keys=False,
        ),  # fmt: skip
        "utf-8",
    )
    sys.path.insert(0, str(HERE))
    from _results import write_section

    lines = ["## extraction: calibration", "",
             "`benchmarks/calibrate.py`: raw evidence scores of asserted, scorable events on "
             "the open development cases and the project's own labelled cases, against whether "
             f"the event is right. {total} events, {right} right.", "",
             "| raw score | events | right | calibrated confidence |",
             "|---|---:|---:|---:|"]  # fmt: skip
    for row in table:
        lines.append(f"| {row['low']:.2f}-{row['high']:.2f} | {row['n']} | {row['right']} | "
                     f"{row['probability']:.3f} |")  # fmt: skip
    lines += [
        "",
        "With so few wrong events the table mostly says the coder is precise when it "
        "asserts; add labelled cases (especially wrong ones) to sharpen it.",
        "",
    ]
    write_section("extraction: calibration", "\n".join(lines))
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
