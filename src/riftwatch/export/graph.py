"""The actor graph as GraphML and GEXF (via networkx).

Nodes are the actors that appear in the exported claims (knowledge-base actors and open
actors), with their kind, type, country and number of aliases; the KB actors their
hierarchy and lineage relations point to are added too (``appears`` false).

Two layers of edges, never mixed:

- ``layer="evidence"``: one edge per pair of actors (from the lower id to the higher),
  aggregated from the claims that count (rejected ones left out, corrections applied):
  ``claims``, independent ``origins``, ``cooperation``/``conflict``/``neutral`` counts by
  the stance of the ``scale`` stage, ``net_score`` (the sum of each claim's signed score
  times its modality weight), ``sign`` (+1, -1, 0), ``first_date`` and ``last_date``.
  With ``by_month`` the GEXF edges get a spell per month with claims and a dynamic
  ``monthly_net`` score (GraphML, which has no spells, gets the months as JSON text).
- ``layer="kb"``: the knowledge base's hierarchy and lineage relations (part_of,
  front_of, leader_of, member_of, renamed_as, successor_of, splinter_of, merged_into,
  split_with, merged_with) with their dates and provenance: what the KB says, not
  evidence.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, BinaryIO

from riftwatch.export import Exporter, register

VERSION = "v1"

KB_RELATIONS = (
    "part_of",
    "front_of",
    "leader_of",
    "member_of",
    "renamed_as",
    "successor_of",
    "splinter_of",
    "merged_into",
    "split_with",
    "merged_with",
)
"""The KB relations exported as the ``kb`` layer (hierarchy and lineage)."""


class _Pair:
    __slots__ = ("claims", "origins", "coop", "conflict", "neutral", "net", "first", "last",
                 "months")  # fmt: skip

    def __init__(self) -> None:
        self.claims = 0
        self.origins: set[str] = set()
        self.coop = self.conflict = self.neutral = 0
        self.net = 0.0
        self.first: str | None = None
        self.last: str | None = None
        self.months: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])


def _month_end(month: str) -> str:
    import calendar

    year, mon = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, mon)[1]:02d}"


def build_graph(store: Any, filters: dict[str, Any], *, by_month: bool = False) -> Any:
    """The actor graph (a networkx ``MultiDiGraph``) of the claims matching ``filters``."""
    import networkx as nx

    from riftwatch.actors.curation import effective
    from riftwatch.analysis.scale import Scale
    from riftwatch.claims_store import iter_claims
    from riftwatch.export.rows import day_span

    scale = Scale.load()
    kb, _ = effective(store)
    pairs: dict[tuple[str, str], _Pair] = {}
    names: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    wanted = {k: v for k, v in filters.items()}
    wanted["include_rejected"] = False
    for claims in iter_claims(store, **wanted):
        for c in claims:
            if not c.source_id or not c.target_id or c.source_id == c.target_id:
                continue
            names.setdefault(c.source_id, c.source_name)
            names.setdefault(c.target_id, c.target_name)
            seen[c.source_id] += 1
            seen[c.target_id] += 1
            key = tuple(sorted((c.source_id, c.target_id)))
            agg = pairs.get(key)  # type: ignore[arg-type]
            if agg is None:
                agg = pairs[key] = _Pair()  # type: ignore[index]
            rating = scale.rate(c.event_type, c.mode, c.modality, c.quote,
                                doubted=c.doubted is not None)  # fmt: skip
            agg.claims += 1
            agg.origins.add(c.origin)
            stance = rating.stance
            if stance > 0:
                agg.coop += 1
            elif stance < 0:
                agg.conflict += 1
            else:
                agg.neutral += 1
            weighted = rating.score * rating.modality_weight
            agg.net += weighted
            span = day_span(c.date)
            if span:
                agg.first = span[0] if agg.first is None else min(agg.first, span[0])
                agg.last = span[1] if agg.last is None else max(agg.last, span[1])
            if by_month and c.month:
                slot = agg.months[c.month]
                slot[0] += 1
                slot[1] += weighted
    graph = nx.MultiDiGraph(name="riftwatch actor graph")
    for ident in sorted(names):
        graph.add_node(ident, **_node(kb, ident, names[ident], appears=True, claims=seen[ident]))
    for (a, b), agg in sorted(pairs.items()):
        net = round(agg.net, 4)
        data: dict[str, Any] = {
            "layer": "evidence", "claims": agg.claims, "origins": len(agg.origins),
            "cooperation": agg.coop, "conflict": agg.conflict, "neutral": agg.neutral,
            "net_score": net, "sign": (net > 0) - (net < 0),
            "first_date": agg.first or "", "last_date": agg.last or "",
        }  # fmt: skip
        if by_month and agg.months:
            months = sorted(agg.months.items())
            data["months"] = [(m, int(v[0]), round(v[1], 4)) for m, v in months]
        graph.add_edge(a, b, key="evidence", **data)
    for ident in list(names):
        entity = kb.find(ident)
        if entity is None:
            continue
        for rel in entity.relations:
            if rel.type not in KB_RELATIONS:
                continue
            target = kb.canonical_id(rel.target)
            if target not in graph:
                found = kb.find(target)
                if found is None:
                    continue
                graph.add_node(target, **_node(kb, target, found.name, appears=False, claims=0))
            graph.add_edge(
                entity.id, target, key=f"kb:{rel.type}:{rel.start or ''}",
                layer="kb", relation=rel.type, start=rel.start or "", end=rel.end or "",
                provenance=rel.source, claims=0,
            )  # fmt: skip
    return graph


def _node(kb: Any, ident: str, name: str, *, appears: bool, claims: int) -> dict[str, Any]:
    entity = kb.find(ident)
    if entity is None:
        kind = ident.split(":", 1)[0] if ":" in ident else "open"
        return {"label": name or ident, "kind": "open" if kind in ("open", ident) else kind,
                "type": "", "country": "", "aliases": 0, "in_kb": False, "appears": appears,
                "claims": claims}  # fmt: skip
    return {"label": entity.name, "kind": entity.kind, "type": entity.type,
            "country": entity.country or "", "aliases": len(entity.aliases), "in_kb": True,
            "appears": appears, "claims": claims}  # fmt: skip


def _static(graph: Any) -> Any:
    """The graph with the per-month list flattened to JSON text (GraphML has no lists)."""
    out = graph.copy()
    for _, _, data in out.edges(data=True):
        if "months" in data:
            data["months"] = json.dumps(data["months"])
    return out


def _dynamic(graph: Any) -> Any:
    """The graph with each evidence edge's months as GEXF spells and a dynamic score."""
    out = graph.copy()
    for _, _, data in out.edges(data=True):
        months = data.pop("months", None)
        if months:
            data["spells"] = [(f"{m}-01", _month_end(m)) for m, _, _ in months]
            data["monthly_net"] = [(float(s), f"{m}-01", _month_end(m)) for m, _, s in months]
            data["monthly_claims"] = [(int(n), f"{m}-01", _month_end(m)) for m, n, _ in months]
    return out


