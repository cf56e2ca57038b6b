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

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from riftwatch import settings
from riftwatch.errors import ConfigError, IngestError, NLPError, RiftwatchError, StoreError
from riftwatch.ingest.grading import GradingTable
from riftwatch.ingest.pipeline import Ingester, IngestSummary, ProgressFn
from riftwatch.ingest.readers import ReadOptions
from riftwatch.model import parse_credibility, parse_reliability, parse_source_type
from riftwatch.store import Store, open_store
from riftwatch.store.tables import (
    Document,
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
) -> IngestSummary:
    """Ingest files and folders; see :mod:`riftwatch.ingest.pipeline`.

    ``source``, ``source_type``, ``reliability`` and ``credibility`` apply to
    documents that do not set them themselves (field or sidecar). Invalid
    grades raise :class:`~riftwatch.errors.ConfigError` before anything is read.
    """
    overrides: dict[str, Any] = {"source": source}
    if source_type:
        overrides["source_type"] = parse_source_type(source_type)
    if reliability:
        overrides["reliability"] = parse_reliability(reliability)
    if credibility not in (None, ""):
        overrides["credibility"] = parse_credibility(credibility)
    mapping = parse_columns(columns) if isinstance(columns, str) else dict(columns or {})
    options = ReadOptions(columns=mapping, max_chars=int(settings.get("max_document_chars")))
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
        return ingester.run(paths)


