"""Why an outside judge misses a break the model finds: the pair-matching side of the replay.

``benchmarks/rift_replay.py`` reports, beside the model's own figure (pairs matched through
our lineage keys), how a judge holding only the rows' group names and the rifts JSON would
match pairs ("judge: ids": our printed actor id equals ``riftwatch actors resolve NAME``'s
id). This lists, per development set, each documented break the model flags (p >= the
default threshold, onset within 12 months) that the "ids" judge does not match: the rows'
names, the id ``actors resolve`` gives each, our lineage key, and the two printed actors (id,
name, ``lineage_id``, the first aliases), so each mismatch can be put in a class (a state
printed as its country while the row names its government, an unknown name with no open id,
an open id built from a short form, a knowledge-base alias on another group...). Held-out
sets are refused until retired in ``rift_findable.RETIRED_HOLDOUTS``.

    PYTHONPATH=src python benchmarks/replay_judge.py [--set PATH ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rift_findable import RETIRED_HOLDOUTS  # noqa: E402
from rift_replay import (  # noqa: E402
    TOLERANCE,
    UNGRADED,
    WORLD,
    _with_aliases,
    ground_truth,
    group_keys,
    resolved_ids,
    world_rows,
    write_rows,
)


def mismatches(rows: list[dict[str, str]]) -> list[str]:
    """One block of lines per break the model finds and the "ids" judge misses."""
    from riftwatch.analysis.load import claims_from_jsonl
    from riftwatch.analysis.rift import Params, assess
    from riftwatch.analysis.timeline import month_index, prepare

    with tempfile.TemporaryDirectory() as tmp:
        path = write_rows(rows, Path(tmp) / "rows.jsonl", UNGRADED)
        claims, _ = claims_from_jsonl(path, on_error=lambda e: None)
    prepared = prepare(claims)
    keys = group_keys(rows, prepared)
    params = Params.load()
    found = assess(prepared, params=params, min_probability=0.0, evidence_limit=1)
    named = _with_aliases(found, prepared, claims)
    breaks, _stable = ground_truth(rows)
    ids = resolved_ids(rows)
    name_of = {}
    for r in rows:
        name_of[r["group1_id"]], name_of[r["group2_id"]] = r["group1_name"], r["group2_name"]
    out: list[str] = []
    for pair, onset in breaks.items():
        g1, g2 = sorted(pair)
        want = frozenset((keys[g1], keys[g2]))
        hits = [r for r in named
                if frozenset(a.get("lineage_id", a["id"]) for a in r["actors"]) == want
                and r["probability"] >= params.min_probability and r.get("onset")
                and abs((month_index(r["onset"]) or 0) - onset) <= TOLERANCE]  # fmt: skip
        if not hits:
            continue
        a, b = hits[0]["actors"]

        def same(g: str, x: dict) -> bool:
            return ids.get(g) is not None and ids[g] == x["id"]

        if (same(g1, a) and same(g2, b)) or (same(g1, b) and same(g2, a)):
            continue
        out.append(" | ".join(f"{name_of[g]!r} -> resolve {ids.get(g)}, key {keys[g]}"
                              for g in (g1, g2)))  # fmt: skip
        for x in (a, b):
            shown = (x.get("aliases") or [])[:5]
            out.append(f"    printed {x['id']} {x.get('name')!r} lineage "
                       f"{x.get('lineage_id', '-')} aliases {shown}")  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, action="append", default=None)
    args = ap.parse_args(argv)
    sets = args.set or [WORLD]
    if any("holdout" in p.name and p.name not in RETIRED_HOLDOUTS for p in sets):
        ap.error("held-out sets are reported by rift_replay.py --holdout only, never diagnosed")
    for path in sets:
        lines = mismatches(world_rows(path))
        print(f"{path.stem}: {sum(1 for ln in lines if not ln.startswith(' '))} breaks found "
              "by the model and missed by the 'ids' judge")  # fmt: skip
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
