"""The knowledge base's Malian Azawad coalitions (fix62): the Permanent Strategic Framework's
movements founded the Azawad Liberation Front in November 2024, so the two are one lineage
for the dyad timeline; the CMA, which carried on inside the framework, stays its own."""

from __future__ import annotations

from riftwatch.analysis.hierarchy import KBHierarchy


def test_framework_and_liberation_front_are_one_lineage() -> None:
    h = KBHierarchy()
    assert h.lineage("org:csp-psd") == h.lineage("org:azawad-liberation-front")


def test_cma_is_not_joined_without_an_end() -> None:
    h = KBHierarchy()
    assert h.lineage("org:cma") != h.lineage("org:csp-psd")
