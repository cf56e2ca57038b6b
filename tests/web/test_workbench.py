"""The workbench's read pages over real HTTP, on SQLite and PostgreSQL: the dashboard,
the relationship page, the network and the actor pages, and their JSON API.

The corpus (invented reports) has the Haqqani Network and Al Qaeda cooperating in
2015-2016 (shelter, weapons, training, an agreement) and hostile from 2017 (attacks, an
accusation, an expulsion, threats), with one low-graded (E5) report of shelter in the
hostile period (evidence against the break), a faction of Al Qaeda (AQIS) on both
sides of the turn, and an analyst's correction that names a hostile actor (markup in
its name) as the target of an unrelated Taliban attack.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Served, _database, start_server

from riftwatch import api

AQ, HQN, AQIS = "org:al-qaeda", "org:haqqani-network", "org:aqis"
HOSTILE_NAME = '<script>window.__pwned=7</script>"><svg onload="window.__pwned=8">'


def _doc(ident: str, date: str, source: str, grade: str, text: str) -> dict[str, Any]:
    return {"id": ident, "date": date, "source": source, "reliability": grade[0],
            "credibility": int(grade[1]), "text": text}  # fmt: skip


CORPUS = [
    _doc("c01", "2015-01-10", "Frontier Post", "B2",
         "The Haqqani network sheltered Al Qaeda fighters in North Waziristan in January 2015."),
    _doc("c02", "2015-03-12", "Kabul Times", "B2",
         "In March 2015 the Haqqani network provided weapons to Al Qaeda."),
    _doc("c03", "2015-06-02", "Field Notes", "C3",
         "Al Qaeda and the Haqqani network signed an agreement to cooperate in June 2015."),
    _doc("c04", "2015-09-20", "Frontier Post", "B2",
         "In September 2015 the Haqqani network trained Al Qaeda recruits in Khost."),
    _doc("c05", "2016-01-15", "Kabul Times", "B2",
         "The Haqqani network hosted Al Qaeda commanders in January 2016."),
    _doc("c06", "2017-03-05", "Frontier Post", "B2",
         "In March 2017 the Haqqani network attacked Al Qaeda fighters near Miranshah."),
    _doc("c07", "2017-05-18", "Kabul Times", "A2",
         "Al Qaeda accused the Haqqani network of betrayal in May 2017."),
    _doc("c08", "2017-08-09", "Field Notes", "C3",
         "In August 2017 the Haqqani network expelled Al Qaeda fighters from its camps."),
    _doc("c09", "2017-11-22", "Frontier Post", "B2",
         "Al Qaeda fighters clashed with the Haqqani network in November 2017."),
    _doc("c10", "2018-02-03", "Kabul Times", "B1",
         "In February 2018 Al Qaeda threatened the Haqqani network."),
    _doc("c11", "2017-12-01", "Rumour Mill", "E5",
         "In December 2017 the Haqqani network sheltered Al Qaeda fighters again."),
    _doc("c12", "2016-05-01", "Kabul Times", "B2",
         "The Taliban attacked the army in Kandahar in May 2016."),
    _doc("c13", "2017-10-04", "Frontier Post", "B2",
         "In October 2017 Al Qaeda in the Indian Subcontinent attacked the Haqqani network "
         "in Paktia."),
    _doc("c14", "2015-11-04", "Kabul Times", "B2",
         "In November 2015 the Haqqani network funded Al Qaeda in the Indian Subcontinent."),
]  # fmt: skip


def build_rift_corpus(db: str, folder: Path) -> dict[str, Any]:
    """Ingest and code the corpus, then correct c12's target to the hostile name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rift.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in CORPUS), encoding="utf-8")
    api.init_store(db)
    api.ingest([path], db=db)
    api.extract_stored(db)
    c12 = api.list_events(db, document_id="c12")
    assert c12, "the Taliban attack is coded"
    judged = api.judge_event(db, c12[0]["id"], "correct", analyst="tester",
                             changes={"target_name": HOSTILE_NAME})  # fmt: skip
    hostile_id = judged["changes"]["target"]["id"]
    return {"hostile_id": hostile_id, "taliban": c12[0]["source"]["id"]}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def rift_served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"workbench-{request.param}")
    with _database(request, request.param, folder) as db:
        info = build_rift_corpus(db, folder / "corpus")
        running = start_server(db, upload_dir=folder / "uploads")
        running.info = info  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


