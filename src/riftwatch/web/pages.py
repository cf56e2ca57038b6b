"""The HTML pages: server-rendered Jinja2 templates (autoescaped) over :mod:`riftwatch.api`."""

from __future__ import annotations

import re
import secrets
import shutil
import time
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from riftwatch import __version__, api
from riftwatch.analysis.claims import read_as_texts
from riftwatch.errors import RiftwatchError, WebError
from riftwatch.web import api_routes, auth
from riftwatch.web.highlight import mark_events, safe_url, snippet_pieces

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
env.globals["safe_url"] = safe_url
env.globals["version"] = __version__
env.filters["read_as_texts"] = read_as_texts  # evidence sides' "as" words, as the CLI says them

router = APIRouter(include_in_schema=False)

NAV = [
    ("/", "Dashboard"),
    ("/network", "Network"),
    ("/actors", "Actors"),
    ("/documents", "Documents"),
    ("/events", "Events"),
    ("/search", "Search"),
    ("/sources", "Sources"),
    ("/upload", "Upload"),
    ("/failures", "Ingest failures"),
    ("/ach", "ACH"),
    ("/rifts", "Rifts"),
    ("/wedges", "Wedges"),
    ("/exports", "Exports"),
    ("/briefing", "Briefing"),
]


def render(request: Request, template: str, http_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from ``template`` with the layout's context (navigation, store, form token)."""
    store = request.app.state.store
    page = env.get_template(template).render(
        nav=NAV,
        path=request.url.path,
        store_url=api._display_url(store.url),
        form_token=auth.form_token(request),
        user=auth.current_user(request),
        server_mode=request.app.state.server_mode,
        **context,
    )
    return HTMLResponse(page, status_code=http_code)


def error_page(request: Request, exc: RiftwatchError, status_code: int) -> HTMLResponse:
    """The page of a numbered error."""
    return render(
        request, "error.html", status_code, title="Error", error=exc, status_code=status_code
    )


def pager(
    request: Request, total: int, limit: int, offset: int, *, capped: bool = False
) -> dict[str, Any]:
    """Links to the previous and next page, keeping the request's other parameters.

    ``capped``: ``total`` is a lower bound (counting stopped there); the page says "more
    than" and there is always a next page.
    """
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]

    def link(at: int) -> str:
        return request.url.path + "?" + urlencode([*params, ("offset", str(at))])

    return {
        "total": total,
        "capped": capped,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "previous": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total or capped else None,
    }


@router.get("/overview", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    status = api.status(request.app.state.store)
    return render(request, "overview.html", status=status, title="Overview")


@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(api_routes.document_filters)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
) -> HTMLResponse:
    store = request.app.state.store
    page = api_routes.list_documents(store, filters, limit, offset)
    return render(
        request,
        "documents.html",
        title="Documents",
        page=page,
        form=dict(request.query_params),
        pager=pager(request, page["total"], limit, offset),
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(
    request: Request,
    doc_id: str,
    part: Annotated[int, Query(ge=1, description="The part of a long document")] = 1,
    event: Annotated[int | None, Query(ge=1, description="The part showing this event")] = None,
) -> HTMLResponse:
    """A document's text with its events marked in place, one part at a time
    (:mod:`riftwatch.web.reader`: a long document is cut into parts of at most
    ``PART_EVENTS`` events); ``event`` picks the part that shows that event."""
    from riftwatch.web import reader
    from riftwatch.web.write_routes import judgement_context

    store = request.app.state.store
    doc = api.get_document(store, api_routes.document_id(doc_id), sentences=False)
    text = doc["text"] or ""
    parts = reader.document_parts(store, doc["id"], len(text))
    shown = reader.part_of_event(store, doc["id"], event, parts) if event else None
    shown = shown or parts[min(part, len(parts)) - 1]
    events = (
        api.list_events(
            store, document_id=doc["id"], limit=shown.events, offset=shown.event_offset
        )  # fmt: skip
        if shown.events
        else []
    )
    doc["events"] = events
    doc["events_total"] = sum(p.events for p in parts)
    pieces = mark_events(text[shown.start : shown.end], reader.shifted(events, shown.start))

    def link(number: int) -> str:
        return f"/documents/{doc['id']}?part={number}"

    return render(
        request, "document.html", title=doc["title"] or f"Document {doc['id']}", doc=doc,
        pieces=pieces, part=shown, parts=parts, part_link=link, part_events=reader.PART_EVENTS,
        **judgement_context(request, events),
    )  # fmt: skip


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(api_routes.event_filters)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
    after: Annotated[str | None, Query(description="The cursor of the previous page.")] = None,
    at: Annotated[int, Query(ge=1, description="The place of the page's first event.")] = 1,
) -> HTMLResponse:
    store = request.app.state.store
    after = (after or "").strip() or None
    page = api_routes.list_events(store, filters, limit, offset, after=after)
    if after is None:
        links = pager(request, page["total"], limit, offset, capped=page["total_capped"])
    else:
        links = cursor_pager(request, page, at)
    if page["next_cursor"] is not None:  # the next page by cursor: as fast however deep
        following = api_routes.next_link(request, page["next_cursor"])
        assert following is not None
        start = (offset if after is None else at - 1) + len(page["items"]) + 1
        links["next"] = following + f"&at={start}"
    else:
        links["next"] = None
    return render(
        request,
        "events.html",
        title="Events",
        page=page,
        form=dict(request.query_params),
        pager=links,
        modalities=api.MODALITIES,
    )


