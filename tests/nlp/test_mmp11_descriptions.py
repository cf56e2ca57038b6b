"""Relationship descriptions whose cooperative row named the tie in a construction of its own
(issue 10, mmp11).

Invented sentences about invented groups: membership told by a partitive ("one of the
brigades of Y") or a "within" phrase; fighting for a party ("fought for Y", "for the
government of Y"); solidarity carried by a message noun ("issued a statement of solidarity
with Y"); and a possessive "its" in a coordinated clause with a subject of its own, which is
the subject of the clause before ("X sided with Y, and Z attacked its positions"). Each has
negated or hedged twins that must not be asserted, and near misses that give no tie.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

_events = partial(group_events, date="1990-06")


_asserted = partial(asserted_group_events, date="1990-06")


PART, WHOLE = "Kumasi Brigade", "Volta Army"
MEMBER = (PART, "COOPERATE", None, WHOLE)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade operated as one of the units of the Volta Army.",
        "Based near Tamale, the Kumasi Brigade was one of the battalions of the Volta Army.",
        "The Kumasi Brigade served as one of the columns of the Volta Army until 1988.",
        "The Kumasi Brigade started out as a faction within the Volta Army.",
    ],
)
def test_a_part_told_by_a_partitive_or_within_is_a_member(text: str) -> None:
    assert MEMBER in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade was not one of the battalions of the Volta Army.",
        "The Kumasi Brigade may have been one of the battalions of the Volta Army.",
        "The Kumasi Brigade never was a faction within the Volta Army.",
        # an act on a part is no membership; a person among commanders is no group tie
        "The Kumasi Brigade attacked one of the battalions of the Volta Army.",
        "Kofi Mensah was one of the commanders of the Volta Army.",
    ],
)
def test_denied_hedged_or_untold_memberships_are_not_asserted(text: str) -> None:
    assert MEMBER not in _asserted(text)


FOUGHT_FOR = (PART, "COOPERATE", None, WHOLE)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade fought for the Volta Army during the siege of Tamale.",
        "In 1989 the Kumasi Brigade fought for the Volta Army against the Ashanti Front.",
    ],
)
def test_fighting_for_a_party_is_cooperation(text: str) -> None:
    assert FOUGHT_FOR in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade did not fight for the Volta Army during the siege of Tamale.",
        "The Kumasi Brigade may have fought for the Volta Army during the siege of Tamale.",
        "The Kumasi Brigade reportedly refused to fight for the Volta Army.",
        # an aim is no party
        "The Kumasi Brigade fought for control of the Volta Army's depots.",
    ],
)
def test_denied_hedged_or_aimed_fighting_for_is_not_asserted(text: str) -> None:
    assert FOUGHT_FOR not in _asserted(text)


def test_fighting_for_an_aim_gives_no_party() -> None:
    events = _asserted("The Kumasi Brigade fought for independence from the Volta Army.")
    assert not any(e[1] == "COOPERATE" for e in events)


SOLIDARITY = ("Volta Army", "SUPPORT", None, "Ashanti Liberation Front")


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army issued a statement of solidarity with the Ashanti Liberation Front.",
        "In May the Volta Army issued a message of solidarity with the Ashanti Liberation "
        "Front's fighters in Kumasi.",
    ],
)
def test_solidarity_carried_by_a_message_is_support(text: str) -> None:
    assert SOLIDARITY in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not issue a statement of solidarity with the Ashanti Liberation Front.",
        "The Volta Army may have issued a statement of solidarity with the Ashanti Liberation "
        "Front.",
        "The Volta Army refused to issue a statement of solidarity with the Ashanti Liberation "
        "Front.",
    ],
)
def test_denied_or_hedged_solidarity_is_not_asserted(text: str) -> None:
    assert SOLIDARITY not in _asserted(text)


HIT = ("Volta Army", "ASSAULT", None, "Kumasi Brigade")
WRONG = ("Volta Army", "ASSAULT", None, "Ashanti Front")


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade sided with the Ashanti Front, and Volta Army units attacked its "
        "positions near Tamale.",
        "When the war spread north in 1990, the Kumasi Brigade sided with the Ashanti Front, "
        "and Volta Army units attacked its positions near Tamale.",
    ],
)
def test_its_in_a_clause_with_its_own_subject_is_the_subject_before(text: str) -> None:
    found = _asserted(text)
    assert HIT in found
    assert WRONG not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade sided with the Ashanti Front, and Volta Army units did not attack "
        "its positions near Tamale.",
        "The Kumasi Brigade sided with the Ashanti Front, and Volta Army units may have "
        "attacked its positions near Tamale.",
    ],
)
def test_denied_or_hedged_attacks_on_its_positions_are_not_asserted(text: str) -> None:
    assert HIT not in _asserted(text)


def test_its_with_no_subject_of_its_own_keeps_the_usual_reading() -> None:
    # the possessive's clause has the first clause's subject: nothing crosses
    found = _asserted("The Kumasi Brigade sided with the Ashanti Front and shelled its rivals.")
    assert ("Kumasi Brigade", "ASSAULT", None, "Kumasi Brigade") not in found


TIED = (PART, "COOPERATE", None, WHOLE)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the plural of "one of" is told of the part
        "The Kumasi Brigade was one of several factions that announced their unity with the "
        "Volta Army in 1988.",
        "The Kumasi Brigade announced its unity with the Volta Army in 1988.",
        # fighting on a party's side
        "The Kumasi Brigade fought on the same side as the Volta Army.",
        "Through the dry season the Kumasi Brigade kept fighting the government on the same "
        "side as the Volta Army.",
        # founders told before they founded, as guerrillas of the whole
        "Commanders who would later form the Kumasi Brigade were guerrillas of the Volta Army.",
    ],
)
def test_unity_sides_and_guerrillas_are_ties(text: str) -> None:
    assert TIED in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade was one of several factions that refused to announce their unity "
        "with the Volta Army in 1988.",
        "The Kumasi Brigade did not announce its unity with the Volta Army in 1988.",
        "The Kumasi Brigade may have announced its unity with the Volta Army in 1988.",
        "The Kumasi Brigade never fought on the same side as the Volta Army.",
        "The Kumasi Brigade may have fought on the same side as the Volta Army.",
        "Commanders who would later form the Kumasi Brigade were not guerrillas of the Volta Army.",
    ],
)
def test_denied_or_hedged_unity_sides_and_guerrillas_are_not_asserted(text: str) -> None:
    assert TIED not in _asserted(text)


JOINT = (PART, "COOPERATE", "joint_operations", WHOLE)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade fought together with the Volta Army against the Ashanti Front.",
        "Fighters of the Kumasi Brigade led the assault on the airport together with Volta "
        "Army units.",
        "The Kumasi Brigade shelled the barracks jointly with the Volta Army.",
    ],
)
def test_together_with_is_a_co_agent_not_an_enemy(text: str) -> None:
    found = _asserted(text)
    assert JOINT in found
    assert (PART, "ASSAULT", None, WHOLE) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade did not fight together with the Volta Army against the Ashanti Front.",
        "The Kumasi Brigade may have fought together with the Volta Army against the Ashanti "
        "Front.",
    ],
)
def test_denied_or_hedged_together_with_is_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert JOINT not in found
    assert (PART, "ASSAULT", None, WHOLE) not in found


def test_fighting_with_a_party_and_no_adverb_stays_a_fight() -> None:
    assert (PART, "ASSAULT", None, WHOLE) in _asserted(
        "The Kumasi Brigade fought with the Volta Army near Tamale."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army was formed in 1988 as a coalition of four factions, among them the "
        "Kumasi Brigade.",
        "The Volta Army was an alliance of several groups, among them the Kumasi Brigade and "
        "the Tamale Front.",
    ],
)
def test_a_group_among_the_parts_of_a_coalition_is_a_member(text: str) -> None:
    assert MEMBER in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army was not formed as a coalition of four factions, among them the Kumasi "
        "Brigade.",
        "The Volta Army may have been formed as a coalition of four factions, among them the "
        "Kumasi Brigade.",
        # the parts of no coalition: an act on several groups
        "The Volta Army attacked four factions, among them the Kumasi Brigade.",
    ],
)
def test_denied_hedged_or_no_coalition_gives_no_member(text: str) -> None:
    assert MEMBER not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters under the command of the Kumasi Brigade fought for the Volta Army in 1989.",
        "Men under the Kumasi Brigade's command fought for the Volta Army in 1989.",
    ],
)
def test_followers_under_a_group_stand_for_it(text: str) -> None:
    assert FOUGHT_FOR in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters under the command of the Kumasi Brigade did not fight for the Volta Army.",
        "Fighters under the command of the Kumasi Brigade may have fought for the Volta Army.",
        # "under fire from" names who fires, not whom the fighters follow
        "Fighters under fire from the Kumasi Brigade fought for the Volta Army in 1989.",
    ],
)
def test_denied_hedged_or_unled_followers_give_no_tie(text: str) -> None:
    assert FOUGHT_FOR not in _asserted(text)


def test_named_kinds_of_fighters_under_a_group_stand_for_it() -> None:
    found = _asserted(
        "Foreign fighters under the command of the Kumasi Brigade attacked the airport "
        "together with Volta Army units."
    )
    assert JOINT in found
