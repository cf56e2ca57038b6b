"""Structured judgement: ACH and wedge analysis on the open dev cases and an MMP replay.

    .venv/bin/python benchmarks/ach.py [--no-mmp] [--claims 20000]

- Dev cases (``../shared/dev``): ACH for Nusra Front / Al Qaeda as of 2018-12-31 must rank
  ``lasting_rupture`` first, Haqqani network / Al Qaeda as of 2022-12-31 ``enduring_alliance``;
  the wedge ranking of the Taliban's factions against Al Qaeda on relations.jsonl must put the
  factions that refuse Al Qaeda above the Haqqani network. Also: the as-of sweep of the Nusra
  pair (the year the top hypothesis changes) and which origins carried each ranking.
- MMP replay (``../shared/datasets/mmp-militant-relationships``, Af/Pak rows): each row's
  description is a document dated by the row. A pair with a cooperative row (ally,
  affiliate, merger) followed by a rival or splinter row is a documented break: ACH as of
  one year after the break row should not rank ``enduring_alliance`` first. A pair with two
  or more rows, all cooperative, is documented stable: ACH as of its last row should rank
  ``enduring_alliance`` first. Pairs are named by MMP's group names; pairs with no claims
  between them (the coder did not find the two groups in the text) are counted apart.
- Speed: ACH (with its sensitivity check) and wedges on ``--claims`` synthetic claims.

Figures go to stdout and to the ``## ach`` section of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import shared_dir, write_section  # noqa: E402

from riftwatch.analysis.ach import ach  # noqa: E402
from riftwatch.analysis.claims import Claim  # noqa: E402
from riftwatch.analysis.load import claims_from_jsonl  # noqa: E402
from riftwatch.analysis.wedges import wedges  # noqa: E402

COOP = {"ally", "affiliate", "merger"}
BREAK = {"rival", "splinter"}


def dev_cases(shared: Path) -> tuple[list[str], bool]:
    lines = []
    ok = True
    claims, _ = claims_from_jsonl(shared / "dev" / "rift_timeline.jsonl")
    lines.append("| case | expected first | ranking (weighted inconsistency) | confidence | "
                 "carried by | pass |")  # fmt: skip
    lines.append("|---|---|---|---|---|---|")
    for a, b, as_of, want in (
        ("Nusra Front", "Al Qaeda", "2018-12-31", "lasting_rupture"),
        ("Haqqani network", "Al Qaeda", "2022-12-31", "enduring_alliance"),
    ):
        out = ach(claims, a, b, as_of=as_of)
        got = out["hypotheses"][0]["id"]
        ok &= got == want
        ranking = ", ".join(f"{h['id']} {h['inconsistency']:g}" for h in out["hypotheses"])
        carried = ", ".join(out["sensitivity"]["carried_by"]) or "none (robust)"
        lines.append(f"| {a} / {b} as of {as_of} | {want} | {ranking} | {out['confidence']} "
                     f"| {carried} | {'yes' if got == want else 'NO'} |")  # fmt: skip
        print(out["conclusion"])
    sweep = []
    for year in range(2013, 2021):
        out = ach(claims, "Nusra Front", "Al Qaeda", as_of=f"{year}-12-31")
        sweep.append(f"{year}: {out['hypotheses'][0]['id']}")
    lines.append("")
    lines.append("As-of sweep, Nusra Front / Al Qaeda (top hypothesis at each year's end): "
                 + "; ".join(sweep) + ".")  # fmt: skip

    rel, _ = claims_from_jsonl(shared / "dev" / "relations.jsonl")
    w = wedges(rel, "Al Qaeda", "Taliban")
    names = [r["actor"]["name"] for r in w["ranking"]]
    hq = names.index("Haqqani Network") if "Haqqani Network" in names else len(names)
    refusers = [n for n in names[:hq] if n == "Quetta Shura" or "Taliban" in n]
    wedge_ok = "Quetta Shura" in names[:hq] and len(refusers) >= 2
    ok &= wedge_ok
    lines.append("")
    lines.append("Wedge ranking, factions of the Taliban against Al Qaeda (relations.jsonl): "
                 + "; ".join(f"{r['rank']}. {r['actor']['name']} ({r['score']:.2f}, "
                             f"{r['cooperative']} coop / {r['hostile']} hostile)"
                             for r in w["ranking"])
                 + f". Ranking confidence: {w['confidence']}. Quetta shura and the refusing "
                 f"commanders above the Haqqani network: {'yes' if wedge_ok else 'NO'}."
                 )  # fmt: skip
    return lines, ok


def mmp_replay(shared: Path) -> list[str]:
    path = shared / "datasets" / "mmp-militant-relationships" / "relationships.csv"
    rows = [r for r in csv.DictReader(path.open()) if r["afpak_related"] == "True"]
    by_pair: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        key = tuple(sorted((r["group1_name"], r["group2_name"])))
        by_pair[key].append(r)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "mmp.jsonl"
        with docs.open("w") as fh:
            for r in rows:
                fh.write(json.dumps({"id": f"mmp{r['unique_id']}", "date": r["date_iso"],
                                     "text": r["description"]}) + "\n")  # fmt: skip
        t0 = time.perf_counter()
        claims, _ = claims_from_jsonl(docs)
        coded = time.perf_counter() - t0
    breaks = stable = 0
    hit_break = hit_stable = none_break = none_stable = 0
    misses = []
    for (a, b), pr in sorted(by_pair.items()):
        pr.sort(key=lambda r: r["date_iso"])
        kinds = [r["relation"] for r in pr]
        if all(k in COOP for k in kinds) and len(pr) >= 2:
            stable += 1
            out = ach(claims, a, b, as_of=pr[-1]["date_iso"])
            if not out["evidence"] or all(e["diagnosticity"] == "none" for e in out["evidence"]):
                none_stable += 1
            elif out["hypotheses"][0]["id"] == "enduring_alliance":
                hit_stable += 1
            else:
                misses.append(f"stable {a} / {b}: {out['hypotheses'][0]['id']}")
            continue
        first_coop = next((i for i, k in enumerate(kinds) if k in COOP), None)
        brk = next((i for i, k in enumerate(kinds) if k in BREAK and first_coop is not None
                    and i > first_coop), None)  # fmt: skip
        if brk is None:
            continue
        breaks += 1
        year = int(pr[brk]["date_iso"][:4]) + 1
        out = ach(claims, a, b, as_of=f"{year}{pr[brk]['date_iso'][4:]}")
        if not out["evidence"] or all(e["diagnosticity"] == "none" for e in out["evidence"]):
            none_break += 1
        elif out["hypotheses"][0]["id"] != "enduring_alliance":
            hit_break += 1
        else:
            misses.append(f"break {a} / {b}: enduring_alliance")
    print("\n".join(misses))
    judged_b = breaks - none_break
    judged_s = stable - none_stable
    return [
        "",
        f"MMP replay, Af/Pak rows ({len(rows)} rows coded in {coded:.1f} s into {len(claims)} "
        f"claims): {breaks} documented breaks, {stable} documented stable pairs.",
        "",
        "| pairs | judged (diagnostic evidence found) | right | share of judged |",
        "|---|---:|---:|---:|",
        f"| breaks: not `enduring_alliance` first | {judged_b} of {breaks} | {hit_break} | "
        f"{hit_break / judged_b:.0%} |"
        if judged_b
        else f"| breaks | 0 of {breaks} | 0 | - |",
        f"| stable: `enduring_alliance` first | {judged_s} of {stable} | {hit_stable} | "
        f"{hit_stable / judged_s:.0%} |"
        if judged_s
        else f"| stable | 0 of {stable} | 0 | - |",
        "",
        "Misses: " + ("; ".join(misses) if misses else "none") + ". Pairs not judged had no "
        "diagnostic claim between the two groups (the coder found neither the pair nor its "
        "act in MMP's description); a miss is usually an uncoded act (e.g. \"ended its "
        'affiliation with Al Qaeda" is not coded, so only the earlier cooperation counts).',
    ]


def speed(n: int) -> list[str]:
    rng = random.Random(7)
    types = [("COOPERATE", None), ("AID", "training"), ("ASSAULT", None), ("COERCE", "arrest"),
             ("REJECT", "shunning"), ("CONSULT", None), ("ACCUSE", "allege")]  # fmt: skip
    actors = ["X", "Y", "Z", "W"]
    claims = []
    for i in range(n):
        t, mode = rng.choice(types)
        s, d = rng.sample(actors, 2)
        year = rng.randint(2000, 2020)
        claims.append(Claim.from_event({
            "id": i, "doc_id": f"d{i}", "source": {"id": s, "name": s},
            "target": {"id": d, "name": d}, "event_type": t, "mode": mode,
            "modality": "asserted", "date": f"{year}-{rng.randint(1, 12):02d}",
            "confidence": 0.9, "sentence": f"{s} and {d}.", "quote": t,
            "reliability": rng.choice("ABCDEF"), "credibility": rng.randint(1, 6),
        }, origin=f"doc:o{rng.randint(0, n // 3)}"))  # fmt: skip
    t0 = time.perf_counter()
    out = ach(claims, "X", "Y", as_of="2020-12-31", kb=None)
    t_ach = time.perf_counter() - t0
    t0 = time.perf_counter()
    wedges(claims, "X", "Y", kb=None)
    t_w = time.perf_counter() - t0
    return [
        "",
        f"Speed: {n:,} synthetic claims over 4 actors; ACH for one pair ({len(out['evidence']):,} "
        f"items, sensitivity over {out['sensitivity']['origins_tested']} origins): "
        f"{t_ach:.2f} s; wedges: {t_w:.2f} s (one process).",
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-mmp", action="store_true")
    ap.add_argument("--claims", type=int, default=20000)
    args = ap.parse_args()
    shared = shared_dir()
    started = time.strftime("%Y-%m-%d")
    lines, ok = dev_cases(shared)
    if not args.no_mmp:
        lines += mmp_replay(shared)
    lines += speed(args.claims)
    body = "\n".join(
        [
            "## ach",
            "",
            f"`benchmarks/ach.py` on {started}, {platform.machine()}, Python "
            f"{platform.python_version()}. Dev cases from `../shared/dev`; rules "
            "`src/riftwatch/data/analysis/ach.yaml`; knowledge base used only for renamings and "
            "factions.",
            "",
            *lines,
        ]
    )
    print(body)
    write_section("ach", body)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
