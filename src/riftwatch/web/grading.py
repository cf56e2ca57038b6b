"""Source grading and credibility overrides from the pages, and briefings.

- ``POST /sources/grade`` (the sources page and a document's page): a source's type,
  reliability (A-F) and credibility (1-6), as ``riftwatch sources grade`` sets them
  (:func:`riftwatch.api.grade_source`; its documents graded by default follow). JSON:
  ``POST /api/sources/grade``.
- ``POST /events/{id}/credibility`` (a document's page): an analyst's override of one
  event's information credibility, or its withdrawal, as ``riftwatch events
  credibility`` (:func:`riftwatch.api.override_credibility`; JSON under
  ``/api/events/{id}/credibility`` in :mod:`riftwatch.web.write_routes`).
- ``GET /briefing``: a form choosing relationships (or the whole field), the date and
  the format; ``POST /briefing/download`` (an analyst, with the form's CSRF token)
  answers the file that ``riftwatch report`` writes (:func:`riftwatch.api.report`) and,
  like it, stores each pair's ACH question, opened by the analyst; ``GET
  /briefing/download`` (a link, or a viewer's form) and ``GET /api/report`` answer the
  same file and change nothing (a stored question is used, none is created).

Writes go through :class:`riftwatch.web.auth.AuthGate` (analyst role, CSRF) and are
audited by the API functions (``source.grade``, ``event.credibility``).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from riftwatch import api
from riftwatch.errors import RiftwatchError
from riftwatch.web import api_routes, auth
from riftwatch.web.pages import render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["grading and briefings"])

RELIABILITIES = ("A", "B", "C", "D", "E", "F")
CREDIBILITIES = (1, 2, 3, 4, 5, 6)


def _store(request: Request) -> Any:
    return request.app.state.store


def _local(back: str, fallback: str) -> str:
    """A page of this site to go back to (never another site)."""
    ok = back.startswith("/") and not back.startswith("//") and "\\" not in back
    return back if ok else fallback


# -- source grades -----------------------------------------------------------------------------


@router.post("/sources/grade")
def grade_form(
    request: Request,
    name: Annotated[str, Form()],
    reliability: Annotated[str, Form()] = "",
    credibility: Annotated[str, Form()] = "",
    source_type: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> Response:
    """Grade a source (from the sources page or one of its documents); back to the page."""
    api.grade_source(
        _store(request), name, source_type=source_type.strip() or None,
        reliability=reliability.strip() or None, credibility=credibility.strip() or None,
        analyst=auth.analyst_name(request),
    )  # fmt: skip
    target = _local(back, "/sources")
    return RedirectResponse(target if "#" in target else target + "#grades", status_code=303)


class GradeIn(BaseModel):
    name: str = Field(description="The source's name, as GET /api/sources lists it.")
    reliability: str | None = Field(None, description="A-F.")
    credibility: int | str | None = Field(None, description="1-6.")
    source_type: str | None = Field(None, description="news, wire, analysis, ...")


@api_router.post("/sources/grade", summary="Grade a source (analyst)")
def post_grade(request: Request, body: GradeIn) -> dict[str, Any]:
    """Set a source's grades (``riftwatch sources grade``): its documents whose grades
    came from defaults follow; answers the source and ``documents_regraded``."""
    return api.grade_source(
        _store(request), body.name, source_type=body.source_type,
        reliability=body.reliability, credibility=body.credibility,
        analyst=auth.analyst_name(request),
    )  # fmt: skip


@router.post("/documents/{doc_id}/grade")
def document_grade_form(
    request: Request,
    doc_id: str,
    reliability: Annotated[str, Form()] = "",
    credibility: Annotated[str, Form()] = "",
) -> Response:
    """Set the document's own grade (``docs grade``); back to its grade."""
    key = api_routes.document_id(doc_id)
    api.grade_document(
        _store(request), key, reliability=reliability.strip() or None,
        credibility=credibility.strip() or None, analyst=auth.analyst_name(request),
    )  # fmt: skip
    return RedirectResponse(f"/documents/{key}#doc-grade", status_code=303)


class DocumentGradeIn(BaseModel):
    reliability: str | None = Field(None, description="A-F.")
    credibility: int | str | None = Field(None, description="1-6.")


@api_router.post("/documents/{doc_id}/grade", summary="Set a document's own grade (analyst)")
def post_document_grade(request: Request, doc_id: str, body: DocumentGradeIn) -> dict[str, Any]:
    """As ``riftwatch docs grade``: the document's grade, its origin and who set it."""
    return api.grade_document(
        _store(request), api_routes.document_id(doc_id), reliability=body.reliability,
        credibility=body.credibility, analyst=auth.analyst_name(request),
    )  # fmt: skip


# -- credibility overrides ---------------------------------------------------------------------


