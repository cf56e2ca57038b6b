"""Large stores for the benchmarks, built fast and the same way every time.

Two builders share this module:

- :func:`fill_demo_copies`: the bundled demo corpus ingested and coded for real, its
  events then copied (same documents, new ids) up to a target count (``events_list.py``,
  ``claims_load.py``);
- :func:`build_synthetic`: a store of invented, coded reports of a realistic shape
  (``web.py``): a few hundred actors (knowledge-base armed groups, a Zipf-like share of
  the events each, so a few pairs hold most of them), fifteen years of dates, a few
  thousand documents of a few hundred events each, sentences indexed for search, and
  analysts' judgements on some events. Rows go in through SQLAlchemy core
  ``executemany`` in large transactions; a seed makes the store the same every time.

And :func:`judge_some` adds analysts' verdicts and credibility overrides to a share of
the stored events (both builders' stores); :func:`optional_postgres` gives a benchmark
its throwaway PostgreSQL server, or None when told not to or when there is none, and
:func:`on_each_store` runs a benchmark on a fresh SQLite store and then on that server.

    PYTHONPATH=src python benchmarks/_stores.py --events 1000000 /tmp/big.db   # or --pg URL
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, insert, select

from riftwatch import api
from riftwatch.store import Store, open_store
from riftwatch.store.judgements import key_values
from riftwatch.store.tables import (
    Document,
    EventJudgementRow,
    EventRow,
    SentenceRow,
    Source,
    utcnow,
)

DEMO = Path(__file__).resolve().parents[1] / "src" / "riftwatch" / "data" / "demo"
CODER = "synthetic-bench-1"
CHUNK = 20_000
T = TypeVar("T")


@contextmanager
def optional_postgres(skip: bool = False, *, fast: bool = True) -> Iterator[Any]:
    """A throwaway PostgreSQL server (:class:`~riftwatch.store.pgtemp.TempPostgres`,
    started; ``admin_url``, ``create_database``) for the ``with`` block, stopped after it;
    None when ``skip`` (``--no-postgres``) or when no server can be started (said why)::

        with optional_postgres(args.no_postgres) as server:
            if server is not None:
                results["PostgreSQL"] = measure(open_store(server.admin_url))
    """
    if skip:
        yield None
        return
    from riftwatch.store.pgtemp import PostgresUnavailable, TempPostgres

    server = TempPostgres(fast=fast)
    try:
        server.start()
    except PostgresUnavailable as exc:
        print(f"PostgreSQL skipped: {exc}")
        yield None
        return
    try:
        yield server
    finally:
        server.stop()


def on_each_store(no_postgres: bool, run: Callable[[Store, str, Path], T]) -> dict[str, T]:
    """``run(store, name, folder)`` on a fresh SQLite store (``bench.db`` in a temporary
    folder), then on a throwaway PostgreSQL server's (:func:`optional_postgres`: not when
    ``no_postgres`` or when none can be started); each store is closed after its run, the
    folder removed after both. Returns the results by store name, ``"SQLite"`` first, then
    ``"PostgreSQL"`` when it ran."""
    results: dict[str, T] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(str(folder / "bench.db"))
        results["SQLite"] = run(store, "SQLite", folder)
        store.close()
        with optional_postgres(no_postgres) as server:
            if server is not None:
                store = open_store(server.admin_url)
                results["PostgreSQL"] = run(store, "PostgreSQL", folder)
                store.close()
    return results


def fill_demo_copies(store: Store, target: int) -> int:
    """Ingest and code the demo corpus, then copy its events up to ``target`` rows."""
    api.ingest([DEMO], db=store)
    api.extract_stored(store)
    columns = [c for c in EventRow.__table__.columns if c.name != "id"]
    with store.engine.begin() as conn:
        count = conn.scalar(select(func.count()).select_from(EventRow)) or 0
        while count < target:
            source = select(*columns).limit(target - count)
            conn.execute(insert(EventRow).from_select([c.name for c in columns], source))
            count = conn.scalar(select(func.count()).select_from(EventRow)) or 0
    return count


def judge_some(store: Store, *, verdict_every: int = 50, override_every: int = 100) -> tuple:
    """Verdicts on every ``verdict_every``-th event (a third each accept, reject, correct),
    credibility overrides on every ``override_every``-th, written in bulk; returns the
    numbers of verdicts and overrides."""
    now = utcnow()
    columns = (EventRow.id, EventRow.document_id, EventRow.sentence_index,
               EventRow.sentence_start, EventRow.source_id, EventRow.source_name,
               EventRow.target_id, EventRow.target_name, EventRow.event_type, EventRow.mode,
               EventRow.modality, EventRow.coder_version)  # fmt: skip
    verdicts = overrides = 0
    with store.engine.begin() as conn:
        events = conn.execute(select(*columns).order_by(EventRow.id)).all()
        rows = []
        for n, e in enumerate(events):
            base = {**key_values(e), "event_id": e.id, "judged_event_id": e.id,
                    "analyst": "bench", "created_at": now, "changes": None,
                    "credibility": None, "verdict": None, "note": None}  # fmt: skip
            if n % verdict_every == 0:
                verdict = ("accept", "reject", "correct")[(n // verdict_every) % 3]
                changes = {"event_type": "COERCE"} if verdict == "correct" else None
                rows.append({**base, "kind": "verdict", "verdict": verdict, "changes": changes})
                verdicts += 1
            if n % override_every == 0:
                rows.append({**base, "kind": "credibility", "credibility": 2, "note": "bench"})
                overrides += 1
            if len(rows) >= CHUNK:
                conn.execute(insert(EventJudgementRow), rows)
                rows = []
        if rows:
            conn.execute(insert(EventJudgementRow), rows)
    return verdicts, overrides


# -- the synthetic store ----------------------------------------------------------------------

# invented sentence frames per event type: {s} source, {t} target, {p} place
FRAMES: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("{s} fighters attacked a {t} checkpoint near {p}.",
                "{s} claimed an ambush on a {t} convoy outside {p}."),
    "COERCE": ("{s} abducted two {t} commanders in {p}.",
               "{s} seized weapons from {t} units around {p}."),
    "ACCUSE": ("{s} accused {t} of betraying the movement in {p}.",),
    "THREATEN": ("{s} warned {t} that it would strike its bases in {p}.",),
    "REJECT": ("{s} rejected the demands of {t} at a meeting in {p}.",),
    "PROTEST": ("{s} protested the killing of its men by {t} in {p}.",),
    "MOBILIZE": ("{s} massed fighters on the border of {t} territory near {p}.",),
    "SANCTION": ("{s} expelled {t} representatives from its council in {p}.",),
    "COOPERATE": ("{s} and {t} carried out a joint operation near {p}.",
                  "{s} fought alongside {t} in {p}."),
    "AID": ("{s} gave shelter to {t} fighters in {p}.",
            "{s} supplied weapons and money to {t} in {p}."),
    "SUPPORT": ("{s} praised {t} for its sacrifices in {p}.",),
    "AGREE": ("{s} signed a truce with {t} in {p}.",),
    "CONSULT": ("{s} met {t} leaders in {p} to discuss a merger.",),
    "REQUEST": ("{s} asked {t} for sanctuary in {p}.",),
    "CONCEDE": ("{s} released {t} prisoners held in {p}.",),
    "RETREAT": ("{s} withdrew its fighters from {t} areas around {p}.",),
}  # fmt: skip
# share of each type: mostly violence and cooperation, as in the field
TYPE_WEIGHTS = {"ASSAULT": 30, "COERCE": 8, "ACCUSE": 8, "THREATEN": 5, "REJECT": 3,
                "PROTEST": 2, "MOBILIZE": 3, "SANCTION": 2, "COOPERATE": 14, "AID": 8,
                "SUPPORT": 5, "AGREE": 3, "CONSULT": 4, "REQUEST": 2, "CONCEDE": 2,
                "RETREAT": 1}  # fmt: skip
MODALITY_WEIGHTS = {"asserted": 88, "negated": 3, "denied": 3, "hypothetical": 2, "future": 2,
                    "uncertain": 2}  # fmt: skip
PLACES = ("Kabul", "Kandahar", "Quetta", "Peshawar", "Miranshah", "Jalalabad", "Kunduz",
          "Herat", "Ghazni", "Khost", "Bannu", "Wana", "Chitral", "Mosul", "Raqqa", "Idlib",
          "Aleppo", "Sanaa", "Marib", "Gao", "Timbuktu", "Mogadishu", "Kismayo",
          "Maiduguri")  # fmt: skip
FILLER = ("Local elders said the situation remained tense.",
          "Residents reported that roads into the district were closed.",
          "A spokesman could not be reached for comment.",
          "The report cited officials who asked not to be named.")  # fmt: skip
SOURCE_TYPES = (("news", "B", 2), ("wire", "B", 2), ("analysis", "B", 3),
                ("monitoring_report", "C", 3), ("government", "C", 4),
                ("social_media", "E", 5))  # fmt: skip
HOT_ACTORS = ("org:afghan-taliban", "org:ttp", "org:al-qaeda", "org:haqqani-network",
              "org:iskp")  # fmt: skip


@dataclass
class Synthetic:
    """What :func:`build_synthetic` stored, and ids the benchmarks ask for."""

    events: int = 0
    documents: int = 0
    sentences: int = 0
    actors: int = 0
    judgements: tuple[int, int] = (0, 0)
    seconds: float = 0.0
    busiest_doc_ids: list[int] = field(default_factory=list)
    typical_doc_ids: list[int] = field(default_factory=list)
    max_doc_events: int = 0
    event_ids: list[int] = field(default_factory=list)
    top_pairs: list[tuple[str, str, int]] = field(default_factory=list)
    actor_names: dict[str, str] = field(default_factory=dict)


def _actors(count: int) -> list[tuple[str, str]]:
    """``count`` armed groups of the bundled knowledge base, the well-known ones first."""
    from riftwatch.actors.resolve import default_resolver

    kb = default_resolver().kb
    orgs = sorted(
        (e.id, e.name) for e in kb.entities.values()
        if e.id.startswith("org:") and e.type == "armed_group"
    )  # fmt: skip
    hot = [(i, n) for i, n in orgs if i in HOT_ACTORS]
    hot.sort(key=lambda item: HOT_ACTORS.index(item[0]))
    rest = [(i, n) for i, n in orgs if i not in HOT_ACTORS]
    chosen = hot + rest[: max(count - len(hot), 0)]
    while len(chosen) < count:  # a knowledge base smaller than asked: invented groups
        n = len(chosen) + 1
        chosen.append((f"bench:group-{n:03d}", f"Armed Group {n:03d}"))
    return chosen


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[start : start + CHUNK])


def build_synthetic(
    store: Store,
    *,
    events: int = 1_000_000,
    documents: int | None = None,
    actors: int = 300,
    years: tuple[int, int] = (2010, 2024),
    judge: bool = True,
    seed: int = 12,
    progress: Any = None,
) -> Synthetic:
    """Fill the (empty, migrated) ``store`` with ``events`` coded events of invented reports.

    ``documents`` defaults to one per 300 events (at least 1); each document's event count
    is drawn between a third and twice the mean, so some reports are long. Each sentence of
    a document holds one to four events; actors are drawn with Zipf-like weights (the
    ``k``-th actor about ``1/k`` as often), so a few pairs dominate as in real reporting.
    Dates spread over ``years`` (inclusive); about one event in ten is dated to the month
    only. With ``judge``, :func:`judge_some` adds verdicts to 2% and overrides to 1%.
    """
    began = time.perf_counter()
    say = progress or (lambda _msg: None)
    rng = random.Random(seed)
    n_docs = documents or max(events // 300, 1)
    cast = _actors(actors)
    weights = [1.0 / (k + 1) for k in range(len(cast))]
    types = list(TYPE_WEIGHTS)
    type_w = list(TYPE_WEIGHTS.values())
    modalities = list(MODALITY_WEIGHTS)
    modality_w = list(MODALITY_WEIGHTS.values())
    now = utcnow()
    # events per document: between a third and twice the mean, summing to ``events``
    raw = [rng.uniform(1 / 3, 2.0) for _ in range(n_docs)]
    scale = events / sum(raw)
    per_doc = [max(int(r * scale), 1) for r in raw]
    per_doc[-1] += events - sum(per_doc)
    if per_doc[-1] < 1:  # rounding took too many: take them back from the largest
        per_doc[per_doc.index(max(per_doc))] += per_doc[-1] - 1
        per_doc[-1] = 1
    out = Synthetic(documents=n_docs, actors=len(cast))
    out.actor_names = dict(cast)
    with store.engine.begin() as conn:
        sources = []
        for k in range(40):
            kind, rel, cred = SOURCE_TYPES[k % len(SOURCE_TYPES)]
            sources.append({"id": k + 1, "name": f"Bench Outlet {k + 1:02d}",
                            "source_type": kind, "reliability": rel, "credibility": cred,
                            "created_at": now})  # fmt: skip
        _insert(conn, Source, sources)
    doc_id = sentence_id = event_id = 0
    pair_counts: dict[tuple[str, str], int] = {}
    doc_rows: list[dict[str, Any]] = []
    sent_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    span_days = (years[1] - years[0] + 1) * 365

    def flush(final: bool = False) -> None:
        if not final and len(event_rows) < 100_000:
            return
        with store.engine.begin() as conn:
            _insert(conn, Document, doc_rows)
            _insert(conn, SentenceRow, sent_rows)
            _insert(conn, EventRow, event_rows)
        say(f"{event_id:,} events, {doc_id:,} documents, {sentence_id:,} sentences")
        doc_rows.clear()
        sent_rows.clear()
        event_rows.clear()

    from datetime import date, timedelta

    first_day = date(years[0], 1, 1)
    for count in per_doc:
        doc_id += 1
        source = sources[rng.randrange(len(sources))]
        day = first_day + timedelta(days=int(rng.random() * span_days))
        published = day.isoformat()
        # the document's cast: a handful of actors, drawn skewed, so pairs repeat
        local = list({a for a in rng.choices(range(len(cast)), weights, k=6)})
        if len(local) < 2:
            local = [0, 1]
        parts: list[str] = []
        sentences: list[dict[str, Any]] = []
        offset = 0
        left = count
        index = 0
        while left > 0:
            in_sentence = min(left, rng.randint(1, 4))
            s, t = rng.sample(local, 2)
            etype = rng.choices(types, type_w)[0]
            place = PLACES[rng.randrange(len(PLACES))]
            frame = FRAMES[etype][rng.randrange(len(FRAMES[etype]))]
            text = frame.format(s=cast[s][1], t=cast[t][1], p=place)
            if index % 5 == 4:
                text += " " + FILLER[rng.randrange(len(FILLER))]
            start, end = offset, offset + len(text)
            sentence_id += 1
            sentences.append({"id": sentence_id, "document_id": doc_id, "idx": index,
                              "start": start, "end": end, "text": text})  # fmt: skip
            for k in range(in_sentence):
                a, b = (s, t) if k == 0 else rng.sample(local, 2)
                event_id += 1
                modality = rng.choices(modalities, modality_w)[0]
                when = day - timedelta(days=rng.randrange(0, 20))
                month_only = rng.random() < 0.1
                key = (cast[a][0], cast[b][0]) if a < b else (cast[b][0], cast[a][0])
                pair_counts[key] = pair_counts.get(key, 0) + 1
                event_rows.append({
                    "id": event_id, "document_id": doc_id, "sentence_index": index,
                    "sentence_start": start, "sentence_end": end,
                    "source_id": cast[a][0], "source_name": cast[a][1],
                    "target_id": cast[b][0], "target_name": cast[b][1],
                    "event_type": etype if k == 0 else rng.choices(types, type_w)[0],
                    "mode": None, "modality": modality,
                    "event_date": when.isoformat()[:7] if month_only else when.isoformat(),
                    "date_precision": "month" if month_only else "day",
                    "confidence": round(rng.uniform(0.5, 0.99), 2),
                    "quote": text[: min(len(text), 60)], "attributed_to": None,
                    "detail": {"trigger": text.split()[2] if len(text.split()) > 2 else None,
                               "why": ["synthetic benchmark event"]},
                    "coder_version": CODER, "created_at": now,
                })  # fmt: skip
            left -= in_sentence
            parts.append(text)
            offset = end + 1
            index += 1
        body = " ".join(parts)
        title = f"{cast[local[0]][1]} and {cast[local[1]][1]}: report {doc_id}"
        doc_rows.append({
            "id": doc_id, "content_hash": hashlib.sha256(f"{seed}:{doc_id}".encode()).hexdigest(),
            "external_id": f"bench-{doc_id}", "title": title, "url": None,
            "published": published, "published_precision": "day", "date_origin": "field",
            "language": "en", "language_confidence": 0.99, "source_id": source["id"],
            "source_type": source["source_type"], "reliability": source["reliability"],
            "credibility": source["credibility"], "grade_origin": {}, "origin_id": doc_id,
            "path": f"/bench/reports/{doc_id}.txt", "char_count": len(body), "text": body,
            "status": "ready", "meta": {}, "created_at": now, "coded_version": CODER,
            "coded_at": now,
        })  # fmt: skip
        sent_rows.extend(sentences)
        flush()
    flush(final=True)
    if judge:
        out.judgements = judge_some(store)
        say(f"judgements: {out.judgements[0]:,} verdicts, {out.judgements[1]:,} overrides")
    with store.engine.begin() as conn:
        if store.dialect == "postgresql":  # explicit ids leave the sequences behind
            for table in ("sources", "documents", "sentences", "events"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        conn.exec_driver_sql("ANALYZE")
    out.events, out.sentences = event_id, sentence_id
    ranked = sorted(range(n_docs), key=lambda d: (-per_doc[d], d))
    out.busiest_doc_ids = [d + 1 for d in ranked[:20]]
    out.max_doc_events = per_doc[ranked[0]]
    middle = len(ranked) // 2
    out.typical_doc_ids = [d + 1 for d in ranked[max(middle - 10, 0) : middle + 10]]
    out.event_ids = [1 + (event_id * k) // 50 for k in range(50)]
    top = sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out.top_pairs = [(a, b, n) for (a, b), n in top[:10]]
    out.seconds = time.perf_counter() - began
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Build a synthetic benchmark store.")
    parser.add_argument("db", help="a SQLite path or a postgresql:// URL (an empty store)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    store = open_store(args.db)
    built = build_synthetic(store, events=args.events, seed=args.seed,
                            progress=lambda m: print(m, file=sys.stderr))  # fmt: skip
    store.close()
    print(f"{built.events:,} events, {built.documents:,} documents, {built.sentences:,} "
          f"sentences, {built.actors} actors in {built.seconds:.0f} s; busiest pairs: "
          f"{built.top_pairs[:3]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
