"""The wedge ranking ``/wedges`` and ``GET /api/wedges``.

Which factions of a group stand furthest from another actor: the page asks for the
target (A) and the group whose factions are ranked (B), optionally an "as of" date, and
shows :func:`riftwatch.api.wedge_ranking` over the store's claims (analysts' judgements
applied): each faction's separability score, its cooperative and hostile evidence with
grades and citations, the ranking's confidence, the factions without evidence, and the
signed network's structural balance and brokers.

The pages read only the claims between the two sides (:func:`pair_claims`: the target
and the group, their renamed forms and their factions, by id or name, plus the claims an
analyst corrected, which are checked after the correction): the ranking is the one of
every claim, since it only uses claims between the two sides, and the network's balance
and brokers are those of the network among these actors. The ranking is paged
(``offset``, ``limit``) and each faction lists its first ``evidence`` items of
``evidence_total``.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api
from riftwatch.single_flight import SingleFlight
from riftwatch.store import Store
from riftwatch.web.pages import pager, render

router = APIRouter()

Target = Annotated[str, Query(description="The actor the factions are measured against (A).")]
Within = Annotated[str, Query(description="The group whose factions are ranked (B).")]
AsOf = Annotated[
    str | None, Query(description="Use only evidence dated up to this day (YYYY-MM-DD).")
]


Limit = Annotated[int, Query(ge=1, le=500, description="Factions per page.")]
Offset = Annotated[int, Query(ge=0)]
Evidence = Annotated[int, Query(ge=0, le=1000, description="Evidence items per faction.")]


def _side_condition(ids: set[str], names: list[str], id_col: Any, name_col: Any) -> Any:
    """SQL: the event's side is one of ``ids`` or one of the stored ``names`` (both
    indexed: no function of the column)."""
    from sqlalchemy import or_

    conditions = [id_col.in_(sorted(ids))]
    if names:
        conditions.append(name_col.in_(names))
    return or_(*conditions)


def _stored_names(store: Store, column: Any, folded: set[str]) -> list[str]:
    """The distinct stored values of the indexed events ``column`` whose folded form is one
    of ``folded``: read by a loose index scan (one index lookup per distinct name, instead
    of ``lower()`` of every event, which no index serves), folded in Python (any script)."""
    from sqlalchemy import func, select

    if not folded:
        return []
    first = select(func.min(column).label("name"))
    names = first.cte(f"wedge_names_{column.name}", recursive=True)
    following = select(func.min(column)).where(column > names.c.name).scalar_subquery()
    names = names.union_all(select(following).where(names.c.name.is_not(None)))
    with store.engine.connect() as conn:
        stored = conn.execute(select(names.c.name).where(names.c.name.is_not(None))).scalars()
        return sorted({n for n in stored if n.lower() in folded or n.casefold() in folded})


def pair_claims(store: Store, target: str, within: str) -> tuple[list[Any], Any]:
    """The stored claims between the two sides of a wedge ranking (see the module), and
    the effective KB; RW551 when an actor is missing."""
    from sqlalchemy import and_, or_

    from riftwatch.actors.api import _kb
    from riftwatch.analysis.parties import make_party, resolve_actor
    from riftwatch.claims_store import _latest_ids
    from riftwatch.store.tables import EventRow

    for value, what in ((target, "--target"), (within, "--within")):
        if not value or not value.strip():
            from riftwatch.errors import JudgementError

            raise JudgementError("RW551", what=what)
    with _kb(store) as (kb, _):
        parties = [make_party(resolve_actor(x, kb=kb), kb=kb) for x in (target, within)]
    ids = set().union(*(p.members for p in parties))
    names = set().union(*(p.names for p in parties))
    snames = _stored_names(store, EventRow.source_name, names)
    tnames = _stored_names(store, EventRow.target_name, names)
    between = and_(
        _side_condition(ids, snames, EventRow.source_id, EventRow.source_name),
        _side_condition(ids, tnames, EventRow.target_id, EventRow.target_name),
    )
    corrected = EventRow.id.in_(_latest_ids("verdict", "correct"))  # checked after correction
    claims = api.load_claims(store, where=[or_(between, corrected)])  # sentences: factions
    return claims, kb


KEPT = 16
"""Whole rankings kept (per store state, pair and date; least recently made out), so that
paging through a ranking or coming back to it does not compute it again."""
_RANKINGS: SingleFlight[dict[str, Any]] = SingleFlight(KEPT)


def compute_ranking(
    store: Store, target: str, within: str, as_of: str | None = None
) -> dict[str, Any]:
    """The whole ranking of :func:`bounded_wedges` (every faction, all its evidence),
    computed from the claims between the two sides, as JSON values (what the API sends,
    and what the store keeps: :func:`_stored_or_computed`)."""
    import json

    from riftwatch.analysis import wedges as wedges_mod
    from riftwatch.workbench import _plain

    claims, kb = pair_claims(store, target, within)
    whole = wedges_mod.wedges(claims, target, within, as_of=as_of, kb=kb)
    net = wedges_mod.signed_network(claims, as_of=as_of)
    whole["network"] = {"balance": net["balance"], "brokers": net["brokers"]}
    whole["claims_read"] = len(claims)
    return dict(json.loads(json.dumps(whole, default=_plain)))


def _stored_or_computed(
    store: Store, state: tuple[Any, ...], target: str, within: str, as_of: str | None
) -> dict[str, Any]:
    """The ranking stored for the store's ``state`` (rows beside the field summary, as the
    relationship pages keep theirs: another worker, or the server after a restart, reads
    it), else computed and stored. A change to the claims or the actors (``state``: the
    store's change counters and its newest actor curation) makes a new one."""
    from riftwatch import workbench

    claims_state, curated = tuple(state[:3]), state[3]
    name = workbench._relationship_row(
        "wedges:" + target.strip(), within.strip(), {"as_of": as_of, "curated": curated}
    )
    whole = workbench.stored_relationship(store, name, claims_state)  # type: ignore[arg-type]
    if whole is None:
        whole = compute_ranking(store, target, within, as_of)
        workbench.save_relationship(store, name, claims_state, whole)  # type: ignore[arg-type]
    return whole


def _state(store: Store) -> tuple[Any, ...]:
    """The claims' state (:func:`riftwatch.workbench.store_state`) and the newest actor
    curation (the effective knowledge base decides who is on each side)."""
    from sqlalchemy import func, select

    from riftwatch import workbench
    from riftwatch.store.audit import AuditRow

    with store.engine.connect() as conn:
        curated = conn.execute(
            select(func.max(AuditRow.id)).where(AuditRow.object_type == "actor")
        ).scalar()
    return (*workbench.store_state(store), curated or 0)


def bounded_wedges(
    store: Store,
    target: str,
    within: str,
    *,
    as_of: str | None = None,
    limit: int = 50,
    offset: int = 0,
    evidence: int = 20,
) -> dict[str, Any]:
    """:func:`riftwatch.api.wedge_ranking` over the claims between the two sides only
    (:func:`pair_claims`), one page of the ranking; ``total`` factions ranked,
    ``claims_read`` the claims read from the store."""
    from riftwatch.analysis import ach as ach_mod

    ach_mod.parse_as_of(as_of)
    state = _state(store)
    key = (store.url, state, target.strip(), within.strip(), as_of)
    # one computation of a ranking at a time; the others wait for its answer
    whole = _RANKINGS.get(key, lambda: _stored_or_computed(store, state, target, within, as_of))
    out = copy.deepcopy(whole)
    out["total"] = len(out["ranking"])
    out["offset"], out["limit"] = offset, limit
    page = out["ranking"][offset : offset + limit]
    for row in page:
        row["evidence_total"] = len(row["evidence"])
        row["evidence"] = row["evidence"][:evidence]
    out["ranking"] = page
    return out


@router.get("/api/wedges", tags=["analysis"], summary="Factions of B ranked by separability")
def get_wedges(
    request: Request,
    target: Target,
    within: Within,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
    evidence: Evidence = 20,
) -> Any:
    """``ranking``: one page of the factions of ``within``, most separable from ``target``
    first, each with ``score``, cooperative and hostile counts and weights, ``trend``,
    ``origins``, ``confidence`` and its first ``evidence`` items (``evidence_total``);
    ``total`` factions; ``no_evidence``: factions with none; ``confidence`` of the
    ranking with its reason; ``network``: balance and brokers of the network between the
    two sides. Only the claims between the two sides are read (``claims_read``)."""
    return bounded_wedges(
        request.app.state.store, target, within, as_of=(as_of or "").strip() or None,
        limit=limit, offset=offset, evidence=evidence,
    )  # fmt: skip


@router.get("/wedges", response_class=HTMLResponse, include_in_schema=False)
def wedges_page(
    request: Request,
    target: str = "",
    within: str = "",
    as_of: str = "",
    offset: Offset = 0,
) -> HTMLResponse:
    form = {"target": target.strip(), "within": within.strip(), "as_of": as_of.strip()}
    data = nav = None
    if form["target"] and form["within"]:
        limit = 25
        data = bounded_wedges(
            request.app.state.store, form["target"], form["within"],
            as_of=form["as_of"] or None, limit=limit, offset=offset,
        )  # fmt: skip
        nav = pager(request, data["total"], limit, offset)
    return render(request, "wedges.html", title="Wedges", form=form, data=data, pager=nav)


__all__ = ["bounded_wedges", "pair_claims", "router"]
