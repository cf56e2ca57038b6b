"""The analytics behind the workbench's read pages: one relationship, the field, an actor.

Speed is the point of this module. A relationship page loads only the claims of its
pair, found through the events' ``(source_id, target_id)`` index (each side's lineage,
and its factions, which count for it); the whole-field views (the dashboard's alerts and
most changed relationships, the network, an actor's relationships) are computed once per
*store state* (the newest event id, the number of events and the newest judgement) and
kept in memory in a compact form; a large store computes them in a background thread
while the pages say so (and show the previous state's answer when there is one).

The analytics themselves are those of ``riftwatch dyad`` and ``riftwatch rifts``
(:mod:`riftwatch.analysis.timeline`, :mod:`riftwatch.analysis.rift`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, defaultdict
from datetime import UTC, date
from typing import Any

import numpy as np

from riftwatch.errors import RiftwatchError, WebError
from riftwatch.single_flight import SingleFlight
from riftwatch.store import Store

SYNC_LIMIT = 200_000
"""Stores with at most this many events compute the field while the page waits."""
SPARK_MONTHS = 36
"""Months of trend in a sparkline."""
CHANGE_WINDOW = 12
"""Default window (months) of the dashboard's most changed relationships."""
PREFETCH = 5
"""A large store's field computation then computes the top alerts' relationship pages."""
EVIDENCE_PER_MONTH = 25
"""Evidence items listed per month on a relationship page (the rest counted)."""


# -- store state ---------------------------------------------------------------------------
_COUNTS: dict[tuple[str, int], tuple[float, int]] = {}
COUNT_TTL = 30.0
"""Seconds a store's event count is trusted while its newest event id stays the same."""


def store_state(store: Store) -> tuple[int, int, int]:
    """``(newest event id, events, newest judgement id)``: changes when the claims change.

    The third number also moves when an actor merge re-points stored events (or its undo
    points them back: :mod:`riftwatch.store.repoint`).

    The newest ids are read each time (indexed); the count of events (a scan on SQLite) is
    read again when the newest event id moved, and after :data:`COUNT_TTL` seconds in a
    background thread while the kept count answers, so a deletion shows within that time
    (and one count's).
    """
    from sqlalchemy import func, select

    from riftwatch.store import repoint
    from riftwatch.store.tables import EventJudgementRow, EventRow

    with store.engine.connect() as conn:
        top = int(conn.execute(select(func.max(EventRow.id))).scalar() or 0)
        judged = int(conn.execute(select(func.max(EventJudgementRow.id))).scalar() or 0)
        judged += repoint.changes(conn)  # both only grow: the sum moves when either does
        key = (store.url, top)
        hit = _COUNTS.get(key)
        if hit is None:
            count = int(conn.execute(select(func.count(EventRow.id))).scalar() or 0)
            if len(_COUNTS) > 64:
                _COUNTS.clear()
            _COUNTS[key] = hit = (time.monotonic(), count)
        elif time.monotonic() - hit[0] > COUNT_TTL:
            _recount_later(store, key)  # the kept count answers meanwhile
    return top, hit[1], judged


_RECOUNTS: set[tuple[str, int]] = set()
_RECOUNT_LOCK = threading.Lock()


def _recount_later(store: Store, key: tuple[str, int]) -> None:
    """Count the store's events again in a background thread (one at a time per key), so
    that no request waits for the scan once a count is kept; a deletion shows within
    :data:`COUNT_TTL` seconds and one count's time."""
    with _RECOUNT_LOCK:
        if key in _RECOUNTS:
            return
        _RECOUNTS.add(key)

    def recount() -> None:
        from sqlalchemy import func, select

        from riftwatch.store.tables import EventRow

        try:
            began = time.monotonic()
            with store.engine.connect() as conn:
                count = int(conn.execute(select(func.count(EventRow.id))).scalar() or 0)
            _COUNTS[key] = (began, count)
        except Exception:  # noqa: BLE001 - a failed recount keeps the older count
            pass
        finally:
            with _RECOUNT_LOCK:
                _RECOUNTS.discard(key)

    threading.Thread(target=recount, daemon=True).start()


# -- actors: who is on each side ------------------------------------------------------------
def _hierarchy() -> Any:
    from riftwatch.analysis.hierarchy import default_hierarchy

    return default_hierarchy()


def _corrected_to(store: Store, actor_id: str) -> bool:
    """Is ``actor_id`` a party of a claim as an analyst's current correction makes it (no
    coded event need name it)? Its page and relationships exist whether or not the field
    summary, which holds the corrected claims, has been computed for the store's current
    state (a page asked for before it was 404). The corrected claims are read as
    :func:`pair_claims` reads them (the latest verdict of each event is "correct")."""
    from riftwatch.claims_store import _latest_ids, load_claims
    from riftwatch.store.tables import EventRow

    corrected = load_claims(
        store, where=[EventRow.id.in_(_latest_ids("verdict", "correct"))], sentences=False
    )
    return any(actor_id in (c.source_id, c.target_id) for c in corrected)


