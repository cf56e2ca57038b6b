"""Ingest throughput and memory on 10,000 short documents, and time per megabyte of long
documents, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--docs 10000] [--no-postgres]

The documents are generated from the UCDP GED Pakistan events in
../shared/datasets/ucdp-ged-pakistan (headline where UCDP kept one, otherwise a
sentence built from the structured fields), written to one JSON Lines file.

Each measurement runs in a fresh child process so that peak resident memory
(ru_maxrss) belongs to that run alone. Reported per backend:

- first ingest, documents/s (read, grade, language, segment, MinHash, store);
- unchanged re-ingest (the file fingerprint matches: nothing is re-read);
- forced re-ingest (``--force``: every document re-read and found by content hash);
- baseline in the same run: the same documents through the reader, the segmenter and
  language identification only, without the store; the ratio of the stored ingest to
  this baseline shows the cost of storage.

Long documents (one run, same child process per backend, after a warm-up ingest that
loads the language model and opens the store): plain-text files of generated, varied prose
(template sentences with names, numbers, abbreviations, initials, quotes and decimals,
mixed with real sentences of the bundled demo reports, in paragraphs with headings) of
250 KB and of 4 MB, each ingested into the store; the 4 MB file is stored in parts
(``max_document_chars``). Reported: seconds per MB of each and their ratio, which stays
near 1 when ingest is linear in the document's length (target < 1.5). A
segmentation-only figure (``segment()`` on the whole 250 KB and 4 MB texts) is given too.

Figures go to stdout and to benchmarks/results.md (section "ingest").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402  (the shared results.md writer)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# ../shared beside the checkout (or beside the folder of worktrees)
SHARED = next(
    (p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()),
    REPO.parent / "shared",
)
UCDP = SHARED / "datasets" / "ucdp-ged-pakistan" / "events.csv"
RESULTS = HERE / "results.md"
DEMO_REPORTS = REPO / "src" / "riftwatch" / "data" / "demo" / "reports"
SMALL_DOC = 250_000
LARGE_DOC = 4_000_000

_PEOPLE = [
    "Gen. Ahmad Shuja",
    "Dr. Farid Khan",
    "Mr. Haqqani",
    "Mullah Nazir",
    "Col. Rahman",
    "A. Q. Yusufzai",
    "Sen. Graham",
    "Lt. Col. Baig",
    "Maulvi Faqir Mohammad",
]
_GROUPS = [
    "the Haqqani network",
    "the TTP",
    "Al Qaeda",
    "the Afghan Taliban",
    "Lashkar-e-Taiba",
    "the U.S. embassy",
    "the U.N. mission",
    "ISI officials",
    "tribal elders",
    "the army",
]
_VERBS = [
    "met",
    "accused",
    "criticised",
    "praised",
    "attacked",
    "warned",
    "rejected demands by",
    "pledged support to",
    "negotiated with",
    "threatened",
    "denounced",
    "sheltered",
    "expelled",
    "paid",
    "trained with",
    "broke with",
]
_PLACES = [
    "Miranshah",
    "Wana",
    "Khost",
    "Quetta",
    "Peshawar",
    "Kabul",
    "the Kurram Agency",
    "South Waziristan",
    "Bajaur",
    "Islamabad",
    "Kandahar",
    "the Tirah valley",
]
_TAILS = ["on Monday", "last week", "at 10 a.m. local time", "after a 2.5-hour meeting",
          "according to two officials", "despite earlier promises", "in the U.S. last year",
          "on 12 March 2010", "(sources said)", "\u2014 a rare move", "for the No. 2 man",
          "by about 3.7 percent", "etc.", ""]  # fmt: skip


def _demo_sentences() -> list[str]:
    """Real sentences of the bundled demo reports (split at full stops, good enough here)."""
    found: list[str] = []
    for path in sorted(DEMO_REPORTS.glob("*.txt")):
        text = " ".join(path.read_text("utf-8").split())
        found += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if 20 < len(s) < 400]
    return found


def make_prose(chars: int, seed: int) -> str:
    """``chars`` characters of varied English report prose (deterministic for a seed)."""
    rng = random.Random(seed)
    real = _demo_sentences()
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        sentences = []
        for _ in range(rng.randint(2, 9)):
            if rng.random() < 0.4:
                sentences.append(rng.choice(real))
                continue
            who = rng.choice(_PEOPLE + _GROUPS)
            sentence = (f"{who[0].upper()}{who[1:]} {rng.choice(_VERBS)} {rng.choice(_GROUPS)} "
                        f"in {rng.choice(_PLACES)} {rng.choice(_TAILS)}").rstrip()  # fmt: skip
            if rng.random() < 0.2:
                sentence += f", killing {rng.randint(2, 60)} people"
            if rng.random() < 0.15:
                sentence = f'"{sentence}," a spokesman said'
            end = "" if sentence.endswith(".") else rng.choice([".", ".", ".", "!", "?", "..."])
            sentences.append(sentence + end)
        paragraph = " ".join(sentences)
        if rng.random() < 0.08:
            paragraph = f"{rng.choice(_PLACES).upper()} REPORT {rng.randint(1, 999)}\n{paragraph}"
        if rng.random() < 0.05:
            paragraph += "\n" + "\n".join(
                f"- {rng.choice(_GROUPS)}: {rng.randint(1, 400)} fighters" for _ in range(4)
            )
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars].rstrip() + "\n"


def make_corpus(path: Path, n: int) -> int:
    """Write ``n`` unique short documents; returns the number written."""
    with UCDP.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    written = 0
    with path.open("w", encoding="utf-8") as out:
        variant = 0
        while written < n:
            for row in rows:
                if written >= n:
                    break
                headline = (row.get("source_headline") or "").split(";")[0].strip()
                place = row.get("where_description") or row.get("adm_1") or "Pakistan"
                deaths = row.get("best") or "0"
                text = (f"{headline}. " if headline else "") + (
                    f"{row['side_a']} and {row['side_b']} clashed near {place} "
                    f"({row['date_start']}); {deaths} people were reported killed."
                )
                if variant:
                    text += f" Follow-up report {variant}."
                doc = {
                    "id": f"ucdp-{row['id']}-{variant}",
                    "text": text,
                    "date": row["date_start"],
                    "source": (row.get("source_office") or "UCDP").split(";")[0].strip()[:200],
                    "source_type": "news",
                }
                out.write(json.dumps(doc) + "\n")
                written += 1
            variant += 1
    return written


CHILD = r"""
import json, resource, sys, time
mode, target, corpus = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "baseline":
    from riftwatch.ingest.readers import ReadOptions, choose_reader
    from riftwatch.ingest.language import detect
    from riftwatch.ingest import dedup
    from riftwatch.nlp.segment import segment
    from pathlib import Path
    path = Path(corpus)
    reader = choose_reader(path, path.read_bytes()[:8192])
    n = 0
    for doc in reader.read(path, ReadOptions()):
        segment(doc.text); detect(doc.text); dedup.signature(doc.text); dedup.content_hash(doc.text)
        n += 1
    result = {"documents": n}
