"""Replay sides: rows where a named side of a pair is not found as the pair's actor.

The replay (``benchmarks/rift_replay.py``) matches a pair by the rows' group names; a break
can only be seen when both sides are found, under one id, in the rows that tell it. This
harness codes each set as the replay does (one document per row, one corpus per set, the
corpus memory on) and lists, per row and side, whether the actor the row's group name
resolves to (its lineage key, as ``rift_replay.group_keys`` finds it) is among the actors
the extractor found in that row's text. A side not found is put in a cause class by the
way the text names groups (:func:`causes`); the table counts rows per class and the number
of sets a class occurs in.

    PYTHONPATH=src python benchmarks/replay_sides.py [--set PATH ...] [--rows N] [--json OUT]

Without ``--set``: ``rift_world_dev7`` and every ``rift_world_holdout*.jsonl``, and the
``tests/nlp/data/mmp*_world_work.jsonl`` halves (one pair per row). Measurement only: it
writes nothing to ``results.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rift_replay import group_keys, world_rows, write_rows  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"
WORK = REPO / "tests" / "nlp" / "data"

_PAREN = re.compile(r"\(([^()]{1,40})\)")
_INITIALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z]{1,6}s?\b")
_STATE = re.compile(
    r"\b(?:army|armed forces|government|regime|military|troops|forces|state|police|"
    r"authorities|junta|administration|ministry|security services)\b",
    re.IGNORECASE,
)
_STATE_NAME = re.compile(
    r"\b(?:army|armed forces|government|regime|military|republic|kingdom|police|"
    r"federation|state of|peace ?keeping force|defen[cs]e forces|security forces)\b",
    re.IGNORECASE,
)
_LEADER = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*['’]s\s+(?:[a-z-]+\s+)?"
                     r"(?:fighters|militia|men|forces|faction|group|movement|followers|loyalists|"
                     r"wing|organi[sz]ation|party|army|rebels|supporters)\b")  # fmt: skip
_ANAPHOR = re.compile(
    r"\b(?:the|its|this|that)\s+(?:new\s+|armed\s+|rebel\s+|militant\s+)?(?:group|front|movement|"
    r"organi[sz]ation|militia|faction|outfit|insurgents|rebels|party|network|coalition|"
    r"alliance|splinter)\b",
    re.IGNORECASE,
)
_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|one-time|then-)\b", re.IGNORECASE)
_PEOPLE = re.compile(
    r"\b[A-Z][a-z]+(?:i|n|an|ian|ese|ish|ic|ul)?\s+(?:rebels|separatists|insurgents|militants|"
    r"guerrillas|fighters|nationalists|militias?|tribesmen)\b"
)
_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|an|ash|at|az|ul|ud)-", re.IGNORECASE)


def _words(name: str) -> set[str]:
    from riftwatch.actors.normalize import norm

    return {w for w in norm(re.sub(r"\([^)]*\)", " ", name)).split() if len(w) > 3}


_GENERIC = frozenset(
    "front movement army party liberation national people peoples islamic revolutionary united "
    "forces democratic popular union council group brigade brigades organization organisation "
    "state republic government alliance federation congress league communist socialist "
    "resistance defence defense independent free freedom".split()
)


def _spells(name: str, mention: str) -> bool:
    """Whether ``mention`` is initials that ``name`` spells (any of the KB's ways)."""
    from riftwatch.actors.open import spelled_initials
    from riftwatch.nlp.initialisms import initials

    flat = re.sub(r"[.\s]", "", mention)
    if not re.fullmatch(r"[A-Z][A-Za-z]?[A-Z0-9-]{1,9}", flat):
        return False
    letters = {flat, flat.replace("-", ""), flat.split("-")[0]}
    return bool(letters & (initials(name) | {spelled_initials(name) or ""}))


def causes(name: str, text: str, others: list[str], found: list[str] | None = None) -> list[str]:
    """The ways ``text`` may name the group ``name`` that the extractor missed (several may
    hold; the first is the row's class). ``others``: the pair's other rows' texts; ``found``:
    the row's actors as "mention -> id".

    >>> causes("Islamic Movement of Uzbekistan", "The IMU later joined IS.",
    ...        ["The Islamic Movement of Uzbekistan (IMU) allied with IS."])
    ['initials defined in another row', 'initials not resolved']
    >>> causes("Zorblan Liberation Front", "The ZLF fought IS.", [], ["ZLF -> org:zlf"])
    ['initials found under another id', 'initials not resolved']
    >>> causes("Syrian Arab Republic", "The Syrian army shelled Homs.", [])
    ['state named by its forces or capital', 'short form or variant of the name']
    """
    from riftwatch.actors.normalize import norm

    out: list[str] = []
    low = f" {norm(text)} "
    full = norm(re.sub(r"\([^)]*\)", " ", name))
    present = bool(full) and f" {full} " in low
    mentions = [f.split(" -> ")[0] for f in found or ()]
    if any(_spells(name, m) for m in mentions):
        out.append("initials found under another id")
    spelled = [m.group(1) for o in [text, *others] for m in _PAREN.finditer(o)]
    defined = {s for s in spelled if re.fullmatch(r"[A-Z][A-Za-z-]{1,9}", s)}
    if present and _PAREN.search(text):
        out.append("full name with a parenthesis")
    used = {m.group(0) for m in _INITIALS.finditer(text)}
    if used & defined and not any(f"({i})" in text for i in used & defined):
        out.append("initials defined in another row")
    if used and not present:
        out.append("initials not resolved")
    if _STATE_NAME.search(name) and not present:
        out.append("state named by its forces or capital")
    if _LEADER.search(text):
        out.append("a leader's name for the group")
    distinctive = [w for w in _words(name) if w not in _GENERIC]
    if not present and any(f" {w} " in low for w in distinctive):
        out.append("short form or variant of the name")
    if _ARTICLE.search(text) or _ARTICLE.search(name):
        words = _words(name)
        if words and not words <= set(low.split()):
            out.append("transliteration variant")
    if present and not out:
        out.append("full name present, not taken")
    if _ANAPHOR.search(text) and not present:
        out.append("the group / the front pointing back")
    if _FORMER.search(text):
        out.append("the former X")
    if _PEOPLE.search(text):
        out.append("people or region for the group")
    return out or ["other"]


def _sets(paths: list[Path] | None) -> list[tuple[str, list[dict[str, str]]]]:
    if paths:
        return [(p.stem, _rows(p)) for p in paths]
    out = [("rift_world_dev7", world_rows(DATA / "rift_world_dev7.jsonl"))]
    holdouts = sorted(DATA.glob("rift_world_holdout*.jsonl"),
                      key=lambda p: int(re.sub(r"\D", "", p.stem) or 1))  # fmt: skip
    out += [(p.stem, world_rows(p)) for p in holdouts]
    out += [(p.stem, _rows(p)) for p in sorted(WORK.glob("mmp*_world_work.jsonl"))]
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    """Replay rows from a replay set or an MMP-style set (``groups``: two names)."""
    first = json.loads(path.read_text("utf-8").splitlines()[0])
    if "group1" in first:
        return world_rows(path)
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        g1, g2 = r["groups"][:2]
        rows.append({"unique_id": r["id"], "relation": r["relation"], "group1_id": g1,
                     "group1_name": g1, "group2_id": g2, "group2_name": g2,
                     "date_iso": r["date"], "description": r["text"]})  # fmt: skip
    return rows


def found_actors(rows: list[dict[str, str]]) -> tuple[dict[str, list[tuple[str, str]]], Any]:
    """Per document id, (mention, id) of every actor the extractor found; and the prepared
    claims (for lineage keys), coded as the replay codes the rows."""
    from riftwatch.analysis.load import claims_from_jsonl
    from riftwatch.analysis.timeline import _same_open_actors, prepare
    from riftwatch.nlp import extract as ex

    seen: dict[tuple[str, int], list[tuple[str, str]]] = {}
    original = ex.code_sentence

    def spy(sdoc: Any, sent: Any, actors: list, doc_id: str, *a: Any, **k: Any) -> Any:
        seen[(str(doc_id), sent.index)] = [
            (sent.text[s:e], actor.org_id or actor.id) for s, e, actor in actors
        ]
        return original(sdoc, sent, actors, doc_id, *a, **k)

    ex.code_sentence = spy  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = write_rows(rows, Path(tmp) / "rows.jsonl")
            claims, _ = claims_from_jsonl(path, on_error=lambda e: None)
    finally:
        ex.code_sentence = original  # type: ignore[assignment]
    per_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (doc, _i), items in sorted(seen.items()):
        per_doc[doc] += items
    return per_doc, (prepare(claims), _same_open_actors(claims))


def measure(name: str, rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Every (row, side) whose group's key is not among the row's actors."""
    per_doc, (p, merged) = found_actors(rows)
    keys = group_keys(rows, p)

    def key(ident: str) -> str:
        try:
            return str(p.hierarchy.lineage(merged.get(ident, ident))[-1])
        except Exception:  # noqa: BLE001 - an id the hierarchy does not know
            return ident

    texts: dict[frozenset, list[str]] = defaultdict(list)
    for r in rows:
        texts[frozenset((r["group1_id"], r["group2_id"]))].append(r["description"])
    misses = []
    for r in rows:
        doc = f"row-{r['unique_id']}"
        got = {key(i): m for m, i in per_doc.get(doc, [])}
        for side in ("1", "2"):
            gid, gname = r[f"group{side}_id"], r[f"group{side}_name"]
            want = keys[gid]
            if want in got:
                continue
            seen = sorted({f"{m} -> {k}" for k, m in got.items()})
            others = [t for t in texts[frozenset((r["group1_id"], r["group2_id"]))]
                      if t != r["description"]]  # fmt: skip
            misses.append({
                "set": name, "row": r["unique_id"], "group": gname, "want": want,
                "found": seen,
                "causes": causes(gname, r["description"], others, seen), "text": r["description"],
            })  # fmt: skip
    return misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, action="append", default=None)
    ap.add_argument("--rows", type=int, default=0, help="Print this many missed sides.")
    ap.add_argument("--json", type=Path, default=None, help="Write every miss here.")
    args = ap.parse_args(argv)
    all_misses: list[dict[str, Any]] = []
    total = 0
    for name, rows in _sets(args.set):
        total += 2 * len(rows)
        m = measure(name, rows)
        all_misses += m
        print(f"{name}: {len(rows)} rows, {len(m)} sides not found", flush=True)
    first = Counter(m["causes"][0] for m in all_misses)
    anywhere = Counter(c for m in all_misses for c in m["causes"])
    in_sets: dict[str, set[str]] = defaultdict(set)
    for m in all_misses:
        for c in m["causes"]:
            in_sets[c].add(m["set"])
    print(f"\n{len(all_misses)} of {total} sides not found as the pair's actor\n")
    print("| cause | rows (first cause) | rows (any) | sets |\n|---|---:|---:|---:|")
    for c, n in anywhere.most_common():
        print(f"| {c} | {first.get(c, 0)} | {n} | {len(in_sets[c])} |")
    for m in all_misses[: args.rows]:
        print(f"\n[{m['set']} {m['row']}] {m['group']} ({m['want']}): {'; '.join(m['causes'])}"
              f"\n  found: {', '.join(m['found'])}\n  {m['text']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(all_misses, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
