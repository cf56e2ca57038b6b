"""``riftwatch users ...``, ``riftwatch tokens ...``, ``riftwatch audit list``: server mode's
users and API tokens (admin tasks on the store) and the audit log of analyst changes."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import DbOption, Format, FormatOption, app, out
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.errors import WebError

users_app = typer.Typer(
    help="Users of server mode (`serve --server`): add, list, role, passwd, disable.",
    no_args_is_help=True,
)
tokens_app = typer.Typer(
    help="API tokens for scripts (Authorization: Bearer ...): create, list, revoke.",
    no_args_is_help=True,
)
audit_app = typer.Typer(help="The audit log of analyst changes.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")
app.add_typer(audit_app, name="audit")

By = Annotated[
    str | None,
    typer.Option("--by", help="Who makes the change, for the audit log (default: $USER)."),
]
PasswordStdin = Annotated[
    bool,
    typer.Option(
        "--password-stdin",
        help="Read the password from the first line of standard input instead of a prompt.",
    ),
]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        _fail(
            WebError(
                "RW611",
                what="password",
                value="…",
                detail="standard input is not a terminal: use --password-stdin",
            )
        )
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _users_table(rows: list[dict]) -> Table:
    table = Table("id", "name", "role", "disabled", "created", "updated")
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["name"]),
            r["role"],
            "yes" if r["disabled"] else "",
            _cell(r["created_at"]),
            _cell(r["updated_at"]),
        )
    return table


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="User name (letters, digits, . _ @ -).")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "analyst",
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Add a user who may log in to the workbench in server mode (password: argon2 hash)."""
    user = _call(api.add_user, _db(db), name, role, _password(password_stdin), by=by)
    _emit(user, fmt, _users_table([user]))


@users_app.command("list")
def users_list(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List the users with their roles."""
    rows = _call(api.list_users, _db(db))
    if fmt is Format.table and not rows:
        out.print("no users: add one with `riftwatch users add NAME --role admin`")
        return
    _emit(rows, fmt, _users_table(rows))


@users_app.command("role")
def users_role(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst or admin.")],
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Change a user's role (their API tokens are lowered to it if they had more)."""
    user = _call(api.set_user_role, _db(db), name, role, by=by)
    _emit(user, fmt, _users_table([user]))


@users_app.command("passwd")
def users_passwd(
    name: Annotated[str, typer.Argument(help="User name.")],
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Set a user's password; their open login sessions end."""
    user = _call(api.set_user_password, _db(db), name, _password(password_stdin), by=by)
    _emit(user, fmt, _users_table([user]))


@users_app.command("disable")
def users_disable(
    name: Annotated[str, typer.Argument(help="User name.")],
    enable: Annotated[bool, typer.Option("--enable", help="Enable the user again.")] = False,
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Disable a user: no login, and their sessions and tokens stop working at once."""
    user = _call(api.disable_user, _db(db), name, disabled=not enable, by=by)
    _emit(user, fmt, _users_table([user]))


def _tokens_table(rows: list[dict]) -> Table:
    table = Table(
        "id", "user", "name", "prefix", "role", "created", "expires", "last used", "active"
    )
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["user"]),
            _cell(r["name"]),
            _cell(r["prefix"]),
            r["role"],
            _cell(r["created_at"]),
            _cell(r["expires_at"] or "never"),
            _cell(r["last_used_at"] or ""),
            "yes" if r["active"] else "no",
        )
    return table


@tokens_app.command("create")
def tokens_create(
    user: Annotated[str, typer.Argument(help="The user the token acts as.")],
    name: Annotated[str, typer.Option(help="What the token is for (e.g. nightly-export).")],
    role: Annotated[
        str | None, typer.Option(help="viewer, analyst or admin (default and at most the user's).")
    ] = None,
    days: Annotated[float | None, typer.Option(help="Expire after this many days.")] = None,
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Create an API token; the secret is printed once (only its digest is stored)."""
    token = _call(api.create_token, _db(db), user, name, role=role, days=days, by=by)
    if fmt is Format.table:
        out.print(_tokens_table([token]))
        out.print("token (shown once; send it as 'Authorization: Bearer TOKEN'):")
        sys.stdout.write(token["token"] + "\n")
        return
    _emit(token, fmt)


@tokens_app.command("list")
def tokens_list(
    user: Annotated[str | None, typer.Option(help="Only this user's tokens.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List API tokens (never their secrets)."""
    rows = _call(api.list_tokens, _db(db), user=user)
    if fmt is Format.table and not rows:
        out.print("no API tokens")
        return
    _emit(rows, fmt, _tokens_table(rows))


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: Annotated[str, typer.Argument(help="Token id, as `tokens list` shows it.")],
    db: DbOption = None,
    by: By = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Revoke an API token at once."""
    token = _call(api.revoke_token, _db(db), token_id, by=by)
    _emit(token, fmt, _tokens_table([token]))


@audit_app.command("list")
def audit_list(
    actor: Annotated[str | None, typer.Option(help="Only changes by this user/analyst.")] = None,
    action: Annotated[
        str | None, typer.Option(help="Only this action (event.reject; event.* for a prefix).")
    ] = None,
    object_type: Annotated[
        str | None, typer.Option("--object-type", help="event, ach_question, source, ...")
    ] = None,
    object_id: Annotated[str | None, typer.Option("--object", help="Only this object id.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first.")] = 0,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List analyst changes, newest first: who, what, when, before and after."""
    rows = _call(
        api.audit_log,
        _db(db),
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
        limit=limit,
        offset=offset,
    )
    if fmt is Format.table and not rows:
        out.print("no audit rows")
        return
    table = Table("id", "at", "who", "action", "object", "before", "after")
    for r in rows:
        table.add_row(
            str(r["id"]),
            _cell(r["at"]),
            _cell(r["actor"]),
            _cell(r["action"]),
            _cell(f"{r['object_type']} {r['object_id']}"),
            _cell(json.dumps(r["before"], ensure_ascii=False) if r["before"] else "", 60),
            _cell(json.dumps(r["after"], ensure_ascii=False) if r["after"] else "", 60),
        )
    _emit(rows, fmt, table)