def _get(served: Served, path: str, **params: Any) -> Any:
    with served.client() as client:
        response = client.get(path, params=params)
    assert response.status_code == 200, (path, response.text[:500])
    return response


def _json(served: Served, path: str, **params: Any) -> Any:
    return _get(served, path, **params).json()


def _html(served: Served, path: str, **params: Any) -> str:
    response = _get(served, path, **params)
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def _points(body: str) -> list[str]:
    return re.findall(r'<a class="point" href="#m-(\d{4}-\d{2})"', body)


# -- the API --------------------------------------------------------------------------------
def test_openapi_describes_the_workbench_routes(rift_served: Served) -> None:
    paths = _json(rift_served, "/openapi.json")["paths"]
    for path in ("/api/dashboard", "/api/relationships/{a}/{b}", "/api/network",
                 "/api/actors", "/api/actors/{actor_id}", "/api/actors/suggestions"):  # fmt: skip
        assert "get" in paths[path], path

    def names(path: str) -> set[str]:
        return {p["name"] for p in paths[path]["get"]["parameters"]}

    assert {"window", "limit", "offset", "min_probability"} <= names("/api/dashboard")
    assert {"min_reliability", "max_credibility", "channel", "from", "to", "limit",
            "offset"} <= names("/api/relationships/{a}/{b}")  # fmt: skip
    assert {"from", "to", "min_evidence", "stance", "kind", "limit"} <= names("/api/network")
    assert {"q", "type", "limit", "offset"} <= names("/api/actors")
    assert not any(p.startswith(("/relationships", "/network", "/actors/")) for p in paths)


def test_dashboard_api_alerts_the_rift_with_onset_evidence_and_trend(rift_served: Served) -> None:
    data = _json(rift_served, "/api/dashboard")
    assert data["ready"] and data["fresh"]
    assert data["last_month"] == "2018-02"
    alert = next(a for a in data["alerts"]["items"]
                 if {x["id"] for x in a["actors"]} == {AQ, HQN})  # fmt: skip
    assert alert["probability"] >= 0.9 and alert["kind"] == "rift"
    low, high = alert["onset_interval"]
    assert "2016-01" <= low <= alert["onset"] <= high <= "2017-12"
    assert alert["strongest"]["event_type"] in {"ASSAULT", "THREATEN", "ACCUSE", "COERCE"}
    assert alert["strongest"]["document_id"] and alert["strongest"]["quote"]
    assert len(alert["trend"]) == 36 and data["spark_from"] == "2015-03"
    values = [v for v in alert["trend"] if v is not None]
    assert values[0] > 0 and values[-1] < 0, "cooperative then hostile"
    # paging and the threshold
    first = _json(rift_served, "/api/dashboard", limit=1)
    assert len(first["alerts"]["items"]) == 1 and first["alerts"]["total"] >= 1
    none = _json(rift_served, "/api/dashboard", min_probability=1.0)
    assert none["alerts"]["total"] == 0


def test_dashboard_api_most_changed_relationships(rift_served: Served) -> None:
    data = _json(rift_served, "/api/dashboard", window=24)
    changed = {tuple(sorted(x["id"] for x in c["actors"])): c for c in data["changed"]["items"]}
    pair = changed[(AQ, HQN)]
    assert pair["before"] > 0 > pair["now"] and pair["change"] < -1
    changes = [abs(c["change"]) for c in data["changed"]["items"]]
    assert changes == sorted(changes, reverse=True)
    # with a 6-month window, the last half year has no earlier half year of this pair's
    # cooperation to compare with: the change is small or absent
    short = _json(rift_served, "/api/dashboard", window=6)
    kept = [c for c in short["changed"]["items"] if {x["id"] for x in c["actors"]} == {AQ, HQN}]
    assert not kept or abs(kept[0]["change"]) < abs(pair["change"])


