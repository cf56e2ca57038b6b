"""Ablation of the learned layer (issue 9 item 3): rules, + dictionary, + learned, all.

    .venv/bin/python benchmarks/extract_learned.py [--no-peers] [--no-write]

Four configurations, everything else equal:

- ``rules``: events.yaml only (``lexicon.load(base=False)``), learned layer off;
- ``+dictionary``: events.yaml over the PETRARCH-2 dictionary (``load()``), layer off;
- ``+learned``: events.yaml only, learned layer on (``RIFTWATCH_LEARNED_LAYER=1``);
- ``all``: the dictionary and the learned layer.

Scored by ../shared/dev/score.py (family stance triples, asserted events only; ``neg`` =
rows with empty gold that got an asserted triple) on the development sets in ../shared/dev
and on the project's labelled splits (tests/nlp/data/labelled: train, dev, and the frozen
test split, only reported), and on the peers' gold in ../shared/benchmarks: gold dyads found
at all (either direction, any modality) and, on those, type and stance right, with the
scoring functions of benchmarks/extract_peers.py.

The shipped model was trained on the labelled train splits, the three development sets, the
written work halves and the peers' world-news work part (scripts/train_pair_model.py
--more): its figures there are resubstitution and marked so; the
cross-validated figures from the model's manifest stand beside them. The labelled dev split,
the test split and the peers' gold are held out.

Figures go to stdout and to the ``## extraction: learned layer`` section of
benchmarks/results.md. No gold text is written there.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import runpy
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))
from _results import shared_dir, write_section  # noqa: E402  (the shared results.md writer)

SECTION = "extraction: learned layer"
DEV_SETS = ("relations", "ucdp_headlines_dev", "mmp_afghan_dev")
SPLITS = ("train", "dev", "test")
LABELLED = REPO / "tests" / "nlp" / "data" / "labelled"
CONFIGS: dict[str, tuple[dict[str, bool], bool]] = {
    "rules": ({"base": False}, False),
    "+dictionary": ({}, False),
    "+learned": ({"base": False}, True),
    "all": ({}, True),
}
TRAINED_ON = {"relations", "ucdp_headlines_dev", "mmp_afghan_dev", "train"}
"""Sets the shipped model was trained on (besides train splits 2-7, the written work halves
and the peers' work part, which this table does not list)."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def code(lex: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events of the rows, coded with ``lex`` in batches of 32 documents."""
    from riftwatch.nlp.extract import extract_batch

    docs = [{"id": str(r["id"]), "text": r.get("text") or "", "date": r.get("date")} for r in rows]
    out = []
    for start in range(0, len(docs), 32):
        for coded in extract_batch(docs[start : start + 32], lex=lex):
            out.extend(c.to_dict() for c in coded)
    return out


def score(scorer: dict[str, Any], gold_path: Path, events: list[dict[str, Any]]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.jsonl"
        path.write_text("".join(json.dumps(e, default=str) + "\n" for e in events), "utf-8")
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            scorer["score_relations"](str(gold_path), str(path))
    last = buffer.getvalue().strip().splitlines()[-1]
    return dict(part.split("=", 1) for part in last.split())


def learned_count(events: list[dict[str, Any]]) -> int:
    return sum(any(w.startswith("learned.") for w in e["why"]) for e in events)


def peers(lex: Any, shared: Path) -> dict[str, Any]:
    import extract_peers as ep

    bench = shared / "benchmarks"
    paths = {
        "gsr": bench / "plover-gsr-cameo" / "gold.jsonl",
        "conflibert": bench / "conflibert-cameo" / "test.jsonl",
        "up": bench / "universalpetrarch-gsr" / "english_petr2_gsr.jsonl",
    }
    table = ep.load_cameo_map()
    total = {
        "dyads": 0,
        "found": 0,
        "typed": 0,
        "type_ok": 0,
        "stanced": 0,
        "stance_ok": 0,
        "learned": 0,
    }
    total.update(check_dyads=0, check_found=0)
    sets = {name: ep.read_jsonl(path) for name, path in paths.items()}
    where = ep.holdout_parts(sets)
    for name, records in sets.items():
        rows = [
            {"id": r["id"], "text": r.get("text"), "date": ep.clean_date(r.get("date"))}
            for r in records
        ]
        events = code(lex, rows)
        ours: dict[str, list[dict[str, Any]]] = {str(r["id"]): [] for r in records}
        for event in events:
            ours.setdefault(str(event["doc_id"]), []).append(event)
        got = ep.score_dyads(name, records, ours, table)
        for key in total:
            total[key] += got.get(key, 0) if key != "learned" else learned_count(events)
        # the check part (never trained or tuned on): the held-out estimate
        check = [r for r in records if where[(name, str(r["id"]))] == "check"]
        held = ep.score_dyads(name, check, ours, table)
        total["check_dyads"] += held["dyads"]
        total["check_found"] += held["found"]
    return total


def _pct(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.0f}%)" if den else "n/a"


def render(runs: dict[str, dict[str, Any]], manifest: dict[str, Any], with_peers: bool) -> str:
    names = list(runs)
    model = manifest["model"]
    folds = manifest["metrics"].get("cross_validation", {}).get("folds", "?")
    lines = [
        f"## {SECTION}",
        "",
        "`.venv/bin/python benchmarks/extract_learned.py`, one process. Model "
        f"`{manifest['stage']}` ({model['bytes']:,} bytes of weights + "
        f"{model.get('features_bytes', 0):,} bytes of feature names; "
        f"{model['sparse_features']} sparse features, dense dims {model['dense_dims']}; "
        f"labels {', '.join(manifest['labels'])}; threshold {manifest['threshold']} chosen "
        f"by {folds}-fold "
        "cross-validation on the gold rows it was trained on). `rules` = events.yaml only, "
        "`+dictionary` = events.yaml over the PETRARCH-2 dictionary, `+learned` = events.yaml "
        "and the learned layer, `all` = both. `neg` = rows with empty gold that got an "
        "asserted triple; `learned ev` = events the layer added. Sets marked (in training) "
        "are resubstitution for the learned columns: read their cross-validated row.",
        "",
        "| set | measure | " + " | ".join(names) + " |",
        "|---|---|" + "---:|" * len(names),
    ]
    cv = manifest.get("metrics", {}).get("cross_validation", {}).get("at_threshold", {})
    for name in [*DEV_SETS, *(f"labelled {s}" for s in SPLITS)]:
        first = runs[names[0]]["sets"][name]
        mark = " (in training)" if name.replace("labelled ", "") in TRAINED_ON else ""
        label = f"{name}{mark} ({first['rows']} rows, {first['gold']} gold)"
        for key, title in (
            ("F1", "F1"),
            ("P", "precision"),
            ("R", "recall"),
            ("asserted_on_negatives", "neg"),
            ("learned", "learned ev"),
        ):
            cells = " | ".join(str(runs[n]["sets"][name][key]) for n in names)
            lines.append(f"| {label if key == 'F1' else ''} | {title} | {cells} |")
        key = {"labelled train": "real_train"}.get(name, name)
        if key in cv:
            c = cv[key]
            lines.append(
                f"| | cross-validated (rules+dictionary -> +learned) | F1 "
                f"{c['rules']['F1']} -> {c['F1']}, neg {c['rules']['asserted_on_negatives']}"
                f" -> {c['asserted_on_negatives']} | | | |"
            )
    if with_peers:
        lines.append(
            "| **peers' world news** (PLOVER GSR + ConfliBERT + UniversalPetrarch) | | "
            + " | " * (len(names) - 1)
            + " |"
        )
        for key, title in (
            ("found", "gold dyads found (all; work part in training)"),
            ("check_found", "gold dyads found, check part (held out)"),
            ("type_ok", "type right (found)"),
            ("stance_ok", "stance right (found)"),
            ("learned", "learned ev"),
        ):
            cells = []
            for n in names:
                p = runs[n]["peers"]
                den = {
                    "found": "dyads",
                    "check_found": "check_dyads",
                    "type_ok": "typed",
                    "stance_ok": "stanced",
                }.get(key)
                cells.append(_pct(p[key], p[den]) if den else str(p[key]))
            lines.append(f"| | {title} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Seconds to code everything above, per configuration: "
        + ", ".join(f"{n} {runs[n]['seconds']:.0f} s" for n in names)
        + ".",
        "",
        ANALYSIS.strip(),
    ]
    return "\n".join(lines) + "\n"


ANALYSIS = """
What was measured before choosing (`scripts/train_pair_model.py --more`, five-fold
cross-validation grouped by document over the training rows only: 584 gold rows as before,
plus the labelled train splits 2-7, the work halves of the ten invented written rounds, and
the work part of the peers' world-news gold, 723 rows, where a pair matching a gold dyad in
its order gets the dyad's type and a pair matching none is `none`; thresholds 0.40-0.95,
chosen on the summed F1 of every family gold set plus the peers' work-part dyad F1, with no
more assertions on rows without gold than the rules):

- `learned.pair-1` as before, retrained on the new data (L2 1, 3, 10; minimum feature count
  2, 3, 5), and with the `LEX` label: at every threshold below 0.85 the layer LOWERS the
  summed F1 of the family sets (17.855 with the rules alone; 17.33-17.77 with the layer) and
  raises the assertions on rows without gold (15 -> 16-23); on the peers' work part it finds
  at most 14 more of 660 gold dyads, with 41 learned pairs on no gold dyad for those 14
  (0.40, L2 1). spaCy's token vectors pooled over the path (`--dense`) did no better (17.30-
  17.77; 20 more dyads for 65 learned pairs on none). On the written work halves the extra
  pairs are conflict between two actors of a violent sentence that are not its agent and
  patient (the condemner of a strike and the strike's victim), and a report described as
  false whose cue is off the pair's path.
- `learned.pair-2` (shipped): the same features, applied only behind a structural gate
  (`learned.gated`: the two mentions are the subject, or a passive's agent, and an object of
  one verb). Gated, the layer never adds an assertion on a row without gold at any threshold
  in cross-validation, but it finds almost nothing the rules miss: the rules already cover
  subject-verb-object sentences. At the chosen threshold (0.85, L2 1, minimum count 3): family
  sets 17.855 -> 17.862, peers' work part 421 -> 422 of 660 dyads. Weights in half precision:
  the model is 174 kB plus 103 kB of feature names.
- Held out, measured once with the layer on against off: written frozen halves identical on
  nine of eleven, round2_frozen 0.923 -> 0.906 (one wrong triple added) and round6_frozen
  0.871 -> 0.889 (one found); the peers' check part 41/109 both ways; dev gates relations
  0.933 (0) and UCDP headlines 0.900 (1) unchanged, MMP 0.795 -> 0.810 (10 both; in
  training). Net nothing held out, so the layer stays **off by default**.
- Why still: the gap on world news (statements, appeals, visits, demands between state
  actors) is in sentences where a pattern is missing for a whole class, and a linear model
  over sparse path features, trained on a few hundred such dyads, does not separate the
  pair a verb relates from the other actor pairs of the sentence well enough to beat the
  rules' precision; gating it to the one construction where it is precise leaves it nothing
  to add.
- Speed (`benchmarks/extract_speed.py --quick --no-write`, layer off then on, back to back
  on the shared 2-core machine under a load of 3-4): UCDP headlines 294 -> 288 sentences per
  CPU-second (ratio to a bare spaCy parse 0.53 -> 0.49), demo corpus 240 -> 227 (0.54 ->
  0.52). The layer costs 2-5%; the ratios of both settings are at the 0.5 floor in these
  noisy quick runs (the earlier full runs gave 0.75), so the off-by-default setting is also
  the faster one.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if not (shared / "dev" / "score.py").is_file():
        print(f"skipped: {shared}/dev/score.py is not here (set RIFTWATCH_SHARED)")
        return 0
    scorer = runpy.run_path(str(shared / "dev" / "score.py"))
    from riftwatch.nlp import learned, lexicon
    from riftwatch.nlp.parse import nlp

    nlp()
    manifest = json.loads((learned.MODEL_DIR / f"{learned.MODEL_NAME}.manifest.json").read_text())
    manifest["model"]["features_bytes"] = (
        (learned.MODEL_DIR / f"{learned.MODEL_NAME}.json").stat().st_size
    )
    runs: dict[str, dict[str, Any]] = {}
    for name, (kwargs, on) in CONFIGS.items():
        os.environ["RIFTWATCH_LEARNED_LAYER"] = "1" if on else "0"
        lex = lexicon.load.__wrapped__(**kwargs)
        t0 = time.perf_counter()
        sets: dict[str, dict[str, Any]] = {}
        paths = {
            **{s: shared / "dev" / f"{s}.jsonl" for s in DEV_SETS},
            **{f"labelled {s}": LABELLED / f"real_{s}.jsonl" for s in SPLITS},
        }
        for set_name, path in paths.items():
            rows = read_jsonl(path)
            events = code(lex, rows)
            fields: dict[str, Any] = score(scorer, path, events)
            fields["rows"] = len(rows)
            fields["learned"] = learned_count(events)
            sets[set_name] = fields
            print(
                f"{name:<12} {set_name:<20} F1={fields['F1']} P={fields['P']} R={fields['R']} "
                f"neg={fields['asserted_on_negatives']} learned={fields['learned']}"
            )
        runs[name] = {"sets": sets}
        if not args.no_peers:
            runs[name]["peers"] = p = peers(lex, shared)
            print(
                f"{name:<12} peers dyads found {_pct(p['found'], p['dyads'])}, type right "
                f"{_pct(p['type_ok'], p['typed'])}, stance right "
                f"{_pct(p['stance_ok'], p['stanced'])}, learned {p['learned']}"
            )
        runs[name]["seconds"] = time.perf_counter() - t0
    os.environ.pop("RIFTWATCH_LEARNED_LAYER", None)
    text = render(runs, manifest, not args.no_peers)
    if args.no_write:
        print(text)
    else:
        write_section(SECTION, text)
        print(f"wrote section '{SECTION}' of benchmarks/results.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
