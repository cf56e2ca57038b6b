"""Helpers shared by the extraction tests: the events of a short invented text as tuples."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from riftwatch import api
from riftwatch.nlp.extract import extract_document


def named_events(text: str, date: str = "2012-01-01") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``, by organisation name
    (dated 2012-01-01 unless ``date`` is given)."""
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }  # fmt: skip


def id_events(text: str, date: str) -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event, in order, by organisation id."""
    return [
        (c.event.source.org_id or c.event.source.id, c.event.event_type,
         c.event.target.org_id or c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    ]  # fmt: skip


def coded_dicts(text: str, date: str = "2012-01-01", doc_id: str = "t") -> list[dict[str, Any]]:
    """Every event of ``text`` (one document ``doc_id`` dated ``date``) in the contract's
    shape, as ``Coded.to_dict`` gives it (with the coder's ``why``)."""
    return [c.to_dict() for c in extract_document({"id": doc_id, "text": text, "date": date})]


def api_events(text: str, date: str = "2012-01-01") -> list[dict[str, Any]]:
    """Every event of ``text`` (one document dated ``date``) as ``riftwatch.api.extract``
    prints it: the whole corpus pipeline, without ``why``."""
    return list(api.extract([{"id": "t", "date": date, "text": text}]))


def api_between(text: str, a: str, b: str, date: str = "2012-01-01") -> list[dict[str, Any]]:
    """:func:`api_events` between the actors of ids ``a`` and ``b``, either way round."""
    return [e for e in api_events(text, date) if {e["source"]["id"], e["target"]["id"]} == {a, b}]


def api_asserted_between(
    text: str, a: str, b: str, date: str = "2012-01-01"
) -> list[dict[str, Any]]:
    """The asserted events of :func:`api_between`."""
    return [e for e in api_between(text, a, b, date) if e["modality"] == "asserted"]


def api_named(text: str, date: str = "2012-01-01") -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event ``riftwatch.api.extract``
    prints for ``text`` (the names the contract prints, not the organisations')."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in api_events(text, date)
    }


def dated(helper: Callable[..., Any], default: str) -> Callable[..., Any]:
    """``helper(text, date, ...)`` with the document date ``default`` unless one is given
    (by position or by name): a test file's own date for a shared helper.

    >>> dated(lambda text, date: (text, date), "2014-05-01")("x")
    ('x', '2014-05-01')
    >>> dated(lambda text, date: (text, date), "2014-05-01")("x", "2001")
    ('x', '2001')
    """

    def bound(text: str, date: str = default, **kwargs: Any) -> Any:
        return helper(text, date, **kwargs)

    bound.__doc__ = helper.__doc__
    return bound


def asserted_triples(found: Iterable[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    """(source, type, target) of the asserted events of ``found`` (4-tuples ending in the
    modality, as :func:`named_events` and :func:`id_events` give them)."""
    return {(s, g, t) for s, g, t, m in found if m == "asserted"}


def types_between(
    found: set[tuple[str, str, str]], source: str | tuple[str, ...], target: str | tuple[str, ...]
) -> set[str]:
    """The event types of ``found`` (source id, type, target id) from a source id starting
    ``source`` to a target id starting ``target`` (the headline tests' check)."""
    return {g for s, g, t in found if s.startswith(source) and t.startswith(target)}


def asserted_ids(text: str, date: str) -> set[tuple[str, str, str]]:
    """(source id, type, target id) of the events ``text`` asserts (:func:`id_events`)."""
    return asserted_triples(id_events(text, date))


def has_triple(found: Iterable[tuple[str, str, str]], source: str, etype: str, target: str) -> bool:
    """True when ``found`` (:func:`asserted_triples`) holds an ``etype`` triple from ``source`` to
    ``target`` (names matched as substrings)."""
    return any(source in s and g == etype and target in t for s, g, t in found)


def has(found: set[tuple[str, str, str, str]], source: str, etype: str, target: str,
        modality: str | None = "asserted") -> bool:  # fmt: skip
    """True when ``found`` holds a ``etype`` event from ``source`` to ``target`` (names matched
    as substrings) with ``modality`` (any modality when None)."""
    return any(
        source in s and g == etype and target in t and (modality is None or m == modality)
        for s, g, t, m in found
    )


def asserted(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    """The asserted events of ``found``."""
    return {e for e in found if e[3] == "asserted"}


def asserted_between(found: set[tuple[str, str, str, str]], a: str, b: str) -> set:
    """Asserted events from an actor whose name holds ``a`` to one whose name holds ``b``."""
    return {e for e in found if e[3] == "asserted" and a in e[0] and b in e[2]}


Wanted = (
    tuple[str, str | tuple[str, ...] | None, str]
    | tuple[str, str | tuple[str, ...] | None, str, str | None]
)
"""(source, type, target[, modality]) an assertion looks for: names held as substrings ("" is
any actor), the type one PLOVER type, a tuple of types or None for any, the modality
"asserted" unless given (None: any modality)."""

ANYTHING: Wanted = ("", None, "")
"""Any asserted event: ``gives_not=[ANYTHING]`` says the text asserts nothing."""


def _matches(event: tuple[str, str, str, str], wanted: Wanted) -> bool:
    source, etype, target = wanted[:3]
    modality = wanted[3] if len(wanted) > 3 else "asserted"
    s, g, t, m = event
    return (
        source in s
        and target in t
        and (etype is None or (g == etype if isinstance(etype, str) else g in etype))
        and (modality is None or m == modality)
    )


def assert_events(
    found: set[tuple[str, str, str, str]],
    gives: Iterable[Wanted] = (),
    gives_not: Iterable[Wanted] = (),
) -> None:
    """Assert that ``found`` (:func:`named_events`) holds an event matching each of ``gives``
    and none matching any of ``gives_not`` (each a :data:`Wanted`); the message names the
    first one that fails and lists every event found.

    >>> found = {("Kenya", "CONSULT", "Uganda", "asserted"), ("Kenya", "AID", "Uganda", "future")}
    >>> assert_events(found, gives=[("Kenya", "CONSULT", "Uganda")],
    ...               gives_not=[("Kenya", "AID", "Uganda"), ("", ("REJECT", "ACCUSE"), "")])
    >>> assert_events(found, gives_not=[ANYTHING])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    AssertionError: ...
    """
    shown = "\n  ".join(map(str, sorted(found)))
    for wanted in gives:
        assert any(_matches(e, wanted) for e in found), f"missing {wanted}; found:\n  {shown}"
    for wanted in gives_not:
        hit = sorted(e for e in found if _matches(e, wanted))
        assert not hit, f"unwanted {wanted}: {hit}; found:\n  {shown}"
