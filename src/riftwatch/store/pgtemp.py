"""A throwaway PostgreSQL cluster for tests and benchmarks.

``initdb`` and ``pg_ctl`` in a temporary directory, listening only on a Unix
socket on a free port, stopped and deleted on exit. As root the server runs as
the ``postgres`` system user, because ``initdb`` refuses to run as root.

    with TempPostgres() as pg:
        url = pg.create_database("scratch")   # postgresql://postgres@/scratch?host=...&port=...
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed, or the throwaway server did not start."""


def find_bindir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl`` (Debian layout first), or None."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    """Start a private PostgreSQL server; ``admin_url`` reaches its ``postgres`` database."""

    def __init__(self, *, fast: bool = True) -> None:
        self.fast = fast
        self.root: Path | None = None
        self.admin_url = ""
        self._bindir: Path | None = None
        self._run_as: list[str] = []

    def start(self) -> TempPostgres:
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable(
                "initdb/pg_ctl were not found (install Debian's postgresql package)"
            )
        self._bindir = bindir
        root = Path(tempfile.mkdtemp(prefix="riftwatch-pg-"))
        self.root = root
        sockets = root / "run"
        sockets.mkdir()
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                self.stop()
                raise PostgresUnavailable(
                    "running as root and there is no 'postgres' user to run the server"
                ) from None
            for path in (root, sockets):
                os.chown(path, user.pw_uid, user.pw_gid)
            self._run_as = ["runuser", "-u", "postgres", "--"]
        port = _free_port()
        options = f"-k {sockets} -p {port} -c listen_addresses=''"
        if self.fast:
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        try:
            subprocess.run(
                [*self._run_as, str(bindir / "initdb"), "-D", str(root / "data"), "-A", "trust",
                 "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C"],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            subprocess.run(
                [*self._run_as, str(bindir / "pg_ctl"), "-D", str(root / "data"),
                 "-l", str(root / "server.log"), "-o", options, "-w", "-t", "60", "start"],
                check=True, capture_output=True, timeout=90,
            )  # fmt: skip
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = (getattr(exc, "stderr", b"") or b"").decode(errors="replace").strip()
            self.stop()
            message = f"the throwaway server did not start: {exc} {detail}"
            raise PostgresUnavailable(message) from exc
        self.admin_url = f"postgresql://postgres@/postgres?host={sockets}&port={port}"
        return self

    def url_for(self, name: str) -> str:
        base, _, query = self.admin_url.partition("?")
        return f"{base.rsplit('/', 1)[0]}/{name}?{query}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.root is None:
            return
        if self._bindir is not None and (self.root / "data" / "postmaster.pid").exists():
            subprocess.run(
                [*self._run_as, str(self._bindir / "pg_ctl"), "-D", str(self.root / "data"),
                 "-m", "immediate", "-w", "stop"],
                capture_output=True, timeout=60,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


__all__ = ["PostgresUnavailable", "TempPostgres", "find_bindir"]
