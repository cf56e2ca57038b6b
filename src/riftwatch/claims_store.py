"""Claims from the store, and the analysts' judgements that shape them.

The store-side counterpart of :mod:`riftwatch.analysis.load` (which builds claims from a
JSON Lines file): :func:`load_claims` turns stored events into
:class:`~riftwatch.analysis.claims.Claim` records, in one query joining each event to its
document (grades, source type, publication date, near-duplicate origin group), its
outlet, and its latest verdict and credibility override. Corrections are applied: a
claim shows what the analyst said the event is, and ``judgement.changes`` what changed.

Judgements are written by :func:`judge`, :func:`override` and read by :func:`history`,
:func:`orphans`; the table and the re-attachment after a recode are in
:mod:`riftwatch.store.judgements`. The public entry points are in :mod:`riftwatch.api`
(``judge_event``, ``override_credibility``, ``event_judgements``, ``orphaned_judgements``,
``list_claims``, ``load_claims``).

>>> parse_changes(["type=support", "modality=Negated", "date=2014-02", "mode="])
{'event_type': 'SUPPORT', 'modality': 'negated', 'date': '2014-02', 'mode': None}
>>> apply_changes({"event_type": "AID", "date": None}, {"event_type": "SUPPORT"})
{'event_type': 'SUPPORT', 'date': None}
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date as _date
from typing import Any

from sqlalchemy import String, Text, and_, cast, func, null, or_, select, type_coerce

from riftwatch import settings
from riftwatch.analysis.claims import VERDICTS, Claim, Judgement, read_as
from riftwatch.errors import JudgementError
from riftwatch.filters import CORRECTABLE, EventFilters
from riftwatch.store import Store, audit
from riftwatch.store import judgements as jstore
from riftwatch.store.tables import Document, EventJudgementRow, EventRow, Source, utcnow

CHANGE_FIELDS = (
    "event_type",
    "mode",
    "modality",
    "source",
    "source_id",
    "source_name",
    "target",
    "target_id",
    "target_name",
    "date",
)
"""What a correction may change (``type`` is accepted for ``event_type``)."""

_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE = re.compile(rf"^({_DAY})(?:/({_DAY}))?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# -- validation -------------------------------------------------------------------------


def default_analyst() -> str:
    """``RIFTWATCH_ANALYST``, else the operating-system user name, else ``analyst``."""
    configured = settings.get("analyst")
    if configured:
        return str(configured)
    try:
        return getpass.getuser() or "analyst"
    except (KeyError, OSError):  # no user name in a bare container
        return "analyst"


def check_analyst(name: str | None) -> str:
    """The analyst's name as stored (RW528 when empty, too long or with control characters)."""
    value = default_analyst() if name is None else str(name).strip()
    if not value:
        raise JudgementError("RW528", field="analyst", value=name, detail="give a name")
    if len(value) > 100:
        raise JudgementError("RW528", field="analyst", value=value[:40] + "…",
                             detail="at most 100 characters")  # fmt: skip
    if _CONTROL.search(value):
        raise JudgementError("RW528", field="analyst", value=value,
                             detail="no control characters")  # fmt: skip
    return value


def check_verdict(verdict: str | None) -> str:
    """``accept``, ``reject`` or ``correct`` (case-insensitive); RW521 otherwise."""
    value = str(verdict or "").strip().lower()
    if value not in VERDICTS:
        raise JudgementError("RW521", field="verdict", value=verdict)
    return value