def test_relationship_api_series_rift_and_grade_filter(rift_served: Served) -> None:
    data = _json(rift_served, f"/api/relationships/{AQ}/{HQN}")
    assert [a["id"] for a in data["actors"]] == [AQ, HQN]
    months = {m["month"]: m for m in data["months"]}
    assert months["2015-01"]["score"] > 0 and months["2017-11"]["score"] < 0
    assert months["2015-01"]["broken"] < 0.2 < 0.8 < months["2018-02"]["broken"]
    assert "violence" in data["channels"] and "sanctuary" in data["channels"]
    rift = data["rift"]
    assert rift["probability"] > 0.9 and rift["kind"] in {"rift", "friction"}
    assert {e["event_type"] for e in rift["evidence"]} <= {"ASSAULT", "THREATEN", "ACCUSE",
                                                         "COERCE", "REJECT"}  # fmt: skip
    assert any(e["doc_id"] == "c11" and e["grade"] == "E5" for e in rift["counter_evidence"])
    assert AQIS in {f["id"] for f in rift["factions"]}
    for e in rift["evidence"]:
        assert "corroboration" in e and e["grade"] and "attributed_to" in e
    # names and aliases resolve to the same pair
    by_name = _json(rift_served, "/api/relationships/Al Qaeda/Haqqani Network")
    assert [m["month"] for m in by_name["months"]] == [m["month"] for m in data["months"]]
    # the grade filter: C3 and E5 reports leave, so do their months
    graded = _json(rift_served, f"/api/relationships/{AQ}/{HQN}", min_reliability="B")
    kept = {m["month"] for m in graded["months"]}
    assert kept < set(months) and not {"2015-06", "2017-08", "2017-12"} & kept
    assert graded["claims"] < data["claims"]
    assert graded["rift"]["counter_evidence"] == []
    # the channel filter shows one channel's points and evidence
    violent = _json(rift_served, f"/api/relationships/{AQ}/{HQN}", channel="violence")
    assert list(violent["channels"]) == ["violence"]
    assert all(e["channel"] == "violence" for m in violent["months"] for e in m["evidence"])
    # the date range and paging
    late = _json(rift_served, f"/api/relationships/{AQ}/{HQN}", **{"from": "2017"})
    assert min(m["month"] for m in late["months"]) >= "2017-01"
    page = _json(rift_served, f"/api/relationships/{AQ}/{HQN}", limit=2, offset=1)
    assert page["total"] == len(data["months"]) and len(page["months"]) == 2
    assert page["months"][0]["month"] == data["months"][1]["month"]


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        (f"/api/relationships/org:nobody-at-all/{HQN}", {}, 404, "RW401"),
        (f"/api/relationships/{AQ}/Al Qaeda", {}, 400, "RW501"),
        (f"/api/relationships/{AQ}/{HQN}", {"channel": "gossip"}, 400, "RW600"),
        (f"/api/relationships/{AQ}/{HQN}", {"min_reliability": "Z"}, 400, None),
        ("/api/network", {"stance": "friendly"}, 400, "RW600"),
        ("/api/network", {"from": "last year"}, 400, "RW600"),
        ("/api/network", {"kind": "alien"}, 400, "RW600"),
        ("/api/dashboard", {"window": 0}, 400, "RW600"),
        ("/api/actors", {"type": "spaceship"}, 400, "RW403"),
        ("/api/actors/open:never-seen", {}, 404, "RW401"),
    ],
)
def test_bad_requests_get_numbered_errors(
    rift_served: Served, path: str, params: dict, status: int, code: str | None
) -> None:
    with rift_served.client() as client:
        response = client.get(path, params=params)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code if code else error["code"].startswith("RW")


