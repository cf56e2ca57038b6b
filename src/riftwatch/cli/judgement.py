"""``riftwatch ach`` and ``riftwatch wedges``: structured judgement over graded claims."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from riftwatch import api
from riftwatch.cli._common import AsOfOption, DbOption, Format, FormatOption, app, err, out
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.errors import RiftwatchError


class _DefaultShow(TyperGroup):
    """``riftwatch ach FILE ...`` and ``riftwatch ach --pair ...`` run ``ach show``; the
    words ``rate``, ``hypothesis``, ``history`` and ``questions`` are sub-commands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


ach_app = typer.Typer(
    cls=_DefaultShow,
    help="Analysis of Competing Hypotheses for a pair of actors: `riftwatch ach FILE.jsonl "
    "--pair A --pair B` (or `--db` for the store), plus the analysts' commands.",
    no_args_is_help=True,
)
hyp_app = typer.Typer(help="Hypotheses analysts add to a stored question.", no_args_is_help=True)
ach_app.add_typer(hyp_app, name="hypothesis")
app.add_typer(ach_app, name="ach")

AsOf = AsOfOption
Analyst = Annotated[str, typer.Option("--analyst", help="Who makes the judgement.")]
ClaimsPath = Annotated[
    Path | None,
    typer.Argument(
        help="Documents (stateless): JSON Lines, any file ingest reads, or a folder. "
        "Without it: the store's claims."
    ),
]
Pair = Annotated[
    list[str] | None,
    typer.Option("--pair", help="An actor id or name; give it twice (A and B)."),
]


def _errors() -> tuple[list[RiftwatchError], Any]:
    failed: list[RiftwatchError] = []

    def on_error(exc: RiftwatchError) -> None:
        failed.append(exc)
        err.print(f"[red]error[/red] {escape(str(exc))}")

    return failed, on_error


_STYLE = {"CC": "green", "C": "green", "N": "", "I": "red", "II": "bold red"}


def _rating_cell(value: str | None, disagreement: list[str] | None) -> str:
    if not value:
        return "-"
    text = escape(value)
    if disagreement:
        text += "*"
    style = _STYLE.get(value)
    return f"[{style}]{text}[/{style}]" if style else text


def _short_names(ids: list[str]) -> list[str]:
    """Column heads: the initials of each hypothesis id (EA, TD, ...), made unique."""
    out: list[str] = []
    for h in ids:
        base = "".join(w[:1] for w in h.split("_") if w).upper() or h[:2].upper()
        name, n = base, 2
        while name in out:
            name, n = f"{base}{n}", n + 1
        out.append(name)
    return out


def _ach_table(m: dict[str, Any]) -> None:
    a, b = m["pair"]
    out.print(
        f"[bold]ACH: {escape(a['name'])} / {escape(b['name'])} as of "
        f"{escape(str(m['as_of']))}[/bold]"
        + (f"  (question {m['question']})" if m.get("question") else "")
    )
    hyps = Table("rank", "hypothesis", "inconsistency", "probability", "words", "unrated")
    for h in m["hypotheses"]:
        p = h["probability"]
        hyps.add_row(str(h["rank"]), _cell(f"{h['name']} ({h['id']})"),
                     f"{h['inconsistency']:g}", f"{p:.0%}" if p is not None else "-",
                     _cell(h["words"]), str(h["unrated"] or ""))  # fmt: skip
    out.print(hyps)
    ids = [h["id"] for h in m["hypotheses"]]
    short = _short_names(ids)
    table = Table("#", "doc", "date", "grade", "type", "quote", "diag", *short, "rule")
    for i, e in enumerate(m["evidence"], 1):
        dis = e.get("disagreement") or {}
        table.add_row(str(i), _cell(e["doc_id"]), _cell(e["date"]), _cell(e["grade"]),
                      _cell(" ".join(x for x in (e["event_type"], e["mode"], e["modality"]) if x)),
                      _cell(e["quote"], 40), e["diagnosticity"],
                      *[_rating_cell(e["ratings"][h], dis.get(h)) for h in ids],
                      _cell(e["rule"]))  # fmt: skip
    out.print(table)
    out.print(
        "columns: " + ", ".join(f"{k} = {escape(h)}" for k, h in zip(short, ids, strict=True))
    )
    if any(e.get("disagreement") for e in m["evidence"]):
        out.print("* analysts disagree: the most severe current rating is used; see "
                  "`riftwatch ach history QUESTION`")  # fmt: skip
    out.print("rules and their reasons: --format json (`rule`, `reason` per item)")
    out.print(_cell(m["conclusion"]))


