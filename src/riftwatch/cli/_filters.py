"""The event filters' options, declared once for ``events list``, ``claims list`` and
``export``, and the :class:`~riftwatch.filters.EventFilters` they make."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

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


FILTER_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("actor", ActorOption, None),
    ("pair", PairOption, None),
    ("directed", DirectedOption, False),
    ("event_type", TypeOption, None),
    ("mode", ModeOption, None),
    ("modality", ModalityOption, None),
    ("date_from", FromOption, None),
    ("date_to", ToOption, None),
    ("document", DocumentOption, None),
    ("min_confidence", MinConfidenceOption, None),
    ("min_reliability", MinReliabilityOption, None),
    ("max_credibility", MaxCredibilityOption, None),
    ("judged", JudgedOption, None),
    ("verdict", VerdictOption, None),
)
"""The shared filter options in the order ``--help`` lists them: (parameter, annotated
type, default)."""

F = TypeVar("F", bound=Callable[..., Any])


def filter_options(command: F) -> F:
    """Give a command the filter options in place of its ``filters`` parameter.

    Typer reads the returned function's signature: ``command``'s parameters with
    ``filters`` replaced by the options of :data:`FILTER_OPTIONS`, in that order (so
    ``--help`` lists them where ``filters`` stands). The command is called with
    ``filters``, a dict of the options' values by parameter name (what
    :func:`event_filters` takes), and its other parameters as given.

    >>> @filter_options
    ... def shown(db: str | None = None, filters: dict[str, Any] | None = None) -> Any:
    ...     return db, filters["actor"], filters["directed"]
    >>> list(inspect.signature(shown).parameters)[:4]
    ['db', 'actor', 'pair', 'directed']
    >>> shown(db="x.db", actor="TTP", **{n: d for n, _, d in FILTER_OPTIONS[1:]})
    ('x.db', 'TTP', False)
    """
    signature = inspect.signature(command, eval_str=True)
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name != "filters":
            params.append(param)
            continue
        params.extend(
            inspect.Parameter(name, param.kind, default=default, annotation=annotation)
            for name, annotation, default in FILTER_OPTIONS
        )

    @functools.wraps(command)
    def with_filters(**values: Any) -> Any:
        filters = {name: values.pop(name) for name, _, _ in FILTER_OPTIONS}
        return command(filters=filters, **values)

    with_filters.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return with_filters  # type: ignore[return-value]


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
    "FILTER_OPTIONS",
    "event_filters",
    "filter_options",
]
