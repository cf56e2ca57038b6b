"""A STIX 2.1 bundle of the claims, built and validated with the ``stix2`` library.

- Armed groups, factions, shuras, tribes, collectives and open (not yet curated) actors
  become ``threat-actor`` objects (``intrusion-set`` with ``group_object="intrusion-set"``);
  states and their bodies (country, government, military, intelligence, police, party,
  igo, organization) become ``identity`` objects (``organization``), persons
  ``identity`` (``individual``).
- Each asserted claim that counts (not rejected; corrections applied) supports one
  ``relationship`` per (source, target, PLOVER type): ``targets`` for a hostile act on an
  identity, else ``x-riftwatch-<type>`` (``x-riftwatch-aid``): STIX lets producers use
  their own relationship types, limited to a-z, 0-9 and hyphens. Negated, denied,
  hypothetical, future and uncertain claims assert no relation and make none.
  ``confidence`` (0-100) is the highest coder confidence of its claims; ``start_time``
  and ``stop_time`` the first and last day of their dates.
- Each source document is a ``report`` whose ``object_refs`` are the relationships and
  actors its claims support; a ``note`` on it carries its Admiralty grade
  (``x_riftwatch_reliability``, ``x_riftwatch_credibility``) with the words of the grade.
- Each analyst's current verdict on an event is an ``opinion`` on the relationship the
  event supports (or on the document's report when it supports none): accept ``agree``,
  correct ``disagree`` (the changes in ``explanation``), reject ``strongly-disagree``;
  a credibility override is a ``note`` on the report.

Ids are UUIDv5 of our own ids under :data:`NAMESPACE`, and times come from the data
(ingest and judgement times, or :data:`EPOCH`), so exporting the same store twice gives
the same bundle.
"""

from __future__ import annotations

import uuid
from typing import Any, BinaryIO

from riftwatch.export import Exporter, register

VERSION = "v1"
NAMESPACE = uuid.UUID("5b1d3c36-8f0e-5c4a-9a53-7269667477a1")
"""The UUIDv5 namespace of riftwatch's STIX ids."""
EPOCH = "2020-01-01T00:00:00.000Z"
"""``created``/``modified`` of objects with no time of their own (actors)."""

STATE_TYPES = {"country", "government", "military", "intelligence", "police", "party", "igo",
               "organization"}  # fmt: skip
RELIABILITY_WORDS = {"A": "completely reliable", "B": "usually reliable",
                     "C": "fairly reliable", "D": "not usually reliable", "E": "unreliable",
                     "F": "reliability cannot be judged"}  # fmt: skip
CREDIBILITY_WORDS = {1: "confirmed by other sources", 2: "probably true", 3: "possibly true",
                     4: "doubtful", 5: "improbable", 6: "truth cannot be judged"}  # fmt: skip
