"""The relationship page ``/relationships/{a}/{b}`` and ``GET /api/relationships/{a}/{b}``.

The timeline per channel as an SVG chart whose points lead to the month's evidence on
the page (``#m-YYYY-MM``), a source-grade filter form, the rift assessment with the
evidence for and against side by side, and the faction drill-down. Only the pair's
claims are read (:func:`riftwatch.api.relationship`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup

from riftwatch import api
from riftwatch.analysis.scale import CHANNELS
from riftwatch.web import links
from riftwatch.web.pages import render
from riftwatch.web.svg import channel_class, timeline_chart
from riftwatch.workbench import EVIDENCE_PER_MONTH

router = APIRouter()


def relationship_filters(
    min_reliability: Annotated[
        str | None, Query(description="Claims from sources of at least this reliability (A-F).")
    ] = None,
    max_credibility: Annotated[
        str | None, Query(description="Claims of at most this credibility (1-6).")
    ] = None,
    channel: Annotated[
        str | None, Query(description=f"Only this channel's points: {', '.join(CHANNELS)}.")
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="Claims dated on or after this.")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="Claims dated on or before this.")
    ] = None,
) -> dict[str, Any]:
    """The filters of a relationship request (empty values dropped)."""
    given = {"min_reliability": min_reliability, "max_credibility": max_credibility,
             "channel": channel, "date_from": date_from, "date_to": date_to}  # fmt: skip
    return {k: v.strip() for k, v in given.items() if v is not None and v.strip()}


Filters = Annotated[dict[str, Any], Depends(relationship_filters)]


@router.get(
    "/api/relationships/{a}/{b}", tags=["analysis"], summary="One relationship: series and rift"
)
def get_relationship(
    request: Request,
    a: str,
    b: str,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=1000, description="Months per page.")] = 1000,
    offset: Annotated[int, Query(ge=0, description="Skip this many months.")] = 0,
) -> dict[str, Any]:
    """The pair's ``months`` (signed score, evidence units, P(broken), the evidence with
    grades, attribution and corroboration; paged), ``channels`` (the same per channel),
    ``series`` (P(broken) per month) and ``rift`` (onset, interval, kind, evidence for
    and against, factions). Actors by id, name or alias; unknown: 404."""
    data = api.relationship(request.app.state.store, a, b, **filters)
    months = data["months"]
    return {**data, "total": len(months), "limit": limit, "offset": offset,
            "months": months[offset : offset + limit]}  # fmt: skip


@router.get("/relationships", include_in_schema=False)
def choose_relationship(a: str = "", b: str = "") -> RedirectResponse:
    """``?a=&b=`` (a form) to the pair's page."""
    from riftwatch.errors import WebError

    if not a.strip() or not b.strip():
        raise WebError("RW600", name="a, b", detail="give two actors")
    return RedirectResponse(links.relationship_href(a.strip(), b.strip()), status_code=303)


@router.get("/relationships/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
def relationship_page(
    request: Request,
    a: str,
    b: str,
    filters: Filters,
    page: Annotated[int, Query(ge=1, description="The page of months of evidence")] = 1,
    month: Annotated[str | None, Query(description="The page showing this month")] = None,
) -> HTMLResponse:
    data = api.relationship(request.app.state.store, a, b, **filters)
    x, y = data["actors"]
    rift = data.get("rift")
    # the evidence by month, newest first, EVIDENCE_MONTHS months a page (a busy pair has
    # fifteen years of months: all of them made pages of a megabyte)
    newest = [m["month"] for m in reversed(data["months"])]
    pages = max(1, -(-len(newest) // EVIDENCE_MONTHS))
    page_of = {m: 1 + n // EVIDENCE_MONTHS for n, m in enumerate(newest)}
    page = page_of.get(month or "", min(page, pages))
    shown = list(reversed(data["months"]))[(page - 1) * EVIDENCE_MONTHS : page * EVIDENCE_MONTHS]
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "month")]
    base = "?" + urlencode([*kept, ("page", "")])  # this page, another page of months

    def href(label: str) -> str:  # a chart point: its month's evidence, on this page or its own
        at = page_of.get(label, page)
        return f"#m-{label}" if at == page else f"{base}{at}#m-{label}"

    title = f"{x['name']} / {y['name']}: signed score per month and channel; P(broken)"
    chart = _chart(data, (page, EVIDENCE_MONTHS, base, title), href, title)
    # the page lists a month's strongest few (25 each made pages of megabytes); one
    # channel's view, and the JSON API, list up to 25
    per_month = PAGE_EVIDENCE if not filters.get("channel") else EVIDENCE_PER_MONTH
    return render(
        request, "relationship.html", title=f"{x['name']} / {y['name']}", data=data,
        chart=chart, rift=rift, form=dict(request.query_params), channels=CHANNELS,
        channel_class=channel_class, per_month=per_month, shown_months=shown,
        months_page={"page": page, "pages": pages, "per_page": EVIDENCE_MONTHS,
                     "first": (page - 1) * EVIDENCE_MONTHS + 1 if shown else 0,
                     "last": (page - 1) * EVIDENCE_MONTHS + len(shown), "total": len(newest),
                     "newer": f"{base}{page - 1}#evidence" if page > 1 else None,
                     "older": f"{base}{page + 1}#evidence" if page < pages else None},
    )  # fmt: skip


EVIDENCE_MONTHS = 24
"""Months of evidence a relationship page lists (newest first; older months on the next
pages, and a chart point of an older month leads to its page)."""

_CHARTS: OrderedDict[tuple, tuple[Any, Markup]] = OrderedDict()
_CHARTS_LOCK = threading.Lock()
CHART_CACHE = 32
"""Timeline charts kept (per relationship answer and page of months): a busy pair's chart
is hundreds of points, drawn once instead of on every visit."""


def _chart(data: dict[str, Any], view: tuple, href: Callable[[str], str], title: str) -> Markup:
    """The relationship's timeline chart (:func:`~riftwatch.web.svg.timeline_chart`), kept
    per answer (the cached answer's ``months`` list: the same object until the claims or
    the filters change) and ``view`` (the page of months and the links' address)."""
    months = data["months"]
    key = (id(months), *view)
    with _CHARTS_LOCK:
        hit = _CHARTS.get(key)
        if hit is not None and hit[0] is months:
            _CHARTS.move_to_end(key)
            return hit[1]
    rift = data.get("rift")
    onset = None
    if rift:
        low, high = rift["onset_interval"]
        onset = {"onset": rift["onset"], "low": low, "high": high}
    chart = timeline_chart(data["channels"], months, data["series"], onset=onset, title=title,
                           href=href)  # fmt: skip
    with _CHARTS_LOCK:
        _CHARTS[key] = (months, chart)  # the list held: its id is not reused meanwhile
        while len(_CHARTS) > CHART_CACHE:
            _CHARTS.popitem(last=False)
    return chart


PAGE_EVIDENCE = 5
"""Evidence items a relationship page lists per month (the rest counted, with a link to the
events of the month); a single channel's view lists up to 25."""


__all__ = ["relationship_filters", "router"]
