"""Access control over real HTTP, on SQLite and PostgreSQL: every route of the app against
every role (an explicit table: a new route without a rule fails here), login, logout and
session expiry, API tokens, CSRF and cross-site refusals, and hostile analyst text escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from starlette.routing import Mount
from tests.web.conftest import Served, _database, build_corpus, start_server

from riftwatch import api
from riftwatch.store import accounts, open_store
from riftwatch.store.tables import utcnow
from riftwatch.web import auth, create_app

PASSWORD = "a long test password"
USERS = {"viewer": "vera", "analyst": "anil", "admin": "adele"}
LEVEL = {None: -1, "viewer": 0, "analyst": 1, "admin": 2}

ROUTES: dict[tuple[str, str], str | None] = {
    ("GET", "/openapi.json"): "viewer",
    ("GET", "/api/documents"): "viewer",
    ("GET", "/api/documents/{doc_id}"): "viewer",
    ("GET", "/api/events"): "viewer",
    ("GET", "/api/events/{ev_id}"): "viewer",
    ("GET", "/api/search"): "viewer",
    ("GET", "/api/sources"): "viewer",
    ("GET", "/api/status"): "viewer",
    ("GET", "/api/ingest/progress"): "viewer",
    ("GET", "/"): "viewer",
    ("GET", "/documents"): "viewer",
    ("GET", "/documents/{doc_id}"): "viewer",
    ("GET", "/events"): "viewer",
    ("GET", "/events/{ev_id}"): "viewer",
    ("GET", "/search"): "viewer",
    ("GET", "/sources"): "viewer",
    ("GET", "/failures"): "viewer",
    ("POST", "/failures/rerun"): "analyst",
    ("GET", "/upload"): "viewer",
    ("POST", "/upload"): "analyst",
    ("GET", "/api/session"): "viewer",
    ("GET", "/api/events/{ev_id}/judgements"): "viewer",
    ("POST", "/api/events/{ev_id}/judgement"): "analyst",
    ("POST", "/api/events/{ev_id}/credibility"): "analyst",
    ("GET", "/api/ach"): "viewer",
    ("POST", "/api/ach"): "analyst",
    ("GET", "/api/ach/{question}"): "viewer",
    ("POST", "/api/ach/{question}/ratings"): "analyst",
    ("POST", "/api/ach/{question}/hypotheses"): "analyst",
    ("GET", "/api/audit"): "admin",
    ("GET", "/api/users"): "admin",
    ("POST", "/api/users"): "admin",
    ("POST", "/api/users/{name}/role"): "admin",
    ("POST", "/api/users/{name}/disable"): "admin",
    ("GET", "/api/tokens"): "admin",
    ("POST", "/api/tokens"): "admin",
    ("POST", "/api/tokens/{token_id}/revoke"): "admin",
    ("GET", "/login"): None,
    ("POST", "/login"): None,
    ("POST", "/logout"): "viewer",
    ("POST", "/events/{ev_id}/judgement"): "analyst",
    ("GET", "/ach"): "viewer",
    ("POST", "/ach"): "analyst",
    ("GET", "/ach/{question}"): "viewer",
    ("POST", "/ach/{question}/rating"): "analyst",
    ("POST", "/ach/{question}/hypotheses"): "analyst",
    ("GET", "/audit"): "admin",
    # dashboard, relationship, network and actor pages (read): viewers
    ("GET", "/overview"): "viewer",
    ("GET", "/api/dashboard"): "viewer",
    ("GET", "/relationships"): "viewer",
    ("GET", "/relationships/{a}/{b}"): "viewer",
    ("GET", "/api/relationships/{a}/{b}"): "viewer",
    ("GET", "/network"): "viewer",
    ("GET", "/api/network"): "viewer",
    ("GET", "/wedges"): "viewer",
    ("GET", "/api/wedges"): "viewer",
    ("GET", "/rifts"): "viewer",
    ("GET", "/api/rifts"): "viewer",
    ("GET", "/actors"): "viewer",
    ("GET", "/actors/suggestions"): "viewer",
    ("GET", "/actors/{actor_id}"): "viewer",
    ("GET", "/api/actors"): "viewer",
    ("GET", "/api/actors/suggestions"): "viewer",
    ("GET", "/api/actors/{actor_id}"): "viewer",
    # watchlists and alerts: reading is a viewer's, following and acknowledging an analyst's
    ("GET", "/alerts"): "viewer",
    ("GET", "/watchlists"): "viewer",
    ("GET", "/api/alerts"): "viewer",
    ("GET", "/api/alerts/{alert_id}"): "viewer",
    ("GET", "/api/watch/sources"): "viewer",
    ("GET", "/api/watchlists"): "viewer",
    ("POST", "/alerts/{alert_id}/ack"): "analyst",
    ("POST", "/api/alerts/{alert_id}/ack"): "analyst",
    ("POST", "/api/watchlists"): "analyst",
    ("POST", "/api/watchlists/unfollow"): "analyst",
    ("POST", "/watchlists"): "analyst",
    # exports: downloads of what a viewer may read
    ("GET", "/exports"): "viewer",
    ("GET", "/api/export/{kind}"): "viewer",
    # actor curation: reading judgements is a viewer's, every change an analyst's
    ("POST", "/actors/{actor_id}/alias"): "analyst",
    ("POST", "/actors/{actor_id}/unalias"): "analyst",
    ("POST", "/actors/{actor_id}/merge"): "analyst",
    ("POST", "/actors/{actor_id}/split"): "analyst",
    ("POST", "/actors/{actor_id}/relate"): "analyst",
    ("POST", "/actors/judgements/{judgement_id}/undo"): "analyst",
    ("POST", "/actors/suggestions/accept"): "analyst",
    ("POST", "/actors/suggestions/map"): "analyst",
    ("POST", "/actors/suggestions/reject"): "analyst",
    ("POST", "/api/actors"): "analyst",
    ("POST", "/api/actors/suggestions/accept"): "analyst",
    ("POST", "/api/actors/suggestions/map"): "analyst",
    ("POST", "/api/actors/suggestions/reject"): "analyst",
    ("GET", "/api/actors/{actor_id}/judgements"): "viewer",
    ("POST", "/api/actors/{actor_id}/aliases"): "analyst",
    ("POST", "/api/actors/{actor_id}/aliases/remove"): "analyst",
    ("POST", "/api/actors/{actor_id}/merge"): "analyst",
    ("POST", "/api/actors/{actor_id}/split"): "analyst",
    ("POST", "/api/actors/{actor_id}/relations"): "analyst",
    ("POST", "/api/curation/{judgement_id}/undo"): "analyst",
    # grading: source grades and credibility overrides are an analyst's
    ("POST", "/sources/grade"): "analyst",
    ("POST", "/api/sources/grade"): "analyst",
    ("POST", "/events/{ev_id}/credibility"): "analyst",
    ("POST", "/documents/{doc_id}/grade"): "analyst",
    ("POST", "/api/documents/{doc_id}/grade"): "analyst",
    # briefings: a reading of the store, like the exports
    ("GET", "/briefing"): "viewer",
    ("GET", "/briefing/download"): "viewer",
    ("POST", "/briefing/download"): "analyst",  # stores the pairs' ACH questions
    # users and API tokens: an admin's (the /admin prefix)
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("POST", "/admin/users/{name}/role"): "admin",
    ("POST", "/admin/users/{name}/disable"): "admin",
    ("POST", "/admin/tokens"): "admin",
    ("POST", "/admin/tokens/{token_id}/revoke"): "admin",
    ("POST", "/api/users/{name}/enable"): "admin",
    ("GET", "/api/report"): "viewer",
}
"""Every route and the least role that may call it (None: anyone)."""


def app_routes(app: Any) -> set[tuple[str, str]]:
    """``(method, path)`` of every route of ``app``, through included routers (no HEAD)."""
    found: set[tuple[str, str]] = set()

    def walk(routes: list[Any], prefix: str) -> None:
        for route in routes:
            if hasattr(route, "original_router"):
                walk(route.original_router.routes, prefix + route.include_context.prefix)
            elif isinstance(route, Mount):
                continue  # /static: files, public
            else:
                for method in route.methods or ():
                    if method != "HEAD":
                        found.add((method, prefix + route.path))

    walk(list(app.routes), "")
    return found


def test_every_route_has_a_rule(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    api.init_store(db)
    app = create_app(db, server_mode=True)
    routes = app_routes(app)
    missing = sorted(routes - ROUTES.keys())
    assert not missing, f"routes without an access rule in ROUTES: {missing}"
    assert not sorted(ROUTES.keys() - routes), "ROUTES names routes the app no longer has"
    for (method, path), role in ROUTES.items():
        assert auth.required_role(method, path) == role, (method, path)


# -- a server-mode server with one user per role ----------------------------------------------


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def secured(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"authz-{request.param}")
    with _database(request, request.param, folder) as db:
        ids = build_corpus(db, folder / "corpus")
        for role, name in USERS.items():
            api.add_user(db, name, role, PASSWORD, by="setup")
        matrix = api.ach_matrix(pair=["Haqqani network", "Al Qaeda"], db=db, analyst="setup")
        running = start_server(db, upload_dir=folder / "uploads", server_mode=True)
        running.ids = ids  # type: ignore[attr-defined]
        running.question = matrix["question"]  # type: ignore[attr-defined]
        running.item = matrix["evidence"][0]["item"]  # type: ignore[attr-defined]
        running.event = api.list_events(db, document_id=ids["b.txt"])[0]["id"]  # type: ignore[attr-defined]
        try:
            yield running
        finally:
            running.stop()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no csrf_token field on the page"
    return found.group(1)


def login(served: Served, name: str, password: str = PASSWORD) -> httpx.Client:
    client = served.client()
    page = client.get("/login")
    assert page.status_code == 200
    done = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": csrf_of(page.text), "next": "/"},
    )
    assert done.status_code == 303, done.text
    assert auth.SESSION_COOKIE in client.cookies
    return client


def session_token(client: httpx.Client) -> str:
    return str(client.get("/api/session").json()["csrf_token"])


QUERIES = {
    "/api/search": "?q=Taliban",
    "/search": "?q=Taliban",
    "/relationships": "?a=Taliban&b=Al+Qaeda",
    "/briefing/download": "?pair=Taliban/Al+Qaeda",
    "/api/report": "?pair=Taliban/Al+Qaeda",
    "/api/wedges": "?target=Al+Qaeda&within=Taliban",
}
"""Query strings that routes with required parameters need."""


def concrete(served: Any, path: str) -> str:
    return (
        path.replace("{doc_id}", str(served.ids["b.txt"]))
        .replace("{ev_id}", str(served.event))
        .replace("{question}", str(served.question))
        .replace("{name}", "nobody")
        .replace("{token_id}", "999999")
        .replace("{actor_id}", "org:al-qaeda")
        .replace("{a}", "Taliban")
        .replace("{b}", "Al Qaeda")
        .replace("{alert_id}", "999999")
        .replace("{kind}", "events")
        .replace("{judgement_id}", "999999")
    ) + QUERIES.get(path, "")


REDIRECTS = {"/relationships": "/relationships/"}
"""GET routes that answer with a redirect (the pair form to the pair's page)."""

ABSENT = {"/api/alerts/{alert_id}"}
"""GET routes whose object the fixture does not hold (an alert): 404 once the gate lets by."""


def harmless_body(path: str) -> dict[str, Any]:
    """A body that is refused by the route itself (no state changes) when the gate lets it by."""
    return {"json": {}} if path.startswith("/api/") else {"data": {}}


@pytest.mark.parametrize("role", [None, "viewer", "analyst", "admin"])
def test_every_route_for_every_role(secured: Served, role: str | None) -> None:
    client = login(secured, USERS[role]) if role else secured.client()
    token = session_token(client) if role else None
    for (method, path), needed in sorted(ROUTES.items(), key=str):
        if path in {"/logout", "/login"}:
            continue  # below, in their own tests
        url = concrete(secured, path)
        if method == "GET":
            response = client.get(url, follow_redirects=False)
        else:
            kwargs = harmless_body(path)
            if "json" in kwargs:
                headers = {"X-CSRF-Token": token} if token else {}
                response = client.post(
                    url, json=kwargs["json"], headers=headers, follow_redirects=False
                )
            else:
                response = client.post(
                    url, data={"csrf_token": token or ""}, follow_redirects=False
                )
        where = f"{role} {method} {url}: {response.status_code} {response.text[:200]}"
        if LEVEL[role] >= LEVEL[needed]:
            assert response.status_code not in (401, 403), where
            assert response.status_code < 500, where
            if method == "GET" and path in REDIRECTS:
                assert response.status_code == 303, where
                assert response.headers["location"].startswith(REDIRECTS[path]), where
            elif method == "GET":
                assert response.status_code == (404 if path in ABSENT else 200), where
        elif role is None:
            if method == "GET" and not url.startswith("/api/") and url != "/openapi.json":
                assert response.status_code == 303, where
                assert response.headers["location"].startswith("/login?next=")
            else:
                assert response.status_code == 401, where
                assert (
                    response.json()["error"]["code"] == "RW606"
                    if url.startswith("/api/")
                    else "RW606" in response.text
                )
        else:
            assert response.status_code == 403, where
            assert "RW608" in response.text, where


def test_login_page_and_wrong_password(secured: Served) -> None:
    client = secured.client()
    page = client.get("/login")
    assert page.status_code == 200 and "Log in" in page.text
    bad = client.post(
        "/login",
        data={"name": "anil", "password": "not it at all", "csrf_token": csrf_of(page.text)},
    )
    assert bad.status_code == 401 and "RW607" in bad.text
    assert auth.SESSION_COOKIE not in client.cookies
    nobody = client.post(
        "/login", data={"name": "ghost", "password": PASSWORD, "csrf_token": csrf_of(page.text)}
    )
    assert nobody.status_code == 401 and "RW607" in nobody.text
    # login CSRF: a login form without the token is refused
    forged = client.post("/login", data={"name": "anil", "password": PASSWORD})
    assert forged.status_code == 403 and "RW604" in forged.text
    assert auth.SESSION_COOKIE not in client.cookies


def test_session_cookie_flags_logout_and_expiry(secured: Served) -> None:
    client = secured.client()
    page = client.get("/login")
    done = client.post(
        "/login",
        data={
            "name": "anil",
            "password": PASSWORD,
            "csrf_token": csrf_of(page.text),
            "next": "//evil.example/x",
        },
    )
    assert done.status_code == 303 and done.headers["location"] == "/"  # no open redirect
    cookie = done.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http and not configured
    assert "Max-Age=" in cookie
    secret = client.cookies[auth.SESSION_COOKIE]
    assert client.get("/documents").status_code == 200
    token = session_token(client)
    out = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    # the old cookie no longer works: the session was revoked in the store
    replay = secured.client(cookies={auth.SESSION_COOKIE: secret})
    assert replay.get("/documents", follow_redirects=False).status_code == 303
    assert replay.get("/api/documents").status_code == 401

    client = login(secured, "anil")
    assert client.get("/api/documents").status_code == 200
    store = open_store(secured.db, create=False)
    try:
        with store.new_session() as session, session.begin():
            session.execute(
                update(accounts.SessionRow)
                .where(
                    accounts.SessionRow.id == accounts.digest(client.cookies[auth.SESSION_COOKIE])
                )
                .values(expires_at=utcnow() - timedelta(minutes=1))
            )
    finally:
        store.close()
    expired = client.get("/documents/1", follow_redirects=False)
    assert expired.status_code == 303
    assert expired.headers["location"] == "/login?next=%2Fdocuments%2F1"


def test_secure_cookie_when_configured(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    api.init_store(db)
    api.add_user(db, "anil", "analyst", PASSWORD, by="setup")
    running = start_server(db, server_mode=True, secure_cookies=True)
    try:
        client = running.client()
        page = client.get("/login")
        done = client.post(
            "/login", data={"name": "anil", "password": PASSWORD, "csrf_token": csrf_of(page.text)}
        )
        assert done.status_code == 303 and "Secure" in done.headers["set-cookie"]
    finally:
        running.stop()


def test_api_tokens(secured: Served) -> None:
    viewer = api.create_token(secured.db, "anil", "read-only", role="viewer", by="test")
    writer = api.create_token(secured.db, "anil", "script", by="test")
    client = secured.client()
    ev = secured.event  # type: ignore[attr-defined]

    def as_(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    assert client.get("/api/documents", headers=as_(viewer["token"])).status_code == 200
    refused = client.post(
        f"/api/events/{ev}/judgement", json={"verdict": "accept"}, headers=as_(viewer["token"])
    )
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "RW608"
    # a bearer token needs no CSRF token (a browser never sends one by itself)
    done = client.post(
        f"/api/events/{ev}/judgement",
        json={"verdict": "accept", "note": "ok"},
        headers=as_(writer["token"]),
    )
    assert done.status_code == 200 and done.json()["analyst"] == "anil"
    assert client.get("/api/audit", headers=as_(writer["token"])).status_code == 403
    bogus = client.get("/api/documents", headers=as_("rwt_not-a-token"))
    assert bogus.status_code == 401 and bogus.json()["error"]["code"] == "RW606"
    api.revoke_token(secured.db, writer["id"], by="test")
    revoked = client.get("/api/documents", headers=as_(writer["token"]))
    assert revoked.status_code == 401
    store = open_store(secured.db, create=False)
    try:
        with store.new_session() as session, session.begin():
            session.execute(
                update(accounts.ApiTokenRow)
                .where(accounts.ApiTokenRow.id == viewer["id"])
                .values(expires_at=utcnow() - timedelta(minutes=1))
            )
    finally:
        store.close()
    assert client.get("/api/documents", headers=as_(viewer["token"])).status_code == 401
    # an admin makes tokens over the API too; the secret is shown once
    admin = login(secured, "adele")
    made = admin.post(
        "/api/tokens",
        json={"user": "vera", "name": "dash"},
        headers={"X-CSRF-Token": session_token(admin)},
    )
    assert made.status_code == 200 and made.json()["role"] == "viewer"
    listed = admin.get("/api/tokens").json()["items"]
    assert all("token" not in t for t in listed)
    assert client.get("/api/status", headers=as_(made.json()["token"])).status_code == 200


def test_csrf_and_cross_site_refusals(secured: Served) -> None:
    client = login(secured, "anil")
    token = session_token(client)
    ev = secured.event  # type: ignore[attr-defined]
    url = f"/events/{ev}/judgement"
    before = len(api.event_judgements(secured.db, ev))
    missing = client.post(url, data={"verdict": "reject"}, follow_redirects=False)
    assert missing.status_code == 403 and "RW604" in missing.text
    wrong = client.post(url, data={"verdict": "reject", "csrf_token": "x" * 43})
    assert wrong.status_code == 403 and "RW604" in wrong.text
    other = login(secured, "anil")  # another session of the same user: its token is not ours
    stolen = client.post(url, data={"verdict": "reject", "csrf_token": session_token(other)})
    assert stolen.status_code == 403
    json_missing = client.post(f"/api/events/{ev}/judgement", json={"verdict": "reject"})
    assert json_missing.status_code == 403 and json_missing.json()["error"]["code"] == "RW609"
    json_wrong = client.post(
        f"/api/events/{ev}/judgement", json={"verdict": "reject"}, headers={"X-CSRF-Token": "nope"}
    )
    assert json_wrong.status_code == 403 and json_wrong.json()["error"]["code"] == "RW609"
    # a form posted from another site, even with a valid token, is refused
    cross = client.post(
        url,
        data={"verdict": "reject", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
    )
    assert cross.status_code == 403 and "RW610" in cross.text
    fetch_site = client.post(
        url,
        data={"verdict": "reject", "csrf_token": token},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert fetch_site.status_code == 403 and "RW610" in fetch_site.text
    # text/plain "JSON" (what a cross-site form could send) is not accepted as a write
    plain = client.post(
        f"/api/events/{ev}/judgement",
        content='{"verdict": "reject"}',
        headers={"Content-Type": "text/plain"},
    )
    assert plain.status_code == 403
    assert len(api.event_judgements(secured.db, ev)) == before
    # and the right token from this site works
    ok = client.post(
        url,
        data={"verdict": "reject", "csrf_token": token},
        headers={"Origin": secured.base},
        follow_redirects=False,
    )
    assert ok.status_code == 303
    assert len(api.event_judgements(secured.db, ev)) == before + 1


def test_local_mode_forms_carry_a_token(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    ids = build_corpus(db, tmp_path / "corpus")
    ev = api.list_events(db, document_id=ids["a.txt"])[0]["id"]
    running = start_server(db)
    try:
        client = running.client()
        page = client.get(f"/documents/{ids['a.txt']}")
        assert page.status_code == 200 and f'action="/events/{ev}/judgement"' in page.text
        refused = client.post(f"/events/{ev}/judgement", data={"verdict": "reject"})
        assert refused.status_code == 403 and "RW604" in refused.text
        done = client.post(
            f"/events/{ev}/judgement",
            follow_redirects=False,
            data={"verdict": "reject", "csrf_token": csrf_of(page.text)},
        )
        assert done.status_code == 303
        assert done.headers["location"] == f"/documents/{ids['a.txt']}?event={ev}#event-{ev}"
        row = api.audit_log(db, action="event.reject")[0]
        assert row["actor"] == auth.local_user(running.app)["name"]
        # the local analyst reads the audit log of their changes (page and API), over HTTP
        audit = client.get("/audit", params={"action": "event.reject"})
        assert audit.status_code == 200 and "event.reject" in audit.text
        assert 'href="/audit"' in client.get("/").text  # and finds it from every page
        log = client.get("/api/audit").json()
        assert log["total"] >= 1 and log["items"][0]["action"] == "event.reject"
        assert log["items"][0]["actor"] == auth.local_user(running.app)["name"]
        # the other admin areas stay an admin's, in local mode too
        assert client.get("/admin/users").status_code == 403
        assert client.get("/api/users").status_code == 403
        token = csrf_of(page.text)
        report = b"Kabul, 2 May 2010. The Taliban attacked the army in Kandahar.\n"
        upload = client.post("/upload", data={"token": token, "code": "1"},
                             files={"files": ("new.txt", report, "text/plain")})  # fmt: skip
        assert upload.status_code == 200 and "upload-result" in upload.text
        row = api.audit_log(db, action="upload")[0]
        assert row["actor"] == auth.local_user(running.app)["name"]
        assert row["after"]["documents_added"] == 1
        # a multipart form to any other route must carry the token in the header
        multipart = client.post("/ach", data={"actor_a": "A", "actor_b": "B", "csrf_token": token},
                                files={"x": ("x.txt", b"x", "text/plain")})  # fmt: skip
        assert multipart.status_code == 403 and "RW609" in multipart.text
        session = client.get("/api/session").json()
        assert session["mode"] == "local" and session["role"] == "analyst"
    finally:
        running.stop()


HOSTILE_NOTE = '<script>window.__pwned=7</script><img src=x onerror="window.__pwned=8">'


def test_hostile_notes_and_hypotheses_are_escaped(secured: Served) -> None:
    client = login(secured, "anil")
    token = session_token(client)
    ev = secured.event  # type: ignore[attr-defined]
    q = secured.question  # type: ignore[attr-defined]
    headers = {"X-CSRF-Token": token}
    assert (
        client.post(
            f"/api/events/{ev}/judgement",
            headers=headers,
            json={"verdict": "reject", "note": HOSTILE_NOTE},
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/api/ach/{q}/hypotheses",
            headers=headers,
            json={"id": "hostile_h", "name": HOSTILE_NOTE, "description": HOSTILE_NOTE},
        ).status_code
        == 200
    )
    rated = client.post(
        f"/api/ach/{q}/ratings",
        headers=headers,
        json={"item": "1", "hypothesis": "hostile_h", "rating": "I", "note": HOSTILE_NOTE},
    )
    assert rated.status_code == 200, rated.text
    admin = login(secured, "adele")
    pages = [
        client.get(f"/documents/{secured.ids['b.txt']}").text,  # type: ignore[attr-defined]
        client.get(f"/ach/{q}").text,
        admin.get("/audit").text,
    ]
    for html in pages:
        assert "<script>window.__pwned" not in html
        assert "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=7" in pages[0]
    assert "&lt;script&gt;window.__pwned=7" in pages[1]
    assert "\\u003cscript\\u003ewindow.__pwned=7" in pages[2]  # JSON in the audit page


def test_ach_disagreement_between_analysts_is_shown(secured: Served) -> None:
    q = secured.question  # type: ignore[attr-defined]
    anil, adele = login(secured, "anil"), login(secured, "adele")
    matrix = anil.get(f"/api/ach/{q}").json()["matrix"]
    hypothesis = matrix["hypotheses"][-1]["id"]
    for client, rating in ((anil, "CC"), (adele, "II")):
        done = client.post(
            f"/api/ach/{q}/ratings",
            headers={"X-CSRF-Token": session_token(client)},
            json={"item": "1", "hypothesis": hypothesis, "rating": rating},
        )
        assert done.status_code == 200, done.text
    evidence = anil.get(f"/api/ach/{q}").json()["matrix"]["evidence"][0]
    assert evidence["disagreement"][hypothesis] == ["CC", "II"]
    html = anil.get(f"/ach/{q}").text
    cell = re.search(
        rf'<td class="cell disagree" data-hypothesis="{hypothesis}">(.*?)</td>', html, re.S
    )
    assert cell, "the cell where analysts disagree is not marked"
    assert "anil: CC" in cell.group(1) and "adele: II" in cell.group(1)


def test_correct_an_event_from_its_page_and_find_it_in_the_audit(secured: Served) -> None:
    client = login(secured, "anil")
    ev = secured.event  # type: ignore[attr-defined]
    doc = secured.ids["b.txt"]  # type: ignore[attr-defined]
    token = csrf_of(client.get(f"/documents/{doc}").text)
    url = f"/events/{ev}/judgement"
    done = client.post(
        url,
        data={"verdict": "correct", "changes": "event_type=COERCE; mode=arrest",
              "note": "an arrest, not an assault", "csrf_token": token},
        follow_redirects=False,
    )  # fmt: skip
    assert (
        done.status_code == 303
        and done.headers["location"] == f"/documents/{doc}?event={ev}#event-{ev}"
    )
    current = [j for j in api.event_judgements(secured.db, ev) if j["current"]]
    verdict = next(j for j in current if j["kind"] == "verdict")
    assert verdict["verdict"] == "correct" and verdict["analyst"] == "anil"
    assert verdict["changes"] == {"event_type": "COERCE", "mode": "arrest"}
    page = client.get(f"/documents/{doc}").text
    assert "corrected" in page and "event_type → COERCE" in page
    bad = client.post(
        url, data={"verdict": "correct", "changes": "colour=red", "csrf_token": token}
    )
    assert bad.status_code == 400 and "RW523" in bad.text
    empty = client.post(url, data={"verdict": "correct", "changes": "", "csrf_token": token})
    assert empty.status_code == 400 and "RW522" in empty.text
    admin = login(secured, "adele")
    audit = admin.get("/audit", params={"action": "event.correct", "actor": "anil"})
    assert audit.status_code == 200 and "event.correct" in audit.text and "COERCE" in audit.text
    rows = admin.get("/api/audit", params={"action": "event.*", "object_id": str(ev)}).json()
    assert rows["total"] >= 1 and rows["items"][0]["action"] == "event.correct"
    assert rows["items"][0]["after"]["changes"] == {"event_type": "COERCE", "mode": "arrest"}


def test_an_admin_manages_users_and_tokens_from_the_pages(secured: Served) -> None:
    """The admin's page lists the users and tokens; its forms add a user with a role,
    change the role, disable and enable them, create a token (the secret shown once, it
    works as a Bearer token) and revoke it; each change is in the audit log, which pages.
    Analysts and viewers are refused the page and its forms."""
    admin = login(secured, "adele")
    page = admin.get("/admin/users")
    assert page.status_code == 200 and 'id="admin-users-link"' in admin.get("/").text
    for name in USERS.values():
        assert f'data-user="{name}"' in page.text
    token = csrf_of(page.text)
    no_token = admin.post("/admin/users", data={"name": "tomas", "password": PASSWORD},
                          follow_redirects=False)  # fmt: skip
    assert no_token.status_code == 403 and "RW604" in no_token.text
    added = admin.post(
        "/admin/users",
        data={"name": "tomas", "role": "viewer", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert added.status_code == 303 and added.headers["location"].startswith("/admin/users")
    twice = admin.post(
        "/admin/users",
        data={"name": "tomas", "role": "viewer", "password": PASSWORD, "csrf_token": token},
    )
    assert twice.status_code == 409 or "RW613" in twice.text
    users = {u["name"]: u for u in api.list_users(secured.db)}
    assert users["tomas"]["role"] == "viewer" and not users["tomas"]["disabled"]
    assert login(secured, "tomas").get("/api/session").json()["role"] == "viewer"
    moved = admin.post("/admin/users/tomas/role", data={"role": "analyst", "csrf_token": token},
                       follow_redirects=False)  # fmt: skip
    assert moved.status_code == 303
    assert {u["name"]: u for u in api.list_users(secured.db)}["tomas"]["role"] == "analyst"

    # a token for a script: the secret once on the answering page, never on the list
    made = admin.post("/admin/tokens", data={"user": "tomas", "name": "nightly export",
                                             "days": "30", "csrf_token": token})  # fmt: skip
    assert made.status_code == 200
    secret = re.search(r'id="new-token-secret">([^<]+)<', made.text).group(1)  # type: ignore[union-attr]
    bearer = {"Authorization": f"Bearer {secret}"}
    assert secured.client().get("/api/status", headers=bearer).status_code == 200
    listed = admin.get("/admin/users").text
    assert secret not in listed and "nightly export" in listed
    tid = next(t["id"] for t in api.list_tokens(secured.db, user="tomas"))
    bad_days = admin.post("/admin/tokens", data={"user": "tomas", "name": "x", "days": "soon",
                                                 "csrf_token": token})  # fmt: skip
    assert bad_days.status_code == 400 and "RW611" in bad_days.text
    revoked = admin.post(f"/admin/tokens/{tid}/revoke", data={"csrf_token": token},
                         follow_redirects=False)  # fmt: skip
    assert revoked.status_code == 303
    assert secured.client().get("/api/status", headers=bearer).status_code == 401
    again = admin.post(f"/admin/tokens/{tid}/revoke", data={"csrf_token": token})
    assert again.status_code == 404 and "RW614" in again.text

    # disable: no login; enable again (the page's form, and the JSON route)
    off = admin.post("/admin/users/tomas/disable", data={"disabled": "1", "csrf_token": token},
                     follow_redirects=False)  # fmt: skip
    assert off.status_code == 303
    client = secured.client()
    login_page = client.get("/login")
    refused = client.post("/login", data={"name": "tomas", "password": PASSWORD,
                                          "csrf_token": csrf_of(login_page.text)})  # fmt: skip
    assert refused.status_code == 401 and "RW607" in refused.text
    on = admin.post("/api/users/tomas/enable", headers={"X-CSRF-Token": session_token(admin)})
    assert on.status_code == 200 and on.json()["disabled"] is False
    assert login(secured, "tomas").get("/api/session").status_code == 200
    admin.post("/admin/users/tomas/disable", data={"disabled": "1", "csrf_token": token})
    admin.post("/admin/users/tomas/disable", data={"disabled": "0", "csrf_token": token})
    assert not {u["name"]: u for u in api.list_users(secured.db)}["tomas"]["disabled"]

    # every change is audited with the admin's name; the audit page pages them
    actions = [r["action"] for r in api.audit_log(secured.db, actor="adele", limit=50)]
    for action in ("user.add", "user.role", "token.create", "token.revoke", "user.disable",
                   "user.enable"):  # fmt: skip
        assert action in actions, action
    first = admin.get("/audit", params={"action": "user.*", "limit": 2})
    assert first.status_code == 200 and 'rel="next"' in first.text
    second = admin.get("/audit", params={"action": "user.*", "limit": 2, "offset": 2})
    assert second.status_code == 200 and 'rel="prev"' in second.text

    # analysts and viewers: refused the page and its forms
    for name in ("anil", "vera"):
        other = login(secured, name)
        assert other.get("/admin/users").status_code == 403
        tried = other.post("/admin/users", data={"name": "eve", "password": PASSWORD,
                                                 "csrf_token": session_token(other)})  # fmt: skip
        assert tried.status_code == 403 and "RW608" in tried.text
        assert 'id="admin-users-link"' not in other.get("/").text
    assert "eve" not in {u["name"] for u in api.list_users(secured.db)}
