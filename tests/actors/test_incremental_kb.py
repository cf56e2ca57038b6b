"""The effective KB is brought up to date incrementally after each curation judgement
(only the new judgements are applied, untouched actors are shared with the KB before,
and the resolver re-indexes only the actors that changed); after every step it must equal
a KB and a resolver built from nothing, on SQLite and PostgreSQL (``store`` fixture)."""

from __future__ import annotations

import copy
import pickle
from typing import Any

from riftwatch.actors import curation
from riftwatch.actors.kb import KnowledgeBase, default_kb
from riftwatch.actors.resolve import Resolver
from riftwatch.store import Store

MENTIONS = [
    "Tehreek Foo Bar",
    "Foo Brigade",
    "Foo Split Front",
    "Some New Name",
    "TTP",
    "Tehrik-i-Taliban Pakistan",
    "Baitullah Mehsud",
    "Haqqani network",
    "Afghan Taliban",
    "Lashkar-e-Taiba",
    "Quetta Shura",
]


def kb_dump(kb: KnowledgeBase) -> dict[str, Any]:
    """Everything a KB holds, with each relation's ``order`` as its rank within its actor
    (the only way the order is used: ``acts_for`` ties between one actor's relations)."""
    entities = {}
    for ident, ent in kb.entities.items():
        rels = []
        for rank, rel in enumerate(sorted(ent.relations, key=lambda r: r.order)):
            rels.append((rank, rel.to_dict(), rel.start_day, rel.end_day, rel.autonomy))
        entities[ident] = (
            ent.id, ent.name, ent.type, ent.country, ent.start, ent.end, ent.start_day,
            ent.end_day, ent.description, ent.context, ent.external, ent.bodies, ent.demonyms,
            ent.sources, ent.file, ent.strict_tenure,
            [(a.to_dict(), a.norm, a.fold, a.compact, a.case_sensitive, a.start_day,
              a.end_day, a.entity_id) for a in ent.aliases],
            rels,
            [rel.to_dict() for rel in ent.relations],  # list order too
        )  # fmt: skip
    incoming = {t: [r.to_dict() for r in rels] for t, rels in kb.incoming.items() if rels}
    return {
        "order": list(kb.entities),
        "entities": entities,
        "incoming": incoming,
        "redirects": kb.redirects,
        "raw": kb.raw,
        "version": kb.version,
    }


def resolver_dump(resolver: Resolver) -> dict[str, Any]:
    def aliases(index: dict[str, list[Any]]) -> dict[str, list[tuple[str, str, str]]]:
        return {k: [(a.entity_id, a.name, a.kind) for a in v] for k, v in index.items() if v}

    return {
        "exact": aliases(resolver.exact),
        "cased": aliases(resolver.cased),
        "folded": aliases(resolver.folded),
        "fuzzy": [(a.entity_id, a.name, a.kind) for a in resolver.fuzzy_aliases],
        "fuzzy_index": {k: v for k, v in resolver.fuzzy_index.items() if v},
        "hints": resolver.hints,
        "span_prefixes": resolver.span_prefixes,
        "fold_prefixes": resolver.fold_prefixes,
        "max_tokens": resolver.max_tokens,
        "countries": sorted(resolver.countries),
    }


def assert_same_as_full(store: Store) -> None:
    kb, resolver = curation.effective(store)
    full = curation.apply_judgements(
        default_kb(), curation._active(store), version=f"{default_kb().version}+j", full=True
    )
    assert kb_dump(kb) == kb_dump(full)
    fresh = Resolver(full)
    assert resolver_dump(resolver) == resolver_dump(fresh)
    for mention in MENTIONS:
        for date in (None, "2009-05-01"):
            got = resolver.resolve(mention, date=date).to_dict()
            assert got == fresh.resolve(mention, date=date).to_dict(), mention


def test_incremental_updates_equal_a_full_rebuild(store: Store) -> None:
    base_before = pickle.dumps(default_kb().raw)
    curation.effective(store)
    steps = [
        lambda: curation.add_alias(store, "org:ttp", "Tehreek Foo Bar", analyst="ana"),
        lambda: curation.add_actor(
            store,
            "Foo Brigade",
            "armed_group",
            parent="org:ttp",
            aliases=["Foo Bde"],
            analyst="ana",
        ),  # fmt: skip
        lambda: curation.merge(store, "org:ttp", "Some New Name", analyst="ana"),
        lambda: curation.relate(store, "org:foo-brigade", "allied_with", "org:ttp"),
        lambda: curation.relate(
            store,
            "person:baitullah-mehsud",
            "member_of",
            "org:foo-brigade",
            start="2004",
            end="2005",
        ),  # fmt: skip
        lambda: curation.split(store, "org:ttp", ["Tehreek Foo Bar"], new_name="Foo Split Front"),
        lambda: curation.remove_alias(store, "org:foo-brigade", "Foo Bde"),
        # a merge of two known actors: relations pointing at the one merged are retargeted
        lambda: curation.merge(store, "org:ttp", "org:foo-brigade", analyst="ana"),
    ]
    seen: list[tuple[KnowledgeBase, Resolver]] = []
    for number, step in enumerate(steps):
        step()
        if number in (1, 4, len(steps) - 1):  # a full build is slow: compare at three points
            assert_same_as_full(store)
        seen.append(curation.effective(store))
    # the last KB was brought up to date from the one before: it shares its untouched actors
    last, previous = seen[-1][0], seen[-2][0]
    shared = sum(1 for i, e in last.entities.items() if previous.entities.get(i) is e)
    assert shared > len(last) - 20
    assert last.find("org:foo-brigade") is last.get("org:ttp")  # redirected
    # undoing one in the middle applies the others again from the files' KB: still equal
    middle = curation._active(store)[2]
    curation.undo(store, middle["id"], analyst="ana")
    assert_same_as_full(store)
    # ... and the bundled KB itself was never changed
    assert pickle.dumps(default_kb().raw) == base_before


def test_a_cleared_cache_gives_the_same_kb(store: Store) -> None:
    curation.add_actor(store, "Foo Brigade", "armed_group", parent="org:ttp", analyst="ana")
    curation.add_alias(store, "org:foo-brigade", "FBX", kind="abbreviation", analyst="ana")
    kb, _ = curation.effective(store)
    dumped = copy.deepcopy(kb_dump(kb))
    curation._EFFECTIVE.clear()
    again, resolver = curation.effective(store)
    assert again is not kb and kb_dump(again) == dumped
    assert resolver.resolve("FBX").to_dict()["actor"]["id"] == "org:foo-brigade"
