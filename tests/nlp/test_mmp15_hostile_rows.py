"""Hostile relationship rows that gave no claim on the pair (issue 10, mmp15).

Invented sentences about invented groups. A hostile operation told through a relative clause
("X launched an offensive that drove Y out of the town") acts for who launched it: the
clause's event is X's. Negated or hedged twins of the launching verb give no asserted event,
a negated clause gives no asserted event, and an operation X only comments on ("condemned an
attack that killed Y's fighters") is not X's.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

_asserted = partial(asserted_group_events, date="1991-04")
_events = partial(group_events, date="1991-04")

A, B = "Tamar Liberation Front", "Oskel Brigades"


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front launched an offensive that drove the Oskel Brigades out of "
        "the valley.",
        "In 1990 the Tamar Liberation Front launched an offensive which expelled the Oskel "
        "Brigades from two towns.",
        "The Tamar Liberation Front mounted a campaign that pushed the Oskel Brigades out of "
        "the hills.",
    ],
)
def test_an_offensive_that_drives_a_group_out_is_the_launchers_expulsion(text: str) -> None:
    assert (A, "COERCE", "expulsion", B) in _asserted(text)


def test_an_attack_that_kills_a_groups_fighters_is_the_launchers_assault() -> None:
    text = "The Tamar Liberation Front launched an attack that killed nine Oskel Brigades fighters."
    assert (A, "ASSAULT", None, B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front did not launch an offensive that drove the Oskel Brigades "
        "out of the valley.",
        "The Tamar Liberation Front may launch an offensive that drives the Oskel Brigades out "
        "of the valley.",
        "The Tamar Liberation Front planned to launch an offensive that would drive the Oskel "
        "Brigades out of the valley.",
        "The Tamar Liberation Front never launched an attack that killed Oskel Brigades fighters.",
        "The Tamar Liberation Front launched an offensive that did not drive the Oskel "
        "Brigades out of the valley.",
    ],
)
def test_negated_or_hedged_twins_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not any(e[0] == A and e[3] == B for e in found)


def test_an_operation_the_group_only_comments_on_is_not_its_own() -> None:
    text = (
        "The Tamar Liberation Front condemned an attack that killed nine Oskel Brigades fighters."
    )
    assert not any(e[0] == A and e[1] in ("ASSAULT", "COERCE") for e in _events(text))


# A fronted phrase ending in a name ("After the arrest of its leader, a faction of X ...") that
# the parser reads the faction as an apposition of: the faction is still the subject.


@pytest.mark.parametrize(
    "text",
    [
        "After the arrest of Dov Harrel, a faction of the Tamar Liberation Front broke away and "
        "set up the Oskel Brigades.",
        "After the killing of Dov Harrel, a faction of the Tamar Liberation Front in the "
        "south broke away and formed the Oskel Brigades.",
    ],
)
def test_a_faction_after_a_fronted_phrase_splits(text: str) -> None:
    assert (B, "REJECT", "split", A) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the arrest of Dov Harrel, a faction of the Tamar Liberation Front did not break "
        "away and set up the Oskel Brigades.",
        "After the arrest of Dov Harrel, a faction of the Tamar Liberation Front may break away "
        "and set up the Oskel Brigades.",
        "After the arrest of Dov Harrel, a faction of the Tamar Liberation Front threatened to "
        "break away and set up the Oskel Brigades.",
    ],
)
def test_a_fronted_faction_split_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert (B, "REJECT", "split", A) not in _asserted(text)


# Fighting that breaks out in a place "between X and Y": the parser carries the 'between'
# phrase on the place; the fighting is still between the two groups, both ways.


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting broke out in the capital between the Tamar Liberation Front and the "
        "Oskel Brigades.",
        "In 1990 clashes erupted across the delta between the Tamar Liberation Front and the "
        "Oskel Brigades.",
    ],
)
def test_fighting_in_a_place_between_two_groups_is_hostile_both_ways(text: str) -> None:
    found = _asserted(text)
    assert (A, "ASSAULT", None, B) in found
    assert (B, "ASSAULT", None, A) in found


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting may break out in the capital between the Tamar Liberation Front and the "
        "Oskel Brigades.",
        "No fighting broke out in the capital between the Tamar Liberation Front and the Oskel "
        "Brigades.",
        "Observers feared that fighting would break out in the capital between the Tamar "
        "Liberation Front and the Oskel Brigades.",
    ],
)
def test_fighting_in_a_place_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert (A, "ASSAULT", None, B) not in found
    assert (B, "ASSAULT", None, A) not in found


def test_an_operation_stopped_by_a_group_is_not_the_launchers_act_on_it() -> None:
    text = "The Tamar Liberation Front launched an attack which was repelled by the Oskel Brigades."
    assert not any(e[0] == A and e[3] == B and e[1] in ("ASSAULT", "COERCE") for e in _events(text))