PathAndPair = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[FILE] [A B]",
        show_default=False,
        help="Documents (stateless): JSON Lines, any file ingest reads, or a folder; without "
        "it, the store's claims. The two actors may follow (or precede) it instead of --pair, "
        "as for `riftwatch dyad A B [FILE]`.",
    ),
]


def _path_and_pair(args: list[str], pair: list[str]) -> tuple[Path | None, list[str]]:
    """The documents and the pair of ``ach show``'s arguments: ``FILE --pair A --pair B``,
    ``A B`` (the store), ``A B FILE`` or ``FILE A B``. A name that is also an existing path is
    read as the file only in the first or last place.

    >>> _path_and_pair(["Nusra Front", "Al Qaeda"], [])
    (None, ['Nusra Front', 'Al Qaeda'])
    >>> _path_and_pair(["reports.jsonl"], ["A", "B"])
    (PosixPath('reports.jsonl'), ['A', 'B'])
    """
    if pair or len(args) <= 1:
        if len(args) > 1:
            raise typer.BadParameter(
                f"one file at most, with --pair (got {len(args)} arguments: {args})",
                param_hint="FILE",
            )
        return (Path(args[0]) if args else None), pair
    if len(args) == 2:
        if Path(args[0]).exists():
            return Path(args[0]), args[1:]
        return None, args
    if len(args) == 3:
        if Path(args[2]).exists():
            return Path(args[2]), args[:2]
        if Path(args[0]).exists():
            return Path(args[0]), args[1:]
        raise typer.BadParameter(
            f"three arguments but neither the first nor the last is a file: {args}",
            param_hint="[FILE] [A B]",
        )
    raise typer.BadParameter(
        f"at most a file and two actors (got {len(args)} arguments: {args})",
        param_hint="[FILE] [A B]",
    )