else:
    from riftwatch import api
    summary = api.ingest([corpus], db=target, force=(mode == "force"))
    result = summary.to_dict()
    result["documents"] = (summary.documents_added + summary.duplicates
                           + summary.documents_unchanged)
    del result["failures"]
result["seconds"] = time.perf_counter() - t0
result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def child(mode: str, target: str, corpus: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, target, str(corpus)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed ({mode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


LONG_CHILD = r"""
import json, sys, time
from pathlib import Path
mode, target, warmup, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
out = []
if mode == "segment":
    from riftwatch.nlp.segment import segment
    segment(Path(warmup).read_text("utf-8"))
    for name in files:
        text = Path(name).read_text("utf-8")
        t0 = time.perf_counter()
        n = len(segment(text))
        out.append({"file": name, "seconds": time.perf_counter() - t0, "sentences": n})
else:
    from riftwatch import api
    store = api.connect(target)
    api.ingest([warmup], db=store)  # language model, store and statements warmed up
    for name in files:
        t0 = time.perf_counter()
        summary = api.ingest([name], db=store)
        seconds = time.perf_counter() - t0
        assert summary.failed == 0 and summary.documents_added >= 1, summary.to_dict()
        out.append({"file": name, "seconds": seconds, "parts": summary.documents_added,
                    "sentences": summary.sentences_added})
    store.close()
print(json.dumps(out))
"""


def long_child(mode: str, target: str, warmup: Path, files: list[Path]) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", LONG_CHILD, mode, target, str(warmup), *map(str, files)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed ({mode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def long_documents(work: Path, repeats: int) -> dict[str, list[Path]]:
    """Files of generated prose: ``repeats`` of each size, every one different."""
    folder = work / "long"
    folder.mkdir(exist_ok=True)
    files: dict[str, list[Path]] = {"warmup": [], "small": [], "large": []}
    (folder / "warmup.txt").write_text(make_prose(20_000, 99), encoding="utf-8")
    files["warmup"].append(folder / "warmup.txt")
    for i in range(repeats):
        for kind, size, base in (("small", SMALL_DOC, 100), ("large", LARGE_DOC, 200)):
            path = folder / f"{kind}-{i}.txt"
            path.write_text(make_prose(size, base + i), encoding="utf-8")
            files[kind].append(path)
    return files


def measure_long(label: str, target: str, files: dict[str, list[Path]]) -> dict:
    """Seconds per MB of the 250 KB and 4 MB documents (median over the repeats)."""
    # alternate the sizes so that a slower moment of the machine hits both alike
    order = [f for pair in zip(files["small"], files["large"], strict=True) for f in pair]
    results = long_child("ingest", target, files["warmup"][0], order)
    row: dict = {"backend": label}
    for kind in ("small", "large"):
        runs = [r for r in results if Path(r["file"]).name.startswith(kind)]
        mb = [Path(r["file"]).stat().st_size / 1e6 for r in runs]
        per_mb = [r["seconds"] / m for r, m in zip(runs, mb, strict=True)]
        row[kind] = {
            "mb": statistics.mean(mb),
            "s_per_mb": statistics.median(per_mb),
            "seconds": statistics.median(r["seconds"] for r in runs),
            "parts": runs[0]["parts"],
            "sentences": runs[0]["sentences"],
        }
    row["ratio"] = row["large"]["s_per_mb"] / row["small"]["s_per_mb"]
    print(
        f"{label:10} long docs: 250 KB {row['small']['s_per_mb']:.3f} s/MB, "
        f"4 MB {row['large']['s_per_mb']:.3f} s/MB ({row['large']['parts']} parts), "
        f"ratio {row['ratio']:.2f}"
    )
    return row


def measure_segment(files: dict[str, list[Path]]) -> dict:
    order = [f for pair in zip(files["small"], files["large"], strict=True) for f in pair]
    results = long_child("segment", "", files["warmup"][0], order)
    row: dict = {}
    for kind in ("small", "large"):
        runs = [r for r in results if Path(r["file"]).name.startswith(kind)]
        chars = [len(Path(r["file"]).read_text("utf-8")) / 1e6 for r in runs]
        row[kind] = {
            "mb": statistics.mean(chars),
            "s_per_mb": statistics.median(
                r["seconds"] / c for r, c in zip(runs, chars, strict=True)
            ),
            "sentences": runs[0]["sentences"],
        }
    row["ratio"] = row["large"]["s_per_mb"] / row["small"]["s_per_mb"]
    print(
        f"segment()  250 KB {row['small']['s_per_mb']:.3f} s/MB, 4 MB "
        f"{row['large']['s_per_mb']:.3f} s/MB, ratio {row['ratio']:.2f}"
    )
    return row


def measure(label: str, target: str, corpus: Path, n: int) -> list[dict]:
    rows = []
    for mode in ("first", "unchanged", "force"):
        result = child(mode, target, corpus)
        rate = n / result["seconds"]
        rows.append({"backend": label, "run": mode, "docs_per_s": rate, **result})
        print(
            f"{label:10} {mode:9} {rate:10.0f} docs/s  {result['seconds']:7.2f} s  "
            f"peak {result['peak_rss_mb']:6.0f} MB  added={result.get('documents_added')}"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--repeats", type=int, default=3, help="Long documents of each size (median taken)."
    )
    args = parser.parse_args()
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="riftwatch-bench-"))
    corpus = work / "ucdp-docs.jsonl"
    n = make_corpus(corpus, args.docs)
    print(f"corpus: {n} documents, {corpus.stat().st_size / 1e6:.1f} MB")
    long_files = long_documents(work, args.repeats)

    base = child("baseline", "", corpus)
    base_rate = n / base["seconds"]
    print(f"baseline   read+segment+language+minhash without store: {base_rate:10.0f} docs/s")
    seg = measure_segment(long_files)
    rows = [] if args.no_sqlite else measure("sqlite", str(work / "bench.db"), corpus, n)
    longs = [] if args.no_sqlite else [measure_long("sqlite", str(work / "long.db"), long_files)]
    pg_note = ""
    if not args.no_postgres:
        from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

        try:
            # fast=False: a real durable server (fsync on), as a user would run it
            with TempPostgres(fast=False) as pg:
                rows += measure("postgresql", pg.create_database("bench"), corpus, n)
                longs.append(measure_long("postgresql", pg.create_database("long"), long_files))
        except PostgresUnavailable as exc:
            pg_note = f"PostgreSQL not measured: {exc}"
            print(pg_note)

    lines = [
        "## ingest",
        "",
        f"`benchmarks/ingest.py --docs {n}` on {platform.machine()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores (load average {load:.1f} at the "
        "start: the machine is shared); one process (one core). "
        f"{n} short documents generated from UCDP GED Pakistan in one JSON Lines file. "
        "Targets: >= 300 docs/s first ingest including segmentation; >= 3,000 docs/s unchanged "
        "re-ingest.",
        "",
        f"Baseline in the same run (reader + segmenter + language id + MinHash, no store): "
        f"{base_rate:,.0f} docs/s, peak {base['peak_rss_mb']:.0f} MB.",
        "",
        "| backend | run | docs/s | ratio to baseline | seconds | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['backend']} | {r['run']} | {r['docs_per_s']:,.0f} | "
            f"{r['docs_per_s'] / base_rate:.2f} | {r['seconds']:.2f} | {r['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "Runs: `first` = empty store; `unchanged` = same file again (fingerprint "
        "match, nothing re-read); `force` = `--force`, every document re-read and "
        "skipped by content hash. PostgreSQL runs with fsync on (durable).",
        "",
    ]
    lines += [
        "### long documents",
        "",
        f"One plain-text document of generated, varied report prose of "
        f"{longs[0]['small']['mb'] if longs else SMALL_DOC / 1e6:.2f} MB and one of "
        f"{longs[0]['large']['mb'] if longs else LARGE_DOC / 1e6:.2f} MB, each ingested into the "
        f"store after a warm-up ingest in the same process; median of {args.repeats} different "
        "documents of each size. The 4 MB file is stored in parts of at most "
        "`max_document_chars` (1,000,000) characters. Target: the ratio of seconds per MB "
        "(4 MB / 250 KB) below 1.5, i.e. ingest time linear in the document's length. "
        "(Issue 8 measured the quadratic segmenter before this: 250 KB in 33 s, 500 KB in 125 s.)",
        "",
        "| backend | 250 KB: s/MB | 4 MB: s/MB | ratio 4 MB / 250 KB | 4 MB: parts | 4 MB: "
        "sentences | 4 MB: seconds |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in longs:
        lines.append(
            f"| {r['backend']} | {r['small']['s_per_mb']:.3f} | {r['large']['s_per_mb']:.3f} | "
            f"{r['ratio']:.2f} | {r['large']['parts']} | {r['large']['sentences']:,} | "
            f"{r['large']['seconds']:.2f} |"
        )
    lines += [
        "",
        f"Segmentation only (`segment()` on the whole text, no store): 250 KB "
        f"{seg['small']['s_per_mb']:.3f} s/MB, 4 MB {seg['large']['s_per_mb']:.3f} s/MB "
        f"({seg['large']['sentences']:,} sentences), ratio {seg['ratio']:.2f}.",
        "",
    ]
    if pg_note:
        lines += [pg_note, ""]
    write_section("ingest", "\n".join(lines))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
