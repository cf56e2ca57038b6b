"""``riftwatch follow``, ``unfollow``, ``watchlist``, ``watch`` and ``alerts``: watchlists,
the watched folders and feeds, and the alerts raised when a followed relationship's rift
probability crosses its threshold (docs/watch.md). Thin skins over :mod:`riftwatch.api`."""

from __future__ import annotations

import sys
import time
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api, settings
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    call,
    cell,
    db_of,
    emit,
    err,
    out,
    state,
)
from riftwatch.errors import RiftwatchError
from riftwatch.interrupt import Interrupted, interrupted, stop_on_sigterm

watch_app = typer.Typer(
    help="Watch folders and feeds: take in what is new, code it, and raise alerts for "
    "followed relationships. Without a subcommand: run rounds every --interval seconds "
    "(Ctrl-C stops; a rerun finishes a killed round without duplicates).",
    invoke_without_command=True,
)
app.add_typer(watch_app, name="watch")

Analyst = Annotated[
    str | None,
    typer.Option("--analyst", help="Who follows (default: RIFTWATCH_ANALYST, else $USER)."),
]
ActorA = Annotated[str, typer.Argument(help="An actor: id, name or alias.")]
ActorB = Annotated[
    str | None, typer.Argument(help="A second actor: follow the pair (else every pair of A).")
]


def _pair_text(row: dict[str, Any]) -> str:
    return " / ".join(row["pair"]) if row.get("pair") else f"{row['actor']} (all pairs)"


@app.command("follow")
def follow(
    a: ActorA,
    b: ActorB = None,
    threshold: Annotated[
        str | None,
        typer.Option(
            "--threshold",
            "-t",
            help="Rift probability that raises an alert (default: setting watch_threshold).",
        ),
    ] = None,  # fmt: skip
    channel: Annotated[
        list[str] | None,
        typer.Option(
            "--channel",
            "-c",
            help="webhook or email besides ui (always); repeat or separate with commas.",
        ),
    ] = None,  # fmt: skip
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="Webhook URL (default: RIFTWATCH_WEBHOOK_URL).")
    ] = None,
    email: Annotated[
        str | None,
        typer.Option("--email", help="Recipients, comma-separated (default: RIFTWATCH_SMTP_TO)."),
    ] = None,
    analyst: Analyst = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Follow an actor (every pair it is part of) or a pair of actors: `riftwatch watch`
    raises an alert when the rift probability crosses the threshold upwards."""
    channels = [c for item in channel or [] for c in item.split(",")]
    if webhook and "webhook" not in channels:
        channels.append("webhook")
    if email and "email" not in channels:
        channels.append("email")
    row = call(api.follow, a, b, db=db_of(db), analyst=analyst, threshold=threshold,
               channels=channels, webhook_url=webhook, email_to=email)  # fmt: skip
    if fmt is Format.table:
        verb = "following" if row["created"] else "updated"
        out.print(
            f"{escape(row['analyst'])} {verb} {cell(_pair_text(row))}: alert at "
            f"{row['threshold']:g}, via {', '.join(row['channels'])} (watchlist {row['id']})"
        )
    else:
        emit(row, fmt)


@app.command("unfollow")
def unfollow(
    a: ActorA,
    b: ActorB = None,
    analyst: Analyst = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Stop following an actor or a pair (the alerts raised so far are kept)."""
    row = call(api.unfollow, a, b, db=db_of(db), analyst=analyst)
    if fmt is Format.table:
        out.print(f"{escape(row['analyst'])} no longer follows {cell(_pair_text(row))}")
    else:
        emit(row, fmt)


