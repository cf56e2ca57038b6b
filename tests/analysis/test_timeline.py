"""Relationship timelines: dates, weights, independence, lineage, roll-up."""

from __future__ import annotations

from dataclasses import replace

from claimkit import claim

from riftwatch.analysis.claims import Judgement
from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.timeline import dyad_timeline, month_index, month_label, prepare, units


def test_events_sit_when_they_happened() -> None:
    c1 = claim("org:x", "org:y", "ASSAULT", "2014", published="2019-05-01")
    c2 = claim("org:x", "org:y", "ASSAULT", None, published="2019-05-01")
    p = prepare([c1, c2], hierarchy=FlatHierarchy())
    months = sorted(month_label(int(m)) for m in p.month)
    # the year-only event sits mid-year of 2014, not at the report; no date: the report's
    assert months == ["2014-07", "2019-05"]
    assert month_label(month_index("2010-01/2010-03")) == "2010-02"


def test_an_event_is_never_later_than_the_report_that_tells_of_it() -> None:
    # "in 2014 the group split", told in March 2014: the split sits in March (the latest it can
    # have happened), not mid-year after the report; told in 2019 it sits mid-2014 as before
    told_then = claim("org:x", "org:y", "REJECT", "2014", mode="split", published="2014-03-10")
    told_later = claim("org:x", "org:z", "REJECT", "2014", mode="split", published="2019-01-02")
    # a report dated by its year only does not pull a month-dated event back
    coarse_report = claim("org:x", "org:w", "ASSAULT", "2014-10", published="2014")
    # an event dated after its report (announced for later, or a misread date) is kept
    after = claim("org:x", "org:v", "ASSAULT", "2016-01", published="2014-03")
    p = prepare([told_then, told_later, coarse_report, after], hierarchy=FlatHierarchy())
    by_pair = {p.dyads[int(d)]: month_label(int(m)) for d, m in zip(p.dyad, p.month, strict=True)}
    assert by_pair == {
        ("org:x", "org:y"): "2014-03",
        ("org:x", "org:z"): "2014-07",
        ("org:w", "org:x"): "2014-10",
        ("org:v", "org:x"): "2016-01",
    }


def test_rejected_claims_drop_and_corrections_count() -> None:
    keep = claim("org:x", "org:y", "COOPERATE", "2010-01")
    gone = claim("org:x", "org:y", "ASSAULT", "2010-02")
    gone.judgement = Judgement("reject", "ana", "2024-01-01")
    fixed = claim("org:x", "org:y", "COOPERATE", "2010-03")
    fixed.judgement = Judgement("correct", "ana", "2024-01-01", changes={"event_type": "ACCUSE"})
    p = prepare([keep, gone, fixed], hierarchy=FlatHierarchy())
    assert len(p.claims) == 2
    assert sorted(int(s) for s in p.stance) == [-1, 1]


def test_reprints_count_once_per_month() -> None:
    story = [claim("org:x", "org:y", "ASSAULT", "2015-03", origin="wire-7") for _ in range(5)]
    other = claim("org:x", "org:y", "ASSAULT", "2015-03")
    p = prepare([*story, other], hierarchy=FlatHierarchy())
    u = units(p)
    p1 = prepare(story[:1] + [other], hierarchy=FlatHierarchy())
    assert u["hostile"][0] == units(p1)["hostile"][0]
    tl = dyad_timeline(p, "org:x", "org:y")
    assert tl["months"][0]["origins"] == 2 and tl["months"][0]["claims"] == 6


def test_weights_follow_grades_confidence_and_modality() -> None:
    good = prepare(
        [claim("org:x", "org:y", "ASSAULT", "2015-03", grade="A1")], hierarchy=FlatHierarchy()
    )
    weak = prepare(
        [claim("org:x", "org:y", "ASSAULT", "2015-03", grade="E5")], hierarchy=FlatHierarchy()
    )
    unsure = prepare(
        [claim("org:x", "org:y", "ASSAULT", "2015-03", grade="A1", modality="uncertain")],
        hierarchy=FlatHierarchy(),
    )
    low_conf = prepare(
        [claim("org:x", "org:y", "ASSAULT", "2015-03", grade="A1", confidence=0.3)],
        hierarchy=FlatHierarchy(),
    )
    assert good.weight[0] > unsure.weight[0] > weak.weight[0] > 0
    assert low_conf.weight[0] < good.weight[0]
    assert (
        len(
            prepare(
                [claim("org:x", "org:y", "ASSAULT", "2015-03", modality="hypothetical")],
                hierarchy=FlatHierarchy(),
            ).dyad
        )
        == 0
    )


def test_lineage_merges_nusra_jfs_and_hts() -> None:
    claims = [
        claim("org:nusra-front", "org:al-qaeda", "SUPPORT", "2013-04", mode="pledge"),
        claim("org:jabhat-fateh-al-sham", "org:al-qaeda", "COOPERATE", "2016-09"),
        claim("org:hts", "org:al-qaeda", "COERCE", "2017-11", mode="arrest"),
    ]
    p = prepare(claims)
    assert p.dyads == [("org:al-qaeda", "org:hts")]
    tl = dyad_timeline(p, "org:hts", "org:al-qaeda")
    assert [m["month"] for m in tl["months"]] == ["2013-04", "2016-09", "2017-11"]
    # the name at a month is the name the group had then
    assert p.name_of("org:hts", month_index("2013-06")) == "nusra-front"
    assert p.name_of("org:hts", month_index("2018-01")) == "hts"


