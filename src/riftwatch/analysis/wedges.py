"""Wedge analysis: a signed network of actors, and which factions of a group could be
split off from a target group.

The network is built from claims only (never from the knowledge base's ally or rival
relations): an edge between two actors carries the weight of the asserted cooperative
and hostile claims between them (weighted like ACH evidence: reliability x credibility
x coder confidence), their dates and evidence. Its sign is the sign of cooperative
minus hostile weight. Structural balance counts the triads whose signs multiply to a
negative (a friend of a friend who is an enemy); brokers are the actors with the
highest betweenness.

The factions of a group B are its sub-units in the knowledge base (``part_of`` /
``front_of`` children) and the sub-groups the text names inside B ("a growing number
of Taliban militants", "Taliban commanders", "Taliban fighters who assist Al Qaeda").
Each is scored by how separable it is from the target A: the share of hostile weight
in its ties to A (smoothed towards an even split, so thin evidence stays near 0.5),
plus a bonus when its ties grew more hostile recently. Highest score first.

>>> from riftwatch.analysis.claims import Claim
>>> def ev(i, s, t, typ, mode=None):
...     return Claim.from_event({"id": i, "doc_id": i, "source": {"id": s, "name": s},
...         "target": {"id": t, "name": t}, "event_type": typ, "mode": mode,
...         "modality": "asserted", "date": "2010-03", "confidence": 0.9,
...         "sentence": f"{s} and {t}.", "quote": typ.lower()})
>>> net = signed_network([ev("a", "X", "Y", "COOPERATE"), ev("b", "Y", "Z", "ASSAULT"),
...                       ev("c", "X", "Z", "COOPERATE")])
>>> net["balance"]["unbalanced"]
1
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.analysis.ach import (
    channel_of,
    claim_span,
    claim_weight,
    load_rules,
    parse_as_of,
    stance_of,
)
from riftwatch.analysis.claims import Claim
from riftwatch.analysis.parties import Party, make_party, resolve_actor


@lru_cache(maxsize=2)
def load_wedge_rules() -> dict[str, Any]:
    """The wedge data file (``riftwatch/data/analysis/wedges.yaml``)."""
    text = resources.files("riftwatch").joinpath("data/analysis/wedges.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _edge_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _evidence(claim: Claim) -> dict[str, Any]:
    return {
        "doc_id": claim.doc_id,
        "quote": claim.quote,
        "event_type": claim.event_type,
        "mode": claim.mode,
        "date": claim.date,
        "grade": claim.grade,
        "origin": claim.origin,
        "source": claim.source_name,
        "target": claim.target_name,
    }


def signed_network(
    claims: Iterable[Claim], *, as_of: str | None = None, brokers: int = 10
) -> dict[str, Any]:
    """The signed, dated network of the asserted claims up to ``as_of``.

    Returns ``{"nodes", "edges", "balance", "brokers"}``; each edge has ``actors``,
    ``sign`` (+1, -1 or 0), ``cooperative`` and ``hostile`` weights and counts,
    ``first``/``last`` dates and its ``evidence``.
    """
    rules = load_rules()
    skip = tuple(load_wedge_rules().get("network_skip_ids_containing") or ())
    day = parse_as_of(as_of)
    names: dict[str, str] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    seen: set[tuple[Any, ...]] = set()
    for claim in claims:
        if not claim.counts or claim.modality != "asserted":
            continue
        if not claim.source_id or not claim.target_id or claim.source_id == claim.target_id:
            continue
        if any(w in f"{claim.source_id} {claim.target_id}" for w in skip):
            continue  # placeholders ("unidentified militants") are not one actor
        first, _ = claim_span(claim)
        if day is not None and first is not None and first > day:
            continue
        stance = stance_of(claim, rules)
        if stance == "neutral":
            continue
        key = _edge_key(claim.source_id, claim.target_id)
        dedup = (key, claim.origin, claim.event_type, claim.mode, claim.month)
        if dedup in seen:
            continue
        seen.add(dedup)
        names[claim.source_id] = claim.source_name
        names[claim.target_id] = claim.target_name
        edge = edges.setdefault(
            key,
            {
                "actors": list(key),
                "cooperative": 0.0,
                "hostile": 0.0,
                "n_cooperative": 0,
                "n_hostile": 0,
                "first": None,
                "last": None,
                "channels": set(),
                "evidence": [],
            },
        )
        w = claim_weight(claim, rules)
        edge[stance] += w
        edge["n_" + stance] += 1
        edge["channels"].add(channel_of(claim, rules))
        when = claim.date or claim.published
        if when:
            edge["first"] = min(edge["first"] or when, when)
            edge["last"] = max(edge["last"] or when, when)
        edge["evidence"].append({**_evidence(claim), "stance": stance})
    out_edges = []
    for edge in edges.values():
        diff = edge["cooperative"] - edge["hostile"]
        edge["sign"] = 1 if diff > 1e-9 else -1 if diff < -1e-9 else 0
        edge["actors"] = [{"id": i, "name": names.get(i, i)} for i in edge["actors"]]
        edge["channels"] = sorted(edge["channels"])
        edge["cooperative"] = round(edge["cooperative"], 4)
        edge["hostile"] = round(edge["hostile"], 4)
        out_edges.append(edge)
    out_edges.sort(key=lambda e: (e["actors"][0]["id"], e["actors"][1]["id"]))
    signs = {
        _edge_key(e["actors"][0]["id"], e["actors"][1]["id"]): e["sign"]
        for e in out_edges
        if e["sign"]
    }
    return {
        "nodes": [{"id": i, "name": n} for i, n in sorted(names.items())],
        "edges": out_edges,
        "balance": structural_balance(signs, names),
        "brokers": [
            {"id": i, "name": names.get(i, i), "betweenness": round(b, 4)}
            for i, b in sorted(betweenness(signs).items(), key=lambda x: (-x[1], x[0]))[:brokers]
            if b > 0
        ],
    }


def structural_balance(
    signs: dict[tuple[str, str], int], names: dict[str, str] | None = None
) -> dict[str, Any]:
    """Triads with three signed ties: how many are balanced (sign product positive).

    ``unbalanced_all_hostile`` counts the unbalanced triads whose three ties are all
    hostile: unbalanced in Heider's strict sense, balanced in Davis's weak sense (three
    mutual enemies need not realign).

    >>> structural_balance({("a", "b"): 1, ("b", "c"): 1, ("a", "c"): -1})["unbalanced"]
    1
    """
    names = names or {}
    adj: dict[str, set[str]] = defaultdict(set)
    for a, b in signs:
        adj[a].add(b)
        adj[b].add(a)
    balanced = unbalanced = all_hostile = 0
    examples = []
    for a in sorted(adj):
        for b in sorted(n for n in adj[a] if n > a):
            for c in sorted(n for n in adj[a] & adj[b] if n > b):
                prod = signs[_edge_key(a, b)] * signs[_edge_key(b, c)] * signs[_edge_key(a, c)]
                if prod > 0:
                    balanced += 1
                else:
                    unbalanced += 1
                    signs3 = (
                        signs[_edge_key(a, b)],
                        signs[_edge_key(b, c)],
                        signs[_edge_key(a, c)],
                    )
                    if all(x < 0 for x in signs3):
                        all_hostile += 1
                    if len(examples) < 20:
                        examples.append([names.get(x, x) for x in (a, b, c)])
    total = balanced + unbalanced
    return {
        "triads": total,
        "balanced": balanced,
        "unbalanced": unbalanced,
        "unbalanced_all_hostile": all_hostile,
        "balance_ratio": round(balanced / total, 4) if total else None,
        "unbalanced_triads": examples,
    }


def betweenness(signs: dict[tuple[str, str], Any]) -> dict[str, float]:
    """Normalised betweenness centrality of an undirected graph (Brandes' algorithm).

    >>> betweenness({("a", "b"): 1, ("b", "c"): -1})["b"]
    1.0
    """
    adj: dict[str, set[str]] = defaultdict(set)
    for a, b in signs:
        adj[a].add(b)
        adj[b].add(a)
    nodes = sorted(adj)
    neighbours = {v: sorted(adj[v]) for v in nodes}  # sorted once, not at every visit
    score = dict.fromkeys(nodes, 0.0)
    for s in nodes:
        stack: list[str] = []
        preds: dict[str, list[str]] = defaultdict(list)
        sigma = dict.fromkeys(nodes, 0.0)
        sigma[s] = 1.0
        dist = dict.fromkeys(nodes, -1)
        dist[s] = 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            stack.append(v)
            for w in neighbours[v]:
                if dist[w] < 0:
                    dist[w] = dist[v] + 1
                    queue.append(w)
                if dist[w] == dist[v] + 1:
                    sigma[w] += sigma[v]
                    preds[w].append(v)
        delta = dict.fromkeys(nodes, 0.0)
        while stack:
            w = stack.pop()
            for v in preds[w]:
                delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
            if w != s:
                score[w] += delta[w]
    n = len(nodes)
    norm = (n - 1) * (n - 2) if n > 2 else 1
    return {k: v / norm for k, v in score.items()}  # both directions counted: /((n-1)(n-2))


# -- sub-groups named in the text -------------------------------------------------------------
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _subgroup_pattern(party: Party, kb: Any) -> re.Pattern[str] | None:
    wr = load_wedge_rules()
    names = {party.name}
    if kb is not None:
        for ident in party.lineage:
            ent = kb.find(ident)
            if ent is None:
                continue
            names.add(ent.name)
            names.update(
                a.name for a in ent.aliases if a.kind not in ("collective", "weak", "former")
            )
    nouns = set(wr["member_nouns"])
    cores = sorted(
        {n for n in names if len(n) >= 3 and n.split()[-1].lower() not in nouns},
        key=len,
        reverse=True,
    )
    if not cores:
        return None
    quant = "|".join(re.escape(q) for q in sorted(wr["quantifiers"], key=len, reverse=True))
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    core = "|".join(re.escape(c) for c in cores)
    return re.compile(
        rf"(?:\b(?P<quant>{quant})\s+)?(?:(?:the|of)\s+)?\b(?P<core>{core})\s+(?P<noun>{noun})\b"
        rf"(?P<rel>\s*,?\s+(?:who|whose|that)\s+(?:\w+[\s-]){{0,4}}\w+)?",
        re.IGNORECASE,
    )


_PLURAL = {"commander": "commanders", "faction": "factions", "council": "councils"}
_TRAILING = {"with", "to", "of", "the", "a", "an", "and", "in", "on", "for", "by", "from"}


@lru_cache(maxsize=2)
def _partial_nouns() -> frozenset[str]:
    """The wedge rules' ``partial_nouns`` (read once, not for every sentence)."""
    return frozenset(load_wedge_rules()["partial_nouns"])


def named_subgroup(claim: Claim, party: Party, pattern: re.Pattern[str] | None) -> str | None:
    """The label of the sub-group of ``party`` the claim's sentence names, if any."""
    if pattern is None or not claim.sentence:
        return None
    partial = _partial_nouns()
    for m in pattern.finditer(claim.sentence):
        noun = m.group("noun").lower()
        if noun in partial or m.group("quant") or m.group("rel"):
            noun = _PLURAL.get(noun, m.group("noun"))
            label = f"{m.group('core')} {noun}"
            if m.group("rel"):
                words = m.group("rel").replace(",", " ").split()
                while words and words[-1].lower() in _TRAILING:
                    words.pop()
                label += " " + " ".join(words)
            return label
    return None


def _canonical_label(label: str, party: Party, pattern: re.Pattern[str] | None) -> str:
    """A sub-group label with the group's name as written replaced by its canonical name.

    >>> p = re.compile(r"(?P<core>Afghan Taliban|Taliban) (?P<noun>commanders)")
    >>> party = type("P", (), {"name": "Afghan Taliban"})()
    >>> _canonical_label("Taliban commanders", party, p)
    'Afghan Taliban commanders'
    """
    m = pattern.match(label) if pattern is not None else None
    if m is None:
        return label
    return party.name + label[m.end("core") :]


# -- the ranking ------------------------------------------------------------------------------
def wedges(
    claims: Iterable[Claim],
    target: str,
    within: str,
    *,
    as_of: str | None = None,
    kb: Any = "default",
) -> dict[str, Any]:
    """Rank the factions of ``within`` by how separable they are from ``target``.

    Returns ``{"target", "within", "as_of", "ranking": [...], "no_evidence": [...],
    "confidence", "network"}``; each ranking row has the contract's ``actor``,
    ``score``, ``cooperative``, ``hostile`` and ``evidence``, plus ``rank``, ``kind``
    (``kb`` or ``named``), weights, ``trend``, ``last``, ``confidence`` and ``reason``.
    """
    if kb == "default":
        from riftwatch.actors import default_kb

        kb = default_kb()
    rules = load_rules()
    wr = load_wedge_rules()
    claims = [c for c in claims if c.counts]
    day = parse_as_of(as_of)
    tgt = make_party(resolve_actor(target, kb=kb), kb=kb)
    grp = make_party(resolve_actor(within, kb=kb), kb=kb)
    if tgt.id == grp.id or tgt.id in grp.lineage:
        from riftwatch.errors import JudgementError

        raise JudgementError("RW552", name=tgt.name)
    for ident in list(grp.factions):
        if ident in tgt.members:
            del grp.factions[ident]
    for ident in list(tgt.factions):
        if ident in grp.members:
            del tgt.factions[ident]
    pattern = _subgroup_pattern(grp, kb)
    rows: dict[str, dict[str, Any]] = {}
    seen: set[tuple[Any, ...]] = set()
    dated: list[Date] = []
    picked: list[tuple[str, str, Claim, str, Date | None]] = []
    for claim in claims:
        if claim.modality != "asserted":
            continue
        first, last = claim_span(claim)
        if day is not None and first is not None and first > day:
            continue
        if tgt.role(claim.source_id, claim.source_name):
            other_id, other_name = claim.target_id, claim.target_name
        elif tgt.role(claim.target_id, claim.target_name):
            other_id, other_name = claim.source_id, claim.source_name
        else:
            continue
        if other_id in grp.factions:
            fid, fname, kind = other_id, grp.factions[other_id], "kb"
        elif grp.role(other_id, other_name) == "self":
            label = named_subgroup(claim, grp, pattern)
            if label is None:
                continue
            # one faction whichever of the group's names the text used ("Taliban commanders",
            # "Afghan Taliban commanders"), named under the canonical name: the same label
            # whatever order or subset of claims the ranking reads
            fname = _canonical_label(label, grp, pattern)
            fid, kind = f"{grp.id}#{_slug(fname)}", "named"
        else:
            continue
        stance = stance_of(claim, rules)
        if stance == "neutral":
            continue
        dedup = (fid, claim.origin, claim.event_type, claim.mode, claim.month)
        if dedup in seen:
            continue
        seen.add(dedup)
        rows.setdefault(fid, {"actor": {"id": fid, "name": fname}, "kind": kind})
        picked.append((fid, stance, claim, kind, last or first))
        if last or first:
            dated.append(last or first)
    ref = day or (max(dated) if dated else None)
    half = float(wr.get("half_life_years", 5)) * 365.25
    prior = float(wr.get("prior", 0.5))
    trend_w = float(wr.get("trend_weight", 0.25))
    conf_map = {int(k): v for k, v in (wr.get("confidence_by_origins") or {}).items()}
    per: dict[str, list[tuple[str, Claim, float, Date | None]]] = defaultdict(list)
    for fid, stance, claim, _kind, when in picked:
        fade = 1.0
        if ref is not None and when is not None and when < ref:
            fade = 0.5 ** ((ref - when).days / half)
        per[fid].append((stance, claim, claim_weight(claim, rules) * fade, when))
    ranking = []
    for fid, items in per.items():
        coop_w = sum(w for s, _, w, _ in items if s == "cooperative")
        host_w = sum(w for s, _, w, _ in items if s == "hostile")
        share = (host_w + prior / 2) / (coop_w + host_w + prior)
        trend = 0.0
        dated_items = sorted((x for x in items if x[3] is not None), key=lambda x: x[3])
        if len(dated_items) >= 2 and dated_items[0][3] != dated_items[-1][3]:
            mid = len(dated_items) // 2
            early, late = dated_items[:mid], dated_items[mid:]

            def hshare(xs: Sequence[tuple[str, Claim, float, Date | None]]) -> float:
                tot = sum(w for _, _, w, _ in xs)
                return sum(w for s, _, w, _ in xs if s == "hostile") / tot if tot else 0.0

            trend = hshare(late) - hshare(early)
        value = min(1.0, share + trend_w * max(0.0, trend))
        origins = {c.origin for _, c, _, _ in items}
        level = conf_map.get(min(len(origins), max(conf_map) if conf_map else 1), "low")
        n_coop = sum(1 for s, *_ in items if s == "cooperative")
        n_host = len(items) - n_coop
        row = rows[fid]
        row.update(
            {
                "score": round(value, 4),
                "cooperative": n_coop,
                "hostile": n_host,
                "cooperative_weight": round(coop_w, 4),
                "hostile_weight": round(host_w, 4),
                "trend": round(trend, 4),
                "last": max((str(c.date or c.published or "") for _, c, _, _ in items)),
                "origins": len(origins),
                "confidence": level,
                "evidence": [
                    {**_evidence(c), "stance": s}
                    for s, c, _, _ in sorted(items, key=lambda x: str(x[1].date or ""))
                ],
            }
        )
        row["reason"] = (
            f"{n_host} hostile and {n_coop} cooperative claim(s) with {tgt.name} from "
            f"{len(origins)} independent origin(s)"
            + (f"; ties deteriorating (trend +{trend:.2f})" if trend > 0 else "")
        )
        ranking.append(row)
    ranking.sort(key=lambda r: (-r["score"], -r["hostile_weight"], r["actor"]["name"]))
    for i, row in enumerate(ranking):
        row["rank"] = i + 1
        nxt = ranking[i + 1]["score"] if i + 1 < len(ranking) else None
        row["margin"] = round(row["score"] - nxt, 4) if nxt is not None else None
    if len(ranking) < 2:
        overall = "low"
        why = "fewer than two factions with evidence"
    else:
        weak = [r for r in ranking if r["confidence"] == "low"]
        close = [r for r in ranking[:-1] if (r["margin"] or 0) < 0.1]
        overall = "low" if len(weak) * 2 > len(ranking) else "moderate" if close else "high"
        why = (
            f"{len(weak)} of {len(ranking)} factions rest on a single origin; "
            f"{len(close)} adjacent pair(s) within 0.1 of each other"
        )
    return {
        "target": tgt.ref(),
        "within": grp.ref(),
        "as_of": ref.isoformat() if ref else None,
        "ranking": ranking,
        "no_evidence": [
            {"id": i, "name": n} for i, n in sorted(grp.factions.items()) if i not in per
        ],
        "confidence": overall,
        "confidence_reason": why,
    }


__all__ = [
    "betweenness",
    "load_wedge_rules",
    "named_subgroup",
    "signed_network",
    "structural_balance",
    "wedges",
]
