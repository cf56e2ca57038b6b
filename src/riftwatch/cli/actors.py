"""``riftwatch actors ...``: the actor knowledge base from the command line.

A Typer sub-application registered on the root application; each command is a thin
skin over :mod:`riftwatch.actors.api`. Read commands use the bundled KB files, or
the effective KB (files + judgements) of a store given with ``--db``; curation
commands record judgements in the store.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch.actors import api
from riftwatch.cli._common import DbOption, Format, FormatOption, app, out, state
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _stored_db
from riftwatch.cli._common import emit as _emit
from riftwatch.errors import RiftwatchError

actors_app = typer.Typer(
    help="The actor knowledge base: resolve names, browse actors, curate (judgements).",
    no_args_is_help=True,
)
app.add_typer(actors_app, name="actors")


ReadDbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Also apply the analysts' judgements stored in this store (SQLite path/URL or "
        "postgresql:// URL). Without it only the bundled KB files are used.",
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", "-d", help="Date of the mention: YYYY, YYYY-MM or YYYY-MM-DD."),
]
AnalystOption = Annotated[
    str | None,
    typer.Option(help="Who decides (default: $RIFTWATCH_ANALYST or $USER).", show_default=False),
]
NoteOption = Annotated[str | None, typer.Option(help="Why (kept with the judgement).")]


def _read_db(local: str | None) -> str | None:
    if local:
        return local
    return state.db if _root_db_given() else None


def _root_db_given() -> bool:
    """True when ``--db`` was given before ``actors`` on the command line."""
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "actors":
            return any(a == "--db" or a.startswith("--db=") for a in args[:i])
    return False


def _years(spec: str | None) -> tuple[int, int] | None:
    if not spec:
        return None
    try:
        lo, _, hi = spec.partition("-")
        return (int(lo), int(hi or lo))
    except ValueError:
        raise typer.BadParameter("use FROM-TO years, e.g. 2006-2013") from None


# -- read commands -------------------------------------------------------------------
@actors_app.command("resolve")
def resolve_cmd(
    mention: Annotated[str, typer.Argument(help="The name as written, e.g. 'the Haqqanis'.")],
    date: DateOption = None,
    context: Annotated[
        str | None, typer.Option("--context", "-c", help="The sentence or document text.")
    ] = None,
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Resolve a mention to an actor and the organisation it stands for at the date.

    Prints actor, organization, confidence, ranked candidates, unresolved and reason.
    An unknown name stays unresolved (actor null; organization null, or the open actor an
    unknown group name stands for).
    """
    data = _call(api.resolve_mention, mention, date=date, context=context, db=_read_db(db))
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    if data["unresolved"]:
        out.print(f"[yellow]unresolved[/yellow] {escape(mention)}: {escape(data['reason'])}")
    else:
        org = data["organization"]
        out.print(
            f"[bold]{escape(data['actor']['name'])}[/bold] ({data['actor']['id']}, "
            f"{data['actor']['type']}) -> organisation [bold]"
            f"{escape(org['name']) if org else '-'}[/bold]"
            f"{' (' + org['id'] + ')' if org else ''}  confidence {data['confidence']}"
        )
        if data.get("parents"):
            chain = " > ".join(escape(p["name"]) for p in data["parents"])
            out.print(f"  part of: {chain}")
        out.print(f"  [dim]{escape(data['reason'])}[/dim]")
    if data["candidates"]:
        table = Table("candidate", "id", "type", "score")
        for c in data["candidates"]:
            table.add_row(_cell(c["name"]), c["id"], c["type"], f"{c['score']:.3f}")
        out.print(table)


