"""The ingest stage: files -> graded, segmented, deduplicated documents in the store.

Every document is stored in its own transaction together with its sentences
and LSH buckets, so a run killed at any moment leaves only whole documents;
the next run skips what is already stored (content hash) and finishes the job.
A file is marked done only after its last document, so an interrupted file is
read again. Failures are recorded per file (and per line for multi-record
files) with a numbered reason; the run goes on.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import (
    JSON,
    LargeBinary,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from riftwatch import settings
from riftwatch.errors import IngestError, RiftwatchError
from riftwatch.ingest import dedup
from riftwatch.ingest.dates import choose_date
from riftwatch.ingest.grading import GradingTable
from riftwatch.ingest.language import detect
from riftwatch.ingest.readers import ReadOptions, choose_reader
from riftwatch.ingest.readers.base import HEAD_BYTES, options_hash
from riftwatch.ingest.readers.jsonl import parse_grade
from riftwatch.interrupt import interrupted, release, stop_on_sigterm
from riftwatch.model import RawDocument
from riftwatch.nlp.segment import segment
from riftwatch.store.delete import (
    delete_documents,
    earlier_documents,
    files_with_copies,
    forget_fingerprints,
)
from riftwatch.store.engine import Store
from riftwatch.store.tables import (
    Document,
    IngestFailure,
    IngestFile,
    IngestRun,
    MinhashBand,
    SentenceRow,
    Source,
    utcnow,
)

SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
SIDECAR_FIELDS = (
    "title",
    "date",
    "url",
    "source",
    "source_type",
    "reliability",
    "credibility",
    "language",
)

MAX_CANDIDATES = 25

ProgressFn = Callable[[str, dict[str, Any]], None]


_GRADE_OPTIONS = frozenset({"source_type", "reliability", "credibility"})
"""Options that grade documents: with ``--source``, only that source's documents."""


@dataclass
class IngestSummary:
    """What one ingest run did. ``failures`` lists ``{"path", "line", "code", "error"}``."""

    run_id: int = 0
    files: int = 0
    files_unchanged: int = 0
    documents_added: int = 0
    documents_unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    non_english: int = 0
    sentences_added: int = 0
    documents_replaced: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, Any]:
        """The counts in field order, then ``failed`` and the ``failures`` themselves."""
        counts = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "failures"}
        return {**counts, "failed": self.failed, "failures": self.failures}


def _store_files(store: Store) -> set[str]:
    """The SQLite store's own files, never ingested even when they sit in an input folder."""
    if not store.url.startswith("sqlite") or ":///" not in store.url:
        return set()
    database = os.path.abspath(store.url.split(":///", 1)[1])
    return {database + suffix for suffix in ("", "-wal", "-shm", "-journal")}


