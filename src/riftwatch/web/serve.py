"""Run the workbench with uvicorn: local mode (loopback only) unless told otherwise."""

from __future__ import annotations

import ipaddress
import json
import os
import secrets
import socket
from typing import Any

from riftwatch import api
from riftwatch.errors import WebError


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (``127.0.0.0/8``, ``::1``, ``localhost``).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1")
    (True, True, True)
    >>> is_loopback("0.0.0.0"), is_loopback("192.168.1.5"), is_loopback("example.org")
    (False, False, False)
    """
    if host.strip().lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, *, allow_remote: bool = False) -> None:
    """Refuse a non-loopback ``host`` (RW603) unless ``allow_remote`` (or server mode)."""
    if not is_loopback(host) and not allow_remote:
        raise WebError("RW603", host=host)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: a free one); RW600 if it cannot bind."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets whose proto says TCP
    # (else small responses wait ~40 ms for delayed ACKs on a kept-alive connection)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise WebError("RW600", name="--port", detail=f"cannot listen on {host}:{port}: "
                       f"{exc.strerror or exc}") from None  # fmt: skip
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(
    db: api.DB = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    allow_remote: bool = False,
    upload_dir: str | os.PathLike[str] | None = None,
    max_upload_mb: float = 50,
    announce: object = None,
    server_mode: bool | None = None,
    workers: int = 1,
) -> None:
    """Serve the workbench on ``host:port`` until interrupted.

    The store must exist (RW305). In local mode (the default) a host that is not a
    loopback address is refused (RW603) unless ``allow_remote``: local mode has no
    login. ``server_mode`` (default: the setting ``server_mode``) requires a login and
    may listen on any address. ``announce(url)`` is called once the socket listens.

    ``workers`` > 1 runs that many worker processes on the one socket (uvicorn's
    supervisor restarts one that dies): pages that compute (a relationship, a large
    document) no longer hold up the others. The workers share what must be shared through
    the store (sessions, the stored field summary, one of them computing it at a time)
    and the form token of local mode; SQLite serves several processes (WAL, a busy
    timeout) as PostgreSQL does. Each worker holds its own caches (memory grows with
    the number).
    """
    import uvicorn

    from riftwatch import settings
    from riftwatch.web.app import LOCAL_HOSTS, create_app

    server = bool(settings.get("server_mode") if server_mode is None else server_mode)
    check_host(host, allow_remote=allow_remote or server)
    remote = allow_remote or (server and not is_loopback(host))
    app = create_app(
        db, upload_dir=upload_dir, max_upload_mb=max_upload_mb,
        allowed_hosts=["*"] if remote else LOCAL_HOSTS, server_mode=server,
    )  # fmt: skip
    if workers == 1:
        warm_up(app)
    sock = bind(host, port)
    shown = f"[{host.strip('[]')}]" if ":" in host.strip("[]") else host
    if callable(announce):
        announce(f"http://{shown}:{sock.getsockname()[1]}/")
    if workers < 1:
        sock.close()
        raise WebError("RW600", name="--workers", detail="use 1 or more")
    if workers == 1:
        config = uvicorn.Config(app, log_level="warning", access_log=False,
                                timeout_keep_alive=KEEP_ALIVE)  # fmt: skip
        uvicorn.Server(config).run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    os.environ[WORKER_OPTIONS] = json.dumps({
        "db": app.state.store.url, "upload_dir": str(app.state.upload_dir),
        "max_upload_mb": max_upload_mb, "allowed_hosts": ["*"] if remote else LOCAL_HOSTS,
        "server_mode": server, "form_token": app.state.form_token,
    })  # fmt: skip
    app.state.store.close()
    # a worker busy with a large page answers the supervisor's health check late on a loaded
    # machine: uvicorn's 5 s would restart it mid-request (its clients see the connection cut)
    config = uvicorn.Config(f"{__name__}:worker_app", factory=True, workers=workers,
                            log_level="warning", access_log=False, timeout_keep_alive=KEEP_ALIVE,
                            timeout_worker_healthcheck=WORKER_HEALTHCHECK)  # fmt: skip
    Multiprocess(config, sockets=[sock]).run()


KEEP_ALIVE = 30
"""Seconds an idle connection is kept open (uvicorn's default, 5, lets a busy client reuse a
connection the server is closing: the request fails with a reset connection)."""

WORKER_HEALTHCHECK = 120
"""Seconds a worker may take to answer the supervisor's health check before it is restarted."""

WORKER_OPTIONS = "RIFTWATCH_SERVE_WORKER"
"""The environment variable that hands :func:`serve`'s options to its worker processes."""


def warm_up(app: Any) -> None:
    """Load what the pages load on their first call before the socket listens: the knowledge
    base with the store's judgements (the actors pages and a document's actors: seconds), the
    lexicon (a document's page) and the field the dashboard shows (the rift model over the
    store, kept per store state). The workbench's address is announced once it is ready,
    and the analyst's first page answers as fast as the next ones (walk62: the first
    request took about ten seconds while these loaded behind it)."""
    from riftwatch import workbench
    from riftwatch.actors import curation
    from riftwatch.nlp.lexicon import load

    curation.effective(app.state.store)
    load()
    workbench.dashboard(app.state.store)  # the field's rifts and trends the dashboard shows


def worker_app() -> Any:
    """The application of one worker process of :func:`serve` (its options from the
    environment variable :data:`WORKER_OPTIONS`, set by the parent)."""
    from riftwatch.web.app import create_app

    options = json.loads(os.environ[WORKER_OPTIONS])
    app = create_app(
        options["db"], upload_dir=options["upload_dir"], max_upload_mb=options["max_upload_mb"],
        allowed_hosts=options["allowed_hosts"], server_mode=options["server_mode"],
        form_token=options["form_token"] or secrets.token_urlsafe(32),
    )  # fmt: skip
    warm_up(app)
    return app


__all__ = ["bind", "check_host", "is_loopback", "serve", "warm_up", "worker_app"]
