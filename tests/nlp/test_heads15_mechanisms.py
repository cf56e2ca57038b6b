"""Headline classes of heads15 (issue 9, Pakistan wire headlines; misses found on the real
UCDP GED Pakistan headlines and the heads15 work half).

- "TTP claims Karachi police killings": a state force named before a claimed attack noun
  (police, army, FC, a check post or convoy) is what the armed claimant hit, not the
  attack's author (mechanisms.claimed_force_victims); coordinated claimants ("IS, TTP claim
  ...") are each its author.
- "Unconfirmed report says TTP chief killed in US strike": the parser hangs the reported
  participle on the reporting verb's object; a doubted source still makes it uncertain
  (written.reported_participle).
- "Afghan border forces fire on Pakistani troops" after August 2021: the forces of a state
  that fell, named after its end, are those of who governs the country that day, as "the
  Afghan government" already was (context._fallen_state_country).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, denied) and
look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2017-03-02"
TTP = "org:ttp"
PAK_POLICE = "org:pak-police"
PAK_ARMY = "org:pak-army"

asserted = dated(asserted_ids, DATE)


# -- a claimed attack whose victims are named before its noun -----------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("TTP claims responsibility for Karachi police killings", TTP, PAK_POLICE),
        ("TTP claims Bannu police college raid", TTP, PAK_POLICE),
        ("IS claims Peshawar checkpost attack", "org:islamic-state", PAK_ARMY),
        ("Jamaat-ul-Ahrar claims army convoy bombing in Mohmand", "org:jamaat-ul-ahrar", PAK_ARMY),
        ("TTP claims Lakki Marwat police station attack", TTP, PAK_POLICE),
    ],
)
def test_force_before_claimed_attack_noun_is_its_target(text: str, source: str,
                                                        target: str) -> None:  # fmt: skip
    found = asserted(text)
    assert (source, "ASSAULT", target) in found, found


def test_coordinated_claimants_each_hit_the_force() -> None:
    found = asserted("IS, TTP claim Bannu police college raid")
    assert ("org:islamic-state", "ASSAULT", PAK_POLICE) in found, found
    assert (TTP, "ASSAULT", PAK_POLICE) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "TTP did not claim Bannu police college raid",  # negated
        "TTP may claim Bannu police college raid",  # hedged
        "TTP denies role in Karachi police killings",  # denied
        "Police suspect TTP in Peshawar checkpost attack",  # only suspected
        "TTP rejects claims of involvement in army convoy bombing",  # denied
    ],
)
def test_force_before_claimed_attack_noun_negated_or_hedged(text: str) -> None:
    found = asserted(text)
    assert not any(t == "ASSAULT" and g in (PAK_POLICE, PAK_ARMY) for _s, t, g in found), found


def test_force_before_unclaimed_attack_noun_stays_its_author() -> None:
    """No claim: "army attack on X" is the army's attack on X."""
    found = asserted("Army attack on TTP hideouts kills 12 in Tirah")
    assert (PAK_ARMY, "ASSAULT", TTP) in found, found
    assert not any(s == TTP for s, _t, _g in found), found


# -- a doubted source over a headline's reported participle -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Unconfirmed report says TTP chief killed in US drone strike",
        "Unverified reports say TTP commander killed in army raid in Tirah",
    ],
)
def test_doubted_report_of_participle_is_not_asserted(text: str) -> None:
    found = asserted(text)
    assert not any(g == TTP and t == "ASSAULT" for _s, t, g in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Report says TTP chief killed in US drone strike", "org:us-military"),
        ("Army says TTP commander killed in Tirah raid", PAK_ARMY),
    ],
)
def test_plain_report_of_participle_stays_asserted(text: str, source: str) -> None:
    found = asserted(text)
    assert (source, "ASSAULT", TTP) in found, found


# -- the forces of a fallen state ---------------------------------------------------------------
TALIBAN = "org:afghan-taliban"


def test_forces_of_fallen_state_are_the_rulers() -> None:
    found = asserted("Afghan border forces open fire on Pakistani troops at Chaman", "2022-12-11")
    assert (TALIBAN, "ASSAULT", PAK_ARMY) in found, found
    found = asserted("Afghan intelligence arrests IS-K commander in Kabul", "2022-03-01")
    assert any(s == TALIBAN and t == "COERCE" for s, t, _g in found), found


def test_forces_of_standing_state_stay_its_own() -> None:
    found = asserted("Afghan border forces open fire on Pakistani troops at Chaman", "2019-12-11")
    assert not any(s == TALIBAN for s, _t, _g in found), found
    assert any(s.startswith("org:afghan-") and g == PAK_ARMY for s, _t, g in found), found
    found = asserted("Pakistani troops fire on Afghan border police at Torkham", "2022-12-11")
    assert not any(g.startswith("org:afghan-") and g != TALIBAN for _s, _t, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Afghan border forces did not fire on Pakistani troops at Chaman, ISPR says",  # negated
        "Afghan border forces may have fired on Pakistani troops at Chaman",  # hedged
        "Kabul denies Afghan border forces fired on Pakistani troops at Chaman",  # denied
    ],
)
def test_forces_of_fallen_state_negated_or_hedged(text: str) -> None:
    found = asserted(text, "2022-12-11")
    assert not any(t == "ASSAULT" and g == PAK_ARMY for _s, t, g in found), found


def test_heads15_frozen_half_matches_its_recorded_checksum() -> None:
    """The frozen half is only scored, never edited: its sha256 is the one in HEADS15.md."""
    import hashlib
    from pathlib import Path

    data = Path(__file__).parent / "data"
    digest = hashlib.sha256((data / "heads15_frozen.jsonl").read_bytes()).hexdigest()
    assert f"sha256 {digest}  heads15_frozen.jsonl" in (data / "HEADS15.md").read_text("utf-8")
