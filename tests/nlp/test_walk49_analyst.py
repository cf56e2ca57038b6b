"""Classes found by using riftwatch as an analyst on an invented Sahel corpus (stop 49).

1. An agreement noun in the "to"/"on" phrase of a verb of agreeing is the agreement made:
   "X agreed to a truce with Y" was future (the "agree to do" reading), and "X denied that
   it had agreed to a truce with Y" came out future instead of denied.
2. A taking back inside a sentence that tells its own act ("X reportedly sent money to Y,
   though the source could not confirm it") concerns that act, not the sentence before.
3. "Its rival" is no partner of a cooperative tie told before: "the al-Qaeda-linked X ...
   X accused its rival of killing civilians" had X accuse al-Qaeda.
4. A participle before the first of two coordinated names, each with its own determiner,
   describes the first only: "the al-Qaeda-linked X and the Y" had al-Qaeda linked to Y.
5. "Told / instructed / directed Y to leave Z" is an order to leave, an expulsion as
   "ordered Y to leave Z" is: "X commanders told Y fighters to leave Gao" coded nothing.
6. "X arrested three men, saying they had financed Y": "they" are the men told of, not X
   (X was asserted as Y's financier).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front agreed to a truce with the Kessel Brigades in May.",
        "The Zorvan Front agreed on a ceasefire with the Kessel Brigades.",
        "Officials said the Zorvan Front had agreed to a ceasefire with the Kessel Brigades.",
    ],
)
def test_an_agreement_agreed_to_is_made(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Zorvan", "AGREE", "Kessel"), ("Kessel", "AGREE", "Zorvan")],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Zorvan Front denied that it had agreed to a truce with the Kessel Brigades.",
         "denied"),
        ("The Zorvan Front may have agreed to a truce with the Kessel Brigades.", "uncertain"),
        ("The Zorvan Front will agree to a truce with the Kessel Brigades.", "future"),
        ("The Zorvan Front did not agree to a truce with the Kessel Brigades.", "negated"),
    ],
)  # fmt: skip
def test_an_agreement_agreed_to_keeps_the_verbs_modality(text: str, modality: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Zorvan", "AGREE", "Kessel", modality)],
        gives_not=[("", None, "")],
    )


def test_talks_agreed_to_are_still_to_come() -> None:
    found = named_events("The Zorvan Front agreed to talks with the Kessel Brigades.")
    assert_events(found, gives=[("Zorvan", "CONSULT", "Kessel", "future")],
                  gives_not=[("", None, "")])  # fmt: skip


def test_a_doubt_about_its_own_act_leaves_the_sentence_before() -> None:
    found = named_events(
        "The Zorvan Front attacked the Kessel Brigades in March. Al-Qaeda reportedly sent "
        "money to the TTP, though the source could not confirm it."
    )
    assert_events(
        found,
        gives=[("Zorvan", "ASSAULT", "Kessel"), ("Al Qaeda", "AID", "Tehrik", "uncertain")],
        gives_not=[("Al Qaeda", "AID", "Tehrik")],
    )


def test_a_doubt_standing_alone_still_takes_the_sentence_before_back() -> None:
    found = named_events(
        "The Zorvan Front attacked the Kessel Brigades in March. The source could not confirm it."
    )
    assert_events(found, gives=[("Zorvan", "ASSAULT", "Kessel", "uncertain")],
                  gives_not=[("", None, "")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the al-Qaeda-linked Zorvan Front and the Kessel Brigades clashed near "
        "the border this month. The Zorvan Front accused its rival of killing civilians.",
        "The Zorvan Front and al-Qaeda formed an alliance in 2010. In 2014 the Zorvan Front "
        "accused its rival of killing civilians.",
    ],
)
def test_its_rival_is_not_the_ally_told_before(text: str) -> None:
    assert_events(named_events(text, "2014-06-01"), gives_not=[("Zorvan", "ACCUSE", "Al Qaeda")])


def test_an_ended_alliance_still_names_the_ally_told_before() -> None:
    found = named_events(
        "The Zorvan Front and al-Qaeda formed an alliance in 2010. In 2014 the Zorvan Front "
        "ended the alliance.",
        "2014-06-01",
    )
    assert_events(found, gives=[("Zorvan", "REJECT", "Al Qaeda")])


def test_a_participle_describes_only_its_own_name() -> None:
    found = named_events(
        "Fighters of the al-Qaeda-linked Zorvan Front and the Kessel Brigades clashed near "
        "the border this month."
    )
    assert_events(
        found,
        gives=[("Al Qaeda", "COOPERATE", "Zorvan"), ("Zorvan", "ASSAULT", "Kessel")],
        gives_not=[("Al Qaeda", None, "Kessel")],
    )


def test_a_participle_before_bare_conjoined_names_describes_both() -> None:
    found = named_events(
        "The ISI-backed Lashkar-e-Taiba and Jaish-e-Mohammed attacked Indian troops."
    )
    assert_events(
        found,
        gives=[("Inter-Services", "SUPPORT", "Lashkar"), ("Inter-Services", "SUPPORT", "Jaish")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zorvan Front commanders told Kessel Brigades fighters to leave the valley within a day.",
        "The Zorvan Front instructed the Kessel Brigades to leave the district.",
        "The Zorvan Front directed the Kessel Brigades to vacate their bases.",
    ],
)
def test_an_order_to_leave_expels(text: str) -> None:
    assert_events(named_events(text), gives=[("Zorvan", "COERCE", "Kessel")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Zorvan Front did not tell the Kessel Brigades to leave.", "negated"),
        ("The Zorvan Front may tell the Kessel Brigades to leave the valley.", "hypothetical"),
        ("The Zorvan Front denied that it had told the Kessel Brigades to leave.", "denied"),
    ],
)  # fmt: skip
def test_an_order_to_leave_keeps_its_modality(text: str, modality: str) -> None:
    assert_events(named_events(text), gives=[("Zorvan", "COERCE", "Kessel", modality)],
                  gives_not=[("", None, "")])  # fmt: skip


def test_telling_a_party_to_do_anything_else_expels_nobody() -> None:
    found = named_events("The Zorvan Front told the Kessel Brigades to attack the army.")
    assert_events(found, gives_not=[("Zorvan", "COERCE", "Kessel", None)])
    found = named_events("The Zorvan Front asked the Kessel Brigades to leave the valley.")
    assert_events(found, gives=[("Zorvan", "REQUEST", "Kessel")],
                  gives_not=[("Zorvan", "COERCE", "Kessel", None)])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front arrested three men, saying they had financed the Kessel Brigades.",
        "Pakistan designated four merchants, saying they had funded the Kessel Brigades.",
    ],
)
def test_they_are_the_people_told_of(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "AID", "Kessel", None)])


def test_they_told_of_keep_their_named_group() -> None:
    found = named_events(
        "The Zorvan Front arrested two Kessel Brigades commanders, saying they had sheltered "
        "al-Qaeda fighters."
    )
    assert_events(found, gives=[("Kessel", "AID", "Al Qaeda")],
                  gives_not=[("Zorvan", "AID", "Al Qaeda", None)])  # fmt: skip
