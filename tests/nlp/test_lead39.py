"""Classes found in stop 39's analyst walk (a small corpus of one's own on the Syrian
jihadist groups 2012-2021: the Nusra Front, Hay'at Tahrir al-Sham, Hurras al-Din, al-Qaeda
and the Islamic State, ingested and coded on SQLite and PostgreSQL), each fixed as a class.

1. A sentence of its own that takes back the one before it ("The claim could not be
   verified.", "None of these accounts has been confirmed.", "The report later proved
   false.", "The statement was retracted.") leaves that sentence's events uncertain; a
   confirmation, a check of something else, or a claim with its own content clause takes
   nothing back.

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