def is_sidecar(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(SIDECAR_SUFFIXES)


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Expand files and folders (recursively, following links once) in a stable order.

    Yields an ``IngestError`` (RW100 missing, RW115 link loop, RW101 unreadable)
    in place of a path that cannot be walked.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(os.path.abspath(os.fspath(given)))
        try:
            st = path.stat()
        except OSError as exc:
            yield _path_error(path, exc)
            continue
        if not path.is_dir():
            yield path
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        yield from _walk(path, seen_dirs)


def _walk(root: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | IngestError]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield _path_error(root, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            st = entry.stat(follow_symlinks=True)
        except OSError as exc:
            yield _path_error(path, exc)
            continue
        if is_dir:
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                if entry.is_symlink():
                    yield IngestError("RW115", path=str(path))
                continue
            seen_dirs.add(key)
            yield from _walk(path, seen_dirs)
        elif not is_sidecar(path):
            yield path


def _path_error(path: Path, exc: OSError) -> IngestError:
    if exc.errno == errno.ELOOP:
        return IngestError("RW115", path=str(path))
    if exc.errno == errno.ENOENT:
        return IngestError("RW100", path=str(path))
    return IngestError("RW101", path=str(path), detail=exc.strerror or str(exc))


def load_sidecar(path: Path) -> dict[str, Any]:
    """Metadata from ``<file>.meta.json|yaml`` (or ``<stem>.meta.json|yaml``) next to ``path``."""
    candidates = [path.with_name(path.name + s) for s in SIDECAR_SUFFIXES]
    candidates += [path.with_name(path.stem + s) for s in SIDECAR_SUFFIXES]
    for sidecar in candidates:
        if not sidecar.is_file():
            continue
        try:
            raw = sidecar.read_text("utf-8")
            data = json.loads(raw) if sidecar.suffix == ".json" else yaml.safe_load(raw)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            raise IngestError(
                "RW118", path=str(path), sidecar=sidecar.name, detail=str(exc).splitlines()[0]
            ) from None
        if not isinstance(data, dict):
            raise IngestError(
                "RW118", path=str(path), sidecar=sidecar.name, detail="not a JSON/YAML object"
            )
        grade = data.get("grade")
        if grade not in (None, ""):
            parsed = parse_grade(str(grade))
            if parsed is None:
                detail = f"grade {str(grade)[:20]!r} is not an Admiralty grade like 'B2'"
                raise IngestError("RW118", path=str(path), sidecar=sidecar.name, detail=detail)
            data.setdefault("reliability", parsed[0])
            data.setdefault("credibility", parsed[1])
        return data
    return {}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _line_of(raw: RawDocument) -> int | None:
    if raw.locator and raw.locator.split(" ")[0] in {"line", "row"}:
        try:
            return int(raw.locator.split(" ")[1])
        except (IndexError, ValueError):
            return None
    return None


def _note_failed(error: IngestError, failed_at: set[str | None]) -> bool:
    """Add the locators a failed record may have had; True when it cannot be told
    (an error without line or locator, or one after which the reader stopped)."""
    locator = error.params.get("locator")
    if locator:
        failed_at.add(str(locator))
    if error.line is not None:
        failed_at.update((f"line {error.line}", f"row {error.line}"))
    return bool(error.params.get("stops")) or (error.line is None and not locator)


class Ingester:
    """One ingest run over a store. Use :func:`riftwatch.api.ingest` rather than this directly."""

    def __init__(
        self,
        store: Store,
        *,
        grading: GradingTable | None = None,
        read_options: ReadOptions | None = None,
        overrides: dict[str, Any] | None = None,
        force: bool = False,
        progress: ProgressFn | None = None,
    ) -> None:
        self.store = store
        self.grading = grading or GradingTable.load()
        self.options = read_options or ReadOptions(
            max_chars=int(settings.get("max_document_chars"))
        )
        self.overrides = {k: v for k, v in (overrides or {}).items() if v not in (None, "")}
        self.force = force
        self.progress = progress or (lambda _event, _info: None)
        self.threshold = float(settings.get("near_duplicate_threshold"))
        self.min_words = int(settings.get("near_duplicate_min_words"))
        self.summary = IngestSummary()
        self._current: str | None = None
        self._sources: dict[str, dict[str, Any]] = {}
        self._mtime_of: tuple[Path | None, float | None] = (None, None)
        self._stale: set[str] = set()  # files to read again: they may hold replaced text
        self._last_digest = ""
        self._option_hashes: dict[str | None, tuple[str, str]] = {}  # reader -> (now, default)
        self._doc_table = doc_t = Document.__table__
        self._sent_table = SentenceRow.__table__
        self._band_table = band_t = MinhashBand.__table__
        # statements built once: constructing SQLAlchemy expressions per document
        # costs more than running them
        self._q_hash = select(doc_t.c.id).where(doc_t.c.content_hash == bindparam("digest"))
        self._ins_doc = insert(doc_t)
        self._set_origin = (
            update(doc_t)
            .where(doc_t.c.id == bindparam("doc_id"))
            .values(origin_id=bindparam("oid"))
        )
        self._ins_sentences = insert(self._sent_table)
        self._ins_bands = insert(band_t)
        self._pg_insert: Any = None
        shared = func.count().label("shared")
        near = (
            select(band_t.c.document_id)
            .where(band_t.c.bucket.in_(bindparam("buckets", expanding=True)))
            .group_by(band_t.c.document_id)
            .order_by(shared.desc(), band_t.c.document_id)
            .limit(MAX_CANDIDATES)
            .subquery()
        )
        exact_q = select(
            doc_t.c.id, doc_t.c.origin_id, literal(None, LargeBinary).label("minhash"),
            literal(True).label("exact"),
        ).where(doc_t.c.content_hash == bindparam("digest"))  # fmt: skip
        near_q = select(
            doc_t.c.id, doc_t.c.origin_id, doc_t.c.minhash, literal(False).label("exact")
        ).join(near, near.c.document_id == doc_t.c.id)
        self._q_lookup = union_all(exact_q, near_q)

    # -- run --------------------------------------------------------------
    def run(self, paths: Iterable[str | os.PathLike[str]]) -> IngestSummary:
        """Ingest ``paths``; Ctrl-C or SIGTERM marks the run ``interrupted`` and raises
        :class:`~riftwatch.interrupt.Interrupted` carrying the summary so far."""
        with stop_on_sigterm():
            return self._run(paths)

    def _run(self, paths: Iterable[str | os.PathLike[str]]) -> IngestSummary:
        paths = [os.fspath(p) for p in paths]
        with self.store.engine.begin() as conn:
            conn.execute(
                update(IngestRun).where(IngestRun.status == "running").values(status="interrupted")
            )
            run_id = conn.execute(
                insert(IngestRun).values(
                    started_at=utcnow(), status="running", paths=paths, counts={}
                )
            ).inserted_primary_key[0]
            known = {
                row.path: row
                for row in conn.execute(
                    select(
                        IngestFile.path,
                        IngestFile.sha256,
                        IngestFile.size,
                        IngestFile.mtime_ns,
                        IngestFile.status,
                        IngestFile.documents,
                        IngestFile.reader,
                        IngestFile.options_hash,
                    )
                )
            }
            for row in conn.execute(select(Source)):
                self._sources[row.name.lower()] = dict(row._mapping)
        self.summary.run_id = run_id
        self.run_id = run_id
        try:
            own = _store_files(self.store)
            items = [
                i for i in iter_files(paths) if isinstance(i, IngestError) or str(i) not in own
            ]
            sizes = [0 if isinstance(i, IngestError) else _size_of(i) for i in items]
            self.progress("start", {"files": len(items), "bytes": sum(sizes)})
            for index, (item, size) in enumerate(zip(items, sizes, strict=True), 1):
                path = str(getattr(item, "path", item))
                self._current = path
                self.progress("file_start", {"path": path, "size": size, "index": index})
                if isinstance(item, IngestError):
                    self._record_file_failure(item.path or "", item)
                else:
                    self.summary.files += 1
                    self._ingest_file(item, known.get(str(item)))
                self.progress("file", {"path": path, "size": size, "index": index})
        except KeyboardInterrupt as exc:
            stop = interrupted(exc, self.summary, self._current)
            release(exc)
            self._finish_run("interrupted", stopped_in=self._current)
            raise stop from None
        self._finish_run("finished")
        self.progress("end", {})
        return self.summary

    def _finish_run(self, status: str, stopped_in: str | None = None) -> None:
        """Record the run's end: ``finished``, or ``interrupted`` (with the file it was in)."""
        counts = self.summary.to_dict()
        if stopped_in:
            counts["interrupted_in"] = stopped_in
        stopping = status == "interrupted" and self.store.dialect == "sqlite"
        try:
            with self.store.engine.begin() as conn:
                if stopping:  # someone stopping a run should not wait long for a lock
                    wait = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                    conn.exec_driver_sql("PRAGMA busy_timeout=5000")
                conn.execute(
                    update(IngestRun)
                    .where(IngestRun.id == self.run_id)
                    .values(finished_at=utcnow(), status=status, counts=counts)
                )
                if stopping:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait or 0)}")
        except SQLAlchemyError:
            if status != "interrupted":
                raise
            # the store is unreachable or locked: the next run marks this one interrupted

    # -- files ------------------------------------------------------------
    def _ingest_file(self, path: Path, known: Any) -> None:
        key = str(path)
        try:
            st = path.stat()
        except OSError as exc:
            self._record_file_failure(key, _path_error(path, exc))
            return
        done = known is not None and known.status in ("done", "partial")
        # a file is read again when its bytes, or the options it was read with, changed
        done = done and not self.force and key not in self._stale and self._same_options(known)
        if done and known.size == st.st_size and known.mtime_ns == st.st_mtime_ns:
            self.summary.files_unchanged += 1
            self.summary.documents_unchanged += known.documents or 0
            return
        try:
            sha = file_sha256(path)
            with open(path, "rb") as handle:
                head = handle.read(HEAD_BYTES)
        except OSError as exc:
            self._record_file_failure(key, _path_error(path, exc))
            return
        if done and known.sha256 == sha:
            with self.store.engine.begin() as conn:
                conn.execute(
                    update(IngestFile).where(IngestFile.path == key).values(mtime_ns=st.st_mtime_ns)
                )
            self.summary.files_unchanged += 1
            self.summary.documents_unchanged += known.documents or 0
            return
        with self.store.engine.begin() as conn:
            conn.execute(delete(IngestFailure).where(IngestFailure.path == key))
            values = dict(
                sha256=sha,
                size=st.st_size,
                mtime_ns=st.st_mtime_ns,
                status="running",
                documents=0,
                failures=0,
                run_id=self.run_id,
                updated_at=utcnow(),
            )
            if known is None:
                conn.execute(insert(IngestFile).values(path=key, **values))
            else:
                conn.execute(update(IngestFile).where(IngestFile.path == key).values(**values))
        stored = failures = 0
        reader_name = read_hash = None
        status = "done"
        produced: set[str] = set()  # content hashes this read yielded
        failed_at: set[str | None] = set()  # locators of records that failed
        incomplete = False  # a record error that does not say where, or ends the file
        read_to_end = False
        try:
            reader = choose_reader(path, head)
            reader_name = reader.name
            read_hash = options_hash(self.options, reader.name)
            sidecar = load_sidecar(path)
            for item in self._reporting(reader.read(path, self.options), key, st.st_size):
                if isinstance(item, IngestError):
                    if item.path is None:
                        item.path = key
                    self._record_failure(key, item)
                    failures += 1
                    incomplete |= _note_failed(item, failed_at)
                    continue
                try:
                    outcome = self._store_document(
                        item, path, reader.name, sidecar, reread=known is not None
                    )
                except SQLAlchemyError as exc:
                    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:300]
                    error = IngestError("RW117", path=key, detail=detail)
                    self._record_failure(key, error, line=_line_of(item))
                    failures += 1
                    failed_at.add(item.locator)
                    continue
                except RiftwatchError as exc:
                    self._record_failure(key, exc, line=_line_of(item))
                    failures += 1
                    failed_at.add(item.locator)
                    continue
                stored += outcome in ("added", "near_duplicate", "duplicate")
                produced.add(self._last_digest)
            else:  # the reader got to the end of the file (no break, no exception)
                read_to_end = True
        except RiftwatchError as exc:
            self._record_failure(key, exc)
            failures += 1
            status = "failed"
        except Exception as exc:  # a reader bug must not stop the run
            err = IngestError("RW190", path=key, kind=type(exc).__name__, detail=str(exc)[:300])
            self._record_failure(key, err)
            failures += 1
            status = "failed"
        if status == "done" and failures:
            status = "partial"
        if status == "done" and stored == 0:
            # a readable file that held no document at all
            err = IngestError("RW111", path=key)
            self._record_failure(key, err)
            status = "failed"
            failures += 1
        if known is not None and read_to_end and not incomplete and status in ("done", "partial"):
            self._replace_earlier(key, produced, failed_at)
        with self.store.engine.begin() as conn:
            conn.execute(
                update(IngestFile)
                .where(IngestFile.path == key)
                .values(
                    status=status,
                    documents=stored,
                    failures=failures,
                    reader=reader_name,
                    options_hash=read_hash,
                    updated_at=utcnow(),
                )
            )

    def _same_options(self, known: Any) -> bool:
        """Whether the file was last read with the options this run reads it with.

        Only the options its reader uses count (a column mapping does not re-read a
        PDF). A record from before options were hashed counts as the defaults.
        """
        hashes = self._option_hashes.get(known.reader)
        if hashes is None:
            defaults = ReadOptions(max_chars=self.options.max_chars)
            hashes = self._option_hashes[known.reader] = (
                options_hash(self.options, known.reader),
                options_hash(defaults, known.reader),
            )
        return hashes[0] == (known.options_hash or hashes[1])

    def _replace_earlier(self, key: str, produced: set[str], failed_at: set[str | None]) -> None:
        """Delete the documents an earlier read of ``key`` stored that this read did not yield.

        Run after a complete read of a file read before (changed bytes, changed
        options, ``--force``, or a read that was cut short), so that the store holds
        the file as now read and never an old and a new version side by side. A
        document whose record failed this time (same locator) is kept until the
        record reads cleanly. Files whose text was stored as duplicates of other
        files' documents are read again by the next ingest (:func:`files_with_copies`).
        """
        with self.store.engine.begin() as conn:
            gone = [
                doc_id
                for doc_id, digest, locator in earlier_documents(conn, key)
                if digest not in produced and locator not in failed_at
            ]
            if not gone:
                return
            deleted = delete_documents(conn, gone, forget_files=False)
            copies = files_with_copies(conn, besides=key)
            forget_fingerprints(conn, copies)
        self._stale.update(copies)
        self.summary.documents_replaced += deleted.documents
        self.progress("replaced", {"path": key, "documents": deleted.documents})

    def _reporting(
        self, items: Iterable[RawDocument | IngestError], path: str, size: int
    ) -> Iterator[RawDocument | IngestError]:
        """``items``, with a ``document`` progress event after each has been handled.

        The event says how many documents (or per-record errors) of the file are done,
        the part number of a big file read in parts, and about how many of the file's
        bytes that is (estimated from the UTF-8 length of the texts; readers do not say
        where they are in the file).
        """
        text_bytes = 0
        for done, item in enumerate(items, 1):
            yield item
            part = None
            if isinstance(item, RawDocument):
                text_bytes += len(item.text.encode("utf-8", "replace"))
                part = item.meta.get("part") if isinstance(item.meta, dict) else None
            self.progress(
                "document",
                {"path": path, "size": size, "bytes": min(text_bytes, size), "documents": done,
                 "part": part},
            )  # fmt: skip

    # -- failures ---------------------------------------------------------
    def _record_file_failure(self, path: str, error: RiftwatchError) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(delete(IngestFailure).where(IngestFailure.path == path))
        self._record_failure(path, error)

    def _record_failure(self, path: str, error: RiftwatchError, line: int | None = None) -> None:
        line = error.line if error.line is not None else line
        message = error.detail
        if line is not None and f"line {line}" not in message and f"row {line}" not in message:
            message = f"line {line}: {message}"
        with self.store.engine.begin() as conn:
            conn.execute(
                insert(IngestFailure).values(
                    run_id=self.run_id,
                    path=path,
                    line=line,
                    code=error.code,
                    message=message,
                    created_at=utcnow(),
                )
            )
        entry = {"path": path, "line": line, "code": error.code, "error": f"{error.code} {message}"}
        self.summary.failures.append(entry)
        self.progress("failure", entry)

    # -- documents --------------------------------------------------------
    def _source_row(
        self, conn: Connection, name: str, named_by_option: bool = False
    ) -> dict[str, Any]:
        found = self._sources.get(name.lower())
        if found:
            return found
        row = conn.execute(select(Source).where(func.lower(Source.name) == name.lower())).first()
        if row is None:
            # a source named on the command line (--source) with --source-type/--reliability/
            # --credibility keeps them as its own grades (``sources list`` shows what the
            # analyst said; later documents from it get them too); a source a document or
            # sidecar names takes nothing from the run's options, which are only defaults
            given = self._option_grades() if named_by_option else {}
            source_id = conn.execute(
                insert(Source).values(
                    name=name,
                    created_at=utcnow(),
                    **given,
                    **({"graded_by": "ingest", "graded_at": utcnow()} if given else {}),
                )
            ).inserted_primary_key[0]
            found = {"id": source_id, "name": name, "source_type": None}
            found.update(reliability=None, credibility=None)
            found.update(given)
        else:
            found = dict(row._mapping)
        self._sources[name.lower()] = found
        return found

    def _option_grades(self) -> dict[str, Any]:
        """The source type and grades given on the command line, normalised as the grading
        table reads them (``debrief`` -> ``debrief_report``); only the fields given."""
        given = [f for f in ("source_type", "reliability", "credibility") if f in self.overrides]
        if not given:
            return {}
        graded = self.grading.grade(options=self.overrides)
        return {f: getattr(graded, f) for f in given}

    def _mtime(self, path: Path) -> float | None:
        """The file's modification time (seconds), looked up once per file."""
        if self._mtime_of[0] != path:
            try:
                self._mtime_of = (path, path.stat().st_mtime)
            except OSError:
                self._mtime_of = (path, None)
        return self._mtime_of[1]

    def _store_document(
        self,
        raw: RawDocument,
        path: Path,
        reader: str,
        sidecar: dict[str, Any],
        *,
        reread: bool = False,
    ) -> str:
        """Store one document; returns ``added``, ``near_duplicate`` or ``duplicate``.

        ``reread``: the file was ingested before, so most of its documents are
        probably stored already and the cheap exact-hash query goes first.
        """
        text = raw.text.replace("\x00", "")
        if not text.strip():
            raise IngestError("RW111", path=str(path))
        digest = self._last_digest = dedup.content_hash(text)

        record = {
            "source_type": raw.source_type,
            "reliability": raw.reliability,
            "credibility": raw.credibility,
        }
        side = {k: sidecar.get(k) for k in SIDECAR_FIELDS if sidecar.get(k) not in (None, "")}
        for name in ("source_type", "reliability", "credibility"):
            if record[name] in (None, "") and name in side:
                record[name] = side[name]
        source_name = raw.source or side.get("source") or self.overrides.get("source")
        source_name = str(source_name).strip() if source_name else None
        meta = dict(raw.meta)
        dated = choose_date(
            text,
            reader_value=raw.published,
            reader_origin=raw.date_origin,
            sidecar_value=side.get("date"),
            mtime=self._mtime(path),
            records=bool(raw.locator) and not str(raw.locator).startswith("part "),
            metadata_only=meta.get("format") == "html",  # a page's date: its markup only
        )
        meta.update(dated.notes)
        with self.store.engine.begin() as conn:
            # One query answers both questions: is this exact text stored already, and
            # which stored documents share LSH buckets with it (near-duplicate candidates).
            if reread:
                exact = conn.execute(self._q_hash, {"digest": digest}).scalar()
                if exact is not None:
                    self.summary.duplicates += 1
                    self.progress("duplicate", {"path": str(path), "of": exact})
                    return "duplicate"
            sig = dedup.signature(text, self.min_words)
            bands = dedup.bands(sig) if sig is not None else []
            exact, candidates = self._lookup(conn, digest, bands)
            if exact is not None:
                self.summary.duplicates += 1
                self.progress("duplicate", {"path": str(path), "of": exact})
                return "duplicate"
            origin_id, similarity = self._best_origin(sig, candidates)
            language = raw.language or side.get("language")
            if language:
                lang_conf: float | None = 1.0
                language = str(language).lower()
            else:
                language, lang_conf = detect(text)
            sentences = segment(text)
            # the source the analyst named with --source keeps the grades given with it,
            # also when the documents name the same source themselves (a feed whose
            # channel title is the name given on the command line)
            option_name = str(self.overrides.get("source") or "").strip().lower()
            by_option = not (raw.source or side.get("source")) or (
                bool(option_name) and source_name is not None and source_name.lower() == option_name
            )
            source = self._source_row(conn, source_name, by_option) if source_name else None
            options = self.overrides
            if option_name and not by_option:
                # grades given with --source are that source's: a document that names another
                # source is graded by it (its analyst grade, the grading file), not by them
                options = {k: v for k, v in options.items() if k not in _GRADE_OPTIONS}
            graded = self.grading.grade(
                source=source_name,
                record=record,
                options=options,
                stored_source=source,
            )
            values = dict(
                content_hash=digest,
                external_id=raw.external_id,
                title=raw.title or side.get("title"),
                url=raw.url or side.get("url"),
                published=dated.value,
                published_precision=dated.precision,
                date_origin=dated.origin,
                language=language,
                language_confidence=lang_conf,
                source_id=source["id"] if source else None,
                source_type=graded.source_type,
                reliability=graded.reliability,
                credibility=graded.credibility,
                grade_origin=graded.origin,
                origin_id=origin_id,
                origin_similarity=similarity,
                path=str(path),
                locator=raw.locator,
                reader=reader,
                encoding=meta.pop("encoding", None),
                char_count=len(text),
                text=text,
                minhash=dedup.to_bytes(sig) if sig is not None else None,
                status="ready" if language in ("en", "und") else "foreign",
                meta=meta,
                ingest_run_id=self.run_id,
                created_at=utcnow(),
            )
            try:
                if self.store.dialect == "postgresql":
                    self._write_document_pg(conn, values, sentences, bands)
                else:
                    self._write_document(conn, values, sentences, bands)
            except IntegrityError:
                # stored meanwhile by a concurrent run: nothing to do
                conn.rollback()
                self.summary.duplicates += 1
                return "duplicate"
        self.summary.documents_added += 1
        self.summary.sentences_added += len(sentences)
        if language not in ("en", "und"):
            self.summary.non_english += 1
        if origin_id is not None:
            self.summary.near_duplicates += 1
            return "near_duplicate"
        return "added"

    def _write_document(
        self, conn: Connection, values: dict[str, Any], sentences: list[Any], bands: list[Any]
    ) -> int:
        """Insert a document, its sentences and LSH bands (generic SQLAlchemy path)."""
        doc_id = int(conn.execute(self._ins_doc, values).inserted_primary_key[0])
        if values["origin_id"] is None:
            conn.execute(self._set_origin, {"doc_id": doc_id, "oid": doc_id})
        if sentences:
            conn.execute(
                self._ins_sentences,
                [
                    {"document_id": doc_id, "idx": s.index, "start": s.start, "end": s.end,
                     "text": s.text}
                    for s in sentences
                ],
            )  # fmt: skip
        if bands:
            conn.execute(
                self._ins_bands,
                [{"document_id": doc_id, "band": b, "bucket": k} for b, k in bands],
            )
        return doc_id

    def _write_document_pg(
        self, conn: Connection, values: dict[str, Any], sentences: list[Any], bands: list[Any]
    ) -> int:
        """The same in one PostgreSQL statement: each round trip to the server costs more
        than the work, so the document row, its sentences (unnested arrays) and its bands
        go in together; the new id doubles as the origin of a document that starts a group."""
        if self._pg_insert is None:
            columns = [c.name for c in self._doc_table.columns if c.name != "id"]
            exprs = []
            for name in columns:
                if name == "origin_id":
                    exprs.append("COALESCE(CAST(:origin_id AS integer), nid.id)")
                elif isinstance(self._doc_table.c[name].type, JSON):
                    exprs.append(f"CAST(:{name} AS json)")
                else:
                    exprs.append(f":{name}")
            self._pg_insert = sql_text(
                "WITH nid AS (SELECT nextval(pg_get_serial_sequence('documents', 'id')) AS id), "
                f"d AS (INSERT INTO documents (id, {', '.join(columns)}) "
                f"SELECT nid.id, {', '.join(exprs)} FROM nid RETURNING id), "
                's AS (INSERT INTO sentences (document_id, idx, start, "end", text) '
                "SELECT d.id, u.* FROM d, unnest(CAST(:s_idx AS integer[]), "
                "CAST(:s_start AS integer[]), CAST(:s_end AS integer[]), "
                "CAST(:s_text AS text[])) AS u), "
                "b AS (INSERT INTO minhash_bands (document_id, band, bucket) "
                "SELECT d.id, u.* FROM d, unnest(CAST(:b_band AS integer[]), "
                "CAST(:b_bucket AS bigint[])) AS u) "
                "SELECT id FROM d"
            )
        params = {c.name: None for c in self._doc_table.columns}
        params.update(values)
        params["grade_origin"] = json.dumps(values["grade_origin"])
        params["meta"] = json.dumps(values["meta"])
        params.update(
            s_idx=[s.index for s in sentences],
            s_start=[s.start for s in sentences],
            s_end=[s.end for s in sentences],
            s_text=[s.text for s in sentences],
            b_band=[b for b, _ in bands],
            b_bucket=[k for _, k in bands],
        )
        return int(conn.execute(self._pg_insert, params).scalar_one())

    def _lookup(
        self, conn: Connection, digest: str, bands: list[tuple[int, int]]
    ) -> tuple[int | None, list[tuple[int, int, bytes | None]]]:
        """``(id of an exact duplicate or None, near-duplicate candidates)``.

        Candidates are the documents sharing the most LSH buckets, at most
        ``MAX_CANDIDATES`` of them, so templated text cannot make this quadratic.
        """
        params = {"digest": digest, "buckets": [k for _, k in bands] or [0]}
        exact = None
        candidates = []
        for doc_id, origin, blob, is_exact in conn.execute(self._q_lookup, params):
            if is_exact:
                exact = doc_id
            else:
                candidates.append((doc_id, origin, blob))
        return exact, candidates

    def _best_origin(
        self, sig: Any, candidates: list[tuple[int, int, bytes | None]]
    ) -> tuple[int | None, float | None]:
        """The origin group of the most similar candidate at or above the threshold."""
        if sig is None:
            return None, None
        best: tuple[float, int, int] | None = None
        for doc_id, origin, blob in candidates:
            if blob is None:
                continue
            score = dedup.similarity(sig, dedup.from_bytes(blob))
            key = (score, -doc_id, origin or doc_id)
            if score >= self.threshold and (best is None or key[:2] > best[:2]):
                best = key
        if best is None:
            return None, None
        return best[2], best[0]


__all__ = ["IngestSummary", "Ingester", "is_sidecar", "iter_files", "load_sidecar"]
