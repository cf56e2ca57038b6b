"""Export downloads: ``GET /api/export/{kind}?format=...`` streams an export of the store
with the filters of ``/api/events`` (plus ``judged``, ``verdict``, ``counting``,
``by_month``), and ``GET /exports`` is a page of links to every kind and format.

Both call only :mod:`riftwatch.api` (:func:`~riftwatch.api.export_stream`,
:func:`~riftwatch.api.export_formats`). The filters are checked before the download
starts, so a bad one is a numbered JSON error (HTTP 400), never a truncated file; the
row formats are produced batch by batch as the client reads.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from riftwatch import api
from riftwatch.web.api_routes import event_filters

router = APIRouter()


def export_filters(
    filters: Annotated[dict[str, Any], Depends(event_filters)],
    judged: Annotated[
        bool | None, Query(description="True: events with a verdict; false: without.")
    ] = None,
    verdict: Annotated[
        list[str] | None, Query(description="Current verdict accept, reject or correct.")
    ] = None,
    counting: Annotated[
        bool, Query(description="Leave out claims an analyst rejected (claims and graphs).")
    ] = False,
) -> dict[str, Any]:
    """The filters of ``/api/events`` and the judgement filters of ``events list``."""
    out = dict(filters)
    if judged is not None:
        out["judged"] = judged
    if verdict:
        out["verdict"] = [v for v in verdict if v.strip()]
    if counting:
        out["include_rejected"] = False
    return out


@router.get("/api/export/{kind}", tags=["export"], summary="Download an export of the store",
            response_class=StreamingResponse)  # fmt: skip
def download(
    request: Request,
    kind: str,
    filters: Annotated[dict[str, Any], Depends(export_filters)],
    format: Annotated[
        str | None,
        Query(
            description="csv, jsonl, parquet (events, claims); graphml, gexf (graph); "
            "json (stix); jsonl (plover); csv, jsonl (judgements, actors)."
        ),
    ] = None,
    by_month: Annotated[bool, Query(description="Graph: monthly spells (GEXF).")] = False,
) -> StreamingResponse:
    """An export of ``kind`` (events, claims, judgements, actors, graph, stix, plover)
    as a download; errors RW720/RW721 (kind, format) and the filters' own."""
    result = api.export_stream(kind, format, db=request.app.state.store, by_month=by_month,
                               **filters)  # fmt: skip
    disposition = f'attachment; filename="{result["filename"]}"'
    return StreamingResponse(
        result["chunks"],
        media_type=result["media_type"],
        headers={"Content-Disposition": disposition, "X-Riftwatch-Exporter": result["exporter"]},
    )


@router.get("/exports", include_in_schema=False, response_class=HTMLResponse)
def exports_page(request: Request) -> HTMLResponse:
    """Links to every export, carrying the filters given in the page's form."""
    from riftwatch.web.pages import render

    kept = [(k, v) for k, v in request.query_params.multi_items() if v.strip()]
    query = urlencode(kept)
    links = []
    for kind, formats in api.export_formats().items():
        for fmt in formats:
            params = urlencode([("format", fmt)] + kept)
            links.append({"kind": kind, "format": fmt, "href": f"/api/export/{kind}?{params}"})
    values = {k: v for k, v in kept}
    return render(request, "exports.html", title="Exports", links=links, query=query,
                  values=values)  # fmt: skip
