"""Speed of the relationship analytics: 1 million claims, and one pair's timeline.

Synthetic claims (20,000 pairs of open actors, 50 claims each over 15 years, a quarter
of the pairs breaking, reprints sharing origins, mixed grades and modalities) are built
in memory; the figures time what ``riftwatch rifts`` does after loading them: the
timeline table (:func:`prepare`: judgements, scale, weights, lineage and roll-up), the
model over every pair, and the description of every flagged rift (evidence,
counter-evidence, influence, factions). Then one pair's timeline (``riftwatch dyad``'s
work: series per channel with evidence, corroboration and the per-month probability)
from the prepared table of the million, and from scratch for a pair with 500 claims.
One core (numpy's threads limited to one); wall-clock times, with the process's CPU time
beside the total (the machine may be shared).

    PYTHONPATH=src python benchmarks/rift_scale.py [--claims 1000000] [--no-write]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402

from riftwatch.analysis.claims import Claim  # noqa: E402
from riftwatch.analysis.rift import Params, assess, series  # noqa: E402
from riftwatch.analysis.timeline import dyad_timeline, prepare  # noqa: E402

SECTION = "rifts: speed"
TYPES_COOP = [("COOPERATE", "joint_operations"), ("AID", "sanctuary"), ("SUPPORT", "pledge")]
TYPES_HOST = [("ASSAULT", None), ("ACCUSE", None), ("REJECT", "split")]
GRADES = [("B", 2), ("C", 3), ("A", 1), ("D", 4), ("F", 6)]
MODALITIES = ["asserted"] * 8 + ["uncertain", "denied"]


def synth(n_claims: int, per_pair: int, seed: int = 3) -> list[Claim]:
    rng = np.random.default_rng(seed)
    pairs = n_claims // per_pair
    out: list[Claim] = []
    months = rng.integers(0, 180, size=n_claims)
    noise = rng.random(n_claims)
    picks = rng.integers(0, 3, size=n_claims)
    grades = rng.integers(0, len(GRADES), size=n_claims)
    mods = rng.integers(0, len(MODALITIES), size=n_claims)
    k = 0
    for i in range(pairs):
        a, b = f"open:g{i}-a", f"open:g{i}-b"
        change = 60 + (i % 90) if i % 4 == 0 else None
        for _ in range(per_pair):
            m = int(months[k])
            hostile = (change is not None and m >= change) != (noise[k] < 0.15)
            etype, mode = (TYPES_HOST if hostile else TYPES_COOP)[int(picks[k])]
            rel, cred = GRADES[int(grades[k])]
            origin = f"o{i}-{k // 3}"  # reprints: three claims share an origin
            out.append(
                Claim(
                    event_id=k, doc_id=f"d{k}", source_id=a, source_name=a, target_id=b,
                    target_name=b, event_type=etype, mode=mode,
                    modality=MODALITIES[int(mods[k])], date=f"{2000 + m // 12}-{m % 12 + 1:02d}",
                    confidence=0.9, reliability=rel, credibility=cred, origin=origin,
                    quote="q",
                )
            )  # fmt: skip
            k += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    claims = synth(args.claims, 50)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    c0 = time.process_time()
    p = prepare(claims)
    t_prepare = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = assess(p)
    t_model = time.perf_counter() - t0
    cpu = time.process_time() - c0
    a, b = p.dyads[0]
    t0 = time.perf_counter()
    tl = dyad_timeline(p, a, b)
    tl["series"] = series(p, a, b)
    t_dyad = time.perf_counter() - t0
    small = synth(500, 500, seed=5)
    t0 = time.perf_counter()
    p2 = prepare(small)
    x, y = p2.dyads[0]
    tl2 = dyad_timeline(p2, x, y)
    tl2["series"] = series(p2, x, y)
    t_small = time.perf_counter() - t0
    total = t_prepare + t_model
    body = (
        f"## {SECTION}\n\n`PYTHONPATH=src python benchmarks/rift_scale.py --claims {args.claims}` "
        f"(one core; rift model {Params.load().version}):\n\n"
        "| step | time |\n|---|---|\n"
        f"| build {len(claims):,} synthetic claims in memory (not analytics; the store's loading) "
        f"| {built:.1f} s |\n"
        f"| timeline table: judgements, scale, weights, lineage, roll-up ({len(p.dyad):,} items, "
        f"{len(p.dyads):,} pairs) | {t_prepare:.1f} s |\n"
        f"| rift model over every pair + description of the {len(found):,} rifts flagged "
        f"| {t_model:.1f} s |\n"
        f"| **analytics over {len(claims):,} claims** | **{total:.1f} s** "
        f"(CPU {cpu:.1f} s) |\n"
        f"| one pair's timeline from the prepared table ({len(p.items_of(0))} claims) | "
        f"{t_dyad * 1000:.0f} ms |\n"
        f"| one pair's timeline from scratch (500 claims: prepare + timeline + series) | "
        f"{t_small * 1000:.0f} ms |\n"
    )
    print(body)
    if not args.no_write:
        write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
