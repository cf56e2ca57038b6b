"""Simulated dyads with known change points: the rift model against three baselines.

Half of the simulated pairs are allied for ten years; the other half are allied until a
change month (drawn between years 2 and 8) and hostile after it. Reports arrive at a
given volume per month; each comes from a source of a given grade mix; it misreports
the relationship (gives the opposite stance) at a base rate that is halved for good
sources and doubled for poor ones; some are uncertain or hypothetical; and each report
can be reprinted several times (same origin, other documents). Scenarios cross volume,
misreport rate, grade mix and reprints.

Measured per method: detection (a changed pair flagged, online, within 24 months of the
change), detection delay (months from the change to the first month the evidence up to
then gives the alarm), false alarms (stable pairs ever flagged), and for the model the
calibration of its retrospective probability (Brier score and a reliability curve).

    PYTHONPATH=src python benchmarks/rift_sim.py [--pairs 200] [--seed 7] [--no-write]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402
from _rift_baselines import BASELINES  # noqa: E402

from riftwatch.analysis.claims import Claim  # noqa: E402
from riftwatch.analysis.hierarchy import FlatHierarchy  # noqa: E402
from riftwatch.analysis.rift import Params, evidence, fit, for_pairs  # noqa: E402
from riftwatch.analysis.timeline import month_label, prepare  # noqa: E402

SECTION = "rifts: simulation"
START = 2000 * 12
SPAN = 120
COOP = [
    ("COOPERATE", "joint_operations"),
    ("AID", "sanctuary"),
    ("SUPPORT", "pledge"),
    ("CONSULT", None),
    ("AID", "finance"),
]
HOSTILE = [
    ("ASSAULT", None),
    ("ACCUSE", None),
    ("REJECT", "split"),
    ("COERCE", "arrest"),
    ("THREATEN", None),
]
MIXES = {
    "good": [("A", 1), ("B", 2), ("B", 2), ("B", 3)],
    "mixed": [("B", 2), ("C", 3), ("D", 4), ("E", 5), ("F", 6)],
    "poor": [("D", 4), ("E", 5), ("E", 5), ("F", 6)],
}
QUALITY = {"A": 0.5, "B": 0.5, "C": 1.0, "D": 2.0, "E": 2.0, "F": 1.0}


def simulate(
    rng: np.random.Generator,
    pairs: int,
    volume: float,
    misreport: float,
    mix: str,
    reprints: float,
    tag: str,
) -> tuple[list[Claim], dict[str, int | None]]:
    claims: list[Claim] = []
    truth: dict[str, int | None] = {}
    n = 0
    for i in range(pairs):
        a, b = f"open:{tag}-{i}-a", f"open:{tag}-{i}-b"
        change = int(rng.integers(24, 96)) if i % 2 else None
        truth[f"{a}|{b}"] = change
        for month in range(SPAN):
            hostile_state = change is not None and month >= change
            for _ in range(rng.poisson(volume)):
                rel, cred = MIXES[mix][int(rng.integers(len(MIXES[mix])))]
                wrong = rng.random() < min(0.45, misreport * QUALITY[rel])
                hostile = hostile_state != wrong
                etype, mode = (HOSTILE if hostile else COOP)[int(rng.integers(5))]
                u = rng.random()
                modality = "asserted" if u < 0.85 else "uncertain" if u < 0.95 else "hypothetical"
                n += 1
                origin = f"o{tag}-{n}"
                m = START + month
                date = f"{m // 12}-{m % 12 + 1:02d}"
                for copy in range(1 + rng.poisson(reprints)):
                    src, tgt = (a, b) if rng.random() < 0.5 else (b, a)
                    claims.append(
                        Claim(
                            event_id=f"{origin}.{copy}",
                            doc_id=f"{origin}.{copy}",
                            source_id=src,
                            source_name=src,
                            target_id=tgt,
                            target_name=tgt,
                            event_type=etype,
                            mode=mode,
                            modality=modality,
                            date=date,
                            confidence=0.9,
                            reliability=rel,
                            credibility=cred,
                            origin=origin,
                        )
                    )
    return claims, truth


def score(p, truth, params: Params) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    key_of = {
        d: f"{a}|{b}" if f"{a}|{b}" in truth else f"{b}|{a}" for d, (a, b) in enumerate(p.dyads)
    }
    table = evidence(p, params=params)
    # the scenario's corpus picks the hazard (short pairs: the other pairs' choice)
    params, own = for_pairs(table, params)
    f = fit(table, params, per_pair=own)
    probs = dict(zip((key_of[int(d)] for d in f.dyads), f.probability(), strict=True))
    alarms = dict(
        zip((key_of[int(d)] for d in f.dyads), f.alarms(params.min_probability), strict=True)
    )
    model_flags = {k: int(m) for k, m in alarms.items() if m >= 0}
    out = {"model": measure(model_flags, truth)}
    out["model"]["hazard"] = params.hazard_month
    out["model"]["theta"] = params.theta_allied
    y = np.array([truth[k] is not None for k in truth], dtype=float)
    pr = np.array([probs.get(k, 0.0) for k in truth])
    out["model"]["brier"] = float(np.mean((pr - y) ** 2))
    out["model"]["_probs"] = (pr, y)
    for name, fn in BASELINES.items():
        flags = {key_of[d]: m for d, m in fn(p).items()}
        out[name] = measure(flags, truth)
        yb = np.array([k in flags for k in truth], dtype=float)
        out[name]["brier"] = float(np.mean((yb - y) ** 2))
    return out


def measure(flags: dict[str, int], truth: dict[str, int | None]) -> dict:
    changed = [k for k, c in truth.items() if c is not None]
    stable = [k for k, c in truth.items() if c is None]
    delays = []
    detected = 0
    for k in changed:
        m = flags.get(k)
        if m is not None and 0 <= m - (START + truth[k]) <= 24:
            detected += 1
            delays.append(m - (START + truth[k]))
    early = sum(1 for k in changed if k in flags and flags[k] < START + truth[k])
    fa = sum(1 for k in stable if k in flags)
    return {
        "detected": detected / len(changed),
        "delay": float(np.median(delays)) if delays else None,
        "false_alarms": fa / len(stable),
        "early": early / len(changed),
    }


def reliability(pr: np.ndarray, y: np.ndarray) -> str:
    rows = ["| predicted | pairs | observed share with a change |", "|---|---|---|"]
    for lo in np.arange(0, 1.0, 0.1):
        sel = (pr >= lo) & (pr < lo + 0.1 if lo < 0.9 else pr <= 1.0)
        if sel.sum():
            rows.append(f"| {lo:.1f}-{lo + 0.1:.1f} | {int(sel.sum())} | {y[sel].mean():.2f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=200, help="Pairs per scenario.")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument(
        "--params", type=Path, default=None,
        help="A rift.yaml to use instead of the bundled one (to measure an option).",
    )  # fmt: skip
    args = ap.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    params = Params.load(args.params)
    methods = ["model", *BASELINES]
    lines = [
        "| volume/month | misreport | grades | reprints | "
        + " | ".join(f"{m}: detected / delay / false alarms" for m in methods)
        + " | model Brier | hazard, theta chosen |",
        "|---|---|---|---|" + "---|" * (len(methods) + 2),
    ]
    totals = {m: [] for m in methods}
    all_p, all_y = [], []
    t0 = time.perf_counter()
    grid = list(
        itertools.product((0.2, 0.6, 1.5), (0.1, 0.25), ("good", "mixed", "poor"), (0.0, 3.0))
    )
    for k, (volume, mis, mix, rep) in enumerate(grid):
        claims, truth = simulate(rng, args.pairs, volume, mis, mix, rep, f"s{k}")
        p = prepare(claims, hierarchy=FlatHierarchy())
        res = score(p, truth, params)
        pr, y = res["model"].pop("_probs")
        all_p.append(pr)
        all_y.append(y)
        cells = []
        for m in methods:
            r = res[m]
            totals[m].append(r)
            delay = "-" if r["delay"] is None else f"{r['delay']:.0f}"
            cells.append(f"{r['detected']:.0%} / {delay} / {r['false_alarms']:.0%}")
        lines.append(
            f"| {volume} | {mis} | {mix} | {rep:g} | "
            + " | ".join(cells)
            + f" | {res['model']['brier']:.3f} | "
            + f"1/{1 / res['model']['hazard']:.0f}, {res['model']['theta']:.2f} |"
        )
    elapsed = time.perf_counter() - t0
    summary = [
        "| method | detected (mean) | median delay (months) | false alarms (mean) | "
        "flagged before the change | Brier |",
        "|---|---|---|---|---|---|",
    ]
    for m in methods:
        rs = totals[m]
        delays = [r["delay"] for r in rs if r["delay"] is not None]
        summary.append(
            f"| {m} | {np.mean([r['detected'] for r in rs]):.0%} | "
            f"{np.median(delays) if delays else float('nan'):.0f} | "
            f"{np.mean([r['false_alarms'] for r in rs]):.0%} | "
            f"{np.mean([r['early'] for r in rs]):.0%} | {np.mean([r['brier'] for r in rs]):.3f} |"
        )
    pr, y = np.concatenate(all_p), np.concatenate(all_y)
    body = (
        f"## {SECTION}\n\n`PYTHONPATH=src python benchmarks/rift_sim.py --pairs {args.pairs} "
        f"--seed {args.seed}`: {len(grid)} scenarios x {args.pairs} pairs over {SPAN} months "
        f"(half change from allied to hostile between months 24 and 96), {elapsed:.0f} s. "
        "Detected: a changed pair flagged, online (evidence up to that month only), within 24 "
        "months of the change; delay: median months from the change to the alarm; false "
        "alarms: stable pairs ever flagged; the model's threshold is "
        f"{params.min_probability:g}. Baseline Brier scores use their 0/1 flags.\n\n"
        "Summary over all scenarios:\n\n"
        + "\n".join(summary)
        + "\n\nReliability of the model's probability (all scenarios pooled):\n\n"
        + reliability(pr, y)
        + "\n\nPer scenario:\n\n"
        + "\n".join(lines)
        + "\n"
    )
    print(body)
    if not args.no_write:
        write_section(SECTION, body)
    _ = month_label
    return 0


if __name__ == "__main__":
    sys.exit(main())
