"""Cooperation told without a relation word (issue 10, replay17).

Relationship descriptions state an alliance through what the parties did as one side: they
"fought on the same side", "fought side by side with" each other, "shared fighters and safe
houses", one "operated inside" the other, "took part with" it in an operation, "grew out of"
it or "served as its enforcers". Invented sentences about invented groups; every class has
negated or hedged twins that must not come out asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

_asserted = partial(asserted_group_events, date="1991-04")
_events = partial(group_events, date="1991-04")

A, B = "Tamar Liberation Front", "Oskel Brigades"


def _cooperate(found: set, source: str, target: str) -> bool:
    return any(e[0] == source and e[1] == "COOPERATE" and e[3] == target for e in found)


def _asserted_between(text: str) -> set:
    return {e for e in _asserted(text) if {e[0], e[3]} == {A, B}}


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front and the Oskel Brigades fought on the same side in 1990.",
        "The Tamar Liberation Front fought on the same side as the Oskel Brigades in the war.",
        "The Tamar Liberation Front fought side by side with the Oskel Brigades in the hills.",
        "The Tamar Liberation Front and the Oskel Brigades shared fighters and safe houses.",
        "The Tamar Liberation Front shared its camps with the Oskel Brigades.",
        "The Tamar Liberation Front took part with the Oskel Brigades in the capture of the port.",
    ],
)
def test_acting_as_one_side_is_cooperation_both_ways(text: str) -> None:
    found = _asserted(text)
    assert _cooperate(found, A, B)
    assert _cooperate(found, B, A)


def test_fighting_on_the_same_side_is_no_fight_between_them() -> None:
    text = "The Tamar Liberation Front and the Oskel Brigades fought on the same side in 1990."
    assert not any(e[1] == "ASSAULT" for e in _asserted_between(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front operated inside the Oskel Brigades until 1990.",
        "The Tamar Liberation Front served as the armed enforcers of the Oskel Brigades.",
        "The Tamar Liberation Front operated in the capital as the hit squad of the Oskel "
        "Brigades.",
        "The Tamar Liberation Front grew out of the Oskel Brigades.",
        "The Tamar Liberation Front emerged from the Oskel Brigades in 1988.",
    ],
)
def test_a_part_or_an_offspring_of_a_group_cooperates_with_it(text: str) -> None:
    assert _cooperate(_asserted(text), A, B)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front emerged from a split in the Oskel Brigades in 1988.",
        "The Tamar Liberation Front emerged from the Oskel Brigades after a dispute over "
        "leadership.",
    ],
)
def test_emerging_from_a_split_stays_a_split(text: str) -> None:
    found = _asserted(text)
    assert (A, "REJECT", "split", B) in found
    assert not _cooperate(found, A, B)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front and the Oskel Brigades never fought on the same side.",
        "The Tamar Liberation Front may have fought on the same side as the Oskel Brigades.",
        "The Tamar Liberation Front never fought side by side with the Oskel Brigades.",
        "The Tamar Liberation Front and the Oskel Brigades may have shared fighters.",
        "The Tamar Liberation Front denied that it had shared its camps with the Oskel Brigades.",
        "The Tamar Liberation Front did not take part with the Oskel Brigades in the capture of "
        "the port.",
        "The Tamar Liberation Front never operated inside the Oskel Brigades.",
        "The Tamar Liberation Front reportedly may have served as the enforcers of the Oskel "
        "Brigades.",
        "The Tamar Liberation Front did not grow out of the Oskel Brigades.",
        "The Tamar Liberation Front may have emerged from the Oskel Brigades.",
    ],
)
def test_negated_or_hedged_twins_are_not_asserted(text: str) -> None:
    assert not _asserted_between(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front and the Oskel Brigades shared the blame for the defeat.",
        "The Tamar Liberation Front operated inside Kenya until 1990.",
        "The Tamar Liberation Front emerged from hiding after the Oskel Brigades left.",
    ],
)
def test_no_shared_means_and_no_group_give_no_cooperation(text: str) -> None:
    found = _asserted_between(text)
    assert not any(e[1] == "COOPERATE" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Many of the Oskel Brigades' founders came from the Tamar Liberation Front.",
        "The founders of the Oskel Brigades came from the Tamar Liberation Front.",
        "Most Oskel Brigades fighters came from the Tamar Liberation Front.",
    ],
)
def test_a_group_whose_founders_came_from_another_grew_out_of_it(text: str) -> None:
    assert _cooperate(_asserted(text), B, A)


@pytest.mark.parametrize(
    "text",
    [
        "None of the Oskel Brigades' founders came from the Tamar Liberation Front.",
        "The founders of the Oskel Brigades may have come from the Tamar Liberation Front.",
        "The founders of the Oskel Brigades did not come from the Tamar Liberation Front.",
    ],
)
def test_negated_or_hedged_origins_are_not_asserted(text: str) -> None:
    assert not _asserted_between(text)


def test_people_from_a_country_give_no_group_origin() -> None:
    assert not _asserted("Fighters of the Oskel Brigades came from Kenya.")


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front and the Oskel Brigades signed a solidarity protocol in 1990.",
        "The Tamar Liberation Front signed a treaty with the Oskel Brigades.",
    ],
)
def test_a_signed_protocol_or_treaty_is_an_agreement(text: str) -> None:
    assert (A, "AGREE", None, B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamar Liberation Front refused to sign a protocol with the Oskel Brigades.",
        "The Tamar Liberation Front and the Oskel Brigades may sign a treaty.",
        "The Tamar Liberation Front never signed a memorandum with the Oskel Brigades.",
    ],
)
def test_refused_or_hedged_protocols_are_no_agreement(text: str) -> None:
    assert not any(e[1] == "AGREE" for e in _asserted_between(text))


@pytest.mark.parametrize(
    "text",
    [
        "Buddhist troops rebelled against the Tamar Liberation Front and formed the Oskel "
        "Brigades.",
        "Buddhist troops mutinied against the Tamar Liberation Front and set up the Oskel "
        "Brigades.",
    ],
)
def test_rebels_against_a_group_who_found_another_found_a_split(text: str) -> None:
    assert (B, "REJECT", "split", A) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Buddhist troops did not rebel against the Tamar Liberation Front and form the Oskel "
        "Brigades.",
        "Buddhist troops rebelled against the Tamar Liberation Front and may have formed the "
        "Oskel Brigades.",
    ],
)
def test_negated_or_hedged_rebel_foundings_are_not_asserted(text: str) -> None:
    assert (B, "REJECT", "split", A) not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "A large part of the Tamar Liberation Front leadership walked out and formed the Oskel "
        "Brigades.",
        "In 1990 several Tamar Liberation Front leaders walked out and formed the Oskel Brigades.",
    ],
)
def test_a_groups_people_who_walk_out_and_found_another_found_a_split(text: str) -> None:
    assert (B, "REJECT", "split", A) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "A large part of the Tamar Liberation Front leadership may have walked out and formed "
        "the Oskel Brigades.",
        "In 1990 several Tamar Liberation Front leaders did not walk out and form the Oskel "
        "Brigades.",
        "In 1990 several Tamar Liberation Front leaders walked out of the talks and formed the "
        "Oskel Brigades.",
    ],
)
def test_hedged_negated_or_other_walkouts_are_no_asserted_split(text: str) -> None:
    assert (B, "REJECT", "split", A) not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Several commanders who would go on to lead the Oskel Brigades held commands inside the "
        "Tamar Liberation Front.",
        "The men who later formed the Oskel Brigades held leading posts in the Tamar Liberation "
        "Front.",
    ],
)
def test_founders_who_held_posts_in_a_group_tie_their_group_to_it(text: str) -> None:
    assert _cooperate(_asserted(text), B, A)


@pytest.mark.parametrize(
    "text",
    [
        "The men who later formed the Oskel Brigades never held commands in the Tamar Liberation "
        "Front.",
        "The men who later formed the Oskel Brigades may have held posts in the Tamar Liberation "
        "Front.",
    ],
)
def test_negated_or_hedged_posts_are_not_asserted(text: str) -> None:
    assert not _asserted_between(text)
