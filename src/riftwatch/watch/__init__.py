"""Watchlists, watch sources and alerts: ``riftwatch follow``, ``riftwatch watch``,
``riftwatch alerts`` (docs/watch.md).

An analyst follows an actor (every pair it is part of) or a pair of actors, with a
threshold. :func:`watch_once` takes in what is new in the configured folders (the ingest
pipeline skips the files it has stored) and feeds (entries whose key is not yet in
``watch_items``), codes it, reassesses the rift model for the followed relationships
only, and raises an alert once per upward crossing of a threshold after the follow's first
round (which records the present state: a pair already broken then is reported as such, not
alerted): none while the
probability stays above it, a new one after it fell below and crossed again. The
probability and the alert are written in one transaction, so a run killed at any point
is finished by the next without a duplicate; deliveries (webhook, e-mail) are tried after
and their outcome recorded on the alert.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from riftwatch import settings
from riftwatch.errors import RiftwatchError, WatchError
from riftwatch.store import Store
from riftwatch.store.tables import Document, utcnow
from riftwatch.watch.deliver import CHANNELS, recipients, send_email, send_webhook
from riftwatch.watch.tables import Alert, WatchItem, Watchlist, WatchSource, WatchState

Progress = Callable[[str, dict[str, Any]], None]


# -- validation -----------------------------------------------------------------------------


def check_threshold(value: object) -> float:
    """A probability strictly between 0 and 1 (RW700 otherwise); None means the setting.

    >>> check_threshold("0.7"), check_threshold(None)
    (0.7, 0.6)
    """
    raw = settings.get("watch_threshold") if value is None or value == "" else value
    try:
        number = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise WatchError("RW700", field="threshold", value=raw) from None
    if not 0.0 < number < 1.0:
        raise WatchError("RW700", field="threshold", value=raw)
    return number


def check_interval(value: object) -> float:
    """Seconds, at least 1 (RW713 otherwise); None means the setting ``watch_interval``."""
    raw = settings.get("watch_interval") if value is None or value == "" else value
    try:
        number = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise WatchError("RW713", field="interval", value=raw) from None
    if not number >= 1.0 or number != number:
        raise WatchError("RW713", field="interval", value=raw)
    return number


def check_channels(value: str | Sequence[str] | None) -> list[str]:
    """The alert channels, ``ui`` always first (RW712 for an unknown one).

    >>> check_channels("email, webhook"), check_channels(None)
    (['ui', 'webhook', 'email'], ['ui'])
    """
    parts = value.split(",") if isinstance(value, str) else list(value or [])
    wanted = {p.strip().lower() for p in parts if p and p.strip()}
    bad = sorted(wanted - set(CHANNELS))
    if bad:
        raise WatchError("RW712", field="channels", value=bad[0])
    return [c for c in CHANNELS if c == "ui" or c in wanted]


def check_url(value: str, what: str) -> str:
    """An http(s) URL (RW714 otherwise)."""
    text = value.strip()
    low = text.lower()
    if not (low.startswith("http://") or low.startswith("https://")) or len(text) < 10:
        raise WatchError("RW714", what=what, value=value)
    return text


def _actor_name(value: str | None) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise WatchError("RW715", detail="give an actor name or id")
    if len(text) > 300:
        raise WatchError("RW715", detail="an actor name has at most 300 characters")
    return text


def _follow_key(a: str, b: str | None) -> tuple[str, str]:
    """The stored (actor_a, actor_b): a pair in a stable order, ``b`` empty for one actor."""
    first = _actor_name(a)
    if b is None or not str(b).strip():
        return first, ""
    second = _actor_name(b)
    if first.casefold() == second.casefold():
        raise WatchError("RW715", detail=f"{first!r} twice; name two different actors")
    return (first, second) if first.casefold() <= second.casefold() else (second, first)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


# -- watchlists -----------------------------------------------------------------------------


def _watchlist_dict(row: Watchlist) -> dict[str, Any]:
    return {
        "id": row.id,
        "analyst": row.analyst,
        "actor": row.actor_a if not row.actor_b else None,
        "pair": [row.actor_a, row.actor_b] if row.actor_b else None,
        "threshold": row.threshold,
        "channels": list(row.channels or []),
        "webhook_url": row.webhook_url,
        "email_to": row.email_to,
        "created_at": _iso(row.created_at),
    }


def _find_follow(session: Any, who: str, actor_a: str, actor_b: str) -> Watchlist | None:
    """The analyst's follow of these actors, whatever the case of the names."""
    wanted = (actor_a.casefold(), actor_b.casefold())
    for row in session.scalars(select(Watchlist).where(Watchlist.analyst == who)):
        if (row.actor_a.casefold(), row.actor_b.casefold()) == wanted:
            return row
    return None


