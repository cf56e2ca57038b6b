"""Actors: export (CSV, JSON Lines) and import into the curated (analyst) layer of the KB.

The export lists the actors of the effective knowledge base (the data files plus the
analysts' curation) that appear in the exported claims, and every actor an analyst
added: ``id``, ``name``, ``type``, ``country``, ``start``, ``end``, ``description``,
``aliases`` (names separated by ``;``), ``parent`` (the first ``part_of`` target) and
``sources``.

:func:`import_actors` reads such a file (CSV, JSON array or JSON Lines; only ``name``
and ``type`` are required) through the curation API (:mod:`riftwatch.actors.curation`):
an actor the KB does not have is added (an ``add`` judgement), an actor it has gets the
aliases and parent it lacks (``alias`` and ``relation`` judgements). Every judgement's
note is ``import:<file name>`` (its provenance). The whole file is one transaction: a
bad row is an :class:`~riftwatch.errors.ExportError` naming the file, line and field,
and nothing is written; a rerun finds everything present and adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from riftwatch.errors import ExportError, RiftwatchError
from riftwatch.export import register_records

VERSION = "v1"

COLUMNS = ("id", "name", "type", "country", "start", "end", "description", "aliases", "parent",
           "sources")  # fmt: skip


def _row(entity: Any) -> dict[str, Any]:
    parent = next((r.target for r in entity.relations if r.type == "part_of"), None)
    aliases = [a.name for a in entity.aliases if a.name != entity.name]
    return {
        "id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country,
        "start": entity.start, "end": entity.end, "description": entity.description,
        "aliases": "; ".join(dict.fromkeys(aliases)), "parent": parent,
        "sources": "; ".join(entity.sources),
    }  # fmt: skip


def actor_rows(store: Any, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The actors of the claims matching ``filters`` and the analysts' added actors."""
    from riftwatch.actors.curation import effective
    from riftwatch.claims_store import iter_claims

    kb, _ = effective(store)
    wanted: set[str] = set()
    for claims in iter_claims(store, **filters):
        for c in claims:
            wanted.update((c.source_id, c.target_id))
    for entity in kb:
        if any(s.startswith("judgement:") for s in entity.sources):
            wanted.add(entity.id)
    for ident in sorted(wanted):
        entity = kb.find(ident)
        if entity is not None:
            yield _row(entity)


def _jsonl_record(row: dict[str, Any]) -> dict[str, Any]:
    return dict(row, aliases=[a for a in (row["aliases"] or "").split("; ") if a])


register_records(
    "actors", VERSION, actor_rows, COLUMNS,
    descriptions=("the actors of the claims and the analysts' added actors (for `import actors`)",
                  "the same as JSON Lines (aliases as a list)"),
    jsonl_record=_jsonl_record,
)  # fmt: skip


# -- import ----------------------------------------------------------------------------


class _Transactional:
    """A store whose sessions all join one open connection's transaction, so that the
    curation API's judgements of a whole import commit together or not at all."""

    def __init__(self, store: Any, conn: Any) -> None:
        self.url = store.url
        self.engine = store.engine
        self.dialect = store.dialect
        self._conn = conn

    def new_session(self) -> Any:
        from sqlalchemy.orm import Session

        return Session(bind=self._conn, join_transaction_mode="rollback_only",
                       expire_on_commit=False)  # fmt: skip


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    return [str(v).strip() for v in items if str(v).strip()]


def _opt(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def import_actors(store: Any, path: str | Path, *, analyst: str | None = None) -> dict[str, Any]:
    """Import the actors of ``path`` into the curated layer: ``{"file", "rows", "added",
    "aliases_added", "relations_added", "unchanged"}``. One transaction."""
    from riftwatch.actors import curation
    from riftwatch.actors.normalize import norm
    from riftwatch.export.judgements import check_columns, read_records

    shown = str(path)
    provenance = f"import:{Path(path).name}"
    records = list(read_records(path))
    if not records:
        raise ExportError("RW730", path=shown)
    check_columns(records, ("name", "type"), shown)
    counts = {"added": 0, "aliases_added": 0, "relations_added": 0, "unchanged": 0}
    try:
        with store.engine.begin() as conn:
            tx = _Transactional(store, conn)
            for line, record in records:
                for field in ("name", "type"):
                    if not _opt(record, field):
                        raise ExportError("RW726", path=shown, line=line, field=field)
                field = "row"
                try:
                    name, type_ = _opt(record, "name"), _opt(record, "type")
                    assert name is not None and type_ is not None
                    field = "id"
                    ident = _opt(record, "id") or curation.slug_id(name, type_)
                    kb, _ = curation.effective(tx)
                    aliases = _names(record.get("aliases"))
                    parent = _opt(record, "parent")
                    if ident not in kb:
                        field = "actor"
                        curation.add_actor(
                            tx, name, type_, ident=ident, aliases=aliases,
                            country=_opt(record, "country"), start=_opt(record, "start"),
                            end=_opt(record, "end"), description=_opt(record, "description"),
                            parent=parent, analyst=analyst, note=provenance,
                        )  # fmt: skip
                        counts["added"] += 1
                        continue
                    entity = kb.get(ident)
                    known = {a.norm for a in entity.aliases} | {norm(entity.name)}
                    changed = False
                    for alias in aliases:
                        if norm(alias) in known:
                            continue
                        field = "aliases"
                        curation.add_alias(tx, entity.id, alias, analyst=analyst,
                                           note=provenance)  # fmt: skip
                        known.add(norm(alias))
                        counts["aliases_added"] += 1
                        changed = True
                    if parent:
                        field = "parent"
                        target = kb.canonical_id(parent) if parent in kb else parent
                        if not any(r.type == "part_of" and kb.canonical_id(r.target) == target
                                   for r in entity.relations):  # fmt: skip
                            curation.relate(tx, entity.id, "part_of", parent,
                                            analyst=analyst, note=provenance)  # fmt: skip
                            counts["relations_added"] += 1
                            changed = True
                    if not changed:
                        counts["unchanged"] += 1
                except ExportError:
                    raise
                except RiftwatchError as exc:
                    what = str(exc.params.get("what") or exc.field or field)
                    detail = exc.detail
                    if exc.params.get("detail") and "value" in exc.params:
                        detail = f"{exc.params['value']!r}: {exc.params['detail']}"
                    raise ExportError("RW727", path=shown, line=line, field=what,
                                      detail=detail) from None  # fmt: skip
    finally:
        curation._EFFECTIVE.clear()
    return {"file": shown, "rows": len(records), **counts}


__all__ = ["COLUMNS", "actor_rows", "import_actors"]
