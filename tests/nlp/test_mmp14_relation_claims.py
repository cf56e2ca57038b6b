"""Relation claims that relationship descriptions tell through people, units and blame
(issue 10, mmp14).

Invented sentences: a person tied to a group by a relative clause ("P, who led the Y") stands
for it, also as the other party of a parting ("broke with Q, who led the Z"); units tied to a
party by a phrase after them ("units loyal to X") are that party's; an attack a party laid at
another's door in a relative clause ("an attack that X blamed on Y") is X's accusation of Y and
never X's own attack; an idiom verb the tagger reads as its object's adjective ("... al-Sham
parted ways with Y") is still the verb. Each has negated or hedged twins that must not be
asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

_events = partial(group_events, date="2020-06")


_asserted = partial(asserted_group_events, date="2020-06")


A, B = "Volta Army", "Kumasi Brigade"


# -- a person tied by "who led" -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who led the Volta Army, broke with the Kumasi Brigade in 2011.",
        "In 2011 Kofi Mensah, who commanded the Volta Army, broke with the Kumasi Brigade.",
        "Kofi Mensah, who later founded the Volta Army, broke with the Kumasi Brigade.",
    ],
)
def test_a_person_who_led_a_group_stands_for_it(text: str) -> None:
    found = _asserted(text)
    assert (A, "REJECT", "split", B) in found
    assert not any(e[0] == "Kofi Mensah" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, the leader of the Volta Army, broke with Yaw Boateng, who led the "
        "Kumasi Brigade.",
        "In 1994 Kofi Mensah, who later founded the Volta Army, parted ways with Yaw Boateng, "
        "who commanded the Kumasi Brigade.",
    ],
)
def test_a_parting_of_two_leaders_is_their_groups_parting(text: str) -> None:
    assert (A, "REJECT", "split", B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who never led the Volta Army, broke with the Kumasi Brigade.",
        "Kofi Mensah, who reportedly led the Volta Army, broke with the Kumasi Brigade.",
        "Kofi Mensah, who may have led the Volta Army, broke with the Kumasi Brigade.",
    ],
)
def test_a_denied_or_hedged_lead_ties_nothing(text: str) -> None:
    assert not any(e[0] == A for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who led the Volta Army, did not break with the Kumasi Brigade.",
        "Kofi Mensah, who led the Volta Army, may break with the Kumasi Brigade.",
    ],
)
def test_a_tied_person_s_negated_or_hedged_parting_is_not_asserted(text: str) -> None:
    assert not any(e[1] == "REJECT" for e in _asserted(text))


def test_a_person_after_with_is_not_the_founder_of_the_group_founded_after() -> None:
    text = "Kofi Mensah broke with Yaw Boateng in 2013 and founded the Volta Army."
    found = _events(text)
    assert not any(e[0] == A and e[3] == A for e in found)
    assert not any(e[3] == A and e[1] == "REJECT" for e in found)


# -- units tied to a party -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army attacked units loyal to the Kumasi Brigade in the capital.",
        "Volta Army fighters ambushed a column allied with the Kumasi Brigade.",
        "The Volta Army shelled detachments loyal to the Kumasi Brigade near the border.",
    ],
)
def test_units_loyal_to_a_party_are_that_party(text: str) -> None:
    assert any(e[0] == A and e[1] == "ASSAULT" and e[3] == B for e in _asserted(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not attack units loyal to the Kumasi Brigade.",
        "The Volta Army may have attacked units loyal to the Kumasi Brigade.",
        "The Volta Army denied that it had attacked units loyal to the Kumasi Brigade.",
    ],
)
def test_units_twins_are_not_asserted(text: str) -> None:
    assert not any(e[1] == "ASSAULT" for e in _asserted(text))


def test_bare_units_are_no_party() -> None:
    assert not _events("The Volta Army attacked units in the capital.")


# -- an attack laid at a party's door --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A bombing that the Volta Army blamed on the Kumasi Brigade killed one of its founders.",
        "A suicide attack that the Volta Army blamed on the Kumasi Brigade's men killed Kojo "
        "Asante, one of the founders of the Volta Army, in 2014.",
        "The ambush, which the Volta Army attributed to the Kumasi Brigade, killed six of its "
        "fighters.",
    ],
)
def test_an_attack_blamed_on_a_party_is_an_accusation(text: str) -> None:
    found = _asserted(text)
    assert (A, "ACCUSE", "allege", B) in found
    assert (A, "ASSAULT", None, B) not in found  # the blamer is not the attacker


@pytest.mark.parametrize(
    "text",
    [
        "A bombing that the Volta Army never blamed on the Kumasi Brigade killed six people.",
        "A bombing that the Volta Army did not blame on the Kumasi Brigade killed six people.",
        "A bombing that the Volta Army may have blamed on the Kumasi Brigade killed six people.",
    ],
)
def test_blame_twins_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert (A, "ACCUSE", "allege", B) not in found
    assert (A, "ASSAULT", None, B) not in found


# -- an idiom verb read as its object's adjective ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Qadisiya parted ways with the Kumasi Brigade in 2013.",
        "The Volta Army, which had led the fight, parted ways with the Kumasi Brigade.",
    ],
)
def test_parted_ways_read_as_a_noun_phrase_is_still_a_parting(text: str) -> None:
    found = _asserted(text)
    assert any(e[1:] == ("REJECT", "split", B) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Qadisiya never parted ways with the Kumasi Brigade.",
        "Jund al-Qadisiya may part ways with the Kumasi Brigade.",
        "Jund al-Qadisiya denied that it had parted ways with the Kumasi Brigade.",
    ],
)
def test_parted_ways_twins_are_not_asserted(text: str) -> None:
    assert not any(e[1] == "REJECT" for e in _asserted(text))


# -- under another group's command -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army operated under the command of the Kumasi Brigade.",
        "In 1994 the Volta Army fought under the Kumasi Brigade's command.",
        "The Volta Army operated under Kumasi Brigade command in the hills.",
    ],
)
def test_acting_under_a_group_s_command_is_cooperation(text: str) -> None:
    assert (A, "COOPERATE", None, B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not operate under the command of the Kumasi Brigade.",
        "The Volta Army may have fought under the Kumasi Brigade's command.",
        "The Volta Army denied that it operated under the command of the Kumasi Brigade.",
    ],
)
def test_command_twins_are_not_asserted(text: str) -> None:
    assert (A, "COOPERATE", None, B) not in _asserted(text)


def test_a_person_s_command_is_no_group_pair() -> None:
    assert not _asserted("The Volta Army operated under the command of Kofi Mensah.")


# -- members rising against their own leader -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah and other Kumasi Brigade commanders rebelled against Yaw Boateng and "
        "formed the Volta Army.",
        "Kofi Mensah and other Kumasi Brigade officers in Ghana broke with Yaw Boateng and "
        "founded the Volta Army.",
    ],
)
def test_members_rising_against_a_person_split_from_his_group(text: str) -> None:
    assert (A, "REJECT", "split", B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah and other Kumasi Brigade commanders never rebelled against Yaw Boateng.",
        "Kofi Mensah and other Kumasi Brigade commanders may have rebelled against Yaw Boateng "
        "and formed the Volta Army.",
    ],
)
def test_members_rising_twins_are_not_asserted(text: str) -> None:
    assert (A, "REJECT", "split", B) not in _asserted(text)


# -- a person of one group holding a role in another ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who later founded the Volta Army, was a commander of the Kumasi Brigade.",
        "Kofi Mensah, who later founded the Volta Army, commanded the Kumasi Brigade's forces "
        "in the east.",
        "Kofi Mensah, who later founded the Volta Army, led Kumasi Brigade fighters in the hills.",
    ],
)
def test_a_person_of_one_group_in_a_role_of_another_ties_them(text: str) -> None:
    assert (A, "COOPERATE", None, B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who later founded the Volta Army, was never a commander of the Kumasi "
        "Brigade.",
        "Kofi Mensah, who later founded the Volta Army, may have commanded the Kumasi Brigade's "
        "forces.",
        "Kofi Mensah, who later founded the Volta Army, did not command the Kumasi Brigade's "
        "forces.",
    ],
)
def test_role_twins_are_not_asserted(text: str) -> None:
    assert (A, "COOPERATE", None, B) not in _asserted(text)


def test_a_person_of_no_other_group_ties_nothing() -> None:
    assert not _asserted("Kofi Mensah commanded the Kumasi Brigade's forces in the east.")
