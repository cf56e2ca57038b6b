"""Written reports, round 23 (issue 9, helper written23): mechanisms found on round23_work,
each tested on invented sentences with negated, hedged, denied or otherwise unasserted twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a reward for the legal end of a hunt: "information leading to the conviction of Y" ------
@pytest.mark.parametrize(
    "text",
    [
        "The State Department offered a reward of five million dollars for information leading to "
        "the conviction of the Lashkar-e-Taiba chief.",
        "Washington announced a reward for information leading to the apprehension of "
        "Lashkar-e-Taiba's operations commander.",
        "The State Department put up a reward of three million dollars for information leading "
        "to the prosecution of Lashkar-e-Taiba's leaders.",
    ],
)  # fmt: skip
def test_a_reward_for_a_partys_conviction_coerces_it(text: str) -> None:
    found = named_events(text, "2013-05-01")
    assert_events(found, gives=[("U.S.", "COERCE", "Lashkar")])


@pytest.mark.parametrize(
    "text",
    [
        "The State Department has not offered a reward for information leading to the "
        "conviction of the Lashkar-e-Taiba chief.",
        "Washington was weighing a reward for information leading to the apprehension of "
        "Lashkar-e-Taiba's operations commander.",
        "Officials said the State Department might announce a reward for information leading "
        "to the prosecution of Lashkar-e-Taiba's leaders.",
    ],
)  # fmt: skip
def test_a_reward_not_offered_or_only_weighed_is_not_asserted(text: str) -> None:
    found = named_events(text, "2013-05-01")
    assert_events(found, gives_not=[("U.S.", "COERCE", "Lashkar")])


# -- a verb of force with "back": "X pushed Y's fighters back from the ridges" ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders in Orakzai said their lashkar had pushed TTP fighters back from the "
        "passes after three days of fighting.",
        "The Frontier Corps drove the TTP back across the Kurram river in March.",
        "TTP fighters were pushed back from the ridge by the Frontier Corps, a spokesman said.",
    ],
)  # fmt: skip
def test_a_party_pushed_or_driven_back_is_repelled(text: str) -> None:
    found = named_events(text, "2013-05-01")
    assert_events(found, gives=[("", "COERCE", "Tehrik")])


@pytest.mark.parametrize(
    "text",
    [
        "The Frontier Corps could not push the TTP back from the passes.",
        "The Frontier Corps may have driven the TTP back across the Kurram river in March.",
        "The Frontier Corps vowed to push TTP fighters back from the ridge before winter.",
        "The Frontier Corps denied that it had driven the TTP back across the river.",
    ],
)  # fmt: skip
def test_a_push_back_negated_hedged_future_or_denied_is_not_asserted(text: str) -> None:
    found = named_events(text, "2013-05-01")
    assert_events(found, gives_not=[("", "COERCE", "Tehrik")])


def test_back_without_a_party_repels_nobody() -> None:
    """'pushed back the talks' moves a date, nobody is driven off."""
    found = named_events(
        "The Pakistani government pushed back the talks with the TTP by a week.", "2013-05-01"
    )
    assert_events(found, gives_not=[("", "COERCE", "Tehrik")])


# -- "in an attempt to <attack>": the act the phrase is on makes the attempt ----------------
@pytest.mark.parametrize(
    "text",
    [
        "AQAP gunmen fired on the governor's motorcade in Aden in an attempt to kill the Saudi "
        "ambassador.",
        "An AQAP bomber detonated a car bomb in Marib in a bid to assassinate the Saudi "
        "military attache, investigators said.",
    ],
)  # fmt: skip
def test_an_act_in_an_attempt_to_attack_is_the_attack_of_its_subject(text: str) -> None:
    found = named_events(text, "2014-05-01")
    assert_events(found, gives=[("Arabian Peninsula", "ASSAULT", "Saudi")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("AQAP gunmen may have fired on the governor's motorcade in an attempt to kill the "
         "Saudi ambassador.", "uncertain"),
        ("AQAP denied that its gunmen had fired on the motorcade in an attempt to kill the "
         "Saudi ambassador.", "denied"),
        ("AQAP gunmen were planning to ambush the motorcade in an attempt to kill the Saudi "
         "ambassador.", "future"),
    ],
)  # fmt: skip
def test_the_attempt_takes_the_modality_of_the_act_it_hangs_on(text: str, modality: str) -> None:
    found = named_events(text, "2014-05-01")
    assert_events(
        found,
        gives=[("Arabian Peninsula", "ASSAULT", "Saudi", modality)],
        gives_not=[("Arabian Peninsula", "ASSAULT", "Saudi")],
    )


def test_an_attempt_to_pressure_is_only_a_purpose() -> None:
    """Only attacks are made by the act: "in an attempt to pressure Y" coerces nobody."""
    found = named_events(
        "The NDS kept in touch with TTP commanders in an attempt to pressure Islamabad.",
        "2014-05-01",
    )
    assert_events(found, gives_not=[("", "COERCE", "Pakistan")])


def test_an_attempt_feared_is_not_made() -> None:
    found = named_events("AQAP feared an attempt to kill its leader by Saudi agents.", "2014-05-01")
    assert_events(found, gives_not=[ANYTHING])


# -- "his" after one man of a party, on the subject of his clause: "a Haqqani commander said --
# -- his men had sheltered Y" -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("A detained Haqqani commander told interrogators that his men had sheltered Al Qaeda "
         "couriers in Miranshah.", "Haqqani", "AID", "Qaeda"),
        ("A retired ISI officer told a think tank that his directorate had funded "
         "Lashkar-e-Taiba's camps in the 1990s.", "Inter-Services", "AID", "Lashkar-e-Taiba"),
        ("A captured TTP commander said his fighters had attacked Frontier Corps posts in "
         "Bajaur twice that winter.", "Tehrik", "ASSAULT", "Frontier Corps"),
    ],
)  # fmt: skip
def test_his_after_one_man_of_a_party_is_that_party(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2012-03-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A detained Haqqani commander told interrogators that his men had never sheltered Al "
         "Qaeda couriers.", "Haqqani", "Qaeda"),
        ("A retired ISI officer denied that his directorate had funded Lashkar-e-Taiba's camps.",
         "Inter-Services", "Lashkar-e-Taiba"),
        ("A captured TTP commander said his fighters might attack Frontier Corps posts in Bajaur "
         "if the army moved in.", "Tehrik", "Frontier Corps"),
    ],
)  # fmt: skip
def test_his_party_negated_denied_or_conditional_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-03-01")
    assert_events(found, gives_not=[(source, None, target)])


def test_his_on_a_victims_noun_is_not_read_as_the_mans_party() -> None:
    """ "Y ambushed his couriers": "his" on an object is left to the older reading (no party),
    so the rule gives no ambush of the speaker's party; only "his" on a clause's subject is the
    man's party."""
    found = named_events(
        "A Haqqani commander said ISKP fighters had ambushed his couriers.", "2016-03-01"
    )
    assert_events(found, gives_not=[("Islamic State", None, "Haqqani")])
