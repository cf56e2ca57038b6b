"""The actor graph written as GraphML and GEXF files and read back with networkx, on
SQLite and PostgreSQL: evidence edges aggregated from the claims that count, the KB's
hierarchy and lineage edges kept apart, monthly spells in GEXF."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pytest

from riftwatch import api
from riftwatch.export.graph import KB_RELATIONS


def evidence(graph: nx.MultiDiGraph) -> dict[tuple[str, str], dict]:
    return {(u, v): d for u, v, d in graph.edges(data=True) if d["layer"] == "evidence"}


def test_graphml_reads_back_with_the_claims_aggregated_per_pair(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "actors.graphml"
    result = api.export("graph", "graphml", path, db=judged.store)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert result["records"] == graph.number_of_edges()
    counting = api.list_claims(judged.store, include_rejected=False)
    pairs: dict[tuple[str, str], list[dict]] = {}
    for c in counting:
        if c["source_id"] != c["target_id"]:
            pairs.setdefault(tuple(sorted((c["source_id"], c["target_id"]))), []).append(c)
    edges = evidence(graph)
    assert set(edges) == set(pairs)
    for pair, claims in pairs.items():
        data = edges[pair]
        assert data["claims"] == len(claims)
        assert data["origins"] == len({c["origin"] for c in claims})
        assert data["cooperation"] + data["conflict"] + data["neutral"] == len(claims)
        assert data["sign"] == (data["net_score"] > 0) - (data["net_score"] < 0)
    # the rejected sanctuary claim (Haqqani -> Al Qaeda) is not evidence
    assert ("org:al-qaeda", "org:haqqani-network") not in edges
    # the corrected claim counts as corrected: Pakistan Army -> Haqqani network, coercion
    corrected = edges[("org:haqqani-network", "org:pak-army")]
    assert corrected["conflict"] >= 1
    islamic_state = graph.nodes["org:islamic-state"]
    assert islamic_state["in_kb"] and islamic_state["kind"] == "org"
    assert islamic_state["aliases"] > 0 and islamic_state["appears"]
    open_actor = graph.nodes["collective:unidentified-militants"]
    assert open_actor["claims"] == 1
    kb_edges = [d for _, _, d in graph.edges(data=True) if d["layer"] == "kb"]
    assert kb_edges, "the KB's hierarchy of the actors is exported"
    for data in kb_edges:
        assert data["relation"] in KB_RELATIONS and data["claims"] == 0
        assert "net_score" not in data and "cooperation" not in data  # never mixed


def test_dated_edges_and_monthly_gexf_spells(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "actors.gexf"
    api.export("graph", "gexf", path, db=judged.store, by_month=True)
    graph = nx.read_gexf(path)
    assert graph.graph["mode"] == "dynamic"
    text = path.read_text(encoding="utf-8")
    assert "<spells>" in text and 'start="2015-06-01" end="2015-06-30"' in text
    static = tmp_path / "static.graphml"
    api.export("graph", "graphml", static, db=judged.store, by_month=True)
    g = nx.read_graphml(static, force_multigraph=True)
    edge = evidence(g)[("org:afghan-taliban", "org:islamic-state")]
    assert edge["first_date"] == "2015-06-01" and edge["last_date"] == "2015-06-30"
    months = json.loads(edge["months"])
    assert [m[0] for m in months] == ["2015-06"] and months[0][1] >= 1


def test_filters_narrow_the_graph(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "ttp.graphml"
    api.export("graph", "graphml", path, db=judged.store, actor="TTP")
    edges = evidence(nx.read_graphml(path, force_multigraph=True))
    assert edges and all("org:ttp" in pair for pair in edges)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_an_empty_selection_is_an_empty_graph(judged: SimpleNamespace, tmp_path, fmt) -> None:
    path = tmp_path / f"none.{fmt}"
    result = api.export("graph", fmt, path, db=judged.store, date_from="1990", date_to="1991")
    assert result["records"] == 0
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == 0