@app.command("watchlist")
def watchlist(
    analyst: Annotated[
        str | None, typer.Option("--analyst", help="Only this analyst's follows.")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """What is followed, by whom, at which threshold, and each pair's last probability."""
    rows = call(api.watchlists, db_of(db), analyst=analyst)
    if fmt is Format.table and not rows:
        out.print("nothing followed: riftwatch follow A [B]")
        return
    table = Table("id", "analyst", "follows", "threshold", "channels", "pairs: probability")
    for r in rows:
        states = "; ".join(
            f"{' / '.join(s['pair'])}: {s['probability']:g}{' (above)' if s['above'] else ''}"
            for s in r["state"][:5]
        ) + (f"; +{len(r['state']) - 5} more" if len(r["state"]) > 5 else "")
        table.add_row(str(r["id"]), cell(r["analyst"]), cell(_pair_text(r)),
                      f"{r['threshold']:g}", cell(", ".join(r["channels"])),
                      cell(states or "not assessed yet"))  # fmt: skip
    emit(rows, fmt, table)


Interval = Annotated[
    str | None,
    typer.Option("--interval", help="Seconds between checks (default: setting watch_interval)."),
]
SourceName = Annotated[str | None, typer.Option("--source", help="Source name for its documents.")]
SourceType = Annotated[
    str | None, typer.Option("--source-type", "--type", help="Source type of its documents.")
]


def _add_source(
    kind: str,
    location: str,
    source: str | None,
    source_type: str | None,
    interval: str | None,
    db: str | None,
    fmt: Format,
) -> None:
    """Watch a ``kind`` ("folder" or "feed") of source at ``location`` (or update the one
    watched there) and print it, or its numbered error."""
    row = call(api.add_watch_source, kind, location, db=db_of(db), name=source,
               source_type=source_type, interval=interval)  # fmt: skip
    _print_source(row, fmt)


def _print_source(row: dict[str, Any], fmt: Format) -> None:
    if fmt is Format.table:
        verb = "watching" if row.get("created") else "updated"
        out.print(f"{verb} {row['kind']} {cell(row['location'])} every {row['interval']:g} s "
                  f"(source {row['id']})")  # fmt: skip
    else:
        emit(row, fmt)


@watch_app.command("add-folder")
def add_folder(
    folder: Annotated[str, typer.Argument(help="A folder whose new files are ingested.")],
    source: SourceName = None,
    source_type: SourceType = None,
    interval: Interval = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Watch a folder: each round ingests its new and changed files (seen ones are skipped)."""
    _add_source("folder", folder, source, source_type, interval, db, fmt)


@watch_app.command("add-feed")
def add_feed(
    feed: Annotated[str, typer.Argument(help="An RSS/Atom feed: http(s) URL or local file.")],
    source: SourceName = None,
    source_type: SourceType = None,
    interval: Interval = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Watch a feed: each round takes in its entries not seen before (link, title, date,
    content or summary). Links inside entries are stored, never fetched."""
    _add_source("feed", feed, source, source_type, interval, db, fmt)


@watch_app.command("sources")
def sources(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """The watched folders and feeds, with their last check and its error."""
    rows = call(api.watch_sources, db_of(db))
    if fmt is Format.table and not rows:
        out.print("nothing watched: riftwatch watch add-folder DIR / add-feed URL")
        return
    table = Table("id", "kind", "location", "interval", "last check", "status", "items")
    for r in rows:
        status = r["last_status"] or "-"
        if r["last_error"]:
            status += f": {r['last_error']}"
        table.add_row(str(r["id"]), r["kind"], cell(r["location"]), f"{r['interval']:g}",
                      cell(r["last_checked_at"] or "never"), cell(status, 80),
                      str(r["items_seen"]))  # fmt: skip
    emit(rows, fmt, table)


@watch_app.command("remove")
def remove(
    source_id: Annotated[int, typer.Argument(help="Id from `watch sources`.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Stop watching a folder or feed (its documents stay in the store)."""
    row = call(api.remove_watch_source, source_id, db=db_of(db))
    if fmt is Format.table:
        out.print(f"no longer watching {row['kind']} {cell(row['location'])}")
    else:
        emit(row, fmt)


def _progress(event: str, info: dict[str, Any]) -> None:
    if event == "alert":
        err.print(f"alert {info['id']}: {cell(' / '.join(info['pair']))} "
                  f"{info['probability']:g}")  # fmt: skip
    elif event == "delivered" and info["errors"]:
        for e in info["errors"]:
            err.print(f"[red]error[/red] alert {info['id']}: {cell(e['message'])}")


def _round_line(result: dict[str, Any]) -> str:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    return (
        f"{stamp} UTC: {len(result['sources'])} sources checked, "
        f"{result['documents_added']} documents added, {result['coded']['events']} events coded, "
        f"{result['pairs']} followed pairs assessed, {len(result['alerts'])} alerts"
        + (f", {len(result['errors'])} source errors" if result["errors"] else "")
    )


def _probability_text(p: float | None) -> str:
    """A probability before an alert as the alerts table and the round's line both say it:
    "none" when the pair had not been assessed yet (a pair that appeared after its follow's
    first round: a follow of an actor).

    >>> _probability_text(None), _probability_text(0.42)
    ('none', '0.42')
    """
    return "none" if p is None else f"{p:g}"


def _print_round(result: dict[str, Any], fmt: Format) -> None:
    if fmt is not Format.table:
        emit(result, fmt)
        sys.stdout.flush()
        return
    out.print(escape(_round_line(result)))
    for e in result["errors"]:
        err.print(f"[red]error[/red] {cell(e['message'])}")
    for a in result["alerts"]:
        before = _probability_text(a["probability_before"])
        out.print(
            f"ALERT {a['id']} for {cell(a['analyst'])}: {cell(a['name_a'])} / "
            f"{cell(a['name_b'])} rift probability {before} -> "
            f"{a['probability_after']:g} (threshold {a['threshold']:g}), month {a['month']}, "
            f"{len(a['evidence'])} evidence lines; delivered via {', '.join(a['delivered'])}"
        )
    for b in result.get("already") or []:
        out.print(_already_line(b))


def _already_line(b: dict[str, Any]) -> str:
    """A pair at or above its threshold at its follow's first round: recorded, no alert.

    >>> line = _already_line({"analyst": "ana", "pair": ["A", "B"], "probability": 0.91,
    ...                       "threshold": 0.6, "since": "2017-01"})
    >>> line.split(", when")[0]
    'already broken for ana: A / B rift probability 0.91 (threshold 0.6) since 2017-01'
    """
    since = f" since {b['since']}" if b.get("since") else ""
    return (
        f"already broken for {cell(b['analyst'])}: {cell(b['pair'][0])} / {cell(b['pair'][1])} "
        f"rift probability {b['probability']:g} (threshold {b['threshold']:g}){since}, when "
        "first followed; alerts on later changes only"
    )


@watch_app.callback()
def watch(
    ctx: typer.Context,
    once: Annotated[
        bool, typer.Option("--once", help="One round over every source, then exit.")
    ] = False,
    interval: Annotated[
        float | None,
        typer.Option("--interval", help="Seconds between rounds (default: watch_interval)."),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Check the watched folders and feeds, code what is new, reassess followed
    relationships and raise alerts; with --once a single round, else until Ctrl-C."""
    if ctx.invoked_subcommand is not None:
        if db:
            # "watch --db X add-folder DIR": the store named before the subcommand is its
            # store too, as "riftwatch --db X watch add-folder DIR" (stop 48: it was dropped
            # and the folder went to the default store)
            state.db = db
        return
    store_db = db_of(db)
    pause = float(interval if interval is not None else settings.get("watch_interval"))
    if pause < 1:
        from riftwatch.watch import check_interval

        call(check_interval, pause)
    rounds = 0
    try:
        with stop_on_sigterm():
            while True:
                result = call(api.watch_once, store_db, due_only=not once and rounds > 0,
                              progress=_progress)  # fmt: skip
                rounds += 1
                _print_round(result, fmt)
                if once:
                    if result["errors"]:
                        raise typer.Exit(1)
                    return
                time.sleep(pause)
    except KeyboardInterrupt as exc:
        stop: Interrupted = interrupted(exc)
        err.print(f"stopped by {stop.signal_name} after {rounds} rounds; run `riftwatch watch` "
                  "again to go on (nothing is taken in twice)")  # fmt: skip
        raise typer.Exit(stop.exit_status) from None
    except RiftwatchError as exc:  # pragma: no cover - call() already exits
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None


@app.command("alerts")
def alerts(
    ack: Annotated[
        int | None, typer.Option("--ack", help="Acknowledge the alert with this id.")
    ] = None,
    analyst: Annotated[
        str | None,
        typer.Option("--analyst", help="Only this analyst's alerts; with --ack, who acknowledges."),
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Acknowledged alerts too (default: only open ones).")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="At most this many.")] = 100,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Alerts raised by `riftwatch watch`, newest first, with their evidence; --ack ID
    acknowledges one."""
    if ack is not None:
        row = call(api.acknowledge_alert, ack, db=db_of(db), analyst=analyst)
        if fmt is Format.table:
            out.print(f"alert {row['id']} acknowledged by {escape(row['acknowledged_by'])}")
        else:
            emit(row, fmt)
        return
    rows = call(api.alerts, db_of(db), analyst=analyst, unacknowledged=not all_, limit=limit)
    if fmt is Format.table and not rows:
        out.print("no open alerts" if not all_ else "no alerts")
        return
    table = Table("id", "raised", "analyst", "pair", "probability", "month", "evidence",
                  "delivered", "acknowledged")  # fmt: skip
    for r in rows:
        before = _probability_text(r["probability_before"])
        delivered = ", ".join(r["delivered"])
        if r["delivery_errors"]:
            delivered += "; failed: " + ", ".join(e["message"] for e in r["delivery_errors"])
        first = r["evidence"][0] if r["evidence"] else None
        evidence = f"{len(r['evidence'])} lines"
        if first:
            evidence += f"; e.g. [{first.get('grade')}] {first.get('text') or ''}"
        table.add_row(
            str(r["id"]), cell(r["created_at"]), cell(r["analyst"]),
            cell(f"{r['name_a']} / {r['name_b']}"),
            f"{before} -> {r['probability_after']:g} (>= {r['threshold']:g})", cell(r["month"]),
            cell(evidence, 90), cell(delivered, 80),
            cell(f"{r['acknowledged_by']} {r['acknowledged_at']}" if r["acknowledged_at"]
                 else "no"),
        )  # fmt: skip
    emit(rows, fmt, table)
