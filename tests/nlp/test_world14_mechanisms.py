"""Group-history descriptions of the fourteenth replay set's classes (issue 10, helper world14).

Classes found on the rows of the fourteenth replay set after its one blind run: a fronted
phrase of time ending in a year with no comma ("In 2017 the X and the Y, both factions of Z,
fought side by side") that the parser runs on into the subject's names, taking the noun of an
apposition after them for the verb's subject (the names were the date's objects and the
relation was lost); a leader's men standing for him ("fighters loyal to P", "men loyal to P",
"P's men"), where a person the knowledge base lacks had been no actor unless he acted himself,
so a faction told through its leader had no side; a named accord is no party ("signed the
Tripartite Agreement" had opened the accord as a group, "the Tripoli Agreement" had made
Libya's government a signatory); "fighters under P" and "forces aligned with Y"; the last word
of a group's name is no trigger ("Front" in "the X Front" had been read as "a common front").
Every class is tested on invented sentences and invented
groups, with negated and hedged twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


# -- a fronted date with no comma before coordinated names and an apposition ------------------


@pytest.mark.parametrize("opener", ["In 2017", "In February 2017", "By mid-2002"])
def test_a_fronted_date_does_not_swallow_the_names_before_an_apposition(opener: str) -> None:
    found = named_events(
        f"{opener} the {X} and the {Y}, both Turkish-backed factions of the Northern Army,"
        " fought side by side to take the town of Harran."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


def test_a_fronted_date_before_one_name_and_an_apposition_keeps_the_attack() -> None:
    found = named_events(
        f"In March 2011 the {X}, a faction of the Northern Army, attacked the {Y}."
    )
    assert_events(found, gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("did not fight", "negated"), ("may have fought", "uncertain")],
)
def test_a_fronted_date_twin_negated_or_hedged_is_not_asserted(verb: str, modality: str) -> None:
    found = named_events(
        f"In 2017 the {X} and the {Y}, both Turkish-backed factions of the Northern Army,"
        f" {verb} side by side to take the town of Harran."
    )
    assert_events(
        found,
        gives=[(X, "COOPERATE", Y, modality)],
        gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)],
    )


def test_a_fronted_phrase_that_is_no_date_still_needs_a_missing_subject() -> None:
    # the phrase of a battle is no date: with a subject of its own the parse is kept, and the
    # name inside the phrase is not made a party
    found = named_events(f"During the siege of the {X} compound, the defenders held out for weeks.")
    assert_events(found, gives_not=[ANYTHING])


# -- a leader's men: "fighters loyal to P", "P's men" ---------------------------------------

P = "Joseph Kanyoro"
Q = "Jean-Paul Mbaru"
G = "Kivu Patriotic Front"


@pytest.mark.parametrize(
    "men", [f"fighters loyal to {P}", f"men loyal to {P}", f"{P}'s men", f"{P}'s loyalists"]
)
def test_a_leaders_men_act_for_him(men: str) -> None:
    found = named_events(f"{men[0].upper() + men[1:]} attacked the {G} in 2013.", "2013-06-01")
    assert_events(found, gives=[(P, "ASSAULT", G)])


def test_two_leaders_men_fighting_each_other_is_a_fight_between_the_leaders() -> None:
    found = named_events(
        f"In February 2013 fighters loyal to {P} fought {Q}'s men around the town.", "2013-06-01"
    )
    assert_events(found, gives=[(P, "ASSAULT", Q)])


@pytest.mark.parametrize(
    ("verb", "modality"), [("did not attack", "negated"), ("allegedly attacked", "uncertain")]
)
def test_a_leaders_men_twin_negated_or_hedged_is_not_asserted(verb: str, modality: str) -> None:
    found = named_events(f"In 2013 fighters loyal to {P} {verb} the {G}.", "2013-06-01")
    assert_events(found, gives=[(P, "ASSAULT", G, modality)], gives_not=[(P, "ASSAULT", G)])


def test_a_person_named_without_followers_is_no_party() -> None:
    # a letter to P names no faction of his: P is no actor, so nothing is coded about him
    found = named_events(f"In 2013 a letter to {P} was delivered to the {G}.", "2013-06-01")
    assert_events(found, gives_not=[(P, None, ""), ("", None, P)])


# -- a named accord is no party -----------------------------------------------------------


def test_a_named_accord_is_no_party_but_the_signatories_agree() -> None:
    found = named_events(f"In 1986 the {X} signed the Tripartite Agreement with the {Y}.")
    assert_events(
        found,
        gives=[(X, "AGREE", Y), (Y, "AGREE", X)],
        gives_not=[("", None, "Agreement"), ("Agreement", None, "")],
    )


def test_a_capital_in_an_accords_name_is_its_venue_not_a_party() -> None:
    # "the Tripoli Agreement" names where the accord was made: Libya's government is no party
    found = named_events(f"In 1986 the {X} rejected the Tripoli Agreement.")
    assert_events(found, gives_not=[("", None, "Libya"), ("Libya", None, "")])


def test_a_capital_before_a_capitalised_unit_word_is_still_read() -> None:
    found = named_events(f"In 1986 the {X} attacked the Kabul government.")
    assert_events(found, gives=[(X, "ASSAULT", "Afghan")])


def test_a_named_accord_twin_not_signed_is_not_asserted() -> None:
    found = named_events(f"In 1986 the {X} did not sign the Tripoli Agreement with the {Y}.")
    assert_events(found, gives=[(X, "AGREE", Y, "negated")], gives_not=[(X, "AGREE", Y)])


# -- forces aligned with a party; fighters under a leader ---------------------------------------


def test_forces_aligned_with_a_party_are_its_side() -> None:
    found = named_events(
        f"In June 2018 the {X} advanced toward Harran alongside forces aligned with the {Y}."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y)])


def test_forces_aligned_with_a_party_twin_negated_is_not_asserted() -> None:
    found = named_events(
        f"In June 2018 the {X} did not advance toward Harran alongside forces aligned with the {Y}."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y, "negated")], gives_not=[(X, "COOPERATE", Y)])


def test_fighters_under_a_leader_act_for_him() -> None:
    found = named_events(f"In July 2015 fighters under {P} fought alongside the {Y}.")
    assert_events(found, gives=[(P, "COOPERATE", Y)])


def test_fighters_under_fire_are_nobodys() -> None:
    found = named_events(f"In July 2015 fighters under heavy fire fled from the {Y}.")
    assert_events(found, gives_not=[("heavy fire", None, ""), ("", None, "heavy fire")])


# -- the last word of a group's name is no trigger --------------------------------------------


def test_the_last_word_of_a_groups_name_is_no_cooperation() -> None:
    # "Front" closes the name; read as "a common front" it had coded the two feuding groups
    # as cooperating
    found = named_events(
        f"In 2006 gunmen of the {X} and cadres of the pro-talks {Y} traded killings in the hills."
    )
    assert_events(found, gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


def test_a_groups_name_does_not_stop_its_own_relation() -> None:
    found = named_events(f"The {X} and the {Y} fought side by side in 2006.")
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])