OPINIONS = {"accept": "agree", "correct": "disagree", "reject": "strongly-disagree"}
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST"}


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id: ``kind--uuid5(NAMESPACE, key)``.

    >>> stix_id("report", "document:7") == stix_id("report", "document:7")
    True
    >>> stix_id("report", "document:7").startswith("report--")
    True
    """
    return f"{kind}--{uuid.uuid5(NAMESPACE, key)}"


def _ts(value: Any) -> str:
    """A STIX timestamp of a datetime or an ISO date (a year or month: its first day)."""
    if value is None:
        return EPOCH
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    text = str(value)[:10]
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    return f"{text}T00:00:00.000Z"


def _published_honestly(row: Any) -> dict[str, Any]:
    """What a report says about its ``published`` time: STIX requires one, and a consumer
    reads it as the document's date. A dated document's is its publication date
    (``x_riftwatch_date_origin`` says where the date came from: ``docs/dates.md``); an
    undated document's is the time riftwatch ingested it, flagged
    ``x_riftwatch_published_is_ingest_time`` and said in the ``description``, never
    presented as the document's own date (and never a date borrowed from its events).

    >>> from types import SimpleNamespace as N
    >>> undated = _published_honestly(N(published=None, date_origin=None))
    >>> undated["x_riftwatch_published_is_ingest_time"]
    True
    >>> _published_honestly(N(published="2015-03", date_origin="field"))
    {'x_riftwatch_published_is_ingest_time': False, 'x_riftwatch_date_origin': 'field'}
    """
    if row.published:
        out: dict[str, Any] = {"x_riftwatch_published_is_ingest_time": False}
        if row.date_origin:
            out["x_riftwatch_date_origin"] = row.date_origin
        if row.date_origin == "file:mtime":
            out["description"] = (
                "The document states no date of its own: `published` is its file's "
                "modification time, which may be only when the file was copied."
            )
        return out
    return {
        "x_riftwatch_published_is_ingest_time": True,
        "description": "The source document states no publication date: `published` is the "
        "time riftwatch ingested it, not the document's date "
        "(x_riftwatch_published_is_ingest_time).",
    }


def _actor_object(kb: Any, ident: str, name: str, group_object: str) -> dict[str, Any]:
    entity = kb.find(ident)
    kind = entity.type if entity is not None else "open"
    common: dict[str, Any] = {"name": name or ident, "created": EPOCH, "modified": EPOCH,
                              "x_riftwatch_id": ident, "x_riftwatch_type": kind}  # fmt: skip
    if entity is not None:
        common["name"] = entity.name
        aliases = sorted({a.name for a in entity.aliases if a.name != entity.name})
        if aliases and kind not in STATE_TYPES and kind != "person":
            common["aliases"] = aliases
        if entity.description:
            common["description"] = entity.description
        if entity.country:
            common["x_riftwatch_country"] = entity.country
    if kind == "person":
        return {"type": "identity", "id": stix_id("identity", ident),
                "identity_class": "individual", **common}  # fmt: skip
    if kind in STATE_TYPES:
        sector = "defense" if kind in ("military", "intelligence", "police") else "government"
        return {"type": "identity", "id": stix_id("identity", ident),
                "identity_class": "organization", "sectors": [sector], **common}  # fmt: skip
    return {"type": group_object, "id": stix_id(group_object, ident), **common}


def build_bundle(store: Any, filters: dict[str, Any], *, group_object: str = "threat-actor"
                 ) -> Any:  # fmt: skip
    """The validated ``stix2.Bundle`` of the claims matching ``filters``."""
    import stix2
    from sqlalchemy import select

    from riftwatch.actors.curation import effective
    from riftwatch.analysis.scale import Scale
    from riftwatch.claims_store import iter_claims
    from riftwatch.errors import ExportError
    from riftwatch.export.rows import day_span
    from riftwatch.store.judgements import latest
    from riftwatch.store.tables import Document, EventJudgementRow

    if group_object not in ("threat-actor", "intrusion-set"):
        raise ExportError("RW732", field="group_object", name="group object",
                          detail="use threat-actor or intrusion-set")  # fmt: skip
    scale = Scale.load()
    kb, _ = effective(store)
    actors: dict[str, dict[str, Any]] = {}
    rels: dict[tuple[str, str, str], dict[str, Any]] = {}
    docs: dict[int, dict[str, Any]] = {}
    event_rel: dict[int, str] = {}
    event_doc: dict[int, int] = {}
    for claims in iter_claims(store, **filters):
        for c in claims:
            doc = docs.setdefault(int(c.document_id), {"refs": set(), "grade": (
                c.reliability, c.credibility)})  # fmt: skip
            event_doc[int(c.event_id)] = int(c.document_id)
            if not c.counts or c.modality != "asserted" or c.source_id == c.target_id:
                continue
            for ident, name in ((c.source_id, c.source_name), (c.target_id, c.target_name)):
                if ident not in actors:
                    actors[ident] = _actor_object(kb, ident, name, group_object)
            key = (c.source_id, c.target_id, c.event_type)
            rel = rels.get(key)
            if rel is None:
                rel = rels[key] = {"confidence": 0.0, "first": None, "last": None, "claims": 0,
                                   "origins": set(), "modes": set(), "created": None}  # fmt: skip
            rel["confidence"] = max(rel["confidence"], float(c.confidence))
            rel["claims"] += 1
            rel["origins"].add(c.origin)
            if c.mode:
                rel["modes"].add(c.mode)
            span = day_span(c.date)
            if span:
                rel["first"] = span[0] if rel["first"] is None else min(rel["first"], span[0])
                rel["last"] = span[1] if rel["last"] is None else max(rel["last"], span[1])
            rid = _relationship_id(key)
            event_rel[int(c.event_id)] = rid
            doc["refs"].update({rid, actors[c.source_id]["id"], actors[c.target_id]["id"]})
    objects: list[Any] = []
    producer = stix2.Identity(id=stix_id("identity", "riftwatch"), name="riftwatch",
                              identity_class="system", created=EPOCH, modified=EPOCH)  # fmt: skip
    objects.append(producer)
    for ident in sorted(actors):
        data = dict(actors[ident])
        kind = data.pop("type")
        cls = {"identity": stix2.Identity, "threat-actor": stix2.ThreatActor,
               "intrusion-set": stix2.IntrusionSet}[kind]  # fmt: skip
        objects.append(cls(allow_custom=True, created_by_ref=producer.id, **data))
    for key in sorted(rels):
        source, target, event_type = key
        rel = rels[key]
        src, tgt = actors[source], actors[target]
        rating = scale.rate(event_type, None, "asserted")
        hostile = rating.stance < 0 or event_type in HOSTILE
        kind = "targets" if hostile and tgt["type"] == "identity" else (
            "x-riftwatch-" + event_type.lower())  # fmt: skip
        extra: dict[str, Any] = {}
        if rel["first"]:
            extra["start_time"] = _ts(rel["first"])
            stop = f"{rel['last']}T23:59:59.000Z"
            extra["stop_time"] = stop if stop > extra["start_time"] else None
            if extra["stop_time"] is None:
                del extra["stop_time"]
        objects.append(stix2.Relationship(
            id=_relationship_id(key), relationship_type=kind, source_ref=src["id"],
            target_ref=tgt["id"], created=EPOCH, modified=EPOCH, created_by_ref=producer.id,
            confidence=max(0, min(100, round(rel["confidence"] * 100))),
            description=f"{src['name']} {event_type} {tgt['name']}: {rel['claims']} asserted "
            f"claims from {len(rel['origins'])} independent origins",
            x_riftwatch_event_type=event_type, x_riftwatch_modes=sorted(rel["modes"]),
            x_riftwatch_claims=rel["claims"], x_riftwatch_origins=len(rel["origins"]),
            x_riftwatch_stance=rating.stance, allow_custom=True, **extra,
        ))  # fmt: skip
    with store.engine.connect() as conn:
        ids = sorted(docs)
        rows = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in conn.execute(
                select(Document.id, Document.title, Document.published, Document.created_at,
                       Document.url, Document.external_id, Document.content_hash,
                       Document.date_origin)
                .where(Document.id.in_(chunk))
            ):  # fmt: skip
                rows[row.id] = row
        judged = _judgements(conn, latest, EventJudgementRow, set(event_doc))
    for doc_id in ids:
        row, doc = rows[doc_id], docs[doc_id]
        report_id = stix_id("report", f"document:{row.content_hash}")
        refs = sorted(doc["refs"]) or [producer.id]
        reliability, credibility = doc["grade"]
        external = [{"source_name": "riftwatch", "external_id": str(row.external_id or doc_id),
                     **({"url": row.url} if row.url else {})}]  # fmt: skip
        objects.append(stix2.Report(
            id=report_id, name=row.title or f"document {doc_id}", report_types=["threat-actor"],
            published=_ts(row.published or row.created_at), object_refs=refs,
            created=_ts(row.created_at), modified=_ts(row.created_at),
            created_by_ref=producer.id, external_references=external,
            x_riftwatch_document_id=doc_id, allow_custom=True,
            **_published_honestly(row),
        ))  # fmt: skip
        objects.append(stix2.Note(
            id=stix_id("note", f"grade:{row.content_hash}"), object_refs=[report_id],
            abstract=f"Admiralty grade {reliability}{credibility}",
            content=f"Source reliability {reliability} ({RELIABILITY_WORDS.get(reliability)}); "
            f"information credibility {credibility} ({CREDIBILITY_WORDS.get(credibility)}).",
            created=_ts(row.created_at), modified=_ts(row.created_at),
            created_by_ref=producer.id, x_riftwatch_reliability=reliability,
            x_riftwatch_credibility=int(credibility), allow_custom=True,
        ))  # fmt: skip
    for j in judged:
        doc_id = event_doc[j.event_id]
        report_id = stix_id("report", f"document:{rows[doc_id].content_hash}")
        when = _ts(j.created_at)
        if j.kind == "verdict":
            target = event_rel.get(j.event_id, report_id)
            text = f"{j.analyst}: {j.verdict} event {j.event_id}"
            if j.changes:
                text += " (" + ", ".join(f"{k}={_shown(v)}" for k, v in j.changes.items()) + ")"
            if j.note:
                text += f": {j.note}"
            objects.append(stix2.Opinion(
                id=stix_id("opinion", f"judgement:{j.id}"), opinion=OPINIONS[j.verdict],
                object_refs=[target], authors=[j.analyst], explanation=text, created=when,
                modified=when, x_riftwatch_event_id=j.event_id, x_riftwatch_verdict=j.verdict,
                allow_custom=True,
            ))  # fmt: skip
        elif j.credibility is not None:
            objects.append(stix2.Note(
                id=stix_id("note", f"judgement:{j.id}"), object_refs=[report_id],
                authors=[j.analyst], abstract=f"credibility override {j.credibility}",
                content=f"{j.analyst} set the credibility of event {j.event_id} to "
                f"{j.credibility} ({CREDIBILITY_WORDS.get(j.credibility)})"
                + (f": {j.note}" if j.note else ""),
                created=when, modified=when, x_riftwatch_event_id=j.event_id,
                x_riftwatch_credibility=int(j.credibility), allow_custom=True,
            ))  # fmt: skip
    return stix2.Bundle(objects=objects, id=stix_id("bundle", _bundle_key(filters)),
                        allow_custom=True)  # fmt: skip


def _shown(value: Any) -> str:
    return str(value.get("name") or value.get("id")) if isinstance(value, dict) else str(value)


def _bundle_key(filters: dict[str, Any]) -> str:
    import json

    return "bundle:" + json.dumps(filters, sort_keys=True, default=str)


def _relationship_id(key: tuple[str, str, str]) -> str:
    return stix_id("relationship", "relationship:" + "|".join(key))


def _judgements(conn: Any, latest: Any, J: Any, events: set[int]) -> list[Any]:
    """The current verdict and credibility override of the exported events."""
    import json
    from types import SimpleNamespace

    from sqlalchemy import select

    out = []
    for kind in ("verdict", "credibility"):
        sub = latest(kind)
        rows = conn.execute(
            select(J.id, J.kind, J.event_id, J.verdict, J.changes, J.credibility, J.note,
                   J.analyst, J.created_at).join(sub, sub.c.jid == J.id).order_by(J.id)
        ).all()  # fmt: skip
        for row in rows:
            if row.event_id in events:
                item = SimpleNamespace(**row._asdict())
                if isinstance(item.changes, str):
                    item.changes = json.loads(item.changes)
                out.append(item)
    return sorted(out, key=lambda r: r.id)


def write_stix(store: Any, stream: BinaryIO, filters: dict[str, Any],
               options: dict[str, Any]) -> int:  # fmt: skip
    """The bundle as JSON; returns the number of STIX objects."""
    bundle = build_bundle(store, filters,
                          group_object=options.get("group_object") or "threat-actor")  # fmt: skip
    # indented by json itself: stix2's pretty=True orders each object's keys by searching
    # the whole bundle for each of them, quadratic in its size (a bundle of 5,000 objects
    # took more than 300 s where this takes 2 s; benchmarks/results.md, "exports")
    stream.write(bundle.serialize(indent=4, ensure_ascii=False).encode("utf-8"))
    stream.write(b"\n")
    return len(bundle.objects)


register(Exporter(
    name=f"stix.json.{VERSION}", kind="stix", format="json", media_type="application/json",
    suffix=".stix.json", write=write_stix,
    description="STIX 2.1 bundle: actors, relationships, reports, grade notes, opinions",
))  # fmt: skip

__all__ = ["EPOCH", "NAMESPACE", "build_bundle", "stix_id", "write_stix"]
