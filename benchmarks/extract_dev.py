"""Stance-triple accuracy on the labelled cases, written to benchmarks/results.md.

    .venv/bin/python benchmarks/extract_dev.py

- the open development sets (../shared/dev/relations.jsonl, ucdp_headlines_dev.jsonl and
  mmp_afghan_dev.jsonl), scored by their own scorer (../shared/dev/score.py: families of
  actor names, asserted events only);
- the project's own Af/Pak cases (tests/nlp/data/afpak_cases.jsonl), scored the same way
  with actors compared by knowledge-base keys (see tests/nlp/test_extract.py).
Both report F1, precision, recall and assertions on negative cases (cases where nothing may
be asserted: negation, denial, condition, hypothesis, prediction, uncertainty).
"""

from __future__ import annotations

import io
import json
import os
import runpy
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from _results import shared_dir  # noqa: E402  (../shared beside the checkout or a worktree)

DEV = shared_dir() / "dev"


DEV_SETS = {
    "relations.jsonl": "written reports, 30 sentences",
    "ucdp_headlines_dev.jsonl": "real UCDP headlines, 220 (210 without a family dyad)",
    "mmp_afghan_dev.jsonl": "MMP relationship sentences and UCDP Afghanistan snippets, 274",
}
# The same sets scored at commit d14a168, before symmetry, headline mode, claims and context.
BEFORE = {
    "relations.jsonl": "F1=0.933 P=1.000 R=0.875 asserted_on_negatives=0",
    "ucdp_headlines_dev.jsonl": "F1=0.308 P=0.667 R=0.200 asserted_on_negatives=0",
    "mmp_afghan_dev.jsonl": "F1=0.312 P=0.680 R=0.202 asserted_on_negatives=4",
}


def dev_scores(name: str = "relations.jsonl") -> str:
    """The shared scorer's summary line for one labelled set in ../shared/dev."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ev.jsonl"
        with out.open("w") as handle:
            # this checkout's code, whichever environment runs the script
            env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
            subprocess.run([sys.executable, "-m", "riftwatch.cli", "extract", str(DEV / name),
                            "--format", "jsonl"], stdout=handle, check=True, env=env)  # fmt: skip
        scorer = runpy.run_path(str(DEV / "score.py"))
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            scorer["score_relations"](str(DEV / name), str(out))
    return buffer.getvalue().strip().splitlines()[-1]


def own_scores() -> str:
    sys.path.insert(0, str(REPO / "tests" / "nlp"))
    from test_extract import OWN_CASES, _key

    from riftwatch.nlp.extract import extract_documents
    from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE

    rows = [json.loads(line) for line in OWN_CASES.read_text().splitlines() if line.strip()]
    gold = {(r["id"], a, b, s) for r in rows for a, b, s in r["gold"]}
    negatives = {r["id"] for r in rows if not r["gold"]}
    predicted = set()
    docs = [{"id": r["id"], "text": r["text"], "date": r["date"]} for r in rows]
    for coded in extract_documents(docs):
        e = coded.event
        stance = "coop" if e.event_type in COOPERATIVE else (
            "conf" if e.event_type in CONFLICTUAL else None)  # fmt: skip
        s, t = _key(e.source.org_id or e.source.id), _key(e.target.org_id or e.target.id)
        if e.modality == "asserted" and stance and s and t and s != t:
            predicted.add((coded.doc_id, s, t, stance))
    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold)
    f1 = 2 * p * r / (p + r) if tp else 0.0
    on_neg = len({x for x in predicted if x[0] in negatives})
    return (f"F1={f1:.3f} P={p:.3f} R={r:.3f} tp={tp} pred={len(predicted)} gold={len(gold)} "
            f"asserted_on_negatives={on_neg}")  # fmt: skip


def main() -> int:
    sys.path.insert(0, str(HERE))
    from _results import write_section

    from riftwatch.nlp import lexicon

    sets = {name: dev_scores(name) if (DEV / name).exists() else "not available"
            for name in DEV_SETS}  # fmt: skip
    own = own_scores()
    for name, line in sets.items():
        print(f"{name}:", line)
    print("own cases:", own)
    rows = [f"| {DEV_SETS[name]} (../shared/dev/{name}) | {line} | {BEFORE[name]} |"
            for name, line in sets.items()]  # fmt: skip
    body = "\n".join([
        "## extraction: labelled cases", "",
        f"`benchmarks/extract_dev.py`, lexicon {lexicon.load().version}. Stance triples "
        "(source family, target family, cooperation/conflict) of asserted events, scored by "
        "../shared/dev/score.py.", "",
        "| set | result | before the coding classes of issue 9 (lexicon events-1+cues-1) |",
        "|---|---|---|",
        *rows,
        f"| own Af/Pak cases, 30 sentences (tests/nlp/data/afpak_cases.jsonl) | {own} | |", "",
        "Targets: F1 >= 0.85 and no assertion on negatives on the written-report set. The "
        "headline set is mostly negatives (210 of 220 rows hold no family dyad): a test of "
        "precision. Extras on the MMP set are mostly the scorer's family patterns at work "
        "(Lashkar-e-Jhangvi matches LET's 'lashkar', TNSM's 'Tehreek' matches TTP). All sets "
        "were looked at while building the rules (by class, never by sentence), so they are "
        "regression floors, not blind estimates; the hidden sets that judge the work are "
        "expected to score lower.", "",
    ])  # fmt: skip
    write_section("extraction: labelled cases", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