def cursor_pager(request: Request, page: dict[str, Any], at: int) -> dict[str, Any]:
    """The pager of a page reached by cursor (``after``), its first event the ``at``-th of
    the list: the total counted from the list's start (at least the events up to this
    page's last), a link back to the first page (the browser's back button goes to the
    previous one)."""
    shown = len(page["items"])
    last = at + shown - 1 if shown else at - 1
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in ("offset", "after", "at")]  # fmt: skip
    if page["next_cursor"] is None:  # the list's last page: its last event ends the list
        total, capped = last, False
    elif page["total"] > last:
        total, capped = page["total"], bool(page["total_capped"])
    else:
        total, capped = last, True
    return {
        "total": total,
        "capped": capped,
        "first": at if shown else 0,
        "last": last,
        "previous": request.url.path + ("?" + urlencode(params) if params else ""),
        "previous_label": "↞ first page",
        "next": None,
    }


@router.get("/events/{ev_id}", response_class=HTMLResponse)
def event(request: Request, ev_id: str) -> HTMLResponse:
    ev = api.get_event(request.app.state.store, api_routes.event_id(ev_id))
    sentence = ev["sentence"] or ""
    span = ev["spans"].get("quote")
    local = {"id": ev["id"], "start": 0, "end": len(sentence), "quote": ev["quote"]}
    pieces = mark_events(sentence, [local]) if sentence else []
    # the analysts' verdicts, newest last: what later stages use is the current one (lead45:
    # the page showed the event as coded, with no word of a correction made to it)
    history = api.event_judgements(request.app.state.store, ev["id"])
    return render(request, "event.html", title=f"Event {ev['id']}", ev=ev, pieces=pieces,
                  span=span, history=history)  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: str = "",
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
) -> HTMLResponse:
    store = request.app.state.store
    page = None
    if q.strip():
        page = api_routes.search_page(store, q, limit, offset)
        for hit in page["items"]:
            hit["pieces"] = snippet_pieces(hit["snippet"], hit["marks"])
    return render(
        request,
        "search.html",
        title="Search",
        q=q,
        page=page,
        pager=pager(request, page["total"], limit, offset, capped=page["total_capped"])
        if page
        else None,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request) -> HTMLResponse:
    items = api.list_sources(request.app.state.store)
    return render(request, "sources.html", title="Sources", sources=items)


@router.get("/failures", response_class=HTMLResponse)
def failures(request: Request) -> HTMLResponse:
    return _failures_page(request)


def _failures_page(request: Request, rerun: dict[str, Any] | None = None) -> HTMLResponse:
    from riftwatch.web.write_routes import _can_write

    status = api.status(request.app.state.store)
    return render(
        request, "failures.html", title="Ingest failures", failed=status["failed"],
        last_run=status["last_run"], files=status["files"], can_write=_can_write(request),
        rerun=rerun,
    )  # fmt: skip


@router.post("/failures/rerun", response_class=HTMLResponse)
async def rerun_failures(request: Request) -> HTMLResponse:
    """Read the failed files again (each path once; a file fixed since is ingested, one
    still broken fails again with its reason), code what they add, and show the report.
    The form token is checked by :class:`~riftwatch.web.auth.AuthGate`."""
    result = await run_in_threadpool(_rerun_failed, request)
    return _failures_page(request, rerun=result)


