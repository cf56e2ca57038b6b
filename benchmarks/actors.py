"""Actor resolution: accuracy on public gold data and speed of a warm resolver.

    .venv/bin/python benchmarks/actors.py [--rounds 200000] [--commands]

Measured, all on this machine in one process:

- **Af/Pak gold list** (``tests/actors/test_resolve.py``): dated mentions with context,
  resolved to the right organisation (target: >= 58 of 60).
- **NGEC actor resolution** (../shared/benchmarks/ngec-actor-resolution): mentions with
  an expected country (and PLOVER sector) by date, or an expectation that nothing is
  found. Reports how many we map at all, country agreement on those, sector agreement,
  and how many "must not resolve" cases stay unresolved. Most of NGEC is world politics
  outside riftwatch's field, so coverage is expected to be low; wrong answers matter more.
- **PLOVER GSR CAMEO actor spans** (../shared/benchmarks/plover-gsr-cameo): each
  ``actorText`` with its CAMEO country code: coverage and country agreement.
- **UCDP GED side_a/side_b names** (Pakistan and the Afghanistan sample) against the KB,
  with the full KB and with every UCDP-derived alias and entity held out (so the names
  must be found through curated, UN, OFAC or MMP data alone), by name and by event.
- **Commands** (``--commands``, its own section): wall and CPU time of fresh CLI
  processes that name an actor (by id, by name) against the time of a resolver build.
- **Speed**: resolutions per second of a warm resolver over a mixed workload of typical
  mentions (actor spans, UCDP names, gold mentions, unknown phrases) with their dates and
  sentence contexts, against a bare ``dict.get`` baseline in the same run; first-pass
  (cold) rate; ``find_mentions`` sentences per second; KB load time from YAML and from the
  cache.

Figures go to stdout and to the ``## actors`` section of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import shared_dir, write_section  # noqa: E402  (the shared results.md writer)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = shared_dir()
RESULTS = HERE / "results.md"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from riftwatch.actors.kb import KnowledgeBase, load_kb  # noqa: E402
from riftwatch.actors.normalize import to_day  # noqa: E402
from riftwatch.actors.resolve import Resolution, Resolver  # noqa: E402

LEGACY = {"JAP": "JPN", "ITL": "ITA", "UNO": "IGO", "IMG": None}
"""Old CAMEO codes kept in the GSR file, and IMG (international militant group: no country)."""
UNO = {"org:un", "org:un-security-council", "org:unama", "org:un-monitoring-team"}
SECTOR = {
    "government": "GOV",
    "military": "MIL",
    "intelligence": "SPY",
    "police": "COP",
    "party": "PTY",
    "armed_group": "REB",
    "faction": "REB",
    "shura": "REB",
    "collective": "CVL",
    "igo": "",
    "country": "",
    "tribe": "CVL",
    "place": "",
    "organization": "NGO",
}


def country_of(kb: KnowledgeBase, res: Resolution) -> str | None:
    ent = res.organization or res.actor
    if ent is None:
        return None
    if ent.id in UNO:
        return "UNO"
    if ent.id == "org:eu":
        return "EUR"
    if ent.type == "igo":
        return "IGO"
    return ent.country or (res.actor.country if res.actor else None)


def sector_of(kb: KnowledgeBase, res: Resolution, day: int | None) -> str | None:
    ent = res.organization or res.actor
    if ent is None:
        return None
    if ent.type in ("armed_group", "faction", "shura") and kb.governs(ent.id, day):
        return "GOV"
    if res.role:
        return {
            "government": "GOV",
            "military": "MIL",
            "intelligence": "SPY",
            "police": "COP",
            "civilians": "CVL",
        }[res.role]
    return SECTOR.get(ent.type, "")


# -- accuracy ------------------------------------------------------------------------
def gold_list(resolver: Resolver) -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "tests"))
    from actors.test_resolve import GOLD  # type: ignore[import-not-found]

    right = 0
    for mention, date, context, expected in GOLD:
        res = resolver.resolve(mention, date=date, context=context)
        got = res.organization.id if res.organization else None
        right += res.unresolved if expected is None else got == expected
    return {"cases": len(GOLD), "right": right}


def ngec(kb: KnowledgeBase, resolver: Resolver) -> dict[str, Any]:
    path = SHARED / "benchmarks" / "ngec-actor-resolution" / "cases.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    stats: Counter[str] = Counter()
    examples: list[str] = []
    for row in rows:
        if row["method"] != "agent_to_code" or "skip" in row.get("pytest_marks", []):
            continue
        expect = {e["field"]: e for e in row["expected"] if e["op"] in ("==", "is", "in")}
        stats["cases"] += 1
        context = row.get("context") or ""
        res = resolver.resolve(row["text"], date=row.get("date"), context=context)
        day = to_day(row["date"]) if row.get("date") else None
        if None in expect:  # NGEC expects no result at all
            stats["expect_none"] += 1
            stats["expect_none_ok"] += res.unresolved
            continue
        if res.unresolved:
            continue
        stats["mapped"] += 1
        want = expect.get("country", {}).get("value")
        if want:
            stats["country_cases"] += 1
            got = country_of(kb, res)
            if got == want:
                stats["country_ok"] += 1
            elif len(examples) < 8:
                examples.append(f"{row['text']!r} -> {res.actor.name} ({got}), NGEC {want}")
        sector = expect.get("code_1")
        if sector and sector["op"] == "==" and sector["value"] not in ("", "????"):
            stats["sector_cases"] += 1
            stats["sector_ok"] += sector_of(kb, res, day) == sector["value"]
    out = dict(stats)
    out["examples"] = examples
    return out


def gsr(kb: KnowledgeBase, resolver: Resolver) -> dict[str, Any]:
    path = SHARED / "benchmarks" / "plover-gsr-cameo" / "gold.jsonl"
    stats: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        for event in row["events"]:
            for side in ("source", "target"):
                actors = event.get(side)
                if not isinstance(actors, list):
                    continue
                for actor in actors:
                    text, code = actor.get("actorText"), actor.get("code")
                    if not text or not code:
                        continue
                    stats["spans"] += 1
                    res = resolver.resolve(text, context=row["text"])
                    if res.unresolved:
                        misses[text] += 1
                        continue
                    stats["mapped"] += 1
                    got = country_of(kb, res)
                    want = LEGACY.get(code, code)
                    if want == "IGO":
                        stats["country_ok"] += got in ("IGO", "UNO", "EUR")
                    else:
                        stats["country_ok"] += got == want
    out = dict(stats)
    out["top_unmapped"] = [t for t, _ in misses.most_common(8)]
    return out


def ucdp_names() -> Counter[str]:
    names: Counter[str] = Counter()
    for rel in ("ucdp-ged-pakistan/events.csv", "ucdp-ged-afghanistan-sample/events.csv"):
        with (SHARED / "datasets" / rel).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for side in (row["side_a"], row["side_b"]):
                    for part in side.split(", ") if side.startswith("Government of") else [side]:
                        names[part.strip()] += 1
    return names


def ucdp(full: Resolver, held_out: Resolver) -> dict[str, Any]:
    names = ucdp_names()
    out: dict[str, Any] = {"names": len(names), "events": sum(names.values())}
    for label, resolver in (("full", full), ("held_out", held_out)):
        mapped = agree = mapped_events = agree_events = 0
        unmapped = []
        for name, n in names.items():
            res = resolver.resolve(name)
            ref = full.resolve(name)
            if res.unresolved:
                unmapped.append(name)
                continue
            mapped += 1
            mapped_events += n
            if ref.actor is not None and res.actor.id == ref.actor.id:
                agree += 1
                agree_events += n
        out[label] = {
            "mapped": mapped,
            "mapped_events": mapped_events,
            "agree": agree,
            "agree_events": agree_events,
            "unmapped": sorted(unmapped)[:12],
        }
    return out


# -- speed ---------------------------------------------------------------------------
def workload(kb: KnowledgeBase) -> list[tuple[str, str | None, str]]:
    items: list[tuple[str, str | None, str]] = []
    path = SHARED / "benchmarks" / "plover-gsr-cameo" / "gold.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        for event in row["events"]:
            for side in ("source", "target"):
                for actor in event.get(side) or []:
                    if isinstance(actor, dict) and actor.get("actorText"):
                        items.append((actor["actorText"], "2010-06-14", row["text"]))
    for name in ucdp_names():
        items.append((name, "2009-05-01", f"Clashes between {name} and security forces."))
    sys.path.insert(0, str(REPO / "tests"))
    from actors.test_resolve import GOLD  # type: ignore[import-not-found]

    items += [(m, d, c) for m, d, c, _ in GOLD]
    for phrase in (
        "the local shopkeepers",
        "a senior official",
        "the convoy",
        "two men",
        "Bajaur elders",
        "the district governor",
        "Zorblax Brigade",
    ):
        items.append((phrase, "2011-01-01", f"{phrase} said nothing."))
    return items


def speed(kb: KnowledgeBase, rounds: int) -> dict[str, Any]:
    items = workload(kb)
    random.seed(7)
    stream = [random.choice(items) for _ in range(rounds)]
    resolver = Resolver(kb)
    start = time.perf_counter()
    for mention, date, context in items:
        resolver.resolve(mention, date=date, context=context)
    cold = len(items) / (time.perf_counter() - start)
    for mention, date, context in stream[:5000]:
        resolver.resolve(mention, date=date, context=context)
    start = time.perf_counter()
    for mention, date, context in stream:
        resolver.resolve(mention, date=date, context=context)
    warm = rounds / (time.perf_counter() - start)
    table = {m: i for i, (m, _, _) in enumerate(items)}
    start = time.perf_counter()
    for mention, _date, _context in stream:
        table.get(mention)
    baseline = rounds / (time.perf_counter() - start)
    sentences = []
    with (SHARED / "datasets" / "ucdp-ged-pakistan" / "events.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for headline in (row.get("source_headline") or "").split(";"):
                if len(headline.strip()) > 30:
                    sentences.append((headline.strip(), row["date_start"][:10]))
    sentences = sentences[:2000]
    scan = Resolver(kb)
    for text, date in sentences[:200]:
        scan.find_mentions(text, date=date)
    start = time.perf_counter()
    found = 0
    for text, date in sentences:
        found += len(scan.find_mentions(text, date=date))
    scan_rate = len(sentences) / (time.perf_counter() - start)
    return {
        "items": len(items),
        "rounds": rounds,
        "cold": cold,
        "warm": warm,
        "baseline": baseline,
        "sentences": len(sentences),
        "scan_rate": scan_rate,
        "spans": found,
    }


def load_times() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RIFTWATCH_CACHE_DIR"] = tmp
        start = time.perf_counter()
        load_kb()
        cold = time.perf_counter() - start
        start = time.perf_counter()
        load_kb()
        cached = time.perf_counter() - start
    os.environ.pop("RIFTWATCH_CACHE_DIR")
    return {"yaml": cold, "cache": cached}


COMMANDS = [
    ("status (start-up baseline, no actor)", ["status"]),
    ("actors show org:al-qaeda", ["actors", "show", "org:al-qaeda"]),
    ("events list --actor org:al-qaeda", ["events", "list", "--actor", "org:al-qaeda"]),
    ("dyad org:al-qaeda org:afghan-taliban", ["dyad", "org:al-qaeda", "org:afghan-taliban"]),
    ('dyad "Al Qaeda" Taliban (names: the resolver is built)', ["dyad", "Al Qaeda", "Taliban"]),
]
"""CLI commands that name an actor, each timed in a fresh process on an empty store."""


def command_times(repeats: int = 3) -> dict[str, Any]:
    """Wall and CPU seconds (median of ``repeats`` fresh processes) of each of
    :data:`COMMANDS`, and the time one resolver build takes in this process (what every
    one of them paid before the resolver was built lazily)."""
    import resource
    import subprocess
    from statistics import median

    kb = load_kb()
    start = time.perf_counter()
    Resolver(kb).exact  # noqa: B018  (reading an index builds the lazy resolver)
    build = time.perf_counter() - start
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "empty.db")
        cli = [sys.executable, "-m", "riftwatch.cli", "--db", db]
        subprocess.run([*cli, "init"], env=env, check=True, capture_output=True)
        for label, args in COMMANDS:
            walls, cpus = [], []
            for _ in range(repeats):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([*cli, *args], env=env, capture_output=True, check=False)
                walls.append(time.perf_counter() - t0)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            rows.append((label, median(walls), median(cpus)))
    return {"build": build, "rows": rows, "repeats": repeats}


def write_commands(c: dict[str, Any]) -> None:
    lines = [
        "## actors: commands that name an actor",
        "",
        f"`benchmarks/actors.py --commands` on {platform.machine()}, Python "
        f"{platform.python_version()}: each command run {c['repeats']} times in a fresh "
        "process on an empty SQLite store; median wall and CPU (user + system) seconds, "
        "process start-up and KB loading included. The resolver's indexes are built on "
        "first use only (a name to resolve); ids and reads never build them. One build "
        f"takes {c['build']:.2f} s here: what every one of these commands paid before.",
        "",
        "| command | wall s | CPU s |",
        "|---|---:|---:|",
        *[f"| `{label}` | {wall:.2f} | {cpu:.2f} |" for label, wall, cpu in c["rows"]],
        "",
    ]
    write_section("actors: commands that name an actor", "\n".join(lines))


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200_000)
    parser.add_argument(
        "--commands", action="store_true", help="only time the CLI commands that name an actor"
    )
    args = parser.parse_args()
    if args.commands:
        c = command_times()
        print(f"one resolver build: {c['build']:.2f} s")
        for label, wall, cpu in c["rows"]:
            print(f"{label}: wall {wall:.2f} s, CPU {cpu:.2f} s")
        write_commands(c)
        print(f"written to {RESULTS}")
        return
    loads = load_times()
    kb = load_kb()
    full = Resolver(kb)
    held_out = Resolver(load_kb(exclude_sources=["ucdp"]))
    stats = kb.stats()
    g = gold_list(full)
    n = ngec(kb, full)
    p = gsr(kb, full)
    u = ucdp(full, held_out)
    s = speed(kb, args.rounds)
    print(
        f"KB: {stats['entities']} entities, {stats['aliases']} aliases, "
        f"{stats['relations']} relations; load {loads['yaml']:.2f} s from YAML, "
        f"{loads['cache'] * 1000:.0f} ms from cache"
    )
    print(f"gold list: {g['right']}/{g['cases']}")
    print(
        f"NGEC: mapped {n.get('mapped', 0)}/{n['cases']}, country "
        f"{n.get('country_ok', 0)}/{n.get('country_cases', 0)}, sector "
        f"{n.get('sector_ok', 0)}/{n.get('sector_cases', 0)}, must-not-resolve kept "
        f"{n.get('expect_none_ok', 0)}/{n.get('expect_none', 0)}"
    )
    print(f"GSR spans: mapped {p.get('mapped', 0)}/{p['spans']}, country {p.get('country_ok', 0)}")
    print(
        f"UCDP names: full {u['full']['mapped']}/{u['names']}, held out "
        f"{u['held_out']['mapped']}/{u['names']} (agree {u['held_out']['agree']})"
    )
    print(
        f"speed: warm {s['warm']:,.0f}/s, cold {s['cold']:,.0f}/s, dict baseline "
        f"{s['baseline']:,.0f}/s, find_mentions {s['scan_rate']:,.0f} sentences/s"
    )

    lines = [
        "## actors",
        "",
        f"`benchmarks/actors.py --rounds {args.rounds}` on {platform.machine()}, Python "
        f"{platform.python_version()}, one process. Knowledge base "
        f"{stats['version']}: {stats['entities']:,} entities, {stats['aliases']:,} aliases, "
        f"{stats['relations']:,} relations (aliases by source: "
        + ", ".join(f"{k} {v:,}" for k, v in stats["aliases_by_source"].items())
        + f"). Loading: {loads['yaml']:.2f} s from the YAML files, "
        f"{loads['cache'] * 1000:.0f} ms from the on-disk cache.",
        "",
        "### Accuracy",
        "",
        "| benchmark | result |",
        "|---|---|",
        f"| Af/Pak gold list (tests/actors/test_resolve.py, dated mentions with context) | "
        f"{pct(g['right'], g['cases'])} right organisation (target >= 58/60) |",
        f"| NGEC actor resolution (agent_to_code cases) | mapped "
        f"{pct(n.get('mapped', 0), n['cases'])}; country right on "
        f"{pct(n.get('country_ok', 0), n.get('country_cases', 0))} of the mapped cases with a "
        f"country; sector right on {pct(n.get('sector_ok', 0), n.get('sector_cases', 0))}; "
        '"no result" cases kept unresolved '
        f"{pct(n.get('expect_none_ok', 0), n.get('expect_none', 0))} |",
        f"| PLOVER GSR CAMEO actor spans | mapped {pct(p.get('mapped', 0), p['spans'])}; country "
        f"right on {pct(p.get('country_ok', 0), p.get('mapped', 0))} of the mapped |",
        f"| UCDP GED side_a/side_b names (Pakistan + Afghanistan sample), full KB | "
        f"{pct(u['full']['mapped'], u['names'])} names, "
        f"{pct(u['full']['mapped_events'], u['events'])} event sides |",
        f"| the same with every UCDP-derived alias and entity held out | "
        f"{pct(u['held_out']['mapped'], u['names'])} names mapped, "
        f"{pct(u['held_out']['agree'], u['names'])} to the same actor as the full KB "
        f"({pct(u['held_out']['agree_events'], u['events'])} event sides) |",
        "",
        "NGEC is mostly world politics outside the Af/Pak and jihadist field (Mexican parties, "
        "Estonian ministers); riftwatch maps countries, demonym + state-role phrases and its "
        "own field, and leaves the rest unresolved rather than guess. NGEC country mismatches, "
        "first few: " + ("; ".join(n.get("examples", [])) or "none") + ". GSR spans left "
        "unmapped, most frequent: " + ", ".join(p.get("top_unmapped", [])) + ". UCDP names "
        "unmapped when UCDP data is held out: " + ", ".join(u["held_out"]["unmapped"]) + ".",
        "",
        "### Speed",
        "",
        f"Workload: {s['items']:,} typical mentions (GSR actor spans, UCDP names, the gold "
        f"list, unknown noun phrases), each with a date and a sentence context, drawn "
        f"{s['rounds']:,} times at random. Target: >= 20,000 mentions/s warm.",
        "",
        "| measurement | rate | ratio to dict baseline |",
        "|---|---:|---:|",
        f"| warm resolver (`Resolver.resolve`) | {s['warm']:,.0f} mentions/s | "
        f"{s['warm'] / s['baseline']:.3f} |",
        f"| first pass over the distinct mentions (cold caches) | {s['cold']:,.0f} mentions/s | "
        f"{s['cold'] / s['baseline']:.4f} |",
        f"| bare `dict.get(mention)` baseline | {s['baseline']:,.0f} lookups/s | 1 |",
        f"| `Resolver.find_mentions` on {s['sentences']:,} UCDP headlines "
        f"({s['spans']:,} spans) | {s['scan_rate']:,.0f} sentences/s | |",
        "",
    ]
    write_section("actors", "\n".join(lines))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
