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


def api_id_events(text: str, date: str = "2012-01-01") -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event :func:`api_events` prints, in order."""
    return [
        (e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"])
        for e in api_events(text, date)
    ]


def api_types_directed(
    text: str, date: str, a: str, b: str, modality: str = "asserted"
) -> list[str]:
    """The types of the :func:`api_events` of ``modality`` from the actor of id ``a`` to the
    actor of id ``b`` (that way round only)."""
    return [
        e["event_type"]
        for e in api_events(text, date)
        if (e["source"]["id"], e["target"]["id"]) == (a, b) and e["modality"] == modality
    ]


def api_types_between(
    text: str, date: str, a: str, b: str, modality: str = "asserted"
) -> list[str]:
    """The types of the :func:`api_events` of ``modality`` between the actors of ids ``a`` and
    ``b``, either way round."""
    return [
        e["event_type"]
        for e in api_events(text, date)
        if {e["source"]["id"], e["target"]["id"]} == {a, b} and e["modality"] == modality
    ]


def actor_ids(events: Iterable[dict[str, Any]]) -> set[str]:
    """Every source and target id of ``events`` (in the contract's shape).

    >>> sorted(actor_ids([{"source": {"id": "a"}, "target": {"id": "b"}}]))
    ['a', 'b']
    """
    return {e[side]["id"] for e in events for side in ("source", "target")}


def api_ids(text: str, date: str) -> set[str]:
    """Every source and target id :func:`api_events` codes for ``text``."""
    return actor_ids(api_events(text, date))


def resolved_id(mention: str, date: str, context: str | None = None) -> str | None:
    """The id of the actor ``mention`` resolves to on ``date`` (with the words ``context``
    around it), None when it resolves to none."""
    from riftwatch.actors import resolve_mention

    return (resolve_mention(mention, date, context).get("actor") or {}).get("id")


def named_between(events: Iterable[dict[str, Any]], a: str, b: str) -> list[dict[str, Any]]:
    """The ``events`` (contract shape) from the actor named exactly ``a`` to the one named
    exactly ``b``.

    >>> named_between([{"source": {"name": "X"}, "target": {"name": "Y"}}], "Y", "X")
    []
    """
    return [e for e in events if (e["source"]["name"], e["target"]["name"]) == (a, b)]


def type_modalities(events: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(type, modality) of each of ``events`` (contract shape), in order."""
    return [(e["event_type"], e["modality"]) for e in events]


def typed_between(
    found: Iterable[tuple[str, str, str, str]], source: str, target: str
) -> set[tuple[str, str]]:
    """(type, modality) of the events of ``found`` (:func:`named_events`) from a source whose
    name holds ``source`` to a target whose name holds ``target``.

    >>> typed_between({("Kenya", "AID", "Uganda", "asserted")}, "Uganda", "Kenya")
    set()
    """
    return {(g, m) for s, g, t, m in found if source in s and target in t}


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
