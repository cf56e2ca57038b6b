"""Lineages and factions from the actor knowledge base (structural relations only)."""

from __future__ import annotations

from riftwatch.analysis.hierarchy import FlatHierarchy, KBHierarchy, default_hierarchy


def test_renamings_and_founding_mergers_are_one_lineage() -> None:
    h = default_hierarchy()
    lineage = h.lineage("org:nusra-front")
    assert lineage == h.lineage("org:jabhat-fateh-al-sham") == h.lineage("org:hts")
    assert lineage[0] == "org:nusra-front" and lineage[-1] == "org:hts"
    # an offshoot founded while its parent carried on is another organisation
    assert "org:islamic-state" not in lineage
    assert h.lineage("org:islamic-state") == h.lineage("org:aqi")


def test_a_group_absorbed_into_an_existing_one_becomes_its_faction() -> None:
    h = default_hierarchy()
    # other groups that joined HTS after its founding are not the Nusra lineage
    assert h.lineage("org:jund-al-aqsa") == ("org:jund-al-aqsa",)
    assert h.parents("org:jund-al-aqsa", "2018-01") == ["org:hts"]
    assert h.parents("org:jund-al-aqsa", "2015-01") == []


def test_parents_follow_part_of_with_dates() -> None:
    h = default_hierarchy()
    assert h.parents("org:quetta-shura", "2010-01") == ["org:afghan-taliban"]
    assert "org:al-qaeda" in h.parents("org:nusra-front", "2014-01")
    assert "org:al-qaeda" not in h.parents("org:nusra-front", "2018-01")


def test_the_kb_ally_and_rival_relations_are_not_read() -> None:
    # HTS is rival_of Al Qaeda and JFS split_with it in the KB: neither makes a lineage or
    # a parent (evidence of a rift comes from claims only)
    h = KBHierarchy()
    assert h.lineage("org:al-qaeda") == ("org:al-qaeda",)
    assert h.parents("org:hts", "2018-01") == []


def test_actors_outside_the_kb_and_the_flat_hierarchy() -> None:
    h = default_hierarchy()
    assert h.lineage("open:some-group") == ("open:some-group",)
    assert h.parents("open:some-group", "2010-01") == []
    flat = FlatHierarchy()
    assert flat.lineage("org:nusra-front") == ("org:nusra-front",)
