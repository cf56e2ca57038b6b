"""The rifts page ``/rifts`` and ``GET /api/rifts``: the store's rifts, as ``riftwatch --db
URL rifts`` lists them, with their evidence and counter-evidence.

Each rift names its pair (linked to the relationship page), direction, onset with its
interval, probability, kind and channels, then the reports for the break and against it,
each with its date, grade, type, modality, who said it, quote and document (linked).
Analysts' judgements apply as in the command (rejections left out, corrections applied).
The answer is kept per store state and options, so a second visit does not recode the
field; ``as_of`` cuts the evidence as ``riftwatch rifts --as-of`` does.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api, workbench
from riftwatch.store import Store
from riftwatch.web.pages import render

router = APIRouter()

AsOf = Annotated[
    str | None, Query(description="Use only evidence dated up to this day (YYYY[-MM[-DD]]).")
]
MinProbability = Annotated[
    float | None,
    Query(ge=0.0, le=1.0, description="Pairs whose probability of a break reaches this."),
]
Direction = Annotated[str, Query(description="deteriorating (the default), improving or both.")]
Evidence = Annotated[int, Query(ge=1, le=200, description="Evidence items listed per side.")]

_KEPT: OrderedDict[tuple, list[dict[str, Any]]] = OrderedDict()
_LOCK = threading.Lock()
KEPT_ANSWERS = 16
"""Answers kept (per store, state and options): the page and the API share them."""


def store_rifts(
    store: Store,
    *,
    as_of: str | None = None,
    min_probability: float | None = None,
    direction: str = "deteriorating",
    evidence_limit: int = 12,
) -> list[dict[str, Any]]:
    """The rifts of the store's claims (:func:`riftwatch.api.rifts`), each evidence item
    with its stored document's number (``document_id``) for links."""
    from riftwatch.claims_store import load_claims

    key = (store.url, workbench.store_state(store), as_of, min_probability, direction,
           evidence_limit)  # fmt: skip
    with _LOCK:
        if key in _KEPT:
            _KEPT.move_to_end(key)
            return _KEPT[key]
    claims = load_claims(store)
    found = api.rifts(
        claims,
        min_probability=min_probability,
        direction=direction,
        evidence_limit=evidence_limit,
        as_of=as_of,
    )
    docs = {c.event_id: c.document_id for c in claims}
    for rift in found:
        rift.pop("lineages", None)
        for e in [*rift.get("evidence", []), *rift.get("counter_evidence", [])]:
            e["document_id"] = docs.get(e.get("event_id"))
    with _LOCK:
        _KEPT[key] = found
        while len(_KEPT) > KEPT_ANSWERS:
            _KEPT.popitem(last=False)
    return found


@router.get("/api/rifts", tags=["analysis"], summary="The store's rifts with their evidence")
def get_rifts(
    request: Request,
    as_of: AsOf = None,
    min_probability: MinProbability = None,
    direction: Direction = "deteriorating",
    evidence: Evidence = 12,
) -> list[dict[str, Any]]:
    """The rifts ``riftwatch --db URL rifts --format json`` prints: actors, direction,
    onset and interval, probability, kind, channels, evidence and counter-evidence (each
    item with ``document_id``), most probable first."""
    return store_rifts(
        request.app.state.store, as_of=as_of, min_probability=min_probability,
        direction=direction, evidence_limit=evidence,
    )  # fmt: skip


@router.get("/rifts", response_class=HTMLResponse, include_in_schema=False)
def rifts_page(
    request: Request,
    as_of: AsOf = None,
    min_probability: MinProbability = None,
    direction: Direction = "deteriorating",
    evidence: Evidence = 12,
) -> HTMLResponse:
    as_of = (as_of or "").strip() or None
    found = store_rifts(
        request.app.state.store, as_of=as_of, min_probability=min_probability,
        direction=direction, evidence_limit=evidence,
    )  # fmt: skip
    form = {"as_of": as_of or "", "direction": direction,
            "min_probability": "" if min_probability is None else str(min_probability)}  # fmt: skip
    return render(request, "rifts.html", title="Rifts", rifts=found, form=form)
