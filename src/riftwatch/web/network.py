"""The network of the field ``/network`` and ``GET /api/network``.

Signed, dated edges over a chosen window of months, cooperation and conflict told apart
by colour and dash, weight by evidence, nodes linking to actor pages; drawn as SVG on the
server with a seeded layout (:func:`riftwatch.api.field_network`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api
from riftwatch.web import links
from riftwatch.web.pages import render
from riftwatch.web.svg import network_svg

router = APIRouter()


def network_filters(
    date_from: Annotated[
        str | None, Query(alias="from", description="Window start: YYYY or YYYY-MM.")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="Window end: YYYY or YYYY-MM.")
    ] = None,
    min_evidence: Annotated[
        int, Query(ge=1, description="Edges with at least this many claims in the window.")
    ] = 1,
    stance: Annotated[
        str, Query(description="all, cooperation (net cooperative) or conflict (net hostile).")
    ] = "all",
    kind: Annotated[
        list[str] | None,
        Query(description="Actor kinds kept (repeat): organization, person, state, open, other."),
    ] = None,
    actor: Annotated[str | None, Query(description="Only edges of this actor (id).")] = None,
    max_edges: Annotated[int, Query(ge=1, le=1000, description="The heaviest edges kept.")] = 150,
) -> dict[str, Any]:
    """The filters of a network request."""
    return {
        "date_from": (date_from or "").strip() or None,
        "date_to": (date_to or "").strip() or None,
        "min_evidence": min_evidence,
        "stance": stance.strip() or "all",
        "kinds": [k.strip() for k in kind or [] if k.strip()],
        "actor": (actor or "").strip() or None,
        "max_edges": max_edges,
    }


Filters = Annotated[dict[str, Any], Depends(network_filters)]


@router.get("/api/network", tags=["analysis"], summary="The signed network over a window")
def get_network(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=1000, description="Edges per page.")] = 1000,
    offset: Annotated[int, Query(ge=0, description="Skip this many edges.")] = 0,
) -> dict[str, Any]:
    """``nodes`` (id, name, kind, claims, layout x/y in 0..1) and ``edges`` (source,
    target, ``sign`` +1 cooperation / -1 conflict, coop and hostile evidence units,
    ``claims``, first and last month in the window), heaviest first; ``total_edges``
    before ``max_edges``; edges paged by ``limit``/``offset``."""
    data = api.field_network(request.app.state.store, **filters)
    data["limit"], data["offset"] = limit, offset
    data["edges"] = data["edges"][offset : offset + limit]
    return data


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, filters: Filters) -> HTMLResponse:
    data = api.field_network(request.app.state.store, **filters)
    svg = network_svg(
        data["nodes"], data["edges"], node_href=links.actor_href,
        edge_href=links.relationship_href,
    )  # fmt: skip
    names = {n["id"]: n["name"] for n in data["nodes"]}
    return render(
        request, "network.html", title="Network", data=data, svg=svg, names=names,
        form=dict(request.query_params), kinds=request.query_params.getlist("kind"),
    )  # fmt: skip


__all__ = ["network_filters", "router"]
