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
        out.print(f"  doc {h['document_id']} [{h['grade']}] {_highlight(h['snippet'])}")
    _demo_events(target)
    out.print(f"\nTry: riftwatch --db {escape(target)} docs list")
    out.print(f"     riftwatch --db {escape(target)} events list --actor 'Al Qaeda'")


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
