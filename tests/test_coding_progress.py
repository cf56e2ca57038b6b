"""Coding the store: progress (documents coded / total) and runs stopped by Ctrl-C or SIGTERM,
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clirun import default_sigint, program
from riftwatch import api
from riftwatch.coding import _pending
from riftwatch.nlp.batch import BATCH, BATCH_CHARS, code_batch, coder_version
from riftwatch.store import open_store
from riftwatch.store.tables import Document, EventRow

REPORTS = {
    "a.txt": "The Haqqani network sheltered Al Qaeda fighters in Miranshah. "
    "Pakistani troops attacked the TTP in Orakzai in 2009.",
    "b.txt": "Taliban commanders refused to shelter Al Qaeda operatives, officials said.",
    "c.txt": "The weather in Kabul was cold on Tuesday.",
}


def _env(**extra: str) -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    path = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, **extra}


_cli = program


def _ingest_reports(store, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    api.ingest([folder], db=store, source_type="news")


def test_progress_counts_documents_coded_of_total(store, tmp_path: Path) -> None:
    _ingest_reports(store, tmp_path)
    events: list[tuple[str, dict]] = []
    result = api.extract_stored(store, progress=lambda e, info: events.append((e, dict(info))))
    assert events[0] == ("start", {"total": 3})
    assert events[-1] == ("end", {"documents": 3, "events": result["events"], "total": 3})
    steps = [i["documents"] for e, i in events if e == "document"]
    assert steps == [1, 2, 3]
    again: list[tuple[str, dict]] = []
    api.extract_stored(store, progress=lambda e, info: again.append((e, dict(info))))
    assert again[0] == ("start", {"total": 0})


def test_long_documents_are_coded_a_few_at_a_time(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIFTWATCH_MAX_DOCUMENT_CHARS", "90000")
    folder = tmp_path / "in"
    folder.mkdir()
    path = resources.files("riftwatch.data").joinpath("demo/ucdp_ged_pakistan_headlines.jsonl")
    lines = [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()]
    (folder / "big.txt").write_text(
        "\n\n".join(f"{t} (dispatch {i})." for i, t in enumerate(lines * 12)), encoding="utf-8"
    )
    (folder / "short.jsonl").write_text(
        "".join(
            json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(lines[: BATCH + 10])
        )
    )
    api.ingest([folder], db=store)
    batches = list(_pending(store, coder_version(), recode_all=False))
    sizes = [[len(d["text"]) for d in batch] for batch in batches]
    big = [b for b in sizes if max(b) > 60_000]  # batches with parts of the big file
    assert len(big) >= 2  # not all in one batch of BATCH
    assert any(len(b) == BATCH for b in sizes)  # short documents still go BATCH at a time
    assert all(len(b) <= BATCH and (len(b) == 1 or sum(b) <= BATCH_CHARS) for b in sizes)
    ids = [d["id"] for batch in batches for d in batch]
    with store.engine.connect() as conn:
        assert ids == sorted(conn.scalars(select(Document.id)))


def test_extract_prints_plain_progress_lines(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        _ingest_reports(store, tmp_path)
    env = _env(RIFTWATCH_PROGRESS_INTERVAL="0")
    done = subprocess.run(
        _cli("--db", db_url, "extract", "--format", "json"),
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    lines = done.stderr.splitlines()
    assert lines[0] == "extract: 3 documents to code"
    assert lines[-1] == f"extract: 3/3 documents coded (100%), {result['events']} events"
    quiet = subprocess.run(
        _cli("--db", db_url, "extract", "--all", "--no-progress"),
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert quiet.returncode == 0 and quiet.stderr == ""


def _headlines(copies: int) -> list[dict]:
    """The demo UCDP headlines, each in ``copies`` numbered variants (distinct texts)."""
    path = resources.files("riftwatch.data").joinpath("demo/ucdp_ged_pakistan_headlines.jsonl")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    docs = []
    for n in range(copies):
        for row in rows:
            docs.append({"id": f"{row['id']}-{n}", "text": f"{row['text']} (dispatch {n})",
                         "date": row["date"], "source": row["source"]})  # fmt: skip
    return docs


def _coded(store) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.count())
                .select_from(Document)
                .where(Document.coded_version.is_not(None))
            )
            or 0
        )


def _consistent(store) -> None:
    """No events of a document the run has not stamped as coded."""
    with store.engine.connect() as conn:
        stray = conn.scalar(
            select(func.count())
            .select_from(EventRow)
            .join(Document, Document.id == EventRow.document_id)
            .where(Document.coded_version.is_(None))
        )
    assert stray == 0


@pytest.mark.slow
def test_interrupted_extract_leaves_the_store_consistent_and_reruns_finish(
    db_url: str, tmp_path: Path
) -> None:
    docs = _headlines(4)
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    store = open_store(db_url)
    try:
        api.ingest([corpus], db=store)
        total = len(docs)
        env = _env(RIFTWATCH_PROGRESS_INTERVAL="0")
        cmd = _cli("--db", db_url, "extract", "--format", "json")
        marks = []
        for sig, status in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
            before = _coded(store)
            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                preexec_fn=default_sigint,
            )  # fmt: skip
            deadline = time.time() + 300
            while _coded(store) < before + 60:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.time() < deadline, "extract made no progress"
                time.sleep(0.05)
            proc.send_signal(sig)
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == status, err
            assert f"RW204 interrupted by {signal.Signals(sig).name}" in err
            assert "Run the same command again" in err
            coded = _coded(store)
            assert before + 60 <= coded < total
            _consistent(store)
            marks.append(coded)
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["documents"] == total - marks[-1]
        assert _coded(store) == total
        with store.engine.connect() as conn:
            versions = set(conn.scalars(select(Document.coded_version)))
            assert versions == {coder_version()}
            rows = conn.execute(
                select(Document.id, Document.external_id, Document.text, Document.published)
            ).all()
            stored = {}
            for doc_id, quote, kind, start in conn.execute(
                select(
                    EventRow.document_id,
                    EventRow.quote,
                    EventRow.event_type,
                    EventRow.sentence_start,
                )  # fmt: skip
            ):
                stored.setdefault(doc_id, []).append((quote, kind, start))
        # every document's events are those an uninterrupted coder gives, once each
        sample = random.Random(5).sample(rows, 100)
        sample += [r for r in rows if r.id in stored][:50]
        reference = code_batch([{"id": r.id, "text": r.text, "date": r.published} for r in sample])
        for doc_id, events in reference:
            want = sorted((e["quote"], e["event_type"], e["start"]) for e in events)
            assert sorted(stored.get(doc_id, [])) == want, doc_id
    finally:
        store.close()
