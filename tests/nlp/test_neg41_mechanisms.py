"""Modality and coding probes, round neg41 (issue 9: precision on written reports and
headlines), on invented sentences.

Classes of phrasing, not sentences: a headline's "eyes" (looking at an act, not doing it);
an act that "was meant to" happen; ending or refusing an act of violence, which rejects
nobody; an object "him" after a clause joined by "but" (the man of the first clause's
object, not its subject). Each class has twins that must stay asserted, or negative twins
that must not fire. None of the sentences comes from a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

LEAD = "The convoy was hit on Monday night. "  # a document, not a headline


def _asserted(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(LEAD + text, date) if e[3] == "asserted"}


def _headline(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(text, date) if e[3] == "asserted"}


def _all(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return set(named_events(LEAD + text, date))


# -- a. a headline's "eyes": the act is looked at, not done ----------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Islamic State eyes alliance with TTP splinter group", "COOPERATE"),
        ("Pakistan eyes talks with TTP", "CONSULT"),
        ("TTP eyes attack on army posts in Bajaur", "ASSAULT"),
        ("Afghan Taliban eyeing alliance with Al Qaeda", "COOPERATE"),
        ("Lashkar-e-Taiba eyes merger with Jamaat-ud-Dawa rival", "COOPERATE"),
    ],
)
def test_a_a_headline_eyes_an_act_without_doing_it(text: str, etype: str) -> None:
    assert_events(_headline(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic State forms alliance with TTP splinter group", "Islamic State", "COOPERATE",
         "Tehrik"),
        ("TTP attacks army posts in Bajaur", "Tehrik", "ASSAULT", "Pakistan"),
        # an eye-witness is no cue: what the witnesses saw was done
        ("Eye witnesses said TTP fighters attacked the police post in Bannu.", "Tehrik",
         "ASSAULT", "police"),
        # "in the eyes of" names whose view it is; the act it frames is asserted
        ("In the eyes of the Haqqanis, the ISI betrayed the Taliban in 2010.",
         "Inter-Services", "REJECT", "Taliban"),
    ],
)  # fmt: skip
def test_a_twins_an_act_done_or_an_eye_that_is_no_looking(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text), gives=[(source, etype, target)])


# -- b. an act that "was meant to" happen is arranged, not done -------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The TTP was meant to attack the police station in Bannu on Friday.", "ASSAULT"),
        ("The Haqqani network was meant to escort the Al Qaeda envoys to Quetta.", "AID"),
        ("Taliban negotiators were meant to meet U.S. officials in Doha that week.", "CONSULT"),
        ("The raid was meant to punish the TTP for the ambush in Bajaur.", "COERCE"),
    ],
)
def test_b_an_act_meant_to_happen_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The TTP attacked the police station in Bannu on Friday.", "Tehrik", "ASSAULT",
         "police"),
        # "meant" of meaning, no arrangement: the act it introduces is told as done
        ("The truce collapsed, which meant that the TTP attacked the police station in Bannu.",
         "Tehrik", "ASSAULT", "police"),
        ("Taliban negotiators met U.S. officials in Doha that week.", "Taliban", "CONSULT",
         "U.S."),
    ],
)  # fmt: skip
def test_b_twins_an_act_done_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- c. ending or refusing an act of violence rejects nobody ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP ceased attacks on Pakistani security forces during the month-long truce.",
        "The TTP stopped its attacks on Pakistani police during Ramadan.",
        "The Afghan Taliban halted raids against Islamic State positions in Kunar.",
        "Islamic State Khorasan ceased its killings of Taliban officials in Jalalabad.",
    ],
)
def test_c_ending_an_attack_is_no_rejection_of_its_target(text: str) -> None:
    events = _all(text)
    assert not {e for e in events if e[1] == "REJECT"}
    assert not {e for e in events if e[1] == "ASSAULT" and e[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # ending help or ties is a withdrawal (REJECT), as before
        ("The Haqqani network stopped its support for the TTP after the army's offensive.",
         "Haqqani", "REJECT", "Tehrik"),
        ("The Haqqani network ceased funding the TTP in 2016.", "Haqqani", "REJECT", "Tehrik"),
        ("The Afghan Taliban stopped their cooperation with Al Qaeda in Helmand.", "Taliban",
         "REJECT", "Qaeda"),
        # a ceasefire refused is a rejection of the other party
        ("The TTP refused a ceasefire with the Pakistani army.", "Tehrik", "REJECT",
         "Pakistan"),
        # attacks resumed are attacks
        ("The TTP resumed attacks on Pakistani security forces after the truce collapsed.",
         "Tehrik", "ASSAULT", "Pakistan"),
    ],
)  # fmt: skip
def test_c_twins_ending_help_is_still_a_withdrawal(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- d. "did not V X but V2 him": him is the first clause's object ----------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Pakistani troops did not arrest the TTP commander but killed him in a raid in Khyber.",
         "Pakistan", "ASSAULT", "Tehrik"),
        ("Afghan police did not detain the Taliban commander but shot him at the checkpoint.",
         "Afghan", "ASSAULT", "Taliban"),
        ("Pakistani police arrested the TTP commander but released him a day later.",
         "Pakistan", "RETREAT", "Tehrik"),
    ],
)  # fmt: skip
def test_d_him_after_but_is_the_object_of_the_first_clause(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # the first clause negated, and the second too: nothing asserted
        "Pakistani troops did not arrest the TTP commander and did not kill him either.",
        # hedged second clause
        "Pakistani troops did not arrest the TTP commander but may have killed him.",
    ],
)
def test_d_twins_a_negated_or_hedged_second_clause_stays_unasserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "COERCE"), "")])
