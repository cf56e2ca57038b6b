"""Who is whose faction, and which names are one organisation over time (stage ``hierarchy-4``).

The timeline takes these answers from an injected object with two methods,
``parents(actor_id, date)`` and ``lineage(actor_id)`` (the :class:`Hierarchy`
protocol), so that a caller can hand in its own. :class:`KBHierarchy` is the default,
over the actor knowledge base. It reads only structural relations: ``part_of`` and
``front_of`` (a faction counts for its parent), a government's ``governs`` (a state's
organs count for the country: hierarchy-2; a national government recorded only as its
country's government body governs it at every date: hierarchy-3; a country and its national
bodies are one lineage, keyed by the country: hierarchy-4), ``renamed_as``,
``successor_of`` and a ``merged_into`` that founded a new group (one lineage), and a
``merged_into`` an existing group (absorbed: the group becomes a faction of the absorber
from that date).
The KB's ally/rival/split/affiliated relations are never read: a rift is evidence from
coded claims, not an answer looked up in the KB.

A ``successor_of`` joins a lineage only when the old group stopped as the new one
began (within a year); an offshoot founded while its parent carried on (the Nusra Front,
"founded as an ISI offshoot") is another organisation.

>>> h = KBHierarchy()
>>> h.lineage("org:nusra-front") == h.lineage("org:hts")
True
>>> h.lineage("org:nusra-front") == h.lineage("org:islamic-state")
False
>>> h.parents("org:quetta-shura", "2010-05")
['org:afghan-taliban']
>>> h.lineage("open:some-new-group")
('open:some-new-group',)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

VERSION = "hierarchy-4"
_IDENTITY_GAP_DAYS = 366
_FOUNDING_GAP_DAYS = 92


class Hierarchy(Protocol):
    """What the timeline needs to know about actors."""

    def parents(self, actor_id: str, date: str | None) -> list[str]:
        """Ids of the groups ``actor_id`` was a faction of at ``date`` (nearest first)."""
        ...

    def lineage(self, actor_id: str) -> tuple[str, ...]:
        """The ids that are one organisation with ``actor_id`` over time, oldest first."""
        ...


class FlatHierarchy:
    """No hierarchy and no lineages: every actor stands alone."""

    def parents(self, actor_id: str, date: str | None) -> list[str]:
        return []

    def lineage(self, actor_id: str) -> tuple[str, ...]:
        return (actor_id,)

    def name(self, actor_id: str, date: str | None = None) -> str | None:
        return None


class KBHierarchy:
    """The default :class:`Hierarchy`, over the actor knowledge base."""

    def __init__(self, kb: Any = None) -> None:
        if kb is None:
            from riftwatch.actors.kb import default_kb

            kb = default_kb()
        self.kb = kb
        self._lineages = self._build_lineages()
        self._absorbed: dict[str, list[tuple[int, str]]] = {}
        for ent in kb:
            for rel in ent.relations:
                if (
                    rel.type == "merged_into"
                    and not self._same(ent.id, rel.target)
                    and rel.start_day is not None
                    and kb.find(rel.target) is not None
                ):
                    self._absorbed.setdefault(ent.id, []).append((rel.start_day, rel.target))
        self._parents_cache: dict[tuple[str, str | None], list[str]] = {}

    # lineages ---------------------------------------------------------------------------
    def _build_lineages(self) -> dict[str, tuple[str, ...]]:
        kb = self.kb
        self._founding_core: dict[str, str] = {}
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb

        def stop_day(ent: Any) -> int | None:
            days = [ent.end_day] if ent.end_day else []
            days += [
                r.start_day
                for r in ent.relations
                if r.type in ("renamed_as", "merged_into") and r.start_day
            ]
            return min(days) if days else None

        founding: dict[str, list[tuple[int, str]]] = {}
        for ent in kb:
            if ent.type in ("person", "place", "country"):
                continue
            for rel in ent.relations:
                other = kb.find(rel.target)
                if other is None or other.id == ent.id:
                    continue
                parent.setdefault(ent.id, ent.id)
                parent.setdefault(other.id, other.id)
                if rel.type == "renamed_as":
                    union(ent.id, other.id)
                elif rel.type == "merged_into":
                    start = rel.start_day
                    if (
                        start is not None
                        and other.start_day is not None
                        and abs(other.start_day - start) <= _FOUNDING_GAP_DAYS
                    ):
                        gap = abs(other.start_day - start)
                        founding.setdefault(other.id, []).append((gap, ent.id))
                elif rel.type == "successor_of":
                    began = rel.start_day or ent.start_day
                    stopped = stop_day(other)
                    if (
                        began is not None
                        and stopped is not None
                        and abs(stopped - began) <= _IDENTITY_GAP_DAYS
                    ):
                        union(ent.id, other.id)
        # a merger that founded a group continues the lineage of its core only (the
        # group that merged on the founding day, or nearest it); the others were absorbed
        for target, cands in founding.items():
            cands.sort()
            union(cands[0][1], target)
            self._founding_core[target] = cands[0][1]
        # a state and its national bodies are one side (hierarchy-4): "the Malian army"
        # (the country) and "the Government of Mali" (its government body) name one actor
        for ent in kb:
            if ent.type != "country" or not ent.bodies:
                continue
            for body in ent.bodies.values():
                other = kb.find(body)
                if other is not None and other.id != ent.id:
                    parent.setdefault(ent.id, ent.id)
                    parent.setdefault(other.id, other.id)
                    union(other.id, ent.id)
        groups: dict[str, list[Any]] = {}
        for ident in list(parent):
            groups.setdefault(find(ident), []).append(kb.find(ident))
        out: dict[str, tuple[str, ...]] = {}
        for members in groups.values():
            members = [m for m in members if m is not None]
            # the country last: a state's lineage key is the country, whatever its bodies
            members.sort(key=lambda e: (e.type == "country", e.start_day or 0, e.id))
            ids = tuple(m.id for m in members)
            for m in members:
                out[m.id] = ids
        return out

    def _same(self, a: str, b: str) -> bool:
        return self.lineage(a) == self.lineage(b)

    def lineage(self, actor_id: str) -> tuple[str, ...]:
        ident = self.kb.canonical_id(actor_id) if actor_id in self.kb else actor_id
        return self._lineages.get(ident, (ident,))

    # hierarchy --------------------------------------------------------------------------
    def parents(self, actor_id: str, date: str | None) -> list[str]:
        key = (actor_id, date[:7] if date else None)
        hit = self._parents_cache.get(key)
        if hit is not None:
            return hit
        out: list[str] = []
        ent = self.kb.find(actor_id)
        if ent is not None and ent.type not in ("person", "place", "country"):
            from riftwatch.actors.normalize import to_day

            day = to_day(date) if date else None
            seen = set(self.lineage(ent.id))
            frontier = [ent.id]
            while frontier:
                nxt = []
                for ident in frontier:
                    ups = [p.id for p in self.kb.parents(ident, day)]
                    ups += self._governed(ident, day)
                    ups += [
                        target
                        for start, target in self._absorbed.get(ident, [])
                        if day is not None and start <= day
                    ]
                    for up in ups:
                        if up not in seen:
                            seen.update(self.lineage(up))
                            out.append(up)
                            nxt.append(up)
                frontier = nxt
        self._parents_cache[key] = out
        return out

    def _governed(self, ident: str, day: int | None) -> list[str]:
        """The country a government governs on ``day`` (``governs``): a state's organs
        count for the state, as a faction counts for its group ("Pakistan" held the talks,
        "the Pakistani government" ended the truce: one side of one relationship).

        A national government the knowledge base records only as its country's government
        body (a country dictionary's "Government of Sri Lanka", with no dated ``governs``)
        governs that country at every date (hierarchy-3). Since hierarchy-4 a country's
        national bodies (its ``bodies``: government, military, intelligence, police) are one
        lineage with it, so this roll-up serves only a government that governs a country
        without being its national body.

        >>> h = KBHierarchy()
        >>> h.lineage("org:pak-isi")[-1], h.parents("org:pak-isi", "2010-05")
        ('country:pakistan', [])
        >>> h.lineage("org:sri-lanka-government")[-1]
        'country:sri-lanka'
        """
        ent = self.kb.find(ident)
        if ent is None or ent.type != "government":
            return []
        if not any(r.type == "governs" for r in ent.relations):
            return [home] if (home := self._national_of(ent)) else []
        return [target.id for target in self.kb.relations_of(ent.id, ("governs",), day)]

    def _national_of(self, ent: Any) -> str | None:
        """The country whose government body ``ent`` is (the country's ``bodies``), or None
        (a provincial or rebel government is no country's body)."""
        country = self.kb.country(ent.country) if ent.country else None
        if country is None or (country.bodies or {}).get("government") != ent.id:
            return None
        return country.id

    def may_have_parents(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a faction of anything at any date (a fast pre-check)."""
        ent = self.kb.find(actor_id)
        if ent is None:
            return False
        from riftwatch.actors.kb import ROLLUP

        return (
            actor_id in self._absorbed
            or any(
                r.type in ROLLUP or (r.type == "governs" and ent.type == "government")
                for r in ent.relations
            )
            or (ent.type == "government" and self._national_of(ent) is not None)
        )

    def name(self, actor_id: str, date: str | None = None) -> str | None:
        """The KB's name of ``actor_id`` (None outside the KB)."""
        ent = self.kb.find(actor_id)
        return None if ent is None else ent.name


@lru_cache(maxsize=1)
def default_hierarchy() -> KBHierarchy:
    """The :class:`KBHierarchy` of the bundled knowledge base (built once per process)."""
    return KBHierarchy()


__all__ = ["VERSION", "FlatHierarchy", "Hierarchy", "KBHierarchy", "default_hierarchy"]
