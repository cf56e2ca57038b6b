"""Missed gold dyads of the peers' world-news sets, sorted into classes by mechanism.

    .venv/bin/python benchmarks/extract_misses.py [--show CLASS] [--limit N] [--json OUT]

For every gold dyad of PLOVER GSR, UniversalPetrarch English GSR and ConfliBERT (the sets
``benchmarks/extract_peers.py`` scores dyads on) that our extraction misses, one class:

- ``actor: <kind>``: a side our extraction does not find at all. The kind is read from the
  gold actor text: ``pronoun``, ``country adjective`` ("Iraqi", "Israeli"), ``agent noun``
  (police, rebels, officials...), ``person with title``, ``organisation`` (an ORG entity or
  capitalised name) or ``other``;
- otherwise (both actors found, no event between them) the first of, on the dependency
  path between the two actors' tokens: ``nominal event`` (the path goes through a noun: "X's
  attack on Y", "talks with Y"), ``passive``, ``infinitive complement`` (xcomp: "agreed to
  help"), ``clausal complement`` (ccomp: "said that ..."), ``relative clause``,
  ``coordination`` (the actors are conjuncts: "X and Y met"), then by the verb heading the
  path: ``verb not in dictionary``, ``verb off by policy (root 01/02/03/10)``, ``verb off by
  policy (generic/off list)``, ``verb in dictionary, not matched`` (it would code on its own:
  the roles did not connect), ``no verb between`` (different sentences or no path).

A miss can have more than one cause; the class is the first that applies, so the table is a
guide to the biggest mechanisms, not an exact partition. Prints the table (and with
``--show`` the sentences of a class, for development only: the gold text is not written
anywhere). ``--json`` writes the class counts for results.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_peers as peers  # noqa: E402

PRONOUNS = frozenset("he she they it we i you him her them us its their his".split())
TITLES = re.compile(
    r"\b(president|prime minister|minister|secretary|king|queen|prince|general|gen\.|"
    r"leader|chief|ambassador|envoy|spokesman|spokeswoman|chancellor|premier|senator|"
    r"mr\.?|mrs\.?|dr\.?|colonel|col\.|commander|governor|mayor|pope|sheikh|ayatollah)\b",
    re.I,
)


def _agent_words() -> frozenset[str]:
    from riftwatch.actors import agents

    try:
        words = set(agents.load_agents().roles)
    except Exception:  # noqa: BLE001 - the kind is a guide; fall back to a short list
        words = set()
    return frozenset(words | set(
        "police soldiers troops army forces rebels militants officials government guerrillas "
        "protesters demonstrators negotiators diplomats authorities opposition students "
        "workers insurgents gunmen militia militias parliament court".split()
    ))  # fmt: skip


def actor_kind(text: str, agent_words: frozenset[str]) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z.'-]*", text)
    lower = [w.lower() for w in words]
    if not words:
        return "other"
    if len(words) == 1 and lower[0] in PRONOUNS:
        return "pronoun"
    if TITLES.search(text):
        return "person with title"
    if any(w in agent_words or w.rstrip("s") in agent_words for w in lower):
        return "agent noun"
    if (
        len(words) == 1
        and re.search(r"(an|ian|ese|i|ish|ic)s?$", lower[0])
        and words[0][0].isupper()
    ):
        return "country adjective"
    if all(w[0].isupper() for w in words):
        return "organisation or name"
    return "other"


def _tokens_of(doc: Any, mention: str) -> list[Any]:
    m = re.search(re.escape(mention), doc.text, re.I) if mention else None
    if not m:
        return []
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    return list(span) if span is not None else []


def _head_of(toks: list[Any]) -> Any:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _path(a: Any, b: Any) -> list[Any]:
    """Tokens from a up to the lowest common ancestor and down to b (ends excluded)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[1 : n + 1] + list(reversed(up_b[1 : ids_b[t.i]]))
    return []


