"""Written reports, round 45 of the data (helper written62): classes met over the work half,
each fixed as a mechanism for its whole family of wordings, tested on invented sentences
(none of them a labelled item) with negated, hedged or look-alike twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an attack or its weapon claimed in a relative clause right after it ("a bomb that X
# later claimed killed Y", "killed by a mine which X claimed") is X's (written.relative_claimant)
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("A roadside mine that the Pakistani Taliban later claimed wrecked a Frontier Corps "
         "truck near Khar, killing three soldiers.",
         ("Taliban Pakistan", "ASSAULT", "Pakistan")),
        ("Four Afghan policemen died in Ghazni when their post was hit by a suicide bomb "
         "that the Taliban claimed within hours.",
         ("Afghan Taliban", "ASSAULT", "Afghan National Police")),
        ("A bombing, which the Islamic State claimed, killed five Nusra Front fighters at a "
         "checkpoint outside Idlib.",
         ("Islamic State", "ASSAULT", "Nusra")),
    ],
)  # fmt: skip
def test_relative_claim_names_the_attacker(text: str, wanted: tuple[str, str, str]) -> None:
    found = named_events(text, "2014-04-01")
    assert_events(found, gives=[wanted])


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("A roadside mine that the Pakistani Taliban did not claim wrecked a Frontier Corps "
         "truck near Khar, killing three soldiers.",
         ("Taliban Pakistan", "ASSAULT", "Pakistan")),
        ("A roadside mine that the Pakistani Taliban may have claimed wrecked a Frontier "
         "Corps truck near Khar, killing three soldiers.",
         ("Taliban Pakistan", "ASSAULT", "Pakistan")),
        ("A suicide bomb that the Taliban falsely claimed killed four Afghan policemen at a "
         "post in Ghazni.",
         ("Afghan Taliban", "ASSAULT", "Afghan National Police")),
        ("A bombing, which the Islamic State claimed had been set off by Hurras al-Din, "
         "killed five Nusra Front fighters outside Idlib.",
         ("Islamic State", "ASSAULT", "Nusra")),
    ],
)  # fmt: skip
def test_relative_claim_negated_hedged_false_or_a_statement(
    text: str, unwanted: tuple[str, str, str]
) -> None:
    found = named_events(text, "2014-04-01")
    assert_events(found, gives_not=[unwanted])


# -- a weapon named with its user by a participle ("a missile fired from a U.S. drone",
# "rockets launched by X") stands for that user (written.weapon_user)
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Two Haqqani commanders died in Datta Khel when their car was hit by a missile "
         "fired from an American drone.",
         ("United States", "ASSAULT", "Haqqani")),
        ("Rockets launched by Islamic State fighters killed two Taliban guards at a checkpoint "
         "in Kunar.",
         ("Islamic State", "ASSAULT", "Afghan Taliban")),
        ("Mortar rounds fired by Pakistani Taliban fighters killed three Pakistani soldiers "
         "in Mohmand.",
         ("Taliban Pakistan", "ASSAULT", "Pakistan Army")),
    ],
)  # fmt: skip
def test_weapon_participle_names_its_user(text: str, wanted: tuple[str, str, str]) -> None:
    found = named_events(text, "2012-09-01")
    assert_events(found, gives=[wanted])


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Two Haqqani commanders died in Datta Khel when their car was hit by a missile "
         "allegedly fired from an American drone.",
         ("United States", "ASSAULT", "Haqqani")),
        ("Rockets not launched by Islamic State fighters, the Taliban conceded, killed two "
         "Taliban guards at a checkpoint in Kunar.",
         ("Islamic State", "ASSAULT", "Afghan Taliban")),
        ("A missile fired from Pakistani territory struck an Afghan army post in Kunar.",
         ("Pakistan", "ASSAULT", "Afghan National Army")),
    ],
)  # fmt: skip
def test_weapon_participle_hedged_negated_or_a_place(
    text: str, unwanted: tuple[str, str, str]
) -> None:
    found = named_events(text, "2012-09-01")
    assert_events(found, gives_not=[unwanted])


# -- a claim back of an attack told before keeps its reading when the act noun carries its
# revenge purpose ("carried out the attack to avenge Y", written._avenging)
def test_claim_back_with_a_revenge_purpose() -> None:
    text = (
        "Gunmen stormed an Afghan police station in Farah; the Taliban said they had carried "
        "out the raid to avenge their slain governor."
    )
    found = named_events(text, "2015-03-01")
    assert_events(found, gives=[("Afghan Taliban", "ASSAULT", "Afghan National Police")])


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed an Afghan police station in Farah; the Taliban said they had not "
        "carried out the raid to avenge their slain governor.",
        "Gunmen stormed an Afghan police station in Farah; the Taliban denied that they had "
        "carried out the raid to avenge their slain governor.",
        "Gunmen stormed an Afghan police station in Farah; the Taliban said they would carry "
        "out raids to avenge their slain governor.",
    ],
)  # fmt: skip
def test_claim_back_with_a_revenge_purpose_negated_denied_or_future(text: str) -> None:
    found = named_events(text, "2015-03-01")
    assert_events(found, gives_not=[("Afghan Taliban", "ASSAULT", "Afghan National Police")])