@actors_app.command("mentions")
def mentions_cmd(
    text: Annotated[str, typer.Argument(help="A sentence or paragraph.")],
    date: DateOption = None,
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Find known actor names in a text (longest match) and resolve each."""
    rows = _call(api.find_mentions, text, date=date, db=_read_db(db))
    table = Table("start", "end", "text", "actor", "organisation", "conf")
    for r in rows:
        table.add_row(
            str(r["start"]),
            str(r["end"]),
            _cell(r["text"]),
            _cell(r["actor"]["name"] if r["actor"] else "(unresolved)"),
            _cell(r["organization"]["name"] if r["organization"] else ""),
            f"{r['confidence']:.2f}",
        )
    _emit(rows, fmt, table)


@actors_app.command("list")
def list_cmd(
    type_: Annotated[str | None, typer.Option("--type", "-t", help="Only this type.")] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Name or alias contains this.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")] = None,
    source: Annotated[
        str | None, typer.Option(help="Provenance: curated, un-1267-2018, ucdp, ...")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List actors of the knowledge base, by name."""
    rows = _call(
        api.list_actors,
        db=_read_db(db),
        type_=type_,
        query=query,
        country=country,
        source=source,
        limit=limit,
        offset=offset,
    )
    table = Table("id", "name", "type", "country", "from", "to", "aliases")
    for r in rows:
        table.add_row(
            r["id"],
            _cell(r["name"], 50),
            r["type"],
            _cell(r["country"]),
            _cell(r["start"]),
            _cell(r["end"]),
            str(r["aliases"]),
        )
    _emit(rows, fmt, table)


@actors_app.command("show")
def show_cmd(
    actor_id: Annotated[
        str,
        typer.Argument(help="Actor id (org:haqqani-network) or a name the knowledge base knows."),
    ],
    date: DateOption = None,
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one actor: aliases with provenance, relations, parents and children.

    An actor outside the knowledge base (an ``open:`` id, or its name) is shown as the
    store's events give it: its mentions, how extraction found it, example sentences."""
    try:
        data = api.show_actor(actor_id, date=date, db=_read_db(db))
    except RiftwatchError as exc:
        if exc.code != "RW401":
            raise
        data = _call(api.show_open_actor, actor_id, db=_read_db(db) or state.db)
    if data.get("open"):
        _show_open(data, fmt)
        return
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    out.print(f"[bold]{escape(data['name'])}[/bold] {data['id']} ({data['type']})")
    if data.get("named_as"):
        out.print(f"(found by the name {escape(data['named_as'])!r})")
    if data.get("redirected_from"):
        out.print(f"({escape(data['redirected_from'])} was merged into this actor)")
    span = f"{data['start'] or '?'} .. {data['end'] or ''}"
    out.print(
        f"country {data['country'] or '-'} · existence {span} · sources "
        f"{', '.join(data['sources'])}"
    )
    if data["description"]:
        out.print(escape(data["description"]))
    if data["parents"]:
        out.print("part of: " + " > ".join(escape(p["name"]) for p in data["parents"]))
    if data["organization"] and data["organization"]["id"] != data["id"]:
        out.print(
            f"stands for: {escape(data['organization']['name'])}"
            f"{' on ' + str(data['date']) if data['date'] else ''}"
        )
    aliases = Table("alias", "kind", "source", "rule", title="aliases", title_justify="left")
    for a in data["aliases"]:
        rule = (
            json.dumps(a["rule"], ensure_ascii=False)
            if a["rule"]
            else ("ambiguous" if a["ambiguous"] else "")
        )
        aliases.add_row(_cell(a["name"], 60), a["kind"], a["source"], _cell(rule, 60))
    out.print(aliases)
    if data.get("merged"):
        merged = Table(
            "merged id", "name", "evidence", title="merged duplicates", title_justify="left"
        )
        for m in data["merged"]:
            merged.add_row(m["id"], _cell(m.get("name"), 45), _cell(m.get("evidence"), 90))
        out.print(merged)
    if data["relations"]:
        rels = Table(
            "relation",
            "actor",
            "from",
            "to",
            "role",
            "source",
            title="relations",
            title_justify="left",
        )
        for r in data["relations"]:
            arrow = "<-" if r["direction"] == "in" else "->"
            rels.add_row(
                f"{arrow} {r['type']}",
                _cell(r["actor"].get("name") or r["actor"]["id"], 45),
                _cell(r["start"]),
                _cell(r["end"]),
                _cell(r["role"], 30),
                r["source"],
            )
        out.print(rels)


def _show_open(data: dict[str, Any], fmt: Format) -> None:
    """Print an open actor (:func:`riftwatch.actors.api.show_open_actor`)."""
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    out.print(f"[bold]{escape(data['name'])}[/bold] {data['id']} (open: not in the knowledge base)")
    out.print(f"{data['events']} events in {data['documents']} documents")
    table = Table("mention", "count", title="mentions", title_justify="left")
    for m in data["mentions"]:
        table.add_row(_cell(m["mention"], 60), str(m["count"]))
    out.print(table)
    out.print("found as: " + "; ".join(f"{escape(w['how'])} ({w['count']})"
                                       for w in data["found_by"]))  # fmt: skip
    for e in data["examples"]:
        out.print(f"  [{e['document_id']}] {escape(e['sentence'])}")


@actors_app.command("tree")
def tree_cmd(
    root: Annotated[str | None, typer.Argument(help="Start at this actor id.")] = None,
    date: DateOption = None,
    depth: Annotated[int, typer.Option(help="Levels below each root.")] = 6,
    people: Annotated[bool, typer.Option(help="Show leaders under each unit.")] = True,
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The hierarchy: sub-units, provinces, commissions and fronts (part_of, front_of)."""
    data = _call(api.actor_tree, root, date=date, depth=depth, db=_read_db(db))
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    from rich.tree import Tree

    def build(node: dict[str, Any], tree: Tree) -> None:
        if people:
            for p in node["people"]:
                tree.add(
                    f"[dim]{escape(p['name'])} ({p['role'] or 'leader'}, "
                    f"{p['start'] or '?'}..{p['end'] or ''})[/dim]"
                )
        for child in node["children"]:
            extra = []
            if child.get("relation") == "front_of":
                extra.append("front")
            if child.get("autonomy"):
                extra.append(f"{child['autonomy']}-autonomous")
            if child.get("period"):
                extra.append(child["period"])
            label = f"{escape(child['name'])} [dim]{child['id']}"
            label += f" ({', '.join(extra)})" if extra else ""
            build(child, tree.add(label + "[/dim]"))

    for node in data:
        tree = Tree(f"[bold]{escape(node['name'])}[/bold] [dim]{node['id']}[/dim]")
        build(node, tree)
        out.print(tree)


@actors_app.command("history")
def history_cmd(
    actor_id: Annotated[str, typer.Argument(help="Actor id.")],
    db: ReadDbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Names, leaders and relations of an actor over time."""
    data = _call(api.actor_history, actor_id, db=_read_db(db))
    table = Table(
        "date",
        "event",
        "detail",
        "role",
        "source",
        title=f"{data['name']} ({data['id']})",
        title_justify="left",
    )
    for e in data["events"]:
        table.add_row(
            _cell(e["date"]),
            _cell(e["event"]),
            _cell(e["detail"], 50),
            _cell(e.get("role"), 30),
            _cell(e.get("source")),
        )
    _emit(data, fmt, table)


@actors_app.command("stats")
def stats_cmd(db: ReadDbOption = None, fmt: FormatOption = Format.table) -> None:
    """Counts of entities, aliases and relations by type and provenance."""
    data = _call(api.kb_stats, db=_read_db(db))
    table = Table("what", "count")
    for key in ("entities", "aliases", "relations"):
        table.add_row(key, str(data[key]))
    for key, value in data["by_type"].items():
        table.add_row(f"type {key}", str(value))
    for key, value in data["aliases_by_source"].items():
        table.add_row(f"aliases from {key}", str(value))
    _emit(data, fmt, table)


# -- curation ------------------------------------------------------------------------
def _judge(
    fn: Callable[..., dict[str, Any]], db: str | None, fmt: Format, /, *args: Any, **kwargs: Any
) -> None:
    """Record a judgement with ``fn(store, *args, **kwargs)`` in the command's store
    (its ``--db``, else the one given before ``actors``) and print it, or its numbered
    error (exit status 2)."""
    _print_judgement(_call(fn, _stored_db(db), *args, **kwargs), fmt)


def _print_judgement(data: dict[str, Any], fmt: Format) -> None:
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    target = f" {data['object']}" if data["object"] else ""
    out.print(
        f"judgement #{data['id']}: {data['kind']} {data['subject']}{target} "
        f"by {escape(data['analyst'])} at {data['created_at']}"
    )


@actors_app.command("suggest")
def suggest_cmd(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
    min_count: Annotated[int, typer.Option(help="Mentioned at least this often.")] = 2,
    fmt: FormatOption = Format.table,
) -> None:
    """Recurrent unresolved organisation and person names in stored sentences."""
    rows = _call(api.suggest, _stored_db(db), limit=limit, min_count=min_count)
    table = Table("mention", "kind", "docs", "count", "cues", "may be", "example")
    for r in rows:
        maybe = r["possible_match"]
        table.add_row(
            _cell(r["mention"], 40),
            r["kind"],
            str(r["documents"]),
            str(r["count"]),
            _cell(", ".join(r["cues"]), 25),
            _cell(f"{maybe['name']} ({maybe['score']})" if maybe else "", 35),
            _cell(r["examples"][0]["sentence"] if r["examples"] else "", 70),
        )
    _emit(rows, fmt, table)


@actors_app.command("add")
def add_cmd(
    name: Annotated[str, typer.Argument(help="Canonical name.")],
    type_: Annotated[str, typer.Option("--type", "-t", help="armed_group, faction, person, ...")],
    actor_id: Annotated[str | None, typer.Option("--id", help="Id (default: from name).")] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")] = None,
    start: Annotated[str | None, typer.Option(help="Founded / born (YYYY[-MM[-DD]]).")] = None,
    end: Annotated[str | None, typer.Option(help="Ended / died.")] = None,
    parent: Annotated[str | None, typer.Option(help="Part of this actor id.")] = None,
    description: Annotated[str | None, typer.Option(help="One line, own words.")] = None,
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Add a new actor (stored as an 'add' judgement)."""
    _judge(
        api.add,
        db,
        fmt,
        name,
        type_,
        ident=actor_id,
        aliases=alias or [],
        country=country,
        start=start,
        end=end,
        parent=parent,
        description=description,
        analyst=analyst,
        note=note,
    )


@actors_app.command("alias")
def alias_cmd(
    actor_id: Annotated[str, typer.Argument(help="Actor id.")],
    name: Annotated[str, typer.Argument(help="The other name.")],
    kind: Annotated[str, typer.Option(help="official, abbreviation, transliteration, ...")] = (
        "official"
    ),
    years: Annotated[
        str | None, typer.Option(help="Only in these years, e.g. 2006-2013 (a rule).")
    ] = None,
    context_word: Annotated[
        list[str] | None, typer.Option("--context-word", help="Only with this word nearby.")
    ] = None,
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Give an actor another name (an 'alias' judgement), optionally with a rule."""
    _judge(
        api.alias,
        db,
        fmt,
        actor_id,
        name,
        kind=kind,
        years=_years(years),
        context_any=context_word,
        analyst=analyst,
        note=note,
    )


@actors_app.command("unalias")
def unalias_cmd(
    actor_id: Annotated[str, typer.Argument(help="Actor id.")],
    name: Annotated[str, typer.Argument(help="The alias that is not a name of this actor.")],
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Remove an alias from an actor (a 'not_same' judgement with the name; undo restores it)."""
    _judge(api.remove_alias, db, fmt, actor_id, name, analyst=analyst, note=note)


@actors_app.command("merge")
def merge_cmd(
    keep: Annotated[str, typer.Argument(help="Actor id that stays.")],
    other: Annotated[
        str, typer.Argument(help="Actor id merged into it, or a suggested name (mention:...).")
    ],
    judgement: Annotated[
        str, typer.Option(help="same (merge), not_same (never merge) or unsure.")
    ] = "same",
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Judge two actors the same (merge), not the same, or unsure."""
    _judge(api.merge, db, fmt, keep, other, judgement=judgement, analyst=analyst, note=note)


@actors_app.command("split")
def split_cmd(
    actor_id: Annotated[str, typer.Argument(help="Actor id to split.")],
    name: Annotated[str, typer.Option("--name", help="Name of the new actor.")],
    alias: Annotated[list[str], typer.Option("--alias", help="An alias that moves (repeat).")],
    type_: Annotated[str | None, typer.Option("--type", help="Type (default: same).")] = None,
    new_id: Annotated[str | None, typer.Option("--id", help="Id of the new actor.")] = None,
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Move some aliases to a new actor; the two are then judged different."""
    _judge(
        api.split,
        db,
        fmt,
        actor_id,
        alias,
        new_name=name,
        new_type=type_,
        new_id=new_id,
        analyst=analyst,
        note=note,
    )


@actors_app.command("relate")
def relate_cmd(
    subject: Annotated[str, typer.Argument(help="Actor id.")],
    relation: Annotated[str, typer.Argument(help="part_of, leader_of, member_of, allied_with...")],
    target: Annotated[str, typer.Argument(help="Actor id.")],
    start: Annotated[str | None, typer.Option(help="From (YYYY[-MM[-DD]]).")] = None,
    end: Annotated[str | None, typer.Option(help="Until.")] = None,
    role: Annotated[str | None, typer.Option(help="Role, e.g. deputy emir.")] = None,
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Add a dated relation between two actors (a 'relation' judgement)."""
    _judge(
        api.relate,
        db,
        fmt,
        subject,
        relation,
        target,
        start=start,
        end=end,
        role=role,
        analyst=analyst,
        note=note,
    )


@actors_app.command("reject")
def reject_cmd(
    name: Annotated[str, typer.Argument(help="A suggested name that is not an actor.")],
    analyst: AnalystOption = None,
    note: NoteOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Record that a suggested name is not an actor (it is no longer suggested)."""
    _judge(api.reject, db, fmt, name, analyst=analyst, note=note)


@actors_app.command("judgements")
def judgements_cmd(
    actor: Annotated[str | None, typer.Option(help="Only about this actor id.")] = None,
    active: Annotated[bool, typer.Option(help="Hide undone judgements.")] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List analyst judgements (who, what, when; undone ones marked)."""
    rows = _call(api.judgements, _stored_db(db), actor=actor, include_undone=not active)
    table = Table("id", "kind", "subject", "object", "analyst", "created", "undone", "payload")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["kind"],
            _cell(r["subject"], 40),
            _cell(r["object"], 40),
            _cell(r["analyst"]),
            _cell((r["created_at"] or "")[:19]),
            _cell(f"{(r['undone_at'] or '')[:19]} {r['undone_by'] or ''}".strip()),
            _cell(json.dumps(r["payload"], ensure_ascii=False), 50),
        )
    _emit(rows, fmt, table)


@actors_app.command("undo")
def undo_cmd(
    judgement_id: Annotated[int, typer.Argument(help="Judgement id.")],
    analyst: AnalystOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Undo a judgement (it stays in the record, marked undone)."""
    data = _call(api.undo, _stored_db(db), judgement_id, analyst=analyst)
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    out.print(f"judgement #{data['id']} ({data['kind']}) undone by {escape(data['undone_by'])}")


@actors_app.command("sync")
def sync_cmd(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Load the KB data files into the store's actor tables (when they changed)."""
    data = _call(api.sync, _stored_db(db))
    if fmt is not Format.table:
        _emit(data, fmt)
        return
    state = "loaded" if data["loaded"] else "already loaded"
    out.print(f"KB version {data['version']} {state}")


__all__ = ["actors_app"]
