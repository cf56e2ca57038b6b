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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from riftwatch import settings
from riftwatch.errors import IngestError, RiftwatchError
from riftwatch.ingest import dedup
from riftwatch.ingest.dates import parse_date
from riftwatch.ingest.grading import GradingTable
from riftwatch.ingest.language import detect
from riftwatch.ingest.readers import ReadOptions, choose_reader
from riftwatch.ingest.readers.base import HEAD_BYTES
from riftwatch.model import RawDocument
from riftwatch.nlp.segment import segment
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

ProgressFn = Callable[[str, dict[str, Any]], None]


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
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "files": self.files,
            "files_unchanged": self.files_unchanged,
            "documents_added": self.documents_added,
            "documents_unchanged": self.documents_unchanged,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "non_english": self.non_english,
            "sentences_added": self.sentences_added,
            "failed": self.failed,
            "failures": self.failures,
        }


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
        return data
    return {}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _line_of(raw: RawDocument) -> int | None:
    if raw.locator and raw.locator.split(" ")[0] in {"line", "row"}:
        try:
            return int(raw.locator.split(" ")[1])
        except (IndexError, ValueError):
            return None
    return None


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
        self.summary = IngestSummary()
        self._sources: dict[str, dict[str, Any]] = {}
        self._doc_table = Document.__table__
        self._sent_table = SentenceRow.__table__
        self._band_table = MinhashBand.__table__

    # -- run --------------------------------------------------------------
    def run(self, paths: Iterable[str | os.PathLike[str]]) -> IngestSummary:
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
                    )
                )
            }
            for row in conn.execute(select(Source)):
                self._sources[row.name.lower()] = dict(row._mapping)
        self.summary.run_id = run_id
        self.run_id = run_id
        items = list(iter_files(paths))
        self.progress("start", {"files": len(items)})
        for item in items:
            if isinstance(item, IngestError):
                self._record_file_failure(item.path or "", item)
            else:
                self.summary.files += 1
                self._ingest_file(item, known.get(str(item)))
            self.progress("file", {"path": str(getattr(item, "path", item))})
        with self.store.engine.begin() as conn:
            conn.execute(
                update(IngestRun)
                .where(IngestRun.id == run_id)
                .values(finished_at=utcnow(), status="finished", counts=self.summary.to_dict())
            )
        self.progress("end", {})
        return self.summary

    # -- files ------------------------------------------------------------
    def _ingest_file(self, path: Path, known: Any) -> None:
        key = str(path)
        try:
            st = path.stat()
        except OSError as exc:
            self._record_file_failure(key, _path_error(path, exc))
            return
        done = known is not None and known.status in ("done", "partial")
        if (
            done
            and not self.force
            and known.size == st.st_size
            and known.mtime_ns == st.st_mtime_ns
        ):
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
        if done and not self.force and known.sha256 == sha:
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
        reader_name = None
        status = "done"
        try:
            reader = choose_reader(path, head)
            reader_name = reader.name
            sidecar = load_sidecar(path)
            for item in reader.read(path, self.options):
                if isinstance(item, IngestError):
                    if item.path is None:
                        item.path = key
                    self._record_failure(key, item)
                    failures += 1
                    continue
                try:
                    outcome = self._store_document(item, path, reader.name, sidecar)
                except RiftwatchError as exc:
                    self._record_failure(key, exc, line=_line_of(item))
                    failures += 1
                    continue
                stored += outcome in ("added", "near_duplicate", "duplicate")
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
        with self.store.engine.begin() as conn:
            conn.execute(
                update(IngestFile)
                .where(IngestFile.path == key)
                .values(
                    status=status,
                    documents=stored,
                    failures=failures,
                    reader=reader_name,
                    updated_at=utcnow(),
                )
            )

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
    def _source_row(self, conn: Connection, name: str) -> dict[str, Any]:
        found = self._sources.get(name.lower())
        if found:
            return found
        row = conn.execute(select(Source).where(func.lower(Source.name) == name.lower())).first()
        if row is None:
            source_id = conn.execute(
                insert(Source).values(name=name, created_at=utcnow())
            ).inserted_primary_key[0]
            found = {"id": source_id, "name": name, "source_type": None}
            found.update(reliability=None, credibility=None)
        else:
            found = dict(row._mapping)
        self._sources[name.lower()] = found
        return found

    def _store_document(
        self, raw: RawDocument, path: Path, reader: str, sidecar: dict[str, Any]
    ) -> str:
        text = raw.text.replace("\x00", "")
        if not text.strip():
            raise IngestError("RW111", path=str(path))
        digest = dedup.content_hash(text)
        with self.store.engine.connect() as conn:
            exists = conn.execute(
                select(Document.id).where(Document.content_hash == digest)
            ).first()
        if exists is not None:
            self.summary.duplicates += 1
            self.progress("duplicate", {"path": str(path), "of": exists[0]})
            return "duplicate"

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
        published, precision = parse_date(raw.published or side.get("date"))
        meta = dict(raw.meta)
        if (raw.published or side.get("date")) and published is None:
            meta["date_raw"] = str(raw.published or side.get("date"))
        language = raw.language or side.get("language")
        if language:
            lang_conf: float | None = 1.0
            language = str(language).lower()
        else:
            language, lang_conf = detect(text)
        sentences = segment(text)
        sig = dedup.signature(text)
        with self.store.engine.begin() as conn:
            source = self._source_row(conn, source_name) if source_name else None
            graded = self.grading.grade(
                source=source_name,
                record=record,
                options=self.overrides,
                stored_source=source,
            )
            origin_id, similarity = self._near_duplicate(conn, sig)
            try:
                doc_id = conn.execute(
                    insert(self._doc_table).values(
                        content_hash=digest,
                        external_id=raw.external_id,
                        title=raw.title or side.get("title"),
                        url=raw.url or side.get("url"),
                        published=published,
                        published_precision=precision,
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
                ).inserted_primary_key[0]
            except IntegrityError:
                # stored meanwhile by a concurrent run: nothing to do
                conn.rollback()
                self.summary.duplicates += 1
                return "duplicate"
            if origin_id is None:
                conn.execute(
                    update(self._doc_table)
                    .where(self._doc_table.c.id == doc_id)
                    .values(origin_id=doc_id)
                )
            if sentences:
                conn.execute(
                    insert(self._sent_table),
                    [
                        {
                            "document_id": doc_id,
                            "idx": s.index,
                            "start": s.start,
                            "end": s.end,
                            "text": s.text,
                        }
                        for s in sentences
                    ],
                )
            if sig is not None:
                conn.execute(
                    insert(self._band_table),
                    [
                        {"document_id": doc_id, "band": band, "bucket": bucket}
                        for band, bucket in dedup.bands(sig)
                    ],
                )
        self.summary.documents_added += 1
        self.summary.sentences_added += len(sentences)
        if language not in ("en", "und"):
            self.summary.non_english += 1
        if origin_id is not None:
            self.summary.near_duplicates += 1
            return "near_duplicate"
        return "added"

    def _near_duplicate(self, conn: Connection, sig: Any) -> tuple[int | None, float | None]:
        if sig is None:
            return None, None
        keys = dedup.bands(sig)
        band_t = self._band_table
        doc_t = self._doc_table
        conditions = [(band_t.c.band == b) & (band_t.c.bucket == k) for b, k in keys]
        from sqlalchemy import or_

        candidate_ids = {
            row[0]
            for row in conn.execute(select(band_t.c.document_id).where(or_(*conditions)).distinct())
        }
        if not candidate_ids:
            return None, None
        best: tuple[float, int] | None = None
        rows = conn.execute(
            select(doc_t.c.id, doc_t.c.origin_id, doc_t.c.minhash).where(
                doc_t.c.id.in_(candidate_ids)
            )
        )
        for doc_id, origin, blob in rows:
            if blob is None:
                continue
            score = dedup.similarity(sig, dedup.from_bytes(blob))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, origin or doc_id)
        if best is None:
            return None, None
        return best[1], best[0]


__all__ = ["IngestSummary", "Ingester", "is_sidecar", "iter_files", "load_sidecar"]
