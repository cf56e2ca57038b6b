"""Extraction speed and memory: riftwatch against a bare spaCy parse of the same text.

    .venv/bin/python benchmarks/extract_speed.py [--quick] [--sentences 200000] [--every N]
        [--no-write]

Corpora (each measured in its own fresh child process, so that the peak resident memory,
``ru_maxrss``, belongs to that measurement alone):

- ``ucdp-headlines``: every row of ../shared/datasets/ucdp-ged-pakistan/events.csv with a
  non-empty ``source_headline`` (the first headline when several are ``;``-separated), one
  document each, dated ``date_start``;
- ``demo``: the bundled demo corpus, src/riftwatch/data/demo/ucdp_ged_pakistan_headlines.jsonl
  plus the plain text of the .txt/.md reports in src/riftwatch/data/demo/reports/ (dated by
  the file-name prefix; the .meta.json sidecars are not documents).

Per corpus:

- baseline: ``nlp().pipe(texts, batch_size=64)`` over the documents, consuming every parse;
- riftwatch in-process: ``riftwatch.nlp.extract.extract_documents`` over the same documents,
  consuming every event (the model, knowledge base and lexicon are loaded before the clock
  starts; their load time is reported apart);
- riftwatch CLI: ``riftwatch extract FILE --format jsonl > /dev/null`` timed from the outside,
  process start-up and model loading included, for reference.

Sentences are counted with ``riftwatch.nlp.segment.segment`` (outside the timed region).
"Per core" divides by the CPU time (user + system) of the measured region, so it does not
depend on how many cores spaCy's numeric code happens to use.

Memory: a generated stream of ``--sentences`` distinct one-sentence documents (the UCDP
headlines, cycled, each with a varying numeric suffix) goes through ``extract_documents`` in
one child; the resident set size is sampled every ``--every`` sentences together with the
sizes of the caches that could grow (spaCy's string store and vocabulary, the resolver's
result and lookup caches, every ``functools`` cache in ``riftwatch.*``), and the slope is
extrapolated to 1,000,000 sentences. The default 200,000 sentences take about 8 minutes
(~440 sentences/s) on a 2-core x86_64 machine, the whole run about 8 minutes; ``--quick``
runs 300 headlines and 5,000 streamed sentences (under half a minute) for a smoke test.

Figures go to stdout and to benchmarks/results.md (section "extraction: speed and memory").
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import shared_dir, write_section  # noqa: E402  (the shared results.md writer)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
UCDP = shared_dir() / "datasets" / "ucdp-ged-pakistan" / "events.csv"
DEMO = REPO / "src" / "riftwatch" / "data" / "demo"
RESULTS = HERE / "results.md"
SECTION = "extraction: speed and memory"
PETRARCH2_SENTENCES_PER_S = 250
RATIO_TARGET = 0.5
MEMORY_TARGET_MB = 2048
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})_")


# -- corpora ---------------------------------------------------------------------------
def ucdp_headline_docs(limit: int | None = None) -> list[dict[str, Any]]:
    """UCDP GED Pakistan rows with a headline: one document each."""
    docs = []
    with UCDP.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            headline = (row.get("source_headline") or "").split(";")[0].strip()
            if not headline:
                continue
            docs.append({"id": f"ucdp-{row['id']}", "text": headline, "date": row["date_start"]})
            if limit is not None and len(docs) >= limit:
                break
    return docs


def demo_docs() -> list[dict[str, Any]]:
    """The demo headlines (JSON Lines) and the plain text of the .txt/.md reports."""
    docs = []
    with (DEMO / "ucdp_ged_pakistan_headlines.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                docs.append({"id": item["id"], "text": item["text"], "date": item.get("date")})
    for path in sorted((DEMO / "reports").iterdir()):
        if path.suffix not in (".txt", ".md") or path.name.endswith(".meta.json"):
            continue
        match = _DATE_PREFIX.match(path.name)
        docs.append({
            "id": f"demo-report-{path.stem}",
            "text": path.read_text("utf-8"),
            "date": match.group(1) if match else None,
        })  # fmt: skip
    return docs


def count_sentences(docs: Iterable[dict[str, Any]]) -> int:
    from riftwatch.nlp.segment import segment

    return sum(len(segment(d["text"])) for d in docs)


def write_jsonl(path: Path, docs: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def generated_stream() -> Iterator[dict[str, Any]]:
    """Endless distinct short documents: UCDP headlines cycled, each with a numeric suffix."""
    base = [(d["text"].rstrip(" .!?"), d["date"]) for d in ucdp_headline_docs()]
    i = 0
    while True:
        headline, date = base[i % len(base)]
        i += 1
        yield {"id": f"gen-{i}", "text": f"{headline} (dispatch {i}).", "date": date}


# -- child processes -------------------------------------------------------------------
def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """Current resident set size (Linux /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return _peak_mb()


def _load_extractor() -> float:
    """Load the model, knowledge base and lexicon; returns the seconds it took."""
    t0 = time.perf_counter()
    from riftwatch.nlp import extract
    from riftwatch.nlp import lexicon as lexmod
    from riftwatch.nlp.parse import nlp

    nlp()
    extract._resolver()
    lexmod.load()
    warm = {"id": "warm", "text": "Pakistani troops attacked Taliban fighters.", "date": "2010"}
    for _ in extract.extract_documents([warm]):
        pass
    return time.perf_counter() - t0


def child_baseline(corpus: Path) -> dict[str, Any]:
    texts = [d["text"] for d in read_jsonl(corpus)]
    t0 = time.perf_counter()
    from riftwatch.nlp.parse import nlp

    pipeline = nlp()
    list(pipeline.pipe(["Warm up the pipeline."]))
    load = time.perf_counter() - t0
    cpu0, t0 = _cpu(), time.perf_counter()
    tokens = 0
    for doc in pipeline.pipe(texts, batch_size=64):
        tokens += len(doc)
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    return {"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load, "tokens": tokens}


class _CountingParser:
    """Stands in for ``nlp()`` inside riftwatch.nlp.extract to count the parsed sentences."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.parsed = 0

    def __call__(self, *text: str) -> Any:
        if not text:  # nlp(): the pipeline itself
            return self
        self.parsed += 1  # a sentence parsed again (headline parse repair)
        return self.real()(text[0])

    def pipe(self, texts: list[str], *args: Any, **kwargs: Any) -> Any:
        self.parsed += len(texts)
        return self.real().pipe(texts, *args, **kwargs)


def child_extract(corpus: Path) -> dict[str, Any]:
    docs = read_jsonl(corpus)
    load = _load_extractor()
    from riftwatch.nlp import extract

    counter = _CountingParser(extract.nlp)
    extract.nlp = counter  # only counts: one attribute read and an addition per document
    cpu0, t0 = _cpu(), time.perf_counter()
    events = 0
    for _coded in extract.extract_documents(docs):
        events += 1
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    return {
        "seconds": seconds, "cpu_seconds": cpu, "load_seconds": load, "events": events,
        "parsed_sentences": counter.parsed,
    }  # fmt: skip


def child_cli(corpus: Path) -> dict[str, Any]:
    exe = Path(sys.executable).with_name("riftwatch")
    command = [str(exe) if exe.exists() else (shutil.which("riftwatch") or "riftwatch")]
    command += ["extract", str(corpus), "--format", "jsonl"]
    t0 = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"riftwatch extract failed ({done.returncode}):\n{done.stderr}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "cli_peak_rss_mb": usage.ru_maxrss / 1024,
    }


def _functools_caches() -> Iterator[tuple[str, Any]]:
    """Every ``functools`` cache defined in a loaded ``riftwatch.*`` module."""
    for modname, module in sorted(sys.modules.items()):
        if not modname.startswith("riftwatch.") or module is None:
            continue
        for name, obj in sorted(vars(module).items()):
            wrapped = getattr(obj, "__wrapped__", None)
            if hasattr(obj, "cache_info") and getattr(wrapped, "__module__", None) == modname:
                yield f"{modname}.{name}", obj


def _cache_limits() -> dict[str, int | None]:
    """The bound of each cache reported by :func:`_cache_sizes` (None: unbounded)."""
    from riftwatch.nlp import extract

    size = extract._resolver().cache_size
    limits: dict[str, int | None] = {"Resolver._results": size, "Resolver._lookups": size}
    limits.update({name: fn.cache_info().maxsize for name, fn in _functools_caches()})
    return limits


def _cache_sizes() -> dict[str, int]:
    """Sizes of everything in this process that could grow with the corpus."""
    import gc

    from riftwatch.nlp import extract
    from riftwatch.nlp.parse import nlp

    vocab = nlp().vocab
    resolver = extract._resolver()
    sizes = {
        "spacy vocab.strings": len(vocab.strings),
        "spacy vocab (lexemes)": len(vocab),
        "Resolver._results": len(resolver._results),
        "Resolver._lookups": len(resolver._lookups),
        "gc objects": len(gc.get_objects()),
    }
    sizes.update({name: fn.cache_info().currsize for name, fn in _functools_caches()})
    return sizes


def child_memory(sentences: int, every: int) -> dict[str, Any]:
    from riftwatch.nlp.segment import segment

    load = _load_extractor()
    from riftwatch.nlp.extract import extract_documents

    points = [{"sentences": 0, "seconds": 0.0, "rss_mb": _rss_mb(), "caches": _cache_sizes()}]
    state = {"sentences": 0, "documents": 0, "events": 0, "next": every}
    t0 = time.perf_counter()

    def stream() -> Iterator[dict[str, Any]]:
        for doc in generated_stream():
            yield doc
            # extract_documents asks for the next document only once this one is coded
            state["sentences"] += len(segment(doc["text"]))
            state["documents"] += 1
            done = state["sentences"] >= sentences
            if state["sentences"] >= state["next"] or done:
                sample()
                state["next"] += every
            if done:
                return

    def sample() -> None:
        point = {
            "sentences": state["sentences"], "documents": state["documents"],
            "events": state["events"], "seconds": time.perf_counter() - t0,
            "rss_mb": _rss_mb(), "peak_rss_mb": _peak_mb(), "caches": _cache_sizes(),
        }  # fmt: skip
        points.append(point)
        print(
            f"  memory: {point['sentences']:>9,} sentences  {point['seconds']:7.0f} s  "
            f"RSS {point['rss_mb']:6.0f} MB",
            file=sys.stderr,
            flush=True,
        )

    for _coded in extract_documents(stream()):
        state["events"] += 1
    points[-1]["events"] = state["events"]
    return {
        "load_seconds": load, "seconds": time.perf_counter() - t0,
        "sentences": state["sentences"], "documents": state["documents"],
        "events": state["events"], "points": points, "limits": _cache_limits(),
    }  # fmt: skip


def child_main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "memory":
        result = child_memory(int(argv[1]), int(argv[2]))
    else:
        result = {"baseline": child_baseline, "extract": child_extract, "cli": child_cli}[mode](
            Path(argv[1])
        )
    result["peak_rss_mb"] = _peak_mb()
    print(json.dumps(result))


def run_child(*args: str) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its stderr passes through."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args],
        stdout=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed: {' '.join(args)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- analysis and report ---------------------------------------------------------------
def slope_per_sentence(points: list[dict[str, Any]]) -> float:
    """Least-squares slope of RSS (MB) against sentences."""
    if len(points) < 2:
        return 0.0
    xs = [p["sentences"] for p in points]
    ys = [p["rss_mb"] for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def memory_trend(mem: dict[str, Any]) -> dict[str, float]:
    """Slopes (MB per sentence) over the run after the first interval and over its second half
    (when the bounded caches have had time to fill), and the projection to 1,000,000 sentences
    from the second-half slope (the steady state) and from the whole-run slope (conservative)."""
    points = [p for p in mem["points"] if p["sentences"] > 0][1:]
    half = [p for p in points if p["sentences"] >= mem["sentences"] / 2]
    whole, late = slope_per_sentence(points), slope_per_sentence(half)
    final = mem["points"][-1]["rss_mb"]
    rest = max(0, 1_000_000 - mem["sentences"])
    return {
        "slope": whole, "late_slope": late, "projected": final + max(late, 0.0) * rest,
        "projected_whole": final + max(whole, 0.0) * rest,
    }  # fmt: skip


def grown_caches(mem: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    """(name, size after the first interval, size at the end, bound) of the caches that grew."""
    points = mem["points"]
    first = points[1]["caches"] if len(points) > 2 else points[0]["caches"]
    out = []
    for name, size in points[-1]["caches"].items():
        if size <= first.get(name, 0):
            continue
        if name.startswith("spacy"):
            bound = "unbounded"
        elif name == "gc objects":
            bound = "Python objects, not a cache"
        else:
            limit = mem["limits"].get(name)
            bound = "unbounded" if limit is None else f"bounded at {limit:,}"
            if limit is not None and size >= limit:
                bound += ", full"
        out.append((name, first.get(name, 0), size, bound))
    return out


def attribution(mem: dict[str, Any]) -> str:
    """Which store the second-half growth follows: riftwatch's caches or spaCy's vocabulary."""
    points = mem["points"]
    mid = min(points, key=lambda p: abs(p["sentences"] - mem["sentences"] / 2))
    end = points[-1]
    ours = [k for k in end["caches"] if k.startswith(("Resolver.", "riftwatch."))]
    ours_grew = [k for k in ours if end["caches"][k] > mid["caches"][k]]
    lexemes = end["caches"]["spacy vocab (lexemes)"] - mid["caches"]["spacy vocab (lexemes)"]
    rss = end["rss_mb"] - mid["rss_mb"]
    text = (
        f"Second half ({mid['sentences']:,} -> {end['sentences']:,} sentences): RSS "
        f"{rss:+.0f} MB; riftwatch caches "
        + (f"still growing: {', '.join(ours_grew)}" if ours_grew else "unchanged (all bounded)")
        + f"; spaCy vocabulary +{lexemes:,} lexemes"
    )
    if lexemes > 0 and not ours_grew:
        text += (
            f", about {rss * 2**20 / lexemes:,.0f} bytes of RSS per new lexeme. The growth is "
            "spaCy's vocabulary (`Vocab`/`StringStore` and the tokenizer cache of the pipeline "
            "held by `riftwatch.nlp.parse.nlp()`): one entry per distinct new token string "
            "in a parsed sentence, here the numeric suffix; it follows the vocabulary of the "
            "corpus, not the number of sentences"
        )
    return text + "."


def fmt_rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:,.1f}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    parser.add_argument("--sentences", type=int, default=None,
                        help="sentences streamed in the memory run (default 200000)")  # fmt: skip
    parser.add_argument("--every", type=int, default=None,
                        help="RSS sample interval in sentences (default sentences/10)")  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="leave results.md alone")
    args = parser.parse_args()
    n_mem = args.sentences or (5_000 if args.quick else 200_000)
    every = args.every or max(1, n_mem // 10)
    started = time.perf_counter()

    work = Path(tempfile.mkdtemp(prefix="riftwatch-extract-bench-"))
    corpora = {
        "ucdp-headlines": ucdp_headline_docs(300 if args.quick else None),
        "demo": demo_docs(),
    }
    rows = []
    for name, docs in corpora.items():
        path = work / f"{name}.jsonl"
        write_jsonl(path, docs)
        n_docs, n_sents = len(docs), count_sentences(docs)
        print(f"{name}: {n_docs} documents, {n_sents} sentences")
        base = run_child("baseline", str(path))
        ext = run_child("extract", str(path))
        cli = run_child("cli", str(path))
        base_rate = n_docs / base["seconds"]
        for label, r in (("spaCy parse (baseline)", base), ("riftwatch extract_documents", ext),
                         ("riftwatch CLI (with start-up)", cli)):  # fmt: skip
            rows.append({
                "corpus": name, "run": label, "documents": n_docs, "sentences": n_sents,
                "seconds": r["seconds"], "docs_per_s": n_docs / r["seconds"],
                "sents_per_s": n_sents / r["seconds"],
                "sents_per_cpu_s": n_sents / r["cpu_seconds"] if r["cpu_seconds"] else 0.0,
                "ratio": n_docs / r["seconds"] / base_rate,
                "events": r.get("events"), "parsed": r.get("parsed_sentences"),
                "load": r.get("load_seconds"),
                "peak_mb": r.get("cli_peak_rss_mb", r["peak_rss_mb"]),
            })  # fmt: skip

    header = (
        f"{'corpus':15} {'run':30} {'docs':>6} {'sents':>6} {'seconds':>8} {'docs/s':>8} "
        f"{'sents/s':>8} {'/CPU-s':>8} {'ratio':>6} {'events':>7} {'peak MB':>8}"
    )
    print("\n" + header)
    for r in rows:
        print(
            f"{r['corpus']:15} {r['run']:30} {r['documents']:6} {r['sentences']:6} "
            f"{r['seconds']:8.2f} {fmt_rate(r['docs_per_s']):>8} {fmt_rate(r['sents_per_s']):>8} "
            f"{fmt_rate(r['sents_per_cpu_s']):>8} {r['ratio']:6.2f} "
            f"{'' if r['events'] is None else r['events']:>7} {r['peak_mb']:8.0f}"
        )

    print(f"\nmemory: streaming {n_mem:,} generated sentences (RSS every {every:,})")
    mem = run_child("memory", str(n_mem), str(every))
    trend = memory_trend(mem)
    print(
        f"memory: {mem['sentences']:,} sentences in {mem['seconds']:.0f} s "
        f"({mem['sentences'] / mem['seconds']:,.0f} sentences/s), {mem['events']:,} events; "
        f"peak {mem['peak_rss_mb']:.0f} MB; slope {trend['slope'] * 1e5:+.1f} MB per 100k "
        f"sentences (second half {trend['late_slope'] * 1e5:+.1f}); projected at 1,000,000 "
        f"sentences: {trend['projected']:,.0f} MB ({trend['projected_whole']:,.0f} MB "
        "at the whole-run slope)"
    )
    grown = grown_caches(mem)
    for name, a, b, bound in grown:
        print(f"  grew after the first interval: {name}: {a:,} -> {b:,} ({bound})")
    total = time.perf_counter() - started
    print(f"total benchmark time: {total:.0f} s")

    if not args.no_write:
        write_report(rows, mem, trend, grown, total, every)
        print(f"written to {RESULTS}")


def write_report(rows: list[dict[str, Any]], mem: dict[str, Any], trend: dict[str, float],
                 grown: list[tuple[str, int, int, str]], total: float,
                 every: int) -> None:  # fmt: skip
    command = shlex.join([".venv/bin/python", "benchmarks/extract_speed.py", *sys.argv[1:]])
    today = dt.date.today().isoformat()
    lines = [
        f"## {SECTION}",
        "",
        f"`{command}` on {today}, {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; whole run {total / 60:.1f} min. Every measurement runs in "
        "its own fresh child process (peak RSS = that process's `ru_maxrss`). Model, knowledge "
        "base and lexicon are loaded before the clock starts, except in the CLI row, which is "
        "timed from outside with process start-up and loading included. Sentences are counted "
        'with `riftwatch.nlp.segment.segment`; "per CPU-s" divides by the user + system time '
        f"of the timed region. Target: extraction >= {RATIO_TARGET}x the parse baseline.",
        "",
        "| corpus | run | docs | sentences | seconds | docs/s | sentences/s | sentences per "
        "CPU-s | ratio to baseline | events | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['corpus']} | {r['run']} | {r['documents']:,} | {r['sentences']:,} | "
            f"{r['seconds']:.2f} | {fmt_rate(r['docs_per_s'])} | {fmt_rate(r['sents_per_s'])} | "
            f"{fmt_rate(r['sents_per_cpu_s'])} | {r['ratio']:.2f} | "
            f"{'' if r['events'] is None else format(r['events'], ',')} | {r['peak_mb']:.0f} |"
        )
    lines += ["", "Corpora: `ucdp-headlines` = rows of the UCDP GED Pakistan events.csv with a "
              "`source_headline` (first headline), one document each, dated `date_start`; `demo` "
              "= src/riftwatch/data/demo/ucdp_ged_pakistan_headlines.jsonl plus the plain text of "
              "the .txt/.md files in its reports/ folder."]  # fmt: skip
    notes = []
    for r in rows:
        if r["run"].startswith("riftwatch extract_documents"):
            verdict = "meets" if r["ratio"] >= RATIO_TARGET else "misses"
            notes.append(
                f"`{r['corpus']}`: {r['ratio']:.2f}x the baseline ({verdict} the "
                f"{RATIO_TARGET}x target); {r['parsed']:,} parses for {r['sentences']:,} "
                f"sentences (each sentence once, a repaired headline again); "
                f"{r['load']:.1f} s loading."
            )
    lines += ["", "Extraction: " + " ".join(notes)]
    ext = [r for r in rows if r["run"].startswith("riftwatch extract_documents")]
    per_core = ", ".join(f"{fmt_rate(r['sents_per_cpu_s'])} (`{r['corpus']}`)" for r in ext)
    lines += [
        "",
        f"Per core: riftwatch codes {per_core} sentences per CPU-second, next to "
        f"PETRARCH-2's published ~{PETRARCH2_SENTENCES_PER_S} sentences/s. PETRARCH-2's figure "
        "excludes its parser (it reads sentences already parsed by CoreNLP); ours includes the "
        "spaCy parse, segmentation, actor resolution, modality and dating.",
        "",
        "### Memory",
        "",
        f"{mem['documents']:,} distinct short documents ({mem['sentences']:,} sentences: UCDP "
        'headlines cycled, each with a numeric suffix "(dispatch N)") streamed through '
        f"`extract_documents` in one child; RSS sampled every {every:,} sentences. The stream "
        f"took {mem['seconds'] / 60:.1f} min ({mem['sentences'] / mem['seconds']:,.0f} "
        f"sentences/s, {mem['events']:,} events) after {mem['load_seconds']:.1f} s loading. "
        '"riftwatch caches" = entries in the resolver\'s result and lookup caches plus every '
        "`functools` cache in `riftwatch.*`.",
        "",
        "| sentences | elapsed s | RSS MB | spaCy strings | spaCy lexemes | riftwatch caches |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for p in mem["points"]:
        c = p["caches"]
        ours = sum(v for k, v in c.items() if k.startswith(("Resolver.", "riftwatch.")))
        lines.append(
            f"| {p['sentences']:,} | {p['seconds']:.0f} | {p['rss_mb']:.0f} | "
            f"{c['spacy vocab.strings']:,} | {c['spacy vocab (lexemes)']:,} | {ours:,} |"
        )
    projected = trend["projected"]
    verdict = "under" if projected < MEMORY_TARGET_MB else "over"
    lines += [
        "",
        f"Peak RSS {mem['peak_rss_mb']:.0f} MB. Slope (least squares, after the first interval): "
        f"{trend['slope'] * 1e5:+.1f} MB per 100,000 sentences over the run, "
        f"{trend['late_slope'] * 1e5:+.1f} MB over its second half (by when the bounded "
        "caches have had time to fill). "
        f"Extrapolated to 1,000,000 sentences: {projected:,.0f} MB resident from the "
        f"second-half slope ({verdict} the {MEMORY_TARGET_MB / 1024:.0f} GB target); "
        f"{trend['projected_whole']:,.0f} MB at the whole-run slope.",
    ]
    lines += ["", attribution(mem)]
    if grown:
        lines += ["", "Grew after the first interval: " + "; ".join(
            f"`{name}` {a:,} -> {b:,} ({bound})" for name, a, b, bound in grown) + "."]  # fmt: skip
    write_section(SECTION, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