def test_network_api_window_stance_and_evidence(rift_served: Served) -> None:
    def edge(data: dict) -> dict | None:
        found = [e for e in data["edges"] if {e["source"], e["target"]} == {AQ, HQN}]
        return found[0] if found else None

    early = _json(rift_served, "/api/network", **{"from": "2015", "to": "2016"})
    late = _json(rift_served, "/api/network", **{"from": "2017-01", "to": "2018-12"})
    assert edge(early)["sign"] == 1 and edge(late)["sign"] == -1
    assert edge(early)["first"] >= "2015-01" and edge(early)["last"] <= "2016-12"
    assert edge(late)["first"] >= "2017-01"
    assert edge(_json(rift_served, "/api/network", stance="conflict",
                      **{"from": "2015", "to": "2016"})) is None  # fmt: skip
    assert edge(_json(rift_served, "/api/network", stance="conflict",
                      **{"from": "2017", "to": "2018"})) is not None  # fmt: skip
    heavy = _json(rift_served, "/api/network", min_evidence=1000)
    assert heavy["edges"] == [] and heavy["nodes"] == []
    ids = {n["id"] for n in early["nodes"]}
    assert {AQ, HQN} <= ids
    for n in early["nodes"]:
        assert 0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 and n["kind"]
    # deterministic layout: the same request, the same positions
    again = _json(rift_served, "/api/network", **{"from": "2015", "to": "2016"})
    assert again["nodes"] == early["nodes"]
    people = _json(rift_served, "/api/network", kind="person")
    assert people["edges"] == []
    paged = _json(rift_served, "/api/network", limit=1)
    assert len(paged["edges"]) == 1 and paged["total_edges"] >= 2


def test_actor_api_search_detail_and_open_actors(rift_served: Served) -> None:
    found = _json(rift_served, "/api/actors", q="haqqani")
    assert HQN in {a["id"] for a in found["items"]} and found["total"] >= 1
    assert _json(rift_served, "/api/actors", q="haqqani", limit=1)["items"][0]["id"]
    armed = _json(rift_served, "/api/actors", type="armed_group", limit=5)
    assert all(a["type"] == "armed_group" for a in armed["items"])
    actor = _json(rift_served, f"/api/actors/{AQ}")
    assert actor["name"] == "Al Qaeda" and actor["aliases"]
    assert all("source" in a for a in actor["aliases"]), "aliases carry provenance"
    assert AQIS in json.dumps(actor["tree"])
    others = {r["other"]["id"]: r for r in actor["relationships"]["items"]}
    assert others[HQN]["claims"] >= 10 and others[HQN]["latest"] < 0
    hostile = rift_served.info["hostile_id"]  # type: ignore[attr-defined]
    assert hostile.startswith("open:")
    opened = _json(rift_served, "/api/actors", q="pwned")["open"]
    assert [a["id"] for a in opened] == [hostile]
    page = _json(rift_served, f"/api/actors/{hostile}")
    assert page["open"] and page["name"] == HOSTILE_NAME
    assert page["relationships"]["total"] == 1
    suggestions = _json(rift_served, "/api/actors/suggestions", min_count=1)
    assert suggestions["total"] == len(suggestions["items"])


# -- the pages ------------------------------------------------------------------------------
def test_dashboard_page_shows_counts_alerts_and_sparklines(rift_served: Served) -> None:
    body = _html(rift_served, "/")
    assert "<h1>Dashboard</h1>" in body and "Documents" in body and "Events" in body
    alerts = body.split('<table class="data alerts">')[1].split("</table>")[0]
    assert f'href="/relationships/{AQ}/{HQN}"' in alerts
    assert alerts.count('<svg class="spark"') >= 1
    assert "rift" in alerts and re.search(r"201[67]-\d\d", alerts)
    assert "style=" not in body, "no inline style (CSP)"
    changed = _html(rift_served, "/", window=24)
    table = changed.split('<table class="data changed">')[1].split("</table>")[0]
    assert f'href="/relationships/{AQ}/{HQN}"' in table and '<svg class="spark"' in table


