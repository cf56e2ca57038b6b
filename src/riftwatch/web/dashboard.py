"""The dashboard (the landing page ``/``) and ``GET /api/dashboard``.

Rift alerts (pairs the rift model flags, with onset and the strongest evidence) and the
relationships that changed most over a recent window, each with a sparkline, beside the
store's counts. The field is computed once per store state
(:data:`riftwatch.workbench.FIELDS`).
"""

from __future__ import annotations

import threading
import time
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api
from riftwatch.web import links  # noqa: F401  (template globals)
from riftwatch.web.pages import pager, render
from riftwatch.web.svg import sparkline

router = APIRouter()

Window = Annotated[
    int, Query(ge=1, le=120, description="Months of the change window (this vs the one before).")
]
MinP = Annotated[
    float | None,
    Query(ge=0, le=1, description="Alerts at or above this P(broken) (default: the model's)."),
]


def _data(request: Request, window: int, limit: int, offset: int, min_p: float | None) -> dict:
    return api.field_dashboard(request.app.state.store, window=window, limit=limit,
                               offset=offset, min_probability=min_p)  # fmt: skip


@router.get("/api/dashboard", tags=["analysis"], summary="Rift alerts and most changed pairs")
def get_dashboard(
    request: Request,
    window: Window = 12,
    min_probability: MinP = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Items per list.")] = 10,
    offset: Annotated[int, Query(ge=0, description="Skip this many items of each list.")] = 0,
) -> dict[str, Any]:
    """``alerts`` (pairs whose P(broken) is high: onset, interval, kind, the strongest
    evidence, ``trend``: the signed balance of the last 36 months from ``spark_from``) and
    ``changed`` (pairs ranked by the change of their balance between the last two
    ``window``-month windows), each ``{"total", "items"}``. ``ready`` is false while a
    large store's field is first computed (then retry); ``fresh`` false when the lists
    are of an earlier state of the store."""
    return _data(request, window, limit, offset, min_probability)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard_page(
    request: Request,
    window: Window = 12,
    min_probability: MinP = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    limit = 15
    data = _data(request, window, limit, offset, min_probability)
    for group in ("alerts", "changed"):
        for item in data[group]["items"]:
            a, b = item["actors"]
            item["spark"] = sparkline(
                item["trend"], label=f"{a['name']} / {b['name']}: balance per month"
            )
    status = served_status(request.app.state.store)
    total = max(data["alerts"]["total"], data["changed"]["total"])
    return render(
        request, "dashboard.html", title="Dashboard", data=data, status=status,
        form=dict(request.query_params), pager=pager(request, total, limit, offset),
    )  # fmt: skip


STATUS_TTL = 30.0
"""Seconds the workbench trusts its kept counts of sentences and events while the store's
documents and newest document, sentence and event ids stay the same."""
_COUNTS: dict[str, tuple[float, tuple, tuple[int, int]]] = {}
_COUNTS_LOCK = threading.Lock()
_RECOUNTING: set[str] = set()


def served_status(store: Any) -> dict[str, Any]:
    """:func:`riftwatch.api.status` as the workbench serves it (the dashboard's counts and
    ``GET /api/status``): everything read now (documents, origin groups, languages, source
    types, files, failures, the last run: small tables), except the counts of sentences
    and events (a scan of a million rows each), which are kept (:func:`_kept_counts`)."""
    return api.status(store, large_counts=_kept_counts)


def _kept_counts(store: Any, conn: Any) -> tuple[int, int]:
    """The numbers of sentences and events, counted again only when the store changed: the
    number of documents and the newest document, sentence and event ids (a small table and
    indexed maxima) are read each time; the counts when these moved. After
    :data:`STATUS_TTL` seconds they are counted again in the background while the kept ones
    answer (events deleted alone, by a recode that finds none, show within that and one
    count's time)."""
    from sqlalchemy import func, select

    from riftwatch.store.tables import Document, EventRow, SentenceRow

    key = tuple(
        conn.scalar(select(q))
        for q in (func.count(Document.id), func.max(Document.id), func.max(SentenceRow.id),
                  func.max(EventRow.id))
    )  # fmt: skip
    now = time.monotonic()
    with _COUNTS_LOCK:
        hit = _COUNTS.get(store.url)
        if hit is not None and hit[1] == key:
            if now - hit[0] >= STATUS_TTL and store.url not in _RECOUNTING:
                # the same store, only older than the TTL: answer with the kept counts and
                # count again in the background (a visitor does not wait for two scans)
                _RECOUNTING.add(store.url)
                threading.Thread(target=_recount, args=(store, key), daemon=True).start()
            return hit[2]
    counts = api._large_counts(store, conn)
    with _COUNTS_LOCK:
        _COUNTS[store.url] = (now, key, counts)
    return counts


def _recount(store: Any, key: tuple) -> None:
    """Count the sentences and events again (:func:`_kept_counts`'s background round)."""
    try:
        began = time.monotonic()
        with store.engine.connect() as conn:
            counts = api._large_counts(store, conn)
        with _COUNTS_LOCK:
            _COUNTS[store.url] = (began, key, counts)
    except Exception:  # noqa: BLE001 - a failed recount keeps the older counts
        pass
    finally:
        with _COUNTS_LOCK:
            _RECOUNTING.discard(store.url)


__all__ = ["router", "served_status"]
