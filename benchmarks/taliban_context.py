"""Which Taliban? The context rule checked against UCDP GED's coded sides.

    .venv/bin/python benchmarks/taliban_context.py [--no-write]

UCDP GED Pakistan (../shared/datasets/ucdp-ged-pakistan/events.csv, CC BY 4.0; Sundberg &
Melander 2013) keeps the source headline of 1,462 events and codes each event's sides
(``side_a``/``side_b``). Every headline that says "Taliban"/"Taleban" is coded here with its
event date, and the Taliban actor of each event we extract is compared with the Taliban side
UCDP coded for that event: ``TTP`` (and its factions, ``TTP-...``) is the Pakistani Taliban,
``Taleban`` the Afghan Taliban. Headlines whose event has no Taliban side in UCDP (e.g. a
Lashkar-e-Islam event whose headline also names the Taliban) give no outside label and are
counted apart.

Two runs: the knowledge base's own reading of the mention (the context rules of
``riftwatch.nlp.context`` switched off) and the full pipeline (rules on). A headline agrees
when every Taliban actor in its events is UCDP's side. Figures go to stdout and to the
``## extraction: Taliban in context (UCDP GED)`` section of benchmarks/results.md (no headline
text is written there).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
UCDP = REPO.parent / "shared" / "datasets" / "ucdp-ged-pakistan" / "events.csv"
TALIBAN = re.compile(r"talib|taleb", re.IGNORECASE)
FAMILY_OF_ID = {"org:ttp": "TTP", "org:afghan-taliban": "TALIBAN"}


def ucdp_side(row: dict[str, str]) -> str | None:
    """The Taliban family UCDP coded as a side of this event, or None."""
    sides = (row["side_a"], row["side_b"])
    if any(side == "TTP" or side.startswith("TTP") for side in sides):
        return "TTP"
    if any(side == "Taleban" for side in sides):
        return "TALIBAN"
    return None


def headlines() -> list[tuple[str, str, str | None]]:
    """(date, headline, UCDP Taliban side) for every headline naming the Taliban."""
    out = []
    with UCDP.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for text in (row["source_headline"] or "").split(";"):
                text = " ".join(text.split())
                if text and TALIBAN.search(text):
                    out.append((row["date_start"], text, ucdp_side(row)))
    return out


def our_side(text: str, date: str) -> str | None:
    """TTP, TALIBAN, MIXED or None: the Taliban actors of the events we extract."""
    from riftwatch.nlp.extract import extract_document

    found = set()
    for coded in extract_document({"id": "h", "text": text, "date": date}):
        for actor in (coded.event.source, coded.event.target):
            family = FAMILY_OF_ID.get(actor.org_id or actor.id or "")
            if family and TALIBAN.search(actor.mention):
                found.add(family)
    if not found:
        return None
    return found.pop() if len(found) == 1 else "MIXED"


def score(rows: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    by_side: Counter[tuple[str, str]] = Counter()
    for date, text, side in rows:
        ours = our_side(text, date)
        if ours is None:
            counts["no Taliban event"] += 1
            continue
        if side is None:
            counts["no UCDP Taliban side"] += 1
            continue
        counts["labelled"] += 1
        counts["agree"] += ours == side
        by_side[(side, ours)] += 1
    return {"counts": counts, "by_side": by_side}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not UCDP.exists():
        print(f"{UCDP} is not beside this checkout")
        return 1
    from riftwatch.nlp import context, lexicon

    rows = headlines()
    runs = {}
    for name, on in (("knowledge base alone", False), ("with the context rules", True)):
        context.RULES["taliban_inside"] = on
        context.RULES["contrast_taliban"] = on
        runs[name] = score(rows)
    context.RULES.update(taliban_inside=True, contrast_taliban=True)
    lines = [
        "## extraction: Taliban in context (UCDP GED)", "",
        f"`benchmarks/taliban_context.py`, lexicon {lexicon.load().version}. "
        f"{len(rows)} UCDP GED Pakistan headlines (1997-2016) that say Taliban/Taleban, coded "
        "with their event date; the Taliban actor of our events compared with the Taliban "
        "side UCDP coded for the event (TTP and its factions, or the Afghan Taleban). "
        "Outside labels: UCDP codes the event, not the headline's wording.", "",
        "| run | headlines with a Taliban event | with a UCDP Taliban side | agree with UCDP "
        "| agreement |",
        "|---|---:|---:|---:|---:|",
    ]  # fmt: skip
    for name, result in runs.items():
        c = result["counts"]
        events = c["labelled"] + c["no UCDP Taliban side"]
        share = c["agree"] / c["labelled"] if c["labelled"] else 0.0
        lines.append(f"| {name} | {events} | {c['labelled']} | {c['agree']} | {share:.2f} |")
        print(f"{name}: {dict(c)}; by (UCDP, ours): {dict(result['by_side'])}")
    after = runs["with the context rules"]["by_side"]
    lines += [
        "", "With the rules, by UCDP side (rows) and our reading (columns):", "",
        "| UCDP side | TTP | TALIBAN | MIXED |", "|---|---:|---:|---:|",
    ]  # fmt: skip
    for side in ("TTP", "TALIBAN"):
        lines.append(f"| {side} | {after[(side, 'TTP')]} | {after[(side, 'TALIBAN')]} | "
                     f"{after[(side, 'MIXED')]} |")  # fmt: skip
    lines += [
        "", "The rule (nlp/context.py): a bare 'Taliban' in conflict with the Pakistani state, "
        "inside Pakistan, after December 2007, with no Afghan qualifier or Afghan place, is "
        "the TTP; beside the TTP named separately it is the Afghan Taliban. Headlines whose "
        "Taliban never meets the Pakistani state in an extracted event keep the knowledge "
        "base's reading.", "",
    ]  # fmt: skip
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section("extraction: Taliban in context (UCDP GED)", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