@ach_app.command("show")
def ach_show(
    args: PathAndPair = None,
    pair: Pair = None,
    as_of: AsOf = None,
    analyst: Annotated[
        str | None, typer.Option("--analyst", help="Stored question: who creates it.")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The competing-hypotheses matrix of a pair of actors, with suggested ratings and
    their reasons, the weighted inconsistency of each hypothesis (rank 1 = least
    inconsistent), each item's diagnosticity, a sensitivity check and the conclusion.

    With a file the analysis is stateless; a bad line is reported with its number and
    skipped (exit status 1). With `--db` (and no file) the store's claims are used and
    the question is stored, so that analysts can rate its items (`riftwatch ach rate`).
    The pair is `--pair A --pair B`, or the two actors as arguments (`riftwatch ach A B`,
    `riftwatch ach A B FILE`).
    """
    path, pair = _path_and_pair(list(args or []), list(pair or []))
    failed, on_error = _errors()
    m = _call(
        api.ach_matrix,
        path,
        pair=pair,
        as_of=as_of,
        db=_db(db) if path is None else None,
        analyst=analyst,
        on_error=on_error,
    )
    if fmt is Format.table:
        _ach_table(m)
    elif fmt is Format.csv:
        _emit([{**e, "ratings": e["ratings"]} for e in m["evidence"]], fmt)
    else:
        _emit(m, fmt)
    if failed:
        raise typer.Exit(1)


@ach_app.command("rate")
def ach_rate(
    question: Annotated[str, typer.Argument(help="Question id (from `riftwatch ach --db`).")],
    item: Annotated[str, typer.Argument(help="Evidence item: its row number or `item` key.")],
    hypothesis: Annotated[str, typer.Argument(help="Hypothesis id, e.g. lasting_rupture.")],
    rating: Annotated[str, typer.Argument(help="CC, C, N, I or II.")],
    analyst: Analyst = "",
    note: Annotated[str | None, typer.Option("--note", help="Why.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Rate one evidence item against one hypothesis (kept with who, when and why; earlier
    ratings stay in the history)."""
    r = _call(api.ach_rate, question, item, hypothesis, rating, analyst=analyst, note=note,
              db=_db(db))  # fmt: skip
    if fmt is Format.table:
        out.print(f"question {r['question']}: {escape(r['analyst'])} rated item "
                  f"{escape(r['item'])} {r['rating']} for {escape(r['hypothesis'])}")  # fmt: skip
    else:
        _emit(r, fmt)


@hyp_app.command("add")
def hypothesis_add(
    question: Annotated[str, typer.Argument(help="Question id.")],
    hypothesis: Annotated[str, typer.Argument(help="New id: lower-case letters, digits, _.")],
    name: Annotated[str, typer.Option("--name", help="Short name.")] = "",
    description: Annotated[str | None, typer.Option("--description", help="What it says.")] = None,
    analyst: Analyst = "",
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Add a hypothesis to a stored question; its ratings start at N until analysts rate."""
    r = _call(api.ach_add_hypothesis, question, hypothesis, name or hypothesis,
              analyst=analyst, description=description, db=_db(db))  # fmt: skip
    if fmt is Format.table:
        out.print(f"question {r['question']}: added hypothesis {escape(r['id'])}")
    else:
        _emit(r, fmt)


@ach_app.command("history")
def ach_history(
    question: Annotated[str, typer.Argument(help="Question id.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """A stored question: its added hypotheses and every rating, oldest first."""
    h = _call(api.ach_history, question, db=_db(db))
    if fmt is not Format.table:
        _emit(h if fmt is Format.json else h["ratings"], fmt)
        return
    a, b = h["pair"]
    out.print(f"question {h['id']}: {escape(a['name'])} / {escape(b['name'])} as of "
              f"{escape(h['as_of'])}, created by {escape(h['created_by'])}")  # fmt: skip
    for hyp in h["hypotheses"]:
        out.print(f"  + hypothesis {escape(hyp['id'])} ({escape(hyp['name'])}) by "
                  f"{escape(hyp['added_by'])} at {hyp['at']}")  # fmt: skip
    table = Table("at", "analyst", "item", "hypothesis", "rating", "note")
    for r in h["ratings"]:
        table.add_row(_cell(r["at"][:19]), _cell(r["analyst"]), _cell(r["item"], 50),
                      _cell(r["hypothesis"]), r["rating"], _cell(r["note"], 50))  # fmt: skip
    out.print(table)


@ach_app.command("questions")
def ach_questions(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """The stored ACH questions."""
    qs = _call(api.ach_questions, db=_db(db))
    if fmt is not Format.table:
        _emit(qs, fmt)
        return
    table = Table("id", "pair", "as of", "created by")
    for q in qs:
        table.add_row(str(q["id"]), _cell(f"{q['pair'][0]['name']} / {q['pair'][1]['name']}"),
                      _cell(q["as_of"]), _cell(q["created_by"]))  # fmt: skip
    out.print(table)


@app.command("wedges")
def wedges(
    path: ClaimsPath = None,
    target: Annotated[str, typer.Option("--target", help="The group to split off from.")] = "",
    within: Annotated[str, typer.Option("--within", help="The group whose factions rank.")] = "",
    as_of: AsOf = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Rank the factions of a group (--within) by how separable they are from a target
    group: the weakest, most strained or most recently deteriorating ties first, with the
    evidence behind each and the ranking's confidence. JSON prints the contract's list;
    the table adds the network's structural balance and brokers."""
    failed, on_error = _errors()
    r = _call(api.wedge_ranking, path, target=target, within=within, as_of=as_of,
              db=_db(db) if path is None else None, on_error=on_error)  # fmt: skip
    if fmt is Format.table:
        out.print(f"[bold]Factions of {escape(r['within']['name'])} by separability from "
                  f"{escape(r['target']['name'])}[/bold] (as of {escape(str(r['as_of']))}; "
                  f"confidence {r['confidence']}: {escape(r['confidence_reason'])})")  # fmt: skip
        table = Table("rank", "faction", "score", "coop", "hostile", "trend", "conf", "evidence")
        for row in r["ranking"]:
            ev = "; ".join(f"{e['doc_id']} {e['event_type']} \"{e['quote']}\""
                           for e in row["evidence"][:3])  # fmt: skip
            table.add_row(str(row["rank"]), _cell(row["actor"]["name"]), f"{row['score']:.2f}",
                          str(row["cooperative"]), str(row["hostile"]), f"{row['trend']:+.2f}",
                          row["confidence"], _cell(ev, 80))  # fmt: skip
        out.print(table)
        if r["no_evidence"]:
            names = ", ".join(x["name"] for x in r["no_evidence"])
            out.print(f"no evidence on: {_cell(names, 300)}")
        elif not r["ranking"]:  # an empty table said nothing of why (walk56)
            out.print(f"no factions of {escape(r['within']['name'])}: the knowledge base holds "
                      "no unit, wing or front of it and the evidence names no sub-group of it "
                      "(an alliance's member groups are not its factions)")  # fmt: skip
        bal = r["network"]["balance"]
        out.print(f"network: {bal['triads']} signed triads, {bal['unbalanced']} unbalanced "
                  f"({bal['unbalanced_all_hostile']} of them all-hostile); "
                  "brokers: " + _cell(", ".join(f"{b['name']} ({b['betweenness']:.2f})"
                                               for b in r["network"]["brokers"][:5])))  # fmt: skip
    elif fmt in (Format.json, Format.jsonl, Format.csv):
        _emit(r["ranking"], fmt)
    if failed:
        raise typer.Exit(1)


@app.command("pressures")
def pressures(
    path: ClaimsPath = None,
    pair: Pair = None,
    as_of: AsOf = None,
    max_lag: Annotated[int, typer.Option("--max-lag", min=0, max=60, help="Months.")] = 12,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The pressure each side of a pair is under (third parties' strikes, arrests,
    offensives, sanctions against it), third parties' moves towards each side, numeric claims
    (strength, money, casualties) with their sources, and a lagged association of pressure
    with distancing between the two, with its caveats: an association, never a cause."""
    failed, on_error = _errors()
    r = _call(api.pressures, path, pair=pair or [], as_of=as_of, max_lag=max_lag,
              db=_db(db) if path is None else None, on_error=on_error)  # fmt: skip
    if fmt is not Format.table:
        _emit(r, fmt)
    else:
        a, b = r["pair"]
        out.print(f"[bold]Pressures: {escape(a['name'])} / {escape(b['name'])}[/bold]")
        for p in r["pressure"]:
            t = p["total"]
            chans = ", ".join(f"{k} {v}" for k, v in t["channels"].items()) or "none"
            out.print(f"  on {escape(p['side']['name'])}: {t['count']} hostile acts by third "
                      f"parties (weight {t['weight']:g}; {escape(chans)})")  # fmt: skip
        table = Table("third party", "side", "stance", "direction", "count", "evidence")
        for m in r["third_parties"][:15]:
            ev = "; ".join(f"{e['doc_id']} {e['event_type']} \"{e['quote']}\""
                           for e in m["evidence"][:2])  # fmt: skip
            table.add_row(_cell(m["actor"]["name"]), _cell(m["side"]["name"]), m["stance"],
                          m["direction"], str(m["count"]), _cell(ev, 70))  # fmt: skip
        out.print(table)
        if r["numbers"]:
            nums = Table("doc", "kind", "number", "grade", "about", "text")
            for n in r["numbers"][:20]:
                nums.add_row(_cell(n["doc_id"]), n["kind"], f"{n['value']:g}", _cell(n["grade"]),
                             _cell(", ".join(n["about"])), _cell(n["text"], 50))  # fmt: skip
            out.print(nums)
        best = r["association"]["best"]
        if best:
            out.print(f"pressure -> distancing: best lag {best['lag_months']} months, "
                      f"r = {best['r']:+.2f} ({best['strength']}) over {best['months']} "
                      "months")  # fmt: skip
        for c in r["association"]["caveats"]:
            out.print(f"  caveat: {escape(c)}")
    if failed:
        raise typer.Exit(1)


__all__ = ["ach_app"]
