"""The data of a briefing, assembled from :mod:`riftwatch.api` only.

:func:`briefing_data` returns a JSON-ready dict; :mod:`riftwatch.report` renders it.
Nothing here judges anything new: the probabilities are the rift model's, the
hypotheses ACH's, the factions the wedge ranking's. What is added is wording (words
of estimative probability, ICD 203 bands, from the ACH rules file) and a confidence
for each key judgement (:func:`confidence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from riftwatch.analysis.claims import read_as_texts
from riftwatch.errors import ReportError, RiftwatchError

MAX_PAIRS = 10
"""At most this many relationships get a section when none are chosen."""

CLOSEST = 3
"""Pairs closest to a break shown when no rift is found."""


def parse_pair(spec: str) -> tuple[str, str]:
    """``"A/B"`` as two names (RW620 unless exactly two non-empty names).

    >>> parse_pair("Al Qaeda / Haqqani network")
    ('Al Qaeda', 'Haqqani network')
    >>> parse_pair("Al Qaeda")
    Traceback (most recent call last):
    ...
    riftwatch.errors.ReportError: RW620 invalid pair 'Al Qaeda': use two actor names or ids \
separated by a slash, e.g. --pair "Al Qaeda/Haqqani network"
    """
    parts = [p.strip() for p in (spec or "").split("/")]
    if len(parts) != 2 or not all(parts):
        raise ReportError("RW620", value=spec)
    return parts[0], parts[1]


def words(p: float | None) -> str:
    """Words of estimative probability for ``p`` (the ACH rules' bands).

    >>> words(0.73), words(0.12), words(0.5)
    ('likely', 'very unlikely', 'roughly even chance')
    """
    from riftwatch.analysis.ach import estimative_words, load_rules

    if p is None:
        return "no judgement possible"
    return estimative_words(p, load_rules())


def _reliable(item: dict[str, Any]) -> bool:
    return item.get("reliability") in ("A", "B", "C") and (item.get("credibility") or 6) <= 3


def confidence(evidence: Sequence[dict[str, Any]], counter: Sequence[dict[str, Any]]) -> dict:
    """Confidence (low, moderate, high) in a key judgement, from three checks (one point
    each; 3 high, 2 moderate, else low): at least three independent origins among the
    evidence, most of it from reliable sources (A-C and 1-3), and counter-evidence from
    fewer than half as many origins as the evidence.

    >>> ev = [{"origin": f"doc:{i}", "reliability": "B", "credibility": 2} for i in range(3)]
    >>> confidence(ev, [])["level"]
    'high'
    >>> confidence(ev[:1], [{"origin": "doc:9"}])["level"]
    'low'
    """
    origins = {e.get("origin") for e in evidence}
    against = {e.get("origin") for e in counter}
    reliable = sum(_reliable(e) for e in evidence)
    checks = {
        "three or more independent origins": len(origins) >= 3,
        "mostly reliable sources (A-C, 1-3)": bool(evidence) and reliable * 2 > len(evidence),
        "little counter-evidence": len(against) * 2 < len(origins),
    }
    score = sum(checks.values())
    level = "high" if score == 3 else "moderate" if score == 2 else "low"
    return {
        "level": level,
        "checks": checks,
        "origins": len(origins),
        "counter_origins": len(against),
    }


def _allied(rift: dict[str, Any]) -> bool:
    """Whether a pair may be an alliance: not rivals from the start, whose model evidence is
    all hostile with nothing cooperative against it.

    >>> _allied({"evidence": [{"score": -1.0}], "counter_evidence": [{"score": 0.8}]})
    True
    >>> _allied({"evidence": [{"score": -1.0}], "counter_evidence": []})
    False
    >>> _allied({"evidence": [], "counter_evidence": []})
    True
    """
    items = [*(rift.get("evidence") or []), *(rift.get("counter_evidence") or [])]
    return any((e.get("score") or 0) > 0 for e in items) or not items


def _attribution(value: Any) -> str | None:
    """Who a claim is attributed to, in words (a name, or the dict's ``name``).

    >>> _attribution({"name": "The Panel", "id": None}), _attribution(None)
    ('The Panel', None)
    """
    if isinstance(value, dict):
        return value.get("name") or value.get("organization") or None
    return value or None


def _skeptic(item: dict[str, Any]) -> str | None:
    """How the claim's speaker doubts it, in words, and how the analysis reads it (rift-11).

    >>> _skeptic({"attributed_to": {"name": "An official", "skeptical": "wishful"},
    ...           "doubted": "wishful", "read_as": "persistence"})
    "doubts it ('wishful'); read as persistence"
    >>> _skeptic({"attributed_to": {"name": "An official", "skeptical": "doubtful"}})
    "skeptical ('doubtful')"
    >>> _skeptic({"attributed_to": None}) is None
    True
    """
    att = item.get("attributed_to")
    att = att if isinstance(att, dict) else {}
    parts = []
    if item.get("doubted"):
        parts.append(f"doubts it ('{item['doubted']}')")
    elif att.get("skeptical"):
        parts.append(f"skeptical ('{att['skeptical']}')")
    if item.get("read_as"):
        parts.append(f"read as {item['read_as']}")
    return "; ".join(parts) or None


def _pair_name(actors: Sequence[dict[str, Any]]) -> str:
    return " / ".join(a["name"] for a in actors)


def _judgement(rift: dict[str, Any] | None, actors: Sequence[dict[str, Any]], threshold: float):
    a, b = actors[0]["name"], actors[1]["name"]
    if rift is None:
        return {
            "pair": _pair_name(actors),
            "probability": None,
            "words": words(None),
            "text": f"No judgement is possible on {a} and {b}: no claim links them.",
            "confidence": confidence([], []),
            "broken": False,
            "dissent": [],
        }
    p = rift["probability"]
    conf = confidence(rift.get("evidence") or [], rift.get("counter_evidence") or [])
    w = words(p)
    if p >= threshold:
        since = f", first showing in {rift['onset']}" if rift.get("onset") else ""
        interval = rift.get("onset_interval")
        span = f" (90% interval {interval[0]} .. {interval[1]})" if interval else ""
        text = (
            f"It is {w} (about {round(p * 100)}%) that the alliance between {a} and {b} "
            f"has broken{since}{span}; kind: {rift.get('kind')}."
        )
    else:
        text = f"A break of the alliance between {a} and {b} is {w} (about {round(p * 100)}%)."
    return {
        "pair": _pair_name(actors),
        "probability": p,
        "words": w,
        "text": text,
        "confidence": conf,
        "broken": p >= threshold,
        "dissent": _dissent(rift.get("counter_evidence") or []),
    }


def _dissent(counter: Sequence[dict[str, Any]]) -> list[str]:
    """The skeptics among the counter-evidence, named beside the judgement (rift-11): who
    doubts the break, with the grade and the word of disbelief.

    >>> _dissent([{"attributed_to": {"name": "A U.S. official"}, "grade": "B2",
    ...            "doubted": "wishful", "month": "2015-05", "doc_id": "d4"}, {"grade": "A1"}])
    ["A U.S. official (B2, 2015-05, d4) doubts it ('wishful')"]
    """
    out = []
    for e in counter:
        if not e.get("doubted") and e.get("read_as") != "persistence":
            continue
        who = _attribution(e.get("attributed_to")) or "the reporter"
        where = ", ".join(str(x) for x in (e.get("grade"), e.get("month"), e.get("doc_id")) if x)
        how = f"doubts it ('{e['doubted']}')" if e.get("doubted") else f"{e.get('modality')} it"
        out.append(f"{who} ({where}) {how}")
    return out


def _cite(item: dict[str, Any], by_event: dict[int, Any], docs: dict[int, dict]) -> dict:
    claim = by_event.get(item.get("event_id"))
    doc = docs.get(claim.document_id) if claim is not None else None
    source, target = item.get("source") or {}, item.get("target") or {}
    return {
        "month": item.get("month"),
        "date": item.get("date"),
        "who": f"{source.get('name', '')} {item.get('event_type', '')}"
        f"{'/' + item['mode'] if item.get('mode') else ''} {target.get('name', '')}",
        "modality": item.get("modality"),
        "channel": item.get("channel"),
        "quote": item.get("quote"),
        "sentence": item.get("sentence"),
        "grade": item.get("grade"),
        "attributed_to": _attribution(item.get("attributed_to")),
        "skeptic": _skeptic(item),
        "read_as": read_as_texts(item),
        "corroboration": item.get("corroboration") or {},
        "influence": item.get("influence"),
        "rollup": item.get("rollup"),
        "doc_id": item.get("doc_id"),
        "title": (doc or {}).get("title"),
        "outlet": (doc or {}).get("source") or item.get("outlet"),
        "published": (doc or {}).get("published"),
        "document_grade": (doc or {}).get("grade"),
    }


def _relationship(
    store: Any, claims: list[Any], a: str, b: str, as_of: str | None, threshold: float,
    by_event: dict[int, Any], docs: dict[int, dict], index: int, *,
    questions: tuple[bool, str | None] = (True, None),
) -> dict[str, Any]:  # fmt: skip
    from riftwatch import api
    from riftwatch.report.charts import timeline_svg

    d = api.dyad(claims, a, b)
    rift = d.get("rift")
    # the rift model names each side by its current name; the dyad by its first one
    actors = (rift or {}).get("actors") or d["actors"]
    for item in [*(rift or {}).get("evidence", []), *(rift or {}).get("counter_evidence", [])]:
        cid = item.get("event_id")
        claim = by_event.get(cid)
        if claim is not None and claim.document_id not in docs:
            docs[claim.document_id] = api.get_document(store, claim.document_id, sentences=False)
    section: dict[str, Any] = {
        "pair": _pair_name(actors),
        "actors": actors,
        "judgement": _judgement(rift, actors, threshold),
        "rift": None,
        "months": len(d["months"]),
        "chart": timeline_svg(
            d["months"], d.get("series"), title=_pair_name(actors), salt=str(index)
        ),  # fmt: skip
        "versions": {**(d.get("versions") or {}), **((rift or {}).get("versions") or {})},
        "evidence": [],
        "counter_evidence": [],
        "ach": None,
        "ach_error": None,
        "wedges": [],
    }
    if rift is not None:
        section["rift"] = {
            k: rift.get(k)
            for k in ("probability", "onset", "onset_interval", "kind", "channels", "direction")
        }
        section["evidence"] = [_cite(e, by_event, docs) for e in rift.get("evidence") or []]
        section["counter_evidence"] = [
            _cite(e, by_event, docs) for e in rift.get("counter_evidence") or []
        ]
    ids = [actors[0]["id"], actors[1]["id"]]
    try:
        m = api.ach_matrix(pair=ids, as_of=as_of, db=store, store_question=questions[0],
                           analyst=questions[1])  # fmt: skip
        section["ach"] = {
            "as_of": m.get("as_of"),
            "question": m.get("question"),
            "hypotheses": m.get("hypotheses") or [],
            "conclusion": m.get("conclusion"),
            "confidence": m.get("confidence"),
            "item_count": len(m.get("evidence") or []),
            "diagnostic": sum(
                1 for e in m.get("evidence") or [] if e.get("diagnosticity") != "none"
            ),
        }
    except RiftwatchError as exc:
        section["ach_error"] = str(exc)
    for target, within in ((actors[0], actors[1]), (actors[1], actors[0])):
        try:
            w = api.wedge_ranking(target=target["id"], within=within["id"], as_of=as_of, db=store)
        except RiftwatchError:
            continue
        if w.get("ranking"):
            section["wedges"].append(
                {
                    "target": target["name"],
                    "within": within["name"],
                    "confidence": w.get("confidence"),
                    "ranking": [
                        {
                            "rank": r.get("rank"),
                            "faction": (r.get("actor") or {}).get("name"),
                            "score": r.get("score"),
                            "cooperative": r.get("cooperative"),
                            "hostile": r.get("hostile"),
                            "confidence": r.get("confidence"),
                            "reason": r.get("reason"),
                        }
                        for r in w["ranking"]
                    ],
                }
            )
    return section


def briefing_data(
    store: Any,
    *,
    pairs: Sequence[str] | None = None,
    as_of: str | None = None,
    store_questions: bool = True,
    analyst: str | None = None,
) -> dict[str, Any]:
    """Everything a briefing shows, for ``pairs`` (``"A/B"`` strings) or the whole field.

    ``store`` is an open :class:`~riftwatch.store.Store`. ``as_of`` (``YYYY[-MM[-DD]]``)
    leaves out claims of events after it. Each pair's ACH question is stored (opened by
    ``analyst``) unless ``store_questions`` is False: then a stored one is used and none
    is created (the briefing only reads the store).
    """
    from riftwatch import api
    from riftwatch.analysis.rift import Params

    chosen = [parse_pair(p) for p in pairs or []]
    claims = api.claims_as_of(api.load_claims(store, include_rejected=False), as_of)
    threshold = float(Params.load().min_probability)
    everything = api.rifts(claims, min_probability=0.0) if claims else []
    found = [r for r in everything if r["probability"] >= threshold]
    closest = [r for r in everything if r["probability"] < threshold and _allied(r)][:CLOSEST]
    by_event = {c.event_id: c for c in claims}
    docs: dict[int, dict] = {}
    if chosen:
        todo = chosen
    else:
        todo = [(r["actors"][0]["id"], r["actors"][1]["id"]) for r in found or closest]
        todo = todo[:MAX_PAIRS]
    sections = [
        _relationship(
            store,
            claims,
            a,
            b,
            as_of,
            threshold,
            by_event,
            docs,
            i,
            questions=(store_questions, analyst),
        )  # fmt: skip
        for i, (a, b) in enumerate(todo)
    ]
    judgements = [s["judgement"] for s in sections]
    status = api.status(store)
    coders = sorted({c.coder_version for c in claims if c.coder_version})
    versions: dict[str, str] = {}
    if everything:
        versions.update(everything[0].get("versions") or {})
    for s in sections:
        versions.update(s["versions"])
    return {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "as_of": as_of,
        "scope": "chosen relationships" if chosen else "the whole field",
        "threshold": threshold,
        "rifts_found": len(found),
        "pairs_assessed": len(everything),
        "judgements": judgements,
        "sections": sections,
        "status": {k: status[k] for k in ("documents", "events", "origin_groups", "sentences")},
        "claims": len(claims),
        "sources": api.list_sources(store),
        "versions": versions,
        "coders": coders,
    }


__all__ = ["briefing_data", "confidence", "parse_pair", "words"]