@router.post("/events/{ev_id}/credibility")
def credibility_form(
    request: Request,
    ev_id: str,
    credibility: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> Response:
    """Override an event's credibility (``clear`` withdraws the override); back to the
    event's row on its document page."""
    store = _store(request)
    key = api_routes.event_id(ev_id)
    api.override_credibility(
        store, key, credibility.strip(), analyst=auth.analyst_name(request),
        reason=reason.strip() or None,
    )  # fmt: skip
    event = api.get_event(store, key)
    target = _local(back, f"/documents/{event['document']['id']}?event={key}")
    return RedirectResponse(target.split("#")[0] + f"#event-{key}", status_code=303)


# -- briefings ---------------------------------------------------------------------------------


def parse_pairs(chosen: list[str], typed: str | None) -> list[str]:
    """The relationships of a briefing form: the ticked ``A/B`` values and one per line
    of the text box (blank lines skipped, each kept once, in order).

    >>> parse_pairs(["org:a/org:b"], "Al Qaeda / Haqqani network\\n\\norg:a/org:b")
    ['org:a/org:b', 'Al Qaeda / Haqqani network']
    """
    out: list[str] = []
    for value in [*chosen, *re.split(r"[\r\n]+", typed or "")]:
        value = value.strip()
        if value and value not in out:
            out.append(value)
    return out


def _briefing(
    request: Request, pairs: list[str], fmt: str, as_of: str | None, *, write: bool = False
) -> Response:
    """The briefing file; ``write``: store each pair's ACH question (a POST only)."""
    body = api.report(
        _store(request), fmt=fmt, pairs=pairs or None, as_of=as_of or None,
        store_questions=write, analyst=auth.analyst_name(request) if write else None,
    )  # fmt: skip
    data = body.encode("utf-8") if isinstance(body, str) else body
    stamp = re.sub(r"[^0-9-]", "", as_of or "") or "now"
    media = "application/pdf" if fmt == "pdf" else "text/html; charset=utf-8"
    name = f"riftwatch-briefing-{stamp}.{fmt}"
    return Response(
        data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def briefing_choices(request: Request) -> dict[str, Any]:
    """The relationships offered as tick boxes: the dashboard's rift alerts and most
    changed relationships (when the field is computed)."""
    try:
        board = api.field_dashboard(_store(request), limit=15)
    except RiftwatchError:
        return {"ready": False, "pairs": []}
    seen: dict[str, dict[str, Any]] = {}
    for group, label in (("alerts", "rift alert"), ("changed", "changed")):
        for item in (board.get(group) or {}).get("items") or []:
            a, b = item["actors"][0], item["actors"][1]
            value = f"{a['id']}/{b['id']}"
            if value not in seen:
                seen[value] = {"value": value, "label": f"{a['name']} / {b['name']}",
                               "why": label}  # fmt: skip
    return {"ready": bool(board.get("ready")), "pairs": list(seen.values())}


@router.get("/briefing", response_class=HTMLResponse)
def briefing_page(request: Request, pair: Annotated[list[str] | None, Query()] = None) -> Response:
    """The briefing form: relationships (or the whole field), as of a date, html or pdf."""
    choices = briefing_choices(request)
    preset = [p for p in pair or [] if p.strip()]
    known = {c["value"] for c in choices["pairs"]}
    from riftwatch.web.write_routes import _can_write

    return render(
        request, "briefing.html", title="Briefing", choices=choices,
        preset=[p for p in preset if p in known],
        typed="\n".join(p for p in preset if p not in known), can_write=_can_write(request),
    )  # fmt: skip


@router.get("/briefing/download")
def briefing_download(
    request: Request,
    pair: Annotated[list[str] | None, Query()] = None,
    pairs: str = "",
    format: str = "html",
    as_of: str = "",
    scope: str = "pairs",
) -> Response:
    """The briefing file of the form (``scope=field``: the whole field); reads only."""
    chosen = [] if scope == "field" else parse_pairs(pair or [], pairs)
    return _briefing(request, chosen, format.strip().lower(), as_of.strip())


@router.post("/briefing/download")
def briefing_download_post(
    request: Request,
    format: Annotated[str, Form()],
    pair: Annotated[list[str] | None, Form()] = None,
    pairs: Annotated[str, Form()] = "",
    as_of: Annotated[str, Form()] = "",
    scope: Annotated[str, Form()] = "pairs",
) -> Response:
    """The briefing file of the form (``format`` is required), storing each pair's ACH
    question as ``riftwatch report`` does (opened by this analyst; the gate checks the
    role and CSRF token)."""
    chosen = [] if scope == "field" else parse_pairs(pair or [], pairs)
    return _briefing(request, chosen, format.strip().lower(), as_of.strip(), write=True)


@api_router.get("/report", summary="A briefing (the file `riftwatch report` writes)")
def get_report(
    request: Request,
    pair: Annotated[
        list[str] | None,
        Query(description='A relationship "A/B" (names or ids), repeatable; none: the field.'),
    ] = None,
    format: Annotated[str, Query(description="html or pdf.")] = "html",
    as_of: Annotated[
        str | None, Query(description="Leave out events after YYYY[-MM[-DD]].")
    ] = None,
) -> Response:
    """The self-contained briefing as a download: HTML (no scripts, no network references)
    or PDF. It changes nothing (a stored ACH question is used, none is created). Errors:
    RW620 bad pair, RW621 no PDF support here, RW622 unknown format."""
    return _briefing(request, parse_pairs(pair or [], None), format.strip().lower(), as_of)


__all__ = ["api_router", "briefing_choices", "parse_pairs", "router"]