def test_relationship_page_rift_with_evidence_for_and_against(rift_served: Served) -> None:
    body = _html(rift_served, f"/relationships/{AQ}/{HQN}")
    assert "Rift assessment" in body and "P(broken)" in body
    sides = body.split('<div class="sides">')[1].split('<h3 id="factions">')[0]
    pro, con = sides.split('<section class="against">')
    assert "Evidence for the break" in pro and "Evidence against" in con
    assert "clashed" in pro or "attacked" in pro or "threatened" in pro
    assert "sheltered Al Qaeda fighters again" in con and "E5" in con
    assert "corroborated by" in pro
    factions = body.split('<table class="data factions">')[1].split("</table>")[0]
    assert f'href="/actors/{AQIS}"' in factions
    assert re.search(r'<rect class="onset-band"', body)
    assert "style=" not in body


def test_chart_points_lead_to_their_months_evidence(rift_served: Served) -> None:
    body = _html(rift_served, f"/relationships/{AQ}/{HQN}")
    points = _points(body)
    assert "2017-11" in points and "2015-01" in points
    for month in set(points):
        assert f'<section class="month" id="m-{month}">' in body, month
    section = body.split('<section class="month" id="m-2017-11">')[1].split("</section>")[0]
    assert "clashed with the Haqqani network" in section
    assert "sheltered" not in section, "only November 2017's evidence"
    early = body.split('<section class="month" id="m-2015-01">')[1].split("</section>")[0]
    assert "sheltered Al Qaeda fighters in North Waziristan" in early


def test_grade_filter_changes_the_chart(rift_served: Served) -> None:
    everything = _points(_html(rift_served, f"/relationships/{AQ}/{HQN}"))
    graded_body = _html(rift_served, f"/relationships/{AQ}/{HQN}", min_reliability="B")
    graded = _points(graded_body)
    assert len(graded) < len(everything)
    assert "2017-12" in everything and "2017-12" not in graded
    assert '<option value="B" selected>' in graded_body, "the form keeps the filter"
    channel = _points(_html(rift_served, f"/relationships/{AQ}/{HQN}", channel="violence"))
    assert set(channel) < set(everything)


def test_network_page_window_filter(rift_served: Served) -> None:
    early = _html(rift_served, "/network", **{"from": "2015", "to": "2016"})
    late = _html(rift_served, "/network", **{"from": "2017", "to": "2018"})
    assert '<svg class="network"' in early and f'href="/actors/{AQ}"' in early
    pair = f'href="/relationships/{AQ}/{HQN}"'

    def stance_of(body: str) -> str:
        row = body.split(pair + ">")[1].split("</tr>")[0]
        return "cooperation" if "stance coop" in row else "conflict"

    assert stance_of(early) == "cooperation" and stance_of(late) == "conflict"
    assert 'class="edge coop' in early and 'class="edge conflict' in late
    empty = _html(rift_served, "/network", min_evidence=1000)
    assert "no relationships in this window" in empty
    assert "style=" not in early


def test_actor_pages_search_and_links(rift_served: Served) -> None:
    body = _html(rift_served, "/actors", q="haqqani")
    assert f'href="/actors/{HQN}"' in body
    page = _html(rift_served, f"/actors/{AQ}")
    assert f'href="/relationships/{AQ}/{HQN}"' in page
    assert 'id="hierarchy"' in page and f'href="/actors/{AQIS}"' in page
    assert 'id="aliases"' in page and 'id="history"' in page
    assert '<svg class="spark"' in page
    suggestions = _html(rift_served, "/actors/suggestions")
    assert "Actor suggestions" in suggestions
    events = _html(rift_served, "/events")
    assert re.search(r'href="/relationships/org:[a-z-]+/org:[a-z-]+"', events)


