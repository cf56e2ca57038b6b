"""Users, login sessions and API tokens of server mode (tables of migration 0009).

- A user has a unique name, a role (:data:`ROLES`: viewer < analyst < admin), an argon2
  password hash and a ``disabled`` flag.
- A login session is a random secret in the browser's cookie; the store keeps only its
  SHA-256 digest, the user, a per-session CSRF token, when it expires and whether it was
  revoked (logout, password change, disabling the user).
- An API token (``rwt_...``) is shown once; the store keeps its digest, a short prefix to
  recognise it, its role (at most its user's) and when it was revoked.

Every change here is written to the audit log (:mod:`riftwatch.store.audit`) with the
name of who made it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    func,
    select,
    update,
)
from sqlalchemy.orm import Mapped, mapped_column

from riftwatch.errors import WebError
from riftwatch.store import Store, audit
from riftwatch.store.tables import Base, utcnow

ROLES = ("viewer", "analyst", "admin")
"""The roles, least first: each may do what the ones before it may."""

MIN_PASSWORD = 10
TOKEN_PREFIX = "rwt_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")


class UserRow(Base):
    """A person who may log in."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("name", name="uq_users_name"),
        CheckConstraint("role IN ('viewer','analyst','admin')", name="ck_users_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(300))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SessionRow(Base):
    """A login session (the id is the digest of the cookie's secret)."""

    __tablename__ = "sessions"
    __table_args__ = (Index("ix_sessions_user", "user_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ApiTokenRow(Base):
    """A bearer token for scripts (only its digest is stored)."""

    __tablename__ = "api_tokens"
    __table_args__ = (
        UniqueConstraint("token_hash", name="uq_api_tokens_hash"),
        CheckConstraint("role IN ('viewer','analyst','admin')", name="ck_api_tokens_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64))
    prefix: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def digest(secret: str) -> str:
    """The SHA-256 hex digest under which a session or token secret is stored.

    >>> len(digest("abc")), digest("abc") == digest("abc"), digest("abc") == digest("abd")
    (64, True, False)
    """
    return hashlib.sha256(secret.encode()).hexdigest()


def role_at_least(role: str | None, needed: str) -> bool:
    """Whether ``role`` may do what ``needed`` may.

    >>> role_at_least("admin", "analyst"), role_at_least("viewer", "analyst")
    (True, False)
    >>> role_at_least(None, "viewer")
    False
    """
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(needed)


def check_role(role: str | None) -> str:
    """A valid role name (RW611 otherwise)."""
    value = (role or "").strip().lower()
    if value not in ROLES:
        raise WebError("RW611", what="role", value=role, detail="use viewer, analyst or admin")
    return value


def check_name(name: str | None) -> str:
    """A valid user name: letters, digits and ``._@-``, at most 100 (RW611 otherwise)."""
    value = (name or "").strip()
    if not _NAME.match(value):
        raise WebError(
            "RW611",
            what="user name",
            value=name,
            detail="use letters, digits and . _ @ - (at most 100), starting with a letter or digit",
        )
    return value


def check_password(password: str | None) -> str:
    """A password long enough (RW611 otherwise)."""
    if not password or len(password) < MIN_PASSWORD:
        raise WebError(
            "RW611",
            what="password",
            value="…",
            detail=f"use at least {MIN_PASSWORD} characters",
        )
    return password


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return str(_hasher().hash(password))


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the argon2 hash ``stored``."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: list[str] = []


def _user_dict(u: Any) -> dict[str, Any]:
    return {
        "id": u.id,
        "name": u.name,
        "role": u.role,
        "disabled": bool(u.disabled),
        "created_at": u.created_at.isoformat(timespec="seconds"),
        "updated_at": u.updated_at.isoformat(timespec="seconds"),
    }


def _find_user(session: Any, name: str) -> UserRow:
    user = session.scalars(select(UserRow).where(UserRow.name == (name or "").strip())).first()
    if user is None:
        raise WebError("RW612", name=name)
    return user


def add_user(store: Store, name: str, role: str, password: str, *, by: str) -> dict[str, Any]:
    """Add a user (RW611 bad name, role or password; RW613 the name is taken)."""
    name, role = check_name(name), check_role(role)
    hashed = hash_password(check_password(password))
    with store.new_session() as session, session.begin():
        taken = session.scalars(
            select(UserRow.id).where(func.lower(UserRow.name) == name.lower())
        ).first()
        if taken is not None:
            raise WebError("RW613", name=name)
        now = utcnow()
        user = UserRow(
            name=name,
            role=role,
            password_hash=hashed,
            disabled=False,
            created_at=now,
            updated_at=now,
        )
        session.add(user)
        session.flush()
        out = _user_dict(user)
        audit.record(session, by, "user.add", "user", name, after={"role": role})
    return out


def list_users(store: Store) -> list[dict[str, Any]]:
    """Every user, in name order (no password hashes)."""
    from riftwatch.store.collation import code_point

    query = select(UserRow).order_by(code_point(UserRow.name))
    with store.new_session() as session:
        return [_user_dict(u) for u in session.scalars(query)]


def get_user(store: Store, name: str) -> dict[str, Any]:
    """One user (RW612 when there is none)."""
    with store.new_session() as session:
        return _user_dict(_find_user(session, name))


def _revoke_sessions(session: Any, user_id: int) -> None:
    session.execute(
        update(SessionRow)
        .where(SessionRow.user_id == user_id, SessionRow.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def set_role(store: Store, name: str, role: str, *, by: str) -> dict[str, Any]:
    """Change a user's role; tokens with more than the new role are lowered to it."""
    role = check_role(role)
    with store.new_session() as session, session.begin():
        user = _find_user(session, name)
        before = user.role
        user.role = role
        user.updated_at = utcnow()
        for token in session.scalars(select(ApiTokenRow).where(ApiTokenRow.user_id == user.id)):
            if not role_at_least(role, token.role):
                token.role = role
        audit.record(
            session,
            by,
            "user.role",
            "user",
            user.name,
            before={"role": before},
            after={"role": role},
        )
        session.flush()
        return _user_dict(user)


def set_password(store: Store, name: str, password: str, *, by: str) -> dict[str, Any]:
    """Set a user's password; their open sessions are ended."""
    hashed = hash_password(check_password(password))
    with store.new_session() as session, session.begin():
        user = _find_user(session, name)
        user.password_hash = hashed
        user.updated_at = utcnow()
        _revoke_sessions(session, user.id)
        audit.record(session, by, "user.passwd", "user", user.name)
        session.flush()
        return _user_dict(user)


def set_disabled(store: Store, name: str, disabled: bool = True, *, by: str) -> dict[str, Any]:
    """Disable (or enable) a user: a disabled user cannot log in, and their sessions and
    tokens stop working at once."""
    with store.new_session() as session, session.begin():
        user = _find_user(session, name)
        before = bool(user.disabled)
        user.disabled = disabled
        user.updated_at = utcnow()
        if disabled:
            _revoke_sessions(session, user.id)
        audit.record(
            session,
            by,
            "user.disable" if disabled else "user.enable",
            "user",
            user.name,
            before={"disabled": before},
            after={"disabled": disabled},
        )
        session.flush()
        return _user_dict(user)


def authenticate(store: Store, name: str, password: str) -> dict[str, Any] | None:
    """The user whose name and password these are (and who is not disabled), else None."""
    with store.new_session() as session:
        user = session.scalars(select(UserRow).where(UserRow.name == (name or "").strip())).first()
        if user is None:
            if not _DUMMY_HASH:
                _DUMMY_HASH.append(hash_password(secrets.token_hex(8)))
            verify_password(_DUMMY_HASH[0], password or "")  # same work: no timing oracle
            return None
        if not verify_password(user.password_hash, password or "") or user.disabled:
            return None
        return _user_dict(user)


# -- sessions --------------------------------------------------------------------------------


def start_session(store: Store, user_id: int, *, hours: float) -> tuple[str, dict[str, Any]]:
    """A new login session: ``(secret for the cookie, session)``."""
    secret = secrets.token_urlsafe(32)
    now = utcnow()
    row = SessionRow(
        id=digest(secret),
        user_id=user_id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        expires_at=now + timedelta(hours=hours),
        last_seen_at=now,
    )
    with store.new_session() as session, session.begin():
        session.add(row)
    return secret, {"csrf_token": row.csrf_token, "expires_at": row.expires_at}


def session_user(store: Store, secret: str | None) -> dict[str, Any] | None:
    """The user of a live session (not expired, revoked or disabled) with its CSRF token."""
    if not secret:
        return None
    now = utcnow()
    with store.new_session() as session:
        found = session.execute(
            select(SessionRow, UserRow)
            .join(UserRow, UserRow.id == SessionRow.user_id)
            .where(SessionRow.id == digest(secret))
        ).first()
        if found is None:
            return None
        row, user = found
        if row.revoked_at is not None or row.expires_at <= now or user.disabled:
            return None
        return {
            **_user_dict(user),
            "csrf_token": row.csrf_token,
            "session_expires_at": row.expires_at.isoformat(timespec="seconds"),
            "via": "session",
        }


def end_session(store: Store, secret: str | None) -> bool:
    """Revoke a session (logout); whether there was a live one."""
    if not secret:
        return False
    with store.new_session() as session, session.begin():
        done = session.execute(
            update(SessionRow)
            .where(SessionRow.id == digest(secret), SessionRow.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        return bool(done.rowcount)


# -- API tokens ------------------------------------------------------------------------------


def _token_dict(t: Any, user: str) -> dict[str, Any]:
    def iso(v: datetime | None) -> str | None:
        return v.isoformat(timespec="seconds") if v else None

    return {
        "id": t.id,
        "user": user,
        "name": t.name,
        "prefix": t.prefix,
        "role": t.role,
        "created_at": iso(t.created_at),
        "expires_at": iso(t.expires_at),
        "last_used_at": iso(t.last_used_at),
        "revoked_at": iso(t.revoked_at),
        "active": t.revoked_at is None and (t.expires_at is None or t.expires_at > utcnow()),
    }


def create_token(
    store: Store,
    user: str,
    name: str,
    *,
    role: str | None = None,
    days: float | None = None,
    by: str,
) -> dict[str, Any]:
    """A new API token for ``user`` with ``role`` (default and at most the user's own).

    The result's ``token`` is the secret: it is shown here once and never stored.
    """
    label = (name or "").strip()
    if not label or len(label) > 100:
        raise WebError("RW611", what="token name", value=name, detail="give 1-100 characters")
    if days is not None and days <= 0:
        raise WebError(
            "RW611", what="token lifetime", value=days, detail="give a positive number of days"
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.new_session() as session, session.begin():
        owner = _find_user(session, user)
        scope = check_role(role) if role else owner.role
        if not role_at_least(owner.role, scope):
            raise WebError(
                "RW611",
                what="token role",
                value=scope,
                detail=f"{owner.name} is {owner.role}; a token cannot have more",
            )
        now = utcnow()
        row = ApiTokenRow(
            user_id=owner.id,
            name=label,
            token_hash=digest(secret),
            prefix=secret[:10],
            role=scope,
            created_at=now,
            expires_at=now + timedelta(days=days) if days else None,
        )
        session.add(row)
        session.flush()
        out = _token_dict(row, owner.name)
        audit.record(
            session,
            by,
            "token.create",
            "api_token",
            row.id,
            after={"user": owner.name, "name": label, "role": scope},
        )
    return {**out, "token": secret}


def list_tokens(store: Store, user: str | None = None) -> list[dict[str, Any]]:
    """API tokens (never their secrets), oldest first; only ``user``'s when given."""
    with store.new_session() as session:
        query = select(ApiTokenRow, UserRow.name).join(UserRow, UserRow.id == ApiTokenRow.user_id)
        if user:
            query = query.where(UserRow.name == _find_user(session, user).name)
        return [_token_dict(t, n) for t, n in session.execute(query.order_by(ApiTokenRow.id))]


def revoke_token(store: Store, token_id: int | str, *, by: str) -> dict[str, Any]:
    """Revoke a token (RW614 when there is no such token or it was already revoked)."""
    try:
        key = int(str(token_id).strip())
    except ValueError:
        raise WebError("RW614", id=token_id) from None
    with store.new_session() as session, session.begin():
        found = session.execute(
            select(ApiTokenRow, UserRow.name)
            .join(UserRow, UserRow.id == ApiTokenRow.user_id)
            .where(ApiTokenRow.id == key)
        ).first()
        if found is None or found[0].revoked_at is not None:
            raise WebError("RW614", id=token_id)
        row, owner = found
        row.revoked_at = utcnow()
        audit.record(
            session,
            by,
            "token.revoke",
            "api_token",
            row.id,
            before={"active": True},
            after={"active": False},
        )
        session.flush()
        return _token_dict(row, owner)


def token_user(store: Store, secret: str | None) -> dict[str, Any] | None:
    """The user of a live API token, with the token's role (not the user's), else None."""
    if not secret or not secret.startswith(TOKEN_PREFIX):
        return None
    now = utcnow()
    with store.new_session() as session, session.begin():
        found = session.execute(
            select(ApiTokenRow, UserRow)
            .join(UserRow, UserRow.id == ApiTokenRow.user_id)
            .where(ApiTokenRow.token_hash == digest(secret))
        ).first()
        if found is None:
            return None
        token, user = found
        if token.revoked_at is not None or user.disabled:
            return None
        if token.expires_at is not None and token.expires_at <= now:
            return None
        if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
            token.last_used_at = now
        role = token.role if role_at_least(user.role, token.role) else user.role
        return {**_user_dict(user), "role": role, "token_id": token.id, "via": "token"}


__all__ = [
    "MIN_PASSWORD",
    "ROLES",
    "ApiTokenRow",
    "SessionRow",
    "UserRow",
    "add_user",
    "authenticate",
    "check_role",
    "create_token",
    "digest",
    "end_session",
    "get_user",
    "hash_password",
    "list_tokens",
    "list_users",
    "revoke_token",
    "role_at_least",
    "session_user",
    "set_disabled",
    "set_password",
    "set_role",
    "start_session",
    "token_user",
]