def classify_pair(doc: Any, ta: Any, tb: Any, lex: Any) -> str:
    if ta.sent.start != tb.sent.start:
        return "no verb between"
    if tb in ta.conjuncts or ta in tb.conjuncts:
        return "coordination"
    path = _path(ta, tb)
    deps = [t.dep_ for t in path] + [ta.dep_, tb.dep_]
    nouns = [t for t in path if t.pos_ in ("NOUN", "PROPN") and t.i not in (ta.i, tb.i)]
    verbs = [t for t in path if t.pos_ in ("VERB", "AUX")]
    if "relcl" in deps:
        return "relative clause"
    light = not verbs or all(
        lex.light_verbs.get(v.lemma_.lower())
        or v.lemma_ == "be"
        or v.lemma_.lower() not in lex.verbs
        for v in verbs
    )
    if nouns and light and (not verbs or any(n.head in verbs or n.head in nouns for n in nouns)):
        return "nominal event"
    if any(d in ("nsubjpass", "auxpass", "agent") for d in deps) or any(
        c.dep_ == "auxpass" for v in verbs for c in v.children
    ):
        return "passive"
    if "xcomp" in deps:
        return "infinitive complement"
    if "ccomp" in deps:
        return "clausal complement"
    if not verbs:
        return "no verb between"
    verb = min(verbs, key=lambda v: v.i if v.i > min(ta.i, tb.i) else 10**6)
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs:
        return "own verb, roles not connected"
    base = lex.base
    entry = base.entry(lemma) if base is not None else None
    if entry is None:
        return "verb not in dictionary"
    code = str(entry.get("cameo") or "")
    if code[:2] in ("01", "02", "03", "10") or code == "---":
        return "verb off by policy (root 01/02/03/10)"
    if not entry.get("coded_alone"):
        return "verb off by policy (generic/off list)"
    return "verb in dictionary, not matched"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", default=None, help="print the sentences of classes matching this")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", default=None, help="write the class counts here")
    ap.add_argument("--write", action="store_true", help="write the results.md section")
    ap.add_argument(
        "--work", action="store_true", help="only the work part of extract_peers.py --holdout"
    )
    args = ap.parse_args(argv)
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.parse import nlp

    lex = lexicon.load()
    agent_words = _agent_words()
    table = peers.load_cameo_map()
    files = {"gsr": peers.GSR, "conflibert": peers.CONFLIBERT, "up": peers.UPGSR}
    where = peers.holdout_parts({n: peers.read_jsonl(f, args.limit) for n, f in files.items()})
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    total = found = 0
    for name, path in files.items():
        records = peers.read_jsonl(path, args.limit)
        if args.work:
            records = [r for r in records if where[(name, str(r["id"]))] == "work"]
        ours, _secs = peers.run_extractor(records)
        for rec in records:
            events = ours.get(str(rec["id"]), [])
            dyads = peers.gold_dyads(name, rec, table)
            if not dyads:
                continue
            actors = peers.sentence_actors(rec)
            doc = nlp()(rec.get("text") or "")
            for one, other, gtype in dyads:
                total += 1
                side = peers._side_matches  # noqa: SLF001
                cof = peers._country  # noqa: SLF001
                if any((side(e["source"], one, cof) and side(e["target"], other, cof))
                       or (side(e["source"], other, cof) and side(e["target"], one, cof))
                       for e in events):  # fmt: skip
                    found += 1
                    continue
                a1 = [a for a in actors if side(a, one, cof)]
                a2 = [a for a in actors if side(a, other, cof)]
                if not a1 or not a2:
                    missing = one if not a1 else other
                    if name == "up":
                        cls = "actor: country not resolved"
                    else:
                        cls = f"actor: {actor_kind(missing[0], agent_words)}"
                else:
                    t1 = _tokens_of(doc, a1[0].get("mention") or "")
                    t2 = _tokens_of(doc, a2[0].get("mention") or "")
                    if not t1 or not t2:
                        cls = "no verb between"
                    else:
                        cls = classify_pair(doc, _head_of(t1), _head_of(t2), lex)
                counts[cls] += 1
                if args.show and (args.show == "all" or args.show in cls):
                    shown[cls].append(f"[{rec['id']}] {gtype} {one} / {other} :: {rec['text']}")
    print(f"gold dyads {total}, found {found}, missed {total - found}")
    for cls, n in counts.most_common():
        print(f"{n:5d}  {cls}")
    for cls, lines in shown.items():
        print(f"\n--- {cls} ({len(lines)})")
        for line in lines:
            print("  " + line[:400])
    if args.json:
        Path(args.json).write_text(json.dumps({"total": total, "found": found,
                                               "classes": dict(counts)}, indent=1))  # fmt: skip
    if args.write:
        from _results import write_section

        before = json.loads(BEFORE.read_text("utf-8"))
        write_section(SECTION, render(before, {"total": total, "found": found,
                                               "classes": dict(counts)}))  # fmt: skip
        print(f"wrote section '{SECTION}' of benchmarks/results.md")
    return 0


SECTION = "extraction: missed peer dyads by mechanism"
BEFORE = Path(__file__).resolve().parent / "extract_misses_before.json"


def render(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The results.md section: class -> missed dyads, before and after."""
    names = sorted(set(before["classes"]) | set(after["classes"]),
                   key=lambda c: -before["classes"].get(c, 0))  # fmt: skip
    lines = [
        f"## {SECTION}",
        "",
        "`benchmarks/extract_misses.py --write`: every gold dyad of PLOVER GSR, UniversalPetrarch",
        "English GSR and ConfliBERT that `benchmarks/extract_peers.py` counts as not found, in one",
        "class by the first mechanism that applies (see the script's docstring; a guide, not an",
        f"exact partition). Before = commit {before.get('commit', '?')} (start of the recall",
        "work; benchmarks/extract_misses_before.json), after = this build.",
        "",
        "| class | missed before | missed after |",
        "|---|---:|---:|",
    ]
    for name in names:
        lines.append(f"| {name} | {before['classes'].get(name, 0)} | "
                     f"{after['classes'].get(name, 0)} |")  # fmt: skip
    lines.append(f"| **all missed** | {before['total'] - before['found']} | "
                 f"{after['total'] - after['found']} |")  # fmt: skip
    lines.append(f"| dyads found | {before['found']}/{before['total']} | "
                 f"{after['found']}/{after['total']} |")  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
