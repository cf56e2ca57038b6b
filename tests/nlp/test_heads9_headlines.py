"""Headline classes of heads9 (issue 9, Pakistan wire headlines of 2017-2021): South Asian
police ranks and "LEAs" as the state's police, the Frontier Corps by its districts and foes,
"X claim killing of Y", "X forces fire on Y", tolls of one clash told as two clauses ("Soldier
martyred, two TTP militants killed in exchange of fire") and the country the attackers came
from ("cross-border attack from Afghanistan"), which is no party.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, denied, hedged,
requested) and forms it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import id_events

from riftwatch.nlp.headline import _clash_idiom, _split_tolls, origin_of_attack

DATE = "2019-06-01"


def family(ident: str) -> str:
    """A coarse family of an actor id, enough for these tests."""
    keys = (
        ("ttp", "TTP"),
        ("tehrik", "TTP"),
        ("afghan-taliban", "TALIBAN"),
        ("islamic-state", "IS"),
        ("iskp", "IS"),
        ("frontier-corps", "PAK"),
        ("pak", "PAK"),
        ("afghan", "AFG"),
        ("afghanistan", "AFG"),
    )
    for key, fam in keys:
        if key in ident:
            return fam
    return ident


def triples(text: str, date: str = DATE) -> set[tuple[str, str, str, str]]:
    return {(family(s), t, family(g), m) for s, t, g, m in id_events(text, date)}


def asserted(text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in triples(text, date) if m == "asserted"}


# -- police ranks, "LEAs" and the Frontier Corps ---------------------------------------------
@pytest.mark.parametrize("rank", ["SHO", "DSP", "constable", "Khasadar"])
def test_a_police_rank_killed_by_the_ttp_is_the_pakistani_police(rank: str) -> None:
    text = f"TTP militants kill {rank} in Bannu"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_a_denied_killing_of_a_police_rank_is_not_asserted() -> None:
    text = "TTP denies killing SHO in Bannu"
    assert not asserted(text), triples(text)


@pytest.mark.parametrize("agents", ["LEAs", "Law enforcement agencies"])
def test_leas_arresting_a_group_are_the_pakistani_state(agents: str) -> None:
    text = f"{agents} arrest three TTP suspects in Karachi"
    assert asserted(text) == {("PAK", "COERCE", "TTP")}, triples(text)


def test_leas_that_may_arrest_assert_nothing() -> None:
    text = "LEAs may arrest three TTP suspects in Karachi"
    assert not asserted(text), triples(text)


@pytest.mark.parametrize(
    "text",
    ["FC arrests TTP commander in Khyber", "FC kills two TTP terrorists in Bajaur raid"],
)
def test_the_fc_in_its_districts_is_the_frontier_corps(text: str) -> None:
    assert {s for s, _t, _g in asserted(text)} == {"PAK"}, triples(text)


def test_fc_men_martyred_in_a_claimed_attack_are_the_frontier_corps() -> None:
    text = "Two FC men martyred in attack claimed by TTP in Kurram"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_the_fc_denying_an_arrest_asserts_nothing() -> None:
    text = "FC denies arresting TTP commander in Khyber"
    assert not asserted(text), triples(text)


# -- "X claim killing of Y" -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban claim killing of two policemen in Lakki Marwat",
        "TTP claim killing of three soldiers",
        "Pakistani Taliban claim responsibility for killing of two policemen",
    ],
)
def test_a_claimed_killing_of_victims_is_the_claimants_attack(text: str) -> None:
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban deny killing of two policemen in Lakki Marwat",
        "TTP did not claim killing of three soldiers",
    ],
)
def test_a_denied_or_unclaimed_killing_is_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


# -- "X forces fire on Y" -------------------------------------------------------------------
def test_forces_firing_on_troops_attack_them() -> None:
    text = "Afghan forces fire on Pakistani troops in Chaman"
    assert asserted(text) == {("AFG", "ASSAULT", "PAK")}, triples(text)


def test_forces_that_may_have_fired_on_troops_assert_nothing() -> None:
    text = "Afghan forces may have fired on Pakistani troops in Chaman"
    assert not asserted(text), triples(text)


def test_forces_denying_fire_on_troops_assert_nothing() -> None:
    text = "Afghan forces deny firing on Pakistani troops in Chaman"
    assert not asserted(text), triples(text)


# -- two tolls of one clash -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldier martyred, two TTP terrorists killed in exchange of fire in North Waziristan",
        "Two TTP militants killed in exchange of fire with security forces",
    ],
)
def test_tolls_of_one_clash_run_both_ways(text: str) -> None:
    assert asserted(text) == {("PAK", "ASSAULT", "TTP"), ("TTP", "ASSAULT", "PAK")}, triples(text)


def test_split_tolls_need_a_clash_noun() -> None:
    text = "Soldier martyred, two TTP militants killed in Bajaur"
    assert _split_tolls(text)[0] == text
    assert _clash_idiom("Pakistan and TTP exchange prisoners")[0].endswith("prisoners")


# -- the country the attackers came from ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP militants attack FC camp in Chitral from Afghanistan",
        "Soldiers martyred in cross-border attack by TTP from Afghanistan",
        "Pakistan army says TTP fighters from Afghanistan attacked its border post",
    ],
)
def test_the_country_attackers_came_from_is_no_party(text: str) -> None:
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_a_cross_border_attack_by_no_named_group_gives_no_triple() -> None:
    text = "Three soldiers martyred in cross-border attack from Afghanistan"
    assert not {t for t in asserted(text) if "AFG" in (t[0], t[2])}, triples(text)


def test_a_country_that_attacks_is_still_a_party() -> None:
    text = "Afghan forces attack Pakistani post from across the border"
    assert asserted(text) == {("AFG", "ASSAULT", "PAK")}, triples(text)


def test_origin_is_only_read_in_a_text_of_an_attack() -> None:
    text = "Pakistan receives aid from Afghanistan"
    assert not origin_of_attack(text, text.index("Afghanistan"))


# -- "X martyr Y" and a named toll before "as" ------------------------------------------------
def test_martyr_with_an_object_is_the_subjects_attack() -> None:
    text = "TTP terrorists martyr two cops in Dera Ismail Khan"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_martyred_without_an_object_keeps_its_victims_as_subject() -> None:
    text = "Soldiers martyred in TTP attack in Bajaur"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_a_denied_martyring_is_not_asserted() -> None:
    text = "TTP denies that its men martyred two cops"
    assert not asserted(text), triples(text)


def test_a_named_toll_before_as_is_the_work_of_the_actor_after_it() -> None:
    text = "Three TTP terrorists killed as security forces raid hideout in Bajaur"
    assert asserted(text) == {("PAK", "ASSAULT", "TTP")}, triples(text)


def test_a_named_toll_before_a_hedged_raid_is_not_asserted() -> None:
    text = "Three TTP terrorists killed as security forces may raid hideout in Bajaur"
    assert ("PAK", "ASSAULT", "TTP") not in asserted(text), triples(text)


# -- a trailing toll after a clause of its own ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Taliban attack check post in Kurram, two soldiers martyred",
        "Taliban attack on FC post kills three",
    ],
)
def test_an_attack_on_a_post_with_a_trailing_toll_is_the_ttps(text: str) -> None:
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_an_attack_with_a_trailing_toll_that_is_denied_is_not_asserted() -> None:
    text = "TTP denies it attacks check post in Kurram, two soldiers martyred"
    assert not asserted(text), triples(text)


def test_intelligence_agencies_arresting_are_the_state() -> None:
    text = "Intelligence agencies arrest IS commander in Peshawar"
    assert asserted(text) == {("PAK", "COERCE", "IS")}, triples(text)


def test_a_football_club_is_no_frontier_corps() -> None:
    assert not asserted("Barcelona FC beat Real Madrid in Karachi friendly")


# -- arrest idioms and suspects ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP suspect taken into custody in Swat",
        "TTP suspect arrested in Peshawar",
        "TTP commander taken into custody in Peshawar",
    ],
)
def test_an_arrest_in_pakistan_implies_its_forces(text: str) -> None:
    assert asserted(text) == {("PAK", "COERCE", "TTP")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "TTP suspect not taken into custody in Swat, police say",
        "Police deny TTP suspect was taken into custody",
    ],
)
def test_a_negated_or_denied_custody_is_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


def test_police_who_suspect_a_group_assert_no_attack() -> None:
    text = "Police suspect TTP in attack on police post"
    assert not asserted(text), triples(text)


# -- "X says killed Y": the dropped subject is the speaker -----------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pakistan says killed TTP commander in North Waziristan", ("PAK", "ASSAULT", "TTP")),
        ("Pakistan army says arrested IS commander in Quetta", ("PAK", "COERCE", "IS")),
    ],
)
def test_a_dropped_subject_after_says_is_the_speaker(text: str, want: tuple) -> None:
    assert asserted(text) == {want}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan says may have killed TTP commander in North Waziristan",
        "Pakistan denies it killed TTP commander",
    ],
)
def test_a_hedged_or_denied_killing_after_says_is_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


# -- a claim after the attack's phrase ---------------------------------------------------------
def test_an_attack_phrase_claimed_by_a_group_is_the_groups() -> None:
    text = "Attack on police in Quetta claimed by IS"
    assert asserted(text) == {("IS", "ASSAULT", "PAK")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attack on police in Quetta not claimed by IS",
        "Attack on police in Quetta falsely claimed by IS, officials say",
    ],
)
def test_an_unclaimed_or_falsely_claimed_attack_is_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


# -- a state announcing the other side's dead in a clash ---------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pakistan says 50 Afghan soldiers killed in border clash", ("PAK", "ASSAULT", "AFG")),
        ("Pakistan army says 10 TTP militants killed in clash", ("PAK", "ASSAULT", "TTP")),
    ],
)
def test_a_state_announcing_the_other_sides_dead_in_a_clash_claims_it(
    text: str, want: tuple
) -> None:
    assert asserted(text) == {want}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan says three soldiers killed in border clash",
        "Pakistan says 50 Afghan soldiers may have been killed in border clash",
        "Pakistan says 10 TTP militants killed",
    ],
)
def test_a_state_announcing_its_own_dead_or_a_hedged_toll_claims_nothing(text: str) -> None:
    assert not asserted(text), triples(text)
