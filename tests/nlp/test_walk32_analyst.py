"""Classes found by using riftwatch as an analyst on an invented corpus (stop 32).

1. A relation noun under a verb that would end it, where the ending itself is not asserted
   ("there is no sign that X cut ties with Y", "X may have cut ties with Y"): the ending's
   REJECT carries the modality; the relation noun gives no negated or doubted cooperation
   of its own (it read as evidence of a break: "no sign of a break" counted as one).
2. "Both sides" after talks, clashes or meetings between a state and a group stands for
   those two parties ("talks between Pakistan and the X Front ..., and both sides agreed"):
   it stood for the two armed groups named last, however far back.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, has, named_events


@pytest.mark.parametrize(
    "text",
    [
        "There is no sign that the Zorvan Front cut ties with the Kessel Brigades.",
        "There is no evidence that the Zorvan Front severed its links with the Kessel Brigades.",
        "It is unlikely that the Zorvan Front ended its alliance with the Kessel Brigades.",
        "The Zorvan Front may have cut ties with the Kessel Brigades.",
        "The Zorvan Front denied that it had cut ties with the Kessel Brigades.",
        "Analysts doubt that the Taliban have cut ties with al-Qaeda.",
        "The Zorvan Front never suspended its aid to the Kessel Brigades.",
    ],
)
def test_an_ending_not_asserted_gives_no_relation_of_its_own(text: str) -> None:
    found = named_events(text)
    cooperative = [e for e in found if e[1] in ("COOPERATE", "AID", "SUPPORT", "AGREE")]
    assert not cooperative, found
    assert not [e for e in found if e[3] == "asserted"], found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Zorvan Front cut ties with the Kessel Brigades.", "Zorvan", "Kessel"),
        ("The Taliban severed their links with al-Qaeda in 2012.", "Taliban", "Qaeda"),
        ("Analysts said the Zorvan Front ended its alliance with the Kessel Brigades.",
         "Zorvan", "Kessel"),
    ],
)  # fmt: skip
def test_an_asserted_ending_stays_a_break(text: str, source: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Officials said they had hosted talks between Pakistan and the Zorvan Front in "
         "Kabul, and that both sides had agreed to extend a ceasefire.", "Pakistan", "Zorvan"),
        ("India and the Kessel Brigades held talks in Delhi. Both sides agreed to a truce.",
         "India", "Kessel"),
        ("The Zorvan Front and the Kessel Brigades clashed in Pakistan. Both sides later "
         "agreed to a truce.", "Zorvan", "Kessel"),
    ],
)  # fmt: skip
def test_both_sides_are_the_parties_named_last(text: str, one: str, other: str) -> None:
    found = named_events(text)
    agreed = {(s, t) for s, g, t, m in found if g == "AGREE"}
    assert any(one in s and other in t for s, t in agreed), found
    assert any(other in s and one in t for s, t in agreed), found
    assert all((one in s and other in t) or (other in s and one in t) for s, t in agreed), found


def test_a_state_named_as_a_place_is_not_a_side() -> None:
    found = named_events(
        "The Zorvan Front and the Kessel Brigades clashed in Pakistan. Both sides later "
        "agreed to a truce."
    )
    assert not [e for e in found if e[1] == "AGREE" and "Pakistan" in e[0] + e[2]], found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Zorvan Front ended its truce with the Pakistani government and ordered its "
         "fighters to attack Pakistani soldiers.", "Zorvan", "Pakistan"),
        ("The Kessel Brigades met Indian officials and instructed their commanders to raid "
         "Zorvan Front posts.", "Kessel", "Zorvan"),
    ],
)  # fmt: skip
def test_a_group_orders_its_own_men(text: str, source: str, target: str) -> None:
    # "its fighters" after an order are the orderer's own, not the party named nearer
    found = named_events(text)
    assert has(found, source, "ASSAULT", target, "hypothetical"), found
    assert not [e for e in found if e[1] == "ASSAULT" and source not in e[0]], found
    assert not [e for e in found if e[1] == "REQUEST"], found


def test_a_possessive_in_a_raid_is_the_victims() -> None:
    found = named_events("Pakistani troops raided the Zorvan Front's camp and seized its weapons.")
    assert not [e for e in found if e[0] == e[2]], found


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigades instructed their commanders to raid Zorvan Front posts.",
        "The Kessel Brigades told their fighters to attack Zorvan Front posts.",
        "The Kessel Brigades directed their men to storm the Zorvan Front's base.",
        "The Kessel Brigades commanded their fighters to attack Zorvan Front posts.",
    ],
)
def test_what_a_group_directs_its_men_to_do_is_not_done(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Kessel", "ASSAULT", "Zorvan", "hypothetical")],
        gives_not=[("", "ASSAULT", "")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigades told reporters that they had raided Zorvan Front posts.",
        "The Kessel Brigades directed the attack on Zorvan Front posts.",
    ],
)
def test_a_report_or_a_led_attack_stays_asserted(text: str) -> None:
    assert has(named_events(text), "Kessel", "ASSAULT", "Zorvan"), named_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rumours that the Zorvan Front had broken with the Kessel Brigades were denied by both "
        "groups.",
        "Both groups denied rumours that the Zorvan Front had split from the Kessel Brigades.",
        "Rumours that the Zorvan Front had cut ties with the Kessel Brigades were denied by the "
        "Zorvan Front in April.",
    ],
)
def test_a_denied_rumour_is_denied(text: str) -> None:
    found = named_events(text)
    assert has(found, "Zorvan", "REJECT", "Kessel", "denied"), found
    assert not [e for e in found if e[3] in ("asserted", "uncertain")], found


def test_a_rumour_nobody_denies_stays_uncertain() -> None:
    assert_events(
        named_events(
            "Rumours that the Zorvan Front had broken with the Kessel Brigades spread in April."
        ),
        gives=[("Zorvan", "REJECT", "Kessel", "uncertain")],
    )