def actor_key(store: Store, name: str) -> str:
    """The lineage key of an actor given by id (KB or ``open:``), KB name or alias, or a
    name as coded in the store; an unknown actor is RW605 (404)."""
    from sqlalchemy import func, or_, select

    from riftwatch.actors.errors import ActorError
    from riftwatch.actors.resolve import default_resolver
    from riftwatch.store.tables import EventRow

    h = _hierarchy()
    wanted = (name or "").strip()
    if not wanted:
        raise ActorError("RW401", id=repr(name))
    if wanted in h.kb:
        return h.lineage(wanted)[-1]
    with store.engine.connect() as conn:
        hit = (
            conn.execute(
                select(EventRow.source_id).where(EventRow.source_id == wanted).limit(1)
            ).first()
            or conn.execute(
                select(EventRow.target_id).where(EventRow.target_id == wanted).limit(1)
            ).first()
        )
    seen = FIELDS.peek(store)
    if hit or (seen is not None and wanted in seen.names) or _corrected_to(store, wanted):
        return h.lineage(wanted)[-1]
    resolution = default_resolver().resolve(wanted)
    if not resolution.unresolved and resolution.actor is not None:
        org = resolution.organization or resolution.actor
        return h.lineage(org.id)[-1]
    low = wanted.casefold()
    with store.engine.connect() as conn:
        row = conn.execute(
            select(EventRow.source_id).where(or_(func.lower(EventRow.source_name) == low)).limit(1)
        ).first()
    if row and row[0]:
        return h.lineage(row[0])[-1]
    raise ActorError("RW401", id=wanted)


def side_ids(key: str) -> list[str]:
    """Every actor id whose claims count for ``key``: its lineage and, below it, its
    factions (``part_of``/``front_of`` at any date, absorbed groups) and theirs."""
    h = _hierarchy()
    kb = h.kb
    seen: set[str] = set()
    frontier = list(h.lineage(key))
    absorbed_by: dict[str, list[str]] = defaultdict(list)
    for child, items in getattr(h, "_absorbed", {}).items():
        for _start, target in items:
            absorbed_by[target].append(child)
    while frontier:
        ident = frontier.pop()
        if ident in seen:
            continue
        seen.add(ident)
        for member in h.lineage(ident):
            if member not in seen:
                frontier.append(member)
        if ident in kb:
            for _rel, child in kb.children(ident, None):
                frontier.append(child.id)
        frontier.extend(absorbed_by.get(ident, []))
    return sorted(seen)


# -- one relationship ---------------------------------------------------------------------
def _grade_filters(filters: dict[str, Any]) -> dict[str, Any]:
    keys = ("min_reliability", "max_credibility", "date_from", "date_to")
    return {k: filters[k] for k in keys if filters.get(k) not in (None, "")}


def pair_claims(store: Store, ka: str, kb_: str, **filters: Any) -> list[Any]:
    """The claims between the two sides (either direction), through the dyad index.

    ``filters``: ``min_reliability``, ``max_credibility``, ``date_from``, ``date_to`` (as
    :func:`riftwatch.api.load_claims`). Claims an analyst corrected are loaded too and
    kept when their corrected actors fall on the two sides.
    """
    from sqlalchemy import and_, or_

    from riftwatch.claims_store import _latest_ids, load_claims
    from riftwatch.store.tables import EventRow

    left, right = side_ids(ka), side_ids(kb_)
    by_index = or_(
        and_(EventRow.source_id.in_(left), EventRow.target_id.in_(right)),
        and_(EventRow.source_id.in_(right), EventRow.target_id.in_(left)),
    )
    # two queries: the pair's events through the dyad index, then the corrected events (an
    # OR of both in one query cannot use the index: PostgreSQL then read every event)
    grades = _grade_filters(filters)
    claims = load_claims(store, where=[by_index], sentences=False, **grades)
    seen = {c.event_id for c in claims}
    corrected = [
        c
        for c in load_claims(
            store,
            where=[EventRow.id.in_(_latest_ids("verdict", "correct"))],
            sentences=False,
            **grades,
        )  # fmt: skip
        if c.event_id not in seen
    ]
    if corrected:  # back in list order (document, sentence, event)
        place = lambda c: (c.document_id or 0, c.sentence_index or 0, c.event_id)  # noqa: E731
        claims = sorted(claims + corrected, key=place)
    lset, rset = set(left), set(right)
    return [
        c
        for c in claims
        if (c.source_id in lset and c.target_id in rset)
        or (c.source_id in rset and c.target_id in lset)
    ]


