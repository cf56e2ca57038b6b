"""``riftwatch serve``: the real command in a subprocess; loopback only without --allow-remote."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from tests.web.conftest import REPORT_A

from clirun import environment, program
from riftwatch import api
from riftwatch.web.serve import check_host, is_loopback


def _cli(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        program(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.10.4", "::", "example.org"])
def test_non_loopback_host_is_refused(tmp_path: Path, host: str) -> None:
    db = tmp_path / "rw.db"
    api.init_store(db)
    proc = _cli("--db", str(db), "serve", "--host", host, "--port", "0")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "RW603" in err and "--allow-remote" in err and "--server" in err
    assert out == ""


def test_missing_store_is_refused_and_not_created(tmp_path: Path) -> None:
    db = tmp_path / "absent.db"
    proc = _cli("--db", str(db), "serve", "--port", "0")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "RW305" in err
    assert not db.exists()


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "rw.db"
    (tmp_path / "a.txt").write_text(REPORT_A, encoding="utf-8")
    api.ingest([tmp_path / "a.txt"], db=db)
    proc = _cli("--db", str(db), "serve", "--port", "0")
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        match = re.search(r"open (http://127\.0\.0\.1:\d+/)", line)
        assert match, line + (proc.stderr.read() if proc.poll() is not None else "")  # type: ignore[union-attr]
        base = match.group(1)
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(base + "api/documents", timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.1)
        assert response.status_code == 200
        assert response.json()["total"] == 1
        assert "content-security-policy" in response.headers
        page = httpx.get(base + f"documents/{response.json()['items'][0]['id']}", timeout=30)
        assert "Haqqani network sheltered" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_is_loopback_and_check_host() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("127.8.9.10") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1")
    check_host("localhost")
    check_host("0.0.0.0", allow_remote=True)
    with pytest.raises(Exception, match="RW603"):
        check_host("0.0.0.0")


def test_bound_socket_says_tcp_so_responses_are_not_delayed() -> None:
    """asyncio turns Nagle off (TCP_NODELAY) only on sockets whose ``proto`` is TCP."""
    import socket

    from riftwatch.web.serve import bind

    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.getsockname()[0] == "127.0.0.1" and sock.getsockname()[1] > 0
    finally:
        sock.close()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_serve_with_workers_shares_the_store_and_the_form_token(
    db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(REPORT_A, encoding="utf-8")
    api.ingest([tmp_path / "a.txt"], db=db_url)
    proc = _cli("--db", db_url, "serve", "--port", "0", "--workers", "2")
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        match = re.search(r"open (http://127\.0\.0\.1:\d+/)", line)
        assert match, line + (proc.stderr.read() if proc.poll() is not None else "")  # type: ignore[union-attr]
        base = match.group(1)
        deadline = time.monotonic() + 120
        while True:
            try:
                response = httpx.get(base + "api/documents", timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] == 1
        workers = [p for p in _children(proc.pid) if "riftwatch" in Path(f"/proc/{p}/cmdline")
                   .read_text(errors="replace") or "multiprocessing" in Path(
                       f"/proc/{p}/cmdline").read_text(errors="replace")]  # fmt: skip
        assert len(workers) >= 2, workers
        tokens = set()
        for _ in range(12):  # a new connection each time: the workers share the answers
            page = httpx.get(base + "ach", timeout=30)
            assert page.status_code == 200
            tokens |= set(re.findall(r'name="csrf_token" value="([^"]+)"', page.text))
            assert httpx.get(base + "api/documents", timeout=30).json()["total"] == 1
        assert len(tokens) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    deadline = time.monotonic() + 60  # the workers end with it
    while [p for p in workers if _alive(p)]:
        assert time.monotonic() < deadline, [p for p in workers if _alive(p)]
        time.sleep(0.2)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie waiting to be reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_serve_refuses_zero_workers(tmp_path: Path) -> None:
    db = tmp_path / "rw.db"
    api.init_store(db)
    proc = _cli("--db", str(db), "serve", "--port", "0", "--workers", "0")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "--workers" in err