def test_a_factions_events_roll_up_visibly_to_its_parent() -> None:
    c = claim("org:quetta-shura", "org:al-qaeda", "ACCUSE", "2010-05")
    p = prepare([c])
    assert set(p.dyads) == {
        ("org:al-qaeda", "org:quetta-shura"),
        ("org:afghan-taliban", "org:al-qaeda"),
    }
    direct = dyad_timeline(p, "org:quetta-shura", "org:al-qaeda")["months"][0]["evidence"][0]
    rolled = dyad_timeline(p, "org:afghan-taliban", "org:al-qaeda")["months"][0]["evidence"][0]
    assert direct["rollup"] is False
    assert rolled["rollup"] is True and rolled["via"] == ["org:quetta-shura"]
    # no pair of a faction with its own parent
    inner = prepare([claim("org:quetta-shura", "org:haqqani-network", "ACCUSE", "2010-05")])
    assert ("org:afghan-taliban", "org:quetta-shura") not in inner.dyads
    assert ("org:afghan-taliban", "org:haqqani-network") not in inner.dyads


def test_a_states_organs_count_for_the_state() -> None:
    # "Pakistan held talks with the TTP" (the country), "the Pakistani government ended its
    # truce with the TTP" and "the army attacked it" are one relationship of the state: a
    # country and its national bodies are one lineage keyed by the country (hierarchy-4),
    # and each claim keeps the body the text named
    claims = [
        claim("country:pakistan", "org:ttp", "CONSULT", "2022-06"),
        claim("org:ttp", "org:pak-government", "REJECT", "2022-11", mode="renounce"),
        claim("org:pak-army", "org:ttp", "ASSAULT", "2023-01"),
    ]
    p = prepare(claims)
    assert p.dyads == [("country:pakistan", "org:ttp")]
    months = dyad_timeline(p, "country:pakistan", "org:ttp")["months"]
    assert [m["month"] for m in months] == ["2022-06", "2022-11", "2023-01"]
    told = months[1]["evidence"][0]
    assert told["rollup"] is False and told["target"]["id"] == "org:pak-government"
    assert months[2]["evidence"][0]["source"]["id"] == "org:pak-army"
    # a group is no organ of a state: the Afghan Taliban's claims stay their own
    assert prepare([claim("org:afghan-taliban", "org:ttp", "AID", "2022-06")]).dyads == [
        ("org:afghan-taliban", "org:ttp")
    ]


def test_timeline_per_channel_with_evidence_and_corroboration() -> None:
    claims = [
        claim("org:x", "org:y", "AID", "2012-01", mode="finance", doc="r1"),
        claim("org:x", "org:y", "AID", "2012-01", mode="sanctuary", doc="r2"),
        claim("org:y", "org:x", "ASSAULT", "2012-02", doc="r3"),
    ]
    tl = dyad_timeline(prepare(claims, hierarchy=FlatHierarchy()), "org:x", "org:y")
    assert set(tl["channels"]) == {"finance", "sanctuary", "violence"}
    jan = tl["months"][0]
    assert jan["score"] > 0 and jan["coop"] > 0 and jan["hostile"] == 0
    ev = jan["evidence"][0]
    assert {"doc_id", "quote", "event_type", "grade", "corroboration", "channel"} <= set(ev)
    assert tl["months"][1]["score"] < 0
    assert tl["versions"]["timeline"] == "timeline-10"


def test_co_members_of_one_coalition_cooperate_visibly() -> None:
    from riftwatch.analysis.rift import assess

    x, y, front = "open:alpha", "open:beta", "open:gamma-front"
    said = "Alpha and Beta joined the Gamma Front."
    joined = [
        claim(x, front, "SUPPORT", "1985-04", mode="pledge", doc="s1", sentence=said),
        claim(y, front, "COOPERATE", "1985-04", doc="s1", sentence=said, grade="C3"),
    ]
    clashes = [claim(x, y, "ASSAULT", "1986-04", grade="B2") for _ in range(2)]
    p = prepare(joined + clashes, hierarchy=FlatHierarchy())
    month = dyad_timeline(p, x, y)["months"][0]
    assert month["month"] == "1985-04" and month["coop"] > 0
    (ev,) = month["evidence"]
    assert ev["derived_via"] == front and ev["grade"] == "C3"  # the weaker claim's grade
    found = assess(p)
    assert len(found) == 1 and found[0]["onset"] == "1986-04"
    # without the derived tie the two are rivals from the start
    assert assess(prepare(joined + clashes, hierarchy=FlatHierarchy(), comember=False)) == []
    # two sentences, a country as the third party, or a hedged claim: no co-members
    apart = [joined[0], replace(joined[1], sentence="Beta joined the Gamma Front.")]
    assert dyad_timeline(prepare(apart, hierarchy=FlatHierarchy()), x, y)["months"] == []
    state = [replace(c, target_id="country:gamma") for c in joined]
    assert dyad_timeline(prepare(state, hierarchy=FlatHierarchy()), x, y)["months"] == []
    hedged = [joined[0], replace(joined[1], modality="uncertain")]
    assert dyad_timeline(prepare(hedged, hierarchy=FlatHierarchy()), x, y)["months"] == []
