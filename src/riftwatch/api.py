"""The public Python API. The CLI and the web application call only these functions.

Every function takes ``db``: an open :class:`~riftwatch.store.Store`, or anything
:func:`~riftwatch.store.open_store` accepts (a SQLite path, a SQLAlchemy URL, a
``postgresql://`` URL, or None for ``RIFTWATCH_DB``/the default file).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> note = "The Haqqani network sheltered Al Qaeda fighters. They paid."
>>> _ = (folder / "note.txt").write_text(note)
>>> store = connect(folder / "rw.db")
>>> ingest([folder / "note.txt"], db=store, source_type="news").documents_added
1
>>> status(store)["sentences"]
2
>>> [hit["document_id"] for hit in search(store, "sheltered")]
[1]
>>> store.close()
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.exc import DBAPIError

from riftwatch import settings
from riftwatch.errors import ConfigError, IngestError, NLPError, RiftwatchError, StoreError
from riftwatch.filters import EventFilters
from riftwatch.ingest.grading import GradingTable
from riftwatch.ingest.pipeline import Ingester, IngestSummary, ProgressFn
from riftwatch.ingest.readers import ReadOptions
from riftwatch.ingest.readers.jsonl import DATE_ORDERS
from riftwatch.model import RELIABILITY, parse_credibility, parse_reliability, parse_source_type
from riftwatch.store import Store, open_store
from riftwatch.store.tables import (
    Document,
    EventRow,
    IngestFailure,
    IngestFile,
    IngestRun,
    SentenceRow,
    Source,
    utcnow,
)

DB = Store | str | os.PathLike[str] | None


def connect(db: DB = None, *, create: bool = True) -> Store:
    """Open (and migrate) a store; with ``create=False`` a missing one is StoreError RW305."""
    return db if isinstance(db, Store) else open_store(db, create=create)


@contextmanager
def _store(db: DB, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The store of one call. Read functions never create one (RW305 instead)."""
    if isinstance(db, Store):
        yield db
    else:
        store = open_store(db, create=create)
        try:
            yield store
        finally:
            store.close()


def init_store(db: DB = None) -> dict[str, Any]:
    """Create the store (or bring an existing one to the newest schema): ``riftwatch init``.

    Returns ``{"store", "created", "revision", "documents"}``.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "new" / "rw.db"
    >>> init_store(path)["created"], init_store(path)["created"]
    (True, False)
    """
    from riftwatch.store.engine import current_revision, display_url, store_exists

    existed = isinstance(db, Store) or store_exists(db)
    with _store(db, create=True) as store, store.engine.connect() as conn:
        documents = conn.scalar(select(func.count()).select_from(Document)) or 0
        return {
            "store": display_url(store.url),
            "created": not existed,
            "revision": current_revision(store.engine),
            "documents": documents,
        }


def parse_columns(spec: str | Sequence[str] | None) -> dict[str, str]:
    """Parse a column mapping ``"text=body,title=headline"`` (or a list of pairs).

    >>> parse_columns("text=body, date=published")
    {'text': 'body', 'date': 'published'}
    """
    if not spec:
        return {}
    parts = spec.split(",") if isinstance(spec, str) else [p for s in spec for p in s.split(",")]
    mapping: dict[str, str] = {}
    for part in parts:
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ConfigError("RW006", field="columns", value=part.strip())
        mapping[key.strip().lower()] = value.strip()
    return mapping


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    db: DB = None,
    source: str | None = None,
    source_type: str | None = None,
    reliability: str | None = None,
    credibility: int | str | None = None,
    columns: dict[str, str] | str | None = None,
    grading_file: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
    analyst: str | None = None,
    date_order: str | None = None,
) -> IngestSummary:
    """Ingest files and folders; see :mod:`riftwatch.ingest.pipeline`.

    ``source``, ``source_type``, ``reliability`` and ``credibility`` apply to
    documents that do not set them themselves (field or sidecar). Invalid
    grades raise :class:`~riftwatch.errors.ConfigError` before anything is read.
    ``date_order`` (``dmy`` or ``mdy``) says how CSV and JSON records write dates in
    numbers that read either way (``03/08/2021``); by default each file's unambiguous
    dates tell, else month first.
    With ``analyst`` (an upload in the workbench) the run is written to the audit log.
    """
    overrides: dict[str, Any] = {"source": source}
    if source_type:
        overrides["source_type"] = parse_source_type(source_type)
    if reliability:
        overrides["reliability"] = parse_reliability(reliability)
    if credibility not in (None, ""):
        overrides["credibility"] = parse_credibility(credibility)
    mapping = parse_columns(columns) if isinstance(columns, str) else dict(columns or {})
    if date_order is not None:
        date_order = date_order.strip().lower()
        if date_order not in DATE_ORDERS:
            raise _bad_value("date_order", date_order, "use dmy (day first) or mdy (month first)")
    options = ReadOptions(
        columns=mapping,
        max_chars=int(settings.get("max_document_chars")),
        date_order=date_order,
    )
    grading = GradingTable.load(grading_file)
    with _store(db, create=True) as store:
        ingester = Ingester(
            store,
            grading=grading,
            read_options=options,
            overrides=overrides,
            force=force,
            progress=progress,
        )
        summary = ingester.run(paths)
        if analyst:
            from riftwatch.store import audit

            counts = summary.to_dict()
            kept = ("files", "documents_added", "documents_unchanged", "duplicates", "failed")
            with store.engine.begin() as conn:
                after = {**{k: counts.get(k) for k in kept}, "overrides": overrides}
                audit.record(conn, analyst, "upload", "ingest_run", summary.run_id, after=after)
        return summary


def ingest_progress(db: DB = None) -> dict[str, Any]:
    """The latest ingest run as it goes: ``run`` (its id, None before any),
    ``status`` (running, finished, interrupted), ``started_at``, ``finished_at``, and the
    files it has read so far by status (``files``: ``{"done": 3, "failed": 1, ...}``; a
    file being read is ``running``) with the ``documents`` they stored. Read from the
    store, so another process (a second server worker, the command line) sees it too.
    """
    with _store(db) as store, store.engine.connect() as conn:
        run = conn.execute(select(IngestRun).order_by(IngestRun.id.desc()).limit(1)).first()
        if run is None:
            return {"run": None, "status": None, "started_at": None, "finished_at": None,
                    "files": {}, "documents": 0}  # fmt: skip
        mine = IngestFile.run_id == run.id
        files = _sorted_counts(
            conn.execute(select(IngestFile.status, func.count()).where(mine)
                         .group_by(IngestFile.status))
        )  # fmt: skip
        documents = conn.scalar(select(func.coalesce(func.sum(IngestFile.documents), 0))
                                .where(mine))  # fmt: skip
    return {
        "run": run.id, "status": run.status,
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "files": files, "documents": int(documents or 0),
    }  # fmt: skip


def status(
    db: DB = None, *, large_counts: Callable[[Any, Any], tuple[int, int]] | None = None
) -> dict[str, Any]:
    """Counts, failures and the last run: the ``status`` command's data.

    ``large_counts(store, conn)``: the numbers of sentences and events (the two counts
    that scan a large table), e.g. kept by the web workbench between changes of the store
    (:func:`riftwatch.web.dashboard.served_status`); by default counted now.
    """
    with _store(db) as store, store.engine.connect() as conn:
        documents = conn.scalar(select(func.count()).select_from(Document)) or 0
        if large_counts is None:
            sentences, events = _large_counts(store, conn)
        else:
            sentences, events = large_counts(store, conn)
        origin_groups = conn.scalar(select(func.count(func.distinct(Document.origin_id)))) or 0
        # counts in key order, sorted here: the two stores group in different orders
        languages = _sorted_counts(
            conn.execute(select(Document.language, func.count()).group_by(Document.language))
        )
        source_types = _sorted_counts(
            conn.execute(select(Document.source_type, func.count()).group_by(Document.source_type))
        )
        files = _sorted_counts(
            conn.execute(select(IngestFile.status, func.count()).group_by(IngestFile.status))
        )
        failed = [
            {
                "path": row.path,
                "line": row.line,
                "code": row.code,
                "error": f"{row.code} {row.message}",
            }
            for row in conn.execute(
                select(IngestFailure).order_by(IngestFailure.path, IngestFailure.line)
            )
        ]
        # by path (code points, not the server's collation), a whole file's failure first
        failed.sort(key=lambda f: (f["path"], -1 if f["line"] is None else f["line"]))
        last = conn.execute(select(IngestRun).order_by(IngestRun.id.desc()).limit(1)).first()
        last_run = None
        if last is not None:
            run = last[0] if not hasattr(last, "id") else last
            last_run = {
                "id": run.id,
                "status": run.status,
                "started_at": run.started_at.isoformat() if run.started_at else None,
                "finished_at": run.finished_at.isoformat() if run.finished_at else None,
            }
    return {
        "store": _display_url(store.url),
        "documents": documents,
        "sentences": sentences,
        "events": events,
        "origin_groups": origin_groups,
        "languages": languages,
        "source_types": source_types,
        "files": files,
        "failed": failed,
        "last_run": last_run,
    }


def _large_counts(store: Any, conn: Any) -> tuple[int, int]:
    """The numbers of stored sentences and events (a scan of each table)."""
    sentences = conn.scalar(select(func.count()).select_from(SentenceRow)) or 0
    events = 0
    if store.has_table("events"):
        events = conn.scalar(text("SELECT count(*) FROM events")) or 0
    return int(sentences), int(events)


def _sorted_counts(rows: Iterable[Any]) -> dict[Any, int]:
    """``{key: count}`` of ``(key, count)`` rows in key order (None first)."""
    return dict(
        sorted(((k, int(n)) for k, n in rows), key=lambda kv: (kv[0] is not None, kv[0] or ""))
    )


def _display_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _doc_summary(doc: Document, source_name: str | None) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "date_origin": doc.date_origin,
        "source": source_name,
        "source_type": doc.source_type,
        "reliability": doc.reliability,
        "credibility": doc.credibility,
        "grade": f"{doc.reliability}{doc.credibility}",
        "language": doc.language,
        "status": doc.status,
        "origin_id": doc.origin_id,
        "path": doc.path,
        "locator": doc.locator,
        "chars": doc.char_count,
    }


