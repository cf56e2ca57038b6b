"""Written reports, round 13 (issue 9, helper written13): mechanisms found on round13_work,
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import (
    ANYTHING,
    assert_events,
    asserted,
    asserted_between,
    has,
    named_events,
)


# -- ordnance delivered onto a party ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American aircraft dropped two heavy bombs on Al Qaeda hideouts in Shahikot.",
         "United States", "Al Qaeda"),
        ("Pakistani artillery rained shells on TTP positions in the Tirah valley.",
         "Pakistan", "Tehrik-i-Taliban"),
        ("Haqqani fighters lobbed grenades at an Afghan police checkpoint in Khost.",
         "Haqqani", "Afghan"),
    ],
)  # fmt: skip
def test_ordnance_dropped_or_rained_on_a_party_attacks_it(text: str, source: str,
                                                           target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-06-01"), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "American aircraft did not drop bombs on Al Qaeda hideouts in Shahikot.",
        "American aircraft may have dropped bombs on Al Qaeda hideouts in Shahikot.",
        "Pentagon officials denied that American aircraft had dropped bombs on Taliban "
        "hideouts in Helmand.",
        "American aircraft dropped leaflets on Taliban villages in Helmand.",
        "The Taliban dropped their demand for an American apology.",
    ],
)
def test_ordnance_twins_and_other_drops_are_not_asserted_attacks(text: str) -> None:
    assert_events(named_events(text, "2012-06-01"), gives_not=[("", "ASSAULT", "")])


# -- a place cleared of a party's men ----------------------------------------------------
def test_a_place_cleared_of_a_partys_fighters_expels_them() -> None:
    assert_events(
        named_events(
            "Aid workers returned to villages that the Frontier Corps had cleared of Pakistani "
            "Taliban fighters a month earlier.",
            "2010-05-01",
        ),
        gives=[("Frontier Corps", "COERCE", "Tehrik-i-Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Frontier Corps has not cleared the villages of Pakistani Taliban fighters.",
        "A Pakistani court cleared Hafiz Saeed of all charges.",
        "Hafiz Saeed was cleared of the charges by a Lahore court.",
    ],
)
def test_uncleared_places_and_acquittals_expel_no_one(text: str) -> None:
    assert_events(named_events(text, "2010-05-01"), gives_not=[("", "COERCE", "")])


# -- a noun's participle names its holders ------------------------------------------------
def test_an_accord_signed_by_two_parties_is_their_agreement() -> None:
    found = named_events(
        "The Swat accord, signed by the provincial government and the Pakistani Taliban in "
        "February, allowed Islamic courts in the valley.",
        "2009-03-01",
    )
    assert asserted_between(found, "Tehrik-i-Taliban", "Pakistan") or asserted_between(
        found, "Pakistan", "Tehrik-i-Taliban"
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "The Doha text, never signed by the United States and the Taliban, set a date for "
        "withdrawal.",
        "The Doha text, not signed by the Taliban, was shown to the United States.",
    ],
)
def test_an_accord_never_signed_is_no_agreement(text: str) -> None:
    assert_events(named_events(text, "2019-12-01"), gives_not=[("", "AGREE", "")])


# -- "alongside" a sanction's object --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The State Department designated the Haqqani network a terrorist organisation in "
         "2012, alongside the TTP.", "State Department"),
        ("Islamabad banned Jamaat-ud-Dawa, alongside the Haqqani network and the TTP.",
         "Pakistan"),
    ],
)  # fmt: skip
def test_groups_alongside_a_sanctioned_group_are_sanctioned_too(text: str, source: str) -> None:
    assert_events(
        named_events(text, "2012-09-07"),
        gives=[(source, "SANCTION", "Haqqani"), (source, "SANCTION", "Tehrik-i-Taliban")],
        gives_not=[
            ("", "COOPERATE", ""),
            ("Haqqani", None, "Tehrik-i-Taliban"),
            ("Jamaat", None, "Haqqani"),
        ],
    )


def test_a_group_acting_alongside_a_group_still_cooperates_with_it() -> None:
    assert_events(
        named_events("The TTP attacked the army post in Bajaur alongside Al Qaeda fighters."),
        gives=[("Tehrik-i-Taliban", "COOPERATE", "Al Qaeda"), ("Al Qaeda", "ASSAULT", "Pakistan")],
    )


def test_a_negated_designation_alongside_stays_negated() -> None:
    assert_events(
        named_events(
            "Riyadh did not designate the Haqqani network a terrorist group, alongside the TTP.",
            "2014-03-07",
        ),
        gives_not=[ANYTHING],
    )


# -- a stirring verb's "by" a party's fortune ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban, emboldened by the Afghan Taliban's victory in Kabul, stepped up "
        "raids on police posts.",
        "Haqqani commanders were heartened by Al Qaeda's resurgence in the east.",
    ],
)
def test_emboldened_by_a_partys_fortune_is_no_support(text: str) -> None:
    assert_events(named_events(text, "2022-01-01"), gives_not=[("", "SUPPORT", "")])


def test_emboldened_by_a_partys_act_or_by_the_party_is_support() -> None:
    assert_events(
        named_events("The Haqqanis were emboldened by the ISI's backing.", "2011-01-01"),
        gives=[("Inter-Services", "SUPPORT", "Haqqani")],
    )


# -- a person's role apposition, and the branch in a place ---------------------------------
def test_a_groups_leader_in_a_place_stands_for_its_branch() -> None:
    found = named_events(
        "Abu Hamza al-Muhajir, Al Qaeda's leader in Iraq, was killed by American troops near "
        "Tharthar.",
        "2010-04-19",
    )
    attacked = {t for _s, g, t, _m in asserted(found) if g == "ASSAULT"}
    assert attacked == {"Al Qaeda in Iraq"}, found


def test_a_groups_leader_with_no_place_stays_with_the_group() -> None:
    found = named_events(
        "Abu Khalil, Al Qaeda's leader, was killed by American troops in Paktika.", "2010-04-19"
    )
    attacked = {t for _s, g, t, _m in asserted(found) if g == "ASSAULT"}
    assert attacked == {"Al Qaeda"}, found


# -- a state word owned by an armed group -----------------------------------------------
def test_a_groups_military_chief_is_no_states_military() -> None:
    found = named_events(
        "Mullah Zakir, the Taliban's military chief, was detained in Quetta by the ISI.",
        "2010-06-01",
    )
    assert has(found, "Inter-Services", "COERCE", "Taliban"), found
    assert not any("Army" in t or "military" in t.lower() for _s, _g, t, _m in found), found


# -- a verb of suspecting or saying read as a plural noun after a name -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Afghan intelligence suspects that the ISI armed the Haqqani network.",
        "Afghan intelligence suspects that Pakistan's ISI helped the Haqqani network plan the "
        "bombing.",
    ],
)
def test_a_name_suspects_that_hedges_the_clause(text: str) -> None:
    assert_events(
        named_events(text, "2011-12-01"),
        gives_not=[("Inter-Services", None, "Haqqani"), ("Inter-Services", None, "Afghan")],
    )


def test_a_name_says_that_asserts_the_clause() -> None:
    found = named_events("Afghan intelligence says that the ISI armed the Haqqani network.",
                         "2011-12-01")  # fmt: skip
    assert has(found, "Inter-Services", "AID", "Haqqani"), found


# -- "a spokesman for X" speaks for X ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A spokesman for the Afghan Taliban condemned the Islamic State's Khorasan branch.",
         "Taliban", "Islamic State"),
        ("The spokesman for the Haqqani network denounced the Pakistani army.", "Haqqani",
         "Pakistan"),
    ],
)  # fmt: skip
def test_a_spokesman_for_a_group_acts_for_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Afghan Taliban denied that the movement had condemned the "
        "Islamic State.",
        "A spokesman for the Afghan Taliban did not condemn the Islamic State.",
        "A spokesman for the Afghan Taliban may condemn the Islamic State.",
    ],
)
def test_a_spokesmans_denied_or_hedged_act_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives_not=[("Taliban", None, "Islamic State")])


# -- "X's act drew condemnation from Y" ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The TTP's raid on the Kamra air base drew condemnation from the Afghan Taliban.",
         "Afghan Taliban", "Tehrik-i-Taliban"),
        ("Jolani's rebranding of his group drew a sharp rebuke from Al Qaeda's general "
         "command.", "Al Qaeda", "Nusra"),
        ("The Haqqani network attracted censure from Saudi Arabia in 2012.", "Saudi", "Haqqani"),
    ],
)  # fmt: skip
def test_an_act_drawing_condemnation_from_a_party_is_its_accusation(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2013-01-01"), gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The TTP's raid on the Kamra air base did not draw condemnation from the Afghan Taliban.",
        "The TTP's raid on the Kamra air base may draw condemnation from the Afghan Taliban.",
        "The Haqqani network drew recruits from the Pakistani Taliban.",
    ],
)
def test_undrawn_or_possible_condemnation_and_recruits_drawn_are_not_accusations(
    text: str,
) -> None:
    assert_events(
        named_events(text, "2013-01-01"),
        gives_not=[("", "ACCUSE", ""), ("Haqqani", None, "Tehrik-i-Taliban")],
    )
