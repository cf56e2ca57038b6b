"""Progress inside big files, and runs stopped by Ctrl-C or SIGTERM, on SQLite and PostgreSQL.

The interruption tests run the real command line in a child process on a real file,
send it real signals part way, and check the run record, the exit status and that the
reruns finish the job with every document stored once.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import threading
import time
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import func, select

from clirun import default_sigint, environment, program
from riftwatch import api
from riftwatch.cli._progress import IngestProgress, display, size_text
from riftwatch.interrupt import Interrupted, stop_on_sigterm
from riftwatch.store import open_store
from riftwatch.store.tables import Document, IngestFile, SentenceRow

PART_CHARS = 60_000


def _demo_texts() -> list[str]:
    folder = resources.files("riftwatch.data").joinpath("demo").joinpath("reports")
    return [
        e.read_text("utf-8").strip()
        for e in sorted(folder.iterdir(), key=lambda e: e.name)
        if e.name.endswith(".txt")
    ]


def _big_text(chars: int, seed: int = 1) -> str:
    """Real reports in random order, each under a numbered dispatch line (no two parts equal)."""
    rng = random.Random(seed)
    demo = _demo_texts()
    pieces, size, n = [], 0, 0
    while size < chars:
        n += 1
        piece = f"Dispatch {n} of the frontier desk.\n\n{rng.choice(demo)}"
        pieces.append(piece)
        size += len(piece) + 2
    return "\n\n".join(pieces)


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("RIFTWATCH_MAX_DOCUMENT_CHARS", str(PART_CHARS))
    return PART_CHARS


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_progress_reports_parts_and_bytes_inside_a_big_file(
    store, tmp_path: Path, small_parts: int
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(_big_text(12 * small_parts), encoding="utf-8")
    items = tmp_path / "items.jsonl"
    items.write_text(
        "".join(
            json.dumps({"id": f"i{i}", "text": f"Item {i}: militants attacked post {i}."}) + "\n"
            for i in range(5)
        )
    )
    events: list[tuple[str, dict]] = []
    api.ingest([big, items], db=store, progress=lambda e, info: events.append((e, dict(info))))
    names = [e for e, _ in events]
    assert names[0] == "start" and names[-1] == "end"
    start = events[0][1]
    assert start["files"] == 2
    assert start["bytes"] == big.stat().st_size + items.stat().st_size
    parts = [i for e, i in events if e == "document" and i["path"] == str(big)]
    assert len(parts) >= 12
    assert [p["part"] for p in parts] == list(range(1, len(parts) + 1))
    assert [p["documents"] for p in parts] == list(range(1, len(parts) + 1))
    done = [p["bytes"] for p in parts]
    assert done == sorted(done) and len(set(done)) == len(done)  # it moves inside the file
    assert all(0 < b <= big.stat().st_size for b in done)
    assert done[-1] >= 0.95 * big.stat().st_size
    records = [i for e, i in events if e == "document" and i["path"] == str(items)]
    assert [r["documents"] for r in records] == [1, 2, 3, 4, 5]
    assert all(r["part"] is None for r in records)
    # every file is announced before its documents and closed after them
    order = [(e, i.get("path")) for e, i in events if e in ("file_start", "file")]
    assert order == [("file_start", str(big)), ("file", str(big)),
                     ("file_start", str(items)), ("file", str(items))]  # fmt: skip


def test_the_bar_moves_within_a_big_file(store, tmp_path: Path, small_parts: int) -> None:
    big = tmp_path / "big.txt"
    big.write_text(_big_text(10 * small_parts), encoding="utf-8")
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    positions: list[float] = []
    with display("ingest", "bar", console=console) as shown:
        progress = IngestProgress(shown)

        def on_progress(event: str, info: dict) -> None:
            progress(event, info)
            positions.append(shown.position[0])

        api.ingest([big], db=store, progress=on_progress)
        assert shown.position == (big.stat().st_size, big.stat().st_size)
    moves = sorted(set(positions))
    assert len(moves) >= 10  # a step per part, not one per file
    assert positions == sorted(positions)


_cli = program
_env = environment


def test_plain_progress_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(_big_text(8 * PART_CHARS), encoding="utf-8")
    env = _env(RIFTWATCH_MAX_DOCUMENT_CHARS=str(PART_CHARS), RIFTWATCH_PROGRESS_INTERVAL="0")
    db = str(tmp_path / "rw.db")
    done = subprocess.run(
        _cli("--db", db, "ingest", str(big), "--format", "json"),
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == f"ingest: 1 file, {size_text(big.stat().st_size)}"
    part_lines = [ln for ln in lines if " parts of big.txt" in ln]
    assert len(part_lines) >= 8
    assert part_lines[0].startswith("ingest: 1/~")
    assert lines[-1].endswith("(100%)") and "big.txt done" in lines[-1]
    assert json.loads(done.stdout)["documents_added"] >= 8
    quiet = subprocess.run(
        _cli("--db", str(tmp_path / "q.db"), "ingest", str(big), "--no-progress"),
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    big = tmp_path / "big.txt"
    big.write_text(_big_text(8 * PART_CHARS), encoding="utf-8")
    env = _env(RIFTWATCH_MAX_DOCUMENT_CHARS=str(PART_CHARS), COLUMNS="120", TERM="xterm")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        _cli("--db", str(tmp_path / "rw.db"), "ingest", str(big), "--format", "json"),
        env=env, stdout=subprocess.PIPE, stderr=slave, text=True,
    )  # fmt: skip
    os.close(slave)
    seen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out, _ = proc.communicate(timeout=300)
    reader.join(timeout=10)
    os.close(master)
    assert proc.returncode == 0
    shown = seen.decode("utf-8", "replace")
    assert "\x1b[" in shown and "parts of big.txt" in shown  # drawn with terminal codes
    assert "ingest: " not in shown  # no plain lines on a terminal
    assert json.loads(out)["documents_added"] >= 8


def test_sigterm_raises_interrupted_only_inside_the_run() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Interrupted) as caught, stop_on_sigterm():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises before this ends
    assert (caught.value.signal_name, caught.value.exit_status) == ("SIGTERM", 143)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert signal.getsignal(signal.SIGTERM) is before


def _wait_for(predicate, proc: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the run ended (status {proc.returncode}) before the signal:\n{err}")
        if predicate():
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run made no progress")


def _stop(proc: subprocess.Popen, sig: int) -> tuple[int, str, str]:
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def _documents(store) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                Document.path, Document.locator, Document.content_hash, func.count(SentenceRow.id)
            )
            .outerjoin(SentenceRow, SentenceRow.document_id == Document.id)
            .group_by(Document.id, Document.path, Document.locator, Document.content_hash)
        ).all()
    return sorted(tuple(r) for r in rows)


@pytest.mark.slow
def test_interrupted_ingest_is_marked_and_finished_by_reruns(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(_big_text(40 * PART_CHARS), encoding="utf-8")
    for i, text in enumerate(_demo_texts()[:3]):
        (folder / f"report{i}.txt").write_text(text, encoding="utf-8")
    env = _env(RIFTWATCH_MAX_DOCUMENT_CHARS=str(PART_CHARS), RIFTWATCH_PROGRESS_INTERVAL="0")
    store = open_store(db_url)  # migrated before the runs start
    cmd = _cli("--db", db_url, "ingest", str(folder), "--format", "json")
    counts = []
    try:
        for sig, status in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
            before = _count(store, Document)
            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                preexec_fn=default_sigint,
            )  # fmt: skip
            _wait_for(lambda b=before: _count(store, Document) >= b + 3, proc)
            code, out, err = _stop(proc, sig)
            assert code == status, err
            name = signal.Signals(sig).name
            assert f"RW132 interrupted by {name}" in err
            assert "big.txt" in err and "Run the same command again" in err
            assert out == ""  # no summary pretending the run finished
            state = subprocess.run(
                _cli("--db", db_url, "status", "--format", "json"),
                env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            data = json.loads(state.stdout)
            assert data["last_run"]["status"] == "interrupted"
            assert data["files"].get("running") == 1  # big.txt, to be read again
            counts.append(_count(store, Document))
        assert counts[0] < counts[1]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout)
        assert summary["failed"] == 0
        got = _documents(store)
        with store.engine.connect() as conn:
            assert set(conn.scalars(select(IngestFile.status))) == {"done"}
    finally:
        store.close()
    # the same folder ingested in one uninterrupted run gives the same documents
    monkeypatch.setenv("RIFTWATCH_MAX_DOCUMENT_CHARS", str(PART_CHARS))
    reference = api.connect(tmp_path / "reference.db")
    api.ingest([folder], db=reference)
    expected = _documents(reference)
    reference.close()
    assert len(expected) > 40
    assert got == expected  # each document once, none lost, all its sentences
    assert counts[1] < len(expected)
    assert len({h for _, _, h, _ in got}) == len(got)