@pytest.mark.parametrize("where", ["dashboard", "network", "relationship", "actor", "actors"])
def test_hostile_actor_name_is_escaped(rift_served: Served, where: str) -> None:
    info = rift_served.info  # type: ignore[attr-defined]
    hostile, taliban = info["hostile_id"], info["taliban"]
    path, params = {
        "dashboard": ("/", {"window": 120}),
        "network": ("/network", {}),
        "relationship": (f"/relationships/{taliban}/{hostile}", {}),
        "actor": (f"/actors/{hostile}", {}),
        "actors": ("/actors", {"q": "pwned"}),
    }[where]
    body = _html(rift_served, path, **params)
    assert re.findall(r"<script\b[^>]*>", body) == ['<script src="/static/app.js" defer>']
    assert "onload=" not in body.replace("onload=&#34;", "").replace("onload=&quot;", "")
    assert "<svg onload" not in body
    if where != "dashboard":
        assert html.escape("<script>window.__pwned=7</script>", quote=False) in body


def test_a_judgement_refreshes_the_cached_field(rift_served: Served) -> None:
    """Runs last in the module: it changes the store (rejects the E5 counter-evidence)."""
    before = _json(rift_served, "/api/dashboard")
    c11 = api.list_events(rift_served.db, document_id="c11")
    api.judge_event(rift_served.db, c11[0]["id"], "reject", analyst="tester")
    after = _json(rift_served, "/api/dashboard")
    assert after["state"]["last_judgement"] > before["state"]["last_judgement"]
    assert after["fresh"]
    data = _json(rift_served, f"/api/relationships/{AQ}/{HQN}")
    assert "2017-12" not in {m["month"] for m in data["months"]}
    assert data["rift"]["counter_evidence"] == []


# -- the wedge ranking ------------------------------------------------------------------------
def test_wedges_rank_the_faction_that_turned_first_with_its_evidence(rift_served: Served) -> None:
    data = _json(rift_served, "/api/wedges", target="Haqqani network", within="Al Qaeda")
    assert (data["target"]["id"], data["within"]["id"]) == (HQN, AQ)
    first = data["ranking"][0]
    assert first["actor"]["id"] == AQIS  # funded in 2015, attacked the network in 2017
    assert (first["cooperative"], first["hostile"]) == (1, 1)
    assert {e["doc_id"] for e in first["evidence"]} == {"c13", "c14"}
    scores = [w["score"] for w in data["ranking"]]
    assert scores == sorted(scores, reverse=True)
    # evidence dated before the attack: AQIS has only cooperation, so it ranks lower
    early = _json(rift_served, "/api/wedges", target="Haqqani network", within="Al Qaeda",
                  as_of="2016-12-31")  # fmt: skip
    aqis = [w for w in early["ranking"] if w["actor"]["id"] == AQIS]
    assert aqis and aqis[0]["hostile"] == 0 and aqis[0]["score"] < first["score"]

    body = _html(rift_served, "/wedges", target="Haqqani network", within="Al Qaeda")
    assert "Al Qaeda in the Indian Subcontinent" in body
    assert "attacked the Haqqani network" in body and "funded Al Qaeda" in body
    assert 'href="/relationships/' in body
    empty = _html(rift_served, "/wedges")
    assert 'name="target"' in empty and "ranked against" not in empty