def follow(
    store: Store,
    a: str,
    b: str | None = None,
    *,
    analyst: str | None = None,
    threshold: float | str | None = None,
    channels: str | Sequence[str] | None = None,
    webhook_url: str | None = None,
    email_to: str | None = None,
) -> dict[str, Any]:
    """Follow actor ``a`` (all its pairs) or the pair ``a``/``b``; following again updates
    the threshold and channels. Returns the watchlist entry with ``created`` True/False."""
    from riftwatch.claims_store import check_analyst

    who = check_analyst(analyst)
    actor_a, actor_b = _follow_key(a, b)
    level = check_threshold(threshold)
    chosen = check_channels(channels)
    hook = check_url(webhook_url, "webhook URL") if webhook_url else None
    mail = ", ".join(recipients(email_to, "--email")) if email_to else None
    if "webhook" in chosen and not (hook or settings.get("webhook_url")):
        raise WatchError("RW711")
    if "webhook" in chosen and not hook:
        check_url(str(settings.get("webhook_url")), "RIFTWATCH_WEBHOOK_URL")
    if "email" in chosen:
        missing = [f"RIFTWATCH_{n.upper()}" for n in ("smtp_host", "smtp_from")
                   if not settings.get(n)]  # fmt: skip
        if not (mail or settings.get("smtp_to")):
            missing.append("RIFTWATCH_SMTP_TO (or --email)")
        if missing:
            raise WatchError("RW710", names=", ".join(missing))
    with store.session() as session, session.begin():
        row = _find_follow(session, who, actor_a, actor_b)
        created = row is None
        if row is None:
            row = Watchlist(analyst=who, actor_a=actor_a, actor_b=actor_b, created_at=utcnow())
            session.add(row)
        row.threshold = level
        row.channels = chosen
        row.webhook_url = hook
        row.email_to = mail
        session.flush()
        return {**_watchlist_dict(row), "created": created}


def unfollow(
    store: Store, a: str, b: str | None = None, *, analyst: str | None = None
) -> dict[str, Any]:
    """Stop following; the alerts raised so far are kept. RW705 when not followed."""
    from riftwatch.claims_store import check_analyst

    who = check_analyst(analyst)
    actor_a, actor_b = _follow_key(a, b)
    with store.session() as session, session.begin():
        row = _find_follow(session, who, actor_a, actor_b)
        if row is None:
            what = f"{actor_a} / {actor_b}" if actor_b else actor_a
            raise WatchError("RW705", who=who, what=repr(what))
        gone = _watchlist_dict(row)
        session.delete(row)
    return gone


def watchlists(store: Store, *, analyst: str | None = None) -> list[dict[str, Any]]:
    """Every follow (of one analyst when given), with the last assessed pairs' state."""
    from riftwatch.store.collation import code_point

    query = select(Watchlist).order_by(
        *(code_point(c) for c in (Watchlist.analyst, Watchlist.actor_a, Watchlist.actor_b))
    )
    if analyst:
        query = query.where(Watchlist.analyst == analyst.strip())
    with store.session() as session:
        rows = session.scalars(query).all()
        states: dict[int, list[dict[str, Any]]] = {}
        for st in session.scalars(select(WatchState).order_by(WatchState.probability.desc())):
            if not st.actor_a and not st.actor_b:
                continue  # the mark of a follow's first round, no pair
            states.setdefault(st.watchlist_id, []).append(
                {
                    "pair": [st.actor_a, st.actor_b],
                    "probability": st.probability,
                    "above": st.above,
                    "updated_at": _iso(st.updated_at),
                }  # fmt: skip
            )
        return [{**_watchlist_dict(r), "state": states.get(r.id, [])} for r in rows]


# -- watch sources --------------------------------------------------------------------------


