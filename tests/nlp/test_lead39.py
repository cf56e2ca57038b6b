"""Classes found in stop 39's analyst walk (a small corpus of one's own on the Syrian
jihadist groups 2012-2021: the Nusra Front, Hay'at Tahrir al-Sham, Hurras al-Din, al-Qaeda
and the Islamic State, ingested and coded on SQLite and PostgreSQL), each fixed as a class.

1. A sentence of its own that takes back the one before it ("The claim could not be
   verified.", "None of these accounts has been confirmed.", "The report later proved
   false.", "The statement was retracted.") leaves that sentence's events uncertain; a
   confirmation, a check of something else, or a claim with its own content clause takes
   nothing back.
2. "Y, a new group that ..." introduces Y by its kind: a following "the group" is Y, unless
   a later sentence's subject was a group.
3. "Fighters who left X announced the formation of Y", "dissidents from X declared the
   creation of Y": a founding told by a noun is read as "... founded Y" is: Y split from X
   (not X merging into Y, which a group announcing its own new branch still is).
4. "He" opening a sentence is the one man standing for a group whom the sentence before
   named; with two such men, or none, it stays nobody.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events

_CLAIM = "A message on a militant channel said that al-Shabaab had sent fighters to help ISIS."


# -- 1. a later sentence that takes the claim back -------------------------------------------
@pytest.mark.parametrize(
    "after",
    [
        "The claim could not be independently verified.",
        "None of these accounts has been confirmed.",
        "Neither report could be verified.",
        "The report later proved false.",
        "The statement was retracted a day later.",
        "Journalists were unable to confirm it.",
        "The account remains unverified.",
    ],
)
def test_a_claim_taken_back_by_the_next_sentence_is_not_asserted(after: str) -> None:
    found = named_events(f"{_CLAIM} {after}", "2019-03-01")
    assert_events(found, gives=[("Shabaab", None, "Islamic State", "uncertain")],
                  gives_not=[ANYTHING])  # fmt: skip


@pytest.mark.parametrize(
    "after",
    [
        "",
        "The claim was later confirmed by regional officials.",
        "The army could not confirm the number of dead in a separate raid.",
        "The claim that the fighters were paid could not be verified.",
        "Somali officials said the fighters withdrew from the town.",
    ],
)
def test_a_claim_left_standing_stays_asserted(after: str) -> None:
    found = named_events(f"{_CLAIM} {after}".strip(), "2019-03-01")
    assert_events(found, gives=[("Shabaab", None, "Islamic State")])


def test_only_the_sentence_just_before_is_taken_back() -> None:
    found = named_events(
        "Al-Shabaab fighters attacked ISIS positions near Qandala in March. "
        f"{_CLAIM} The claim could not be verified.",
        "2019-04-01",
    )
    helped = ("Shabaab", ("AID", "COOPERATE", "SUPPORT"), "Islamic State")
    assert_events(found, gives=[("Shabaab", "ASSAULT", "Islamic State")], gives_not=[helped])


# -- 2. "Y, a new group that ...": "the group" after it --------------------------------------
def test_the_group_is_the_group_just_introduced_by_its_kind() -> None:
    found = named_events(
        "Commanders who quit Hay'at Tahrir al-Sham set up Hurras al-Din, a new group loyal to"
        " al-Qaeda. The group's leaders later accused Hay'at Tahrir al-Sham of arresting its"
        " members.",
        "2018-05-01",
    )
    assert_events(found, gives=[("Hurras", "ACCUSE", "Tahrir")],
                  gives_not=[("Al Qaeda", "ACCUSE", "")])  # fmt: skip


def test_a_later_subject_is_still_the_group() -> None:
    found = named_events(
        "Commanders who quit Hay'at Tahrir al-Sham set up Hurras al-Din, a new group loyal to"
        " al-Qaeda. Al-Shabaab praised Hay'at Tahrir al-Sham in a statement. Weeks later the"
        " group accused the Islamic State of killing its envoys.",
        "2018-05-01",
    )
    assert_events(found, gives=[("Shabaab", "ACCUSE", "Islamic State")],
                  gives_not=[("Hurras", "ACCUSE", "Islamic State")])  # fmt: skip


# -- 3. a founding told by a noun ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fighters who left Hay'at Tahrir al-Sham announced the formation of Hurras al-Din.",
        "Dissidents from Hay'at Tahrir al-Sham declared the creation of Hurras al-Din.",
    ],
)
def test_leavers_announcing_a_founding_split_from_the_group_left(text: str) -> None:
    found = named_events(text, "2018-02-27")
    assert_events(found, gives=[("Hurras", "REJECT", "Tahrir")],
                  gives_not=[("Tahrir", "COOPERATE", "Hurras")])  # fmt: skip


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("did not announce", "negated"), ("may have announced", "uncertain")],
)
def test_a_negated_or_hedged_announced_founding_is_not_asserted(verb: str, modality: str) -> None:
    found = named_events(
        f"Fighters who left Hay'at Tahrir al-Sham {verb} the formation of Hurras al-Din.",
        "2018-02-27",
    )
    assert_events(found, gives=[("Hurras", "REJECT", "Tahrir", modality)], gives_not=[ANYTHING])


def test_a_group_announcing_its_own_branch_still_merges_into_it() -> None:
    found = named_events(
        "Al-Qaeda announced the creation of its new affiliate, al-Qaeda in the Indian"
        " Subcontinent.",
        "2014-09-03",
    )
    assert_events(found, gives_not=[("", "REJECT", "")])


# -- 4. "He" opening a sentence ---------------------------------------------------------------
def test_he_is_the_one_leader_the_sentence_before_named() -> None:
    found = named_events(
        "Ayman al-Zawahiri spoke in a new audio message. He accused Hay'at Tahrir al-Sham of"
        " abandoning its oath.",
        "2017-11-28",
    )
    assert_events(found, gives=[("Al Qaeda", "ACCUSE", "Tahrir")])


def test_he_after_an_opening_phrase_is_that_leader_too() -> None:
    found = named_events(
        "Ayman al-Zawahiri spoke in a new audio message. In the recording, he accused Hay'at"
        " Tahrir al-Sham of abandoning its oath.",
        "2017-11-28",
    )
    assert_events(found, gives=[("Al Qaeda", "ACCUSE", "Tahrir")])


@pytest.mark.parametrize(
    "before",
    [
        # two leaders: "he" could be either
        "Ayman al-Zawahiri and Abu Bakr al-Baghdadi both issued audio messages that week.",
        # nobody who stands for a group
        "A new audio message appeared on militant channels.",
    ],
)
def test_he_with_no_single_leader_before_is_nobody(before: str) -> None:
    found = named_events(
        f"{before} He accused Hay'at Tahrir al-Sham of abandoning its oath.", "2017-11-28"
    )
    assert_events(found, gives_not=[("", "ACCUSE", "Tahrir")])


def test_he_denying_is_not_an_assertion() -> None:
    found = named_events(
        "Ayman al-Zawahiri spoke in a new audio message. He denied that al-Qaeda had ever"
        " funded Hay'at Tahrir al-Sham.",
        "2017-11-28",
    )
    assert_events(found, gives_not=[("Al Qaeda", ("AID", "COOPERATE"), "Tahrir")])