def _options(options: dict[str, Any]) -> bool:
    return bool(options.get("by_month"))


def write_graphml(store: Any, stream: BinaryIO, filters: dict[str, Any],
                  options: dict[str, Any]) -> int:  # fmt: skip
    """The actor graph as GraphML; returns the number of edges."""
    import networkx as nx

    graph = _static(build_graph(store, filters, by_month=_options(options)))
    nx.write_graphml(graph, stream, encoding="utf-8", prettyprint=True)
    return graph.number_of_edges()


def write_gexf(store: Any, stream: BinaryIO, filters: dict[str, Any],
               options: dict[str, Any]) -> int:  # fmt: skip
    """The actor graph as GEXF 1.2 (dynamic, with monthly spells, under ``by_month``)."""
    import networkx as nx

    graph = _dynamic(build_graph(store, filters, by_month=_options(options)))
    nx.write_gexf(graph, stream, encoding="utf-8", prettyprint=True)
    return graph.number_of_edges()


register(Exporter(
    name=f"graph.graphml.{VERSION}", kind="graph", format="graphml",
    media_type="application/graphml+xml", suffix=".graphml", write=write_graphml,
    description="actors and their signed, dated relations (evidence and KB layers), GraphML",
))  # fmt: skip
register(Exporter(
    name=f"graph.gexf.{VERSION}", kind="graph", format="gexf", media_type="application/xml",
    suffix=".gexf", write=write_gexf,
    description="the same graph as GEXF 1.2 (monthly spells with --by-month)",
))  # fmt: skip

__all__ = ["KB_RELATIONS", "build_graph", "write_gexf", "write_graphml"]
