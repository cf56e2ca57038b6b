"""Judgements applied; corroboration counts independent origins; suggested credibility."""

from __future__ import annotations

from claimkit import claim

from riftwatch.analysis.claims import Judgement
from riftwatch.analysis.corroboration import corroborate, effective
from riftwatch.analysis.timeline import month_index


def _items(claims, stance=-1, channel=7):  # type: ignore[no-untyped-def]
    return [(c, month_index(c.date), stance, channel) for c in claims]


def test_reprints_of_one_origin_count_once() -> None:
    story = [claim("org:x", "org:y", "ASSAULT", "2015-03", origin="wire-1") for _ in range(10)]
    out = corroborate(_items(story))
    assert {c.origins for c in out} == {1}
    assert out[0].suggested_credibility == 3  # uncorroborated, B source


def test_several_independent_origins_confirm() -> None:
    claims = [claim("org:x", "org:y", "ASSAULT", f"2015-0{i + 1}") for i in range(3)]
    out = corroborate(_items(claims))
    assert [c.origins for c in out] == [3, 3, 3]
    assert {c.suggested_credibility for c in out} == {1}
    two = corroborate(_items(claims[:2]))
    assert {c.suggested_credibility for c in two} == {2}
    # outside the window they corroborate nothing
    far = [
        claim("org:x", "org:y", "ASSAULT", "2015-01"),
        claim("org:x", "org:y", "ASSAULT", "2017-01"),
    ]
    assert {c.origins for c in corroborate(_items(far))} == {1}


def test_contradiction_and_override() -> None:
    hostile = claim("org:x", "org:y", "ASSAULT", "2015-03")
    coop = claim("org:y", "org:x", "COOPERATE", "2015-04")
    out = corroborate(
        [(hostile, month_index("2015-03"), -1, 7), (coop, month_index("2015-04"), 1, 9)]
    )
    assert out[0].contradicting == 1 and out[0].suggested_credibility == 5
    hostile.credibility_override = 2
    again = corroborate(
        [(hostile, month_index("2015-03"), -1, 7), (coop, month_index("2015-04"), 1, 9)]
    )
    assert again[0].suggested_credibility == 5 and again[0].credibility == 2 and again[0].overridden


def test_weak_single_source_is_doubtful() -> None:
    out = corroborate(_items([claim("org:x", "org:y", "ASSAULT", "2015-03", grade="E5")]))
    assert out[0].suggested_credibility == 4


def test_rejected_dropped_and_corrected_fields_used() -> None:
    c = claim("org:x", "org:y", "COOPERATE", "2015-03")
    c.judgement = Judgement("reject", "ana", "2024-05-01T10:00:00")
    assert effective(c) is None
    c.judgement = Judgement(
        "correct",
        "ana",
        "2024-05-01T10:00:00",
        changes={
            "event_type": "ASSAULT",
            "date": "2016-01",
            "target": {"id": "org:z", "name": "Z"},
        },
    )
    fixed = effective(c)
    assert fixed is not None
    assert (fixed.event_type, fixed.date, fixed.target_id, fixed.target_name) == (
        "ASSAULT",
        "2016-01",
        "org:z",
        "Z",
    )
    assert c.event_type == "COOPERATE"  # the claim itself is untouched
    c.judgement = Judgement("accept", "ana", "2024-05-01T10:00:00")
    assert effective(c) is c
