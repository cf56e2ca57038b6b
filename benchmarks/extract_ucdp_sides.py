"""Distant labels: our family triples on UCDP GED Pakistan headlines against UCDP's coded sides.

    .venv/bin/python benchmarks/extract_ucdp_sides.py [--no-write] [--misses N] [--limit N]

Every ``source_headline`` of ../shared/datasets/ucdp-ged-pakistan/events.csv (CC BY 4.0;
Sundberg & Melander 2013; split at ``;``) is coded with its event date through
``riftwatch.api.extract``. UCDP's ``side_a``/``side_b`` are mapped to the families of
../shared/dev/LABELLING.md (``SIDE_FAMILY`` below; civilians, India, Baloch and sectarian
groups, Lashkar-e-Islam ... stay outside). UCDP codes only deadly violence, so the outside
label of a headline is "a conflict between these two sides", never a direction.

Reported by period (1989-2016 and 2017-2021; the 2017-2021 text is withheld from the shared
copy, so that period is reported as empty until it is there):

(a) a precision proxy: of the asserted family triples (families by ../shared/dev/score.py),
    the share whose two families are UCDP's two sides with a conflict stance; the others by
    class (``pair`` = which families, ``stance`` = coop on a UCDP conflict);
(b) a recall proxy: among headlines where both sides' families are named or implied (the
    mention finder sees them, a bare "Taliban" counts for a TTP side, and an unattributed
    raid/operation/arrest word implies a Pakistani side), the share coded with an asserted
    conflict triple between those two families (either direction); the misses grouped by
    mechanism (``mechanism`` below: a small rule classifier over the parse).

No headline text is written to results.md: only counts and mechanism names (``--misses N``
prints N missed headlines per mechanism to the terminal for development).
"""

from __future__ import annotations

import argparse
import csv
import re
import runpy
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import shared_dir, write_section  # noqa: E402  (the shared results.md writer)

SECTION = "extraction: UCDP sides as distant labels (Pakistan headlines)"
PERIODS = (("1989-2016", 1989, 2016), ("2017-2021", 2017, 2021))

# UCDP actor names -> LABELLING.md families (None: outside the families).
SIDE_FAMILY = {
    "Government of Pakistan": "PAK",
    "Government of Afghanistan": "AFG",
    "Government of United States of America": "USA",
    "TTP": "TTP",
    "Jamaat-ul-Ahrar": "TTP",
    "IS": "IS",
    "al-Qaida": "AQ",
    "Taleban": "TALIBAN",
}


def side_family(side: str) -> str | None:
    """The family of a UCDP side name.

    >>> side_family("TTP-KM"), side_family("Lashkar of Orakzai tribe"), side_family("BLA")
    ('TTP', 'LOCALS', None)
    """
    side = side.strip()
    if side in SIDE_FAMILY:
        return SIDE_FAMILY[side]
    if side.startswith("TTP"):
        return "TTP"  # factions: TTP-KM, TTP-SM, TTP - TA, TTP - MR ...
    if re.match(r"(?i)las?k?h?k?ar of .*(tribe|clan)", side):
        return "LOCALS"
    return None


