"""The relationship page ``/relationships/{a}/{b}`` and ``GET /api/relationships/{a}/{b}``.

The timeline per channel as an SVG chart whose points lead to the month's evidence on
the page (``#m-YYYY-MM``), a source-grade filter form, the rift assessment with the
evidence for and against side by side, and the faction drill-down. Only the pair's
claims are read (:func:`riftwatch.api.relationship`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

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
def relationship_page(request: Request, a: str, b: str, filters: Filters) -> HTMLResponse:
    data = api.relationship(request.app.state.store, a, b, **filters)
    x, y = data["actors"]
    rift = data.get("rift")
    onset = None
    if rift:
        low, high = rift["onset_interval"]
        onset = {"onset": rift["onset"], "low": low, "high": high}
    chart = timeline_chart(
        data["channels"], data["months"], data["series"], onset=onset,
        title=f"{x['name']} / {y['name']}: signed score per month and channel; P(broken)",
    )  # fmt: skip
    # the page lists a month's strongest few (a busy pair has years of months: 25 each made
    # pages of megabytes); one channel's view, and the JSON API, list up to 25
    per_month = PAGE_EVIDENCE if not filters.get("channel") else EVIDENCE_PER_MONTH
    return render(
        request, "relationship.html", title=f"{x['name']} / {y['name']}", data=data,
        chart=chart, rift=rift, form=dict(request.query_params), channels=CHANNELS,
        channel_class=channel_class, per_month=per_month,
    )  # fmt: skip


PAGE_EVIDENCE = 5
"""Evidence items a relationship page lists per month (the rest counted, with a link to the
events of the month); a single channel's view lists up to 25."""


__all__ = ["relationship_filters", "router"]
