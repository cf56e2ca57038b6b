"""The JSON API under ``/api``: thin routes over :mod:`riftwatch.api`.

Lists answer ``{"total", "limit", "offset", "items"}``; the filters are those of the
command line (``docs list``, ``events list``, ``search``). Errors are numbered (see
:func:`riftwatch.web.app.http_status`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from riftwatch import api
from riftwatch.errors import StoreError, WebError

router = APIRouter(prefix="/api", tags=["store"])

Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many items (1-1000).")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items first.")]


def _store(request: Request) -> Any:
    return request.app.state.store


def document_filters(
    source: Annotated[str | None, Query(description="Only this source (name, any case).")] = None,
    source_type: Annotated[
        str | None, Query(description="Only this source type (news, wire, analysis, ...).")
    ] = None,
    grade: Annotated[str | None, Query(description="Exactly this grade: B2, or B.")] = None,
    min_reliability: Annotated[
        str | None, Query(description="Reliability at least this: B means A or B.")
    ] = None,
    max_credibility: Annotated[
        str | None, Query(description="Credibility at most this: 3 means 1, 2 or 3.")
    ] = None,
    date_from: Annotated[
        str | None,
        Query(alias="from", description="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD)."),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(alias="to", description="Published on or before (up to its last day)."),
    ] = None,
    language: Annotated[str | None, Query(description="Only this language code.")] = None,
    status: Annotated[str | None, Query(description="Only this document status.")] = None,
) -> dict[str, Any]:
    """The document filters of a request (empty values dropped)."""
    given = {
        "source": source, "source_type": source_type, "grade": grade,
        "min_reliability": min_reliability, "max_credibility": max_credibility,
        "date_from": date_from, "date_to": date_to, "language": language, "status": status,
    }  # fmt: skip
    return {k: v.strip() for k, v in given.items() if v not in (None, "") and v.strip()}


def event_filters(
    actor: Annotated[
        str | None, Query(description="Source or target is this actor (id, name, alias).")
    ] = None,
    pair: Annotated[
        list[str] | None, Query(description="Two actors (repeat: pair=A&pair=B).")
    ] = None,
    directed: Annotated[bool, Query(description="With pair: the first is the source.")] = False,
    type: Annotated[
        list[str] | None, Query(description="PLOVER event type (repeat for any).")
    ] = None,
    mode: Annotated[list[str] | None, Query(description="Mode (repeat for any).")] = None,
    modality: Annotated[
        list[str] | None, Query(description="asserted, negated, denied, ... (repeat for any).")
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="Events dated on or after this.")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="Events dated on or before this.")
    ] = None,
    document: Annotated[
        str | None, Query(description="Only this document: numeric or external id.")
    ] = None,
    min_confidence: Annotated[
        str | None, Query(description="Confidence at least this (0-1).")
    ] = None,
    min_reliability: Annotated[
        str | None, Query(description="Source reliability at least this: B means A or B.")
    ] = None,
    max_credibility: Annotated[
        str | None, Query(description="Information credibility at most this.")
    ] = None,
) -> dict[str, Any]:
    """The event filters of a request, named as :func:`riftwatch.api.list_events` takes them."""
    given: dict[str, Any] = {
        "actor": actor, "pair": pair, "event_type": type, "mode": mode, "modality": modality,
        "date_from": date_from, "date_to": date_to, "document_id": document,
        "min_confidence": min_confidence, "min_reliability": min_reliability,
        "max_credibility": max_credibility,
    }  # fmt: skip
    kept: dict[str, Any] = {}
    for key, value in given.items():
        if isinstance(value, list):
            value = [v for v in value if v.strip()]
        elif isinstance(value, str):
            value = value.strip()
        if value not in (None, "", []):
            kept[key] = value
    if directed and "pair" in kept:
        kept["directed"] = True
    return kept


EVENT_FILTER_PARAMS = ("actor", "pair", "type", "mode", "modality", "from", "to", "document",
                      "min_confidence", "min_reliability", "max_credibility")  # fmt: skip
"""The query parameters of :func:`event_filters` as a request names them."""


def refuse_blank(request: Request, names: tuple[str, ...] = EVENT_FILTER_PARAMS) -> None:
    """RW600 naming the parameter when one of ``names`` is given with an empty value
    (``?actor=``): the JSON API, like ``riftwatch events list --actor ""``, refuses it
    rather than reading it as no filter at all (the pages' forms, which send every field,
    drop empty fields instead)."""
    for name, value in request.query_params.multi_items():
        if name in names and not value.strip():
            detail = "an empty value: give one, or leave the parameter out"
            raise WebError("RW600", name=name, detail=detail)


def next_link(request: Request, cursor: str | None) -> str | None:
    """The URL of the page after ``cursor`` (keyset paging): the request's own path and
    parameters with ``offset`` and ``after`` replaced by ``after=cursor``; None without one.

    A next page by cursor costs what the first page does, however deep the list, and
    events added meanwhile do not shift it (an offset reads and skips every earlier match).
    """
    if cursor is None:
        return None
    from urllib.parse import urlencode

    kept = [(k, v) for k, v in request.query_params.multi_items()
            if k not in ("offset", "after", "at")]  # fmt: skip
    return request.url.path + "?" + urlencode([*kept, ("after", cursor)])


def document_id(raw: str) -> int:
    """A path's document id as a number; anything else is an unknown document (RW302)."""
    if not raw.isdigit():
        raise StoreError("RW302", id=raw)
    return int(raw)