def test_wedges_read_only_the_two_sides_claims_and_page_the_ranking(
    rift_served: Served,
) -> None:
    """The bounded ranking equals the one over every stored claim (the corrected claim
    included), reads fewer claims than the store holds, and pages rows and evidence."""
    every = len(api.load_claims(rift_served.db))
    for target, within, as_of in (("Haqqani network", "Al Qaeda", None),
                                  ("Al Qaeda", "Afghan Taliban", None),
                                  ("Haqqani network", "Al Qaeda", "2016-12-31")):  # fmt: skip
        whole = api.wedge_ranking(target=target, within=within, as_of=as_of, db=rift_served.db)
        params = {"target": target, "within": within, "evidence": 1000}
        if as_of:
            params["as_of"] = as_of
        data = _json(rift_served, "/api/wedges", **params)
        for row in data["ranking"]:
            assert row.pop("evidence_total") == len(row["evidence"])
        assert data["ranking"] == whole["ranking"], (target, within)
        assert data["no_evidence"] == whole["no_evidence"]
        assert data["total"] == len(whole["ranking"])
        assert 0 < data["claims_read"] <= every
    # two sides with no claims between them: only the corrected claim is read (and checked)
    other = _json(rift_served, "/api/wedges", target="Lashkar-e-Taiba", within="Jaish-e-Mohammed")
    assert other["ranking"] == [] and other["claims_read"] <= 1 < every
    # paging: one faction per page, evidence cut to one item with the total kept
    full = _json(rift_served, "/api/wedges", target="Haqqani network", within="Al Qaeda")
    assert full["total"] >= 2
    second = _json(rift_served, "/api/wedges", target="Haqqani network", within="Al Qaeda",
                   limit=1, offset=1, evidence=1)  # fmt: skip
    assert [r["actor"] for r in second["ranking"]] == [full["ranking"][1]["actor"]]
    assert second["ranking"][0]["rank"] == 2 and second["total"] == full["total"]
    assert len(second["ranking"][0]["evidence"]) <= 1
    assert second["ranking"][0]["evidence_total"] == len(full["ranking"][1]["evidence"])
    body = _html(rift_served, "/wedges", target="Haqqani network", within="Al Qaeda")
    assert "between the two sides" in body and 'class="pager"' in body


def test_wedges_refuse_a_missing_actor_with_a_numbered_error(rift_served: Served) -> None:
    with rift_served.client() as client:
        response = client.get("/api/wedges", params={"target": " ", "within": "Al Qaeda"})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "RW551"


def test_a_kept_wedge_ranking_follows_a_verdict(rift_served: Served) -> None:
    """The whole ranking is kept for paging, per store state: a verdict makes it again."""
    params = {"target": "Haqqani network", "within": "Al Qaeda", "evidence": 1000}
    first = _json(rift_served, "/api/wedges", **params)
    assert _json(rift_served, "/api/wedges", **params) == first  # kept
    aqis = next(r for r in first["ranking"] if r["actor"]["id"] == AQIS)
    hostile = next(e for e in aqis["evidence"] if e["stance"] == "hostile")
    listed = _json(rift_served, "/api/events", document_id=hostile["doc_id"], actor=AQIS)
    event_id = next(e["id"] for e in listed["items"] if e["event_type"] == hostile["event_type"])
    api.judge_event(rift_served.db, event_id, "reject", analyst="tester")
    try:
        after = _json(rift_served, "/api/wedges", **params)
        again = next(r for r in after["ranking"] if r["actor"]["id"] == AQIS)
        assert (again["cooperative"], again["hostile"]) == (1, 0)
    finally:
        api.judge_event(rift_served.db, event_id, "accept", analyst="tester")
    assert _json(rift_served, "/api/wedges", **params)["ranking"] == first["ranking"]