def _month_list(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 2400:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


RELATIONSHIP_CACHE = 64
"""Relationship answers kept per store state, pair and filters (least recently used out)."""
_RELATIONSHIPS: SingleFlight[dict[str, Any]] = SingleFlight(RELATIONSHIP_CACHE, lru=True)


def relationship(store: Store, a: str, b: str, **filters: Any) -> dict[str, Any]:
    """:func:`compute_relationship`, kept per store state, pair and filters.

    One computation per key at a time: callers asking for a relationship being computed
    wait for that computation instead of starting their own (many analysts opening the
    same busy pair at once would otherwise each compute it, and all wait far longer).
    The answer is also stored in the store (:func:`save_relationship`), so that another
    worker process, or the server after a restart, reads it instead of computing it.
    The answer is shared with later callers: a shallow copy, whose nested lists and dicts
    must not be changed.
    """
    ka, kb_ = actor_key(store, a), actor_key(store, b)
    state = store_state(store)

    def stored_or_computed() -> dict[str, Any]:
        name = _relationship_row(ka, kb_, filters)
        hit = stored_relationship(store, name, state)
        if hit is None:
            hit = compute_relationship(store, ka, kb_, **filters)
            save_relationship(store, name, state, hit)
        return hit

    key = (store.url, state, ka, kb_, tuple(sorted(filters.items())))
    return dict(_RELATIONSHIPS.get(key, stored_or_computed))


def _fill_sentences(store: Store, records: list[dict[str, Any]]) -> None:
    """The sentence of each evidence record shown (claims are loaded without them)."""
    from sqlalchemy import String, func, select, type_coerce

    from riftwatch.store.tables import Document, EventRow

    ids = sorted({int(e["event_id"]) for e in records if e.get("event_id") is not None})
    found: dict[int, str] = {}
    sentence = func.substr(Document.text, EventRow.sentence_start + 1,
                           EventRow.sentence_end - EventRow.sentence_start)  # fmt: skip
    with store.engine.connect() as conn:
        for at in range(0, len(ids), 500):
            rows = conn.execute(
                select(EventRow.id, type_coerce(sentence, String))
                .join(Document, Document.id == EventRow.document_id)
                .where(EventRow.id.in_(ids[at : at + 500]))
            ).all()
            found.update({int(i): text for i, text in rows})
    for e in records:
        e["sentence"] = found.get(e.get("event_id"))  # type: ignore[arg-type]


def compute_relationship(store: Store, ka: str, kb_: str, **filters: Any) -> dict[str, Any]:
    """One relationship for its page: the series per channel and overall, each month's
    evidence, the rift assessment (P(broken) per month, onset with interval, kind,
    evidence for and against, factions).

    ``filters``: ``min_reliability``, ``max_credibility``, ``date_from``, ``date_to``
    (which claims count, for everything on the page) and ``channel`` (which channel's
    points the chart and the evidence lists show).
    """
    from riftwatch.analysis.rift import assess, series
    from riftwatch.analysis.scale import CHANNELS
    from riftwatch.analysis.timeline import dyad_timeline, prepare
    from riftwatch.errors import AnalysisError

    if ka == kb_:
        raise AnalysisError("RW501", a=ka, b=kb_, id=ka)
    channel = (filters.get("channel") or "").strip() or None
    if channel is not None and channel not in CHANNELS:
        raise WebError("RW600", name="channel", detail=f"use one of {', '.join(CHANNELS)}")
    claims = pair_claims(store, ka, kb_, **filters)
    prepared = prepare(claims, hierarchy=_hierarchy())
    out = dyad_timeline(prepared, ka, kb_, evidence_limit=None if channel else EVIDENCE_PER_MONTH)
    out["actors"] = [{"id": ka, "name": prepared.name_of(ka)},
                     {"id": kb_, "name": prepared.name_of(kb_)}]  # fmt: skip
    probs = {row["month"]: row for row in series(prepared, ka, kb_)}
    out["series"] = list(probs.values())
    di = prepared.dyad_index(ka, kb_)
    found = assess(prepared, min_probability=0.0, dyads=[di]) if di is not None else []
    out["rift"] = found[0] if found else None
    docs = {c.event_id: c.document_id for c in prepared.claims}
    _add_documents(out, docs)
    months = []
    for row in out["months"]:
        row["broken"] = probs.get(row["month"], {}).get("broken")
        evidence = row["evidence"]
        if channel:
            evidence = [e for e in evidence if e["channel"] == channel]
            if not evidence:
                continue
        row["evidence_total"] = (
            row.get("evidence_total", len(evidence)) if not channel else len(evidence)
        )
        row["evidence"] = evidence[:EVIDENCE_PER_MONTH]
        months.append(row)
    out["months"] = months
    rift = out["rift"] or {}
    _fill_sentences(store, [e for m in months for e in m["evidence"]]
                    + rift.get("evidence", []) + rift.get("counter_evidence", []))  # fmt: skip
    if channel:
        out["channels"] = {channel: out["channels"].get(channel, [])}
    out["filters"] = {k: v for k, v in filters.items() if v not in (None, "")}
    out["claims"] = len(prepared.claims)
    out.pop("versions", None)
    return out


def _add_documents(out: dict[str, Any], docs: dict[int | None, int | None]) -> None:
    """Give each evidence record its stored document's number (for links)."""
    rift = out.get("rift") or {}
    lists = [row["evidence"] for row in out.get("months", [])]
    lists += [rift.get("evidence") or [], rift.get("counter_evidence") or []]
    for items in lists:
        for e in items:
            e["document_id"] = docs.get(e.get("event_id"))


# -- the whole field -----------------------------------------------------------------------
class Field:
    """The field's compact summary: per pair and month, cooperative and hostile units
    and claim counts; the rift alerts; names and kinds of the actors."""

    def __init__(self, state: tuple[int, int, int], prepared: Any, alerts: list[dict]) -> None:
        from riftwatch.analysis.timeline import units

        self.state = state
        self.computed_at = time.time()
        self.dyads: list[tuple[str, str]] = list(prepared.dyads)
        u = units(prepared)
        self.u_dyad, self.u_month = u["dyad"], u["month"]
        self.u_coop, self.u_hostile = u["coop"], u["hostile"]
        # claims per (dyad, month)
        if len(prepared.dyad):
            key = prepared.dyad.astype(np.int64) * 100_000 + prepared.month
            keys, counts = np.unique(key, return_counts=True)
        else:
            keys, counts = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        self.c_dyad, self.c_month, self.c_count = keys // 100_000, keys % 100_000, counts
        self.names = {k: prepared.name_of(k) for k in {x for d in self.dyads for x in d}}
        self.alerts = alerts
        today = date.today()
        now = today.year * 12 + today.month - 1
        months = self.u_month[self.u_month <= now] if len(self.u_month) else self.u_month
        self.last_month = int(months.max()) if len(months) else None
        self.claims = len(prepared.claims)

    # helpers ----------------------------------------------------------------------------
    def score_series(self, d: int, first: int, last: int) -> list[float | None]:
        """Per month ``first..last``: (coop - hostile) / (coop + hostile), None when silent."""
        sel = (self.u_dyad == d) & (self.u_month >= first) & (self.u_month <= last)
        out: list[float | None] = [None] * (last - first + 1)
        for m, c, h in zip(self.u_month[sel], self.u_coop[sel], self.u_hostile[sel], strict=True):
            total = c + h
            if total > 0:
                out[int(m) - first] = round(float((c - h) / total), 3)
        return out

    def pair_ref(self, d: int) -> list[dict[str, str]]:
        a, b = self.dyads[d]
        return [{"id": a, "name": self.names.get(a, a)}, {"id": b, "name": self.names.get(b, b)}]

    # stored ----------------------------------------------------------------------------
    _ARRAYS = ("u_dyad", "u_month", "u_coop", "u_hostile", "c_dyad", "c_month", "c_count")

    def to_bytes(self) -> bytes:
        """The summary as bytes (a NumPy ``.npz``: the arrays, and the rest as JSON)."""
        import io
        import json

        meta = {"state": list(self.state), "computed_at": self.computed_at,
                "dyads": [list(d) for d in self.dyads], "names": self.names,
                "alerts": self.alerts, "last_month": self.last_month,
                "claims": self.claims}  # fmt: skip
        text = json.dumps(meta, default=_plain).encode("utf-8")
        buf = io.BytesIO()
        arrays = {name: getattr(self, name) for name in self._ARRAYS}
        np.savez_compressed(buf, meta=np.frombuffer(text, dtype=np.uint8), **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Field:
        """The summary :meth:`to_bytes` wrote (no pickled objects are read)."""
        import io
        import json

        field = cls.__new__(cls)
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            for name in cls._ARRAYS:
                setattr(field, name, z[name])
        field.state = tuple(int(x) for x in meta["state"])  # type: ignore[assignment]
        field.computed_at = float(meta["computed_at"])
        field.dyads = [(str(a), str(b)) for a, b in meta["dyads"]]
        field.names = dict(meta["names"])
        field.alerts = list(meta["alerts"])
        field.last_month = meta["last_month"]
        field.claims = int(meta["claims"])
        return field


def _plain(value: Any) -> Any:
    """JSON for NumPy numbers and tuples inside the alerts."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


# -- the stored field summary (table field_summaries, migration 0012) ------------------------
SUMMARY_NAME = "field"
LEASE_SECONDS = 120.0
"""A lease not renewed for this long is taken over (its holder died); the holder renews it
every :data:`LEASE_RENEW` seconds while it computes."""
LEASE_RENEW = 30.0
LEASE_RETRY = 10.0
"""Seconds a process waits before asking for the lease again after another held it."""


def _summary_table() -> Any:
    from sqlalchemy import Column, DateTime, Integer, LargeBinary, MetaData, String, Table

    global _SUMMARY
    if _SUMMARY is None:
        _SUMMARY = Table(
            "field_summaries", MetaData(),
            Column("name", String(40), primary_key=True),
            Column("last_event", Integer, nullable=False),
            Column("events", Integer, nullable=False),
            Column("last_judgement", Integer, nullable=False),
            Column("computed_at", DateTime),
            Column("data", LargeBinary),
            Column("computing_since", DateTime),
        )  # fmt: skip
    return _SUMMARY


_SUMMARY: Any = None


def stored_field(store: Store, *, unless: tuple[int, int, int] | None = None) -> Field | None:
    """The field summary stored in the store (None: none yet), unless its state is ``unless``
    (then None too: the caller has it already; only the state is read)."""
    from sqlalchemy import select

    t = _summary_table()
    with store.engine.connect() as conn:
        row = conn.execute(
            select(t.c.last_event, t.c.events, t.c.last_judgement).where(
                t.c.name == SUMMARY_NAME, t.c.data.is_not(None)
            )
        ).first()
        if row is None or tuple(row) == unless:
            return None
        data = conn.execute(select(t.c.data).where(t.c.name == SUMMARY_NAME)).scalar()
    return Field.from_bytes(bytes(data)) if data else None


def save_field(store: Store, field: Field) -> None:
    """Store ``field`` as the store's summary (and end this process's lease)."""
    from datetime import datetime

    from sqlalchemy import update

    t = _summary_table()
    values = {"last_event": field.state[0], "events": field.state[1],
              "last_judgement": field.state[2], "data": field.to_bytes(),
              "computed_at": datetime.fromtimestamp(field.computed_at, UTC)
              .replace(tzinfo=None), "computing_since": None}  # fmt: skip
    with store.engine.begin() as conn:
        _ensure_row(conn)
        conn.execute(update(t).where(t.c.name == SUMMARY_NAME).values(**values))


def _ensure_row(conn: Any, name: str = SUMMARY_NAME) -> None:
    """The row ``name`` exists (made empty if not; two processes may race to make it)."""
    from sqlalchemy import select

    t = _summary_table()
    if conn.execute(select(t.c.name).where(t.c.name == name)).first() is not None:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(
        insert(t)
        .values(name=name, last_event=0, events=0, last_judgement=0)
        .on_conflict_do_nothing(index_elements=["name"])
    )


def take_lease(store: Store) -> bool:
    """Whether this process may compute the field now: True when no other process holds
    the lease (or its lease is older than :data:`LEASE_SECONDS`); it is then held."""
    from datetime import timedelta

    from sqlalchemy import or_, update

    from riftwatch.store.tables import utcnow

    t = _summary_table()
    now = utcnow().replace(tzinfo=None)
    with store.engine.begin() as conn:
        _ensure_row(conn)
        taken = conn.execute(
            update(t)
            .where(t.c.name == SUMMARY_NAME, or_(
                t.c.computing_since.is_(None),
                t.c.computing_since < now - timedelta(seconds=LEASE_SECONDS),
            ))
            .values(computing_since=now)
        ).rowcount  # fmt: skip
    return bool(taken)


def renew_lease(store: Store) -> None:
    """Tell the other processes that this one still computes the field."""
    from sqlalchemy import update

    from riftwatch.store.tables import utcnow

    t = _summary_table()
    with store.engine.begin() as conn:
        conn.execute(
            update(t)
            .where(t.c.name == SUMMARY_NAME, t.c.computing_since.is_not(None))
            .values(computing_since=utcnow().replace(tzinfo=None))
        )


def release_lease(store: Store) -> None:
    """End this process's lease without storing a field (the computation failed)."""
    from sqlalchemy import update

    t = _summary_table()
    with store.engine.begin() as conn:
        conn.execute(update(t).where(t.c.name == SUMMARY_NAME).values(computing_since=None))


# relationship answers, stored beside the field summary (rows ``rel:<digest>``): another
# worker, or the server after a restart, reads a busy pair's page instead of computing it
def _relationship_row(ka: str, kb_: str, filters: dict[str, Any]) -> str:
    import hashlib
    import json

    text = json.dumps([ka, kb_, sorted(filters.items())], default=str)
    return "rel:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def stored_relationship(store: Store, name: str, state: tuple[int, int, int]) -> dict | None:
    """The stored answer of relationship row ``name`` for the store ``state`` (else None)."""
    import json
    import zlib

    from sqlalchemy import select

    t = _summary_table()
    with store.engine.connect() as conn:
        data = conn.execute(
            select(t.c.data).where(t.c.name == name, t.c.last_event == state[0],
                                   t.c.events == state[1], t.c.last_judgement == state[2])
        ).scalar()  # fmt: skip
    if not data:
        return None
    return dict(json.loads(zlib.decompress(bytes(data)).decode("utf-8")))


def save_relationship(
    store: Store, name: str, state: tuple[int, int, int], answer: dict[str, Any]
) -> None:
    """Store a relationship's answer for ``state``; answers of other states are dropped."""
    import json
    import zlib

    from sqlalchemy import and_, delete, or_, update

    from riftwatch.store.tables import utcnow

    t = _summary_table()
    data = zlib.compress(json.dumps(answer, default=_plain).encode("utf-8"), 6)
    with store.engine.begin() as conn:
        conn.execute(delete(t).where(t.c.name.like("rel:%"), or_(
            t.c.last_event != state[0], t.c.events != state[1],
            t.c.last_judgement != state[2])))  # fmt: skip
        _ensure_row(conn, name)
        conn.execute(
            update(t).where(and_(t.c.name == name)).values(
                last_event=state[0], events=state[1], last_judgement=state[2], data=data,
                computed_at=utcnow().replace(tzinfo=None))
        )  # fmt: skip


def refresh_field(store: Store) -> Field:
    """Compute the field of the store's current state and store it (whatever the lease)."""
    field = _compute_field(store, store_state(store))
    save_field(store, field)
    FIELDS.put(store, field)
    return field


def _compute_field(store: Store, state: tuple[int, int, int]) -> Field:
    from riftwatch.analysis.rift import assess
    from riftwatch.analysis.timeline import prepare
    from riftwatch.claims_store import load_claims

    claims = load_claims(store, sentences=False)
    prepared = prepare(claims, hierarchy=_hierarchy())
    del claims
    # (a store without claims has no alerts: the model has nothing to assess)
    alerts = assess(prepared, evidence_limit=1) if prepared.claims else []
    docs = {c.event_id: c.document_id for c in prepared.claims}
    for r in alerts:
        _add_documents({"rift": r}, docs)
    for r in alerts:
        r.pop("versions", None)
        r.pop("lineages", None)
        r["factions"] = r.get("factions", [])[:5]
    return Field(state, prepared, alerts)


class FieldCache:
    """The :class:`Field` of each store, recomputed when the store's state changes.

    The field is kept in memory and in the store (:func:`save_field`): a process that has
    none, or an older one, reads the stored one first, so a restarted server or another
    worker shows the last summary at once, with its time (``as of``). A large store's
    field is recomputed in one background thread per process, and by one process at a
    time (:func:`take_lease`); changes made while it runs are taken up by one more round.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fields: dict[str, Field] = {}
        self._running: set[str] = set()
        self._errors: dict[str, str] = {}
        self._refused: dict[str, float] = {}  # when another process last held the lease

    def peek(self, store: Store) -> Field | None:
        """The field last computed for the store, whatever its state (None: none yet)."""
        with self._lock:
            return self._fields.get(store.url)

    def put(self, store: Store, field: Field) -> None:
        """Keep ``field`` as the store's (unless a newer one is kept already)."""
        with self._lock:
            have = self._fields.get(store.url)
            if have is None or have.computed_at <= field.computed_at:
                self._fields[store.url] = field

    def running(self, store: Store) -> bool:
        """Whether this process is computing the store's field."""
        with self._lock:
            return store.url in self._running

    def get(self, store: Store, *, wait: bool | None = None) -> tuple[Field | None, bool]:
        """``(field, fresh)``: the field of the store's current state, or (large store,
        being computed) the last stored or computed field (``fresh`` False) or None."""
        state = store_state(store)
        with self._lock:
            have = self._fields.get(store.url)
        if have is not None and have.state == state:
            return have, True
        stored = stored_field(store, unless=have.state if have is not None else None)
        if stored is not None:
            self.put(store, stored)
            have = self.peek(store)
            if have is not None and have.state == state:
                return have, True
        if wait is None:
            wait = state[1] <= SYNC_LIMIT
        if wait:
            field = _compute_field(store, state)
            save_field(store, field)
            self.put(store, field)
            return field, True
        self._start(store)
        return have, False

    def _start(self, store: Store) -> None:
        with self._lock:
            if store.url in self._running:
                return
            if time.monotonic() - self._refused.get(store.url, -LEASE_RETRY) < LEASE_RETRY:
                return  # another process computes it (asked a moment ago)
            self._running.add(store.url)

        def work() -> None:
            try:
                while True:
                    state = store_state(store)
                    if not take_lease(store):
                        # another process computes it: its result is read when stored
                        self._refused[store.url] = time.monotonic()
                        return
                    done = threading.Event()

                    def renew(done: threading.Event = done) -> None:
                        while not done.wait(LEASE_RENEW):
                            renew_lease(store)

                    threading.Thread(target=renew, name="riftwatch-lease", daemon=True).start()
                    try:
                        field = _compute_field(store, state)
                        done.set()
                        save_field(store, field)
                    except BaseException:
                        done.set()
                        release_lease(store)
                        raise
                    self.put(store, field)
                    # the pages the dashboard leads to first: its alerts' relationships
                    for r in field.alerts[:PREFETCH]:
                        a, b = (x["id"] for x in r["actors"])
                        relationship(store, a, b)
                    if store_state(store) == state:
                        return
            except RiftwatchError as exc:  # pragma: no cover - reported on the page
                self._errors[store.url] = str(exc)
            finally:
                with self._lock:
                    self._running.discard(store.url)

        threading.Thread(target=work, name="riftwatch-field", daemon=True).start()


FIELDS = FieldCache()
"""The process's field cache (one entry per store URL)."""


def _as_of(field: Field) -> str:
    """When the field was computed, in UTC (``2026-11-30T10:42:05Z``)."""
    from datetime import datetime

    stamp = datetime.fromtimestamp(field.computed_at, UTC)
    return stamp.isoformat(timespec="seconds").replace("+00:00", "Z")


def _label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_of(value: str | None, name: str, *, end: bool) -> int | None:
    if value in (None, ""):
        return None
    from riftwatch.analysis.timeline import month_index

    text = str(value).strip()
    if len(text) == 4 and text.isdigit():
        return int(text) * 12 + (11 if end else 0)
    m = month_index(text) if len(text) >= 7 and text[4] == "-" else None
    if m is None:
        raise WebError("RW600", name=name, detail="use YYYY or YYYY-MM")
    return m


def dashboard(
    store: Store,
    *,
    window: int = CHANGE_WINDOW,
    limit: int = 10,
    offset: int = 0,
    min_probability: float | None = None,
) -> dict[str, Any]:
    """Rift alerts and the most changed relationships of the field, with sparklines.

    Alerts: the pairs the rift model flags (P(broken) at or above ``min_probability``,
    default the model's threshold), with onset, interval, kind and the strongest evidence.
    Changed: pairs with evidence in both of the last two ``window``-month windows (ending
    at the newest month with evidence), ranked by the change of their signed balance
    ((coop - hostile) / (coop + hostile)). Both lists are paged by ``limit``/``offset``.
    """
    if window < 1 or window > 120:
        raise WebError("RW600", name="window", detail="use 1 to 120 months")
    field, fresh = FIELDS.get(store)
    out: dict[str, Any] = {"ready": field is not None, "fresh": fresh, "window": window,
                           "limit": limit, "offset": offset}  # fmt: skip
    if field is None:
        out.update(alerts={"total": 0, "items": []}, changed={"total": 0, "items": []},
                   last_month=None, claims=None, state=None)  # fmt: skip
        return out
    last = field.last_month
    out["last_month"] = _label(last) if last is not None else None
    out["claims"] = field.claims
    out["state"] = {"last_event": field.state[0], "events": field.state[1],
                    "last_judgement": field.state[2]}  # fmt: skip
    out["as_of"] = _as_of(field)
    spark_first = (last - SPARK_MONTHS + 1) if last is not None else 0
    alerts = [
        r for r in field.alerts
        if min_probability is None or r["probability"] >= min_probability
    ]  # fmt: skip
    items = []
    for r in alerts[offset : offset + limit]:
        a, b = (x["id"] for x in r["actors"])
        d = field.dyads.index((a, b) if a <= b else (b, a))
        strongest = r["evidence"][0] if r["evidence"] else None
        items.append({
            "actors": r["actors"], "probability": r["probability"], "onset": r["onset"],
            "onset_interval": r["onset_interval"], "kind": r["kind"],
            "direction": r["direction"], "channels": r["channels"],
            "origins": r["origins"], "strongest": strongest,
            "trend": field.score_series(d, spark_first, last) if last is not None else [],
        })  # fmt: skip
    out["alerts"] = {"total": len(alerts), "items": items}
    changed: list[dict[str, Any]] = []
    if last is not None:
        now_lo, before_lo = last - window + 1, last - 2 * window + 1
        u_d, u_m, c, h = field.u_dyad, field.u_month, field.u_coop, field.u_hostile
        now_sel = (u_m >= now_lo) & (u_m <= last)
        before_sel = (u_m >= before_lo) & (u_m < now_lo)
        n = len(field.dyads)

        def balance(sel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            cs = np.bincount(u_d[sel], weights=c[sel], minlength=n)
            hs = np.bincount(u_d[sel], weights=h[sel], minlength=n)
            tot = cs + hs
            with np.errstate(invalid="ignore", divide="ignore"):
                return np.where(tot > 0, (cs - hs) / np.where(tot > 0, tot, 1), 0.0), tot

        now_b, now_t = balance(now_sel)
        before_b, before_t = balance(before_sel)
        both = np.flatnonzero((now_t > 0) & (before_t > 0))
        delta = now_b[both] - before_b[both]
        order = np.lexsort((both, -np.abs(delta)))
        for k in order:
            d = int(both[k])
            changed.append({"dyad": d, "before": round(float(before_b[d]), 3),
                            "now": round(float(now_b[d]), 3),
                            "change": round(float(delta[k]), 3)})  # fmt: skip
    page = []
    for row in changed[offset : offset + limit]:
        d = row.pop("dyad")
        page.append({"actors": field.pair_ref(d), **row,
                     "trend": field.score_series(d, spark_first, last)})  # fmt: skip
    out["changed"] = {"total": len(changed), "items": page}
    out["spark_from"] = _label(spark_first) if last is not None else None
    return out


KINDS = ("organization", "person", "state", "open", "other")


def _kind(ident: str) -> str:
    if ident.startswith("open:"):
        return "open"
    ent = _hierarchy().kb.find(ident)
    if ent is None:
        return "other"
    if ent.type == "person":
        return "person"
    if ent.type in ("country", "government", "military", "intelligence", "police", "igo"):
        return "state"
    if ent.type in ("armed_group", "faction", "shura", "party"):
        return "organization"
    return "other"


_LAYOUTS: OrderedDict[tuple, dict[str, tuple[float, float]]] = OrderedDict()


def network(
    store: Store,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    min_evidence: int = 1,
    stance: str = "all",
    kinds: list[str] | None = None,
    actor: str | None = None,
    max_edges: int = 150,
) -> dict[str, Any]:
    """The signed, dated network of the field over a window of months.

    An edge joins two actors with claims between them in the window: ``sign`` +1
    (cooperation outweighs hostility in evidence units) or -1, ``coop``/``hostile``
    units, ``claims`` (its weight), ``first``/``last`` month. Filters: ``min_evidence``
    claims, ``stance`` (all, cooperation, conflict), actor ``kinds`` (organization,
    person, state, open, other), ``actor`` (only edges touching this actor id). The
    ``max_edges`` heaviest edges are kept; nodes carry a seeded layout (x, y in 0..1).
    """
    if stance not in ("all", "cooperation", "conflict"):
        raise WebError("RW600", name="stance", detail="use all, cooperation or conflict")
    if min_evidence < 1:
        raise WebError("RW600", name="min_evidence", detail="use 1 or more")
    wanted_kinds = {k for k in (kinds or []) if k}
    bad = wanted_kinds - set(KINDS)
    if bad:
        raise WebError("RW600", name="kind", detail=f"use any of {', '.join(KINDS)}")
    lo = _month_of(date_from, "from", end=False)
    hi = _month_of(date_to, "to", end=True)
    field, fresh = FIELDS.get(store)
    out: dict[str, Any] = {"ready": field is not None, "fresh": fresh,
                           "filters": {"from": date_from, "to": date_to,
                                       "min_evidence": min_evidence, "stance": stance,
                                       "kind": sorted(wanted_kinds), "actor": actor}}  # fmt: skip
    if field is None:
        out.update(nodes=[], edges=[], total_edges=0)
        return out
    n = len(field.dyads)
    usel = np.ones(len(field.u_month), dtype=bool)
    csel = np.ones(len(field.c_month), dtype=bool)
    if lo is not None:
        usel &= field.u_month >= lo
        csel &= field.c_month >= lo
    if hi is not None:
        usel &= field.u_month <= hi
        csel &= field.c_month <= hi
    coop = np.bincount(field.u_dyad[usel], weights=field.u_coop[usel], minlength=n)
    hostile = np.bincount(field.u_dyad[usel], weights=field.u_hostile[usel], minlength=n)
    claims = np.bincount(field.c_dyad[csel], weights=field.c_count[csel], minlength=n)
    # first and last month per pair, and the candidate edges, in NumPy; records are made
    # for the kept edges only (a million events: some ten thousand pairs)
    big = np.iinfo(np.int64).max
    first = np.full(n, big, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    np.minimum.at(first, field.c_dyad[csel], field.c_month[csel])
    np.maximum.at(last, field.c_dyad[csel], field.c_month[csel])
    sign = np.where(coop > hostile, 1, -1)
    keep = (claims >= min_evidence) & (coop + hostile > 0)
    if stance == "cooperation":
        keep &= sign > 0
    elif stance == "conflict":
        keep &= sign < 0
    found = []
    for d in np.flatnonzero(keep).tolist():
        a, b = field.dyads[d]
        if wanted_kinds and not (_kind(a) in wanted_kinds and _kind(b) in wanted_kinds):
            continue
        if actor and actor not in (a, b):
            continue
        found.append((-int(claims[d]), a, b, d))
    found.sort()
    out["total_edges"] = len(found)
    edges = [{"source": a, "target": b, "sign": int(sign[d]),
              "coop": round(float(coop[d]), 3), "hostile": round(float(hostile[d]), 3),
              "claims": -negative, "first": _label(int(first[d])), "last": _label(int(last[d]))}
             for negative, a, b, d in found[:max_edges]]  # fmt: skip
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += e["claims"]
        degree[e["target"]] += e["claims"]
    pos = _layout(field.state, ids, edges)
    out["nodes"] = [{"id": i, "name": field.names.get(i, i), "kind": _kind(i),
                     "claims": degree[i], "x": pos[i][0], "y": pos[i][1]}
                    for i in ids]  # fmt: skip
    out["edges"] = edges
    return out


def _layout(
    state: tuple[int, int, int], ids: list[str], edges: list[dict[str, Any]]
) -> dict[str, tuple[float, float]]:
    """A seeded spring layout (networkx), scaled to 0..1, cached per state and graph."""
    key = (state, tuple(ids), tuple((e["source"], e["target"], e["sign"]) for e in edges))
    hit = _LAYOUTS.get(key)
    if hit is not None:
        _LAYOUTS.move_to_end(key)
        return hit
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for e in edges:
        graph.add_edge(e["source"], e["target"], weight=1.0 + np.log1p(e["claims"]))
    raw = nx.spring_layout(graph, seed=7, weight="weight") if ids else {}
    if len(ids) == 1:
        raw = {ids[0]: np.array([0.0, 0.0])}
    xs = [float(p[0]) for p in raw.values()] or [0.0]
    ys = [float(p[1]) for p in raw.values()] or [0.0]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    pos = {
        k: (
            round((float(p[0]) - min(xs)) / span_x if len(ids) > 1 else 0.5, 4),
            round((float(p[1]) - min(ys)) / span_y if len(ids) > 1 else 0.5, 4),
        )
        for k, p in raw.items()
    }
    _LAYOUTS[key] = pos
    while len(_LAYOUTS) > 64:
        _LAYOUTS.popitem(last=False)
    return pos


def actor_relationships(store: Store, key: str, *, limit: int = 50) -> dict[str, Any]:
    """The pairs an actor (lineage key) is in, from the field: claims, first and last
    month, the latest balance and a sparkline of its last months."""
    field, fresh = FIELDS.get(store)
    if field is None:
        return {"ready": False, "fresh": fresh, "items": [], "total": 0}
    rows = []
    for d, (a, b) in enumerate(field.dyads):
        if key not in (a, b):
            continue
        sel = field.c_dyad == d
        months = field.c_month[sel]
        rows.append((int(field.c_count[sel].sum()), d, int(months.min()), int(months.max())))
    rows.sort(key=lambda r: (-r[0], r[1]))
    items = []
    for count, d, lo, hi in rows[:limit]:
        other = [x for x in field.pair_ref(d) if x["id"] != key][0]
        first = max(lo, hi - SPARK_MONTHS + 1)
        trend = field.score_series(d, first, hi)
        latest = next((v for v in reversed(trend) if v is not None), None)
        items.append({"other": other, "claims": count, "first": _label(lo), "last": _label(hi),
                      "latest": latest, "trend": trend, "trend_from": _label(first)})  # fmt: skip
    return {"ready": True, "fresh": fresh, "total": len(rows), "items": items}


def open_actors(store: Store, query: str | None = None, *, limit: int = 50) -> list[dict]:
    """Open actors (``open:`` ids, outside the knowledge base) of the field, by name."""
    field, _fresh = FIELDS.get(store)
    if field is None:
        return []
    low = (query or "").strip().casefold()
    found = sorted(
        (name, ident) for ident, name in field.names.items()
        if ident.startswith("open:") and (not low or low in name.casefold() or low in ident)
    )  # fmt: skip
    return [{"id": ident, "name": name, "type": "open"} for name, ident in found[:limit]]


def field_name(store: Store, key: str) -> str | None:
    """The name of an actor as the field's claims give it (None when not seen)."""
    field, _fresh = FIELDS.get(store)
    return None if field is None else field.names.get(key)


__all__ = [
    "EVIDENCE_PER_MONTH",
    "FIELDS",
    "KINDS",
    "SYNC_LIMIT",
    "actor_key",
    "actor_relationships",
    "compute_relationship",
    "dashboard",
    "field_name",
    "network",
    "open_actors",
    "pair_claims",
    "relationship",
    "side_ids",
    "store_state",
]