def event_id(raw: str) -> int:
    """A path's event id as a number; anything else is an unknown event (RW307)."""
    if not raw.isdigit():
        raise StoreError("RW307", id=raw)
    return int(raw)


def list_documents(store: Any, filters: dict[str, Any], limit: int, offset: int) -> dict:
    """One page of documents and the total that match ``filters``."""
    items = api.list_documents(store, limit=limit, offset=offset, **filters)
    total = api.count_documents(store, **filters)
    return {"total": total, "limit": limit, "offset": offset, "filters": filters, "items": items}


TOTAL_CAP = 1000
"""A filtered event list counts at most this many events past its page's start: on a
large store, counting every match of a common filter costs more than the page."""


def list_events(
    store: Any,
    filters: dict[str, Any],
    limit: int,
    offset: int,
    *,
    exact: bool = False,
    after: str | None = None,
) -> dict:
    """One page of events and the total that match ``filters``.

    Without filters (or with ``exact``) the total is exact. With filters, counting stops
    ``TOTAL_CAP`` events past ``offset``: ``total_capped`` is then True and ``total`` is a
    lower bound ("at least"), which is all a pager needs. ``after``: the page follows
    this cursor (keyset paging); ``next_cursor`` is the cursor of the page's last event
    when more events follow it (None: the list ends with this page).
    """
    chosen = api.EventFilters.of(filters)
    items = api.list_events(store, chosen, limit=limit + 1, offset=offset, after=after)
    if exact or not chosen:
        total, capped = api.count_events(store, chosen), False
    else:
        ceiling = offset + TOTAL_CAP
        if after is None and items:
            # the page's events and the ``offset`` before them are known to match: count
            # on from the last one read, not again from the list's start (a deep offset
            # would otherwise be read twice)
            seen = offset + len(items)
            rest = ceiling + 1 - seen
            cursor = api.event_cursor(items[-1])
            counted = seen + (api.count_events(store, chosen, cap=rest, after=cursor)
                              if rest > 0 else 0)  # fmt: skip
        else:
            counted = api.count_events(store, chosen, cap=ceiling + 1)
        total, capped = min(counted, ceiling), counted > ceiling
    more = len(items) > limit  # one event past the page read: is there a next page?
    items = items[:limit]
    return {"total": total, "total_capped": capped, "limit": limit, "offset": offset,
            "after": after, "next_cursor": api.event_cursor(items[-1]) if more else None,
            "filters": filters, "items": items}  # fmt: skip


def document_with_events(store: Any, doc_id: int, *, limit: int = 5000) -> dict[str, Any]:
    """A document (text, sentences) with its coded events (at most ``limit``)."""
    document = api.get_document(store, doc_id)
    document["events"] = api.list_events(store, document_id=doc_id, limit=limit)
    shown = len(document["events"])  # a short list is all of them: no need to count
    document["events_total"] = (
        shown if shown < limit else api.count_events(store, document_id=doc_id)
    )
    return document


