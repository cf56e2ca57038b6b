"""The analytic stages and their versions, pinned."""

from __future__ import annotations

from riftwatch.analysis import STAGES, corroboration, hierarchy, rift, scale, timeline


def test_stage_versions_are_registered() -> None:
    modules = (scale, corroboration, hierarchy, timeline, rift)
    assert tuple(m.VERSION for m in modules) == STAGES
    assert STAGES == ("scale-7", "corroboration-1", "hierarchy-4", "timeline-10", "rift-15")
    assert scale.Scale.load().version == scale.VERSION
    assert rift.Params.load().version == rift.VERSION
