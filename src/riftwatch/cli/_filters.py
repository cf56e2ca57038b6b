"""The event filters' options, declared once for ``events list``, ``claims list`` and
``export``, and the :class:`~riftwatch.filters.EventFilters` they make."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from riftwatch.filters import EventFilters

ActorOption = Annotated[
    str | None,
    typer.Option(
        help="Source or target is this actor: an id (org:ttp), a name fragment "
        "(case-insensitive) or a name the knowledge base knows (TTP)."
    ),
]
PairOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="<str>",
        help="Two actors, given as --pair A --pair B (or --pair A,B): events between "
        "them in either direction.",
    ),
]
DirectedOption = Annotated[
    bool,
    typer.Option("--directed", help="With --pair: only events from the first actor to the second."),
]
TypeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--type",
        metavar="<str>",
        help="PLOVER event type, e.g. ASSAULT (repeat, or A,B, for any).",
    ),
]
ModeOption = Annotated[
    list[str] | None,
    typer.Option(metavar="<str>", help="Mode, e.g. sanctuary (repeat for any)."),
]
ModalityOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="<str>",
        help="asserted, negated, denied, hypothetical, future or uncertain (repeat for any).",
    ),
]
FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="Events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); a date overlaps "
        "when any part of it is in the range (2009 matches --from 2009-06).",
    ),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", help="Events dated on or before this (up to its last day)."),
]
DocumentOption = Annotated[
    str | None,
    typer.Option(help="Only this document: its numeric id or its external id."),
]
MinConfidenceOption = Annotated[
    float | None, typer.Option(help="Only events with at least this confidence (0-1).")
]
MinReliabilityOption = Annotated[
    str | None,
    typer.Option(help="Source reliability at least this: B means A or B."),
]
MaxCredibilityOption = Annotated[
    str | None,
    typer.Option(
        help="Information credibility at most this: 3 means 1, 2 or 3 (for claims, an "
        "analyst's credibility override counts)."
    ),
]
JudgedOption = Annotated[
    bool | None,
    typer.Option(
        "--judged/--unjudged",
        help="Only events an analyst gave a verdict (--judged), or none (--unjudged).",
        show_default=False,
    ),
]
VerdictOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="<str>",
        help="Only events whose current verdict is this: accept, reject or correct (repeat "
        "for any).",
    ),
]
AfterOption = Annotated[
    str | None,
    typer.Option(
        help="Keyset paging: the events after this cursor (the `next page: --after` the "
        "previous page printed); as fast deep in the list as at its start.",
        show_default=False,
    ),
]


def event_filters(*, document: str | None = None, **values: Any) -> EventFilters:
    """The :class:`EventFilters` of the options (``document`` is ``document_id``);
    a bad value raises its numbered error naming the option. An option given empty
    (``--actor ""``) is refused (RW007), as the web API refuses ``?actor=`` (RW600): it
    never silently means "no filter"."""
    from riftwatch import api

    for name, value in [("document", document), *values.items()]:
        given = [value] if isinstance(value, str) else value
        if isinstance(given, list | tuple) and any(
            isinstance(v, str) and not v.strip() for v in given
        ):
            option = "--" + name.replace("date_", "").replace("event_type", "type")
            option = option.replace("_", "-")
            raise api._bad_value(f"{name} ({option})", value, "an empty value: give one")
    return EventFilters.of(document_id=document, **values)


__all__ = [
    "ActorOption",
    "AfterOption",
    "DirectedOption",
    "DocumentOption",
    "FromOption",
    "JudgedOption",
    "MaxCredibilityOption",
    "MinConfidenceOption",
    "MinReliabilityOption",
    "ModalityOption",
    "ModeOption",
    "PairOption",
    "ToOption",
    "TypeOption",
    "VerdictOption",
    "event_filters",
]
