"""The two sides of a question: an actor with its renamed successors and its factions.

A party is the set of actor ids that count as one side: the actor, the names it
took or merged into (``renamed_as`` / ``merged_into``; backwards, its former names and
the founding group that merged into it: Nusra Front -> Jabhat Fateh al-Sham -> Hay'at
Tahrir al-Sham), and its sub-units (``part_of`` / ``front_of`` children). Only these
structural relations of the actor knowledge base are used; its ally, rival and split
relations are never evidence.

>>> from riftwatch.actors import default_kb
>>> a, b = pair_parties("Nusra Front", "org:al-qaeda", kb=default_kb())
>>> sorted(a.lineage)
['org:hts', 'org:jabhat-fateh-al-sham', 'org:nusra-front']
>>> "org:nusra-front" in b.members  # a child of Al Qaeda, but on the other side here
False
>>> b.role("org:aqap")
'faction'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FOLLOW = ("renamed_as", "merged_into")
ROLLUP = ("part_of", "front_of")


@dataclass
class Party:
    """One side of a question: an anchor actor, its lineage and its factions."""

    id: str
    name: str
    lineage: set[str] = field(default_factory=set)
    factions: dict[str, str] = field(default_factory=dict)  # id -> name
    names: set[str] = field(default_factory=set)  # folded names of the anchor and lineage

    @property
    def members(self) -> set[str]:
        """Every id that counts for this side."""
        return self.lineage | set(self.factions)

    def role(self, actor_id: str, actor_name: str = "") -> str | None:
        """``self`` (the actor or a renamed form), ``faction``, or None (not this side)."""
        if actor_id in self.lineage or (actor_name and actor_name.casefold() in self.names):
            return "self"
        if actor_id in self.factions:
            return "faction"
        return None

    def ref(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name}


def _lineage(kb: Any, ident: str) -> set[str]:
    out = {ident}
    todo = [ident]
    while todo:
        cur = todo.pop()
        ent = kb.find(cur)
        if ent is None:
            continue
        nxt = [r.target for r in ent.relations if r.type in FOLLOW]
        incoming = kb.incoming.get(ent.id, [])
        nxt += [r.subject for r in incoming if r.type == "renamed_as"]
        # of the groups that merged into it, only the founding one(s) (earliest merger)
        merged = [r for r in incoming if r.type == "merged_into"]
        if merged:
            first = min(r.start or "9999" for r in merged)
            nxt += [r.subject for r in merged if (r.start or "9999") == first]
        for other in nxt:
            other = kb.canonical_id(other)
            if other not in out and len(out) < 20:
                out.add(other)
                todo.append(other)
    return out


def resolve_actor(text: str, *, kb: Any = None, date: str | None = None) -> dict[str, str]:
    """An actor id or name as ``{"id", "name"}``: a KB id, a KB name/alias, or as given."""
    text = text.strip()
    if kb is not None:
        ent = kb.find(text)
        if ent is not None:
            return {"id": ent.id, "name": ent.name}
        from riftwatch.actors import default_resolver

        try:
            res = default_resolver().resolve(text, date=None)
        except Exception:  # noqa: BLE001 - an unresolvable name stays as given
            res = None
        if res is not None and res.actor is not None:
            org = res.organization or res.actor
            return {"id": org.id, "name": org.name}
        from riftwatch.actors import query_organization

        meant = query_organization(text)  # every candidate stands for one group
        if meant is not None:
            return {"id": meant.id, "name": meant.name}
    return {"id": text, "name": text}


def make_party(ref: dict[str, str], *, kb: Any = None, depth: int = 2) -> Party:
    """The party of ``ref``: lineage and factions from the KB (if it knows the actor)."""
    party = Party(id=ref["id"], name=ref["name"], lineage={ref["id"]})
    party.names.add(ref["name"].casefold())
    if kb is None or kb.find(ref["id"]) is None:
        return party
    party.lineage = _lineage(kb, kb.canonical_id(ref["id"]))
    for ident in party.lineage:
        ent = kb.find(ident)
        if ent is not None:
            party.names.add(ent.name.casefold())
    frontier = list(party.lineage)
    for _ in range(depth):
        nxt = []
        for ident in frontier:
            for rel, child in kb.children(ident):
                if rel.type in ROLLUP and child.id not in party.members:
                    party.factions[child.id] = child.name
                    nxt.append(child.id)
        frontier = nxt
    return party


def pair_parties(a: str, b: str, *, kb: Any = None) -> tuple[Party, Party]:
    """The two parties of a question; an id on both sides stays only with the side whose
    lineage holds it (Nusra Front is Al Qaeda's branch, but the question is about it)."""
    pa = make_party(resolve_actor(a, kb=kb), kb=kb)
    pb = make_party(resolve_actor(b, kb=kb), kb=kb)
    for mine, other in ((pa, pb), (pb, pa)):
        for ident in list(mine.factions):
            if ident in other.lineage:
                del mine.factions[ident]
        # a faction of the other side's lineage members is theirs, not ours
        for ident in list(mine.factions):
            if ident in other.factions and ident not in mine.lineage:
                del mine.factions[ident]
                other.factions.pop(ident, None)
    return pa, pb


__all__ = ["Party", "make_party", "pair_parties", "resolve_actor"]