def search_page(store: Any, query: str, limit: int, offset: int) -> dict[str, Any]:
    """One page of search hits and their total."""
    if not query.strip():
        raise WebError("RW600", name="q", detail="give a query, e.g. shelter* OR sanctuary")
    items = api.search(store, query, limit=limit, offset=offset)
    ceiling = offset + TOTAL_CAP
    counted = api.count_search(store, query, cap=ceiling + 1)
    total, capped = min(counted, ceiling), counted > ceiling
    return {"query": query, "total": total, "total_capped": capped, "limit": limit,
            "offset": offset, "items": items}  # fmt: skip


@router.get("/documents", summary="List documents")
def get_documents(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(document_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored documents in id order, each with its ``id``, grade, source, date and status."""
    return list_documents(_store(request), filters, limit, offset)


@router.get("/documents/{doc_id}", summary="One document with text, sentences and events")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    """The document's text, metadata, ``sentences`` (offsets) and coded ``events``."""
    return document_with_events(_store(request), document_id(doc_id))


@router.get("/events", summary="List coded events")
def get_events(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(event_filters)],
    limit: Limit = 100,
    offset: Offset = 0,
    exact_total: Annotated[
        bool,
        Query(description="Count every matching event for `total` (slower on large stores)."),
    ] = False,
    after: Annotated[
        str | None,
        Query(
            description="Keyset paging: the `next_cursor` of the previous page; the "
            "events that follow it (as fast deep in the list as at its start)."
        ),
    ] = None,
) -> dict[str, Any]:
    """Stored events with the filters of ``riftwatch events list``.

    ``total`` counts the matching events; with filters, counting stops 1,000 events past
    ``offset`` unless ``exact_total`` is given: ``total_capped`` is then True and
    ``total`` means "at least this many". Pages come by ``offset`` or, for deep or
    changing lists, by cursor: ``next_cursor`` (None on the last page) passed back as
    ``after``; ``next`` is the URL of the next page by cursor. A filter parameter given
    empty (``actor=``) is refused (RW600 naming it), as the command line refuses it.
    """
    refuse_blank(request)
    page = list_events(_store(request), filters, limit, offset, exact=exact_total, after=after)
    page["next"] = next_link(request, page["next_cursor"])
    return page


@router.get("/events/{ev_id}", summary="One event with its spans and document")
def get_event(request: Request, ev_id: str) -> dict[str, Any]:
    """An event as ``riftwatch events show`` prints it."""
    return api.get_event(_store(request), event_id(ev_id))


@router.get("/search", summary="Full-text search over sentences")
def get_search(
    request: Request,
    q: Annotated[str, Query(description='Words, "a phrase", AND, OR, NOT, -word, ( ), prefix*.')],
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Matching sentences, best first, with snippets (matched words in ``[ ]``, ``marks``;
    the plain ``snippet_text`` with the hits' offsets in ``snippet_hits``).

    ``total`` counts at most 1,000 sentences past ``offset``: ``total_capped`` True means
    "at least ``total``"."""
    return search_page(_store(request), q, limit, offset)


@router.get("/sources", summary="Sources with their effective grades")
def get_sources(request: Request) -> dict[str, Any]:
    """Every source, its effective grade, where the grade comes from and its documents."""
    items = api.list_sources(_store(request))
    return {"total": len(items), "items": items}


@router.get("/ingest/progress", summary="The latest ingest run as it goes")
def get_ingest_progress(request: Request) -> dict[str, Any]:
    """The latest ingest run: its status and the files it has read so far by status, with
    the documents they stored (``api.ingest_progress``); the upload form shows it while an
    upload is ingested."""
    return api.ingest_progress(_store(request))


@router.get("/status", summary="Counts, failures and the last ingest run")
def get_status(request: Request) -> dict[str, Any]:
    """What ``riftwatch status --format json`` prints (the counts of sentences and events
    kept between changes of the store, as the dashboard's)."""
    from riftwatch.web.dashboard import served_status

    return served_status(_store(request))