def _source_dict(row: WatchSource) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "location": row.location,
        "name": row.name,
        "source_type": row.source_type,
        "interval": row.interval_seconds,
        "last_checked_at": _iso(row.last_checked_at),
        "last_status": row.last_status,
        "last_error": row.last_error,
        "items_seen": row.items_seen,
        "created_at": _iso(row.created_at),
    }


def _folder_problem(path: Path) -> str | None:
    """Why a folder cannot be watched, or None."""
    if not path.exists():
        return "it does not exist"
    if not path.is_dir():
        return "it is not a folder"
    if not os.access(path, os.R_OK | os.X_OK):
        return "permission denied"
    return None


def add_source(
    store: Store,
    kind: str,
    location: str | os.PathLike[str],
    *,
    name: str | None = None,
    source_type: str | None = None,
    interval: float | str | None = None,
) -> dict[str, Any]:
    """Add a folder (checked now: RW704) or a feed (URL or local file: RW703/RW702) to
    watch; adding the same location again updates its name, type and interval."""
    from riftwatch.model import parse_source_type
    from riftwatch.watch.feeds import feed_kind

    seconds = check_interval(interval)
    kind = kind.strip().lower()
    text = str(location).strip()
    if kind == "folder":
        path = Path(text).expanduser().absolute()
        problem = _folder_problem(path)
        if problem:
            raise WatchError("RW704", location=str(path), detail=problem)
        text = str(path)
    elif kind == "feed":
        if feed_kind(text) == "path":
            path = Path(text).expanduser().absolute()
            if not path.is_file():
                detail = "it does not exist" if not path.exists() else "it is not a file"
                raise WatchError("RW702", location=str(path), detail=detail)
            text = str(path)
    else:
        raise WatchError("RW703", value=kind)
    kind_of_source = parse_source_type(source_type) if source_type else None
    with store.session() as session, session.begin():
        row = session.scalars(
            select(WatchSource).where(WatchSource.kind == kind, WatchSource.location == text)
        ).first()
        created = row is None
        if row is None:
            row = WatchSource(kind=kind, location=text, items_seen=0, created_at=utcnow())
            session.add(row)
        row.name = (name or "").strip() or None
        row.source_type = kind_of_source
        row.interval_seconds = seconds
        session.flush()
        return {**_source_dict(row), "created": created}


def list_sources(store: Store) -> list[dict[str, Any]]:
    """The watched folders and feeds with their last check."""
    with store.session() as session:
        rows = session.scalars(select(WatchSource).order_by(WatchSource.id)).all()
        return [_source_dict(r) for r in rows]


def remove_source(store: Store, source_id: int | str) -> dict[str, Any]:
    """Stop watching a folder or feed (its documents stay in the store). RW706 if unknown."""
    try:
        number = int(source_id)
    except (TypeError, ValueError):
        raise WatchError("RW706", id=source_id) from None
    with store.session() as session, session.begin():
        row = session.get(WatchSource, number)
        if row is None:
            raise WatchError("RW706", id=source_id)
        gone = _source_dict(row)
        session.execute(delete(WatchItem).where(WatchItem.source_id == number))
        session.delete(row)
    return gone


# -- one round ------------------------------------------------------------------------------


def spool_dir_for(url: str) -> Path:
    """Where new feed entries are written for the ingest pipeline: beside a SQLite file
    (``NAME-watch/``), else ``watch/<hash of the URL>`` under the data directory.

    >>> spool_dir_for("sqlite:////data/rw.db").as_posix()
    '/data/rw-watch'
    """
    from riftwatch.store.engine import display_url, sqlite_path

    path = sqlite_path(url) if url.startswith("sqlite") else None
    if path is not None:
        return path.with_name(path.stem + "-watch")
    digest = hashlib.sha256(display_url(url).encode()).hexdigest()[:12]
    return settings.data_dir() / "watch" / digest


def _due(row: WatchSource, now: datetime) -> bool:
    if row.last_checked_at is None:
        return True
    return row.last_checked_at + timedelta(seconds=row.interval_seconds) <= now


def _record_check(store: Store, source_id: int, error: RiftwatchError | None, seen: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            update(WatchSource)
            .where(WatchSource.id == source_id)
            .values(
                last_checked_at=utcnow(),
                last_status="error" if error else "ok",
                last_error=str(error) if error else None,
                items_seen=WatchSource.items_seen + seen,
            )
        )


