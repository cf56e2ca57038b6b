"""MMP group names: does every name of the Stanford MMP group list resolve to its actor?

    .venv/bin/python benchmarks/mmp_names.py [--list] [--no-write]

Reads only the names and ids of ``../shared/datasets/mmp-militant-relationships/groups.csv``
(no relationship text). Each name is resolved the way a name typed to ``riftwatch dyad A B``
or ``riftwatch actors resolve NAME`` is (:func:`riftwatch.actors.resolve_mention`, then
:func:`riftwatch.actors.query_organization` when the name stays open), with no date and
no context. The right actor is the KB record carrying the group's MMP reference
(``external.mmp``: the group id, or the name for MMP's ``-99`` placeholder). Reports:

- resolved to the right actor / to another actor / ambiguous / unresolved;
- names whose MMP reference no actor carries (the build left the group out);
- pairs of MMP names that land on one id (merges: right only for true renamings);
- spelling variants: each name rewritten by the rules of :data:`VARIANTS` (the article
  "The" added or dropped, "al-"/"Al "/"el-", Jaish/Jaysh/Jeish, Mujahideen/Mujahedeen/
  Mujahidin, Jabhat/Jabha, Ansar/Ansaar, Brigade/Brigades, hyphens as spaces ...): does
  the variant resolve to the same actor as the name, typed alone and inside an invented
  sentence (``Resolver.find_mentions``)? Every variant is made by rule, none is read.

Figures go to stdout and to the ``## mmp_names`` section of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import shared_dir, write_section  # noqa: E402  (the shared results.md writer)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from riftwatch.actors import query_organization, resolve_mention  # noqa: E402
from riftwatch.actors.kb import default_kb  # noqa: E402

SECTION = "mmp_names"
VARIANTS: tuple[tuple[str, str], ...] = (
    (r"\bJaish\b", "Jaysh"),
    (r"\bJaish\b", "Jeish"),
    (r"\bJaysh\b", "Jaish"),
    (r"\bJabhat\b", "Jabha"),
    (r"\bJabhat\b", "Jebhat"),
    (r"\bAnsar\b", "Ansaar"),
    (r"\bMujahideen\b", "Mujahedeen"),
    (r"\bMujahideen\b", "Mujahidin"),
    (r"\bMujahedeen\b", "Mujahideen"),
    (r"\bMuhajireen\b", "Muhajirin"),
    (r"\bBrigade\b", "Brigades"),
    (r"\bBrigades\b", "Brigade"),
    (r"\bBattalion\b", "Battalions"),
    (r"\bHarakat\b", "Harakah"),
    (r"\bHarakat\b", "Harkat"),
    (r"\bJamaat\b", "Jama'at"),
    (r"\bIslamiya\b", "Islamiyya"),
    (r"\bIslamiya\b", "Islamiyah"),
    (r"\bQaeda\b", "Qaida"),
    (r"\bTahrir\b", "Tahreer"),
    (r"\bTehrik\b", "Tehreek"),
    (r"\bal-(\w)", r"al \1"),
    (r"\bal-(\w)", r"Al-\1"),
    (r"\bal-(\w)", r"el-\1"),
    (r"\bAl-(\w)", r"al-\1"),
    (r"\bAl (\w)", r"al-\1"),
    (r"\bwal[- ](\w)", r"wa al-\1"),
    (r"\bwal (\w)", r"wal-\1"),
    (r"(\w)-(ul|ud|ut|e|i|al)-(\w)", r"\1 \2 \3"),
    (r"^The ", ""),
    (r"^(?!The )", "The "),
)
"""Spelling rules: (pattern, replacement); each rule that applies makes one variant."""
SENTENCE = "Fighters of {name} attacked an army post near the border on Tuesday, officials said."
GROUPS = shared_dir() / "datasets" / "mmp-militant-relationships" / "groups.csv"


def gold_ids() -> dict[str, str]:
    """MMP reference (group id or, for -99, the name; casefolded) -> canonical KB id."""
    kb = default_kb()
    out: dict[str, str] = {}
    for ent in kb:
        for ref in ent.external.get("mmp") or ():
            out.setdefault(str(ref).casefold(), kb.canonical_id(ent.id))
    return out


def resolve_name(name: str) -> tuple[str | None, list[str]]:
    """(id the name resolves to, candidate ids when it stays open)."""
    hit = resolve_mention(name)
    org = hit.get("organization") or hit.get("actor")
    if org and org.get("id"):
        return org["id"], []
    meant = query_organization(name)
    if meant is not None:
        return meant.id, []
    return None, [c["id"] for c in hit.get("candidates") or () if c.get("id")]


def variants(name: str) -> list[str]:
    """The name rewritten by each rule of :data:`VARIANTS` that changes it."""
    out: list[str] = []
    for pattern, repl in VARIANTS:
        new = re.sub(pattern, repl, name, count=1)
        if new != name and new not in out:
            out.append(new)
    return out


def variant_report(rows: list[tuple[str, str, str]], by_name: dict, show: bool) -> list[str]:
    """Variants typed alone and inside a sentence: same actor as the MMP name?"""
    from riftwatch.actors.resolve import default_resolver

    resolver = default_resolver()
    kb = default_kb()
    total = alone = inside = 0
    own = own_inside = 0
    misses: list[str] = []
    for _gid, name, _afpak in rows:
        want = by_name.get(name)
        if want is None:
            continue
        for k, var in enumerate([name, *variants(name)]):
            own += k == 0
            total += k > 0
            got, _c = resolve_name(var)
            ok_alone = got is not None and kb.canonical_id(got) == want
            text = SENTENCE.format(name=var)
            found = set()
            for _s, _e, res in resolver.find_mentions(text, "2015"):
                ent = res.organization or res.actor
                if ent is not None:
                    found.add(kb.canonical_id(ent.id))
            ok_inside = want in found
            if k == 0:
                own_inside += ok_inside
            else:
                alone += ok_alone
                inside += ok_inside
            if not (ok_alone and ok_inside):
                where = ("" if ok_alone else f"alone -> {got}") + (
                    ""
                    if ok_inside
                    else f"{'; ' if not ok_alone else ''}in text -> {sorted(found) or None}"
                )
                misses.append(f"- {var!r} (of {name!r}, {want}): {where}")
    lines = [
        f"Resolved MMP names written as they are inside an invented sentence: {own}",
        f"- the same actor found: {own_inside}",
        "",
        f"Spelling variants of the resolved names (rules of VARIANTS): {total}",
        f"- typed alone, same actor: {alone}",
        f"- inside an invented sentence, same actor found: {inside}",
        "",
    ]
    if show and misses:
        lines += ["Variants missed:", *misses, ""]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every name and its answer")
    ap.add_argument("--no-write", action="store_true", help="do not update results.md")
    args = ap.parse_args(argv)
    with GROUPS.open(encoding="utf-8", newline="") as handle:
        rows = [(r["group_id"], r["name"].strip(), r["afpak"]) for r in csv.DictReader(handle)]
    gold = gold_ids()
    kb = default_kb()
    right, wrong, ambiguous, unresolved, no_gold = [], [], [], [], []
    by_id: dict[str, list[str]] = defaultdict(list)
    listing = []
    by_name: dict[str, str | None] = {}
    for gid, name, afpak in rows:
        want = gold.get((name if gid == "-99" else gid).casefold())
        got, cands = resolve_name(name)
        got = kb.canonical_id(got) if got else None
        by_name[name] = got
        if got:
            by_id[got].append(name)
        if want is None:
            no_gold.append(name)
        if got is None:
            (ambiguous if cands else unresolved).append((name, cands))
            mark = "ambiguous" if cands else "unresolved"
        elif want is not None and got != want:
            wrong.append((name, got, want))
            mark = "wrong"
        else:
            right.append(name)
            mark = "ok"
        listing.append(f"- [{mark}] {name} ({'afpak' if afpak == 'True' else 'world'}) -> {got}")
    merged = {i: ns for i, ns in by_id.items() if len(ns) > 1}
    lines = [
        f"## {SECTION}",
        "",
        "Command: `python benchmarks/mmp_names.py`",
        "",
        f"- MMP group names: {len(rows)}",
        f"- resolved to the actor carrying their MMP reference: {len(right)}",
        f"- resolved to another actor: {len(wrong)}",
        f"- ambiguous (several candidates): {len(ambiguous)}",
        f"- unresolved: {len(unresolved)}",
        f"- names whose MMP reference no actor carries: {len(no_gold)}",
        f"- ids reached by two or more MMP names: {len(merged)}",
        "",
    ]
    if wrong:
        lines += ["Resolved to another actor (name -> got, MMP's):"]
        lines += [f"- {n} -> {g} (MMP: {w})" for n, g, w in wrong] + [""]
    if ambiguous:
        lines += ["Ambiguous:"] + [f"- {n}: {', '.join(c[:4])}" for n, c in ambiguous] + [""]
    if unresolved:
        lines += ["Unresolved:"] + [f"- {n}" for n, _ in unresolved] + [""]
    if merged:
        lines += ["One id, several MMP names:"]
        lines += [f"- {i}: {' / '.join(ns)}" for i, ns in sorted(merged.items())] + [""]
    lines += variant_report(rows, by_name, args.list)
    lines.append(BEFORE)
    if args.list:
        lines += ["", *listing]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section(SECTION, body)
    return 0


BEFORE = (
    "Before names13 (commit 2993d4d, same rules): 263 names; 261 resolved, 2 ambiguous (Jund "
    "al-Islam, Jundullah); 25 names whose MMP id no actor carried, two of them on the wrong "
    "group (Somalia's Al Ittihad Al Islamiya on Sayyaf's Afghan party, Egypt's Al Jama' "
    "Al-Islamiya on Jemaah Islamiyah); names in a sentence 236 of 261; variants alone 462 of "
    "469, in a sentence 413 of 469."
)

if __name__ == "__main__":
    sys.exit(main())