def headlines(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """One row per headline: id, date, text, period, UCDP's two side families."""
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            year = int(row["year"])
            period = next(name for name, lo, hi in PERIODS if lo <= year <= hi)
            for i, text in enumerate((row["source_headline"] or "").split(";")):
                text = " ".join(text.split())
                if len(text) < 15:
                    continue
                out.append({
                    "id": f"{row['id']}:{i}", "date": row["date_start"], "text": text,
                    "period": period, "year": year,
                    "sides": (side_family(row["side_a"]), side_family(row["side_b"])),
                    "ucdp": f"{row['side_a']} / {row['side_b']}",
                })  # fmt: skip
    return out[:limit] if limit else out


LOCATIVE = re.compile(r"(?i)\b(?:in|near|across|inside|into|from|of|across)\s+$")
PLACE_AFTER = re.compile(r"^'s\s+[A-Z]")


def seen_families(row: dict[str, Any], scorer: dict[str, Any], lex: Any) -> set[str]:
    """Families the mention finder sees in the headline, plus those the rules imply: a bare
    Taliban stands for the TTP (when the TTP is a side), an unattributed raid, operation or
    arrest word for the Pakistani state."""
    from riftwatch.nlp import context as ctx
    from riftwatch.nlp.extract import DocumentState, _find_actors

    fams: set[str] = set()
    for start, end, actor in _find_actors(row["text"], row["date"], DocumentState()):
        fam = scorer["family"]({"name": actor.name, "id": actor.id})
        if actor.type == "country" and (
            LOCATIVE.search(row["text"][:start]) or PLACE_AFTER.match(row["text"][end:])
        ):
            continue  # "killed in Pakistan", "Pakistan's Karachi": a place, not an actor
        if fam:
            fams.add(fam)
    if "TALIBAN" in fams and "TTP" in row["sides"] and row["year"] >= 2007:
        fams.add("TTP")  # the context call of LABELLING.md (Taliban vs Pakistan's forces)
    if ctx.implied_words(lex).search(row["text"]) or re.search(
        r"(?i)\b(encounter|operation|offensive|security forces|troops|soldiers|police|"
        r"forces|gunship|jets?|airstrikes?|air strikes?|shelling|bombing raids?)\b",
        row["text"],
    ):
        fams.add("PAK~")  # implied (a cue, not a mention)
    return fams


def mechanism(row: dict[str, Any], events: list[dict[str, Any]], fams: set[str],
              scorer: dict[str, Any], nlp: Any) -> str:  # fmt: skip
    """Why a headline with both sides seen got no asserted conflict triple between them."""
    a, b = row["sides"]
    pair = {a, b}
    between = [
        e for e in events
        if {scorer["family"](e.get("source")), scorer["family"](e.get("target"))} == pair
    ]  # fmt: skip
    if between:
        if any((e.get("modality") or "") != "asserted" for e in between):
            return "modality (coded, not asserted)"
        return "stance (coded as cooperation)"
    named = {f for f in fams if f != "PAK~"}
    if not pair <= named:
        return "implied agent missing"
    doc = nlp(row["text"])
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if any(t.tag_ == "VBN" and t.dep_ in ("ROOT", "acl", "conj") for t in doc) and not any(
        t.lower_ == "by" for t in doc
    ):
        if events:
            return "passive: agent not linked"
        return "passive without agent"
    if not verbs:
        if any(t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") for t in doc):
            return "nominal event (no verb)"
        return "no verb"
    if re.search(r"(?i)\b(may|might|could|would|will|to|plans?|vows?|threatens?|warns?|"
                 r"says?|claims?|denies|denied)\b", row["text"]):  # fmt: skip
        return "modality or speech frame"
    if events:
        return "other actors paired"
    return "verb or frame not coded"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="do not update results.md")
    ap.add_argument("--misses", type=int, default=0, help="print N misses per mechanism")
    ap.add_argument("--extras", action="store_true", help="print the triples off UCDP's sides")
    ap.add_argument("--limit", type=int, default=None, help="first N headlines only")
    args = ap.parse_args(argv)
    shared = shared_dir()
    path = shared / "datasets" / "ucdp-ged-pakistan" / "events.csv"
    score_py = shared / "dev" / "score.py"
    if not path.exists() or not score_py.exists():
        print(f"skipped: {path} or {score_py} is not here (set RIFTWATCH_SHARED)")
        return 0
    scorer = runpy.run_path(str(score_py))
    from riftwatch.api import extract
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.parse import nlp as load_nlp

    lex = lexicon.load()
    nlp = load_nlp()
    rows = headlines(path, args.limit)
    started = time.perf_counter()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in extract({"id": r["id"], "text": r["text"], "date": r["date"]} for r in rows):
        by_doc[str(event.get("doc_id"))].append(event)
    seconds = time.perf_counter() - started

    table = []
    detail: list[str] = []
    for name, _lo, _hi in PERIODS:
        part = [r for r in rows if r["period"] == name]
        if not part:
            table.append(f"| {name} | 0 | | | | (headline text withheld in the shared copy) |")
            continue
        triples = on_sides = 0
        off: Counter[str] = Counter()
        cand = hit = 0
        misses: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for r in part:
            events = by_doc.get(r["id"], [])
            pred = {
                (scorer["family"](e.get("source")), scorer["family"](e.get("target")),
                 scorer["stance"](e.get("event_type")))
                for e in events if (e.get("modality") or "") == "asserted"
            }  # fmt: skip
            pred = {p for p in pred if p[0] and p[1] and p[2] and p[0] != p[1]}
            sides = set(r["sides"])
            for s, t, st in pred:
                triples += 1
                if {s, t} == sides and st == "conf":
                    on_sides += 1
                else:
                    why = "stance" if {s, t} == sides else "pair"
                    cls = f"{why}: {s}->{t} {st} (UCDP {r['sides'][0]}/{r['sides'][1]})"
                    off[cls] += 1
                    if args.extras:
                        print(f"  extra {cls} {r['id']} {r['date']} {r['text']}")
            a, b = r["sides"]
            if not a or not b or a == b:
                continue
            fams = seen_families(r, scorer, lex)
            seen = {f.rstrip("~") for f in fams}
            if not {a, b} <= seen:
                continue
            cand += 1
            if any({s, t} == {a, b} and st == "conf" for s, t, st in pred):
                hit += 1
                continue
            why = mechanism(r, events, fams, scorer, nlp)
            misses[why] += 1
            examples[why].append(f"{r['id']} {r['date']} [{r['ucdp']}] {r['text']}")
        prec = on_sides / triples if triples else 0.0
        rec = hit / cand if cand else 0.0
        table.append(
            f"| {name} | {len(part)} | {triples} | {on_sides} ({prec:.1%}) | "
            f"{hit}/{cand} ({rec:.1%}) | |"
        )
        print(f"{name}: {len(part)} headlines; (a) {on_sides}/{triples} asserted family triples "
              f"on UCDP's sides ({prec:.1%}); (b) {hit}/{cand} two-sided headlines coded "
              f"({rec:.1%})")  # fmt: skip
        detail += [f"**{name}, (a) triples off UCDP's sides, by class:**", ""]
        detail += [f"- {n} {cls}" for cls, n in off.most_common()] or ["- none"]
        detail += ["", f"**{name}, (b) misses by mechanism:**", ""]
        detail += [f"- {n} {why}" for why, n in misses.most_common()] or ["- none"]
        detail.append("")
        for why, n in misses.most_common():
            print(f"  miss {n:4d} {why}")
            for line in examples[why][: args.misses]:
                print(f"       {line}")
        for cls, n in off.most_common():
            print(f"  off  {n:4d} {cls}")
    print(f"coded {len(rows)} headlines in {seconds:.0f} s")
    body = "\n".join([
        f"## {SECTION}", "",
        f"`benchmarks/extract_ucdp_sides.py`, lexicon {lexicon.load().version}. Every source "
        "headline of UCDP GED Pakistan (CC BY 4.0), coded with its event date and compared "
        "with UCDP's coded sides mapped to the LABELLING.md families (Government of Pakistan "
        "-> PAK, TTP and factions -> TTP, IS -> IS, al-Qaida -> AQ, United States -> USA, "
        "Taleban -> TALIBAN, Government of Afghanistan -> AFG, tribal lashkars -> LOCALS; "
        "others outside). (a) is a precision proxy: asserted family triples whose two families "
        "are UCDP's sides, with a conflict stance. (b) is a recall proxy: headlines where "
        "both sides' families are named (or, for a Pakistani side, implied by an operation, "
        "raid, arrest or security-force word; a bare Taliban for a TTP side after 2007) and "
        "that got an asserted conflict triple between them. Distant labels are noisy both "
        "ways: a headline may be about another event of the day, and UCDP's sides are not "
        "what every headline names.", "",
        "| period | headlines | asserted family triples | (a) on UCDP's sides | "
        "(b) two-sided headlines coded | note |",
        "|---|---:|---:|---:|---:|---|",
        *table, "",
        *detail,
        "Reading (a): most triples off UCDP's sides are right about their headline and the "
        "distant label is what differs (a Pakistani operation against al-Qaida members in an "
        "event UCDP codes as United States / al-Qaida). `PAK->LET` is a scorer artefact: the "
        "shared scorer maps every actor name containing 'Lashkar' to LeT, so Lashkar-e-Islam "
        "and Lashkar-e-Jhangvi (outside the families) count as LeT. Reading (b): most misses "
        "left are headlines LABELLING.md itself gives no triple (a passive with no agent and "
        "no operation, raid or arrest word; a claim naming no target).", "",
    ])  # fmt: skip
    if not args.no_write:
        write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
