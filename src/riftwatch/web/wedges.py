"""The wedge ranking ``/wedges`` and ``GET /api/wedges``.

Which factions of a group stand furthest from another actor: the page asks for the
target (A) and the group whose factions are ranked (B), optionally an "as of" date, and
shows :func:`riftwatch.api.wedge_ranking` over the store's claims (analysts' judgements
applied): each faction's separability score, its cooperative and hostile evidence with
grades and citations, the ranking's confidence, the factions without evidence, and the
signed network's structural balance and brokers.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api
from riftwatch.web.pages import render

router = APIRouter()

Target = Annotated[str, Query(description="The actor the factions are measured against (A).")]
Within = Annotated[str, Query(description="The group whose factions are ranked (B).")]
AsOf = Annotated[
    str | None, Query(description="Use only evidence dated up to this day (YYYY-MM-DD).")
]


@router.get("/api/wedges", tags=["analysis"], summary="Factions of B ranked by separability")
def get_wedges(request: Request, target: Target, within: Within, as_of: AsOf = None) -> Any:
    """``ranking``: the factions of ``within``, most separable from ``target`` first, each
    with ``score``, cooperative and hostile counts and weights, ``trend``, ``origins``,
    ``confidence`` and its ``evidence``; ``no_evidence``: factions with none;
    ``confidence`` of the ranking with its reason; ``network``: balance and brokers."""
    return api.wedge_ranking(
        target=target, within=within, as_of=(as_of or "").strip() or None,
        db=request.app.state.store,
    )  # fmt: skip


@router.get("/wedges", response_class=HTMLResponse, include_in_schema=False)
def wedges_page(
    request: Request,
    target: str = "",
    within: str = "",
    as_of: str = "",
) -> HTMLResponse:
    form = {"target": target.strip(), "within": within.strip(), "as_of": as_of.strip()}
    data = None
    if form["target"] and form["within"]:
        data = api.wedge_ranking(
            target=form["target"], within=form["within"], as_of=form["as_of"] or None,
            db=request.app.state.store,
        )  # fmt: skip
    return render(request, "wedges.html", title="Wedges", form=form, data=data)


__all__ = ["router"]
