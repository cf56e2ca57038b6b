"""Duplicate actors in the built knowledge base: candidate pairs and what the rule decides.

    .venv/bin/python benchmarks/kb_duplicates.py [--data DIR] [--list] [--no-write]

Finds candidate pairs among the group actors (armed groups, factions, parties,
organisations) by normalised name, alias and skeleton overlap plus rapidfuzz matching
(``riftwatch.actors.dedupe.candidate_pairs``), decides each with the merge rule
(``riftwatch.actors.dedupe.decide``, its data in ``actors/data/dedupe.yaml``) and prints:

- candidates: pairs whose names meet (exact skeleton, variant, near or fuzzy);
- duplicates left: pairs the rule (or a reviewed decision) calls one actor that still
  have two ids - after a rebuild with ``scripts/build_actor_kb.py`` this should be 0;
- merged: ids that already redirect to a survivor (``merged`` entries in the data);
- kept apart: candidates the rule keeps apart, by reason (blockers or too little evidence).

``--data DIR`` reads another KB data folder (e.g. an older checkout's
``src/riftwatch/actors/data``) to compare before and after.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import write_section  # noqa: E402  (the shared results.md writer)

from riftwatch.actors.dedupe import Rules, find_duplicates  # noqa: E402
from riftwatch.actors.kb import DATA_DIR, data_files, load_kb  # noqa: E402

SECTION = "kb_duplicates"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="KB data folder to read")
    ap.add_argument("--list", action="store_true", help="print every candidate pair")
    ap.add_argument("--no-write", action="store_true", help="do not update results.md")
    args = ap.parse_args(argv)
    kb = load_kb(data_files(args.data), use_cache=False)
    rules = Rules.load()
    found = find_duplicates(kb, rules)
    levels = Counter(d.level for _, _, d in found)
    left = [(k, o, d) for k, o, d in found if d.same]
    apart = [(k, o, d) for k, o, d in found if not d.same]
    reasons: Counter[str] = Counter()
    for _, _, d in apart:
        if d.reviewed is not None:
            reasons["reviewed different"] += 1
        elif d.blockers:
            reasons[d.blockers[0].split(" (")[0]] += 1
        else:
            reasons["too little evidence"] += 1
    split_rel = sum(
        min(len(kb.get(k.id).relations), len(kb.get(o.id).relations)) for k, o, _ in left
    )
    merged = sorted(kb.redirects.items())
    lines = [
        f"## {SECTION}",
        "",
        "Command: `python benchmarks/kb_duplicates.py"
        + ("" if args.data == DATA_DIR else f" --data {args.data}")
        + "`",
        "",
        f"- group actors in the KB: {sum(1 for e in kb if e.type in _GROUPS)}",
        f"- candidate pairs (names meet): {len(found)} "
        f"({', '.join(f'{k} {v}' for k, v in sorted(levels.items()))})",
        f"- duplicates left (one group, two ids): {len(left)}; relations on the smaller "
        f"side of each: {split_rel}",
        f"- merged ids redirecting to a survivor: {len(merged)}",
        f"- kept apart: {len(apart)} ({', '.join(f'{k} {v}' for k, v in reasons.most_common())})",
        "",
    ]
    if left:
        lines.append("Duplicates left:")
        lines += [f"- {o.id} -> {k.id}: {d.summary()}" for k, o, d in left]
        lines.append("")
    if merged:
        lines.append("Merged (old id -> survivor):")
        lines += [f"- {old} -> {new}" for old, new in merged]
        lines.append("")
    lines += [BEFORE, ""]
    if args.list:
        lines.append("Kept apart:")
        lines += [f"- {k.id} / {o.id}: {d.summary()}" for k, o, d in apart]
        lines.append("")
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section(SECTION, body)
    return 0


BEFORE = (
    "Before the rule (the KB of commit 90f0a98, read with `--data`): 404 group actors, 89 "
    "candidate pairs, 10 duplicates left (5 relations on their smaller sides), 0 merged ids."
)
_GROUPS = frozenset({"armed_group", "faction", "shura", "party", "organization"})

if __name__ == "__main__":
    sys.exit(main())