def _ingest_one(store: Store, path: Path | str, row: WatchSource) -> dict[str, Any]:
    from riftwatch import api

    summary = api.ingest([path], db=store, source=row.name, source_type=row.source_type)
    return summary.to_dict()


def _check_feed(store: Store, row: WatchSource, spool_root: Path) -> dict[str, Any]:
    from riftwatch.watch.feeds import entries, fetch, spool

    data = fetch(row.location)
    found = entries(row.location, data)
    with store.engine.connect() as conn:
        seen = set(
            conn.scalars(select(WatchItem.item_key).where(WatchItem.source_id == row.id)).all()
        )
    fresh, keys = [], set()
    for entry in found:
        if entry.key not in seen and entry.key not in keys:
            keys.add(entry.key)
            fresh.append(entry)
    out: dict[str, Any] = {"entries": len(found), "new": len(fresh), "documents_added": 0}
    if not fresh:
        return out
    path = spool(spool_root, row.id, fresh, row.name)
    summary = _ingest_one(store, path, row)
    out["documents_added"] = summary["documents_added"]
    out["failed"] = summary["failed"]
    now = utcnow()
    with store.engine.begin() as conn:
        conn.execute(
            insert(WatchItem),
            [
                {
                    "source_id": row.id,
                    "item_key": e.key,
                    "link": e.doc.url,
                    "title": e.doc.title,
                    "seen_at": now,
                }
                for e in fresh
            ],  # fmt: skip
        )
    return out