def _document_filters(
    *,
    source: str | None = None,
    source_type: str | None = None,
    language: str | None = None,
    status: str | None = None,
    grade: str | None = None,
    min_reliability: str | None = None,
    max_credibility: int | str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[Any]:
    """The SQL conditions of :func:`list_documents`' filters (validated first)."""
    where: list[Any] = []
    if source:
        where.append(func.lower(Source.name) == source.lower())
    if source_type:
        where.append(Document.source_type == parse_source_type(source_type))
    if language:
        where.append(Document.language == language)
    if status:
        where.append(Document.status == status)
    if grade not in (None, ""):
        text_grade = str(grade).strip().upper()
        if not 1 <= len(text_grade) <= 2:
            raise _bad_value("grade (--grade)", grade, "use a grade such as B2, or B")
        where.append(Document.reliability == parse_reliability(text_grade[0]))
        if len(text_grade) == 2:
            where.append(Document.credibility == parse_credibility(text_grade[1]))
    if min_reliability not in (None, ""):
        floor = parse_reliability(min_reliability)
        where.append(Document.reliability.in_(RELIABILITY[: RELIABILITY.index(floor) + 1]))
    if max_credibility not in (None, ""):
        where.append(Document.credibility <= parse_credibility(max_credibility))
    if date_from not in (None, "") or date_to not in (None, ""):
        day = type_coerce(func.substr(Document.published, 1, 10), String)
        where.append(Document.published.is_not(None))
        if date_from not in (None, ""):
            bound = _date_bound(str(date_from), "date from (--from)", end=False)
            where.append(_padded(day, end=True) >= bound)
        if date_to not in (None, ""):
            bound = _date_bound(str(date_to), "date to (--to)", end=True)
            where.append(_padded(day, end=False) <= bound)
    return where


def list_documents(
    db: DB = None,
    *,
    limit: int = 50,
    offset: int = 0,
    source: str | None = None,
    source_type: str | None = None,
    language: str | None = None,
    status: str | None = None,
    grade: str | None = None,
    min_reliability: str | None = None,
    max_credibility: int | str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict[str, Any]]:
    """Stored documents in id order, filtered by the given fields (all combined with AND).

    ``grade`` is exact (``"B2"``, or ``"B"`` for any credibility); ``min_reliability``
    ("B": A or B) and ``max_credibility`` (3: 1, 2 or 3) bound it as in
    :func:`list_events`; ``date_from``/``date_to`` (``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD``) keep documents whose publication date overlaps the range (undated
    documents never match a date filter). Invalid values raise ConfigError (RW002,
    RW003, RW004, RW007).
    """
    where = _document_filters(
        source=source, source_type=source_type, language=language, status=status,
        grade=grade, min_reliability=min_reliability, max_credibility=max_credibility,
        date_from=date_from, date_to=date_to,
    )  # fmt: skip
    limit, offset = _limit_of(limit), _count_of(offset, "offset (--offset)")
    with _store(db) as store, store.new_session() as session:
        # the page's ids first, read along the id index (a deep offset skips index entries,
        # not whole documents with their text), then those documents' rows
        # (the join is dropped by both databases when no filter reads the source's name)
        ids = (
            select(Document.id)
            .outerjoin(Source, Document.source_id == Source.id)
            .where(*where)
            .order_by(Document.id)
        )
        page = list(session.execute(ids.limit(limit).offset(offset)).scalars())
        if not page:
            return []
        query = (
            select(Document, Source.name)
            .outerjoin(Source, Document.source_id == Source.id)
            .where(Document.id.in_(page))
            .order_by(Document.id)
        )
        return [_doc_summary(doc, name) for doc, name in session.execute(query).all()]


def count_documents(db: DB = None, **filters: Any) -> int:
    """How many stored documents match :func:`list_documents`' filters (no paging)."""
    where = _document_filters(**filters)
    query = (
        select(func.count())
        .select_from(Document)
        .outerjoin(Source, Document.source_id == Source.id)
        .where(*where)
    )
    with _store(db) as store, store.engine.connect() as conn:
        return int(conn.scalar(query) or 0)


def get_document(db: DB, doc_id: int, *, sentences: bool = True) -> dict[str, Any]:
    """One document with its text, grade origin, origin group and sentences.

    ``date_origin`` says where ``published`` came from (``text:dateline``,
    ``metadata:pdf``, ...; see :mod:`riftwatch.ingest.dates`), ``date_origin_text`` says
    it in words ("the text's dateline").
    """
    from riftwatch.dates import describe_origin

    with _store(db) as store, store.new_session() as session:
        doc = session.get(Document, doc_id)
        if doc is None:
            raise StoreError("RW302", id=doc_id)
        out = _doc_summary(doc, doc.source.name if doc.source else None)
        group = session.execute(
            select(Document.id).where(Document.origin_id == doc.origin_id).order_by(Document.id)
        ).scalars()
        out.update(
            url=doc.url,
            external_id=doc.external_id,
            published_precision=doc.published_precision,
            date_origin_text=describe_origin(doc.date_origin),
            language_confidence=doc.language_confidence,
            grade_origin=doc.grade_origin,
            origin_similarity=doc.origin_similarity,
            origin_group=list(group),
            reader=doc.reader,
            encoding=doc.encoding,
            meta=doc.meta,
            error=doc.error,
            created_at=doc.created_at.isoformat() if doc.created_at else None,
            text=doc.text,
        )
        if sentences:
            out["sentences"] = [
                {"index": s.idx, "start": s.start, "end": s.end, "text": s.text}
                for s in doc.sentences
            ]
        return out


RANK_POOL = 2_000
"""How many hits :func:`search` ranks at most: of more, the shortest sentences (then the
lowest ids), which BM25 favours anyway; a page past them is empty."""


def search(db: DB, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Full-text search over sentences, best match first, with a highlighted snippet.

    One syntax on both stores (see :mod:`riftwatch.store.query` and ``docs/search.md``):
    words (all must occur), ``"quoted phrases"``, ``OR``, ``NOT`` or ``-word``,
    parentheses and ``prefix*``; case and diacritics are ignored, words are not stemmed.
    Both stores find the same sentences in the same order: relevance is BM25 computed
    by riftwatch over the hits (:func:`riftwatch.store.query.rank`), then sentence id;
    of more than :data:`RANK_POOL` hits, the shortest sentences are ranked.
    An invalid query raises StoreError RW304 saying what is wrong and where; ``limit`` < 1
    or ``offset`` < 0 raise ConfigError RW007.

    Each hit has ``snippet`` (matched words in ``[`` ``]``, for reading) and ``marks``, the
    ``[start, end)`` offsets of the matched stretches in the snippet; and, for programs,
    ``snippet_text`` (the same snippet with no brackets added: only the text's own) with
    ``snippet_hits``, the ``[start, end)`` offsets of the matched stretches in it.
    """
    from riftwatch.store.query import highlight, parse, rank, to_fts5, to_tsquery, unbracketed

    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise _bad_value("limit (--limit)", limit, "use a whole number, 1 or more")
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise ConfigError("RW007", value=offset, name="offset", detail="give a whole number >= 0")
    tree = parse(query)
    columns = (
        's.id, s.document_id, s.idx, s.start, s."end", s.text, '
        "d.title, d.published, d.reliability, d.credibility, d.external_id"
    )
    with _store(db) as store, store.engine.connect() as conn:
        # the index finds the sentences; riftwatch ranks them itself (query.rank), so that
        # both stores give the same hits in the same order, then the page is joined
        # (of very many hits, the RANK_POOL shortest are ranked: the same on both stores)
        if store.dialect == "sqlite":
            found = text(
                "SELECT s.id, s.text FROM sentences_fts JOIN sentences s "
                "ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH :q "
                "ORDER BY length(s.text), s.id LIMIT :pool"
            )
            params = {"q": to_fts5(tree), "pool": RANK_POOL}
        else:
            found = text(
                "SELECT id, text FROM sentences WHERE tsv @@ CAST(:q AS tsquery) "
                "ORDER BY length(text), id LIMIT :pool"
            )
            params = {"q": to_tsquery(tree), "pool": RANK_POOL}
        try:
            ranked = rank(tree, ((r.id, r.text) for r in conn.execute(found, params)))
        except DBAPIError as exc:  # a bug in the translation, not the user's query
            raise StoreError("RW304", query=query, detail=_first_line(exc.orig)) from None
        page = ranked[offset : offset + limit]
        fetched = {}
        if page:
            sql = text(
                f"SELECT {columns} FROM sentences s JOIN documents d ON d.id = s.document_id "
                "WHERE s.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True))
            fetched = {r.id: r for r in conn.execute(sql, {"ids": page})}
        rows = [fetched[sid] for sid in page if sid in fetched]
    hits = []
    for r in rows:
        snippet, marks = highlight(r.text, tree)
        plain, plain_hits = unbracketed(snippet, marks)
        hits.append(
            {
                "sentence_id": r.id,
                "document_id": r.document_id,
                "doc_id": _doc_ref(r.external_id, r.document_id),
                "sentence_index": r.idx,
                "start": r.start,
                "end": r.end,
                "snippet": snippet,
                "marks": marks,
                "snippet_text": plain,
                "snippet_hits": plain_hits,
                "title": r.title,
                "published": r.published,
                "grade": f"{r.reliability}{r.credibility}",
            }
        )
    return hits


def count_search(db: DB, query: str, *, cap: int | None = None) -> int:
    """How many sentences :func:`search` finds for ``query`` (no paging); RW304 if invalid.

    With ``cap``, counting stops at ``cap`` sentences (the answer is the smaller of the
    two), as :func:`count_events` does.
    """
    from riftwatch.store.query import parse, to_fts5, to_tsquery

    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
        raise _bad_value("cap", cap, "use a whole number, 1 or more")
    tree = parse(query)
    limit = "" if cap is None else f" LIMIT {int(cap)}"
    with _store(db) as store, store.engine.connect() as conn:
        if store.dialect == "sqlite":
            sql = text("SELECT count(*) FROM (SELECT 1 FROM sentences_fts "
                       f"WHERE sentences_fts MATCH :q{limit}) AS hits")  # fmt: skip
            params = {"q": to_fts5(tree)}
        else:
            sql = text("SELECT count(*) FROM (SELECT 1 FROM sentences s "
                       f"WHERE s.tsv @@ CAST(:q AS tsquery){limit}) AS hits")  # fmt: skip
            params = {"q": to_tsquery(tree)}
        try:
            return int(conn.execute(sql, params).scalar() or 0)
        except DBAPIError as exc:
            raise StoreError("RW304", query=query, detail=_first_line(exc.orig)) from None


def _first_line(exc: BaseException | None) -> str:
    message = str(exc or "").strip()
    return message.splitlines()[0] if message else type(exc).__name__


GRADE_ORIGINS = {
    "source": "analyst",
    "grading:source": "grading file (source)",
    "grading:source_type": "grading file (type)",
    "grading:source_word": "grading file (a word of the name)",
    "grading:default": "default",
}
"""How ``list_sources`` names where a source's effective grade comes from."""


def list_sources(
    db: DB = None, *, grading_file: str | os.PathLike[str] | None = None
) -> list[dict[str, Any]]:
    """Sources with their effective grades, where each comes from, and document counts.

    The effective grade is what a new document from the source gets when it says
    nothing itself: the analyst's grade (``sources grade``), else the grading file's
    entry for the source, else its entry for the source type, else its default.
    ``grade_origin`` names the layer per field (``source`` = the analyst,
    ``grading:source``, ``grading:source_type``, ``grading:default``) and ``origin``
    says the same in words; ``analyst`` holds what an analyst set (None when nothing).
    """
    grading = GradingTable.load(grading_file)
    with _store(db) as store, store.new_session() as session:
        counts = dict(
            session.execute(
                select(Document.source_id, func.count()).group_by(Document.source_id)
            ).all()
        )
        from riftwatch.store.collation import code_point

        rows = session.execute(select(Source).order_by(code_point(Source.name))).scalars().all()
        out = []
        for s in rows:
            stored = {
                "source_type": s.source_type,
                "reliability": s.reliability,
                "credibility": s.credibility,
            }
            graded = grading.grade(source=s.name, stored_source=stored)
            out.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "source_type": graded.source_type,
                    "reliability": graded.reliability,
                    "credibility": graded.credibility,
                    "grade": f"{graded.reliability}{graded.credibility}",
                    "grade_origin": graded.origin,
                    "origin": _origin_words(graded.origin),
                    "analyst": stored if any(v is not None for v in stored.values()) else None,
                    "graded_by": s.graded_by,
                    "graded_at": s.graded_at.isoformat() if s.graded_at else None,
                    "documents": counts.get(s.id, 0),
                }
            )
        return out


def _origin_words(origin: dict[str, str]) -> str:
    """``{"source_type": "source", ...}`` in words, fields with one origin together.

    >>> _origin_words({"source_type": "source", "reliability": "source", "credibility": "source"})
    'analyst'
    >>> _origin_words({"source_type": "grading:default", "reliability": "grading:source_type",
    ...                "credibility": "grading:source_type"})
    'type: default; grade: grading file (type)'
    >>> _origin_words({"source_type": "source", "reliability": "source",
    ...                "credibility": "grading:source"})
    'type, reliability: analyst; credibility: grading file (source)'
    """
    groups: dict[str, list[str]] = {}
    for field_name in ("source_type", "reliability", "credibility"):
        label = GRADE_ORIGINS.get(origin.get(field_name, ""), origin.get(field_name, "?"))
        groups.setdefault(label, []).append(field_name)
    if len(groups) == 1:
        return next(iter(groups))
    words = {"source_type": "type", "reliability": "reliability", "credibility": "credibility"}
    parts = []
    for label, fields in groups.items():
        named = (
            "grade"
            if fields == ["reliability", "credibility"]
            else ", ".join(words[f] for f in fields)
        )
        parts.append(f"{named}: {label}")
    return "; ".join(parts)


def _close_source_names(session: Any, name: str, limit: int = 3) -> list[str]:
    """Stored source names close to ``name`` (a typo, a missing word), best first."""
    from rapidfuzz import fuzz, utils

    wanted = utils.default_process(name)
    scored = []
    for candidate in session.scalars(select(Source.name)):
        other = utils.default_process(candidate)
        # WRatio forgives missing words, token_sort_ratio prefers the same length
        score = (fuzz.WRatio(wanted, other) + fuzz.token_sort_ratio(wanted, other)) / 2
        if score >= 60:
            scored.append((-score, candidate))
    return [candidate for _score, candidate in sorted(scored)[:limit]]


def grade_source(
    db: DB,
    name: str,
    *,
    source_type: str | None = None,
    reliability: str | None = None,
    credibility: int | str | None = None,
    analyst: str | None = None,
    create: bool = False,
) -> dict[str, Any]:
    """Set a source's grades; documents whose grades came from defaults follow.

    Documents whose grade was set explicitly (their own field, sidecar or a
    command-line option) keep it. Returns the source and the number of
    documents re-graded. The store must exist (RW305). A name that matches no
    stored source (case-insensitively) is StoreError RW303 naming the close
    matches, unless ``create`` is true: then the source is added.
    """
    if not name or not name.strip():
        raise ConfigError("RW007", value=name, name="source name", detail="give a name")
    values: dict[str, Any] = {}
    if source_type:
        values["source_type"] = parse_source_type(source_type)
    if reliability:
        values["reliability"] = parse_reliability(reliability)
    if credibility not in (None, ""):
        values["credibility"] = parse_credibility(credibility)
    if not values:
        raise ConfigError(
            "RW001", name="grade", detail="give --type, --reliability or --credibility"
        )
    analyst = analyst or os.environ.get("USER") or "analyst"
    inherited = {
        "source", "grading:source", "grading:source_word", "grading:source_type", "grading:default"
    }  # fmt: skip
    regraded = 0
    with _store(db) as store, store.new_session() as session, session.begin():
        source = session.scalars(
            select(Source).where(func.lower(Source.name) == name.strip().lower())
        ).first()
        graded = ("source_type", "reliability", "credibility")
        before = {k: getattr(source, k) for k in graded} if source is not None else None
        if source is None and not create:
            close = _close_source_names(session, name)
            detail = (
                "did you mean " + ", ".join(repr(c) for c in close) + "?"
                if close
                else "no stored source has a similar name (see `riftwatch sources list`)"
            )
            raise StoreError(
                "RW303", name=name, detail=detail + " Add it as a new source with --create."
            )
        if source is None:
            source = Source(name=name.strip(), created_at=utcnow())
            session.add(source)
            session.flush()
        for key, value in values.items():
            setattr(source, key, value)
        source.graded_by = analyst
        source.graded_at = utcnow()
        grading = GradingTable.load()
        for doc in session.scalars(select(Document).where(Document.source_id == source.id)):
            origin = dict(doc.grade_origin or {})
            record = {
                k: getattr(doc, k)
                for k in ("source_type", "reliability", "credibility")
                if origin.get(k) not in inherited
            }
            new = grading.grade(
                source=source.name,
                record=record,
                stored_source={
                    "source_type": source.source_type,
                    "reliability": source.reliability,
                    "credibility": source.credibility,
                },
            )
            for layer_name in ("source_type", "reliability", "credibility"):
                if origin.get(layer_name) not in inherited:
                    new.origin[layer_name] = origin.get(layer_name, "document")
            changed = (new.source_type, new.reliability, new.credibility) != (
                doc.source_type,
                doc.reliability,
                doc.credibility,
            )
            doc.source_type, doc.reliability, doc.credibility = (
                new.source_type,
                new.reliability,
                new.credibility,
            )
            doc.grade_origin = new.origin
            regraded += changed
        out = {
            "id": source.id,
            "name": source.name,
            "source_type": source.source_type,
            "reliability": source.reliability,
            "credibility": source.credibility,
            "graded_by": source.graded_by,
            "documents_regraded": regraded,
        }
        from riftwatch.store import audit

        after = {**{k: out[k] for k in graded}, "documents_regraded": regraded}
        audit.record(session, analyst, "source.grade", "source", source.name, before=before,
                     after=after)  # fmt: skip
    return out


def grade_document(
    db: DB,
    doc_id: int,
    *,
    reliability: str | None = None,
    credibility: int | str | None = None,
    analyst: str | None = None,
) -> dict[str, Any]:
    """Set one document's own grade (reliability A-F, credibility 1-6), as an analyst's
    (``docs grade``; the workbench's document page). Its ``grade_origin`` says
    ``analyst`` for the fields set, so a later ``sources grade`` leaves them alone; its
    events' grades follow (an event's own credibility override still wins). Audited as
    ``document.grade`` with the grade before and after. RW302 unknown document, RW002 /
    RW003 bad grade, RW001 nothing given.
    """
    values: dict[str, Any] = {}
    if reliability not in (None, ""):
        values["reliability"] = parse_reliability(str(reliability))
    if credibility not in (None, ""):
        values["credibility"] = parse_credibility(credibility)
    if not values:
        raise ConfigError("RW001", name="grade", detail="give --reliability or --credibility")
    analyst = analyst or os.environ.get("USER") or "analyst"
    with _store(db) as store, store.new_session() as session, session.begin():
        doc = session.get(Document, doc_id)
        if doc is None:
            raise StoreError("RW302", id=doc_id)
        origin = dict(doc.grade_origin or {})
        before = {"reliability": doc.reliability, "credibility": doc.credibility,
                  "grade_origin": dict(origin)}  # fmt: skip
        for key, value in values.items():
            setattr(doc, key, value)
            origin[key] = "analyst"
        doc.grade_origin = origin
        after = {"reliability": doc.reliability, "credibility": doc.credibility,
                 "grade_origin": origin}  # fmt: skip
        from riftwatch.store import audit

        audit.record(session, analyst, "document.grade", "document", doc.id, before=before,
                     after=after)  # fmt: skip
        return {"id": doc.id, "grade": f"{doc.reliability}{doc.credibility}", **after,
                "graded_by": analyst}  # fmt: skip


def _bad_grade(record: dict[str, Any]) -> str | None:
    """What is wrong with a record's ``reliability`` or ``credibility`` (None: nothing)."""
    from riftwatch.model import parse_credibility, parse_reliability

    for field, check in (("reliability", parse_reliability), ("credibility", parse_credibility)):
        if record.get(field) in (None, ""):
            continue
        try:
            check(record[field])
        except ConfigError as exc:
            return f"field {field!r}: {exc.detail}"
    return None


def read_jsonl_documents(
    path: str | os.PathLike[str],
) -> Iterator[dict[str, Any] | RiftwatchError]:
    """Documents of a JSON Lines file for the stateless commands (``extract``, ``rifts``).

    ``id`` and ``text`` are required; ``date``, ``title``, ``source``, ``source_type``,
    ``reliability``, ``credibility`` and ``url`` are optional. A bad line (also a grade
    outside A-F or 1-6) is yielded as an error naming its line number; the others go on.
    """
    import json

    from riftwatch.dates import parse_date

    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield IngestError("RW101", path=str(path), detail=exc.strerror or str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield NLPError("RW203", path=str(path), line=number, detail=f"not UTF-8: {exc}")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield NLPError("RW203", path=str(path), line=number, detail=f"not JSON: {exc}")
                continue
            if not isinstance(record, dict):
                yield NLPError("RW203", path=str(path), line=number, detail="not a JSON object")
                continue
            missing = [k for k in ("id", "text") if record.get(k) in (None, "")]
            if missing:
                yield NLPError("RW203", path=str(path), line=number,
                               detail=f"missing field {missing[0]!r}")  # fmt: skip
                continue
            if not isinstance(record["text"], str):
                yield NLPError("RW203", path=str(path), line=number,
                               detail="field 'text' must be a string")  # fmt: skip
                continue
            bad_grade = _bad_grade(record)
            if bad_grade:
                yield NLPError("RW203", path=str(path), line=number, detail=bad_grade)
                continue
            if record.get("date") not in (None, ""):
                iso, _precision = parse_date(record["date"])
                if iso is None:
                    detail = f"field 'date' is not a date: {record['date']!r}"
                    yield NLPError("RW203", path=str(path), line=number, detail=detail)
                    continue
                record["date"] = iso
            yield record


_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


def read_documents(path: str | os.PathLike[str]) -> Iterator[dict[str, Any] | RiftwatchError]:
    """Documents of a file or a folder for the stateless commands (``extract``, ``rifts``,
    ``dyad``, ``ach``, ``wedges`` with a path).

    A JSON Lines file is read as by :func:`read_jsonl_documents`. Any other file ingest reads
    (text, Markdown, HTML, PDF, DOCX, e-mail, CSV, RSS/Atom), and every file of a folder, is
    read by ingest's readers and dated as ingest dates it (the record's own date, a sidecar
    ``.meta.json``, a dateline or date in its opening, else the file's time); its id is the
    file's name (its path inside the folder), with ``#`` and the record's place for files
    of several documents. A file that cannot be read is yielded as its numbered error and
    the others go on; nothing is stored.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "brief.txt").write_text("Kabul, 3 May 2011 - The Taliban met Al Qaeda.")
    >>> [(d["id"], d["date"]) for d in read_documents(folder)]
    [('brief.txt', '2011-05-03')]
    """
    from pathlib import Path

    from riftwatch.ingest.dates import choose_date
    from riftwatch.ingest.pipeline import iter_files, load_sidecar
    from riftwatch.ingest.readers import choose_reader
    from riftwatch.ingest.readers.base import HEAD_BYTES

    root = Path(os.path.abspath(os.fspath(path)))
    if root.suffix.lower() in _JSONL_SUFFIXES and not root.is_dir():
        yield from read_jsonl_documents(root)
        return
    for item in iter_files([root]):
        if isinstance(item, RiftwatchError):
            yield item
            continue
        try:
            with open(item, "rb") as handle:
                head = handle.read(HEAD_BYTES)
            reader = choose_reader(item, head)
            if reader.name.startswith("jsonl"):
                yield from read_jsonl_documents(item)
                continue
            side = load_sidecar(item)
            mtime = item.stat().st_mtime
            name = item.relative_to(root).as_posix() if root.is_dir() else item.name
            for raw in reader.read(item, ReadOptions()):
                if isinstance(raw, RiftwatchError):
                    yield raw
                    continue
                if not raw.text.strip():
                    continue
                dated = choose_date(
                    raw.text,
                    reader_value=raw.published,
                    reader_origin=raw.date_origin,
                    sidecar_value=side.get("date"),
                    mtime=mtime,
                    records=bool(raw.locator) and not str(raw.locator).startswith("part "),
                    metadata_only=raw.meta.get("format") == "html",
                )
                doc: dict[str, Any] = {
                    "id": name + (f"#{raw.locator}" if raw.locator else ""),
                    "text": raw.text,
                    "date": dated.value,
                    "title": raw.title or side.get("title"),
                    "url": raw.url or side.get("url"),
                    "source": raw.source or side.get("source"),
                }
                for key in ("source_type", "reliability", "credibility"):
                    value = getattr(raw, key) or side.get(key)
                    if value not in (None, ""):
                        doc[key] = value
                yield {k: v for k, v in doc.items() if v is not None}
        except OSError as exc:
            yield IngestError("RW101", path=str(item), detail=exc.strerror or str(exc))
        except RiftwatchError as exc:
            yield exc


def extract(docs: Iterable[dict[str, Any]], *, workers: int = 1) -> Iterator[dict[str, Any]]:
    """Code documents into events (stateless): one dict per event, the contract's shape.

    ``workers`` > 1 codes batches of documents in a pool of processes; the order of the
    output follows the input. The documents are one corpus: the person ties and acronyms
    each of them settles serve the others where they do not settle the name themselves
    (:mod:`riftwatch.nlp.memory`; :func:`riftwatch.nlp.batch.code_corpus`), so they are all
    read, and coded, before the first is returned.
    """
    from riftwatch.nlp.batch import code_corpus

    for results in code_corpus(list(docs), workers):
        for _doc_id, events in results:
            for event in events:
                event.pop("why", None)
                yield event


def extract_stored(
    db: DB = None, *, recode_all: bool = False, workers: int = 1, progress: Any = None
) -> dict[str, Any]:
    """Code the store's documents not yet coded by this coder version (idempotent)."""
    from riftwatch.actors.curation import save_scan
    from riftwatch.coding import code_stored

    with _store(db) as store:
        done = code_stored(store, recode_all=recode_all, workers=workers, progress=progress)
        save_scan(store)  # the suggestions queue's names of the new sentences, found now
        return done


# -- stored events ---------------------------------------------------------------------

MODALITIES = ("asserted", "negated", "denied", "hypothetical", "future", "uncertain")
"""The modalities an event can have (see docs/extraction.md)."""

_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bad_value(name: str, value: object, detail: str) -> ConfigError:
    return ConfigError("RW007", field=name, name=name, value=value, detail=detail)


def _choices(value: str | Sequence[str], allowed: Sequence[str], name: str) -> list[str]:
    """Validated, case-folded choices from ``"A,B"`` or ``["A", "B"]``."""
    upper = allowed[0].isupper()
    chosen: list[str] = []
    for item in [value] if isinstance(value, str) else value:
        for part in str(item).split(","):
            if not part.strip():
                continue
            folded = part.strip().upper() if upper else part.strip().lower()
            if folded not in allowed:
                raise _bad_value(name, part.strip(), "use one of " + ", ".join(allowed))
            chosen.append(folded)
    if not chosen:
        raise _bad_value(name, value, "use one of " + ", ".join(allowed))
    return chosen


def _date_bound(value: str, name: str, *, end: bool) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or, with ``end``, last) day.

    >>> _date_bound("2009", "--from", end=False), _date_bound("2009-02", "--to", end=True)
    ('2009-01-01', '2009-02-31')
    """
    from datetime import date

    match = _ISO_DAY.match(str(value).strip())
    if not match:
        raise _bad_value(name, value, "use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise _bad_value(name, value, "not a calendar date") from None
    if day:
        return f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-{'31' if end else '01'}"
    return f"{year}-{'12-31' if end else '01-01'}"


def _padded(part: Any, *, end: bool) -> Any:
    """SQL: an ISO date of year, month or day precision as its first (last) day, YYYY-MM-DD.

    A month always ends on day 31: the comparison is on text, and no day of a month sorts
    after it, so nothing is lost.
    """
    return case(
        (func.length(part) == 4, part + literal("-12-31" if end else "-01-01", String)),
        (func.length(part) == 7, part + literal("-31" if end else "-01", String)),
        else_=part,
    )


def _event_span() -> tuple[Any, Any]:
    """SQL: the first and last day (YYYY-MM-DD) of each event's date.

    Dates are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a range ``START/END`` of those; the
    range's slash is found by position (5, 8 or 11), which needs no dialect-specific
    function. All compared values are digits and hyphens at the same places, so any
    collation orders them as dates.
    """
    d = type_coerce(EventRow.event_date, String)
    slash = [(func.substr(d, n, 1) == "/", n) for n in (5, 8, 11)]
    start = case(*[(cond, func.substr(d, 1, n - 1)) for cond, n in slash],
                 else_=func.substr(d, 1, 10))  # fmt: skip
    stop = case(*[(cond, func.substr(d, n + 1, 10)) for cond, n in slash],
                else_=func.substr(d, 1, 10))  # fmt: skip
    return (
        _padded(type_coerce(start, String), end=False),
        _padded(type_coerce(stop, String), end=True),
    )


def _actor_ids(value: str) -> tuple[str, list[str]]:
    """``(term, ids)``: the stripped ``value`` and the actor ids it names (itself, and what
    the bundled knowledge base resolves it to)."""
    from riftwatch.actors.resolve import default_resolver

    term = str(value).strip()
    if not term:
        raise _bad_value("actor (--actor)", value, "give an actor id or name")
    ids = {term}
    if not _is_kb_id(term):  # an id matches itself: no resolver needed
        resolution = default_resolver().resolve(term)
        if not resolution.unresolved and resolution.actor is not None:
            ids.add(resolution.actor.id)
            if resolution.organization is not None:
                ids.add(resolution.organization.id)
    return term, sorted(ids)


def _actor_options(
    value: str, side: str, names: Any = None, *, unindexed: bool = False
) -> list[Any]:
    """SQL conditions, any of which makes the event's ``side`` ("source" or "target") the
    actor ``value``: its id or an id the knowledge base resolves it to, or a stored name
    holding it as a case-insensitive fragment; each one indexed.

    ``names``: the stored ``side`` names holding the term, found once before the query
    (:func:`_resolve_actor_names`): the query then tests the indexed id and name columns
    against lists of values. Without it, the names are found inside the query.
    ``unindexed`` (SQLite): the columns as ``+column``, which SQLite's planner does not
    look up by index (a scan of the first events in list order, see :func:`_event_page`).
    """
    term, ids = _actor_ids(value)
    id_col = EventRow.source_id if side == "source" else EventRow.target_id
    name_col = EventRow.source_name if side == "source" else EventRow.target_name
    if unindexed:
        id_col, name_col = _unindexed(id_col), _unindexed(name_col)
    if names is None:
        return [id_col.in_(ids), name_col.in_(_names_holding(name_col, term))]
    found = names[(term, side)]
    return [id_col.in_(ids), name_col.in_(found)] if found else [id_col.in_(ids)]


def _unindexed(column: Any) -> Any:
    """SQLite: ``+column``, the same value, which the planner does not look up by index."""
    from sqlalchemy.sql import operators
    from sqlalchemy.sql.elements import UnaryExpression

    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _resolve_actor_names(conn: Any, filters: EventFilters) -> dict[tuple[str, str], list[str]]:
    """The stored source and target names holding each actor term of ``filters`` (its
    ``actor`` and ``pair``), read once by a loose index scan per side: ``{(term, side):
    names}``."""
    terms = [filters.actor] if filters.actor is not None else []
    terms += list(filters.pair or ())
    found: dict[tuple[str, str], list[str]] = {}
    for value in terms:
        term = str(value).strip()
        for side in ("source", "target"):
            if (term, side) not in found:
                col = EventRow.source_name if side == "source" else EventRow.target_name
                found[(term, side)] = sorted(conn.execute(_names_holding(col, term)).scalars())
    return found


def _is_kb_id(term: str) -> bool:
    """Whether ``term`` is an actor id of the bundled knowledge base (``org:al-qaeda``)."""
    from riftwatch.actors.kb import default_kb

    return ":" in term and " " not in term and term in default_kb()


_NAME_SCANS = itertools.count(1)  # each name scan's own CTE name within one statement


def _names_holding(column: Any, term: str) -> Any:
    """SQL: the distinct values of the indexed events ``column`` holding ``term`` (any case).

    The distinct names are read by a loose index scan (a recursive query that jumps from
    one name to the next, a few hundred index lookups instead of a million rows), then
    compared with the fragment; the events of the matching names are then found through
    the same index. The same answer as ``lower(column) LIKE '%term%'`` over every event.
    """
    first = select(func.min(column).label("name"))
    names = first.cte(f"names_{column.name}_{next(_NAME_SCANS)}", recursive=True)
    following = select(func.min(column)).where(column > names.c.name).scalar_subquery()
    names = names.union_all(select(following).where(names.c.name.is_not(None)))
    return select(names.c.name).where(
        names.c.name.is_not(None),
        func.lower(names.c.name).contains(term.lower(), autoescape=True),
    )


def _event_filters(
    filters: EventFilters, conn: Any = None, *, names: Any = None, unindexed: bool = False
) -> list[Any]:
    """The SQL conditions of ``filters`` (validated when they were made).

    ``conn`` (a connection or session of the store the conditions will run on): actor
    names are resolved to the stored names once, before the query is built
    (:func:`_resolve_actor_names`; or give them as ``names``), so that the query filters
    indexed columns by lists of values; without either, the names are found inside the
    query. ``unindexed``: the actor tests as SQLite does not look them up by index
    (:func:`_event_page`'s scan of the first events in list order).
    """
    from riftwatch.claims_store import judgement_conditions

    f = filters
    if names is None and conn is not None and (f.actor is not None or f.pair is not None):
        names = _resolve_actor_names(conn, f)
    plain = {"unindexed": unindexed}
    where: list[Any] = judgement_conditions(judged=f.judged, verdict=f.verdict)
    if f.actor is not None:
        where.append(or_(
            *_actor_options(f.actor, "source", names, **plain),
            *_actor_options(f.actor, "target", names, **plain),
        ))  # fmt: skip
    if f.pair is not None:
        a, b = f.pair
        # spelled out as an OR of ANDs (source by id or name, target by id or name), each
        # led by an indexed test, so that the database can gather the pair by index
        ways = [(a, b)] if f.directed else [(a, b), (b, a)]
        where.append(or_(*[
            and_(by_source, by_target) for first, second in ways
            for by_source in _actor_options(first, "source", names, **plain)
            for by_target in _actor_options(second, "target", names, **plain)
        ]))  # fmt: skip
    if f.event_type is not None:
        where.append(EventRow.event_type.in_(f.event_type))
    if f.mode is not None:
        where.append(func.lower(EventRow.mode).in_(f.mode))
    if f.modality is not None:
        where.append(EventRow.modality.in_(f.modality))
    if f.date_from is not None or f.date_to is not None:
        first, last = _event_span()
        where.append(EventRow.event_date.is_not(None))
        if f.date_from is not None:
            where.append(last >= _date_bound(f.date_from, "date from (--from)", end=False))
        if f.date_to is not None:
            where.append(first <= _date_bound(f.date_to, "date to (--to)", end=True))
    if f.document_id is not None:
        # the document's id first (a small subquery), so that its events come by index
        named = Document.external_id == f.document_id
        if f.document_id.isdigit():
            named = or_(Document.id == int(f.document_id), named)
        where.append(EventRow.document_id.in_(select(Document.id).where(named)))
    if f.min_confidence is not None:
        where.append(EventRow.confidence >= f.min_confidence)
    if f.min_reliability is not None:
        grade = f.min_reliability
        where.append(Document.reliability.in_(RELIABILITY[: RELIABILITY.index(grade) + 1]))
    if f.max_credibility is not None:
        where.append(Document.credibility <= f.max_credibility)
    return where


def _count_of(value: object, name: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if number < 0:
        raise _bad_value(name, value, "use a whole number, 0 or more")
    return number


def _limit_of(value: object) -> int:
    """A page size: a whole number, 1 or more (0 is refused, RW007 naming ``--limit``, as
    :func:`search` and the web API refuse it: a page of nothing is never what was meant).

    >>> _limit_of("25")
    25
    """
    number = _count_of(value, "limit (--limit)")
    if number < 1:
        raise _bad_value("limit (--limit)", value, "use a whole number, 1 or more")
    return number


def _doc_ref(external_id: str | None, document_id: int) -> str:
    """An event's (a hit's, a claim's) ``doc_id``: the document's external id, else its
    numeric id, always as text (one type in every output, as ``extract`` prints a record's
    ``id``).

    >>> _doc_ref("r16", 3), _doc_ref(None, 3), _doc_ref("", 3)
    ('r16', '3', '3')
    """
    return str(external_id) if external_id not in (None, "") else str(document_id)


def _coded_side(side: dict[str, Any] | None, ident: str, name: str) -> dict[str, Any]:
    """An event's actor as coded, with the stored id when an actor merge re-pointed it
    (``merged_from``: the id it was coded with; :mod:`riftwatch.store.repoint`)."""
    if not side:
        return {"id": ident, "name": name}
    if side.get("id") != ident:
        return {**side, "id": ident, "merged_from": side.get("id")}
    return side


def _event_dict(r: Any) -> dict[str, Any]:
    detail = r.detail or {}
    return {
        "id": r.id, "doc_id": _doc_ref(r.external_id, r.document_id),
        "document_id": r.document_id, "sentence": r.sentence_text,
        "start": r.sentence_start, "end": r.sentence_end,
        "source": _coded_side(detail.get("source"), r.source_id, r.source_name),
        "target": _coded_side(detail.get("target"), r.target_id, r.target_name),
        "event_type": r.event_type, "mode": r.mode, "modality": r.modality,
        "date": r.event_date, "date_precision": r.date_precision,
        "attributed_to": r.attributed_to, "confidence": r.confidence, "quote": r.quote,
        "trigger": detail.get("trigger"), "sentence_index": r.sentence_index,
        "grade": f"{r.reliability}{r.credibility}", "reliability": r.reliability,
        "credibility": r.credibility, "coder_version": r.coder_version,
        "why": detail.get("why", []),
        "judgement": None if r.j_verdict is None else {
            "verdict": r.j_verdict, "analyst": r.j_analyst, "note": r.j_note,
            "at": r.j_at.isoformat(timespec="seconds"), "changes": r.j_changes or {}},
        "credibility_override": r.c_value,
    }  # fmt: skip


def _events_query(events: Any = None) -> Any:
    """SQL: events with their document's grade, sentence and current judgements; with
    ``events`` (ids, or a SELECT of ids), only the judgements of those are read."""
    from sqlalchemy.orm import aliased

    from riftwatch.store.judgements import latest
    from riftwatch.store.tables import EventJudgementRow, SentenceRow

    # the stored sentence when its offsets are the event's (no need to read, and on
    # PostgreSQL to decompress, the document's whole text for each event), else the
    # stretch of the text
    st = aliased(SentenceRow, name="st")
    cut = func.substr(Document.text, EventRow.sentence_start + 1,
                      EventRow.sentence_end - EventRow.sentence_start)  # fmt: skip
    sentence = case(
        (and_(st.start == EventRow.sentence_start, st.end == EventRow.sentence_end), st.text),
        else_=cut,
    )
    lv, lc = latest("verdict", events), latest("credibility", events)
    jv = aliased(EventJudgementRow, name="jv")
    jc = aliased(EventJudgementRow, name="jc")
    return (
        select(
            EventRow,
            Document.external_id,
            Document.reliability,
            Document.credibility,
            type_coerce(sentence, String).label("sentence_text"),
            jv.verdict.label("j_verdict"), jv.analyst.label("j_analyst"),
            jv.note.label("j_note"), jv.created_at.label("j_at"),
            jv.changes.label("j_changes"), jc.credibility.label("c_value"),
        )
        .join(Document, Document.id == EventRow.document_id)
        .outerjoin(st, and_(st.document_id == EventRow.document_id,
                            st.idx == EventRow.sentence_index))  # fmt: skip
        .outerjoin(lv, lv.c.event_id == EventRow.id)
        .outerjoin(jv, jv.id == lv.c.jid)
        .outerjoin(lc, lc.c.event_id == EventRow.id)
        .outerjoin(jc, jc.id == lc.c.jid)
    )  # fmt: skip


def list_events(
    db: DB = None,
    filters: EventFilters | None = None,
    *,
    limit: int = 100,
    offset: int = 0,
    after: str | None = None,
    **given: Any,
) -> list[dict[str, Any]]:
    """Stored events, filtered, in a stable order: document id, sentence, event id.

    Each event has the shape the stateless ``extract`` prints (``doc_id``, ``sentence``,
    ``start``, ``end``, ``source``, ``target``, ``event_type``, ``mode``, ``modality``,
    ``date``, ``attributed_to``, ``confidence``, ``quote``, ...) plus its own ``id``, the
    stored ``document_id``, the document's ``grade`` (``reliability``, ``credibility``),
    the ``coder_version`` and the ``why`` reasons. ``doc_id`` is the document's external
    id (the ``id`` of a JSON Lines record, a feed entry's id) when it has one, else its
    numeric id, as ``extract FILE`` prints the record's ``id``.

    Filters (all optional, combined with AND):

    - ``actor``: source or target is this actor: an exact actor id, a case-insensitive
      fragment of its name, or any name the bundled knowledge base resolves ("TTP");
    - ``pair``: two actors, either one the source and the other the target (only the
      first as source with ``directed``);
    - ``event_type``, ``modality``: one value or several (a list, or ``"A,B"``),
      validated; ``mode``: one or several modes, case-insensitive;
    - ``date_from``, ``date_to``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; the range runs
      from the first day of ``date_from`` to the last day of ``date_to``, and an event
      matches when its date (a year, month, day or range) overlaps it: an event dated
      "2009" matches ``date_from="2009-06"``; undated events never match a date filter;
    - ``document_id``: the numeric id, or the external id;
    - ``min_confidence`` (0-1); ``min_reliability`` ("B": documents graded A or B);
      ``max_credibility`` (3: credibility 1, 2 or 3);
    - ``judged``: True, events with an analyst's verdict; False, events without one;
      ``verdict``: the current verdict is one of these (accept, reject, correct).

    Each event also has ``judgement`` (the current verdict: ``verdict``, ``analyst``,
    ``at``, ``note``, ``changes``; None when not judged) and ``credibility_override``
    (an analyst's credibility 1-6, or None); the event's fields stay as coded (see
    :func:`list_claims` for the corrected view).

    The filters come as an :class:`~riftwatch.filters.EventFilters` or as keywords
    (``list_events(db, actor="TTP")``), keywords on top of the object.

    Paging: ``limit`` and ``offset``, or a cursor: ``after`` is :func:`event_cursor` of
    the last event of the previous page (keyset paging: a deep page costs what the first
    does, and events added meanwhile do not shift it); ``offset`` then skips events
    after the cursor.

    Invalid values raise :class:`~riftwatch.errors.ConfigError` (RW007, RW002, RW003),
    an invalid verdict :class:`~riftwatch.errors.JudgementError` RW521.
    """
    chosen = EventFilters.of(filters, **given)
    limit = _limit_of(limit)
    offset = _count_of(offset, "offset (--offset)")
    start = parse_event_cursor(after)
    with _store(db) as store, store.engine.connect() as conn:
        names = None
        if chosen.actor is not None or chosen.pair is not None:
            names = _resolve_actor_names(conn, chosen)  # once, before the queries
        where = _event_filters(chosen, conn, names=names)
        scan = None
        if names is not None and conn.dialect.name == "sqlite":
            scan = _event_filters(chosen, conn, names=names, unindexed=True)
        merged = _merged_actor_page(conn, chosen, names, limit, offset, start)
        ids = merged if merged is not None else _event_page(
            conn, where, limit, offset, window=chosen.document_id is None, after=start,
            scan=scan,
        )  # fmt: skip
        rows: list[Any] = []
        for start in range(0, len(ids), _WIDE_CHUNK):  # then the wide rows of the page only
            chunk = ids[start : start + _WIDE_CHUNK]
            rows += conn.execute(_events_query(chunk).where(EventRow.id.in_(chunk))).all()
    place = {event_id: n for n, event_id in enumerate(ids)}
    rows.sort(key=lambda r: place[r.id])
    return [_event_dict(r) for r in rows]


_WIDE_CHUNK = 1000
_WINDOW = 20_000
"""A filtered page of events is first looked for among the first ``_WINDOW`` events in
list order (or 50 times the page's reach, if more; up to ``_WINDOW_MAX``): where matches
are common this reads a few thousand rows instead of every match of the whole store."""
_WINDOW_MAX = 200_000


_MERGE_FROM = 1000
"""PostgreSQL: an actor's page whose end lies this deep in its list, or deeper, is read by
:func:`_merged_actor_page` (shallower pages are found among the first events)."""
_MERGE_ARMS = 24


def _merged_actor_page(
    conn: Any,
    chosen: EventFilters,
    names: dict[tuple[str, str], list[str]] | None,
    limit: int,
    offset: int,
    after: tuple[int, int, int] | None,
) -> list[int] | None:
    """PostgreSQL: the ids of a deep page of one actor's events (the ``actor`` filter
    alone), or None when this way does not apply (another filter, a shallow page, SQLite,
    or a name fragment matching so many stored names that the ranges would be too many).

    The events of each actor id and stored name on each side are one ordered range of an
    index (``ix_events_<column>_order``, migration 0015); the page is the merge of those
    ranges in list order, each event kept once (an event is on several ranges when its
    id and its name both match, or the actor is on both sides): only the events up to the
    page are read, from the indexes alone, instead of every earlier event of the store and
    its row. The ids and order are those of :func:`_event_page` with the same filter."""
    if conn.dialect.name != "postgresql" or names is None or chosen.actor is None:
        return None
    if offset + limit < _MERGE_FROM:
        return None
    alone = EventFilters(actor=chosen.actor)
    if chosen != alone:
        return None
    term, ids = _actor_ids(chosen.actor)
    arms: list[Any] = []
    for side in ("source", "target"):
        id_col = EventRow.source_id if side == "source" else EventRow.target_id
        name_col = EventRow.source_name if side == "source" else EventRow.target_name
        values = [(id_col, v) for v in ids] + [(name_col, v) for v in names[(term, side)]]
        for column, value in values:
            arm = select(EventRow.document_id, EventRow.sentence_index, EventRow.id).where(
                column == value
            )
            if after is not None:
                arm = arm.where(_after(EventRow, after))
            # each range sorted (by its index): the planner then merges them, unsorted
            arms.append(arm.order_by(EventRow.document_id, EventRow.sentence_index, EventRow.id))
    if not arms or len(arms) > _MERGE_ARMS:
        return None
    merged = union_all(*arms).subquery()
    order = (merged.c.document_id, merged.c.sentence_index, merged.c.id)
    query = select(*order).distinct().order_by(*order).limit(limit).offset(offset)
    # the planner would gather every match into a hash table to drop the repeated ones;
    # the ranges come sorted, so a merge keeps each once as it reads (this statement only)
    conn.exec_driver_sql("SET LOCAL enable_hashagg = off")
    try:
        return [int(row[2]) for row in conn.execute(query)]
    finally:
        conn.exec_driver_sql("SET LOCAL enable_hashagg TO DEFAULT")


def event_cursor(event: dict[str, Any]) -> str:
    """The keyset cursor of an event of :func:`list_events` (its place in list order):
    ``after=`` this gives the events that follow it.

    >>> event_cursor({"document_id": 12, "sentence_index": 3, "id": 4711})
    '12.3.4711'
    """
    return f"{int(event['document_id'])}.{int(event['sentence_index'])}.{int(event['id'])}"


def parse_event_cursor(value: str | None) -> tuple[int, int, int] | None:
    """``(document id, sentence index, event id)`` of a cursor (None: none given); a
    malformed cursor is :class:`~riftwatch.errors.ConfigError` RW007 naming ``after``.

    >>> parse_event_cursor("12.3.4711"), parse_event_cursor(None)
    ((12, 3, 4711), None)
    """
    if value in (None, ""):
        return None
    parts = str(value).strip().split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        detail = "give the next_cursor of the previous page (DOCUMENT.SENTENCE.EVENT)"
        raise _bad_value("after (--after)", value, detail)
    return int(parts[0]), int(parts[1]), int(parts[2])


def _after(table: Any, start: tuple[int, int, int]) -> Any:
    """SQL: ``table``'s events after ``start`` in list order (document, sentence, id),
    spelled so that the order's index is read from the cursor on."""
    d, s, i = start
    return and_(table.document_id >= d, or_(
        table.document_id > d,
        table.sentence_index > s,
        and_(table.sentence_index == s, table.id > i),
    ))  # fmt: skip


def _event_page(
    conn: Any,
    where: list[Any],
    limit: int,
    offset: int,
    *,
    window: bool = True,
    after: tuple[int, int, int] | None = None,
    scan: list[Any] | None = None,
) -> list[int]:
    """The ids of one page of events matching ``where``, in list order (document, sentence,
    id), after the cursor ``after`` if given; the page is read from the order's index, and
    only its ids are sorted. ``window``: look among the first events (after the cursor)
    first (not for one document's events: an index finds them). ``scan``: the same
    conditions as ``where`` for that look, spelled so that the planner reads the window
    along the order's index (SQLite would otherwise gather every event of a common actor
    by the actor indexes and sort them all)."""

    order = (EventRow.document_id, EventRow.sentence_index, EventRow.id)
    scan = where if scan is None else scan
    if after is not None:
        where = [*where, _after(EventRow, after)]
        scan = [*scan, _after(EventRow, after)]

    def page(conditions: list[Any]) -> list[int]:
        query = select(EventRow.id).where(*conditions)
        if _uses_documents(conditions):
            query = query.join(Document, Document.id == EventRow.document_id)
        query = query.order_by(*order).limit(limit).offset(offset)
        return list(conn.execute(query).scalars())

    reach = max(_WINDOW, 50 * (offset + limit))
    if window and where and limit and reach <= _WINDOW_MAX:
        edge = _window_edge(conn, reach, after)
        if edge is not None:  # (else fewer events than the window: the whole list it is)
            ids = page([*scan, _until(EventRow, edge)])
            if len(ids) == limit:  # the window held the whole page: it is the store's page
                return ids
    if scan is not where and _common(conn, where, offset + limit):
        return page(scan)  # a common actor: along the order's index, not gathered and sorted
    return page(where)


_COMMON_MAX = 50_000


def _common(conn: Any, where: list[Any], reach: int) -> bool:
    """Whether ``where`` matches so many events that a page reaching ``reach`` events deep
    is found sooner along the list order's index than by gathering every match by the actor
    indexes and sorting them: ``m`` matches of ``n`` events cost about ``reach * n / m`` rows
    one way and ``m`` the other, so the order wins when ``m * m > reach * n``. Counted by
    index up to that bound (at most ``_COMMON_MAX``)."""
    import math

    n = int(conn.scalar(select(func.max(EventRow.id))) or 0)
    bound = min(_COMMON_MAX, max(1, math.isqrt(reach * n)))
    rows = select(EventRow.id).where(*where)
    if _uses_documents(where):
        rows = rows.join(Document, Document.id == EventRow.document_id)
    return int(conn.scalar(_counted(rows, bound)) or 0) >= bound


def _window_edge(
    conn: Any, count: int, after: tuple[int, int, int] | None = None
) -> tuple[int, int, int] | None:
    """``(document, sentence, id)`` of the ``count``-th event in list order (after the
    cursor ``after``), read from the order's index; None when there are fewer. The first
    ``count`` events are those up to it: a range of the index, which both databases read in
    order (an ``IN`` list of their ids made PostgreSQL scan the whole table)."""
    query = select(EventRow.document_id, EventRow.sentence_index, EventRow.id)
    if after is not None:
        query = query.where(_after(EventRow, after))
    order = (EventRow.document_id, EventRow.sentence_index, EventRow.id)
    row = conn.execute(query.order_by(*order).limit(1).offset(count - 1)).first()
    return None if row is None else (int(row[0]), int(row[1]), int(row[2]))


def _until(table: Any, edge: tuple[int, int, int]) -> Any:
    """SQL: ``table``'s events up to ``edge`` (included) in list order."""
    d, s, i = edge
    return and_(table.document_id <= d, or_(
        table.document_id < d,
        table.sentence_index < s,
        and_(table.sentence_index == s, table.id <= i),
    ))  # fmt: skip


def _counted(query: Any, cap: int | None) -> Any:
    """SQL: the number of rows of ``query`` (a SELECT), or of its first ``cap`` rows."""
    if cap is None:
        return select(func.count()).select_from(query.subquery())
    return select(func.count()).select_from(query.limit(cap).subquery())


def _uses_documents(where: Sequence[Any]) -> bool:
    """Whether a condition of ``where`` reads a column of ``documents`` itself (a subquery
    of its own, such as the document filter's, does not count)."""
    from sqlalchemy.sql.selectable import ReturnsRows, ScalarSelect

    table = Document.__table__
    stack = list(where)
    while stack:
        element = stack.pop()
        if isinstance(element, (ReturnsRows, ScalarSelect)):
            continue
        if getattr(element, "table", None) is table:
            return True
        stack.extend(element.get_children())
    return False


def count_events(
    db: DB = None,
    filters: EventFilters | None = None,
    *,
    cap: int | None = None,
    after: str | None = None,
    **given: Any,
) -> int:
    """How many stored events match :func:`list_events`' filters (no paging).

    With ``cap``, counting stops at ``cap`` events: the answer is the number of matching
    events or ``cap``, whichever is smaller (the web API reports such a total as capped).
    ``after``: only the events after this cursor (:func:`event_cursor`) in list order are
    counted (what follows a page already read: its earlier events need no counting again).
    """
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
        raise _bad_value("cap", cap, "use a whole number, 1 or more")
    chosen = EventFilters.of(filters, **given)
    start = parse_event_cursor(after)

    def counted(conditions: list[Any]) -> int:
        rows = select(EventRow.id).where(*conditions)
        if _uses_documents(conditions):  # every event has its document: no row twice
            rows = rows.join(Document, Document.id == EventRow.document_id)
        return int(conn.scalar(_counted(rows, cap)) or 0)

    with _store(db) as store, store.engine.connect() as conn:
        where = _event_filters(chosen, conn)
        if start is not None:
            where.append(_after(EventRow, start))
        if cap is not None and where and 50 * cap <= _WINDOW_MAX:
            # common matches: ``cap`` of them among the first events in list order will do
            edge = _window_edge(conn, max(_WINDOW, 50 * cap), start)
            if edge is not None and counted([*where, _until(EventRow, edge)]) == cap:
                return cap
        return counted(where)


def _find_span(haystack: str, needle: str | None, within: tuple[int, int] | None = None) -> Any:
    """``[start, end]`` of ``needle`` in ``haystack`` (as a word if possible), or None."""
    if not needle:
        return None
    lo, hi = within or (0, len(haystack))
    for pattern in (rf"(?<!\w){re.escape(needle)}(?!\w)", re.escape(needle)):
        found = re.compile(pattern).search(haystack, lo, hi)
        if found:
            return [found.start(), found.end()]
    return None if within is None else _find_span(haystack, needle)


def get_event(db: DB, event_id: int) -> dict[str, Any]:
    """One stored event with its sentence, spans, document, grade and reasons.

    Adds to :func:`list_events`' shape: ``spans`` (``quote``, ``trigger``, ``source``,
    ``target``: ``[start, end]`` character offsets in ``sentence``, found by searching
    the sentence for the stored quote, trigger word and mentions; None when not found),
    ``document`` (``id``, ``external_id``, ``title``, ``published``, ``source``,
    ``source_type``, ``url``, ``path``), and ``grade_origin`` (where each part of the
    grade came from). Raises :class:`~riftwatch.errors.StoreError` RW307 for an
    unknown id.
    """
    try:
        key = int(event_id)
    except (TypeError, ValueError):
        raise StoreError("RW307", id=event_id) from None
    query = _events_query([key]).add_columns(
        Document.title, Document.published, Document.source_type, Document.url,
        Document.path, Document.grade_origin, Source.name.label("source_label"),
    ).outerjoin(Source, Source.id == Document.source_id).where(EventRow.id == key)  # fmt: skip
    with _store(db) as store, store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise StoreError("RW307", id=event_id)
    event = _event_dict(row)
    sentence = event["sentence"] or ""
    quote = _find_span(sentence, event["quote"])
    event["spans"] = {
        "quote": quote,
        "trigger": _find_span(sentence, event["trigger"], tuple(quote) if quote else None),
        "source": _find_span(sentence, event["source"].get("mention")),
        "target": _find_span(sentence, event["target"].get("mention")),
    }
    event["document"] = {
        "id": row.document_id, "external_id": row.external_id, "title": row.title,
        "published": row.published, "source": row.source_label,
        "source_type": row.source_type, "url": row.url, "path": row.path,
    }  # fmt: skip
    event["grade_origin"] = row.grade_origin or {}
    return event


def delete_documents(
    db: DB = None,
    ids: Iterable[int] | None = None,
    run_id: int | None = None,
    *,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Delete documents by id and/or all documents added by the ingest run ``run_id``.

    Each goes with its sentences (and their search index entries), near-duplicate
    buckets, coded events and analysts' judgements of them; a near-duplicate group
    that loses its origin gets the lowest remaining id as its new origin. A file none
    of whose documents remain is forgotten by the ingest, so ingesting it again reads
    it again. One transaction:
    all or nothing. ``dry_run`` reports what would go and changes nothing.

    Returns the counts (``documents``, ``sentences``, ``events``, ``judgements``,
    ``minhash_bands``, ``origin_groups_repaired``, ``files_forgotten``,
    ``files_updated``), ``dry_run`` and ``items`` (``id``, ``title``, ``path``,
    ``locator`` of each document).
    Raises ``StoreError`` RW302 for an unknown id, RW308 for an unknown run and
    RW309 when neither ids nor a run is given.
    """
    from riftwatch.store.delete import delete_documents as delete_rows

    wanted = sorted({int(i) for i in ids or ()})
    if not wanted and run_id is None:
        raise StoreError("RW309", detail="give document ids or an ingest run (--run)")
    with _store(db) as store, store.engine.begin() as conn:
        found: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(conn.scalars(select(Document.id).where(Document.id.in_(chunk))))
        missing = [str(i) for i in wanted if i not in found]
        if missing:
            raise StoreError("RW302", id=", ".join(missing))
        if run_id is not None:
            if conn.scalar(select(IngestRun.id).where(IngestRun.id == run_id)) is None:
                raise StoreError("RW308", id=run_id)
            found.update(conn.scalars(select(Document.id).where(Document.ingest_run_id == run_id)))
        deleted = delete_rows(conn, found, dry_run=dry_run)
    return {**deleted.to_dict(), "dry_run": dry_run}


# -- analysts' judgements and claims -----------------------------------------------------


def judge_event(
    db: DB,
    event_id: int | str,
    verdict: str,
    *,
    analyst: str | None = None,
    note: str | None = None,
    changes: dict[str, Any] | Sequence[str] | None = None,
) -> dict[str, Any]:
    """Record an analyst's verdict on a stored event: ``accept``, ``reject`` or ``correct``.

    A correction gives ``changes``: ``{"event_type": "SUPPORT", "source": "org:ttp"}`` or
    ``["event_type=SUPPORT", ...]`` (fields: event_type, mode, modality, source, target,
    source_id, source_name, target_id, target_name, date; see
    :func:`riftwatch.claims_store.parse_changes`). Nothing is overwritten: the latest
    verdict counts and the earlier ones stay as history (:func:`event_judgements`); the
    judgement follows the event through recodes. ``analyst`` defaults to
    ``RIFTWATCH_ANALYST``, else the user name. Returns the stored judgement. Raises
    JudgementError RW520 (unknown event), RW521 (verdict), RW522/RW525 (changes missing
    or not allowed), RW523/RW524/RW529 (a bad change), RW528 (analyst); nothing is
    written then.
    """
    from riftwatch.claims_store import judge

    with _store(db) as store:
        return judge(store, event_id, verdict, analyst=analyst, note=note, changes=changes)


def override_credibility(
    db: DB,
    event_id: int | str,
    value: int | str | None,
    *,
    analyst: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Override the information credibility (1-6) of one event, with a reason.

    The override replaces the document's credibility for this event only (its grade
    becomes e.g. ``B2`` instead of ``B4``); ``value`` None or ``"clear"`` withdraws it.
    Kept as history like verdicts. Raises JudgementError RW520, RW526 (not 1-6), RW527
    (no reason), RW528.
    """
    from riftwatch.claims_store import override

    with _store(db) as store:
        return override(store, event_id, value, analyst=analyst, reason=reason)


def event_judgements(db: DB, event_id: int | str) -> list[dict[str, Any]]:
    """The judgements of one event (verdicts and overrides), oldest first; ``current``
    marks the latest of each kind. An event id from before a recode still finds them."""
    from riftwatch.claims_store import history

    with _store(db) as store:
        return history(store, event_id)


def orphaned_judgements(db: DB = None) -> list[dict[str, Any]]:
    """Judgements whose event a recode no longer found (kept, never silently lost)."""
    from riftwatch.claims_store import orphans

    with _store(db) as store:
        return orphans(store)


def load_claims(db: DB = None, filters: EventFilters | None = None, **options: Any) -> list[Any]:
    """Stored events as :class:`~riftwatch.analysis.claims.Claim` records, for analytics.

    Each claim carries the document's grades, source type, outlet, ``published``, the
    near-duplicate origin group (``origin`` = ``doc:<origin id>``), the coder version,
    the current verdict (a correction applied, a rejection making ``counts`` False) and
    any credibility override. Filters as :func:`list_events` (``actor``, ``pair``,
    ``directed``, ``event_type``, ``mode``, ``modality``, ``date_from``, ``date_to``,
    ``document_id``, ``min_confidence``, ``min_reliability``, ``max_credibility``), plus
    ``judged``, ``verdict``, ``include_rejected``, ``limit`` (default: all), ``offset``;
    see :func:`riftwatch.claims_store.load_claims`. The filters come as an
    :class:`~riftwatch.filters.EventFilters` or as keywords.
    """
    from riftwatch.claims_store import load_claims as load

    with _store(db) as store:
        return load(store, filters, **options)


def list_claims(
    db: DB = None, filters: EventFilters | None = None, **options: Any
) -> list[dict[str, Any]]:
    """:func:`load_claims` as JSON-ready records (``grade``, ``effective_credibility``,
    ``month``, ``counts`` added)."""
    from riftwatch.claims_store import claim_record

    return [claim_record(c) for c in load_claims(db, filters, **options)]


def explain(sentence: str, *, date: str | None = None) -> dict[str, Any]:
    """The parse, the mentions, the events and the reasons for one sentence."""
    from riftwatch.nlp.explain import explain_sentence

    return explain_sentence(sentence, date=date)


# --- analysis: relationship timelines and rifts (issue 10) ---------------------------------


def _claims_of(claims_or_path: Any, on_error: Any = None) -> list[Any]:
    """Claims from a JSON Lines path (coded like ``extract``) or a list of Claim objects.

    The store's claims (``--db``) are loaded elsewhere and handed in as a list.
    """
    from riftwatch.analysis.claims import Claim
    from riftwatch.analysis.load import claims_from_jsonl
    from riftwatch.errors import AnalysisError

    if isinstance(claims_or_path, str | os.PathLike):
        claims, _ = claims_from_jsonl(claims_or_path, on_error=on_error)
        return claims
    if isinstance(claims_or_path, Iterable) and not isinstance(claims_or_path, bytes | dict):
        items = list(claims_or_path)
        if all(isinstance(c, Claim) for c in items):
            return items
        bad = next(c for c in items if not isinstance(c, Claim))
        raise AnalysisError("RW503", kind=f"a list holding {type(bad).__name__}")
    raise AnalysisError("RW503", kind=type(claims_or_path).__name__)


def _check_analysis_options(min_probability: float | None, direction: str) -> None:
    from riftwatch.errors import AnalysisError

    if direction not in ("deteriorating", "improving", "both"):
        raise AnalysisError(
            "RW502", name="direction", value=direction,
            detail="use deteriorating, improving or both",
        )  # fmt: skip
    if min_probability is not None and not 0.0 <= min_probability <= 1.0:
        raise AnalysisError(
            "RW502", name="min probability", value=min_probability, detail="use 0..1"
        )


def rifts(
    claims_or_path: Any,
    *,
    min_probability: float | None = None,
    direction: str = "deteriorating",
    hierarchy: Any = None,
    evidence_limit: int = 12,
    on_error: Any = None,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """Rifts between pairs of actors in coded claims (``riftwatch rifts``).

    ``claims_or_path``: a JSON Lines file of documents (coded here) or a list of
    :class:`~riftwatch.analysis.claims.Claim` (e.g. loaded from a store). Returns the
    pairs whose posterior probability of a broken alliance reaches ``min_probability``
    (default: the model's, see ``riftwatch/data/analysis/rift.yaml``), most probable
    first, each with onset, interval, kind, channels, evidence and counter-evidence.
    ``as_of`` (``YYYY[-MM[-DD]]``): only the claims dated up to then (:func:`claims_as_of`).
    """
    from riftwatch.analysis.naming import name_rifts
    from riftwatch.analysis.rift import assess
    from riftwatch.analysis.timeline import prepare

    _check_analysis_options(min_probability, direction)
    claims = claims_as_of(_claims_of(claims_or_path, on_error), as_of)
    prepared = prepare(claims, hierarchy=hierarchy)
    found = assess(
        prepared,
        min_probability=min_probability,
        direction=direction,
        evidence_limit=evidence_limit,
    )
    return name_rifts(found, claims, prepared.hierarchy)


def claims_as_of(claims: list[Any], as_of: str | None) -> list[Any]:
    """The claims an analyst could have weighed on ``as_of`` (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, the last day it names): those dated up to that day, and the undated
    (RW541 for a bad date). The same cut as ``riftwatch ach --as-of`` and ``riftwatch report
    --as-of``; None keeps them all.

    >>> from types import SimpleNamespace as C
    >>> [c.date for c in claims_as_of([C(date="2010-05-03"), C(date="2011-02-10")], "2010")]
    ['2010-05-03']
    """
    from riftwatch.analysis import ach as ach_mod

    bound = ach_mod.parse_as_of(as_of)
    if bound is None:
        return claims
    day = bound.isoformat()
    return [c for c in claims if not c.date or c.date[:10] <= day]


_PLACE_TAIL = re.compile(r"^(?P<name>.+?)\s+(?:in|of)\s+(?P<place>(?:the\s+)?[A-Z][\w'’\- ]+)$")


def _without_place(name: str) -> str | None:
    """A name of two or more words without a closing "in/of <a country or place the
    knowledge base knows>" ("Union for Peace" of "Union for Peace in the Central African
    Republic"), else None.

    >>> _without_place("Union for Peace in the Central African Republic")
    'Union for Peace'
    >>> _without_place("Front for the Liberation of Zorblania") is None
    True
    """
    m = _PLACE_TAIL.match(name.strip())
    if m is None or len(m.group("name").split()) < 2:
        return None
    from riftwatch.actors import resolve_mention

    hit = resolve_mention(m.group("place"))
    actor = hit.get("actor") or {}
    return m.group("name") if actor.get("type") in ("country", "place") else None


_LEADING_ARTICLE = re.compile(r"^(?:the|al|el|an|ad|ar|as|at|ash)[\s\-\u2010]+(?=\w)", re.I)


def _bare_name(name: str) -> str:
    """A name compared as written names are: accents, case and punctuation folded, without a
    leading English or Arabic article ("Al-Zorb", "the Zorb" and "Zorb" alike).

    >>> _bare_name("Al-Islah") == _bare_name("the Islah") == _bare_name("ISLAH")
    True
    >>> _bare_name("Alliance") == _bare_name("liance")
    False
    """
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name.strip())
                    if not unicodedata.combining(ch))  # fmt: skip
    plain = _LEADING_ARTICLE.sub("", plain)
    return " ".join(re.sub(r"[^\w]+", " ", plain.casefold()).split())


def _written_as(prepared: Any, name: str) -> str | None:
    """The one actor of the claims that the documents wrote ``name`` for (a mention naming
    the group itself, :func:`riftwatch.analysis.naming.corpus_names`), compared without a
    leading article ("Al-Islah" where the text wrote "Islah" for the group it defined as the
    "Zorblan Congregation for Reform (Islah)": names39); None when no actor or two are."""
    from riftwatch.analysis.naming import corpus_names

    want = _bare_name(name)
    if not want:
        return None
    written = corpus_names(prepared.claims, prepared.hierarchy)
    keys = sorted(k for k, names in written.items() if any(_bare_name(n) == want for n in names))
    return keys[0] if len(keys) == 1 else None


_LETTERS = re.compile(r"[.\-\s]")


def _lettered(prepared: Any, name: str, *, reordered: bool = True) -> str | None:
    """The one actor of the claims named only by the initials of ``name`` (replay19): of the
    whole name, of the name without a closing parenthesised qualifier ("National Liberation
    Front (South Yemen)": NLF), or of its opening before "of" ("Pan Africanist Congress of
    Azania": PAC); None when no actor or two are.

    >>> from types import SimpleNamespace as N
    >>> p = N(names={"open:anc": {"1980-01": "ANC"}, "open:pac": {"1960-01": "P.A.C."},
    ...              "open:zpf": {"1990-01": "Zorb People's Front"}})
    >>> _lettered(p, "African National Congress"), _lettered(p, "Pan Africanist Congress of Azania")
    ('open:anc', 'open:pac')
    >>> _lettered(p, "Zorb People's Front"), _lettered(p, "Army of the North") is None
    (None, True)

    With no actor named by the initials in the name's order, and ``reordered``, the one named
    by them head noun first, as French, Spanish and Portuguese names put them ("FNZ" for the
    "National Forces of Zorbia", "Forces Nationales de ..."; names23):

    >>> p = N(names={"open:fnz": {"1990-01": "FNZ"}, "open:zaf": {"1990-01": "ZAF"}})
    >>> _lettered(p, "National Forces of Zorbia"), _lettered(p, "Zorbian Armed Forces")
    ('open:fnz', 'open:zaf')
    """
    from riftwatch.actors.open import initials_key, noun_first_initials, spelled_initials

    bare = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    forms = {bare, *(re.split(r"\s+of\s+", bare, maxsplit=1)[:1])}
    wanted = {x for x in (spelled_initials(f) for f in forms) if x}
    if not wanted:
        return None
    keys = {
        key
        for key, names in prepared.names.items()
        if any(_LETTERS.sub("", n) in wanted for n in names.values())
    }
    if not keys and reordered:
        turned = {x for x in (noun_first_initials(f) for f in forms) if x}
        keys = {
            key
            for key, names in prepared.names.items()
            for n in names.values()
            if _INITIALS.fullmatch(_LETTERS.sub("", n))
            and initials_key(_LETTERS.sub("", n)) in turned
        }
    return keys.pop() if len(keys) == 1 else None


_INITIALS = re.compile(r"[A-Z]{3,10}")


def _actor_key(prepared: Any, name: str) -> str:
    """The lineage key of an actor named by id, KB name/alias, or a name in the claims."""
    from riftwatch.errors import AnalysisError

    lineage = prepared.hierarchy.lineage
    wanted = name.strip()
    if wanted in prepared.names or wanted in prepared.actors:
        return lineage(wanted)[-1]
    low = wanted.casefold()
    for key, names in prepared.names.items():
        if low == key.casefold() or any(low == n.casefold() for n in names.values()):
            return key
    for actor in prepared.actors:
        if low == actor.casefold():
            return lineage(actor)[-1]
    # a parent that only appears through its sub-units' rolled-up events (rifts lists it)
    named = getattr(prepared.hierarchy, "name", None)
    for key in sorted({k for pair in prepared.dyads for k in pair}):
        if low == key.casefold() or (named and low == (named(key) or "").casefold()):
            return key
    kb = getattr(prepared.hierarchy, "kb", None)
    if kb is not None and ":" in wanted and wanted in kb:  # a KB id: no resolver needed
        return lineage(kb.canonical_id(wanted))[-1]
    written = _written_as(prepared, wanted)
    if written is not None:
        return written
    # "Hizbul" where the claims name "Hizbul Islam" (and no other actor with that word): the
    # one actor of these claims the words name, before the knowledge base's closest match
    # (which may be another group the claims never mention)
    words = re.compile(rf"(?<!\w){re.escape(low)}(?!\w)")
    partial = {key for key, names in prepared.names.items()
               if any(words.search(n.casefold()) for n in names.values())}  # fmt: skip
    if len(partial) == 1:
        return lineage(partial.pop())[-1]
    # "Al-Zorb Movement" or "Zorblan Resistance (Kestrel)" where the claims name the "Al-Zorb"
    # or the "Zorblan Resistance" (sides20): the claims' own actor, before the knowledge
    # base's closest match
    from riftwatch.actors.open import name_cores, open_id

    def place(words: str) -> bool:
        from riftwatch.actors import resolve_mention

        actor = resolve_mention(words).get("actor") or {}
        return actor.get("type") in ("country", "place")

    in_claims = {k for pair in prepared.dyads for k in pair}
    for core in name_cores(wanted, place):
        if open_id(core) in in_claims:
            return lineage(open_id(core))[-1]
    known: str | None = None
    try:
        from riftwatch.actors import query_organization, resolve_mention

        hit = resolve_mention(wanted)
        org = hit.get("organization") or hit.get("actor")
        if org and org.get("id"):
            known = lineage(org["id"])[-1]
        else:
            meant = query_organization(wanted)  # "Haqqani": the network or its leaders
            if meant is not None:
                known = lineage(meant.id)[-1]
    except RiftwatchError:
        pass
    if known is not None and known in in_claims:
        return known
    # "African National Congress" where the claims name only the "ANC": the one actor of the
    # claims named by the initials, before a knowledge-base actor the claims never mention
    # (letters head noun first only for a name nothing knows: "Communist Party of the
    # Philippines" is known, and another corpus actor's "PCP" is Peru's party)
    lettered = _lettered(prepared, wanted, reordered=known is None)
    if lettered is not None:
        return lettered
    if known is not None:
        return known
    from riftwatch.actors.open import spelled_initials

    spelled = spelled_initials(wanted)
    keys = {k for pair in prepared.dyads for k in pair}
    if spelled and open_id(spelled) in keys:
        # "Armed Forces Revolutionary Council" where the claims only name the "AFRC" (mmp8)
        return lineage(open_id(spelled))[-1]
    placed = _without_place(wanted)
    if placed is not None and open_id(placed) in keys:
        # "Union for Peace in the Central African Republic" where the claims name the "Union
        # for Peace" (the text's name stops before its country; mmp13)
        return lineage(open_id(placed))[-1]
    close = sorted(
        n for names in prepared.names.values() for n in set(names.values())
        if low[:4] and low[:4] in n.casefold()
    )[:5]  # fmt: skip
    raise AnalysisError(
        "RW500", name=name, detail=f" (names like it: {', '.join(close)})" if close else ""
    )


def dyad(
    claims_or_path: Any,
    a: str,
    b: str,
    *,
    hierarchy: Any = None,
    on_error: Any = None,
    as_of: str | None = None,
) -> dict[str, Any]:
    """The relationship timeline of two actors (``riftwatch dyad A B``).

    ``a``/``b``: an actor id, a name or alias the knowledge base resolves, or a name as
    found in the claims (actors outside the KB). Returns ``actors``, ``months`` (per
    month: signed score, cooperative and hostile evidence units, counts, P(broken) and
    the evidence with grades and corroboration), ``channels`` (the same per channel) and
    ``rift`` (the model's assessment of a break, at any probability, or None). ``as_of``
    (``YYYY[-MM[-DD]]``): only the claims dated up to then (:func:`claims_as_of`).
    """
    from riftwatch.analysis.naming import actor_namer, name_rifts
    from riftwatch.analysis.rift import assess, series
    from riftwatch.analysis.timeline import dyad_timeline, prepare
    from riftwatch.errors import AnalysisError

    claims = claims_as_of(_claims_of(claims_or_path, on_error), as_of)
    prepared = prepare(claims, hierarchy=hierarchy)
    ka, kb_ = _actor_key(prepared, a), _actor_key(prepared, b)
    if ka == kb_:
        raise AnalysisError("RW501", a=a, b=b, id=ka)
    out = dyad_timeline(prepared, ka, kb_)
    probs = {row["month"]: row for row in series(prepared, ka, kb_)}
    for row in out["months"]:
        row["broken"] = probs.get(row["month"], {}).get("broken")
    out["series"] = list(probs.values())
    di = prepared.dyad_index(ka, kb_)
    found = assess(prepared, min_probability=0.0, dyads=[di]) if di is not None else []
    out["rift"] = name_rifts(found, claims, prepared.hierarchy)[0] if found else None
    if out["rift"] is not None:  # named as ``rifts`` names the pair (at the onset)
        by_key = {a.get("lineage_id", a["id"]): a for a in out["rift"]["actors"]}
        out["actors"] = [dict(by_key[ka]), dict(by_key[kb_])]
    else:
        name = actor_namer(claims, prepared.hierarchy)
        out["actors"] = [name({"id": ka, "name": prepared.name_of(ka)}, kb_),
                         name({"id": kb_, "name": prepared.name_of(kb_)}, ka)]  # fmt: skip
    return out


# -- structured judgement: ACH and wedges (issue 11) ------------------------------------------
def stored_claims(db: DB = None) -> list[Any]:
    """Every stored event as a :class:`~riftwatch.analysis.claims.Claim` (see
    :func:`load_claims`: grades, origin groups, analysts' judgements and overrides)."""
    return load_claims(db)


def _ach_claims(path: str | os.PathLike[str] | None, db: DB, on_error: Any) -> list[Any]:
    if path is not None:
        from riftwatch.analysis.load import claims_from_jsonl

        return claims_from_jsonl(path, on_error=on_error)[0]
    return stored_claims(db)


def _pair_of(pair: Sequence[str]) -> tuple[str, str]:
    from riftwatch.errors import JudgementError

    names = [p for p in (pair or []) if p and p.strip()]
    if len(names) != 2:
        raise JudgementError("RW542", count=len(names))
    return names[0], names[1]


def ach_matrix(
    path: str | os.PathLike[str] | None = None,
    *,
    pair: Sequence[str],
    as_of: str | None = None,
    db: DB = None,
    analyst: str | None = None,
    on_error: Any = None,
    store_question: bool = True,
) -> dict[str, Any]:
    """The competing-hypotheses matrix for ``pair`` (two actor ids or names) as of ``as_of``.

    ``store_question=False`` only reads: the stored question (if there is one) gives its
    hypotheses and ratings, and none is created (``question`` is then None).

    With ``path`` (a JSON Lines file) the analysis is stateless. Without it, the stored
    claims of ``db`` are used, the question is stored (created by ``analyst``, default
    ``riftwatch``) and its analysts' hypotheses and ratings are applied; the result has
    its ``question`` id. Errors: RW541 bad date, RW542 not two actors.
    """
    from riftwatch.analysis import ach as ach_mod
    from riftwatch.analysis import ach_store

    a, b = _pair_of(pair)
    ach_mod.parse_as_of(as_of)
    if path is not None:
        claims = _ach_claims(path, None, on_error)
        return _with_aliases(ach_mod.ach(claims, a, b, as_of=as_of), claims)
    from datetime import date as _date

    from riftwatch.actors.api import _kb

    claims = stored_claims(db)
    with _store(db) as store, _kb(store) as (kb, _):
        first = ach_mod.ach(claims, a, b, as_of=as_of, kb=kb)
        when = first["as_of"] or _date.today().isoformat()
        if store_question:
            q = ach_store.ensure_question(store, first["pair"], when, analyst or "riftwatch")
        else:
            q = ach_store.find_question(store, first["pair"], when)
            if q is None:
                return _with_aliases(
                    {**first, "question": None, "question_created_by": None}, claims
                )
        extra = ach_store.hypotheses(store, q["id"])
        rated = ach_store.ratings(store, q["id"])
        out = ach_mod.ach(claims, a, b, as_of=when, kb=kb, hypotheses=extra, analyst_ratings=rated)
    out["question"] = q["id"]
    out["question_created_by"] = q["created_by"]
    return _with_aliases(out, claims)


def _with_aliases(out: dict[str, Any], claims: Sequence[Any]) -> dict[str, Any]:
    """``out`` (an ``ach`` matrix) with the ``aliases`` of its actors (``pair``), their ids
    and names unchanged."""
    from riftwatch.analysis.naming import actor_namer

    name = actor_namer(claims, rename=False)
    if isinstance(out.get("pair"), list):
        out["pair"] = [name(a) if isinstance(a, dict) else a for a in out["pair"]]
    for row in out.get("ranking") or ():
        if isinstance(row.get("actor"), dict):
            row["actor"] = name(row["actor"])
    return out


def _stored_question_matrix(store: Store, question: int | str) -> dict[str, Any]:
    from riftwatch.analysis import ach_store

    q = ach_store.get_question(store, question)
    return ach_matrix(pair=[q["pair"][0]["id"], q["pair"][1]["id"]], as_of=q["as_of"], db=store)


def ach_rate(
    question: int | str,
    item: str,
    hypothesis: str,
    rating: str,
    *,
    analyst: str,
    note: str | None = None,
    db: DB = None,
) -> dict[str, Any]:
    """Record an analyst's rating (CC, C, N, I, II) of evidence ``item`` (its ``item`` key
    or its position, 1 = first row of the matrix) against ``hypothesis`` in a stored
    question. Nothing is overwritten: the rating joins the question's history."""
    from riftwatch.analysis import ach_store

    with _store(db) as store:
        matrix = _stored_question_matrix(store, question)
        keys = [e["item"] for e in matrix["evidence"]]
        if item.isdigit() and 1 <= int(item) <= len(keys):
            item = keys[int(item) - 1]
        return ach_store.rate(
            store,
            question,
            item,
            hypothesis,
            rating,
            analyst=analyst,
            note=note,
            items=keys,
            hypothesis_ids=[h["id"] for h in matrix["hypotheses"]],
        )


def ach_add_hypothesis(
    question: int | str,
    hypothesis: str,
    name: str,
    *,
    analyst: str,
    description: str | None = None,
    db: DB = None,
) -> dict[str, Any]:
    """Add a hypothesis (id, name, description) to a stored question."""
    from riftwatch.analysis import ach_store

    with _store(db) as store:
        matrix = _stored_question_matrix(store, question)
        return ach_store.add_hypothesis(
            store,
            question,
            hypothesis,
            name,
            analyst=analyst,
            description=description,
            existing=[h["id"] for h in matrix["hypotheses"]],
        )


def ach_history(question: int | str, *, db: DB = None) -> dict[str, Any]:
    """A stored question with its added hypotheses and every rating, oldest first."""
    from riftwatch.analysis import ach_store

    with _store(db) as store:
        q = ach_store.get_question(store, question)
        return {
            **q,
            "hypotheses": ach_store.hypotheses(store, q["id"]),
            "ratings": ach_store.ratings(store, q["id"]),
        }


def ach_questions(db: DB = None) -> list[dict[str, Any]]:
    """Every stored ACH question."""
    from riftwatch.analysis import ach_store

    with _store(db) as store:
        return ach_store.list_questions(store)


def wedge_ranking(
    path: str | os.PathLike[str] | None = None,
    *,
    target: str,
    within: str,
    as_of: str | None = None,
    db: DB = None,
    on_error: Any = None,
) -> dict[str, Any]:
    """Rank the factions of ``within`` by how separable they are from ``target``.

    ``ranking`` is the contract's list (most separable first); the result also has the
    factions without evidence, the ranking's confidence and the signed network's
    structural balance and brokers.
    """
    from riftwatch.analysis import ach as ach_mod
    from riftwatch.analysis import wedges as wedges_mod

    for value, what in ((target, "--target"), (within, "--within")):
        if not value or not value.strip():
            from riftwatch.errors import JudgementError

            raise JudgementError("RW551", what=what)
    ach_mod.parse_as_of(as_of)
    claims = _ach_claims(path, db, on_error)
    if path is not None:
        out = wedges_mod.wedges(claims, target, within, as_of=as_of)
    else:
        from riftwatch.actors.api import _kb

        with _kb(db) as (kb, _):
            out = wedges_mod.wedges(claims, target, within, as_of=as_of, kb=kb)
    net = wedges_mod.signed_network(claims, as_of=as_of)
    out["network"] = {"balance": net["balance"], "brokers": net["brokers"]}
    # no aliases here: the workbench ranks from the claims between the two sides only, and
    # the names a corpus used would differ between the two readings of one ranking
    return out


def signed_network(
    path: str | os.PathLike[str] | None = None,
    *,
    as_of: str | None = None,
    db: DB = None,
    on_error: Any = None,
) -> dict[str, Any]:
    """The signed, dated network of actors of a file or the store (edges with evidence,
    structural balance, brokers)."""
    from riftwatch.analysis import wedges as wedges_mod

    return wedges_mod.signed_network(_ach_claims(path, db, on_error), as_of=as_of)


def pressures(
    path: str | os.PathLike[str] | None = None,
    *,
    pair: Sequence[str],
    as_of: str | None = None,
    db: DB = None,
    max_lag: int = 12,
    on_error: Any = None,
) -> dict[str, Any]:
    """Pressure on each side of ``pair`` (third parties' strikes, arrests, offensives,
    sanctions), third parties' moves, numeric claims with their sources, and a lagged
    association of pressure with distancing, with its caveats (not causation)."""
    from riftwatch.analysis import ach as ach_mod
    from riftwatch.analysis import drivers

    a, b = _pair_of(pair)
    ach_mod.parse_as_of(as_of)
    claims = _ach_claims(path, db, on_error)
    if path is not None:
        return drivers.pressures(claims, a, b, as_of=as_of, max_lag=max_lag)
    from riftwatch.actors.api import _kb

    with _kb(db) as (kb, _):
        return drivers.pressures(claims, a, b, as_of=as_of, kb=kb, max_lag=max_lag)


# -- briefings (issue 12) ---------------------------------------------------------------------
def report(
    db: DB = None,
    *,
    fmt: str = "html",
    pairs: Sequence[str] | None = None,
    as_of: str | None = None,
    store_questions: bool = True,
    analyst: str | None = None,
) -> str | bytes:
    """A self-contained briefing of the store (``riftwatch report``).

    ``pairs``: relationships as ``"A/B"`` strings (actor names or ids); default: the whole
    field (the rifts found, else the allied pairs closest to a break). ``as_of`` leaves out
    events after it. Returns the HTML page (``fmt="html"``), or the same laid out as PDF
    bytes (``fmt="pdf"``, with WeasyPrint): key judgements in words of
    estimative probability with confidence, per relationship a timeline chart (inline SVG),
    evidence and counter-evidence with grades and citations, the ACH summary and wedges,
    methods and sources. Errors: RW305 no store, RW620 bad pair, RW621 no WeasyPrint
    (PDF), RW622 unknown format. Like ``riftwatch ach``, it stores each pair's ACH question
    (opened by ``analyst``); with ``store_questions=False`` it changes nothing in the store
    (a stored question is used, none is created).
    """
    from riftwatch.report import check_format, render

    check_format(fmt)
    with _store(db) as store:
        return render(store, fmt=fmt, pairs=pairs, as_of=as_of,
                      store_questions=store_questions, analyst=analyst)  # fmt: skip


# -- watchlists, watch sources and alerts: riftwatch watch (issue 12) --------------------------
# Thin wrappers over :mod:`riftwatch.watch` (docs/watch.md). Following and adding sources
# create the store; reading alerts does not.


def follow(
    a: str,
    b: str | None = None,
    *,
    db: DB = None,
    analyst: str | None = None,
    threshold: float | str | None = None,
    channels: str | Sequence[str] | None = None,
    webhook_url: str | None = None,
    email_to: str | None = None,
) -> dict[str, Any]:
    """Follow an actor (all its pairs) or a pair (``riftwatch follow A [B]``).

    ``threshold``: the rift probability that raises an alert (default: setting
    ``watch_threshold``); ``channels``: ``ui`` (always), ``webhook``, ``email``. Errors:
    RW700 threshold, RW710/RW711 a channel not configured, RW712 channel, RW715 names.

    >>> import tempfile, pathlib
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "rw.db"
    >>> row = follow("Haqqani network", "Al Qaeda", db=db, analyst="ana", threshold=0.7)
    >>> row["pair"], row["threshold"], row["channels"]
    (['Al Qaeda', 'Haqqani network'], 0.7, ['ui'])
    >>> [w["id"] for w in watchlists(db=db)] == [row["id"]]
    True
    """
    from riftwatch.watch import follow as add

    with _store(db, create=True) as store:
        return add(store, a, b, analyst=analyst, threshold=threshold, channels=channels,
                   webhook_url=webhook_url, email_to=email_to)  # fmt: skip


def unfollow(
    a: str, b: str | None = None, *, db: DB = None, analyst: str | None = None
) -> dict[str, Any]:
    """Stop following an actor or a pair (RW705 when not followed); alerts are kept."""
    from riftwatch.watch import unfollow as remove

    with _store(db) as store:
        return remove(store, a, b, analyst=analyst)


def watchlists(db: DB = None, *, analyst: str | None = None) -> list[dict[str, Any]]:
    """The follows (of one analyst), each with its pairs' last assessed probability."""
    from riftwatch.watch import watchlists as listed

    with _store(db) as store:
        return listed(store, analyst=analyst)


def add_watch_source(
    kind: str,
    location: str | os.PathLike[str],
    *,
    db: DB = None,
    name: str | None = None,
    source_type: str | None = None,
    interval: float | str | None = None,
) -> dict[str, Any]:
    """Watch a folder (``kind="folder"``) or a feed (``"feed"``: an http(s) URL or a local
    file path). Errors: RW702 feed file, RW703 feed location, RW704 folder, RW713 interval."""
    from riftwatch.watch import add_source

    with _store(db, create=True) as store:
        return add_source(store, kind, location, name=name, source_type=source_type,
                          interval=interval)  # fmt: skip


def watch_sources(db: DB = None) -> list[dict[str, Any]]:
    """The watched folders and feeds, with their last check and its error."""
    from riftwatch.watch import list_sources

    with _store(db) as store:
        return list_sources(store)


def remove_watch_source(source_id: int | str, *, db: DB = None) -> dict[str, Any]:
    """Stop watching a folder or feed (RW706 if unknown); its documents stay stored."""
    from riftwatch.watch import remove_source

    with _store(db) as store:
        return remove_source(store, source_id)


def watch_once(
    db: DB = None,
    *,
    due_only: bool = False,
    spool_dir: str | os.PathLike[str] | None = None,
    progress: Any = None,
) -> dict[str, Any]:
    """One round of ``riftwatch watch``: new files and feed entries in, coded, followed
    relationships reassessed, alerts raised once per upward crossing and delivered.
    See :func:`riftwatch.watch.watch_once`."""
    from riftwatch.watch import watch_once as run

    with _store(db, create=True) as store:
        return run(store, due_only=due_only, spool_dir=spool_dir, progress=progress)


def alerts(
    db: DB = None,
    *,
    analyst: str | None = None,
    unacknowledged: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Alerts, newest first, with the evidence they were raised on."""
    from riftwatch.watch import list_alerts

    with _store(db) as store:
        return list_alerts(store, analyst=analyst, unacknowledged=unacknowledged,
                           limit=limit, offset=offset)  # fmt: skip


def get_alert(alert_id: int | str, *, db: DB = None) -> dict[str, Any]:
    """One alert (RW707 if unknown)."""
    from riftwatch.watch import get_alert as one

    with _store(db) as store:
        return one(store, alert_id)


def acknowledge_alert(
    alert_id: int | str, *, db: DB = None, analyst: str | None = None
) -> dict[str, Any]:
    """Acknowledge an alert (RW707 unknown, RW716 already acknowledged)."""
    from riftwatch.watch import acknowledge

    with _store(db) as store:
        return acknowledge(store, alert_id, analyst=analyst)


# -- server mode: users, API tokens, the audit log ---------------------------------------


def _by(by: str | None) -> str:
    from riftwatch.claims_store import default_analyst

    return by or default_analyst()


def add_user(db: DB, name: str, role: str, password: str, *, by: str | None = None) -> dict:
    """Add a user of server mode with ``role`` (viewer, analyst, admin) and a password
    (argon2-hashed). Errors: RW611 bad name/role/password, RW613 the name is taken."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.add_user(store, name, role, password, by=_by(by))


def list_users(db: DB = None) -> list[dict[str, Any]]:
    """The users of server mode (name, role, disabled; never password hashes)."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.list_users(store)


def set_user_role(db: DB, name: str, role: str, *, by: str | None = None) -> dict[str, Any]:
    """Change a user's role (their API tokens never keep more than it). RW612 unknown user."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.set_role(store, name, role, by=_by(by))


def set_user_password(db: DB, name: str, password: str, *, by: str | None = None) -> dict:
    """Set a user's password; their open login sessions end."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.set_password(store, name, password, by=_by(by))


def disable_user(
    db: DB, name: str, *, disabled: bool = True, by: str | None = None
) -> dict[str, Any]:
    """Disable a user (no login; sessions and tokens stop at once), or enable them again."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.set_disabled(store, name, disabled, by=_by(by))


def create_token(
    db: DB,
    user: str,
    name: str,
    *,
    role: str | None = None,
    days: float | None = None,
    by: str | None = None,
) -> dict[str, Any]:
    """A new API token for ``user`` (role at most theirs); ``token`` in the result is the
    secret, shown once (only its SHA-256 digest is stored)."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.create_token(store, user, name, role=role, days=days, by=_by(by))


def list_tokens(db: DB = None, *, user: str | None = None) -> list[dict[str, Any]]:
    """API tokens (never their secrets), of one ``user`` when given."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.list_tokens(store, user)


def revoke_token(db: DB, token_id: int | str, *, by: str | None = None) -> dict[str, Any]:
    """Revoke an API token at once (RW614 when there is no active token with that id)."""
    from riftwatch.store import accounts

    with _store(db) as store:
        return accounts.revoke_token(store, token_id, by=_by(by))


def audit_log(
    db: DB = None,
    *,
    actor: str | None = None,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The audit log, newest first: who changed what, when, with the state before and
    after. ``action`` ending in ``*`` is a prefix (``event.*``)."""
    from riftwatch.store import audit

    with _store(db) as store, store.engine.connect() as conn:
        return audit.list_rows(conn, actor=actor, action=action, object_type=object_type,
                               object_id=object_id, limit=limit, offset=offset)  # fmt: skip


def count_audit(db: DB = None, **filters: Any) -> int:
    """How many audit rows match :func:`audit_log`'s filters."""
    from riftwatch.store import audit

    with _store(db) as store, store.engine.connect() as conn:
        return audit.count_rows(conn, **filters)


# -- workbench read pages (issue 12): one pair's claims through the index, the field cached --
def relationship(db: DB, a: str, b: str, **filters: Any) -> dict[str, Any]:
    """One relationship for the workbench: :func:`dyad`'s series, evidence and rift, from
    only the pair's claims (``min_reliability``, ``max_credibility``, ``date_from``,
    ``date_to`` choose the claims; ``channel`` the chart's and lists' channel); see
    :func:`riftwatch.workbench.relationship`."""
    from riftwatch import workbench

    with _store(db) as store:
        return workbench.relationship(store, a, b, **filters)


def field_dashboard(db: DB = None, **options: Any) -> dict[str, Any]:
    """Rift alerts and the most changed relationships of the store, with trends (cached
    per store state); see :func:`riftwatch.workbench.dashboard`."""
    from riftwatch import workbench

    with _store(db) as store:
        return workbench.dashboard(store, **options)


def field_network(db: DB = None, **filters: Any) -> dict[str, Any]:
    """The signed network of the store over a window (filters, seeded layout); see
    :func:`riftwatch.workbench.network`."""
    from riftwatch import workbench

    with _store(db) as store:
        return workbench.network(store, **filters)


def actor_relationships(db: DB, actor: str, *, limit: int = 50) -> dict[str, Any]:
    """The relationships of an actor (id, name or alias) in the store, with trends."""
    from riftwatch import workbench

    with _store(db) as store:
        key = workbench.actor_key(store, actor)
        out = workbench.actor_relationships(store, key, limit=limit)
        out["actor"] = {"id": key, "name": workbench.field_name(store, key) or key}
        return out


def open_actors(db: DB = None, query: str | None = None, *, limit: int = 50) -> list[dict]:
    """Actors of the store outside the knowledge base (``open:`` ids), by name."""
    from riftwatch import workbench

    with _store(db) as store:
        return workbench.open_actors(store, query, limit=limit)


# -- exports and imports (issue 12) ----------------------------------------------------------
def export_formats() -> dict[str, list[str]]:
    """Every kind of export and its formats: ``{"events": ["csv", "jsonl", "parquet"], ...}``.

    >>> export_formats()["graph"]
    ['gexf', 'graphml']
    """
    from riftwatch.export import KINDS, formats_of

    return {kind: formats_of(kind) for kind in KINDS}


def _export_plan(kind: str, fmt: str | None, filters: dict[str, Any]) -> tuple[Any, dict]:
    """The exporter and the validated filters of an export (nothing is read yet)."""
    from riftwatch.export import exporter_for

    exporter = exporter_for(kind, fmt)
    given = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
    from riftwatch.filters import FILTER_NAMES

    unknown = sorted(set(given) - set(FILTER_NAMES) - {"include_rejected"})
    if unknown:
        raise _bad_value("filter", unknown[0], "not a filter of `events list`")
    EventFilters.of(**{k: v for k, v in given.items() if k != "include_rejected"})
    if exporter.kind in ("events", "judgements"):
        given.pop("include_rejected", None)
    return exporter, given


_DATA_SUFFIXES = frozenset({"json", "ndjson", "tsv", "xlsx", "xls", "xml", "yaml", "yml"})
"""Extensions of data formats: an export to a file so named must be in a format the kind has."""


def export(
    kind: str,
    fmt: str | None = None,
    output: str | os.PathLike[str] | Any = None,
    *,
    db: DB = None,
    by_month: bool = False,
    group_object: str | None = None,
    batch_size: int | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """Export the store: ``kind`` (events, claims, judgements, actors, graph, stix, plover)
    in ``fmt`` (see :func:`export_formats`; default the format named by the output path's
    extension when it is one of the kind's, else the kind's first) to ``output``, a path or
    a binary stream.

    ``filters`` are those of :func:`list_events` (``actor``, ``pair``, ``event_type``,
    ``date_from``, ``min_reliability``, ``judged``, ``verdict``, ...) plus, for claims and
    what is built from them, ``include_rejected`` (False leaves rejected claims out).
    ``by_month`` adds monthly spells to the actor graph; ``group_object``
    (``threat-actor`` or ``intrusion-set``) is the STIX object of armed groups. Rows are
    read and written in batches of ``batch_size`` (default 2,000). A path is written to a
    temporary file beside it and renamed at the end: a failed export leaves no half
    file. Returns ``{"kind", "format", "exporter", "records", "path"}``. Raises
    ExportError RW720/RW721 (kind, format), RW722 (cannot write), ConfigError for a bad
    filter.
    """
    from riftwatch.errors import ExportError
    from riftwatch.export import run

    if fmt is None and output is not None and not hasattr(output, "write"):
        # "-o judgements.jsonl": the file's own extension names the format when it is one
        # of the kind's (lead45: a CSV written to a .jsonl file could not be imported)
        suffix = os.fspath(output).rsplit(".", 1)[-1].lower() if "." in os.fspath(output) else ""
        known = export_formats()
        if suffix in known.get(kind, []):
            fmt = suffix
        elif suffix in _DATA_SUFFIXES.union(*known.values()) and kind in known:
            # "-o events.json": a data format the kind lacks is refused, not silently filled
            # with CSV (walk65); a neutral extension (.txt, .out) keeps the first format
            raise ExportError("RW721", field="format", kind=kind, value=suffix,
                              choices=", ".join(known[kind]))  # fmt: skip
    exporter, given = _export_plan(kind, fmt, filters)
    options = {"by_month": by_month, "group_object": group_object, "batch_size": batch_size}
    with _store(db) as store:
        if output is None or hasattr(output, "write"):
            import sys

            stream = output if output is not None else sys.stdout.buffer
            records = run(exporter, store, stream, given, options)
            return {"kind": exporter.kind, "format": exporter.format, "exporter": exporter.name,
                    "records": records, "path": None}  # fmt: skip
        from pathlib import Path

        target = Path(output)
        partial = target.with_name(f".{target.name}.partial")
        try:
            with open(partial, "wb") as stream:
                records = run(exporter, store, stream, given, options)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ExportError("RW722", path=str(target), detail=exc.strerror or str(exc)) from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return {"kind": exporter.kind, "format": exporter.format, "exporter": exporter.name,
            "records": records, "path": str(target)}  # fmt: skip


def export_stream(
    kind: str, fmt: str | None = None, *, db: DB = None, by_month: bool = False,
    group_object: str | None = None, **filters: Any,
) -> dict[str, Any]:  # fmt: skip
    """An export as pieces of bytes, for a streaming download: ``{"exporter",
    "media_type", "filename", "chunks"}``. The filters are checked before anything is
    read (errors as :func:`export`); the row formats are produced batch by batch as the
    chunks are consumed, the others are written to a temporary file first and read back
    in pieces. An open store given as ``db`` must stay open while the chunks are read
    (one opened here from a path is closed after the last piece)."""
    import tempfile

    from riftwatch.export import run

    exporter, given = _export_plan(kind, fmt, filters)
    options = {"by_month": by_month, "group_object": group_object}
    store = connect(db, create=False)

    def from_file() -> Iterator[bytes]:
        with tempfile.TemporaryFile() as spool:
            run(exporter, store, spool, given, options)
            spool.seek(0)
            while piece := spool.read(1 << 16):
                yield piece

    def pieces() -> Iterator[bytes]:
        try:
            yield from exporter.chunks(store, given, options) if exporter.chunks else from_file()
        finally:
            if store is not db:  # opened here from a path or URL
                store.close()

    return {"exporter": exporter.name, "media_type": exporter.media_type,
            "filename": f"riftwatch-{exporter.kind}{exporter.suffix}",
            "chunks": pieces()}  # fmt: skip


def import_actors(
    path: str | os.PathLike[str], *, db: DB = None, analyst: str | None = None
) -> dict[str, Any]:
    """Import actors from a CSV, JSON or JSON Lines file (as ``export actors`` writes
    them; ``name`` and ``type`` required) into the curated layer of the actor KB, through
    the curation API, with the provenance ``import:<file name>``. One transaction; a
    rerun adds nothing. Returns the counts; ExportError RW723-RW731 for a bad file."""
    from riftwatch.export.actors import import_actors as run_import

    with _store(db, create=True) as store:
        return run_import(store, path, analyst=analyst)


def import_judgements(path: str | os.PathLike[str], *, db: DB = None) -> dict[str, Any]:
    """Import analysts' judgements of events (as ``export judgements`` writes them) into
    a store holding the same documents: each is attached to the event its key names,
    with its analyst and time, so the history matches the exporting store's. One
    transaction; a judgement already present is skipped. Returns ``{"file", "rows",
    "imported", "already_present"}``; ExportError RW723-RW731 for a bad file."""
    from riftwatch.export.judgements import import_judgements as run_import

    with _store(db) as store:
        return run_import(store, path)


__all__ = [
    "acknowledge_alert",
    "add_watch_source",
    "alerts",
    "follow",
    "get_alert",
    "remove_watch_source",
    "unfollow",
    "watch_once",
    "watch_sources",
    "watchlists",
    "MODALITIES",
    "add_user",
    "audit_log",
    "count_audit",
    "create_token",
    "disable_user",
    "list_tokens",
    "list_users",
    "revoke_token",
    "set_user_password",
    "set_user_role",
    "grade_document",
    "actor_relationships",
    "field_dashboard",
    "field_network",
    "open_actors",
    "relationship",
    "ach_add_hypothesis",
    "ach_history",
    "ach_matrix",
    "ach_questions",
    "ach_rate",
    "pressures",
    "signed_network",
    "stored_claims",
    "wedge_ranking",
    "connect",
    "count_documents",
    "count_events",
    "event_cursor",
    "parse_event_cursor",
    "EventFilters",
    "count_search",
    "delete_documents",
    "dyad",
    "event_judgements",
    "explain",
    "export",
    "export_formats",
    "export_stream",
    "extract",
    "extract_stored",
    "get_event",
    "list_events",
    "read_documents",
    "read_jsonl_documents",
    "get_document",
    "grade_source",
    "import_actors",
    "import_judgements",
    "ingest",
    "init_store",
    "judge_event",
    "list_claims",
    "list_documents",
    "list_sources",
    "load_claims",
    "orphaned_judgements",
    "override_credibility",
    "parse_columns",
    "report",
    "rifts",
    "search",
    "status",
]
