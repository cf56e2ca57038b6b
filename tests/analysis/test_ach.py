"""ACH over claims: ratings by rule, Heuer's score, diagnosticity, sensitivity, lineage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riftwatch.analysis.ach import ach, load_rules
from riftwatch.analysis.claims import Claim, Judgement
from riftwatch.errors import JudgementError

_N = iter(range(10_000))


def ev(
    source: str,
    target: str,
    event_type: str,
    date: str,
    *,
    mode: str | None = None,
    modality: str = "asserted",
    origin: str | None = None,
    doc: str | None = None,
    grade: str = "B2",
    attributed_to: dict[str, Any] | None = None,
    judgement: Judgement | None = None,
) -> Claim:
    n = next(_N)
    doc = doc or f"d{n}"
    return Claim.from_event(
        {
            "id": n,
            "doc_id": doc,
            "source": {"id": source, "name": source},
            "target": {"id": target, "name": target},
            "event_type": event_type,
            "mode": mode,
            "modality": modality,
            "date": date,
            "confidence": 0.9,
            "quote": f"{event_type.lower()} {n}",
            "reliability": grade[0],
            "credibility": int(grade[1]),
            "attributed_to": attributed_to,
        },
        origin=origin or f"doc:{doc}",
        judgement=judgement,
    )


def top(out: dict[str, Any]) -> str:
    return out["hypotheses"][0]["id"]


def test_cooperation_then_recent_arrests_and_split_rank_lasting_rupture_first() -> None:
    claims = [
        ev("X", "Y", "SUPPORT", "2011-02", mode="pledge"),
        ev("Y", "X", "AID", "2012-06", mode="training"),
        ev("X", "Y", "COOPERATE", "2013-01", mode="joint_operations"),
        ev("X", "Y", "COERCE", "2016-03", mode="arrest"),
        ev("Y", "X", "ACCUSE", "2016-04", mode="allege"),
        ev("X", "Y", "REJECT", "2016-08", mode="split"),
    ]
    out = ach(claims, "X", "Y", as_of="2016-12-31", kb=None)
    assert top(out) == "lasting_rupture"
    ranks = {h["id"]: h["rank"] for h in out["hypotheses"]}
    assert ranks["enduring_alliance"] == 4
    assert [h["rank"] for h in out["hypotheses"]] == [1, 2, 3, 4]
    assert out["pair"] == [{"id": "X", "name": "X"}, {"id": "Y", "name": "Y"}]
    assert "Lasting rupture" in out["conclusion"] and "2016-12-31" in out["conclusion"]
    arrest = next(e for e in out["evidence"] if e["event_type"] == "COERCE")
    assert arrest["ratings"]["enduring_alliance"] == "II"
    assert arrest["rule"] == "recent_severe_hostility" and arrest["reason"]
    assert arrest["diagnosticity"] == "high"


def test_as_of_keeps_later_evidence_out_and_the_answer_changes_with_it() -> None:
    claims = [
        ev("X", "Y", "SUPPORT", "2011-02", mode="pledge"),
        ev("Y", "X", "AID", "2012-06", mode="training"),
        ev("X", "Y", "COERCE", "2016-03", mode="arrest"),
    ]
    before = ach(claims, "X", "Y", as_of="2013-12-31", kb=None)
    assert top(before) == "enduring_alliance"
    assert all(e["date"] < "2014" for e in before["evidence"])
    assert top(ach(claims, "X", "Y", as_of="2016-12-31", kb=None)) == "lasting_rupture"


def test_sustained_recent_cooperation_ranks_enduring_alliance_first() -> None:
    claims = [
        ev("H", "Q", "AID", "2008-03", mode="training"),
        ev("H", "Q", "COOPERATE", "2012-09", mode="joint_operations"),
        ev("Q", "H", "COOPERATE", "2018-07"),
        ev("H", "Q", "CONSULT", "2020-02", mode="meet"),
    ]
    out = ach(claims, "H", "Q", as_of="2022-12-31", kb=None)
    assert top(out) == "enduring_alliance"
    assert out["hypotheses"][-1]["id"] == "lasting_rupture"


def test_a_partys_own_denial_fits_deception_and_distancing_not_an_open_alliance() -> None:
    claims = [
        ev("X", "Y", "COOPERATE", "2010-01", mode="joint_operations"),
        ev("X", "Y", "COOPERATE", "2019-02", modality="denied"),
    ]
    out = ach(claims, "X", "Y", as_of="2019-12-31", kb=None)
    denial = next(e for e in out["evidence"] if e["modality"] == "denied")
    assert denial["rule"] == "denial_by_party"
    assert denial["ratings"]["deception"] == "CC"
    assert denial["ratings"]["tactical_distancing"] == "C"
    assert denial["ratings"]["enduring_alliance"] == "I"
    # a third party's denial asserts nothing
    other = ev("X", "Y", "AID", "2019-03", modality="denied", attributed_to={"name": "Pakistan"})
    out = ach([*claims, other], "X", "Y", as_of="2019-12-31", kb=None)
    third = next(e for e in out["evidence"] if e["event_type"] == "AID")
    assert third["diagnosticity"] == "none"


def test_evidence_that_fits_every_hypothesis_is_not_diagnostic_and_not_counted() -> None:
    claims = [
        ev("X", "Y", "COOPERATE", "2015-01", modality="hypothetical"),
        ev("X", "Y", "REQUEST", "2015-02"),
    ]
    out = ach(claims, "X", "Y", as_of="2015-12-31", kb=None)
    assert {e["diagnosticity"] for e in out["evidence"]} == {"none"}
    assert {h["inconsistency"] for h in out["hypotheses"]} == {0.0}
    assert "no judgement is possible" in out["conclusion"]
    assert out["confidence"] == "low"


def test_items_all_inconsistent_alike_are_not_diagnostic() -> None:
    rules = dict(load_rules())
    rules["rules"] = [
        {
            "id": "all_bad",
            "when": {},
            "ratings": dict.fromkeys(
                ["enduring_alliance", "tactical_distancing", "lasting_rupture", "deception"], "I"
            ),
            "reason": "test",
        }
    ]
    out = ach([ev("X", "Y", "ASSAULT", "2015-01")], "X", "Y", kb=None, rules=rules)
    assert out["evidence"][0]["diagnosticity"] == "none"
    assert all(h["inconsistency"] == 0 for h in out["hypotheses"])


def test_weights_follow_grades_and_reprints_are_one_item() -> None:
    strong = ev("X", "Y", "ASSAULT", "2016-01", grade="A1")
    weak = ev("X", "Y", "ASSAULT", "2016-05", grade="E5")
    reprint = ev("X", "Y", "ASSAULT", "2016-05", grade="E5", origin=weak.origin)
    out = ach([strong, weak, reprint], "X", "Y", as_of="2016-12-31", kb=None)
    assert len(out["evidence"]) == 2
    w = {e["grade"]: e["weight"] for e in out["evidence"]}
    assert w["A1"] > 3 * w["E5"]
    merged = next(e for e in out["evidence"] if e["grade"] == "E5")
    assert len(merged["doc_ids"]) == 2


def test_rejected_claims_are_left_out() -> None:
    no = Judgement(verdict="reject", analyst="ann", at="2026-01-01T00:00:00")
    claims = [
        ev("X", "Y", "COOPERATE", "2015-01", mode="joint_operations"),
        ev("X", "Y", "ASSAULT", "2015-06", judgement=no),
    ]
    out = ach(claims, "X", "Y", as_of="2015-12-31", kb=None)
    assert [e["event_type"] for e in out["evidence"]] == ["COOPERATE"]


def test_one_origin_that_carries_the_ranking_is_named_and_others_change_nothing() -> None:
    coop = [
        ev("X", "Y", "COOPERATE", "2012-01", mode="joint_operations"),
        ev("X", "Y", "AID", "2013-01", mode="finance"),
        ev("Y", "X", "AID", "2014-01", mode="sanctuary"),
    ]
    # the only hostile reports: one wire story and its reprint (one origin)
    wire = [
        ev("X", "Y", "ASSAULT", "2015-06", origin="doc:wire", doc="w1"),
        ev("X", "Y", "ASSAULT", "2015-06", origin="doc:wire", doc="w2"),
        ev("X", "Y", "COERCE", "2015-07", mode="arrest", origin="doc:wire", doc="w1"),
    ]
    carried = ach([*coop, *wire], "X", "Y", as_of="2015-12-31", kb=None)
    assert top(carried) == "lasting_rupture"
    sens = carried["sensitivity"]
    assert sens["carried_by"] == ["doc:wire"]
    assert not sens["robust"]
    wire_run = next(r for r in sens["by_origin"] if r["origin"] == "doc:wire")
    assert wire_run["top_changed"] and wire_run["top"] != "lasting_rupture"
    assert sorted(wire_run["dropped"]) == ["w1", "w2"]
    assert all(not r["top_changed"] for r in sens["by_origin"] if r["origin"] != "doc:wire")
    assert "doc:wire" in carried["conclusion"] and "w1" in carried["conclusion"]

    # the same hostility from three independent origins: no single origin carries it
    spread = [
        ev("X", "Y", "ASSAULT", "2015-06", origin="doc:a"),
        ev("X", "Y", "ASSAULT", "2015-06", origin="doc:b"),
        ev("X", "Y", "COERCE", "2015-07", mode="arrest", origin="doc:c"),
    ]
    robust = ach([*coop, *spread], "X", "Y", as_of="2015-12-31", kb=None)
    assert top(robust) == "lasting_rupture"
    assert robust["sensitivity"]["carried_by"] == []
    assert robust["sensitivity"]["robust"]
    assert "stays first" in robust["conclusion"]


def test_analysts_ratings_replace_suggestions_and_disagreement_is_shown() -> None:
    claims = [
        ev("X", "Y", "SUPPORT", "2011-02", mode="pledge"),
        ev("X", "Y", "COERCE", "2016-03", mode="arrest"),
    ]
    base = ach(claims, "X", "Y", as_of="2016-12-31", kb=None)
    item = next(e["item"] for e in base["evidence"] if e["event_type"] == "COERCE")
    ratings = [
        {"item": item, "hypothesis": "lasting_rupture", "rating": "II", "analyst": "ann"},
        {"item": item, "hypothesis": "lasting_rupture", "rating": "C", "analyst": "bob"},
        {"item": item, "hypothesis": "enduring_alliance", "rating": "C", "analyst": "ann"},
        {"item": item, "hypothesis": "enduring_alliance", "rating": "N", "analyst": "ann"},
    ]
    out = ach(claims, "X", "Y", as_of="2016-12-31", kb=None, analyst_ratings=ratings)
    row = next(e for e in out["evidence"] if e["item"] == item)
    assert row["suggested"]["lasting_rupture"] == "CC"
    assert row["ratings"]["lasting_rupture"] == "II"  # the most severe current rating
    assert row["disagreement"] == {"lasting_rupture": ["C", "II"]}
    assert row["ratings"]["enduring_alliance"] == "N"  # ann's latest rating counts
    assert "enduring_alliance" not in row["disagreement"]


def test_added_hypothesis_ranks_last_until_rated() -> None:
    claims = [ev("X", "Y", "SUPPORT", "2011-02", mode="pledge"), ev("X", "Y", "ASSAULT", "2016")]
    extra = [{"id": "patron_pressure", "name": "Patron pressure"}]
    out = ach(claims, "X", "Y", as_of="2016-12-31", kb=None, hypotheses=extra)
    assert out["hypotheses"][-1]["id"] == "patron_pressure"
    assert out["hypotheses"][-1]["unrated"] >= 1
    assert out["hypotheses"][-1]["probability"] is None


def test_renamed_successors_count_as_the_same_party_and_kb_alliances_are_not_evidence() -> None:
    claims = [
        ev("org:nusra-front", "org:al-qaeda", "SUPPORT", "2013-04-10", mode="pledge"),
        ev("org:hts", "org:al-qaeda", "COERCE", "2017-11-27", mode="arrest"),
        ev("org:al-qaeda", "org:hts", "ACCUSE", "2017-11-28", mode="allege"),
        ev("org:hurras-al-din", "org:hts", "ASSAULT", "2019-02-01"),  # not the pair
    ]
    out = ach(claims, "Nusra Front", "Al Qaeda", as_of="2018-12-31")
    assert [p["id"] for p in out["pair"]] == ["org:nusra-front", "org:al-qaeda"]
    assert {e["source"]["id"] for e in out["evidence"]} == {"org:nusra-front", "org:hts",
                                                             "org:al-qaeda"}  # fmt: skip
    assert top(out) == "lasting_rupture"
    # the KB says Al Qaeda and Lashkar-e-Taiba are allied: that is no evidence here
    none = ach(claims, "org:al-qaeda", "org:let", as_of="2018-12-31")
    assert none["evidence"] == []
    assert "no judgement is possible" in none["conclusion"]


def test_bad_inputs_get_numbered_errors(tmp_path: Path) -> None:
    with pytest.raises(JudgementError) as exc:
        ach([], "X", "Y", as_of="2016-13-45", kb=None)
    assert exc.value.code == "RW541"
    bad = tmp_path / "rules.yaml"
    bad.write_text("hypotheses: [{id: a}]\nrules: [{id: r, ratings: {a: Z}}]\n")
    with pytest.raises(JudgementError) as exc:
        load_rules(str(bad))
    assert exc.value.code == "RW540" and "rules.yaml" in str(exc.value)
    with pytest.raises(JudgementError) as exc:
        ach([], "Nusra Front", "Hay'at Tahrir al-Sham")  # one lineage
    assert exc.value.code == "RW552"


def test_an_old_quarrel_since_made_up_does_not_make_recent_cooperation_look_staged() -> None:
    claims = [
        ev("H", "Q", "REJECT", "2010-03", mode="shunning"),  # some fighters leery, long ago
        ev("H", "Q", "COOPERATE", "2012-09", mode="joint_operations"),
        ev("H", "Q", "COOPERATE", "2018-07"),
        ev("Q", "H", "CONSULT", "2020-02", mode="meet"),
    ]
    out = ach(claims, "H", "Q", as_of="2022-12-31", kb=None)
    assert top(out) == "enduring_alliance"
    old = next(e for e in out["evidence"] if e["event_type"] == "REJECT")
    assert old["rule"] == "hostility_then_cooperation"


def test_cooperation_beside_hostile_acts_fits_distancing_and_beside_a_denial_deception() -> None:
    claims = [
        ev("X", "Y", "REJECT", "2019-01", mode="shunning"),  # a recent refusal on record
        ev("X", "Y", "AID", "2019-03", mode="sanctuary"),  # yet the sheltering goes on
    ]
    out = ach(claims, "X", "Y", as_of="2019-12-31", kb=None)
    shelter = next(e for e in out["evidence"] if e["event_type"] == "AID")
    assert shelter["rule"] == "recent_cooperation_despite_distancing"
    assert shelter["ratings"]["tactical_distancing"] == "CC"
    assert shelter["ratings"]["deception"] == "C"  # no cover story on record
    assert top(out) == "tactical_distancing"
    # the same acts beside a party's own denial of the ties: the story and the acts differ
    denied = ev("X", "Y", "COOPERATE", "2019-02", modality="denied")
    out = ach([*claims, denied], "X", "Y", as_of="2019-12-31", kb=None)
    shelter = next(e for e in out["evidence"] if e["event_type"] == "AID")
    assert shelter["rule"] == "recent_cooperation_despite_denial"
    assert shelter["ratings"]["deception"] == "CC"
    assert top(out) == "deception"


def test_a_refused_pledge_is_no_cooperation() -> None:
    # "X refused to join Y" is coded REJECT of mode pledge (the thing refused): a refusal,
    # never the recent cooperation that would make a split look tactical (stop 38)
    claims = [
        ev("X", "Y", "SUPPORT", "2015-03", mode="pledge"),
        ev("X", "Y", "AID", "2015-09", mode="training"),
        ev("Y", "X", "ASSAULT", "2016-09"),
        ev("X", "Y", "ASSAULT", "2020-10"),
        ev("X", "Y", "REJECT", "2021-07", mode="pledge"),
        ev("X", "Y", "ASSAULT", "2021-07"),
    ]
    out = ach(claims, "X", "Y", as_of="2021-12-31", kb=None)
    refusal = next(e for e in out["evidence"] if e["event_type"] == "REJECT")
    assert refusal["ratings"]["lasting_rupture"] in ("C", "CC"), refusal
    assert not refusal["rule"].startswith("recent_cooperation"), refusal["rule"]
    assert top(out) == "lasting_rupture"


def test_a_report_contested_in_its_own_sentence_counts_half_and_recasts_nothing() -> None:
    """'Some member states assess that X still meets Y, although others doubt it': the
    report counts at the contested factor, and the hostile acts before it are not read as
    hostility since made up (stop 39)."""
    history = [
        ev("X", "Y", "SUPPORT", "2013-04", mode="pledge"),
        ev("X", "Y", "COERCE", "2017-11", mode="arrest"),
        ev("Y", "X", "ACCUSE", "2017-12", mode="allege"),
    ]
    plain = ev("X", "Y", "COOPERATE", "2019-02", grade="A2",
               attributed_to={"name": "Some member states", "id": None})  # fmt: skip
    doubted = ev("X", "Y", "COOPERATE", "2019-02", grade="A2",
                 attributed_to={"name": "Some member states", "id": None,
                                "skeptical": "doubt"})  # fmt: skip
    uncontested = ach([*history, plain], "X", "Y", as_of="2020-12-31", kb=None)
    contested = ach([*history, doubted], "X", "Y", as_of="2020-12-31", kb=None)

    def item(out: dict[str, Any], etype: str) -> dict[str, Any]:
        return next(e for e in out["evidence"] if e["event_type"] == etype)

    meeting, doubted_meeting = item(uncontested, "COOPERATE"), item(contested, "COOPERATE")
    assert doubted_meeting["weight"] == pytest.approx(meeting["weight"] * 0.5)
    assert "contested" in doubted_meeting["reason"] and "contested" not in meeting["reason"]
    # the arrest is read on its own, not as hostility made up since
    assert item(uncontested, "COERCE")["rule"] != item(contested, "COERCE")["rule"]
    assert item(contested, "COERCE")["ratings"]["lasting_rupture"] not in ("I", "II")
    score = {h["id"]: h["inconsistency"] for h in contested["hypotheses"]}
    before = {h["id"]: h["inconsistency"] for h in uncontested["hypotheses"]}
    assert score["lasting_rupture"] < before["lasting_rupture"]