def _check_date(value: str) -> str | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a range ``START/END`` of those."""
    text = value.strip()
    if text.lower() in ("", "none", "null", "undated"):
        return None
    match = _DATE.match(text)
    if not match:
        raise JudgementError("RW524", field="date", value=value,
                             detail="use YYYY, YYYY-MM, YYYY-MM-DD or START/END")  # fmt: skip
    for part in filter(None, match.groups()):
        year, month, day = (part.split("-") + ["01", "01"])[:3]
        try:
            _date(int(year), int(month), int(day))
        except ValueError:
            raise JudgementError("RW524", field="date", value=value,
                                 detail=f"{part} is not a calendar date") from None  # fmt: skip
    if match.group(2) and match.group(2) < match.group(1):
        raise JudgementError("RW524", field="date", value=value,
                             detail="the range ends before it starts")  # fmt: skip
    return text


def _actor(value: str, field: str) -> dict[str, str]:
    """An actor id or name as ``{"id", "name"}``: a known id, a name the knowledge base
    resolves, or else an open actor with the name as given."""
    from riftwatch.actors.open import open_id
    from riftwatch.actors.resolve import default_resolver

    text = value.strip()
    if not text or len(text) > 200 or _CONTROL.search(text):
        raise JudgementError("RW524", field=field, value=value,
                             detail="give an actor id or name, at most 200 characters")  # fmt: skip
    resolver = default_resolver()
    if ":" in text and " " not in text:
        entity = resolver.kb.find(text)
        if entity is not None:
            return {"id": entity.id, "name": entity.name}
        if text.startswith("open:"):
            return {"id": text, "name": text[5:].replace("-", " ")}
        raise JudgementError("RW524", field=field, value=value,
                             detail="no actor with this id in the knowledge base")  # fmt: skip
    resolution = resolver.resolve(text)
    if not resolution.unresolved and resolution.actor is not None:
        entity = resolution.organization or resolution.actor
        return {"id": entity.id, "name": entity.name}
    return {"id": open_id(text), "name": text}


def parse_changes(changes: Mapping[str, Any] | Iterable[str] | None) -> dict[str, Any]:
    """Validate a correction: ``{"field": value}`` or ``["field=value", ...]``.

    Fields (:data:`CHANGE_FIELDS`): ``event_type`` (a PLOVER type; ``type`` for short),
    ``mode`` (empty or ``none`` clears it), ``modality``, ``source``/``target`` (an actor
    id or a name, resolved by the knowledge base; an unknown name becomes an open actor),
    ``source_id``/``source_name`` and ``target_id``/``target_name`` to set one part, and
    ``date`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``START/END``; empty: undated).
    Returns the normalised changes (actors as ``{"id", "name"}``). Raises JudgementError
    RW529 (not ``FIELD=VALUE``), RW523 (unknown field) or RW524 (bad value).
    """
    from riftwatch.api import MODALITIES
    from riftwatch.nlp.lexicon import PLOVER_TYPES

    if changes is None:
        return {}
    pairs: list[tuple[str, Any]] = []
    if isinstance(changes, Mapping):
        pairs = list(changes.items())
    else:
        for item in [changes] if isinstance(changes, str) else changes:
            name, sep, value = str(item).partition("=")
            if not sep or not name.strip():
                raise JudgementError("RW529", field="changes", value=item)
            pairs.append((name, value))
    out: dict[str, Any] = {}
    parts: dict[str, dict[str, str]] = {}
    fields = ", ".join(CHANGE_FIELDS)
    for raw_name, raw_value in pairs:
        name = str(raw_name).strip().lower().replace("-", "_")
        name = "event_type" if name == "type" else name
        if name not in CHANGE_FIELDS:
            raise JudgementError("RW523", field=str(raw_name).strip(), fields=fields)
        if name in ("source", "target") and isinstance(raw_value, Mapping):
            value = raw_value.get("id") or raw_value.get("name") or ""
            if raw_value.get("id") and raw_value.get("name"):
                out[name] = {"id": str(raw_value["id"]), "name": str(raw_value["name"])}
                continue
        else:
            value = "" if raw_value is None else str(raw_value)
        if name == "event_type":
            folded = value.strip().upper()
            if folded not in PLOVER_TYPES:
                raise JudgementError("RW524", field=name, value=value,
                                     detail="use one of " + ", ".join(PLOVER_TYPES))  # fmt: skip
            out[name] = folded
        elif name == "modality":
            folded = value.strip().lower()
            if folded not in MODALITIES:
                raise JudgementError("RW524", field=name, value=value,
                                     detail="use one of " + ", ".join(MODALITIES))  # fmt: skip
            out[name] = folded
        elif name == "mode":
            folded = value.strip().lower()
            if len(folded) > 40 or _CONTROL.search(folded):
                raise JudgementError("RW524", field=name, value=value,
                                     detail="at most 40 characters, one line")  # fmt: skip
            out[name] = None if folded in ("", "none", "null") else folded
        elif name == "date":
            out[name] = _check_date(value)
        elif name in ("source", "target"):
            out[name] = _actor(value, name)
        else:
            side, part = name.split("_")
            text = value.strip()
            if not text or len(text) > 300 or _CONTROL.search(text):
                raise JudgementError("RW524", field=name, value=value,
                                     detail="give a non-empty value, one line")  # fmt: skip
            parts.setdefault(side, {})[part] = text
    for side, given in parts.items():
        if "id" in given and "name" in given:
            out[side] = {"id": given["id"], "name": given["name"]}
        elif "id" in given:
            out[side] = _actor(given["id"], f"{side}_id")
        else:
            found = _actor(given["name"], f"{side}_name")
            out[side] = {"id": found["id"], "name": given["name"]}
    return out


def apply_changes(values: dict[str, Any], changes: Mapping[str, Any] | None) -> dict[str, Any]:
    """``values`` (flat claim fields) with a correction's ``changes`` applied."""
    if not changes:
        return values
    out = dict(values)
    for key, value in changes.items():
        if key in ("source", "target") and isinstance(value, Mapping):
            out[f"{key}_id"] = value.get("id")
            out[f"{key}_name"] = value.get("name")
        elif key == "date":
            out["date"] = value
            out["date_precision"] = "analyst" if value else None
        else:
            out[key] = value
    return out


# -- writing ---------------------------------------------------------------------------

_EVENT_COLUMNS = (
    EventRow.id, EventRow.document_id, EventRow.sentence_index, EventRow.sentence_start,
    EventRow.source_id, EventRow.source_name, EventRow.target_id, EventRow.target_name,
    EventRow.event_type, EventRow.mode, EventRow.modality, EventRow.coder_version,
)  # fmt: skip


def _event_id(value: object) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise JudgementError("RW520", field="event id", id=value) from None
    return number


def _event(conn: Any, event_id: int) -> Any:
    row = conn.execute(select(*_EVENT_COLUMNS).where(EventRow.id == event_id)).first()
    if row is None:
        raise JudgementError("RW520", field="event id", id=event_id)
    return row


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def row_dict(row: Any, *, current: bool | None = None) -> dict[str, Any]:
    """One ``event_judgements`` row as a JSON-ready record."""
    out: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "event_id": row.event_id,
        "judged_event_id": row.judged_event_id,
        "document_id": row.document_id,
        "orphaned": row.event_id is None,
        "verdict": row.verdict,
        "changes": row.changes or {},
        "credibility": row.credibility,
        "note": row.note,
        "analyst": row.analyst,
        "at": _iso(row.created_at),
        "coder_version": row.coder_version,
        "event": {
            "sentence_index": row.sentence_index,
            "source": row.source_key,
            "target": row.target_key,
            "event_type": row.event_type,
            "mode": row.mode,
            "modality": row.modality,
        },
    }
    if current is not None:
        out["current"] = current
    return out


def _added(conn: Any, jid: int) -> dict[str, Any]:
    row = conn.execute(select(EventJudgementRow).where(EventJudgementRow.id == jid)).one()
    return row_dict(row, current=True)


def _audit_view(record: dict[str, Any] | None) -> dict[str, Any] | None:
    """The fields of a judgement that the audit log keeps as its before/after."""
    if record is None:
        return None
    keys = ("id", "kind", "verdict", "changes", "credibility", "note", "analyst", "at")
    return {k: record[k] for k in keys}


def _current(conn: Any, event_id: int, kind: str) -> dict[str, Any] | None:
    J = EventJudgementRow
    row = conn.execute(
        select(J).where(J.event_id == event_id, J.kind == kind).order_by(J.id.desc()).limit(1)
    ).first()
    return row_dict(row) if row is not None else None


def judge(
    store: Store,
    event_id: int | str,
    verdict: str,
    *,
    analyst: str | None = None,
    note: str | None = None,
    changes: Mapping[str, Any] | Iterable[str] | None = None,
) -> dict[str, Any]:
    """Record a verdict on an event; everything is checked before anything is written."""
    verdict = check_verdict(verdict)
    who = check_analyst(analyst)
    changed = parse_changes(changes)
    if verdict == "correct" and not changed:
        raise JudgementError("RW522", field="changes", fields=", ".join(CHANGE_FIELDS))
    if verdict != "correct" and changed:
        raise JudgementError("RW525", field="changes", verdict=verdict)
    key = _event_id(event_id)
    with store.engine.begin() as conn:
        event = _event(conn, key)
        before = _current(conn, key, "verdict")
        jid = jstore.add(conn, event, "verdict", who, utcnow(), verdict=verdict,
                         changes=changed or None, note=note or None)  # fmt: skip
        added = _added(conn, jid)
        audit.record(conn, who, f"event.{verdict}", "event", key,
                     before=_audit_view(before), after=_audit_view(added))  # fmt: skip
        return added


def parse_credibility_value(value: object) -> int | None:
    """1-6 as a whole number, or None for ``clear``/``none`` (withdraw); RW526 otherwise."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("clear", "none")):
        return None
    if isinstance(value, bool):
        raise JudgementError("RW526", field="credibility", value=value)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise JudgementError("RW526", field="credibility", value=value) from None
    if not 1 <= number <= 6 or str(value).strip() not in {str(number), f"{number}.0"}:
        raise JudgementError("RW526", field="credibility", value=value)
    return number


def override(
    store: Store,
    event_id: int | str,
    value: int | str | None,
    *,
    analyst: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Record a credibility override (1-6) for an event, or withdraw one (``None``/``clear``)."""
    number = parse_credibility_value(value)
    who = check_analyst(analyst)
    if number is not None and not (reason or "").strip():
        raise JudgementError("RW527", field="reason")
    key = _event_id(event_id)
    with store.engine.begin() as conn:
        event = _event(conn, key)
        before = _current(conn, key, "credibility")
        jid = jstore.add(conn, event, "credibility", who, utcnow(), credibility=number,
                         note=(reason or "").strip() or None)  # fmt: skip
        added = _added(conn, jid)
        audit.record(conn, who, "event.credibility", "event", key,
                     before=_audit_view(before), after=_audit_view(added))  # fmt: skip
        return added


def history(store: Store, event_id: int | str) -> list[dict[str, Any]]:
    """Every judgement of an event, oldest first; ``current`` marks the ones that count.

    An id the event no longer has (a recode gave it a new one) finds the judgements made
    under that id, wherever they are attached now. Unknown: JudgementError RW520.
    """
    key = _event_id(event_id)
    J = EventJudgementRow
    with store.engine.connect() as conn:
        exists = conn.scalar(select(EventRow.id).where(EventRow.id == key)) is not None
        where = J.event_id == key if exists else J.judged_event_id == key
        rows = conn.execute(select(J).where(where).order_by(J.id)).all()
    if not exists and not rows:
        raise JudgementError("RW520", field="event id", id=event_id)
    last: dict[tuple[Any, str], int] = {}
    for row in rows:
        last[(row.event_id, row.kind)] = row.id
    return [row_dict(r, current=last[(r.event_id, r.kind)] == r.id) for r in rows]


def histories(store: Store, event_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """:func:`history` of many stored events in one query: ``{event id: judgements}`` (an
    event with none maps to an empty list). For pages that show every event of a document."""
    keys = sorted({int(k) for k in event_ids})
    out: dict[int, list[dict[str, Any]]] = {k: [] for k in keys}
    if not keys:
        return out
    J = EventJudgementRow
    rows: list[Any] = []
    with store.engine.connect() as conn:
        for start in range(0, len(keys), 900):  # bound the IN list (SQLite's variable limit)
            chunk = keys[start : start + 900]
            rows += conn.execute(select(J).where(J.event_id.in_(chunk)).order_by(J.id)).all()
    rows.sort(key=lambda r: r.id)
    last: dict[tuple[Any, str], int] = {}
    for row in rows:
        last[(row.event_id, row.kind)] = row.id
    for row in rows:
        out[row.event_id].append(row_dict(row, current=last[(row.event_id, row.kind)] == row.id))
    return out


def orphans(store: Store) -> list[dict[str, Any]]:
    """Judgements whose event the coder no longer finds, newest first, with their document."""
    J = EventJudgementRow
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(J, Document.external_id, Document.title, Document.coded_version)
            .join(Document, Document.id == J.document_id)
            .where(J.event_id.is_(None))
            .order_by(J.id.desc())
        ).all()
    out = []
    for row in rows:
        record = row_dict(row)
        record["document"] = {"id": row.document_id, "external_id": row.external_id,
                              "title": row.title, "coded_version": row.coded_version}  # fmt: skip
        out.append(record)
    return out


# -- reading claims --------------------------------------------------------------------


def _span(value: str | None) -> tuple[str, str] | None:
    """The first and last day (YYYY-MM-DD, months end on 31) of a date or range."""
    if not value:
        return None
    first, _, last = value.partition("/")
    last = last or first

    def pad(part: str, end: bool) -> str:
        if len(part) == 4:
            return part + ("-12-31" if end else "-01-01")
        if len(part) == 7:
            return part + ("-31" if end else "-01")
        return part[:10]

    return pad(first[:10], False), pad(last[:10], True)


class _Matcher:
    """The correctable filters in Python, for claims an analyst corrected."""

    def __init__(self, filters: EventFilters) -> None:
        self.filters = filters
        self.directed = filters.directed
        self.actor = self._terms(filters.actor) if filters.actor is not None else None
        self.pair = None
        if filters.pair is not None:
            self.pair = (self._terms(filters.pair[0]), self._terms(filters.pair[1]))
        self.types = set(filters.event_type) if filters.event_type is not None else None
        self.modes = set(filters.mode) if filters.mode is not None else None
        self.modalities = set(filters.modality) if filters.modality is not None else None
        from riftwatch import api

        self.date_from = (
            api._date_bound(filters.date_from, "date from", end=False)
            if filters.date_from is not None else None
        )  # fmt: skip
        self.date_to = (
            api._date_bound(filters.date_to, "date to", end=True)
            if filters.date_to is not None else None
        )  # fmt: skip

    @staticmethod
    def _terms(value: str) -> tuple[set[str], str]:
        from riftwatch.actors.resolve import default_resolver
        from riftwatch.api import _is_kb_id

        term = str(value).strip()
        ids = {term}
        if not _is_kb_id(term):  # an id matches itself: no resolver needed
            resolution = default_resolver().resolve(term)
            if not resolution.unresolved and resolution.actor is not None:
                ids.add(resolution.actor.id)
                if resolution.organization is not None:
                    ids.add(resolution.organization.id)
        return ids, term.lower()

    @staticmethod
    def _is(terms: tuple[set[str], str], actor_id: str, name: str) -> bool:
        return actor_id in terms[0] or terms[1] in (name or "").lower()

    def __call__(self, c: Claim) -> bool:
        src = (c.source_id, c.source_name)
        tgt = (c.target_id, c.target_name)
        if self.actor and not (self._is(self.actor, *src) or self._is(self.actor, *tgt)):
            return False
        if self.pair:
            a, b = self.pair
            forward = self._is(a, *src) and self._is(b, *tgt)
            backward = self._is(b, *src) and self._is(a, *tgt)
            if not (forward or (backward and not self.directed)):
                return False
        if self.types is not None and c.event_type not in self.types:
            return False
        if self.modes is not None and (c.mode or "").lower() not in self.modes:
            return False
        if self.modalities is not None and c.modality not in self.modalities:
            return False
        if self.date_from or self.date_to:
            span = _span(c.date)
            if span is None:
                return False
            if self.date_from and span[1] < self.date_from:
                return False
            if self.date_to and span[0] > self.date_to:
                return False
        return True


def _verdicts(value: str | Sequence[str]) -> list[str]:
    chosen = []
    for item in [value] if isinstance(value, str) else value:
        for part in str(item).split(","):
            if part.strip():
                chosen.append(check_verdict(part))
    if not chosen:
        raise JudgementError("RW521", field="verdict", value=value)
    return chosen


def judgement_conditions(
    *, judged: bool | None = None, verdict: str | Sequence[str] | None = None
) -> list[Any]:
    """SQL conditions on an event's current verdict (for ``list_events``' filters)."""
    J = EventJudgementRow
    latest = jstore.latest("verdict")
    where: list[Any] = []
    if judged is not None:
        has = EventRow.id.in_(select(latest.c.event_id))
        where.append(has if judged else ~has)
    if verdict not in (None, "", []):
        wanted = _verdicts(verdict)  # type: ignore[arg-type]
        where.append(
            EventRow.id.in_(
                select(latest.c.event_id).join(J, J.id == latest.c.jid).where(J.verdict.in_(wanted))
            )
        )
    return where


_MENTION_COLUMNS = tuple(
    EventRow.detail[(side, key)].as_string()
    for side in ("source", "target")
    for key in ("mention", "person", "resolved_by")
)
"""Each side's mention as written and the person acting for the group, if any (the names
the documents wrote for an actor: :mod:`riftwatch.analysis.naming`)."""


def _claims_query(
    filters: EventFilters,
    *,
    include_rejected: bool = True,
    where: Sequence[Any] = (),
    sentences: bool = True,
    after: tuple[int, int, int] | None = None,
    conn: Any = None,
) -> tuple[Any, _Matcher | None]:
    """The query of :func:`load_claims` (``filters`` validated when made) and, when a
    correctable filter is given, the matcher that re-checks claims an analyst corrected
    (else None). ``after``: only events after this place in list order (a cursor).
    ``conn``: a connection to the store, to resolve actor names once before the query."""
    from riftwatch import api

    sentence = func.substr(Document.text, EventRow.sentence_start + 1,
                           EventRow.sentence_end - EventRow.sentence_start)  # fmt: skip
    correctable = filters.only(CORRECTABLE)
    coded = api._event_filters(correctable, conn)
    fixed = api._event_filters(filters.only(("document_id", "min_confidence",
                                             "min_reliability")))  # fmt: skip
    extra = list(where)
    if after is not None:
        extra.append(api._after(EventRow, after))
    where = (list(fixed) + judgement_conditions(judged=filters.judged, verdict=filters.verdict)
             + extra)  # fmt: skip
    if coded:
        where.append(or_(and_(*coded), EventRow.id.in_(_latest_ids("verdict", "correct"))))
    if filters.max_credibility is not None:
        ceiling = filters.max_credibility
        overridden = _latest_ids("credibility", EventJudgementRow.credibility.is_not(None))
        where.append(
            or_(
                and_(Document.credibility <= ceiling, EventRow.id.not_in(overridden)),
                EventRow.id.in_(
                    _latest_ids("credibility", EventJudgementRow.credibility <= ceiling)
                ),
            )
        )
    if not include_rejected:
        where.append(EventRow.id.not_in(_latest_ids("verdict", "reject")))
    query = (
        select(
            EventRow.id, EventRow.document_id, Document.external_id, EventRow.sentence_index,
            EventRow.sentence_start, EventRow.sentence_end, EventRow.source_id,
            EventRow.source_name, EventRow.target_id, EventRow.target_name, EventRow.event_type,
            EventRow.mode, EventRow.modality, EventRow.event_date, EventRow.date_precision,
            EventRow.confidence, EventRow.quote,
            cast(EventRow.attributed_to, Text),  # as text: decoded once per distinct value
            EventRow.coder_version, Document.published, Document.reliability,
            Document.credibility, Document.source_type, Document.origin_id, Source.name,
            type_coerce(sentence, String) if sentences else type_coerce(null(), String),
            *_MENTION_COLUMNS,
        )
        .join(Document, Document.id == EventRow.document_id)
        .outerjoin(Source, Source.id == Document.source_id)
        .where(*where)
        .order_by(EventRow.document_id, EventRow.sentence_index, EventRow.id)
    )  # fmt: skip
    return query, (_Matcher(correctable) if coded else None)


def iter_claims(
    store: Store,
    filters: EventFilters | None = None,
    *,
    batch_size: int = 5000,
    include_rejected: bool = True,
    where: Sequence[Any] = (),
    sentences: bool = True,
    **given: Any,
) -> Iterator[list[Claim]]:
    """:func:`load_claims` (without paging) in batches of at most ``batch_size`` claims,
    read from the database as they are needed: an export of a million claims never holds
    them all. Only the latest judgements (few beside the events) are held."""
    with store.engine.connect() as conn:
        query, match = _claims_query(EventFilters.of(filters, **given),
                                     include_rejected=include_rejected, where=where,
                                     sentences=sentences, conn=conn)  # fmt: skip
        verdicts = _latest_rows(conn, "verdict")
        overrides = _latest_rows(conn, "credibility")
        result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
        for part in result.partitions(batch_size):
            claims = _claims([tuple(r) for r in part], verdicts, overrides)
            if match is not None:
                claims = [c for c in claims if c.judgement is None or not c.judgement.changes
                          or match(c)]  # fmt: skip
            if claims:
                yield claims


def load_claims(
    store: Store,
    filters: EventFilters | None = None,
    *,
    include_rejected: bool = True,
    limit: int | None = None,
    offset: int = 0,
    after: str | None = None,
    where: Sequence[Any] = (),
    sentences: bool = True,
    **given: Any,
) -> list[Claim]:
    """Stored events as claims, in the order of ``list_events`` (document, sentence, id).

    The filters are those of :func:`riftwatch.api.list_events`, applied to the claim as
    the analyst corrected it (a correction of the type to ASSAULT puts the claim under
    ``event_type="ASSAULT"``); ``max_credibility`` applies to the effective credibility
    (an override, else the document's). ``judged`` (True: has a verdict; False: has
    none), ``verdict`` (accept, reject, correct; several allowed) filter on the current
    verdict; ``include_rejected=False`` leaves out claims an analyst rejected. ``where``
    adds SQL conditions on the events (e.g. indexed actor ids: the web pages' one pair);
    ``sentences=False`` leaves the sentence text out (whole-field computations).
    The filters come as an :class:`~riftwatch.filters.EventFilters` or as keywords;
    ``after`` is a cursor (:func:`riftwatch.api.event_cursor` of a claim's event) as
    ``list_events`` takes it.
    """
    from riftwatch import api

    chosen = EventFilters.of(filters, **given)
    start = api.parse_event_cursor(after)
    limit = None if limit is None else api._limit_of(limit)
    offset = api._count_of(offset, "offset (--offset)")
    with store.engine.connect() as conn:
        query, match = _claims_query(
            chosen, include_rejected=include_rejected, where=where,
            sentences=sentences, after=start, conn=conn,
        )  # fmt: skip
        coded = match is not None
        if not coded:
            query = query.offset(offset) if limit is None else query.limit(limit).offset(offset)
        # plain tuples from the driver: every column is a number or text that needs no
        # conversion, and building 100,000 result rows costs more than the query
        rows = conn.execute(query).cursor.fetchall()
        verdicts = _latest_rows(conn, "verdict")
        overrides = _latest_rows(conn, "credibility")
    claims = _claims(rows, verdicts, overrides)
    if match is not None:
        claims = [c for c in claims if c.judgement is None or not c.judgement.changes
                  or match(c)]  # fmt: skip
        claims = claims[offset:] if limit is None else claims[offset : offset + limit]
    return claims


def _latest_ids(kind: str, condition: Any) -> Any:
    """SQL: ids of the events whose latest judgement of ``kind`` meets ``condition`` (a
    condition, or a verdict)."""
    J = EventJudgementRow
    latest = jstore.latest(kind)
    if isinstance(condition, str):
        condition = J.verdict == condition
    return select(latest.c.event_id).join(J, J.id == latest.c.jid).where(condition)


def _latest_rows(conn: Any, kind: str) -> dict[int, Any]:
    """``{event id: its latest judgement of kind}`` (judgements are few beside events)."""
    J = EventJudgementRow
    latest = jstore.latest(kind)
    rows = conn.execute(
        select(J.event_id, J.verdict, cast(J.changes, Text), J.note, J.analyst,
               J.created_at, J.credibility).join(latest, latest.c.jid == J.id)
    ).all()  # fmt: skip
    return {row[0]: row for row in rows}


def _claims(
    rows: Sequence[Any], verdicts: dict[int, Any], overrides: dict[int, Any]
) -> list[Claim]:
    """Claims of the rows of :func:`load_claims`' query, with their latest judgements.

    Rows are unpacked by position (attribute access on 100,000 rows costs seconds) and the
    JSON of attributions is decoded once per distinct text (an attribution recurs).
    """
    import json

    decoded: dict[str, Any] = {}
    out: list[Claim] = []
    for (event_id, document_id, external_id, sentence_index, start, end, source_id,
         source_name, target_id, target_name, event_type, mode, modality, event_date,
         date_precision, confidence, quote, attributed_raw, coder_version, published,
         reliability, credibility, source_type, origin_id, outlet, sentence, source_mention,
         source_person, source_how, target_mention, target_person, target_how) in rows:  # fmt: skip
        attributed = attributed_raw  # PostgreSQL's driver decodes JSON itself
        if isinstance(attributed_raw, str):
            if attributed_raw not in decoded:
                decoded[attributed_raw] = json.loads(attributed_raw)
            attributed = decoded[attributed_raw]
        judgement = None
        source_as, source_how = read_as({"mention": source_mention, "resolved_by": source_how},
                                        source_name)  # fmt: skip
        target_as, target_how = read_as({"mention": target_mention, "resolved_by": target_how},
                                        target_name)  # fmt: skip
        override = overrides[event_id][6] if event_id in overrides else None
        if event_id in verdicts:
            _, verdict, changes_raw, note, analyst, judged_at, _ = verdicts[event_id]
            changes = json.loads(changes_raw) if isinstance(changes_raw, str) else changes_raw
            judgement = Judgement(verdict=verdict, analyst=analyst, at=_iso(judged_at) or "",
                                  note=note, changes=changes or {})  # fmt: skip
            if verdict == "correct" and changes:
                fixed = apply_changes({"source_id": source_id or source_name,
                                       "source_name": source_name,
                                       "target_id": target_id or target_name,
                                       "target_name": target_name, "event_type": event_type,
                                       "mode": mode, "modality": modality, "date": event_date,
                                       "date_precision": date_precision}, changes)  # fmt: skip
                if fixed["source_id"] != (source_id or source_name):
                    source_mention = source_as = source_how = None  # the text named another
                if fixed["target_id"] != (target_id or target_name):
                    target_mention = target_as = target_how = None
                source_id, source_name = fixed["source_id"], fixed["source_name"]
                target_id, target_name = fixed["target_id"], fixed["target_name"]
                event_type, mode, modality = fixed["event_type"], fixed["mode"], fixed["modality"]
                event_date, date_precision = fixed["date"], fixed["date_precision"]
        out.append(
            Claim(
                event_id=event_id,
                doc_id=str(external_id) if external_id not in (None, "") else str(document_id),
                document_id=document_id,
                source_id=source_id or source_name,
                source_name=source_name,
                target_id=target_id or target_name,
                target_name=target_name,
                event_type=event_type,
                mode=mode,
                modality=modality,
                date=event_date,
                date_precision=date_precision,
                published=published,
                sentence=sentence,
                quote=quote,
                start=start,
                end=end,
                sentence_index=sentence_index,
                attributed_to=attributed,
                confidence=float(confidence),
                reliability=reliability,
                credibility=int(credibility),
                source_type=source_type,
                outlet=outlet,
                origin=f"doc:{origin_id or document_id}",
                source_mention=None if source_person else source_mention,
                target_mention=None if target_person else target_mention,
                source_as=source_as,
                source_resolved_by=source_how,
                target_as=target_as,
                target_resolved_by=target_how,
                coder_version=coder_version,
                judgement=judgement,
                credibility_override=override,
            )
        )
    return out


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim as ``list_claims`` returns it: the claim's fields, ``grade`` (with any
    override), ``effective_credibility``, ``month`` and ``counts``."""
    out = claim.to_dict()
    out["effective_credibility"] = claim.effective_credibility
    out["month"] = claim.month
    out["counts"] = claim.counts
    return out


__all__ = [
    "CHANGE_FIELDS",
    "apply_changes",
    "check_analyst",
    "check_verdict",
    "claim_record",
    "default_analyst",
    "histories",
    "history",
    "iter_claims",
    "judge",
    "judgement_conditions",
    "load_claims",
    "orphans",
    "override",
    "parse_changes",
    "parse_credibility_value",
]