def test_a_wedge_ranking_is_stored_for_other_workers_and_made_again_after_a_change(
    rift_served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole ranking is stored in the store per state: a process that has none in
    memory (another worker, a restarted server) reads the stored one, the same answer as
    computing it and as ``api.wedge_ranking``; a verdict makes a new one."""
    from riftwatch.web import wedges

    params = {"target": "Haqqani network", "within": "Al Qaeda", "evidence": 1000}
    first = _json(rift_served, "/api/wedges", **params)
    whole = api.wedge_ranking(target="Haqqani network", within="Al Qaeda", db=rift_served.db)
    assert [{k: v for k, v in r.items() if k != "evidence_total"} for r in first["ranking"]] == (
        whole["ranking"]
    )
    wedges._RANKINGS.clear()  # as another worker: nothing in memory

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("computed again although the store holds the ranking")

    with monkeypatch.context() as patched:
        patched.setattr(wedges, "compute_ranking", refuse)
        assert _json(rift_served, "/api/wedges", **params) == first
        body = _html(rift_served, "/wedges", target="Haqqani network", within="Al Qaeda")
        assert "Al Qaeda in the Indian Subcontinent" in body
    # a verdict changes the store's state: the stored ranking is not used any more
    event_id = api.list_events(rift_served.db, actor=AQIS, limit=1)[0]["id"]
    api.judge_event(rift_served.db, event_id, "reject", analyst="tester")
    try:
        wedges._RANKINGS.clear()
        computed: list[int] = []
        real = wedges.compute_ranking

        def counted(*args: Any, **kwargs: Any) -> Any:
            computed.append(1)
            return real(*args, **kwargs)

        with monkeypatch.context() as patched:
            patched.setattr(wedges, "compute_ranking", counted)
            _json(rift_served, "/api/wedges", **params)
        assert computed == [1]
    finally:
        api.judge_event(rift_served.db, event_id, "accept", analyst="tester")


def test_the_page_lists_a_months_strongest_few_and_counts_the_rest(
    rift_served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riftwatch.web import relationships

    monkeypatch.setattr(relationships, "PAGE_EVIDENCE", 0)  # a month of more than a page's
    body = _html(rift_served, f"/relationships/{AQ}/{HQN}")
    section = body.split('<section class="month" id="m-2017-11">')[1].split("</section>")[0]
    assert "clashed with the Haqqani network" not in section
    assert re.search(r"\d+ more: see <a href=\"/events\?pair=[^\"]+from=2017-11&amp;to=2017-11\"",
                     section)  # fmt: skip
    hostile = _html(rift_served, f"/relationships/{AQ}/{HQN}", channel="violence")
    section = hostile.split('<section class="month" id="m-2017-11">')[1].split("</section>")[0]
    assert "clashed with the Haqqani network" in section  # one channel: up to 25 a month


def test_the_evidence_comes_in_pages_of_months_and_points_lead_to_theirs(
    rift_served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riftwatch.web import relationships

    monkeypatch.setattr(relationships, "EVIDENCE_MONTHS", 1)  # one month a page
    path = f"/relationships/{AQ}/{HQN}"
    months = [m["month"] for m in _json(rift_served, f"/api/relationships/{AQ}/{HQN}")["months"]]
    assert len(months) >= 2 and "2015-01" in months
    first = _html(rift_served, path)
    newest = months[-1]
    assert re.findall(r'<section class="month" id="m-([\d-]+)">', first) == [newest]
    assert f"Months 1–1 of {len(months)}" in first and "older months" in first
    # a point of the shown month stays on the page; another leads to its month's page
    assert f'<a class="point" href="#m-{newest}"' in first
    at = len(months) - months.index("2015-01")
    assert f'href="?page={at}#m-2015-01"' in first
    older = _html(rift_served, path, page=at)
    assert re.findall(r'<section class="month" id="m-([\d-]+)">', older) == ["2015-01"]
    assert "sheltered Al Qaeda fighters in North Waziristan" in older
    by_month = _html(rift_served, path, month="2015-01")
    assert re.findall(r'<section class="month" id="m-([\d-]+)">', by_month) == ["2015-01"]
    past = _html(rift_served, path, page=999)  # past the end: the oldest month
    assert re.findall(r'<section class="month" id="m-([\d-]+)">', past) == [months[0]]
    # a filter is kept in the links to other pages
    graded = _html(rift_served, path, min_reliability="B")
    assert "min_reliability=B&amp;page=" in graded
