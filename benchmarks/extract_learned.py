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

The shipped model was trained on the labelled train split and the three development sets
(scripts/train_pair_model.py): its figures there are resubstitution and marked so; the
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
    for name, path in paths.items():
        records = ep.read_jsonl(path)
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
            ("found", "gold dyads found"),
            ("type_ok", "type right (found)"),
            ("stance_ok", "stance right (found)"),
            ("learned", "learned ev"),
        ):
            cells = []
            for n in names:
                p = runs[n]["peers"]
                den = {"found": "dyads", "type_ok": "typed", "stance_ok": "stanced"}.get(key)
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
What was measured before choosing (`scripts/train_pair_model.py`, five-fold cross-validation
by document over the 584 gold rows, threshold 0.40-0.95; the manifest keeps the table):

- sparse lexical features alone, sparse plus spaCy's token vectors pooled over the path
  (`--dense`, 96 dims), sparse plus the lexicon's types of the path words, a `LEX` label that
  lets the lexicon name the type (`--lex-label`), and the UN sanctions list's rule events as
  extra silver (`--silver-un`, 5 pairs). No variant beat the rules at any threshold: at 0.95
  every one equals the rules on all four gold sets (real_train 0.800, relations 0.933, UCDP
  headlines 0.778, MMP 0.779 F1); at lower thresholds each adds false triples (MMP negatives
  8 -> 10-15, real_train F1 0.800 -> 0.706). The shipped model is the sparse one with the
  lexicon-type features (no dense block: it gained nothing and the sparse model is simpler).
- Why: the gold data hold few relations the rules miss between two actors they do find.
  Over all four gold sets there are about 50 such pairs against about 460 unconnected pairs
  without a relation; most misses are actors not found or not in the families, not unlinked
  pairs. On peers' world news both actors of 83% of the gold dyads are found but a pattern
  links only 29%; those sentences are statements, appeals, visits and demands, types the
  Af/Pak training data barely hold, so the model cannot learn them from what it may use.
- Held out, at the threshold cross-validation chose (0.95): the layer adds one wrong triple on
  the frozen test split (F1 0.444 -> 0.400, one assertion on a negative row) and no gold dyad
  on peers' world news. It does not help, so it is **off by default** (`learned_layer`); the
  stage, the model and the training script stay, so that more labelled data can retrain it.
- Unattributed armed men ("militants", "gunmen") make no pair, as the rules never give them
  a group; the variants above were compared before that rule and the shipped model was
  retrained after it (the cross-validated figures did not change).
- Speed with the layer on (`benchmarks/extract_speed.py --sentences 20000 --every 5000`, one
  run per setting on the shared 2-core machine): UCDP headlines 507 sentences per CPU-second
  with the layer on against 500 off (ratio to a bare spaCy parse 0.75 on, measured in the
  same run), demo corpus 370 against 366 (0.84 on); projected memory at 1M sentences 625 MB on,
  574 MB off (measured before militants were left out of the pairs). With the shipped model,
  `--quick` (300 headlines, 5,000 streamed sentences): UCDP headlines 0.78x on (468 per
  CPU-second) and 0.70x off (474), demo 0.84x on and 1.06x off, projected memory 446-596 MB on.
  The layer costs little: it scores only sentences already parsed, with a
  dictionary lookup per feature.
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