def status(db: DB = None) -> dict[str, Any]:
    """Counts, failures and the last run: the ``status`` command's data."""
    with _store(db) as store, store.engine.connect() as conn:
        documents = conn.scalar(select(func.count()).select_from(Document)) or 0
        sentences = conn.scalar(select(func.count()).select_from(SentenceRow)) or 0
        events = 0
        if store.has_table("events"):
            events = conn.scalar(text("SELECT count(*) FROM events")) or 0
        origin_groups = conn.scalar(select(func.count(func.distinct(Document.origin_id)))) or 0
        languages = dict(
            conn.execute(select(Document.language, func.count()).group_by(Document.language)).all()
        )
        source_types = dict(
            conn.execute(
                select(Document.source_type, func.count()).group_by(Document.source_type)
            ).all()
        )
        files = dict(
            conn.execute(select(IngestFile.status, func.count()).group_by(IngestFile.status)).all()
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


def list_documents(
    db: DB = None,
    *,
    limit: int = 50,
    offset: int = 0,
    source: str | None = None,
    source_type: str | None = None,
    language: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Stored documents, newest id first, filtered by the given fields."""
    with _store(db) as store, store.new_session() as session:
        query = (
            select(Document, Source.name)
            .outerjoin(Source, Document.source_id == Source.id)
            .order_by(Document.id)
        )
        if source:
            query = query.where(func.lower(Source.name) == source.lower())
        if source_type:
            query = query.where(Document.source_type == parse_source_type(source_type))
        if language:
            query = query.where(Document.language == language)
        if status:
            query = query.where(Document.status == status)
        rows = session.execute(query.limit(limit).offset(offset)).all()
        return [_doc_summary(doc, name) for doc, name in rows]


def get_document(db: DB, doc_id: int, *, sentences: bool = True) -> dict[str, Any]:
    """One document with its text, grade origin, origin group and sentences."""
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


def search(db: DB, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Full-text search over sentences, best match first, with a highlighted snippet.

    One syntax on both stores (see :mod:`riftwatch.store.query` and ``docs/search.md``):
    words (all must occur), ``"quoted phrases"``, ``OR``, ``NOT`` or ``-word``,
    parentheses and ``prefix*``; case and diacritics are ignored, words are not stemmed.
    Both stores find the same sentences; the order (relevance: BM25 on SQLite,
    ``ts_rank`` on PostgreSQL, then sentence id) may differ. An invalid query raises
    StoreError RW304 saying what is wrong and where; ``limit`` < 1 or ``offset`` < 0
    raise ConfigError RW007.

    Each hit has ``snippet`` (matched words in ``[`` ``]``) and ``marks``, the
    ``[start, end)`` offsets of the matched stretches in the snippet.
    """
    from riftwatch.store.query import highlight, parse, to_fts5, to_tsquery

    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise ConfigError("RW007", value=limit, name="limit", detail="give a whole number >= 1")
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise ConfigError("RW007", value=offset, name="offset", detail="give a whole number >= 0")
    tree = parse(query)
    columns = (
        's.id, s.document_id, s.idx, s.start, s."end", s.text, '
        "d.title, d.published, d.reliability, d.credibility"
    )
    with _store(db) as store, store.engine.connect() as conn:
        if store.dialect == "sqlite":
            sql = text(
                f"SELECT {columns} FROM sentences_fts "
                "JOIN sentences s ON s.id = sentences_fts.rowid "
                "JOIN documents d ON d.id = s.document_id "
                "WHERE sentences_fts MATCH :q ORDER BY sentences_fts.rank, s.id "
                "LIMIT :limit OFFSET :offset"
            )
            params = {"q": to_fts5(tree), "limit": limit, "offset": offset}
        else:
            sql = text(
                f"SELECT {columns} FROM sentences s JOIN documents d ON d.id = s.document_id "
                "WHERE s.tsv @@ CAST(:q AS tsquery) "
                "ORDER BY ts_rank(s.tsv, CAST(:q AS tsquery)) DESC, s.id "
                "LIMIT :limit OFFSET :offset"
            )
            params = {"q": to_tsquery(tree), "limit": limit, "offset": offset}
        try:
            rows = conn.execute(sql, params).all()
        except DBAPIError as exc:  # a bug in the translation, not the user's query
            raise StoreError("RW304", query=query, detail=_first_line(exc.orig)) from None
    hits = []
    for r in rows:
        snippet, marks = highlight(r.text, tree)
        hits.append(
            {
                "sentence_id": r.id,
                "document_id": r.document_id,
                "sentence_index": r.idx,
                "start": r.start,
                "end": r.end,
                "snippet": snippet,
                "marks": marks,
                "title": r.title,
                "published": r.published,
                "grade": f"{r.reliability}{r.credibility}",
            }
        )
    return hits


def _first_line(exc: BaseException | None) -> str:
    message = str(exc or "").strip()
    return message.splitlines()[0] if message else type(exc).__name__


GRADE_ORIGINS = {
    "source": "analyst",
    "grading:source": "grading file (source)",
    "grading:source_type": "grading file (type)",
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
        rows = session.execute(select(Source).order_by(Source.name)).scalars().all()
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
    inherited = {"source", "grading:source", "grading:source_type", "grading:default"}
    regraded = 0
    with _store(db) as store, store.new_session() as session, session.begin():
        source = session.scalars(
            select(Source).where(func.lower(Source.name) == name.strip().lower())
        ).first()
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
    return out


def read_jsonl_documents(
    path: str | os.PathLike[str],
) -> Iterator[dict[str, Any] | RiftwatchError]:
    """Documents of a JSON Lines file for the stateless commands (``extract``, ``rifts``).

    ``id`` and ``text`` are required; ``date``, ``title``, ``source``, ``source_type``,
    ``reliability``, ``credibility`` and ``url`` are optional. A bad line is yielded as
    an error naming its line number; the other lines go on.
    """
    import json

    from riftwatch.ingest.dates import parse_date

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
            if record.get("date") not in (None, ""):
                iso, _precision = parse_date(record["date"])
                if iso is None:
                    detail = f"field 'date' is not a date: {record['date']!r}"
                    yield NLPError("RW203", path=str(path), line=number, detail=detail)
                    continue
                record["date"] = iso
            yield record


def extract(docs: Iterable[dict[str, Any]], *, workers: int = 1) -> Iterator[dict[str, Any]]:
    """Code documents into events (stateless): one dict per event, the contract's shape.

    ``workers`` > 1 codes batches of documents in a pool of processes; the order of the
    output follows the input.
    """
    from riftwatch.nlp.run import batched, map_batches

    for results in map_batches(batched(docs), workers):
        for _doc_id, events in results:
            for event in events:
                event.pop("why", None)
                yield event


def extract_stored(
    db: DB = None, *, recode_all: bool = False, workers: int = 1, progress: Any = None
) -> dict[str, Any]:
    """Code the store's documents not yet coded by this coder version (idempotent)."""
    from riftwatch.nlp.run import code_stored

    with _store(db) as store:
        return code_stored(store, recode_all=recode_all, workers=workers, progress=progress)


def list_events(
    db: DB = None, *, document_id: int | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored events, by document then position."""
    from riftwatch.store.tables import EventRow

    with _store(db) as store, store.engine.connect() as conn:
        query = select(EventRow).order_by(EventRow.document_id, EventRow.sentence_index,
                                          EventRow.id)  # fmt: skip
        if document_id is not None:
            query = query.where(EventRow.document_id == document_id)
        rows = conn.execute(query.limit(limit).offset(offset)).all()
    return [
        {
            "id": r.id, "document_id": r.document_id, "sentence_index": r.sentence_index,
            "start": r.sentence_start, "end": r.sentence_end,
            "source": r.detail.get("source") or {"id": r.source_id, "name": r.source_name},
            "target": r.detail.get("target") or {"id": r.target_id, "name": r.target_name},
            "event_type": r.event_type, "mode": r.mode, "modality": r.modality,
            "date": r.event_date, "date_precision": r.date_precision,
            "attributed_to": r.attributed_to, "confidence": r.confidence, "quote": r.quote,
            "why": r.detail.get("why", []), "coder_version": r.coder_version,
        }
        for r in rows
    ]  # fmt: skip


def explain(sentence: str, *, date: str | None = None) -> dict[str, Any]:
    """The parse, the mentions, the events and the reasons for one sentence."""
    from riftwatch.nlp.explain import explain_sentence

    return explain_sentence(sentence, date=date)


__all__ = [
    "connect",
    "explain",
    "extract",
    "extract_stored",
    "list_events",
    "read_jsonl_documents",
    "get_document",
    "grade_source",
    "ingest",
    "init_store",
    "list_documents",
    "list_sources",
    "parse_columns",
    "search",
    "status",
]