def _check_sources(
    store: Store, due_only: bool, spool_root: Path, report: Progress
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    now = utcnow()
    with store.session() as session:
        rows = session.scalars(select(WatchSource).order_by(WatchSource.id)).all()
    checked: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    added = 0
    for row in rows:
        if due_only and not _due(row, now):
            continue
        report("source", {"id": row.id, "kind": row.kind, "location": row.location})
        error: RiftwatchError | None = None
        result: dict[str, Any] = {}
        seen = 0
        try:
            if row.kind == "folder":
                problem = _folder_problem(Path(row.location))
                if problem:
                    raise WatchError("RW704", location=row.location, detail=problem)
                summary = _ingest_one(store, Path(row.location), row)
                result = {"documents_added": summary["documents_added"],
                          "files": summary["files"], "failed": summary["failed"]}  # fmt: skip
            else:
                result = _check_feed(store, row, spool_root)
                seen = result["new"]
        except RiftwatchError as exc:
            error = exc
            errors.append({"source": row.id, **exc.to_dict(), "message": str(exc)})
        _record_check(store, row.id, error, seen)
        added += int(result.get("documents_added") or 0)
        checked.append({**_source_dict(row), **result, "error": str(error) if error else None})
    return checked, errors, added


def _followed_pairs(prepared: Any, rows: list[Watchlist]) -> dict[int, list[int]]:
    """Per watchlist id, the dyad indices of ``prepared`` it covers (an actor: all its
    pairs); a name the claims and the knowledge base do not know yet covers none."""
    from riftwatch import api

    keys: dict[str, str | None] = {}

    def key(name: str) -> str | None:
        if name not in keys:
            try:
                keys[name] = api._actor_key(prepared, name)
            except RiftwatchError:
                keys[name] = None
        return keys[name]

    covered: dict[int, list[int]] = {}
    for row in rows:
        ka = key(row.actor_a)
        if ka is None:
            covered[row.id] = []
            continue
        if row.actor_b:
            kb = key(row.actor_b)
            di = prepared.dyad_index(ka, kb) if kb and kb != ka else None
            covered[row.id] = [] if di is None else [di]
        else:
            covered[row.id] = [d for d, pair in enumerate(prepared.dyads) if ka in pair]
    return covered


def _evidence_lines(store: Store, found: dict[str, Any], limit: int = 12) -> list[dict[str, Any]]:
    """A snapshot of the evidence for the break (kept with the alert as it was then)."""
    from riftwatch.store.tables import EventRow

    records = list(found.get("evidence") or [])[:limit]
    event_ids = {r.get("event_id") for r in records if isinstance(r.get("event_id"), int)}
    docs: dict[int, tuple[int, str | None, str | None]] = {}
    if event_ids:
        with store.engine.connect() as conn:
            for row in conn.execute(
                select(EventRow.id, Document.id.label("doc"), Document.title, Document.url)
                .join(Document, Document.id == EventRow.document_id)
                .where(EventRow.id.in_(event_ids))
            ):
                docs[row.id] = (row.doc, row.title, row.url)
    lines = []
    for r in records:
        document, title, url = docs.get(r.get("event_id"), (None, None, None))  # type: ignore[arg-type]
        lines.append({
            "event_id": r.get("event_id"),
            "doc_id": r.get("doc_id"),
            "document_id": document,
            "title": title,
            "url": url,
            "date": r.get("date"),
            "month": r.get("month"),
            "grade": r.get("grade"),
            "event_type": r.get("event_type"),
            "modality": r.get("modality"),
            "source": (r.get("source") or {}).get("name"),
            "target": (r.get("target") or {}).get("name"),
            "outlet": r.get("outlet"),
            "channel": r.get("channel"),
            "quote": r.get("quote"),
            "text": r.get("sentence") or r.get("quote"),
        })  # fmt: skip
    return lines


def assess_followed(store: Store, report: Progress | None = None) -> dict[str, Any]:
    """Reassess the followed relationships and raise the alerts of upward crossings.

    The rift model is fitted for the followed pairs only. The new probabilities and
    the alerts are written in one transaction. At a follow's first round its pairs' state
    is recorded and no alert raised: a pair already broken then is listed in ``already``
    (pair, probability, threshold, ``since``: the onset). Returns ``{"pairs", "alerts",
    "already"}``.
    """
    from riftwatch import api
    from riftwatch.analysis.rift import assess
    from riftwatch.analysis.timeline import prepare

    report = report or (lambda _e, _i: None)
    with store.session() as session:
        rows = list(session.scalars(select(Watchlist).order_by(Watchlist.id)).all())
    if not rows:
        return {"pairs": 0, "alerts": []}
    prepared = prepare(api.load_claims(store))
    covered = _followed_pairs(prepared, rows)
    wanted = sorted({d for ds in covered.values() for d in ds})
    results: dict[tuple[str, str], dict[str, Any]] = {}
    if wanted:
        for found in assess(prepared, min_probability=0.0, dyads=wanted):
            a, b = found["actors"][0]["id"], found["actors"][1]["id"]
            results[(a, b) if a <= b else (b, a)] = found
    raised: list[int] = []
    already: list[dict[str, Any]] = []
    now = utcnow()
    with store.session() as session, session.begin():
        states = {
            (s.watchlist_id, s.actor_a, s.actor_b): s for s in session.scalars(select(WatchState))
        }
        assessed = {key[0] for key in states}
        for row in rows:
            # the follow's first round records the present state of its pairs: a pair that
            # is already broken then is no news to the analyst who followed it (a line says
            # so, and since when); only later changes raise alerts
            first_round = row.id not in assessed
            for di in covered[row.id]:
                pair = prepared.dyads[di]
                found = results.get(pair)
                probability = float(found["probability"]) if found else 0.0
                state = states.get((row.id, pair[0], pair[1]))
                was_above = bool(state and state.above)
                before = state.probability if state else None
                above = probability >= row.threshold
                if state is None:
                    state = WatchState(watchlist_id=row.id, actor_a=pair[0], actor_b=pair[1])
                    session.add(state)
                state.probability, state.above, state.updated_at = probability, above, now
                if not above or was_above or found is None:
                    continue
                if first_round:
                    names = {x["id"]: x["name"] for x in found["actors"]}
                    line = {"watchlist_id": row.id, "analyst": row.analyst,
                            "pair": [str(names.get(pair[0]) or pair[0]),
                                     str(names.get(pair[1]) or pair[1])],
                            "probability": probability, "threshold": row.threshold,
                            "since": found.get("onset")}  # fmt: skip
                    already.append(line)
                    report("already", line)
                    continue
                evidence = _evidence_lines(store, found)
                names = {x["id"]: x["name"] for x in found["actors"]}
                months = [e["month"] for e in found.get("evidence") or [] if e.get("month")]
                alert = Alert(
                    watchlist_id=row.id, analyst=row.analyst, actor_a=pair[0], actor_b=pair[1],
                    name_a=str(names.get(pair[0]) or pair[0])[:300],
                    name_b=str(names.get(pair[1]) or pair[1])[:300],
                    probability_before=before, probability_after=probability,
                    month=found.get("onset") or (max(months) if months else None),
                    threshold=row.threshold,
                    evidence_ids=[e["event_id"] for e in evidence if e["event_id"] is not None],
                    evidence=evidence, channels=list(row.channels or ["ui"]), delivered=["ui"],
                    delivery_errors=[], created_at=now,
                )  # fmt: skip
                session.add(alert)
                session.flush()
                raised.append(alert.id)
                report("alert", {"id": alert.id, "pair": [alert.name_a, alert.name_b],
                                 "analyst": row.analyst, "probability": probability})  # fmt: skip
            if first_round:
                # the round is recorded even when the follow covers no pair yet (its names
                # unknown so far): what arrives later is a change
                marker = states.get((row.id, "", ""))
                if marker is None:
                    marker = WatchState(watchlist_id=row.id, actor_a="", actor_b="",
                                        probability=0.0, above=False)  # fmt: skip
                    session.add(marker)
                    states[(row.id, "", "")] = marker
                marker.updated_at = now
    return {"pairs": sum(len(v) for v in covered.values()), "alerts": raised,
            "already": already}  # fmt: skip


def _alert_dict(row: Alert) -> dict[str, Any]:
    return {
        "id": row.id,
        "watchlist_id": row.watchlist_id,
        "analyst": row.analyst,
        "pair": [row.actor_a, row.actor_b],
        "name_a": row.name_a,
        "name_b": row.name_b,
        "probability_before": row.probability_before,
        "probability_after": row.probability_after,
        "month": row.month,
        "threshold": row.threshold,
        "evidence_ids": list(row.evidence_ids or []),
        "evidence": list(row.evidence or []),
        "channels": list(row.channels or []),
        "delivered": list(row.delivered or []),
        "delivery_errors": list(row.delivery_errors or []),
        "delivery_attempted_at": _iso(row.delivery_attempted_at),
        "created_at": _iso(row.created_at),
        "acknowledged_by": row.acknowledged_by,
        "acknowledged_at": _iso(row.acknowledged_at),
    }


def deliver_pending(store: Store, report: Progress | None = None) -> list[dict[str, Any]]:
    """Try the webhook and e-mail channels of every alert not yet tried; record the result.

    A failure is recorded on the alert (``delivery_errors``: channel, code, message) and
    never raised. Returns ``[{"id", "delivered", "errors"}]``.
    """
    report = report or (lambda _e, _i: None)
    with store.session() as session:
        pending = session.scalars(
            select(Alert).where(Alert.delivery_attempted_at.is_(None)).order_by(Alert.id)
        ).all()
        hooks = {w.id: (w.webhook_url, w.email_to) for w in session.scalars(select(Watchlist))}
    done = []
    for alert in pending:
        data = _alert_dict(alert)
        hook, mail = hooks.get(alert.watchlist_id or -1, (None, None))
        delivered = ["ui"]
        errors: list[dict[str, Any]] = []
        for channel in data["channels"]:
            try:
                if channel == "webhook":
                    url = hook or settings.get("webhook_url")
                    if not url:
                        raise WatchError("RW711")
                    send_webhook(data, check_url(str(url), "webhook URL"))
                elif channel == "email":
                    send_email(data, mail)
                else:
                    continue
                delivered.append(channel)
            except RiftwatchError as exc:
                errors.append({"channel": channel, "code": exc.code, "message": str(exc)})
        with store.engine.begin() as conn:
            conn.execute(
                update(Alert)
                .where(Alert.id == alert.id)
                .values(delivered=delivered, delivery_errors=errors, delivery_attempted_at=utcnow())
            )
        report("delivered", {"id": alert.id, "delivered": delivered, "errors": errors})
        done.append({"id": alert.id, "delivered": delivered, "errors": errors})
    return done


def watch_once(
    store: Store,
    *,
    due_only: bool = False,
    spool_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """One round of ``riftwatch watch``: check the sources (all, or with ``due_only`` those
    whose interval has passed), code what is new, reassess the followed relationships,
    raise and deliver alerts.

    A source that fails (unreachable folder, bad feed) is recorded with its numbered
    reason and the round goes on. Returns ``{"sources", "documents_added", "coded",
    "pairs", "alerts", "already", "deliveries", "errors"}`` (``already``: the pairs at or
    above their threshold at their follow's first round, recorded without an alert).
    """
    from riftwatch import api

    report = progress or (lambda _e, _i: None)
    spool_root = Path(spool_dir) if spool_dir else spool_dir_for(store.url)
    checked, errors, added = _check_sources(store, due_only, spool_root, report)
    coded = api.extract_stored(store)
    report("coded", coded)
    assessed = assess_followed(store, report)
    deliveries = deliver_pending(store, report)
    return {
        "sources": checked,
        "documents_added": added,
        "coded": {"documents": coded.get("documents", 0), "events": coded.get("events", 0)},
        "pairs": assessed["pairs"],
        "alerts": [get_alert(store, i) for i in assessed["alerts"]],
        "already": assessed.get("already", []),
        "deliveries": deliveries,
        "errors": errors,
    }


def next_due(store: Store) -> float | None:
    """Seconds until the next watch source is due (0 when one is due now; None: none)."""
    now = utcnow()
    with store.session() as session:
        rows = session.scalars(select(WatchSource)).all()
    waits = [
        0.0 if r.last_checked_at is None else
        max(0.0, (r.last_checked_at + timedelta(seconds=r.interval_seconds) - now).total_seconds())
        for r in rows
    ]  # fmt: skip
    return min(waits) if waits else None


# -- alerts ---------------------------------------------------------------------------------


def list_alerts(
    store: Store,
    *,
    analyst: str | None = None,
    unacknowledged: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Alerts, newest first (one analyst's, only unacknowledged ones when asked)."""
    query = select(Alert).order_by(Alert.id.desc()).limit(limit).offset(offset)
    if analyst:
        query = query.where(Alert.analyst == analyst.strip())
    if unacknowledged:
        query = query.where(Alert.acknowledged_at.is_(None))
    with store.session() as session:
        return [_alert_dict(r) for r in session.scalars(query).all()]


def count_alerts(store: Store, *, unacknowledged: bool = False) -> int:
    """How many alerts there are (unacknowledged ones only when asked)."""
    query = select(func.count()).select_from(Alert)
    if unacknowledged:
        query = query.where(Alert.acknowledged_at.is_(None))
    with store.engine.connect() as conn:
        return int(conn.scalar(query) or 0)


def _alert_id(alert_id: int | str) -> int:
    try:
        return int(alert_id)
    except (TypeError, ValueError):
        raise WatchError("RW707", id=alert_id) from None


def get_alert(store: Store, alert_id: int | str) -> dict[str, Any]:
    """One alert with its evidence (RW707 if unknown)."""
    with store.session() as session:
        row = session.get(Alert, _alert_id(alert_id))
        if row is None:
            raise WatchError("RW707", id=alert_id)
        return _alert_dict(row)


def acknowledge(store: Store, alert_id: int | str, *, analyst: str | None = None) -> dict[str, Any]:
    """Mark an alert seen by ``analyst`` (RW707 unknown, RW716 already acknowledged)."""
    from riftwatch.claims_store import check_analyst

    who = check_analyst(analyst)
    with store.session() as session, session.begin():
        row = session.get(Alert, _alert_id(alert_id))
        if row is None:
            raise WatchError("RW707", id=alert_id)
        if row.acknowledged_at is not None:
            raise WatchError(
                "RW716", id=row.id, who=row.acknowledged_by, at=_iso(row.acknowledged_at)
            )
        row.acknowledged_by, row.acknowledged_at = who, utcnow()
        session.flush()
        return _alert_dict(row)


__all__ = [
    "acknowledge",
    "add_source",
    "assess_followed",
    "check_channels",
    "check_interval",
    "check_threshold",
    "count_alerts",
    "deliver_pending",
    "follow",
    "get_alert",
    "list_alerts",
    "list_sources",
    "next_due",
    "remove_source",
    "spool_dir_for",
    "unfollow",
    "watch_once",
    "watchlists",
]
