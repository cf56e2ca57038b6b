"""The audit log and the accounts of server mode, on SQLite and PostgreSQL: every analyst
change (event verdicts, credibility overrides, ACH questions, hypotheses and ratings,
source grades, actor curation, uploads, users and tokens) writes one row with who, what,
when, and the state before and after; refused changes write none."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from tests.web.conftest import build_corpus

from clirun import riftwatch
from riftwatch import api
from riftwatch.actors import api as actors_api
from riftwatch.errors import JudgementError, WebError
from riftwatch.store import accounts, open_store
from riftwatch.store.tables import utcnow


@pytest.fixture
def corpus(db_url: str, tmp_path: Path) -> str:
    build_corpus(db_url, tmp_path / "corpus")
    return db_url


def first_event(db: str) -> int:
    return int(api.list_events(db, limit=1)[0]["id"])


def test_event_judgements_are_audited_with_before_and_after(corpus: str) -> None:
    ev = first_event(corpus)
    api.judge_event(corpus, ev, "accept", analyst="amina", note="checked the original")
    api.judge_event(corpus, ev, "reject", analyst="brendan", note="the quote is a denial")
    api.judge_event(corpus, ev, "correct", analyst="amina", changes=["event_type=SUPPORT"])
    api.override_credibility(corpus, ev, 2, analyst="amina", reason="confirmed by a second")
    rows = api.audit_log(corpus, object_type="event", object_id=str(ev))
    assert [r["action"] for r in rows] == [
        "event.credibility",
        "event.correct",
        "event.reject",
        "event.accept",
    ]
    credibility, correct, reject, accept = rows
    assert accept["actor"] == "amina" and accept["before"] is None
    assert accept["after"]["verdict"] == "accept"
    assert accept["after"]["note"] == "checked the original"
    assert reject["actor"] == "brendan"
    assert reject["before"]["verdict"] == "accept" and reject["after"]["verdict"] == "reject"
    assert correct["before"]["verdict"] == "reject"
    assert correct["after"]["changes"] == {"event_type": "SUPPORT"}
    assert credibility["before"] is None and credibility["after"]["credibility"] == 2
    assert all(r["at"] for r in rows)
    assert api.count_audit(corpus, action="event.*") == 4
    assert api.count_audit(corpus, actor="brendan") == 1


def test_a_refused_judgement_writes_no_audit_row(corpus: str) -> None:
    ev = first_event(corpus)
    with pytest.raises(JudgementError, match="RW521"):
        api.judge_event(corpus, ev, "maybe", analyst="amina")
    with pytest.raises(JudgementError, match="RW520"):
        api.judge_event(corpus, 999_999, "accept", analyst="amina")
    with pytest.raises(JudgementError, match="RW527"):
        api.override_credibility(corpus, ev, 2, analyst="amina")
    assert api.count_audit(corpus) == 0


def test_ach_changes_are_audited(corpus: str) -> None:
    matrix = api.ach_matrix(pair=["Haqqani network", "Al Qaeda"], db=corpus, analyst="amina")
    q = matrix["question"]
    item = matrix["evidence"][0]["item"]
    api.ach_add_hypothesis(q, "tactical_split", "A split for show", analyst="brendan", db=corpus)
    api.ach_rate(q, item, "lasting_rupture", "II", analyst="amina", note="first", db=corpus)
    api.ach_rate(q, item, "lasting_rupture", "I", analyst="amina", note="second", db=corpus)
    rows = api.audit_log(corpus, object_type="ach_question", object_id=str(q))
    assert [r["action"] for r in rows] == [
        "ach.rating",
        "ach.rating",
        "ach.hypothesis",
        "ach.question",
    ]
    second, first, hypothesis, question = rows
    assert question["actor"] == "amina" and question["after"]["as_of"]
    assert hypothesis["actor"] == "brendan"
    assert hypothesis["after"] == {
        "hypothesis": "tactical_split",
        "name": "A split for show",
        "description": None,
    }
    assert first["before"] is None and first["after"]["rating"] == "II"
    assert second["before"]["rating"] == "II" and second["before"]["note"] == "first"
    assert second["after"]["rating"] == "I" and second["after"]["note"] == "second"
    with pytest.raises(JudgementError, match="RW543"):
        api.ach_rate(q, item, "lasting_rupture", "XX", analyst="amina", db=corpus)
    assert api.count_audit(corpus, action="ach.rating") == 2


def test_source_grades_and_actor_curation_are_audited(corpus: str) -> None:
    api.grade_source(corpus, "Kabul Times", reliability="A", analyst="amina")
    api.grade_source(corpus, "Kabul Times", reliability="C", credibility=3, analyst="brendan")
    second, first = api.audit_log(corpus, action="source.grade")
    assert first["actor"] == "amina" and first["object_id"] == "Kabul Times"
    # the corpus named the source with --source and --reliability B: its grade before
    assert first["before"]["reliability"] == "B" and first["after"]["reliability"] == "A"
    assert second["actor"] == "brendan"
    assert second["before"]["reliability"] == "A" and second["after"]["reliability"] == "C"
    assert second["after"]["credibility"] == 3
    added = actors_api.add(corpus, "Lashkar of the Valley", "armed_group", analyst="brendan")
    undone = actors_api.undo(corpus, added["id"], analyst="amina")
    assert undone["undone_by"] == "amina"
    rows = api.audit_log(corpus, object_type="actor")
    assert [r["action"] for r in rows] == ["actor.undo", "actor.add"]
    assert rows[1]["actor"] == "brendan" and rows[1]["after"]["kind"] == "add"
    assert rows[0]["before"]["undone_at"] is None and rows[0]["after"]["undone_at"]


def test_an_upload_with_an_analyst_is_audited(db_url: str, tmp_path: Path) -> None:
    api.init_store(db_url)
    folder = tmp_path / "up"
    folder.mkdir()
    (folder / "r.txt").write_text("Kabul, 1 May 2010. The Taliban attacked the army.\n")
    summary = api.ingest([folder], db=db_url, analyst="amina", reliability="C")
    rows = api.audit_log(db_url, action="upload")
    assert len(rows) == 1 and rows[0]["object_id"] == str(summary.run_id)
    assert rows[0]["after"]["documents_added"] == 1
    assert rows[0]["after"]["overrides"]["reliability"] == "C"
    api.ingest([folder], db=db_url)  # the command line's bulk ingest is not an analyst change
    assert api.count_audit(db_url, action="upload") == 1


def test_users_and_tokens(db_url: str) -> None:
    api.init_store(db_url)
    user = api.add_user(db_url, "amina", "analyst", "long enough password", by="root")
    assert user["role"] == "analyst" and "password_hash" not in user
    with pytest.raises(WebError, match="RW613"):
        api.add_user(db_url, "amina", "viewer", "another long password", by="root")
    with pytest.raises(WebError, match="RW611"):
        api.add_user(db_url, "bob", "superuser", "long enough password", by="root")
    with pytest.raises(WebError, match="RW611"):
        api.add_user(db_url, "bob", "viewer", "short", by="root")
    with pytest.raises(WebError, match="RW611"):
        api.add_user(db_url, "<script>", "viewer", "long enough password", by="root")
    store = open_store(db_url, create=False)
    try:
        with store.new_session() as session:
            stored = session.query(accounts.UserRow).one().password_hash
        assert stored.startswith("$argon2id$") and "long enough" not in stored
        assert accounts.authenticate(store, "amina", "long enough password")["name"] == "amina"
        assert accounts.authenticate(store, "amina", "wrong password!!") is None
        assert accounts.authenticate(store, "nobody", "long enough password") is None

        with pytest.raises(WebError, match="RW611"):
            api.create_token(store, "amina", "too much", role="admin", by="root")
        token = api.create_token(store, "amina", "nightly", by="root")
        assert token["role"] == "analyst" and token["token"].startswith("rwt_")
        listed = api.list_tokens(store)
        assert "token" not in listed[0] and listed[0]["active"]
        with store.new_session() as session:
            assert session.query(accounts.ApiTokenRow).one().token_hash != token["token"]
        assert accounts.token_user(store, token["token"])["role"] == "analyst"
        api.set_user_role(store, "amina", "viewer", by="root")  # the token follows down
        assert accounts.token_user(store, token["token"])["role"] == "viewer"
        assert api.list_tokens(store)[0]["role"] == "viewer"

        secret, _ = accounts.start_session(store, user["id"], hours=1)
        assert accounts.session_user(store, secret)["name"] == "amina"
        api.set_user_password(store, "amina", "a new long password", by="root")
        assert accounts.session_user(store, secret) is None  # a password change ends sessions
        secret, _ = accounts.start_session(store, user["id"], hours=1)
        with store.new_session() as session, session.begin():
            session.execute(update(accounts.SessionRow).values(expires_at=utcnow() - timedelta(1)))
        assert accounts.session_user(store, secret) is None  # expired

        api.disable_user(store, "amina", by="root")
        assert accounts.token_user(store, token["token"]) is None
        assert accounts.authenticate(store, "amina", "a new long password") is None
        api.disable_user(store, "amina", disabled=False, by="root")
        assert accounts.token_user(store, token["token"]) is not None
        api.revoke_token(store, token["id"], by="root")
        assert accounts.token_user(store, token["token"]) is None
        with pytest.raises(WebError, match="RW614"):
            api.revoke_token(store, token["id"], by="root")
    finally:
        store.close()
    actions = [r["action"] for r in api.audit_log(db_url)]
    assert actions == [
        "token.revoke",
        "user.enable",
        "user.disable",
        "user.passwd",
        "user.role",
        "token.create",
        "user.add",
    ]


def test_cli_users_tokens_and_audit(tmp_path: Path) -> None:
    db = str(tmp_path / "rw.db")
    api.init_store(db)

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return riftwatch("--db", db, *args, stdin=stdin, timeout=120)

    added = run(
        "users",
        "add",
        "root-admin",
        "--role",
        "admin",
        "--password-stdin",
        "--by",
        "ops",
        "--format",
        "json",
        stdin="a long password\n",
    )
    assert added.returncode == 0, added.stderr
    assert '"role": "admin"' in added.stdout
    short = run("users", "add", "eve", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "RW611" in short.stderr
    made = run("tokens", "create", "root-admin", "--name", "script", "--role", "viewer")
    assert made.returncode == 0 and "rwt_" in made.stdout
    revoked = run("tokens", "revoke", "1")
    assert revoked.returncode == 0
    again = run("tokens", "revoke", "1")
    assert again.returncode == 2 and "RW614" in again.stderr
    listed = run("audit", "list", "--format", "json")
    assert listed.returncode == 0
    assert '"action": "token.revoke"' in listed.stdout and '"actor": "ops"' in listed.stdout
