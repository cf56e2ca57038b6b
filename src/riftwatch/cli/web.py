"""``riftwatch serve``: the analyst workbench in the browser."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from riftwatch.cli._common import DbOption, app, err, out
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import RiftwatchError


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8765,
    host: Annotated[
        str, typer.Option(help="Address to listen on; only loopback without --allow-remote.")
    ] = "127.0.0.1",
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Listen on a non-loopback address in local mode (no login): anyone who can "
            "reach the port can read the store and add documents. Prefer --server.",
        ),
    ] = False,
    server: Annotated[
        bool | None,
        typer.Option(
            "--server/--local",
            help="Server mode: login required, users with roles (`riftwatch users add`), "
            "API tokens; may listen on any address. Default: the setting server_mode.",
            show_default=False,
        ),
    ] = None,
    upload_dir: Annotated[
        str | None,
        typer.Option(
            help="Folder for uploaded files (default: beside the SQLite store, or "
            "uploads/ in the data directory)."
        ),  # fmt: skip
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option(help="Largest upload (request body) accepted, in MB.")
    ] = 50,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Worker processes (for several analysts on a large store: one per core); "
            "they share the store, its stored field summary and sessions.",
        ),
    ] = 1,
) -> None:
    """Serve the web workbench and the JSON API (described at /openapi.json) on the store."""
    from riftwatch.web.serve import serve as run

    def announce(url: str) -> None:
        out.print(f"riftwatch workbench: open {escape(url)} in a browser (Ctrl+C stops it)")
        out.print(f"JSON API: {escape(url)}api/documents · description {escape(url)}openapi.json")

    from riftwatch import settings

    server_mode = bool(settings.get("server_mode") if server is None else server)
    if allow_remote and not server_mode:
        err.print(
            "[yellow]warning[/yellow] --allow-remote in local mode: there is no login; "
            "anyone who can reach this port can read the store and add documents "
            "(use --server for a login)"
        )
    if server_mode:
        from riftwatch import api

        try:
            users = api.list_users(_db(db))
        except RiftwatchError as exc:
            _fail(exc)
        if not any(u["role"] == "admin" and not u["disabled"] for u in users):
            err.print(
                "[yellow]warning[/yellow] server mode: no active admin user; add one with "
                "`riftwatch users add NAME --role admin`"
            )
    try:
        run(
            _db(db), host=host, port=port, allow_remote=allow_remote, upload_dir=upload_dir,
            max_upload_mb=max_upload_mb, announce=announce, server_mode=server_mode,
            workers=workers,
        )  # fmt: skip
    except RiftwatchError as exc:
        _fail(exc)