def _rerun_failed(request: Request) -> dict[str, Any]:
    store = request.app.state.store
    paths = sorted({f["path"] for f in api.status(store)["failed"] if f["path"]})
    if not paths:
        return {"files": 0, "documents_added": 0, "failed": 0, "coded": None}
    summary = api.ingest(paths, db=store, analyst=auth.analyst_name(request))
    coded = api.extract_stored(store) if summary.documents_added else None
    done = summary.to_dict()
    return {"files": len(paths), "documents_added": done["documents_added"],
            "failed": done["failed"], "coded": coded}  # fmt: skip


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    return _upload_page(request, result=None, error=None)


def _safe_name(name: str | None, number: int) -> str:
    """A file name safe to write: the last path part, odd characters replaced.

    >>> _safe_name("../../etc/passwd", 1), _safe_name("a b<c>.txt", 2), _safe_name("..", 3)
    ('passwd', 'a b_c_.txt', 'upload-3')
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w.\- ]", "_", base).strip(" .")
    return base[:120] if base else f"upload-{number}"


def save_uploads(folder: Path, files: list[StarletteUpload]) -> Path:
    """Write uploaded files into a new batch folder under ``folder``; returns it."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    batch = folder / f"{stamp}-{secrets.token_hex(4)}"
    batch.mkdir(parents=True, exist_ok=False)
    used: set[str] = set()
    for number, upload in enumerate(files, 1):
        name = _safe_name(upload.filename, number)
        while name.lower() in used:
            name = f"{number}-{name}"
        used.add(name.lower())
        with open(batch / name, "wb") as handle:
            while chunk := upload.file.read(1 << 20):
                handle.write(chunk)
    return batch


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request) -> HTMLResponse:
    """Save the uploaded files in a new batch folder, ingest it, and code it if asked."""
    form = await request.form(max_files=10_000, max_fields=100)
    auth.check_form_token(request, form.get("token"))
    chosen = [f for f in form.getlist("files") if isinstance(f, StarletteUpload) and f.filename]
    if not chosen:
        error = WebError("RW602", detail="choose one or more files")
        return _upload_page(request, 400, result=None, error=error)
    fields = {k: str(form.get(k) or "").strip() for k in
              ("source", "source_type", "reliability", "credibility", "code")}  # fmt: skip
    try:
        context = await run_in_threadpool(_ingest_upload, request, chosen, fields)
    finally:
        await form.close()
    if "error" in context:
        return _upload_page(request, 400, result=None, **context)
    return _upload_page(request, error=None, **context)


def _upload_page(request: Request, http_code: int = 200, **context: Any) -> HTMLResponse:
    """The upload page; its progress line follows the ingest runs after the latest one."""
    last_run = api.ingest_progress(request.app.state.store)["run"]
    return render(request, "upload.html", http_code, title="Upload", last_run=last_run,
                  **context)  # fmt: skip


def _ingest_upload(
    request: Request, files: list[StarletteUpload], fields: dict[str, str]
) -> dict[str, Any]:
    store = request.app.state.store
    batch = save_uploads(request.app.state.upload_dir, files)
    try:
        summary = api.ingest(
            [batch], db=store, source=fields["source"] or None,
            source_type=fields["source_type"] or None,
            reliability=fields["reliability"] or None,
            credibility=fields["credibility"] or None, analyst=auth.analyst_name(request),
        )  # fmt: skip
    except RiftwatchError as exc:  # bad grades: nothing was read; keep no files either
        shutil.rmtree(batch, ignore_errors=True)
        return {"error": exc}
    result = summary.to_dict()
    for failure in result["failures"]:
        failure["name"] = _relative(failure.get("path"), batch)
    coded = api.extract_stored(store) if fields["code"] else None
    new_docs = []
    if summary.documents_added:  # the newest documents: those of this batch among them
        recent = max(api.count_documents(store) - summary.documents_added - 50, 0)
        newest = api.list_documents(store, limit=summary.documents_added + 50, offset=recent)
        new_docs = [d for d in newest if d["path"] and _relative(d["path"], batch) != d["path"]]
    return {"result": result, "coded": coded, "folder": str(batch), "documents": new_docs}


def _relative(path: str | None, folder: Path) -> str:
    if not path:
        return ""
    try:
        return str(Path(path).resolve().relative_to(folder.resolve()))
    except ValueError:
        return path


__all__ = ["error_page", "render", "router"]
