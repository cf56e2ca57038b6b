"""world25 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, asserted_triples, dated, has_triple

_events = dated(api_named, "2015-03-01")
"""(source name, type, target name, modality) of every event of one sentence."""
_has = has_triple


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- a place held by a party named before it with a hyphen (written.held_by_hyphen,
#    dictionary.hyphen_holder) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("In May 2016 fighters of Ahrar al-Sham stormed the Nusra-held checkpoint near Idlib.",
         "Ahrar", "Nusra"),
        ("Al-Shabaab attacked AMISOM-run bases in Lower Shabelle.", "Shabaab", "African Union"),
        ("Pakistani troops shelled TTP-held positions in Orakzai.", "Pakistan", "Tehrik"),
        ("The army retook the Taliban-held district of Musa Qala.", "Army", "Taliban"),
    ],
)  # fmt: skip
def test_attack_on_a_held_place_hits_its_holder(text: str, src: str, tgt: str) -> None:
    assert _has(_asserted(text), src, "ASSAULT", tgt)


def test_held_area_is_the_holders_not_the_province_it_lies_in() -> None:
    found = _asserted("Government troops shelled Taliban-controlled districts of Helmand.")
    assert _has(found, "government", "ASSAULT", "Taliban")
    assert not any(g == "Helmand" for _s, _t, g in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Boko Haram did not storm the ISWAP-held village.", "negated"),
        ("Boko Haram denied storming the ISWAP-held village.", "denied"),
        ("Boko Haram may have stormed the ISWAP-held village.", "uncertain"),
        ("If Boko Haram storms the ISWAP-held village, the army will respond.", "hypothetical"),
    ],
)
def test_held_place_keeps_the_verbs_modality(text: str, modality: str) -> None:
    events = _events(text)
    assert ("Boko Haram", "ASSAULT", "Islamic State West Africa Province", modality) in events
    assert not _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # a holder in the past: the place is no longer its
        "The army retook the once Taliban-held district of Musa Qala.",
        "Rebels entered formerly IS-held towns near Raqqa.",
        # no hyphen: a plain participle names no holder
        "Government troops patrolled held districts near Kandahar.",
    ],
)
def test_no_holder_without_a_present_hyphenated_holder(text: str) -> None:
    found = _asserted(text)
    assert not any("Taliban" in g or "Islamic State" in g for _s, _t, g in found)


# -- fighting is done in its theatre; a partner beside the doer names a party
#    (mechanisms.located_acts, nominals.yaml located_theatre_verbs) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fought in Qusayr.",
        "Hezbollah fought alongside the Shabiha in Qusayr.",
        "Rebels battled in Homs for three days.",
    ],
)
def test_fighting_in_a_town_is_no_attack_on_the_town(text: str) -> None:
    found = _events(text)
    assert not any(g in ("Qusayr", "Homs") for _s, _t, g, _m in found)


def test_a_partner_beside_the_doer_is_no_place_attack() -> None:
    # the partner is no actor the pass resolves: the act is still joint, not done to the town
    found = _events("Hezbollah blew up bridges in Qusayr together with its allies.")
    assert not any(g == "Qusayr" for _s, _t, g, _m in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an act on things in a town with no partner still hits the town (peers9)
        ("Hezbollah blew up bridges in Qusayr.", "Qusayr"),
        ("Hezbollah shelled Qusayr.", "Qusayr"),
    ],
)
def test_acts_on_a_town_still_hit_the_town(text: str, place: str) -> None:
    assert _has(_asserted(text), "Hezbollah", "ASSAULT", place)


def test_fighting_alongside_a_known_partner_stays_cooperation() -> None:
    found = _asserted("Hezbollah fought alongside Hamas in Qusayr.")
    assert _has(found, "Hezbollah", "COOPERATE", "Hamas")
    assert not any(t == "ASSAULT" for _s, t, _g in found)


# -- "together" hung on the time or place phrase after it (code._joint_marker) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab and Hizbul Islam staged attacks on AMISOM together in 2010.",
        "Hamas and Islamic Jihad seized the crossing together in April 2012.",
    ],
)
def test_together_before_a_time_phrase_makes_a_joint_act(text: str) -> None:
    found = _asserted(text)
    assert any(t == "COOPERATE" for _s, t, _g in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Al-Shabaab and Hizbul Islam did not stage attacks on AMISOM together in 2010.",
         "negated"),
        ("Al-Shabaab and Hizbul Islam may have staged attacks on AMISOM together in 2010.",
         "uncertain"),
    ],
)  # fmt: skip
def test_joint_act_keeps_the_verbs_modality(text: str, modality: str) -> None:
    events = _events(text)
    assert ("Al-Shabaab", "COOPERATE", "Hizbul Islam", modality) in events
    assert not any(t == "COOPERATE" and m == "asserted" for _s, t, _g, m in events)


def test_attacks_without_together_are_no_joint_act() -> None:
    found = _asserted("Al-Shabaab and Hizbul Islam staged attacks on AMISOM in 2010.")
    assert not any(t == "COOPERATE" for _s, t, _g in found)


# -- attacks aimed at each other (mechanisms._hostile_toward_each_other, located_acts) -------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah gunmen shot at each other in Gaza City.",
        "Hamas and Fatah shot at one another near Rafah.",
    ],
)
def test_shooting_at_each_other_is_a_clash_both_ways(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Hamas", "ASSAULT", "Fatah")
    assert _has(found, "Fatah", "ASSAULT", "Hamas")
    assert not any(g in ("Gaza City", "Rafah") for _s, _t, g in found)


def test_shooting_at_each_other_with_unknown_sides_hits_no_town() -> None:
    found = _events("Gunmen of the two groups shot at each other in Gaza City.")
    assert not any(g == "Gaza City" for _s, _t, g, _m in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hamas and Fatah did not shoot at each other.", "negated"),
        ("Hamas and Fatah may have shot at each other in Gaza City.", "uncertain"),
    ],
)
def test_shooting_at_each_other_keeps_modality(text: str, modality: str) -> None:
    assert ("Hamas", "ASSAULT", "Fatah", modality) in _events(text)
    assert not _asserted(text)


@pytest.mark.parametrize(
    "text",
    ["Hamas and Fatah smiled at each other in Cairo.", "Hamas and Fatah pointed at each other."],
)
def test_a_look_at_each_other_is_no_attack(text: str) -> None:
    assert not any(t == "ASSAULT" for _s, t, _g, _m in _events(text))


# -- acts exchanged between coordinated subjects, not with the place named after the object
#    (mechanisms.exchanged_acts, _exchanged_with_a_place) -----------------------------------


def test_traded_bombings_go_between_the_subjects_not_the_country() -> None:
    text = (
        "In the summer of 1958 Hamas and Fatah traded bombings and killings in Nicosia and "
        "the mixed villages of Cyprus."
    )
    found = _asserted(text)
    assert _has(found, "Hamas", "ASSAULT", "Fatah")
    assert _has(found, "Fatah", "ASSAULT", "Hamas")
    assert not any("Cyprus" in (s + g) for s, _t, g in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hamas and Fatah did not trade bombings in the villages of Cyprus in 1958.", "negated"),
        ("Hamas and Fatah may have traded bombings in the villages of Cyprus.", "uncertain"),
    ],
)
def test_traded_acts_keep_the_verbs_modality(text: str, modality: str) -> None:
    events = _events(text)
    assert ("Hamas", "ASSAULT", "Fatah", modality) in events
    assert not _asserted(text)


def test_one_subject_exchanging_with_a_country_keeps_the_country() -> None:
    found = _asserted("Kenya exchanged prisoners with Somalia.")
    assert _has(found, "Kenya", "RETREAT", "Somalia")
