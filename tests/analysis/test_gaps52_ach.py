"""gaps52: in ACH each piece of evidence is rated once per hypothesis.

A report that tells a cooperation and, later, a fight between the same pair gives two items.
The fight is the evidence of a rupture; the cooperation before it is consistent with one (C),
not a second strong vote for it (it had rated CC, so the one report counted twice).
Invented pairs only.
"""

from __future__ import annotations

from tests.analysis.test_ach import ev

from riftwatch.analysis.ach import ach


def _row(out: dict, event_type: str) -> dict:
    return next(e for e in out["evidence"] if e["event_type"] == event_type)


def test_one_report_of_cooperation_then_a_fight_votes_once_for_a_rupture() -> None:
    claims = [
        ev("Kestrel Front", "Osprey Brigade", "AID", "2013-02", mode="training", doc="r1"),
        ev("Kestrel Front", "Osprey Brigade", "ASSAULT", "2013-09", doc="r1"),
    ]
    out = ach(claims, "Kestrel Front", "Osprey Brigade", as_of="2014-01-31", kb=None)
    coop, fight = _row(out, "AID"), _row(out, "ASSAULT")
    assert fight["suggested"]["lasting_rupture"] == "CC"
    assert coop["rule"] == "cooperation_then_hostility"
    assert coop["suggested"]["lasting_rupture"] == "C"
    strong = [e for e in out["evidence"] if e["suggested"].get("lasting_rupture") == "CC"]
    assert len(strong) == 1


def test_cooperation_later_broken_still_cannot_be_an_unchanged_alliance_only() -> None:
    # the cooperation stays consistent with distancing and a rupture, neutral for an alliance
    claims = [
        ev("Kestrel Front", "Osprey Brigade", "COOPERATE", "2010-05", mode="joint_operations"),
        ev("Osprey Brigade", "Kestrel Front", "COERCE", "2013-03", mode="arrest"),
    ]
    out = ach(claims, "Kestrel Front", "Osprey Brigade", as_of="2013-12-31", kb=None)
    coop = _row(out, "COOPERATE")
    assert coop["suggested"] == {"enduring_alliance": "N", "tactical_distancing": "C",
                                 "lasting_rupture": "C", "deception": "C"}  # fmt: skip
    assert out["hypotheses"][0]["id"] == "lasting_rupture"


def test_cooperation_with_no_later_hostility_keeps_its_reading() -> None:
    claims = [ev("Kestrel Front", "Osprey Brigade", "AID", "2013-02", mode="training")]
    out = ach(claims, "Kestrel Front", "Osprey Brigade", as_of="2014-01-31", kb=None)
    assert _row(out, "AID")["suggested"]["lasting_rupture"] in ("I", "II")
