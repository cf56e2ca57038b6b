"""Intended cooperation is no asserted relation (code.rules.v87, modality.rules.v37).

An offer, a promise, a pledge to act or a stated plan ("X offered to shelter Y", "X
promised to protect Y", "X said it will help Y") is an intent to cooperate (CAMEO 03,
PLOVER AGREE), coded as an AGREE that is intended like the act, never asserted: the
labelling conventions hold "future or intended" acts as no relation. What was given or
agreed stays asserted. Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front offered to shelter fighters of the Kessel Brigades.",
        "The Zorvan Front promised to protect the Kessel Brigades' couriers.",
        "The Zorvan Front pledged to support the Kessel Brigades in their war.",
        "The Zorvan Front said it will help the Kessel Brigades rebuild their camps.",
        "The Zorvan Front promised the Kessel Brigades weapons and money.",
        "The Zorvan Front will support the Kessel Brigades, its spokesman said.",
        "The Zorvan Front is willing to train the Kessel Brigades' recruits.",
    ],
)
def test_an_intended_cooperation_is_an_agree_not_asserted(text: str) -> None:
    found = named_events(text)
    pair = [e for e in found if "Zorvan" in e[0] and "Kessel" in e[2]]
    assert any(e[1] == "AGREE" and e[3] in ("future", "hypothetical") for e in pair), found
    assert not [e for e in pair if e[3] == "asserted"], found


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front did not offer to shelter the Kessel Brigades.",
        "The Zorvan Front never promised to protect the Kessel Brigades.",
        "The Zorvan Front denied that it had offered to shelter the Kessel Brigades.",
    ],
)
def test_a_negated_or_denied_offer_gives_no_agree(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[1] == "AGREE" and e[3] in ("asserted", "future")], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an offer made is asserted as the offer (AGREE); the cash is not asserted as given
        # (bugs39, issue 9 a: it had been an asserted AID)
        ("The Zorvan Front offered the Kessel Brigades cash and fighters.", "AGREE"),
        # an agreement made is asserted, though what it agrees to is still to come
        ("The Zorvan Front agreed to release the Kessel Brigades' prisoners.", "AGREE"),
    ],
)
def test_what_was_given_or_agreed_stays_asserted(text: str, kind: str) -> None:
    found = named_events(text)
    assert any(
        e[1] == kind and e[3] == "asserted" and "Zorvan" in e[0] and "Kessel" in e[2] for e in found
    ), found


def test_a_vow_stays_a_future_threat() -> None:
    found = named_events("The Zorvan Front vowed to attack the Kessel Brigades.")
    assert any(e[1] == "THREATEN" and e[3] == "future" for e in found), found
    assert not [e for e in found if e[3] == "asserted"], found
