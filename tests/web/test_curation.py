"""Actor curation, source grading, credibility overrides and briefings in the workbench, over
real HTTP in server mode, on SQLite and PostgreSQL: the plain forms (no JavaScript: POST and
a redirect back), the JSON API, the audit rows with before and after, CSRF refusals, and
hostile actor names and aliases escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.web.conftest import Served, _database, build_corpus, start_server
from tests.web.test_authz import PASSWORD, csrf_of, login, session_token

from riftwatch import api
from riftwatch.actors import api as actors_api

HOSTILE_NAME = '<script>window.__pwned=1</script>"><img src=x onerror=alert(1)> Lions'
VALLEY = [
    "Asadabad, 3 April 2013. The Valley Lions Brigade attacked the army in Kunar. "
    "Officials said the Valley Lions Brigade lost two men.\n",
    "Asadabad, 9 May 2013. Elders said the Valley Lions Brigade met the Taliban in Kunar.\n",
    "Jalalabad, 2 June 2013. The Ridge Falcons Front attacked a police post in Nangarhar. "
    "The Ridge Falcons Front had not been heard of before.\n",
    "Jalalabad, 8 June 2013. The Ridge Falcons Front attacked the army in Nangarhar.\n",
]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def bench(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"curation-{request.param}")
    with _database(request, request.param, folder) as db:
        ids = build_corpus(db, folder / "corpus")
        extra = folder / "valley"
        extra.mkdir()
        for number, text in enumerate(VALLEY):
            (extra / f"v{number}.txt").write_text(text, encoding="utf-8")
        api.ingest([extra], db=db, source="Kunar Monitor", source_type="news")
        api.extract_stored(db)
        api.add_user(db, "anil", "analyst", PASSWORD, by="setup")
        api.add_user(db, "vera", "viewer", PASSWORD, by="setup")
        running = start_server(db, upload_dir=folder / "uploads", server_mode=True)
        running.ids = ids  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


def _error(response: httpx.Response) -> str:
    if response.headers.get("content-type", "").startswith("application/json"):
        return str(response.json()["error"]["code"])
    found = re.search(r"<code>(RW\d+)</code>", response.text)
    return found.group(1) if found else ""


def test_curate_an_actor_with_the_plain_forms(bench: Served) -> None:
    client = login(bench, "anil")
    page = client.get("/actors/org:haqqani-network")
    assert page.status_code == 200
    token = csrf_of(page.text)
    for form in ("/alias", "/merge", "/relate", "/split"):
        assert f'action="/actors/org:haqqani-network{form}"' in page.text
    # add a hostile alias (with a rule): back to the aliases, shown as text with provenance
    done = client.post(
        "/actors/org:haqqani-network/alias",
        data={"csrf_token": token, "name": HOSTILE_NAME, "kind": "official",
              "years": "2008-2012", "note": "<b>seen in a leaflet</b>"},
    )  # fmt: skip
    assert done.status_code == 303
    assert done.headers["location"] == "/actors/org:haqqani-network#aliases"
    page = client.get("/actors/org:haqqani-network").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "<b>seen in a leaflet</b>" not in page and "&lt;b&gt;seen in a leaflet" in page
    row = next(r for r in page.split('<tr class="alias-row">') if "window.__pwned" in r)
    assert re.search(r"judgement:\d+", row) and "2008" in row
    audit = api.audit_log(bench.db, action="actor.alias", actor="anil")[0]
    assert audit["object_id"] == "org:haqqani-network"
    assert HOSTILE_NAME not in [
        a["name"] for a in audit["before"]["org:haqqani-network"]["aliases"]
    ]
    assert audit["after"]["payload"]["name"] == HOSTILE_NAME

    # remove it again (a judgement of its own), then undo that removal from the page
    gone = client.post(
        "/actors/org:haqqani-network/unalias", data={"csrf_token": token, "name": HOSTILE_NAME}
    )
    assert gone.status_code == 303
    names = [
        a["name"] for a in actors_api.show_actor("org:haqqani-network", db=bench.db)["aliases"]
    ]
    assert HOSTILE_NAME not in names
    removal = api.audit_log(bench.db, action="actor.unalias")[0]
    page = client.get("/actors/org:haqqani-network").text
    assert f'action="/actors/judgements/{removal["after"]["id"]}/undo"' in page
    assert "alias removed" in page
    undone = client.post(
        f"/actors/judgements/{removal['after']['id']}/undo",
        data={"csrf_token": token, "back": "/actors/org:haqqani-network#curation"},
    )
    assert undone.status_code == 303
    names = [
        a["name"] for a in actors_api.show_actor("org:haqqani-network", db=bench.db)["aliases"]
    ]
    assert HOSTILE_NAME in names
    assert api.audit_log(bench.db, action="actor.undo")[0]["before"]["undone_at"] is None

    # relate by name (rival_of), shown in the relations both ways
    related = client.post(
        "/actors/org:haqqani-network/relate",
        data={"csrf_token": token, "relation": "rival_of", "target": "Islamic State",
              "start": "2015", "note": "clashes in Nangarhar"},
    )  # fmt: skip
    assert related.status_code == 303
    shown = actors_api.show_actor("org:haqqani-network", db=bench.db)
    rival = [r for r in shown["relations"] if r["type"] == "rival_of" and r["start"] == "2015"]
    assert rival and rival[0]["source"].startswith("judgement:")
    # an unknown target and a bad relation type are numbered errors, nothing stored
    before = len(actors_api.judgements(bench.db))
    unknown = client.post(
        "/actors/org:haqqani-network/relate",
        data={"csrf_token": token, "relation": "rival_of", "target": "No Such Group Anywhere"},
    )
    assert unknown.status_code == 404 and _error(unknown) == "RW401"
    bad = client.post(
        "/actors/org:haqqani-network/relate",
        data={"csrf_token": token, "relation": "hates", "target": "org:al-qaeda"},
    )
    assert bad.status_code == 400 and _error(bad) == "RW403"
    assert len(actors_api.judgements(bench.db)) == before

    # merge a name and then split it out again
    merged = client.post(
        "/actors/org:haqqani-network/merge",
        data={"csrf_token": token, "other": "Miranshah Shura Test", "judgement": "same"},
    )
    assert merged.status_code == 303
    res = actors_api.resolve_mention("Miranshah Shura Test", db=bench.db)
    assert res["actor"]["id"] == "org:haqqani-network"
    split = client.post(
        "/actors/org:haqqani-network/split",
        data={"csrf_token": token, "name": "Miranshah Shura Split", "type": "shura",
              "alias": ["Miranshah Shura Test"]},
    )  # fmt: skip
    assert split.status_code == 303, split.text
    res = actors_api.resolve_mention("Miranshah Shura Test", db=bench.db)
    assert res["actor"]["id"] == "org:miranshah-shura-split"
    kinds = [j["kind"] for j in actors_api.judgements(bench.db, actor="org:haqqani-network")]
    assert kinds[-2:] == ["same", "split"]


def test_the_suggestions_queue(bench: Served) -> None:
    client = login(bench, "anil")
    page = client.get("/actors/suggestions")
    assert page.status_code == 200
    token = csrf_of(page.text)
    queued = {s["mention"] for s in client.get("/api/actors/suggestions").json()["items"]}
    valley = next(m for m in queued if "Valley Lions" in m)
    ridge = next(m for m in queued if "Ridge Falcons" in m)
    assert f'name="mention" value="{valley}"' in page.text

    accepted = client.post(
        "/actors/suggestions/accept",
        data={"csrf_token": token, "mention": valley, "type": "armed_group",
              "name": "Valley Lions Brigade", "parent": "Taliban"},
    )  # fmt: skip
    assert accepted.status_code == 303
    assert accepted.headers["location"].startswith("/actors/suggestions?done=")
    shown = client.get(accepted.headers["location"]).text
    assert "Recorded judgement #" in shown and "org:valley-lions-brigade" in shown
    actor = actors_api.show_actor("org:valley-lions-brigade", db=bench.db)
    assert actor["parents"] and actor["parents"][0]["id"] == "org:afghan-taliban"

    mapped = client.post(
        "/actors/suggestions/map",
        data={"csrf_token": token, "mention": ridge, "actor": "org:ttp", "note": "a TTP front"},
    )
    assert mapped.status_code == 303
    assert actors_api.resolve_mention(ridge, db=bench.db)["actor"]["id"] == "org:ttp"
    left = {s["mention"] for s in client.get("/api/actors/suggestions").json()["items"]}
    assert valley not in left and ridge not in left

    rejected = client.post(
        "/api/actors/suggestions/reject",
        json={"mention": "Kunar Elders Council", "note": "not a party"},
        headers={"X-CSRF-Token": session_token(client)},
    )
    assert rejected.status_code == 200 and rejected.json()["kind"] == "reject"
    rows = api.audit_log(bench.db, object_type="actor", actor="anil")
    assert {"actor.add", "actor.same", "actor.reject"} <= {r["action"] for r in rows}
    # a mapping to nobody is refused with its number
    nobody = client.post(
        "/actors/suggestions/map",
        data={"csrf_token": token, "mention": "Someone", "actor": "Nobody Known At All"},
    )
    assert nobody.status_code == 404 and _error(nobody) == "RW401"


def test_curation_json_api(bench: Served) -> None:
    client = login(bench, "anil")
    headers = {"X-CSRF-Token": session_token(client)}
    spec = client.get("/openapi.json").json()["paths"]
    for path in ("/api/actors", "/api/actors/{actor_id}/aliases", "/api/actors/{actor_id}/merge",
                 "/api/actors/{actor_id}/split", "/api/actors/{actor_id}/relations",
                 "/api/actors/{actor_id}/aliases/remove", "/api/curation/{judgement_id}/undo",
                 "/api/sources/grade", "/api/report"):  # fmt: skip
        assert path in spec, path
    one = client.post("/api/actors", json={"name": "Hill Wolves", "type": "armed_group",
                                           "aliases": [HOSTILE_NAME]}, headers=headers)  # fmt: skip
    two = client.post("/api/actors", json={"name": "Hill Wolves Two", "type": "armed_group"},
                      headers=headers)  # fmt: skip
    assert one.status_code == 200 and two.status_code == 200, (one.text, two.text)
    a, b = one.json()["subject"], two.json()["subject"]
    merged = client.post(f"/api/actors/{a}/merge", json={"other": b}, headers=headers)
    assert merged.status_code == 200 and merged.json()["kind"] == "same"
    assert client.get(f"/api/actors/{b}").json()["id"] == a  # the old id redirects
    audit = api.audit_log(bench.db, action="actor.same")[0]
    assert set(audit["before"]) == {a, b}
    alias = client.post(f"/api/actors/{a}/aliases", json={"name": "HW", "kind": "abbreviation"},
                        headers=headers)  # fmt: skip
    assert alias.status_code == 200
    removed = client.post(f"/api/actors/{a}/aliases/remove", json={"name": "HW"}, headers=headers)
    assert removed.status_code == 200 and removed.json()["payload"]["alias_removed"]
    relation = client.post(f"/api/actors/{a}/relations",
                           json={"type": "allied_with", "target": "Haqqani network"},
                           headers=headers)  # fmt: skip
    assert relation.status_code == 200 and relation.json()["object"] == "org:haqqani-network"
    listed = client.get(f"/api/actors/{a}/judgements").json()
    assert [j["kind"] for j in listed["items"]] == ["add", "same", "alias", "not_same", "relation"]
    undo = client.post(f"/api/curation/{relation.json()['id']}/undo", headers=headers)
    assert undo.status_code == 200 and undo.json()["undone_by"] == "anil"
    again = client.post(f"/api/curation/{relation.json()['id']}/undo", headers=headers)
    assert again.status_code == 400 and _error(again) == "RW406"
    # the hostile alias is escaped on the actor page and in the list
    page = client.get(f"/actors/{a}").text
    assert "<script>window.__pwned" not in page and "&lt;script&gt;" in page
    listing = client.get("/actors", params={"q": "Hill Wolves"}).text
    assert "<img src=x" not in listing


def test_csrf_and_roles_on_curation(bench: Served) -> None:
    analyst = login(bench, "anil")
    before = len(actors_api.judgements(bench.db))
    no_token = analyst.post("/actors/org:al-qaeda/alias", data={"name": "Forged Name"})
    assert no_token.status_code == 403 and _error(no_token) == "RW604"
    wrong = analyst.post("/actors/org:al-qaeda/alias",
                         data={"name": "Forged Name", "csrf_token": "not-the-token"})  # fmt: skip
    assert wrong.status_code == 403 and _error(wrong) == "RW604"
    json_no_header = analyst.post("/api/actors/org:al-qaeda/aliases", json={"name": "Forged"})
    assert json_no_header.status_code == 403 and _error(json_no_header) == "RW609"
    cross = analyst.post(
        "/actors/org:al-qaeda/alias",
        data={"name": "Forged Name", "csrf_token": session_token(analyst)},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert cross.status_code == 403 and _error(cross) == "RW610"
    viewer = login(bench, "vera")
    page = viewer.get("/actors/org:al-qaeda").text
    assert 'action="/actors/org:al-qaeda/alias"' not in page  # no controls for a viewer
    assert 'action="/sources/grade"' not in viewer.get("/sources").text
    forged = {"name": "Forged Name", "csrf_token": session_token(viewer)}
    refused = viewer.post("/actors/org:al-qaeda/alias", data=forged)
    assert refused.status_code == 403 and _error(refused) == "RW608"
    assert len(actors_api.judgements(bench.db)) == before


def test_grade_a_source_and_override_an_event(bench: Served) -> None:
    client = login(bench, "anil")
    doc = bench.ids["a.txt"]  # type: ignore[attr-defined]
    page = client.get(f"/documents/{doc}").text
    token = csrf_of(page)
    event = api.list_events(bench.db, document_id=doc)[0]
    assert f'action="/events/{event["id"]}/credibility"' in page
    assert 'action="/sources/grade"' in page
    done = client.post(
        f"/events/{event['id']}/credibility",
        data={"csrf_token": token, "credibility": "5", "reason": "one <i>unnamed</i> official"},
    )
    assert done.status_code == 303 and done.headers["location"].endswith(f"#event-{event['id']}")
    page = client.get(f"/documents/{doc}").text
    row = page.split(f'id="event-{event["id"]}"')[1].split("</tr>")[0]
    assert "→ " + event["reliability"] + "5" in row and "<i>unnamed</i>" not in row
    shown = "→ " + event["reliability"] + "5"
    assert shown in client.get(f"/events/{event['id']}").text  # wherever the grade appears
    assert shown in client.get("/events", params={"document": doc}).text
    no_reason = client.post(f"/events/{event['id']}/credibility",
                            data={"csrf_token": token, "credibility": "2"})  # fmt: skip
    assert no_reason.status_code == 400 and _error(no_reason) == "RW527"
    cleared = client.post(
        f"/events/{event['id']}/credibility",
        data={"csrf_token": token, "credibility": "clear", "back": f"/documents/{doc}"},
    )
    assert cleared.status_code == 303
    rows = api.audit_log(bench.db, action="event.credibility", object_id=str(event["id"]))
    assert rows[0]["before"]["credibility"] == 5 and rows[0]["after"]["credibility"] is None

    graded = client.post(
        "/sources/grade",
        data={"csrf_token": token, "name": "Kunar Monitor", "reliability": "E",
              "credibility": "5", "back": f"/documents/{doc}#doc-grade"},
    )  # fmt: skip
    assert graded.status_code == 303 and graded.headers["location"].endswith("#doc-grade")
    source = next(s for s in api.list_sources(bench.db) if s["name"] == "Kunar Monitor")
    assert source["grade"] == "E5" and source["graded_by"] == "anil"
    bad = client.post("/api/sources/grade", json={"name": "Kunar Monitor", "reliability": "Z"},
                      headers={"X-CSRF-Token": session_token(client)})  # fmt: skip
    assert bad.status_code == 400 and _error(bad) == "RW002"
    again = client.post("/api/sources/grade", json={"name": "Kunar Monitor", "credibility": 3},
                        headers={"X-CSRF-Token": session_token(client)})  # fmt: skip
    assert again.status_code == 200 and again.json()["credibility"] == 3
    rows = api.audit_log(bench.db, action="source.grade", object_id="Kunar Monitor")
    assert rows[0]["before"]["reliability"] == "E" and rows[0]["after"]["credibility"] == 3
    sources = client.get("/sources").text
    assert "Kunar Monitor" in sources and "E3" in sources


def test_grade_one_document(bench: Served) -> None:
    client = login(bench, "anil")
    doc = bench.ids["b.txt"]  # type: ignore[attr-defined]
    page = client.get(f"/documents/{doc}").text
    assert f'action="/documents/{doc}/grade"' in page
    form = {"csrf_token": csrf_of(page), "reliability": "A", "credibility": "1"}
    done = client.post(f"/documents/{doc}/grade", data=form)
    assert done.status_code == 303 and done.headers["location"] == f"/documents/{doc}#doc-grade"
    shown = client.get(f"/documents/{doc}").text
    assert "set by an analyst" in shown
    events = client.get("/api/events", params={"document": doc}).json()["items"]
    assert events and {e["grade"] for e in events} == {"A1"}  # its events follow
    # the source's new grade leaves the document's own grade alone
    api.grade_source(bench.db, "Field Notes", reliability="E", credibility=5, analyst="x")
    assert api.get_document(bench.db, doc)["grade"] == "A1"
    headers = {"X-CSRF-Token": session_token(client)}
    again = client.post(f"/api/documents/{doc}/grade", json={"credibility": 2}, headers=headers)
    assert again.status_code == 200 and again.json()["grade"] == "A2"
    bad = client.post(f"/api/documents/{doc}/grade", json={"reliability": "Q"}, headers=headers)
    assert bad.status_code == 400 and _error(bad) == "RW002"
    missing = client.post("/api/documents/999999/grade", json={"credibility": 2}, headers=headers)
    assert missing.status_code == 404 and _error(missing) == "RW302"
    rows = api.audit_log(bench.db, action="document.grade", object_id=str(doc))
    assert rows[0]["before"]["credibility"] == 1 and rows[0]["after"]["credibility"] == 2
    assert rows[1]["before"]["reliability"] == "C" and rows[1]["actor"] == "anil"


def test_briefing_form_and_downloads(bench: Served) -> None:
    client = login(bench, "vera")  # a viewer may read a briefing
    page = client.get("/briefing", params={"pair": "Taliban/Al Qaeda"})
    assert page.status_code == 200 and 'action="/briefing/download"' in page.text
    assert "Taliban/Al Qaeda" in page.text  # a pair from a link is filled in
    got = client.get("/briefing/download",
                     params={"pairs": "Taliban/Al Qaeda\nHaqqani network/Al Qaeda",
                             "format": "html", "as_of": "2013-12-31"})  # fmt: skip
    assert got.status_code == 200, got.text[:300]
    assert got.headers["content-type"].startswith("text/html")
    assert got.headers["content-disposition"] == (
        'attachment; filename="riftwatch-briefing-2013-12-31.html"'
    )
    html = got.text
    expected = api.report(bench.db, fmt="html", pairs=["Taliban/Al Qaeda",
                          "Haqqani network/Al Qaeda"], as_of="2013-12-31",
                          store_questions=False)  # fmt: skip
    strip = re.compile(r"\d{4}-\d\d-\d\dT?[\d:. ]*(UTC)?")  # the time it was made
    assert strip.sub("", html) == strip.sub("", str(expected))
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    field = client.get("/api/report", params={"format": "html"})
    assert field.status_code == 200 and "<html" in field.text[:200].lower()
    bad = client.get("/api/report", params={"format": "docx"})
    assert bad.status_code == 400 and _error(bad) == "RW622"
    bad_pair = client.get("/api/report", params={"pair": "Taliban"})
    assert bad_pair.status_code == 400 and _error(bad_pair) == "RW620"
    pdf = client.get("/briefing/download", params={"pair": "Taliban/Al Qaeda", "format": "pdf"})
    if pdf.status_code == 200:
        assert pdf.headers["content-type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    else:  # no WeasyPrint here: the numbered reason
        assert pdf.status_code == 400 and _error(pdf) == "RW621"


def test_a_briefing_get_changes_nothing_and_its_post_stores_the_questions(
    bench: Served,
) -> None:
    """GET /briefing/download and GET /api/report only read (no ACH question, no audit
    row); the analysts' form POSTs with its CSRF token and stores each pair's question as
    ``riftwatch report`` does, opened by the analyst; a viewer may not POST."""
    form = {"pairs": "Valley Lions Brigade/Taliban", "format": "html", "as_of": "2013-06-30"}

    def state() -> tuple[int, int]:
        return len(api.ach_questions(bench.db)), api.count_audit(bench.db)

    viewer, analyst = login(bench, "vera"), login(bench, "anil")
    before = state()
    page = viewer.get("/briefing")
    assert 'method="get" action="/briefing/download"' in page.text
    assert viewer.get("/briefing/download", params=form).status_code == 200
    assert viewer.get("/api/report", params={"pair": form["pairs"]}).status_code == 200
    assert state() == before  # a GET changed nothing
    refused = viewer.post("/briefing/download", data={**form, "csrf_token": csrf_of(page.text)})
    assert refused.status_code == 403 and _error(refused) == "RW608"
    assert state() == before

    page = analyst.get("/briefing")
    assert 'method="post" action="/briefing/download"' in page.text
    no_token = analyst.post("/briefing/download", data=form)
    assert no_token.status_code == 403 and _error(no_token) in ("RW609", "RW604")
    assert state() == before
    made = analyst.post("/briefing/download", data={**form, "csrf_token": csrf_of(page.text)})
    assert made.status_code == 200 and made.headers["content-type"].startswith("text/html")
    questions = api.ach_questions(bench.db)
    assert len(questions) == before[0] + 1
    new = questions[-1]
    assert new["created_by"] == "anil" and new["as_of"] == "2013-06-30"
    assert any(r["action"] == "ach.question" and r["actor"] == "anil"
               for r in api.audit_log(bench.db, limit=20))  # fmt: skip
    # reading it again uses the stored question and adds none
    after = state()
    assert analyst.get("/briefing/download", params=form).status_code == 200
    assert state() == after


def test_the_suggestions_queue_pages_over_http(bench: Served, tmp_path: Path) -> None:
    """``/api/actors/suggestions`` answers one page (``offset``, ``limit``) and the number
    of suggestions (``total``), the rows of the whole list in order; the page has a pager.
    Names in documents ingested after the queue was first read are found (the scan kept by
    the server is extended)."""
    client = login(bench, "vera")
    client.get("/api/actors/suggestions")
    for number, text in enumerate([
        "Jalalabad, 2 May 2013. The Kunar Hawks Front attacked a post; commander Gul Zaman "
        "Haqyar led it.",
        "Asadabad, 6 May 2013. Elders said the Kunar Hawks Front and commander Gul Zaman "
        "Haqyar left the valley.",
    ]):  # fmt: skip
        (tmp_path / f"hawks{number}.txt").write_text(text, encoding="utf-8")
    api.ingest([tmp_path], db=bench.db, source="Kunar Monitor", source_type="news")
    whole = client.get("/api/actors/suggestions", params={"limit": 500, "min_count": 1}).json()
    assert whole["total"] == len(whole["items"]) >= 2
    assert {"Kunar Hawks Front", "Gul Zaman Haqyar"} <= {s["mention"] for s in whole["items"]}
    pages = [
        client.get(
            "/api/actors/suggestions", params={"limit": 1, "offset": k, "min_count": 1}
        ).json()  # fmt: skip
        for k in range(whole["total"])
    ]
    assert [p["items"][0] for p in pages] == whole["items"]
    assert {p["total"] for p in pages} == {whole["total"]}
    beyond = client.get("/api/actors/suggestions", params={"offset": 10_000}).json()
    assert beyond["items"] == [] and beyond["offset"] == 10_000
    page = client.get("/actors/suggestions")
    assert page.status_code == 200 and 'class="pager"' in page.text
