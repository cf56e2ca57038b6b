"""One set of event filters for every listing of stored events and claims.

:class:`EventFilters` is what ``api.list_events``, ``api.count_events``,
``api.load_claims`` (``claims_store.load_claims``), the exports, the web API's
``/api/events`` and the CLI's ``events list`` and ``claims list`` take: the values are
validated when the object is made (a bad value is :class:`~riftwatch.errors.ConfigError`
RW007, RW002 or RW003, or :class:`~riftwatch.errors.JudgementError` RW521, naming the
field and its option) and kept in a normal form.

>>> f = EventFilters(event_type="assault,aid", pair="TTP, Al Qaeda", min_reliability="b")
>>> f.event_type, f.pair, f.min_reliability
(('ASSAULT', 'AID'), ('TTP', 'Al Qaeda'), 'B')
>>> f.given()
{'pair': ['TTP', 'Al Qaeda'], 'event_type': ['ASSAULT', 'AID'], 'min_reliability': 'B'}
>>> try:
...     EventFilters(modality="perhaps")
... except Exception as exc:
...     print(exc.field, "|", str(exc)[:60])
modality (--modality) | RW007 invalid value 'perhaps' for modality (--modality): use
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

EMPTY: tuple[Any, ...] = (None, "", [], ())
"""Values that mean "no filter"."""

FILTER_NAMES = ("actor", "pair", "directed", "event_type", "mode", "modality", "date_from",
                "date_to", "document_id", "min_confidence", "min_reliability",
                "max_credibility", "judged", "verdict")  # fmt: skip
"""The filters, in the order of :class:`EventFilters`' fields."""

CORRECTABLE = ("actor", "pair", "directed", "event_type", "mode", "modality", "date_from",
               "date_to")  # fmt: skip
"""Filters on what an analyst's correction can change (claims are re-checked after it)."""


def _parts(value: str | Sequence[str]) -> list[str]:
    """``"A,B"`` or ``["A", "B,C"]`` as stripped, non-empty parts."""
    items = [value] if isinstance(value, str) else value
    return [p.strip() for item in items for p in str(item).split(",") if p.strip()]


@dataclass(frozen=True)
class EventFilters:
    """Filters of stored events (all optional, combined with AND); see
    :func:`riftwatch.api.list_events` for what each means.

    Made from the values a user gave (strings, lists, ``"A,B"``), it keeps them validated
    and in a normal form: ``pair`` two names, ``event_type``/``modality``/``verdict``
    tuples of known values, ``mode`` lower-case, ``min_confidence`` a number,
    ``min_reliability`` a grade letter, ``max_credibility`` a number; empty values
    (``None``, ``""``, ``[]``) are None.
    """

    actor: str | None = None
    pair: tuple[str, str] | None = None
    directed: bool = False
    event_type: tuple[str, ...] | None = None
    mode: tuple[str, ...] | None = None
    modality: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    document_id: str | None = None
    min_confidence: float | None = None
    min_reliability: str | None = None
    max_credibility: int | None = None
    judged: bool | None = None
    verdict: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        from riftwatch import api
        from riftwatch.claims_store import _verdicts
        from riftwatch.model import parse_credibility, parse_reliability
        from riftwatch.nlp.lexicon import PLOVER_TYPES

        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        for name in FILTER_NAMES:
            if getattr(self, name) in EMPTY and name != "directed":
                put(name, None)
        put("directed", bool(self.directed))
        if self.verdict is not None:
            put("verdict", tuple(_verdicts(self.verdict)))
        if self.actor is not None:
            if not str(self.actor).strip():
                raise api._bad_value("actor (--actor)", self.actor, "give an actor id or name")
            put("actor", str(self.actor))
        if self.pair is not None:
            names = _parts(self.pair)
            if len(names) != 2:
                raise api._bad_value(
                    "pair (--pair)", self.pair, "give exactly two actors (--pair A --pair B)"
                )
            put("pair", (names[0], names[1]))
        if self.event_type is not None:
            chosen = api._choices(self.event_type, PLOVER_TYPES, "event type (--type)")
            put("event_type", tuple(chosen))
        if self.mode is not None:
            put("mode", tuple(m.lower() for m in _parts(self.mode)) or None)
        if self.modality is not None:
            chosen = api._choices(self.modality, api.MODALITIES, "modality (--modality)")
            put("modality", tuple(chosen))
        if self.date_from is not None:
            api._date_bound(str(self.date_from), "date from (--from)", end=False)
            put("date_from", str(self.date_from).strip())
        if self.date_to is not None:
            api._date_bound(str(self.date_to), "date to (--to)", end=True)
            put("date_to", str(self.date_to).strip())
        if self.document_id is not None:
            put("document_id", str(self.document_id).strip())
        if self.min_confidence is not None:
            try:
                floor = float(self.min_confidence)
            except (TypeError, ValueError):
                floor = -1.0
            if not 0.0 <= floor <= 1.0:
                raise api._bad_value("minimum confidence (--min-confidence)",
                                     self.min_confidence, "use a number from 0 to 1")  # fmt: skip
            put("min_confidence", floor)
        if self.min_reliability is not None:
            put("min_reliability", parse_reliability(self.min_reliability))
        if self.max_credibility is not None:
            put("max_credibility", parse_credibility(self.max_credibility))
        if self.judged is not None:
            put("judged", bool(self.judged))

    @classmethod
    def of(cls, filters: EventFilters | Mapping[str, Any] | None = None, /,
           **given: Any) -> EventFilters:  # fmt: skip
        """Filters from an :class:`EventFilters` or a mapping, with ``given`` on top.

        >>> EventFilters.of({"actor": "TTP"}, event_type="AID").given()
        {'actor': 'TTP', 'event_type': ['AID']}
        >>> EventFilters.of(colour="red")
        Traceback (most recent call last):
        ...
        TypeError: not an event filter: colour
        """
        unknown = sorted(set(given) - set(FILTER_NAMES))
        if isinstance(filters, Mapping):
            unknown += sorted(set(filters) - set(FILTER_NAMES))
            given = {**filters, **given}
            filters = None
        if unknown:
            raise TypeError("not an event filter: " + ", ".join(unknown))
        if filters is None:
            return cls(**given)
        return dataclasses.replace(filters, **given) if given else filters

    def given(self) -> dict[str, Any]:
        """The filters that are set, JSON-ready (tuples as lists)."""
        out: dict[str, Any] = {}
        for name in FILTER_NAMES:
            value = getattr(self, name)
            if value is None or (name == "directed" and not value):
                continue
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def only(self, names: Sequence[str]) -> EventFilters:
        """These filters with only ``names`` kept (the rest unset)."""
        return dataclasses.replace(
            self,
            **{
                n: (False if n == "directed" else None) for n in FILTER_NAMES if n not in names
            },  # fmt: skip
        )

    def __bool__(self) -> bool:
        return bool(self.given())


__all__ = ["CORRECTABLE", "FILTER_NAMES", "EventFilters"]
