"""``riftwatch demo``: the bundled demo corpus end to end."""

from __future__ import annotations

from pathlib import Path

from rich.markup import escape

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    out,
)
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit
from riftwatch.cli._common import fail as _fail
from riftwatch.cli.ingest import _print_ingest_summary
from riftwatch.cli.search import _highlight
from riftwatch.errors import RiftwatchError


@app.command()
def demo(
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Ingest the bundled demo corpus into a fresh store and print a summary."""
    from importlib import resources

    from riftwatch import settings

    corpus = Path(str(resources.files("riftwatch.data").joinpath("demo")))
    target = _db(db) or str(settings.data_dir() / "demo.db")
    if "://" not in target:
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
    try:
        inputs = [corpus / "reports", corpus / "ucdp_ged_pakistan_headlines.jsonl"]
        summary = api.ingest(inputs, db=target)
        data = api.status(target)
    except RiftwatchError as exc:
        _fail(exc)
        return
    if fmt is not Format.table:
        _emit({"ingest": summary.to_dict(), "status": data}, fmt)
        return
    out.print(f"[bold]riftwatch demo[/bold]: corpus {escape(str(corpus))}")
    _print_ingest_summary(summary.to_dict())
    out.print(
        f"store {escape(data['store'])}: {data['documents']} documents in "
        f"{data['origin_groups']} origin groups, {data['sentences']} sentences"
    )
    out.print(
        "by source type: " + ", ".join(f"{k} {v}" for k, v in sorted(data["source_types"].items()))
    )
    out.print("by language: " + ", ".join(f"{k} {v}" for k, v in sorted(data["languages"].items())))
    query = "shelter* OR sanctuar*"
    hits = api.search(target, query, limit=5)
    out.print(f"\n[bold]search[/bold] '{query}': first {len(hits)} hits")
    for h in hits:
        snippet = _highlight(h["snippet_text"], h["snippet_hits"])
        out.print(f"  doc {h['document_id']} [{h['grade']}] {snippet}")
    _demo_events(target)
    _demo_relationships(target)
    out.print(f"\nTry: riftwatch --db {escape(target)} docs list")
    out.print(f"     riftwatch --db {escape(target)} events list --actor 'Al Qaeda'")
    out.print(f"     riftwatch --db {escape(target)} dyad 'Haqqani network' 'Al Qaeda'")
    out.print(
        f"Open the workbench: riftwatch --db {escape(target)} serve   then http://127.0.0.1:8765/"
    )
    out.print(f"Briefing: riftwatch --db {escape(target)} report -o briefing.html")


def _demo_events(target: str) -> None:
    """Code the demo's English documents into the store and show what was found."""
    from collections import Counter

    result = api.extract_stored(target)
    events = api.list_events(target, limit=100_000)
    asserted = [e for e in events if e["modality"] == "asserted"]
    kinds = Counter(e["modality"] for e in events)
    out.print(
        f"\n[bold]events[/bold]: {result['events']} coded from {result['documents']} documents "
        f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())})"
    )
    pairs = Counter((e["source"]["name"], e["target"]["name"], e["event_type"]) for e in asserted)
    for (source, target_name, etype), n in pairs.most_common(8):
        out.print(f"  {n:>3} x {escape(source)} -{etype}-> {escape(target_name)}")


def _demo_relationships(target: str) -> None:
    """The relationship picture: rifts, the pairs closest to one, ACH and the wedge ranking."""
    claims = api.load_claims(target)
    found = api.rifts(claims, evidence_limit=3)
    out.print(f"\n[bold]rifts[/bold] (model threshold 0.5): {len(found)} found")
    # With no rift, the allied pairs (evidence on both sides) closest to a break.
    shown = (
        found
        or [
            r
            for r in api.rifts(claims, min_probability=0.0, evidence_limit=3)
            if r["evidence"] and r["counter_evidence"]
        ][:3]
    )
    if not found:
        out.print("  no pair reaches it; the allied pairs closest to a break:")
    for r in shown:
        a, b = r["actors"]
        out.print(
            f"  {escape(a['name'])} / {escape(b['name'])}: {r['direction']}, "
            f"p={r['probability']:.2f}, onset {r['onset'] or '-'}, {r['kind']}"
        )
        for sign, items in (("+", r["evidence"]), ("-", r["counter_evidence"])):
            for e in items[:2]:
                who = (e.get("attributed_to") or {}).get("name")
                said = f" ({who})" if who else ""
                quote = escape(e.get("quote") or "")
                out.print(
                    f"    {sign} {e['month']} doc {escape(str(e['doc_id']))} {e['grade']} "
                    f"{e['event_type']} {e['modality']}{escape(said)}: {quote}"
                )
    try:
        matrix = api.ach_matrix(pair=["Taliban", "Al Qaeda"], db=target, analyst="demo")
        wedges = api.wedge_ranking(target="Al Qaeda", within="Taliban", db=target)
    except RiftwatchError as exc:
        out.print(f"\n[red]{escape(str(exc))}[/red]")
        return
    out.print("\n[bold]competing hypotheses[/bold] (Taliban / Al Qaeda)")
    for h in matrix["hypotheses"]:
        out.print(
            f"  {h['rank']}. {escape(h['id'])}: weighted inconsistency {h['inconsistency']:.2f}"
        )
    out.print("  " + escape(matrix["conclusion"]))
    out.print("\n[bold]wedges[/bold]: factions of the Taliban by how separable from Al Qaeda")
    for r in wedges["ranking"]:
        out.print(
            f"  {r['rank']}. {escape(r['actor']['name'])} {r['score']:.2f} "
            f"({r['hostile']} hostile / {r['cooperative']} cooperative)"
        )
